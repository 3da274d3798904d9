/**
 * A short, seeded fuzz run inside `npm test`: random documents in every format plus small
 * bombs, checked by the built CLI with small limits. The bounds are generous (a minute for
 * the whole run, 1.5 GB of memory) so that only a catastrophic regression — a hang, a
 * crash, a bomb that is unpacked — fails it. `npm run fuzz` is the full-size run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../cli/helpers/run-cli.ts';
import { fuzz } from './fuzz.ts';

beforeAll(() => buildCli(), 60_000);

describe('fuzzing the CLI', () => {
  it('checks random documents in every format and refuses every bomb, without a crash, hang or unexpected error', async () => {
    const report = await fuzz({ seed: 20_251_203, perFormat: 6, bombMB: 8, limits: ['unpackedSizeMB=4', 'fileSizeMB=4', 'pdfPages=300'] });
    expect(report.failures).toEqual([]);
    expect(report.inputs).toBe(35);
    expect(report.peakMB).toBeLessThan(1500);
    expect(report.wallMs).toBeLessThan(60_000);
  }, 180_000);
});
