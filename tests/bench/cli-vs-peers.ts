/**
 * One cold process per figure, side by side in one run, so ratios hold whatever the load:
 * compact-proof's CLI (the bundled build, as a user runs it) against alex (a retext linter,
 * pinned as a devDependency for this comparison) and against retext-english parsing the
 * whole text as one tree (what any retext linter pays before its rules run), on the same
 * 1 MB and 5 MB files of council text. The runs are interleaved round by round, so a burst
 * of load from other work on the machine falls on all of them alike. Wall time and CPU time
 * (user + system, from GNU time when it is installed) and peak RSS are reported per round.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildCorpus, countWords } from './corpus.ts';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  /** User + system CPU, when GNU time is there to measure it. */
  cpuMs?: number;
  peakRssMb?: number;
}

function runCold(command: string[]): ProcessRun {
  const timed = existsSync(GNU_TIME);
  const argv = timed ? [GNU_TIME, '-f', 'TIMING %U %S %M', ...command] : command;
  const started = performance.now();
  const child = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', maxBuffer: 256 << 20 });
  const wallMs = performance.now() - started;
  // Both linters exit 1 when they find something; anything else is a broken run.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${command.join(' ')} exited ${child.status}: ${child.stderr.slice(-2000)}`);
  const timing = /TIMING ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr ?? '');
  if (!timing) return { wallMs };
  return { wallMs, cpuMs: (Number(timing[1]) + Number(timing[2])) * 1000, peakRssMb: Number(timing[3]) / 1024 };
}

const WHOLE_TREE = '.tmp/bench/parse-whole.mjs';

function writeInputs(): { file1: string; file5: string; words1: number; words5: number } {
  mkdirSync('.tmp/bench', { recursive: true });
  const text1 = buildCorpus(1_000_000);
  const text5 = buildCorpus(5_000_000);
  writeFileSync('.tmp/bench/council-1mb.txt', text1);
  writeFileSync('.tmp/bench/council-5mb.txt', text5);
  // retext-english's parse of the whole file as one tree, in its own cold process.
  writeFileSync(
    WHOLE_TREE,
    "import { readFileSync } from 'node:fs';\nimport retextEnglish from 'retext-english';\nimport { unified } from 'unified';\n" +
      "const tree = unified().use(retextEnglish).parse(readFileSync(process.argv[2], 'utf8'));\nif (tree.children.length === 0) process.exit(3);\n",
  );
  return { file1: '.tmp/bench/council-1mb.txt', file5: '.tmp/bench/council-5mb.txt', words1: countWords(text1), words5: countWords(text5) };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const range = (values: number[], digits = 1) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[0]!.toFixed(digits) === sorted[sorted.length - 1]!.toFixed(digits)
    ? sorted[0]!.toFixed(digits)
    : `${sorted[0]!.toFixed(digits)}–${sorted[sorted.length - 1]!.toFixed(digits)}`;
};

export function compareWithPeers(rounds = 3): boolean {
  const { file1, file5, words1, words5 } = writeInputs();
  const node = process.execPath;
  const ours = (file: string) => [node, 'shared/node/bin/compact-proof.js', '--format', 'json', file];
  const alex = (file: string) => [node, 'node_modules/alex/cli.js', '--text', file];
  const load: number[] = [loadavg()[0]!];
  const rows: { ours1: ProcessRun; alex1: ProcessRun; whole1: ProcessRun; ours5: ProcessRun }[] = [];
  console.log(`Cold processes on the same files (${words1} words in 1 MB, ${words5} in 5 MB), ${rounds} interleaved rounds; load average ${load[0]!.toFixed(1)} at the start`);
  for (let round = 1; round <= rounds; round++) {
    const row = { ours1: runCold(ours(file1)), alex1: runCold(alex(file1)), whole1: runCold([node, WHOLE_TREE, file1]), ours5: runCold(ours(file5)) };
    rows.push(row);
    load.push(loadavg()[0]!);
    const cpu = (run: ProcessRun) => (run.cpuMs === undefined ? '' : ` (CPU ${seconds(run.cpuMs)} s)`);
    console.log(
      `  round ${round}: compact-proof 1 MB ${seconds(row.ours1.wallMs)} s${cpu(row.ours1)}, alex ${seconds(row.alex1.wallMs)} s${cpu(row.alex1)}, ` +
        `whole-tree retext parse ${seconds(row.whole1.wallMs)} s${cpu(row.whole1)}; compact-proof 5 MB ${seconds(row.ours5.wallMs)} s${cpu(row.ours5)}, ` +
        `peak RSS ${row.ours5.peakRssMb?.toFixed(0) ?? '?'} MB (1 MB: ${row.ours1.peakRssMb?.toFixed(0) ?? '?'} MB); load ${load[load.length - 1]!.toFixed(1)}`,
    );
  }
  const ratios = rows.map((row) => row.alex1.wallMs / row.ours1.wallMs);
  const cpuRatios = rows.filter((row) => row.alex1.cpuMs && row.ours1.cpuMs).map((row) => row.alex1.cpuMs! / row.ours1.cpuMs!);
  const wordsPerSecond = rows.map((row) => words1 / (row.ours1.wallMs / 1000));
  const growth = rows.map((row) => row.ours5.wallMs / row.ours1.wallMs);
  const peaks = rows.map((row) => row.ours5.peakRssMb).filter((peak): peak is number => peak !== undefined);
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`  load average over the comparison: ${range(load)}`);
  console.log(`  alex ÷ compact-proof, 1 MB, wall: ${range(ratios)}× (median ${median(ratios).toFixed(1)}×; goal ≥ 10×) ${verdict(median(ratios) >= 10)}` + (cpuRatios.length ? `; by CPU time ${range(cpuRatios)}×` : ''));
  console.log(`  whole-tree retext parse ÷ compact-proof full lint, 1 MB, wall: ${range(rows.map((row) => row.whole1.wallMs / row.ours1.wallMs), 2)}×`);
  console.log(`  compact-proof 1 MB, cold CLI: ${range(wordsPerSecond, 0)} words/s (goal ≥ 200,000) ${verdict(median(wordsPerSecond) >= 200_000)}`);
  console.log(`  5 MB ÷ 1 MB, cold CLI: ${range(growth)}× (goal ≤ 5×) ${verdict(median(growth) <= 5)}`);
  if (peaks.length) console.log(`  peak RSS at 5 MB, default settings: ${range(peaks, 0)} MB (goal ≤ 200 MB) ${verdict(Math.max(...peaks) <= 200)}`);
  return median(ratios) >= 10;
}
