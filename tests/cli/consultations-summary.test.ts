/**
 * `compact-proof --summary consultations <folder>`: the hub audit's table over a folder of
 * saved consultation pages (the stand-ins of tests/fixtures/hubs/, copied with some bad files).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, ROOT, runCli } from './helpers/run-cli.ts';
import { tempFolder } from './helpers/workspace.ts';

vi.setConfig({ testTimeout: 60_000 });

const HUBS = join(ROOT, 'tests/fixtures/hubs');
const saved = tempFolder('compact-proof-hub-');
const withBad = tempFolder('compact-proof-hub-bad-');

beforeAll(() => {
  buildCli();
  for (const folder of [saved, withBad]) {
    copyFileSync(join(HUBS, 'govuk/government/consultations/parks-strategy.html'), join(folder.path, 'parks-strategy.html'));
    copyFileSync(join(HUBS, 'citizen-space/adult-care/day-services.html'), join(folder.path, 'day-services.html'));
    copyFileSync(join(HUBS, 'consult-ti/portal/planning/library-hours.html'), join(folder.path, 'library-hours.html'));
    copyFileSync(join(HUBS, 'generic/town-centre.html'), join(folder.path, 'town-centre.html'));
  }
  withBad.write('broken.docx', 'this is not a Word document');
  withBad.write('scan.pdf', '%PDF-1.4 not really a PDF');
}, 60_000);
afterAll(() => {
  saved.remove();
  withBad.remove();
});

describe('--summary consultations', () => {
  it('prints one row per saved page: dates, length in days and weeks, verdict and reason', async () => {
    const run = await runCli(['--summary', 'consultations', saved.path]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Consultation\s+Opens\s+Closes\s+Days\s+Weeks\s+Verdict\s+Reason\s+Link$/);
    const row = (title: string) => lines.find((line) => line.startsWith(title))!.split(/\s{2,}/);
    expect(row('Changes to day services for older people')).toEqual([
      'Changes to day services for older people', '3 February 2025', '3 March 2025', '28', '4 weeks', 'Too short by 56 days', 'Not given', join(saved.path, 'day-services.html'),
    ]);
    expect(row('Library opening hours').slice(1, 7)).toEqual(['6 January 2025', '3 February 2025', '28', '4 weeks', 'Too short by 56 days; a reason is given', 'Given']);
    expect(row('Draft parks and green spaces strategy').slice(1, 6)).toEqual(['6 January 2025', '31 March 2025', '84', '12 weeks', 'Meets the minimum']);
    expect(row('Town centre parking survey').slice(1, 4)).toEqual(['not stated', 'not stated', 'No dates found']);
    expect(run.stdout).toContain('4 consultations: 1 meets the minimum, 2 are too short (1 with a reason given), 1 has no dates we could find.');
    // A consultation that is too short is a Compact breach: exit 1, as for a normal check.
    expect(run.code).toBe(1);
  });

  it('writes CSV with --format csv, to a file with -o', async () => {
    const out = join(saved.path, '..', `hub-${Date.now()}.csv`);
    const run = await runCli(['--summary', 'consultations', '--format', 'csv', '-o', out, saved.path]);
    expect(run.code).toBe(1);
    const csv = readFileSync(out, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('title,opens,closes,length_days,length_weeks,minimum_days,verdict,reason_for_shorter_period,link,dates_in_list');
    expect(lines).toContain(`Library opening hours,2025-01-06,2025-02-03,28,4.0,84,Too short by 56 days; a reason is given,given,${join(saved.path, 'library-hours.html')},`);
    expect(lines).toHaveLength(5);
  });

  it('the minimum follows the config: a 4-week minimum passes the short ones', async () => {
    const config = join(saved.path, '..', `rc-${Date.now()}.json`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(config, JSON.stringify({ rules: { 'consultation-timescale': ['error', { minDays: 28 }] } }));
    const run = await runCli(['--summary', 'consultations', '--format', 'csv', '--config', config, saved.path]);
    expect(run.stdout).toContain('Changes to day services for older people,2025-02-03,2025-03-03,28,4.0,28,Meets the minimum,');
  });

  it('names each file it could not read, keeps going with the rest and exits 2', async () => {
    const run = await runCli(['--summary', 'consultations', withBad.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.docx');
    expect(run.stderr).toContain('scan.pdf');
    expect(run.stdout).toMatch(/broken\.docx\s+not stated\s+not stated\s+Page could not be read/);
    expect(run.stdout).toContain('Changes to day services for older people');
    expect(run.stdout).toContain('6 consultations: 1 meets the minimum, 2 are too short (1 with a reason given), 1 has no dates we could find, 2 could not be read.');
  });

  it('refuses formats other than the table and CSV, and CSV without the summary', async () => {
    const json = await runCli(['--summary', 'consultations', '--format', 'json', saved.path]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--summary consultations can be written as a table (the default) or with --format csv, not --format json');
    const csv = await runCli(['--format', 'csv', saved.path]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--format csv is for the consultations table');
    const unknown = await runCli(['--summary', 'grants', saved.path]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--summary is "grants"; expected one of: consultations');
  });
});
