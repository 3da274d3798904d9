/**
 * The settings page in words people use: option labels instead of config keys, the statutory
 * choice as named options, descriptions that state the figure the chosen profile sets, and an
 * export the command line finds under the name a browser saves it with. The side panel's
 * descriptions follow the profile too.
 */
import './extension-globals.ts';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';

test('option labels are in words, with the config key in small print', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = options.locator('.rule-row');
  await expect(rows).toHaveCount(6);
  // No option is labelled by its key alone.
  const labels = await options.locator('.rule-row .option label').allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(10);
  for (const label of labels) expect(label, label).toMatch(/^[A-Z][a-z]+ .*\s/);
  expect(labels.join('\n')).not.toMatch(/acceptDutyStatement|yearlessDates|minDays|\bskip\b/);
  await expect(options.getByLabel('Check the weekday of dates written without a year (“Friday 14 March”)')).toBeChecked();
  await expect(options.getByLabel('Accept a statement of the equality duty on its own (“Members must have due regard…”) as an assessment')).not.toBeChecked();
  // The statutory choice is two named options, stored as the CLI's values.
  const statutory = options.getByLabel('Statutory planning and licensing consultations');
  await expect(statutory.locator('option')).toHaveText(['Leave them out (they have their own legal periods)', 'Check each against its own legal minimum']);
  await statutory.selectOption({ label: 'Check each against its own legal minimum' });
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await expect(options.locator('#config-json')).toHaveValue(/"statutory": "check"/);
  await expect(options.locator('.rule-row[data-rule="date-weekday"] code.option-key').first()).toHaveText('yearlessDates');
});

test('descriptions and the side panel state the figure the profile sets', async ({ context, site, extensionId, checkPage, openSidePanel }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const notice = options.locator('.rule-row[data-rule="notice-period"] .hint');
  await expect(notice).toContainText('Flags notice shorter than three calendar months');
  await options.locator('#profile').selectOption('eastleigh');
  await expect(notice).toContainText('Flags notice shorter than six calendar months');
  await expect(notice).not.toContainText('three');
  // A council's own consultation minimum shows too.
  await options.locator('#option-consultation-timescale-minDays').fill('70');
  await options.locator('#option-consultation-timescale-minDays').dispatchEvent('change');
  await expect(options.locator('.rule-row[data-rule="consultation-timescale"] .hint')).toContainText('shorter than 10 weeks (70 days)');

  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  // Wait for the findings to be drawn (the panel may open before the check's results arrive).
  await expect(panel.locator('#findings')).toContainText('six calendar months', { timeout: 20_000 });
  await expect(panel.locator('#findings')).not.toContainText('three calendar months');
});

test('Export saves a file the command line finds as it is saved', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#profile').selectOption('eastleigh');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export to a file' }).click()]);
  // No leading dot for the browser to take away.
  expect(download.suggestedFilename()).toBe('compactproofrc.json');
  await expect(options.getByRole('status')).toContainText('Exported as compactproofrc.json');
  await expect(options.getByRole('status')).toContainText('the command line uses it as it is');

  // Saved beside a paper, the command line uses it: six months' notice, so two months is too short.
  const folder = mkdtempSync(join(tmpdir(), 'exported-config-'));
  try {
    copyFileSync((await download.path())!, join(folder, 'compactproofrc.json'));
    // Three months' notice: enough nationally, too little under the exported six-month profile.
    writeFileSync(join(folder, 'paper.txt'), 'Letter dated 1 March 2025.\n\nWe are writing to give you notice that the council will end its grant to the Westbury Lunch Club on 31 May 2025.\n');
    const run = (args: string[]) => {
      try {
        return execFileSync(process.execPath, ['shared/node/bin/compact-proof.js', ...args], { encoding: 'utf8' });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const report = run(['--format', 'json', join(folder, 'paper.txt')]);
    const findings = JSON.parse(report)[0].messages as { ruleId: string; message: string }[];
    expect(findings.map((finding) => finding.ruleId)).toContain('notice-period');
    expect(findings.find((finding) => finding.ruleId === 'notice-period')!.message).toContain('Six calendar months');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
