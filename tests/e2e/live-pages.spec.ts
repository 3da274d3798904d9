/**
 * Live pages stay current: a page whose countdown ticks four times a second is still
 * re-checked after its text changes; highlights follow the new text; highlight styles come
 * back when the page resets its adopted style sheets; changing settings re-checks the page;
 * the panel says which embedded frames were not checked.
 */
import './extension-globals.ts';
import { test, expect, highlightedTexts } from './fixtures.ts';

const allHighlighted = async (page: import('@playwright/test').Page) => Object.values(await highlightedTexts(page)).flat();

test('a page that never settles (a ticking countdown) is re-checked after its text changes, and highlights follow the text', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/live-page.html`);
  await checkPage(page);
  await expect.poll(() => allHighlighted(page)).toContain('SLA');
  await page.evaluate(() =>
    (window as unknown as { swapStory(html: string): void }).swapStory('<p>The CYPP sets out how youth services will be commissioned.</p>'),
  );
  // The countdown keeps changing the page every 250 ms: waiting only for quiet would never re-check.
  await expect.poll(() => allHighlighted(page), { timeout: 8000 }).toContain('CYPP');
  const texts = await allHighlighted(page);
  expect(texts).not.toContain('SLA');
  // No empty or stale ranges: every highlight is connected text.
  const stale = await page.evaluate(() =>
    [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).filter((range) => (range as Range).collapsed || !(range as Range).startContainer.isConnected).length,
  );
  expect(stale).toBe(0);
});

test('highlight styles come back when the page resets document.adoptedStyleSheets', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/live-page.html`);
  await checkPage(page);
  const warningBackground = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('#story p:last-child')!, '::highlight(compact-proof-warning)').backgroundColor);
  await expect.poll(warningBackground).toBe('rgba(245, 158, 11, 0.22)');
  await page.evaluate(() => {
    document.adoptedStyleSheets = [];
  });
  await expect.poll(warningBackground, { timeout: 5000 }).toBe('rgba(245, 158, 11, 0.22)');
});

test('changing settings while a page is checked re-checks it', async ({ context, site, checkPage, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/live-page.html`);
  await checkPage(page);
  await expect.poll(() => allHighlighted(page)).toContain('SLA');
  // As the settings page saves: turn the abbreviations check off.
  await serviceWorker.evaluate(() =>
    (chrome.storage.local as unknown as { set(items: object): Promise<void> }).set({ config: { rules: { 'undefined-acronym': 'off' } } }),
  );
  await expect.poll(() => allHighlighted(page), { timeout: 8000 }).not.toContain('SLA');
});

test('the side panel says which embedded frames were not checked', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/live-page.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await expect(panel.locator('#scope-text')).toContainText(
    'Also read: an embedded frame from this page’s own site. Not checked: an embedded frame from another site (“Map of venues”). Open it in its own tab to check it.',
  );
});

test('a srcdoc frame is checked with the page: its finding is in the panel and highlighted inside the frame', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/live-page.html`);
  await checkPage(page);
  // The briefing frame's abbreviation is highlighted in the frame's own page, with its styles.
  const frame = page.frameLocator('iframe[title="Briefing notes"]');
  await expect(frame.locator('p')).toContainText('VCSE');
  const inFrame = () =>
    page.frames().find((candidate) => candidate !== page.mainFrame() && candidate.url() === 'about:srcdoc')!.evaluate(() => {
      const texts = [...CSS.highlights.values()].flatMap((highlight) => [...highlight].map((range) => (range as Range).toString()));
      const paragraph = document.querySelector('p')!;
      return { texts, styled: getComputedStyle(paragraph, '::highlight(compact-proof-warning)').backgroundColor };
    });
  await expect.poll(async () => (await inFrame()).texts).toContain('VCSE');
  expect((await inFrame()).styled).toBe('rgba(245, 158, 11, 0.22)');
  // The top page's own highlights do not hold the frame's range.
  expect(await allHighlighted(page)).not.toContain('VCSE');
  const panel = await openSidePanel(page);
  await expect(panel.locator('#findings')).toContainText('VCSE');
  // Chosen in the panel, the frame's finding is scrolled to and flashed.
  await panel.locator('#findings').getByText('VCSE', { exact: false }).first().click();
  await expect.poll(async () => (await inFrame()).texts.filter((text) => text === 'VCSE').length).toBeGreaterThanOrEqual(2);
});

test('highlight styles come back on a page that resets adoptedStyleSheets without changing its text', async ({ context, site, checkPage }) => {
  // The committee page never changes its DOM, so no mutation can prompt the repair.
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const errorBackground = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('compact-proof-error') ?? [])][0] as Range | undefined;
      const element = range?.startContainer.parentElement;
      return element ? getComputedStyle(element, '::highlight(compact-proof-error)').backgroundColor : 'no highlight';
    });
  await expect.poll(errorBackground).toBe('rgba(220, 38, 38, 0.14)');
  // As a theme switch does: the page's own sheets replace the list, ours dropped.
  await page.evaluate(() => {
    const theme = new CSSStyleSheet();
    theme.replaceSync('body { color: rgb(20, 20, 20); }');
    document.adoptedStyleSheets = [theme];
  });
  await expect.poll(errorBackground, { timeout: 5000 }).toBe('rgba(220, 38, 38, 0.14)');
  // The page's own sheet is kept beside ours.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(20, 20, 20)');
});
