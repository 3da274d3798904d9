/**
 * Write a deterministic agenda pack for timing the CLI:
 *   npx tsx tests/cli/make-agenda-pack.ts /tmp/agenda-pack 200
 *   time node shared/node/bin/compact-proof.js /tmp/agenda-pack
 */
import { writeAgendaPack } from './helpers/agenda-pack.ts';

const [folder = '.tmp/agenda-pack', count = '200'] = process.argv.slice(2);
const { files, words } = writeAgendaPack(folder, Number(count));
process.stdout.write(`Wrote ${files.length} papers (${words.toLocaleString('en-GB')} words) to ${folder}\n`);
