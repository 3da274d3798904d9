/**
 * Accessibility of the extension's own pages, checked with axe-core (the engine behind
 * Lighthouse's and Deque's accessibility audits) against WCAG 2.1 A and AA: colour
 * contrast, names for every control, labels, headings, landmarks, ARIA use. Each page is
 * checked in the state a user sees it with findings on show. Keyboard use and visible focus
 * are tested with the features themselves (extension.spec.ts, practice.spec.ts).
 */
import './extension-globals.ts';
import { test, expect } from './fixtures.ts';
import { violations } from './axe.ts';

test.beforeEach(async ({ context }) => {
  // The fixture refuses every request beyond the test server; the extension's own files
  // (chrome-extension://) are not the network.
  await context.route(/^chrome-extension:\/\//, (route) => route.continue());
});

test('the side panel, with findings and a consultation timescale on show, meets WCAG 2.1 AA', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await expect(panel.locator('button.finding').first()).toBeVisible();
  await expect(panel.locator('#summary')).toContainText('error');
  // The challenge letter too, since it adds a form to the panel.
  await panel.getByRole('button', { name: 'Draft a challenge letter' }).click();
  await expect(panel.getByRole('textbox').first()).toBeVisible();
  expect(await violations(panel)).toEqual([]);
  // With every fold of the first screen open too (what was read, the timescale, counts and checks).
  await panel.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await expect(panel.locator('.by-rule')).toBeVisible();
  expect(await violations(panel)).toEqual([]);
});

test('the hover card meets WCAG 2.1 AA inside its shadow root', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/split-inline.html`);
  await checkPage(page);
  const point = await page.evaluate(() => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range instanceof Range && range.toString() === 'leverage') {
          const box = range.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
    }
    return null;
  });
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x - 1, point!.y);
  await page.mouse.move(point!.x, point!.y);
  await expect(page.locator('compact-proof-ui .card')).toBeVisible();
  expect(await violations(page, ['compact-proof-ui', '.card'])).toEqual([]);
});

test('the options page meets WCAG 2.1 AA', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#profile')).toBeVisible();
  expect(await violations(options)).toEqual([]);
});

test('the practice page meets WCAG 2.1 AA, in the normal view and the presentation view', async ({ context, extensionId }) => {
  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/practice.html`);
  await practice.getByLabel('Sample passage').selectOption({ index: 3 });
  await expect(practice.locator('#findings > li').first()).toBeVisible();
  expect(await violations(practice)).toEqual([]);

  await practice.getByRole('button', { name: 'Presentation view' }).click();
  await expect(practice.locator('body')).toHaveClass(/presenting/);
  expect(await violations(practice)).toEqual([]);
});

test('the side panel after a hub audit, with its table and a drafted letter, meets WCAG 2.1 AA', async ({ context, site, extensionId, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/hubs/citizen-space/index.html`);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${await tabIdOf(page)}&hubPaceMs=0`);
  await panel.getByRole('button', { name: 'Audit this hub' }).click();
  await expect(panel.locator('#hub-audit-table tbody tr')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Draft a challenge letter for “Changes to day services for older people”' }).click();
  await expect(panel.locator('#hub-audit-letter-text')).toBeVisible();
  expect(await violations(panel)).toEqual([]);
  // The table scrolls sideways in its own box, which a keyboard can reach.
  await expect(panel.locator('.hub-table-scroll')).toHaveAttribute('tabindex', '0');
});
