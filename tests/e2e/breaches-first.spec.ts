/**
 * Breaches first, in words people use: on a page where jargon and abbreviations come before
 * the Compact breaches, the side panel, the copied report and the challenge letter lead with
 * the breaches; groups carry reader names; the hover card shows both findings where a breach
 * and a highlighted phrase overlap.
 */
import './extension-globals.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function pointOver(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range.toString() === wanted && range instanceof Range) {
          const box = range.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`“${text}” is not highlighted`);
  return point;
}

test('the side panel leads with the Compact breaches, in page order, under reader names, with a one-sentence verdict', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  // Six plain-language warnings come before the first breach on this page.
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await expect(panel.locator('.page-verdict')).toHaveText(
    'This page breaks the Compact on impact assessment, notice of a funding change and consultation length (3 breaches); it also has 8 warnings.',
  );
  // The first finding in the panel is a breach, and the first three are the three breaches in page order.
  const findings = panel.locator('#findings-body button.finding');
  await expect(findings.first()).toHaveClass(/\berror\b/);
  const severities = await findings.evaluateAll((buttons) => buttons.map((button) => button.classList[1]));
  // The page's one note was “terminated”, an everyday formal word the jargon rule leaves out by default.
  expect(severities).toEqual([...Array(3).fill('error'), ...Array(8).fill('warning')]);
  await expect(panel.locator('#findings-body h3')).toHaveText(['Compact breaches (3)', 'Warnings (8)']);
  await expect(panel.locator('.severity-group.error h4')).toHaveText(['Impact assessment (1)', 'Notice of a funding change (1)', 'Consultation length (1)']);
  await expect(panel.locator('.severity-group.warning h4')).toHaveText(['Jargon (5)', 'Abbreviations (3)']);
  // The description stays, underneath the name.
  await expect(panel.locator('.severity-group.warning .rule-group[data-rule="undefined-acronym"] .rule-description')).toHaveText(
    /^Flags an acronym that is not spelled out/,
  );
  // The table of checks uses the same names, breaches first.
  await expect(panel.locator('.by-rule tr th[scope="row"]').first()).toHaveText('Impact assessment');
  // The verdict is in the panel's first screen, above the findings.
  const box = await panel.locator('.page-verdict').boundingBox();
  expect(box!.y + box!.height).toBeLessThan(900);
  // The first breach is shown in the page when chosen.
  await findings.first().click();
  await expect(page.locator('compact-proof-ui .card .message').first()).toContainText('no assessment of the impact');
});

test('the copied report and the challenge letter lead with the breaches', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await panel.evaluate(() => {
    const scope = window as unknown as { copied: string | null };
    scope.copied = null;
    navigator.clipboard.writeText = async (text: string) => {
      scope.copied = text;
    };
  });
  await panel.getByRole('button', { name: 'Copy report' }).click();
  await expect(panel.getByRole('status')).toContainText('Report copied');
  const report = (await panel.evaluate(() => (window as unknown as { copied: string | null }).copied))!;
  expect(report).toContain('This page breaks the Compact on impact assessment, notice of a funding change and consultation length (3 breaches)');
  // The timescale keeps its verdict line.
  expect(report).toContain('Shorter than the minimum by 56 days, and the page gives no reason.');
  const order = ['## Consultation timescale', '## Compact breaches (3)', '### Impact assessment', '1. Error:', '### Notice of a funding change',
    '### Consultation length', '## Warnings (8)', '### Jargon (5 findings)', '4. Warning: “Going forward”', '### Abbreviations (3 findings)'];
  const positions = order.map((text) => report.indexOf(text));
  expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  await panel.getByRole('button', { name: 'Draft a challenge letter' }).click();
  const letter = await panel.locator('#challenge-letter textarea').inputValue();
  const sections = ['Notice when funding ends or changes', 'Assess the impact before cutting funding', 'Consultation timescales']
    .map((title) => letter.indexOf(title, letter.indexOf('Dear [name]')));
  expect(sections.every((position) => position > 0), JSON.stringify(sections)).toBe(true);
  expect([...sections].sort((a, b) => a - b)).toEqual(sections);
  // Only the breaches by default: the 8 warnings are counted in the notes, not made into points.
  expect(letter).not.toContain('Clear, jargon-free information');
  expect(letter).toMatch(/Also found, and left out: 8 different terms that are jargon or abbreviations not spelled out, such as “/);
  // Asked for, they come after the breaches as one short section.
  await panel.getByLabel('Also mention jargon, abbreviations and dates (one short paragraph)').check();
  const withOthers = await panel.locator('#challenge-letter textarea').inputValue();
  const others = withOthers.indexOf('## 4. Other points');
  expect(others).toBeGreaterThan(withOthers.indexOf('Consultation timescales', withOthers.indexOf('Dear [name]')));
  expect(withOthers.slice(others)).toMatch(/The document also uses \d+ different terms that are jargon or abbreviations not spelled out, for example “/);
});

test('where a breach and a highlighted phrase overlap, the hover card shows both', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  // “SLA” (an abbreviation) lies inside the proposal that has no impact assessment (a breach).
  const { x, y } = await pointOver(page, 'SLA');
  await page.mouse.move(x - 1, y);
  await page.mouse.move(x, y);
  const card = page.locator('compact-proof-ui .card');
  await expect(card).toBeVisible();
  await expect(card.locator('.rule')).toHaveText(['Impact assessment', 'Abbreviations']);
  await expect(card.locator('.badge')).toHaveText(['Error', 'Warning']);
  await expect(card.locator('.message').nth(1)).toContainText('Spell out “SLA”');
  // Each finding keeps its own “Ignore this phrase”.
  await expect(card.getByRole('button', { name: 'Ignore this phrase' })).toHaveCount(2);
});

test('the challenge letter for a web page: title without the site, the body from the page, sections not line numbers, requests not instructions', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/template-govuk.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await panel.getByRole('button', { name: 'Draft a challenge letter' }).click();
  const letter = await panel.locator('#challenge-letter textarea').inputValue();
  expect(letter).toContain('The Compact and “Bus service grants: changes to the rate”');
  expect(letter).not.toContain('GOV.UK');
  expect(letter).toContain('[Name and job title of the officer responsible]  \nDepartment for Transport');
  expect(letter).not.toMatch(/\bline \d/i);
  expect(letter).toContain('- Under “Consultation description”: “6 January 2025 and closes on 3 February 2025”.');
  // The consultation closed in 2025: the point asks for the reasons, and the list under it for reopening.
  expect(letter).toContain('Please explain in the document why a shorter period is needed.');
  expect(letter).not.toMatch(/Please move the closing date/);
  expect(letter).toContain('the consultation is reopened');
  expect(letter).toContain('We value our partnership with the Department for Transport');
  expect(letter).toContain('You can add it as one short section');
});
