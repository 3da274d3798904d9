/**
 * The README's pictures of the extension at work (run: `npx playwright test --grep @screenshots`).
 * Saved to tests/fixtures/screenshots/.
 */
import { test, expect } from './fixtures.ts';

test('screenshots of the extension at work @screenshots', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 620 });
  await page.goto(`${site.origin}/bad-consultation.html`);
  await page.addStyleTag({ content: 'body { font-family: Georgia, serif; max-width: 44rem; margin: 1.5rem auto; line-height: 1.6; font-size: 17px; }' });
  await checkPage(page);
  const point = await page.evaluate(() => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range.toString() === 'leverage' && range instanceof Range) {
          const box = range.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
    }
    return null;
  });
  await page.mouse.move(point!.x - 1, point!.y);
  await page.mouse.move(point!.x, point!.y);
  await expect(page.locator('compact-proof-ui .card')).toBeVisible();
  await page.screenshot({ path: 'tests/fixtures/screenshots/extension-page.png' });

  // The panel's first screen as a newcomer sees it: 400 × 590, the side panel of a 1280×720 window.
  const panel = await openSidePanel(page);
  await panel.setViewportSize({ width: 400, height: 590 });
  await expect(panel.locator('#summary')).toBeVisible();
  // Compact breaches are errors by default: the verdict opens with them, and the first breach follows.
  await expect(panel.locator('.page-verdict')).toContainText('This page breaks the Compact');
  await expect(panel.locator('#findings-body button.finding').first()).toHaveClass(/\berror\b/);
  await panel.screenshot({ path: 'tests/fixtures/screenshots/extension-side-panel.png', fullPage: false });
});

test('screenshot of the CLI’s HTML report for the example papers @screenshots', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { chromium } = await import('@playwright/test');
  const folder = mkdtempSync(join(tmpdir(), 'html-report-'));
  try {
    const report = join(folder, 'report.html');
    execFileSync(process.execPath, ['shared/node/build-cli.mjs']);
    try {
      execFileSync(process.execPath, ['shared/node/bin/compact-proof.js', '--format', 'html', '--output', report, 'examples/'], { stdio: 'pipe' });
    } catch (error) {
      // Exit code 1: the example papers break the Compact on purpose.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
    await page.goto(`file://${report}`);
    // From the contents table down to the first document's first findings.
    await page.screenshot({ path: 'tests/fixtures/screenshots/html-report.png' });
    // The first document's text, its findings marked and numbered, after following a
    // finding's "Show finding 2 in the text" link (the number it lands on is outlined).
    await page.goto(`file://${report}#document-1-text-2`);
    await page.evaluate(() => {
      const heading = document.getElementById('document-1-text')!;
      window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 16);
    });
    await page.screenshot({ path: 'tests/fixtures/screenshots/html-report-text.png' });
    await browser.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
