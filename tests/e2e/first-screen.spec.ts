/**
 * A newcomer's first screen of the side panel: on the committee page and the council CMS
 * stand-ins, a panel 400 pixels wide and 590 high (a 1280×720 window, less the tab strip,
 * the toolbar and the side panel's own header) shows the one-sentence verdict and the whole
 * of the first Compact breach without scrolling. What was folded away to make room is still
 * there, by keyboard, with visible focus.
 */
import './extension-globals.ts';
import { test, expect } from './fixtures.ts';

/** The side panel's own viewport in a 1280×720 window. */
const PANEL = { width: 400, height: 590 };

/** The committee page the ordering tests use, and the eight CMS templates. */
const PAGES = [
  'bad-consultation.html',
  'template-govuk.html',
  'template-localgov-drupal.html',
  'template-nhsuk.html',
  'template-jadu.html',
  'template-granicus-firmstep.html',
  'template-moderngov.html',
  'template-citizen-space.html',
  'template-engagementhq.html',
];

test('on the committee page and eight CMS pages, the first screen shows the verdict and the whole first breach', async ({ context, site, checkPage, openSidePanel }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  let withBreaches = 0;
  for (const file of PAGES) {
    await page.goto(`${site.origin}/${file}`);
    await checkPage(page);
    const panel = await openSidePanel(page);
    await panel.setViewportSize(PANEL);
    const verdict = panel.locator('.page-verdict');
    await expect(verdict).toBeVisible();
    const verdictBox = (await verdict.boundingBox())!;
    expect(verdictBox.y + verdictBox.height, `${file}: the verdict ends inside the first screen`).toBeLessThan(PANEL.height);
    if ((await panel.locator('button.finding.error').count()) === 0) {
      await panel.close();
      continue;
    }
    withBreaches += 1;
    await expect(verdict).toHaveText(/^This page breaks the Compact on /);
    // The first finding in the panel is the first breach, and all of it is on the first screen.
    const first = panel.locator('#findings-body button.finding').first();
    await expect(first).toHaveClass(/\berror\b/);
    const card = (await first.boundingBox())!;
    expect(card.y, `${file}: the first breach starts below the verdict`).toBeGreaterThan(verdictBox.y);
    expect(card.y + card.height, `${file}: the first breach ends inside the first screen (top ${Math.round(card.y)})`).toBeLessThanOrEqual(PANEL.height);
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);
    await panel.close();
  }
  expect(withBreaches, 'pages with a breach (so the check above ran)').toBeGreaterThanOrEqual(7);
});

test('what was folded away opens by keyboard, with visible focus, and the headings are still there', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await panel.setViewportSize(PANEL);
  // Folded: the counts and table, the consultation's dates, and what was read.
  const counts = panel.locator('details.fold-counts');
  const timescale = panel.locator('details.fold-consultation');
  await expect(counts).not.toHaveAttribute('open', '');
  await expect(panel.locator('.by-rule')).toBeHidden();
  await expect(timescale.locator('summary')).toHaveText('Consultation timescale: Shorter than the minimum by 56 days, and the page gives no reason.');
  await expect(panel.locator('#scope-label')).toHaveText('Read: the main content only');

  // Tab from the last action button: "Read: …", then the two folds of the summary.
  await panel.getByRole('button', { name: 'Draft a challenge letter' }).focus();
  await panel.keyboard.press('Tab');
  await expect(panel.locator('#scope-label')).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(timescale.locator('summary')).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(counts.locator('summary')).toBeFocused();
  // Focus is drawn (the panel's 3-pixel outline), not left to guesswork.
  expect(await counts.locator('summary').evaluate((summary) => getComputedStyle(summary).outlineStyle)).toBe('solid');
  await panel.keyboard.press('Enter');
  await expect(counts).toHaveAttribute('open', '');
  await expect(panel.locator('.by-rule tr th[scope="row"]').first()).toHaveText('Impact assessment');
  await expect(panel.locator('.severity-counts')).toBeVisible();
  await panel.keyboard.press('Shift+Tab');
  await panel.keyboard.press('Enter');
  await expect(timescale.locator('.consultation')).toContainText('28 days (4 weeks)');
  await expect(timescale.locator('.consultation')).toBeVisible();

  // A redraw (here, a re-check) keeps open what the reader opened.
  await checkPage(page);
  await expect(counts).toHaveAttribute('open', '');

  // The "Summary" and "Findings" headings are only visually hidden: still in the outline a screen reader lists.
  await expect(panel.getByRole('heading', { level: 2, name: 'Summary' })).toHaveCount(1);
  await expect(panel.getByRole('heading', { level: 2, name: 'Findings' })).toHaveCount(1);
  await expect(panel.getByRole('heading', { level: 3, name: 'Compact breaches (3)' })).toBeVisible();
  // A breach group's description follows its findings instead of standing between the heading and them.
  const group = panel.locator('.severity-group.error .rule-group').first();
  expect(await group.evaluate((node) => Array.from(node.children, (child) => child.className || child.tagName))).toEqual(['H4', 'commitment', 'finding-list', 'rule-description']);
});
