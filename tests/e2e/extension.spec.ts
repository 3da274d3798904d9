import './extension-globals.ts';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, highlightedTexts, highlightSizes } from './fixtures.ts';

/** Centre of the first highlighted range whose text is `text`. */
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

async function hover(page: Page, text: string) {
  const { x, y } = await pointOver(page, text);
  await page.mouse.move(x - 1, y);
  await page.mouse.move(x, y);
}

test('a bad consultation page gets highlights by severity, styled, without the page being changed', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await checkPage(page);

  const texts = await highlightedTexts(page);
  const warnings = texts['compact-proof-warning'] ?? [];
  expect(warnings).toEqual(expect.arrayContaining(['Going forward', 'leverage', 'SLA', 'DASS']));
  // The consultation runs 28 days: the timescale check flags its dates, as an error (a Compact breach).
  const errors = texts['compact-proof-error'] ?? [];
  expect(errors.some((text) => text.includes('3 February 2025') && text.includes('3 March 2025'))).toBe(true);

  const styles = await page.evaluate(() => {
    const paragraph = document.querySelector('p')!;
    const style = (name: string) => getComputedStyle(paragraph, `::highlight(${name})`);
    return {
      warning: style('compact-proof-warning').backgroundColor,
      warningLine: style('compact-proof-warning').textDecorationLine,
      error: style('compact-proof-error').textDecorationStyle,
      info: style('compact-proof-info').textDecorationStyle,
    };
  });
  expect(styles.warning).toBe('rgba(245, 158, 11, 0.22)');
  expect(styles.warningLine).toBe('underline');
  expect(styles.error).toBe('wavy');
  expect(styles.info).toBe('dotted');

  // The page's own markup is untouched (our hover-card host is only added on hover).
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});

test('a good consultation page: no warnings, site chrome not linted, timescale shown in the side panel', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/good-consultation.html`);
  await checkPage(page);
  const texts = await highlightedTexts(page);
  // "SLA" appears only in the navigation menu, which is not part of the page's text.
  expect(Object.values(texts).flat()).not.toContain('SLA');
  expect(texts['compact-proof-warning'] ?? []).toEqual([]);
  expect(texts['compact-proof-error'] ?? []).toEqual([]);

  const panel = await openSidePanel(page);
  await expect(panel.locator('#status')).toContainText('Checked');
  await expect(panel.locator('#page-title')).toHaveText('Have your say on library opening hours – Ashbourne Fields Borough Council');
  const consultation = panel.locator('.consultation');
  await expect(consultation).toContainText('Opens6 January 2025');
  await expect(consultation).toContainText('Closes31 March 2025');
  await expect(consultation).toContainText('84 days (12 weeks)');
  await expect(consultation.locator('.verdict')).toHaveText('Meets the minimum.');
  // The page states its own date, so dates are read against it rather than today.
  await expect(panel.locator('#summary')).toContainText('Dates without a year were read against 6 January 2025 (the date the page gives itself).');
});

test('a phrase split across inline tags is one highlight', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/split-inline.html`);
  await checkPage(page);
  const ranges = await page.evaluate(() => {
    const found: { text: string; start: string; end: string }[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range instanceof Range) found.push({ text: range.toString(), start: range.startContainer.textContent!, end: range.endContainer.textContent! });
      }
    }
    return found;
  });
  expect(ranges).toContainEqual({ text: 'leverage', start: 'lever', end: 'age ' });
  // Words from adjacent paragraphs never run together.
  expect(ranges.map((range) => range.text).join(' ')).not.toMatch(/groups\.Grants/);
});

test('the hover card shows the message, the commitment and suggestions, in a shadow root', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/split-inline.html`);
  await checkPage(page);
  await hover(page, 'leverage');
  const card = page.locator('compact-proof-ui .card');
  await expect(card).toBeVisible();
  await expect(card.locator('.message')).toContainText('leverage');
  await expect(card.locator('.commitment')).toContainText('Compact commitment: Clear, jargon-free information.');
  await expect(card.locator('.suggestions')).toContainText('use');
  await expect(card.getByRole('button', { name: 'Ignore this phrase' })).toBeVisible();
  // Isolated from the page: the page's CSS cannot reach inside.
  await page.addStyleTag({ content: '.card { display: none !important; }' });
  await expect(card).toBeVisible();
  // Moving away hides it.
  await page.mouse.move(5, 790);
  await expect(card).toBeHidden();
});

test('a page script’s synthetic click on the hover card does nothing', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/split-inline.html`);
  await checkPage(page);
  await hover(page, 'leverage');
  const card = page.locator('compact-proof-ui .card');
  await expect(card.getByRole('button', { name: 'Ignore this phrase' })).toBeVisible();
  // Only this test build opens the card's shadow root (so a script can even find the button);
  // the shipped build's root is closed (tests/firefox-build.test.ts checks the built script).
  const reached = await page.evaluate(() => {
    const button = document.querySelector('compact-proof-ui')?.shadowRoot?.querySelector('button.ignore') as HTMLButtonElement | null | undefined;
    if (!button) return false;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return true;
  });
  expect(reached).toBe(true);
  await page.waitForTimeout(1_000);
  await expect(card.locator('.status')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Ignore this phrase' })).toBeVisible();
  expect(Object.values(await highlightedTexts(page)).flat()).toContain('leverage');
  // A person's click still works.
  await card.getByRole('button', { name: 'Ignore this phrase' }).click();
  await expect(card.locator('.status')).toHaveText('Ignored “leverage” on this site.');
});

test('side panel: summary, findings grouped by rule, and choosing one shows it in the page', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/generated/3000`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await expect(panel.locator('#summary')).toBeVisible();
  const total = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
  await expect(panel.locator('button.finding')).toHaveCount(total);
  await expect(panel.locator('.rule-group[data-rule="jargon"] h4')).toContainText('Jargon (');
  await expect(panel.locator('.severity-counts')).toContainText('warning');
  await expect(panel.getByRole('status')).toContainText(`${total} findings`);

  // Keyboard: a finding far down the page is reachable and opens with Enter.
  const last = panel.locator('.rule-group[data-rule="jargon"] button.finding').last();
  await last.focus();
  await expect(last).toBeFocused();
  await last.press('Enter');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await expect.poll(() => highlightSizes(page).then((sizes) => sizes['compact-proof-flash'] ?? 0)).toBe(1);
  const flashed = await page.evaluate(() => [...CSS.highlights.get('compact-proof-flash')!][0]!.toString());
  await expect(last.locator('.quote')).toHaveText(flashed);
  await expect(page.locator('compact-proof-ui .card')).toBeVisible();
});

test('keyboard: “Ignore on this site” in the side panel ignores a finding’s phrase as the card does', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  const finding = panel.locator('#findings-body li', { has: panel.locator('.quote', { hasText: /^leverage$/ }) });
  const chooser = finding.locator('button.finding');
  await expect(chooser).toBeVisible();
  const index = await chooser.getAttribute('data-index');
  const position = await panel.locator('#findings-body button.finding').evaluateAll(
    (buttons, wanted) => buttons.findIndex((button) => (button as HTMLElement).dataset.index === wanted),
    index,
  );
  expect(position).toBeGreaterThanOrEqual(0);
  const next = await panel.locator('#findings-body button.finding').nth(position + 1).locator('.quote').textContent();

  // Reached by keyboard from the finding itself, with a name that says what it ignores.
  await chooser.focus();
  await panel.keyboard.press('Tab');
  const ignore = panel.getByRole('button', { name: 'Ignore on this site: leverage' });
  await expect(ignore).toBeFocused();
  await expect(ignore).toHaveText('Ignore on this site');
  // A visible focus indicator.
  expect(await ignore.evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
  await panel.keyboard.press('Enter');

  // The page is checked again without it, as after the card's "Ignore this phrase".
  await expect.poll(async () => Object.values(await highlightedTexts(page)).flat()).not.toContain('leverage');
  await expect(panel.getByRole('status')).toContainText('Ignored “leverage” on this site. To undo, choose “Stop ignoring” under “This site”.');
  await expect(panel.locator('#findings-body .quote', { hasText: /^leverage$/ })).toHaveCount(0);
  // Focus stays in the list, on the finding that took its place.
  await expect(panel.locator('#findings-body button.finding').nth(position)).toBeFocused();
  await expect(panel.locator('#findings-body button.finding').nth(position).locator('.quote')).toHaveText(next!);
  // Undo is there, by keyboard too.
  const stop = panel.getByRole('button', { name: 'Stop ignoring “leverage”' });
  await stop.focus();
  await panel.keyboard.press('Enter');
  await expect.poll(async () => Object.values(await highlightedTexts(page)).flat()).toContain('leverage');
});

test('the toolbar button and the extensions page have icons', async ({ context, extensionId, serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
  expect(manifest.icons).toEqual({ 16: 'icon-16.png', 32: 'icon-32.png', 48: 'icon-48.png', 128: 'icon-128.png' });
  expect((manifest.action as { default_icon?: unknown }).default_icon).toEqual({ 16: 'icon-16.png', 32: 'icon-32.png' });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const size of [16, 32, 48, 128]) {
    const loaded = await page.evaluate(async (file) => {
      const image = new Image();
      image.src = `/${file}`;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, `icon-${size}.png`);
    expect(loaded, `icon-${size}.png`).toEqual([size, size]);
  }
});

test('Copy report puts a Markdown audit report on the clipboard', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  // Headless Chromium will not grant clipboard access to an extension page, so record what
  // the panel writes to the clipboard instead of reading it back.
  await panel.evaluate(() => {
    const scope = window as unknown as { copied: string | null };
    scope.copied = null;
    navigator.clipboard.writeText = async (text: string) => {
      scope.copied = text;
    };
  });
  await expect(panel.getByRole('button', { name: 'Copy report' })).toBeEnabled();
  await panel.getByRole('button', { name: 'Copy report' }).click();
  await expect(panel.getByRole('status')).toContainText('Report copied');
  const report = (await panel.evaluate(() => (window as unknown as { copied: string | null }).copied))!;
  expect(report).toContain('# Compact audit: Day centre redesign consultation – Millford District Council');
  expect(report).toContain(`- Page: ${site.origin}/bad-consultation.html`);
  expect(report).toMatch(/- Checked: \d{1,2} [A-Z][a-z]+ \d{4}/);
  expect(report).toContain('“leverage”');
  expect(report).toContain('Compact commitment: Clear, jargon-free information.');
  expect(report).toContain('## Consultation timescale');
});

test('Ignore this phrase lasts across reloads, and can be undone', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/split-inline.html`);
  await checkPage(page);
  const card = page.locator('compact-proof-ui .card');
  const highlighted = async () => Object.values(await highlightedTexts(page)).flat();
  await hover(page, 'leverage');
  await card.getByRole('button', { name: 'Ignore this phrase' }).click();
  // The re-check that ignoring starts has finished…
  await expect.poll(highlighted).not.toContain('leverage');
  // …and "Ignored … Undo" is still on screen, with Undo focused and usable.
  const status = card.locator('.status');
  const undo = card.getByRole('button', { name: /^Undo/ });
  await expect(status).toBeVisible();
  await expect(status).toHaveText('Ignored “leverage” on this site.');
  await expect(undo).toBeVisible();
  await expect(undo).toBeFocused();
  // Moving the pointer away (over the page's text) does not take it away either.
  await page.mouse.move(5, 790);
  await page.waitForTimeout(2_000);
  await expect(undo).toBeVisible();
  await expect(undo).toBeFocused();
  // Undo (here by keyboard) flags the phrase again.
  await page.keyboard.press('Enter');
  await expect.poll(highlighted).toContain('leverage');
  await expect(card).toBeHidden();

  // Ignore it again, to keep.
  await hover(page, 'leverage');
  await card.getByRole('button', { name: 'Ignore this phrase' }).click();
  await expect.poll(highlighted).not.toContain('leverage');
  await expect(status).toBeVisible();

  await page.reload();
  await checkPage(page);
  expect(Object.values(await highlightedTexts(page)).flat()).not.toContain('leverage');

  // The side panel lists it and can undo it.
  const panel = await openSidePanel(page);
  const ignored = panel.locator('#ignored li');
  await expect(ignored).toContainText('leverage');
  await panel.getByRole('button', { name: 'Stop ignoring “leverage”' }).click();
  await expect.poll(async () => Object.values(await highlightedTexts(page)).flat()).toContain('leverage');
  await expect(panel.locator('#ignored')).toHaveText('None.');
});

test('the options page imports a CLI config file unchanged, and shows the CLI’s errors for a bad one', async ({ context, site, checkPage, extensionId, serviceWorker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#import-file').setInputFiles('tests/fixtures/pages/cli-config.json');
  await expect(options.getByRole('status')).toHaveText('Imported cli-config.json.');
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('config')).config);
  expect(stored).toEqual(JSON.parse(readFileSync('tests/fixtures/pages/cli-config.json', 'utf8')));
  await expect(options.locator('#profile')).toHaveValue('eastleigh');
  await expect(options.locator('#severity-jargon')).toHaveValue('off');
  // Severities in the words the card and the side panel use; the stored value stays the CLI's.
  await expect(options.locator('#severity-jargon option')).toHaveText([/^Default \((Error|Warning|Note)\)$/, 'Off', 'Note', 'Warning', 'Error']);
  await expect(options.locator('#severity-jargon option', { hasText: 'Note' })).toHaveAttribute('value', 'info');
  await expect(options.locator('#allow-list')).toContainText('Best Value');

  // The imported settings apply: jargon is off, acronyms are errors.
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  await checkPage(page);
  const texts = await highlightedTexts(page);
  expect(Object.values(texts).flat()).not.toContain('leverage');
  expect(texts['compact-proof-error']).toEqual(expect.arrayContaining(['DASS', 'SLA']));

  // A bad file is rejected with the same messages as the CLI, and nothing changes.
  await options.locator('#import-file').setInputFiles('tests/fixtures/pages/bad-config.json');
  await expect(options.getByRole('alert')).toContainText('"profile" is "nowhere"; expected one of: "england-national", "eastleigh"');
  expect(await serviceWorker.evaluate(async () => (await chrome.storage.local.get('config')).config)).toEqual(stored);

  // Deleting an allowed phrase from the list.
  await options.getByRole('button', { name: 'Delete “Best Value”' }).click();
  await expect(options.locator('#allow-list')).toHaveText('None.');
});

test('auto-check, turned on for one site, checks a single-page app and re-checks it when it changes', async ({ context, site, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/spa.html`);
  const panel = await openSidePanel(page);
  const toggle = panel.getByLabel(/Check pages on .* automatically/);
  await expect(toggle).not.toBeChecked();
  // Let the panel finish its first render (on a loaded machine it can land after a quick click).
  await expect(panel.getByRole('status')).toContainText('not been checked yet');
  await toggle.check();
  await expect(panel.getByRole('status')).toContainText('will be checked automatically', { timeout: 20_000 });

  // A new visit is checked without pressing anything.
  await page.reload();
  await page.waitForFunction(() => CSS.highlights.has('compact-proof-warning'));
  expect(Object.values(await highlightedTexts(page)).flat()).not.toContain('CYPP');

  // The app replaces its content; after a pause the new text is checked.
  await page.evaluate(() => (window as unknown as { showConsultation(): void }).showConsultation());
  await expect.poll(async () => Object.values(await highlightedTexts(page)).flat(), { timeout: 8000 }).toContain('CYPP');

  // Off again: the permission and the registration go.
  await toggle.uncheck();
  await expect(panel.getByRole('status')).toContainText('Auto-check is off');
});

test('a page with a strict Content-Security-Policy still gets styled highlights and the hover card', async ({ context, site, checkPage }) => {
  const page = await context.newPage();
  const response = await page.goto(`${site.origin}/csp.html`);
  expect(response!.headers()['content-security-policy']).toContain("default-src 'none'");
  await checkPage(page);
  const texts = await highlightedTexts(page);
  expect(texts['compact-proof-warning']).toEqual(expect.arrayContaining(['leverage', 'SLA']));
  const background = await page.evaluate(() => getComputedStyle(document.getElementById('strict')!, '::highlight(compact-proof-warning)').backgroundColor);
  expect(background).toBe('rgba(245, 158, 11, 0.22)');
  await hover(page, 'SLA');
  // The notice breach covers the whole sentence, so the card shows it first and the abbreviation under it.
  await expect(page.locator('compact-proof-ui .card .message').last()).toContainText('SLA');
  await expect(page.locator('compact-proof-ui .card .badge').last()).toHaveCSS('background-color', 'rgb(146, 64, 14)');
});

test('a page too large to check is refused by the background check, and the side panel says so plainly', async ({ context, site, checkPage, openSidePanel }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(`${site.origin}/split-inline.html`);
  // A hostile (or simply enormous) page: 2,000 paragraphs of 1,050 characters, over the
  // 2,000,000-character limit (paragraphs, not one giant line, so that laying the page out stays quick).
  await page.evaluate(() => {
    const sentence = 'Going forward we will leverage synergies. '.repeat(25);
    document.body.replaceChildren(...Array.from({ length: 2_000 }, () => Object.assign(document.createElement('p'), { textContent: sentence })));
  });
  await checkPage(page);
  const panel = await openSidePanel(page);
  const status = panel.locator('#status');
  await expect(status).toContainText('The check did not finish: this page is too large to check.');
  // 2,000 paragraphs of 1,050 characters, with a blank line (two characters) between each two.
  await expect(status).toContainText('Its text is 2,103,998 characters long, and compact-proof checks pages of up to 2,000,000 characters.');
  expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
});
