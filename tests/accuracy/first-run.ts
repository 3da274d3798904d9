/**
 * The first run of a round: the findings the rules gave on its passages before anything was
 * changed because of them. Recorded once, with the commit it was run at, and never written
 * over, so the first-run figures in the README are computed from what really happened.
 *
 *   npm run accuracy:first-run -- tests/accuracy/rounds/blind-4.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FIRST_RUNS_DIR, readRound, type Round } from './rounds.ts';
import { lintPassage, type RecordedFinding } from './score.ts';

export interface FirstRun {
  round: string;
  /** The day it was run and the commit whose rules gave these findings. */
  ranOn: string;
  commit: string;
  findings: Record<string, RecordedFinding[]>;
}

export const firstRunPath = (round: string) => join(FIRST_RUNS_DIR, `${round}.json`);

export function readFirstRun(round: Round): FirstRun | undefined {
  const path = firstRunPath(round.round);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FirstRun) : undefined;
}

function recordFirstRun(roundPath: string): void {
  const round = readRound(roundPath);
  const target = firstRunPath(round.round);
  if (existsSync(target)) {
    throw new Error(`${target} already exists: a round has one first run. Write a new round to measure the rules again.`);
  }
  if (basename(roundPath) !== `${round.round}.json`) throw new Error(`${roundPath}: the file name must be ${round.round}.json`);
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'lint-rules', 'shared'], { encoding: 'utf8' }).trim();
  if (dirty) throw new Error(`The rules have uncommitted changes; commit them first so the first run names the code it ran:\n${dirty}`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const findings = Object.fromEntries(round.passages.map((passage) => [passage.id, lintPassage(passage)]));
  const record: FirstRun = { round: round.round, ranOn: new Date().toISOString().slice(0, 10), commit, findings };
  writeFileSync(target, `${JSON.stringify(record, null, 1)}\n`, { flag: 'wx' });
  console.log(`Recorded the first run of ${round.round} (${round.passages.length} passages, rules at ${commit}) in ${target}`);
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const paths = process.argv.slice(2);
  if (!paths.length) {
    console.error('Usage: npm run accuracy:first-run -- tests/accuracy/rounds/ROUND.json');
    process.exit(2);
  }
  for (const path of paths) recordFirstRun(path);
}
