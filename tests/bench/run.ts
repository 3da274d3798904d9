/**
 * `npm run bench`: first the goals of issue 17, measured on cold CLI processes side by side
 * with alex and with retext's whole-tree parse in the same run (cli-vs-peers.ts); then the
 * engine alone, in process, on 100 KB, 1 MB and 5 MB of council text: the full lint with
 * every rule on and the retext parse alone (block by block, as the engine does it, and as one
 * whole tree). Each in-process figure comes from its own process (the median of three).
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { compareWithPeers } from './cli-vs-peers.ts';

compareWithPeers();
console.log('');
console.log('The engine in process (median of three processes each):');

// Measure plain JavaScript, as the CLI runs, not code compiled on the fly by a TS loader
// (which would add its own memory and start-up to every figure).
const MEASURE = '.tmp/bench/measure.mjs';
await build({
  entryPoints: ['tests/bench/measure.ts'],
  outfile: MEASURE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

interface Measurement {
  mode: string;
  bytes: number;
  words: number;
  milliseconds: number;
  wordsPerSecond: number;
  peakRssMb: number;
  liveHeapMb: number;
  findings?: number;
}

const SIZES = [100_000, 1_000_000, 5_000_000];
const MODES = ['lint', 'lint-warm', 'parse', 'parse-whole'];

function measureOnce(bytes: number, mode: string, nodeFlags: string[]): Measurement {
  const output = execFileSync(process.execPath, ['--expose-gc', ...nodeFlags, MEASURE, String(bytes), mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').pop()!);
}

/**
 * The median of three fresh processes, by time: on a shared two-core machine one run can be
 * off by a third either way.
 */
function measure(bytes: number, mode: string, nodeFlags: string[] = []): Measurement {
  const runs = [0, 1, 2].map(() => measureOnce(bytes, mode, nodeFlags)).sort((a, b) => a.milliseconds - b.milliseconds);
  return runs[1]!;
}

const rows: Measurement[] = [];
for (const mode of MODES) {
  for (const bytes of SIZES) {
    // The whole-tree parse at 5 MB is the slow, memory-hungry case we avoid; skip it to keep the run short.
    if (mode === 'parse-whole' && bytes > 1_000_000) continue;
    // Warming up on 5 MB takes long and tells nothing the 1 MB figure does not.
    if (mode === 'lint-warm' && bytes > 1_000_000) continue;
    const row = measure(bytes, mode);
    rows.push(row);
    console.log(
      `${mode.padEnd(12)} ${(row.bytes / 1e6).toFixed(1).padStart(4)} MB  ${String(row.words).padStart(8)} words  ` +
        `${String(row.milliseconds).padStart(6)} ms  ${String(row.wordsPerSecond).padStart(8)} words/s  peak ${row.peakRssMb} MB` +
        (row.findings !== undefined ? `  (${row.findings} findings, live heap ${row.liveHeapMb} MB)` : ''),
    );
  }
}

const lint1 = rows.find((row) => row.mode === 'lint' && row.bytes === 1_000_000)!;
const warm1 = rows.find((row) => row.mode === 'lint-warm' && row.bytes === 1_000_000)!;
const lint5 = rows.find((row) => row.mode === 'lint' && row.bytes === 5_000_000)!;
console.log('');
console.log(`In process, 1 MB: ${lint1.wordsPerSecond} words/s cold, ${warm1.wordsPerSecond} words/s warmed up; 5 MB took ${(lint5.milliseconds / lint1.milliseconds).toFixed(1)}× as long as 1 MB; live heap after collection at 5 MB ${lint5.liveHeapMb} MB`);
