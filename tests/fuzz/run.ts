/**
 * `npm run fuzz`: random documents in every format plus full-size bombs (300 MB once
 * unpacked, a PDF of 30,000 pages, 300 MB of text), checked by the built CLI with its
 * default limits. Prints the slowest input, the peak memory and every failure; exits 1 on
 * any failure. `npm run fuzz` builds the CLI first. FUZZ_SEED, FUZZ_COUNT (documents per format) and FUZZ_BOMB_MB change the run.
 */
import { fuzz } from './fuzz.ts';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
const perFormat = Number(process.env.FUZZ_COUNT ?? 200);
const bombMB = Number(process.env.FUZZ_BOMB_MB ?? 300);

console.log(`Fuzzing with seed ${seed}: ${perFormat} random documents per format, bombs of ${bombMB} MB…`);
const report = await fuzz({ seed, perFormat, bombMB, limits: [], measureSlowest: true });
console.log(`${report.inputs} inputs in ${(report.wallMs / 1000).toFixed(1)} s`);
console.log(`Slowest input: ${report.slowest.file} (${report.slowest.ms} ms)`);
console.log(`Peak memory of the CLI (workers included): ${report.peakMB} MB`);
if (report.failures.length) {
  console.log(`\n${report.failures.length} failure(s) (seed ${seed}):`);
  for (const failure of report.failures) console.log(`- ${failure}`);
  process.exitCode = 1;
} else console.log('No failures.');
