/**
 * `npm run bench`: the speed and memory of the linter on 100 KB, 1 MB and 5 MB of council
 * text, for the full lint with every rule on and for the retext parse alone (block by
 * block, as the engine does it, and as one whole tree for comparison). Each figure comes
 * from its own process (the median of three). Goals (issue 2 §8): ≥150,000 words/s on 1 MB for the full lint,
 * cost growing linearly to 5 MB, peak memory under 200 MB at 5 MB.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

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

// The same 5 MB lint with V8's old space capped, as `NODE_OPTIONS=--max-old-space-size=160`
// does for the CLI: V8 then collects sooner instead of letting garbage pile up.
const CAP = ['--max-old-space-size=160'];
const capped = measure(5_000_000, 'lint', CAP);
console.log(
  `lint, ${CAP[0]} 5.0 MB  ${String(capped.milliseconds).padStart(6)} ms  ${String(capped.wordsPerSecond).padStart(8)} words/s  peak ${capped.peakRssMb} MB`,
);

const lint1 = rows.find((row) => row.mode === 'lint' && row.bytes === 1_000_000)!;
const warm1 = rows.find((row) => row.mode === 'lint-warm' && row.bytes === 1_000_000)!;
const lint5 = rows.find((row) => row.mode === 'lint' && row.bytes === 5_000_000)!;
const growth = lint5.milliseconds / lint1.milliseconds;
console.log('');
console.log(`Full lint on 1 MB, one cold run (as a one-off CLI run): ${lint1.wordsPerSecond} words/s (goal ≥ 150,000) ${lint1.wordsPerSecond >= 150_000 ? 'met' : 'NOT met'}`);
console.log(`Full lint on 1 MB, warmed up (as a long-running process): ${warm1.wordsPerSecond} words/s (goal ≥ 150,000) ${warm1.wordsPerSecond >= 150_000 ? 'met' : 'NOT met'}`);
console.log(`5 MB took ${growth.toFixed(1)}× as long as 1 MB (linear would be 5.0×) ${growth <= 6 ? 'met' : 'NOT met'}`);
console.log(`Peak memory at 5 MB: ${lint5.peakRssMb} MB (goal < 200 MB) ${lint5.peakRssMb < 200 ? 'met' : 'NOT met'}; live heap after collection ${lint5.liveHeapMb} MB`);
console.log(`Peak memory at 5 MB with ${CAP[0]}: ${capped.peakRssMb} MB (goal < 200 MB) ${capped.peakRssMb < 200 ? 'met' : 'NOT met'}`);
