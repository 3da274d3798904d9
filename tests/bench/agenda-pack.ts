/**
 * Time the CLI on a generated agenda pack, with one thread and with every core:
 *   npm run build:cli && npx tsx tests/bench/agenda-pack.ts [papers=200]
 * Prints papers, words, wall time and words per second for each run. The machine's load
 * average is printed too: on a busy machine threads compete with other work.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAgendaPack } from '../cli/helpers/agenda-pack.ts';
import { BIN } from '../cli/helpers/run-cli.ts';

const count = Number(process.argv[2] ?? 200);
const folder = mkdtempSync(join(tmpdir(), 'compact-proof-pack-'));
try {
  const { files, words } = writeAgendaPack(folder, count);
  console.log(`${files.length} papers, ${words.toLocaleString('en-GB')} words; ${availableParallelism()} cores; load average ${loadavg()[0]!.toFixed(1)}`);
  for (const jobs of [1, availableParallelism()]) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [BIN, '--format', 'json', '--jobs', String(jobs), folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const results = JSON.parse(run.stdout) as { messages: unknown[]; errors: unknown[] }[];
    const findings = results.reduce((sum, result) => sum + result.messages.length, 0);
    const failed = results.filter((result) => result.errors.length).length;
    console.log(
      `--jobs ${jobs}: ${seconds.toFixed(1)} s, ${Math.round(words / seconds).toLocaleString('en-GB')} words/s, ${findings} findings, ${failed} unreadable, exit ${run.status}`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
