/**
 * The extension's core journeys in Firefox ESR, on fixture pages served from 127.0.0.1 and a
 * stand-in Google Docs: highlights (read from CSS.highlights) with the CLI's findings, the
 * hover card, the sidebar, settings that last, a Google Doc checked, and no request beyond
 * 127.0.0.1 (checked after every test).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CABINET_PAPER } from '../fixtures/gdocs/export-builder.ts';
import {
  checkPage,
  eventually,
  highlightedTexts,
  openExtensionPage,
  openSidebar,
  reloadExtensionPage,
  startFirefox,
  type FirefoxSession,
} from './firefox.ts';
import { EDITOR_URL, EXPORT_URL } from './network.ts';

let session: FirefoxSession;
/** Tabs a test opened, closed after it so every test starts from the same browser. */
let opened: Page[] = [];
/** Addresses beyond 127.0.0.1 a test may ask for (only the Google Docs stand-in's). */
let allowed: string[] = [];

beforeAll(async () => {
  session = await startFirefox();
  console.log(`[firefox] ${await session.browser.version()}`);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => {
  session.network.requests.length = 0;
  allowed = [];
});
afterEach(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  opened = [];
  // Settings and ignored phrases from one test must not change the next.
  await session.control.evaluate(() => browser.storage.local.clear());
  // Privacy: the extension never sends anything anywhere, in any test.
  expect(session.network.requests.filter((url) => !allowed.includes(url)), 'requests beyond 127.0.0.1').toEqual([]);
});

async function newPage(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  opened.push(page);
  await page.goto(path.startsWith('https:') ? path : `${session.origin}/${path}`);
  return page;
}

async function extensionPage(path: string): Promise<Page> {
  const page = await openExtensionPage(session.browser, session.origin, path);
  opened.push(page);
  return page;
}

async function sidebarFor(page: Page): Promise<Page> {
  const panel = await openSidebar(session, page);
  opened.push(panel);
  return panel;
}

/** What the CLI finds in a fixture page: each finding as "severity: flagged text", sorted. */
function cliFindings(fixture: string, config?: object): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'compact-proof-ff-'));
  try {
    const args = ['shared/node/bin/compact-proof.js', '--format', 'json'];
    if (config) {
      writeFileSync(join(folder, 'config.json'), JSON.stringify(config));
      args.push('--config', join(folder, 'config.json'));
    }
    const run = spawnSync(process.execPath, [...args, `tests/fixtures/pages/${fixture}`], { encoding: 'utf8' });
    // Exit 1 means findings at error severity; 2 would mean the CLI could not check the file.
    expect(run.status, run.stderr).toBeLessThan(2);
    const [report] = JSON.parse(run.stdout) as { messages: { severity: string; actual: string }[] }[];
    return report!.messages.map((message) => `${message.severity}: ${message.actual}`).sort();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The page's highlights in the same form as cliFindings. */
async function paintedFindings(page: Page): Promise<string[]> {
  const texts = await highlightedTexts(page);
  return Object.entries(texts)
    .filter(([name]) => name !== 'compact-proof-flash')
    .flatMap(([name, ranges]) => ranges.map((text) => `${name.replace('compact-proof-', '')}: ${text}`))
    .sort();
}

/** Move the pointer onto the first highlighted range whose text is `text`. */
async function hover(page: Page, text: string): Promise<void> {
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
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
}

/** The hover card's parts, read through its open shadow root. */
function cardState(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector('compact-proof-ui')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return null;
    const text = (selector: string) => card.querySelector(selector)?.textContent ?? '';
    const badge = card.querySelector('.badge');
    return {
      visible: !card.hidden && card.getBoundingClientRect().height > 0,
      message: text('.message'),
      // Where findings overlap, the card shows each, most serious first.
      messages: [...card.querySelectorAll('.message')].map((node) => node.textContent ?? ''),
      badgeBackgrounds: [...card.querySelectorAll('.badge')].map((node) => getComputedStyle(node).backgroundColor),
      commitment: text('.commitment'),
      suggestions: text('.suggestions'),
      buttons: [...card.querySelectorAll('button')].map((button) => button.textContent),
      badgeBackground: badge ? getComputedStyle(badge).backgroundColor : null,
      // Styled by an adopted stylesheet, not a <style> element.
      sheets: { adopted: card.getRootNode() instanceof ShadowRoot ? (card.getRootNode() as ShadowRoot).adoptedStyleSheets.length : 0, elements: (card.getRootNode() as ShadowRoot).querySelectorAll('style').length },
    };
  });
}

describe('the extension in Firefox ESR', () => {
  it('installs with the sidebar and the permissions it asks for, and the page has the Highlight API', async () => {
    const facts = await session.control.evaluate(async () => ({
      manifest: browser.runtime.getManifest(),
      granted: await browser.permissions.getAll(),
    }));
    // Firefox reports the panel as a full moz-extension:// address.
    expect((facts.manifest.sidebar_action as { default_panel: string }).default_panel).toMatch(/\/sidepanel\.html$/);
    expect([...facts.granted.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    // Firefox grants the build's host permissions at install: the Docs export, and 127.0.0.1 in this test build.
    expect(facts.granted.origins).toEqual(expect.arrayContaining(['https://docs.google.com/*', 'http://127.0.0.1/*']));
    const page = await newPage('good-consultation.html');
    expect(await page.evaluate(() => typeof Highlight === 'function' && CSS.highlights instanceof HighlightRegistry)).toBe(true);
  });

  it('the network check sees a request beyond 127.0.0.1, and it never gets through', async () => {
    // The proof the privacy check below every test is not empty: a page's own requests out are
    // recorded (plain HTTP by address, HTTPS by host) and refused.
    const page = await newPage('good-consultation.html');
    const outcomes = await page.evaluate(async () =>
      Promise.all(
        ['http://example.org/leak', 'https://example.org/leak'].map((url) =>
          fetch(url, { mode: 'no-cors' }).then(
            () => 'answered',
            () => 'refused',
          ),
        ),
      ),
    );
    expect(outcomes).toEqual(['refused', 'refused']);
    // (Firefox may retry a dropped request once, so each address is counted once.)
    expect([...new Set(session.network.requests)].sort()).toEqual(['http://example.org/leak', 'https://example.org/']);
    session.network.requests.length = 0;
  });

  it('a consultation page gets the same findings as the CLI gives for it, painted by severity and styled, page untouched', async () => {
    const page = await newPage('bad-consultation.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await checkPage(session, page);

    const painted = await paintedFindings(page);
    expect(painted).toEqual(cliFindings('bad-consultation.html'));
    // Not an empty match: the page's jargon, acronyms and its 28-day consultation are all there.
    expect(painted).toEqual(
      expect.arrayContaining(['warning: leverage', 'warning: DASS', 'error: from 3 February 2025 until 3 March 2025']),
    );

    const styles = await page.evaluate(() => {
      const style = (name: string) => getComputedStyle(document.querySelector('p')!, `::highlight(${name})`);
      return {
        warning: style('compact-proof-warning').backgroundColor,
        error: style('compact-proof-error').textDecorationStyle,
        info: style('compact-proof-info').textDecorationStyle,
      };
    });
    expect(styles).toEqual({ warning: 'rgba(245, 158, 11, 0.22)', error: 'wavy', info: 'dotted' });
    // The styles are an adopted stylesheet: no element is added to the page.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('the hover card opens with the explanation and the Compact commitment, and closes when the pointer leaves', async () => {
    const page = await newPage('split-inline.html');
    await checkPage(session, page);
    // The phrase split across <b>lever</b>age is one highlight.
    expect(await paintedFindings(page)).toEqual(cliFindings('split-inline.html'));
    expect((await highlightedTexts(page))['compact-proof-warning']).toEqual(['leverage']);

    await hover(page, 'leverage');
    await eventually(async () => (await cardState(page))?.visible === true, 'the hover card to open');
    const card = (await cardState(page))!;
    expect(card.message).toContain('Replace “leverage” with plain words');
    expect(card.commitment).toContain('Compact commitment: Clear, jargon-free information.');
    expect(card.suggestions).toContain('use');
    expect(card.buttons).toContain('Ignore this phrase');
    // The card's own stylesheet applies inside its shadow root.
    expect(card.badgeBackground).toBe('rgb(146, 64, 14)');
    expect(card.sheets).toEqual({ adopted: 1, elements: 0 });

    await page.mouse.move(5, 790);
    await eventually(async () => (await cardState(page))?.visible === false, 'the hover card to close');
  });

  it('a page with a strict Content-Security-Policy still gets styled highlights and a styled card', async () => {
    const page = await newPage('csp.html');
    await checkPage(session, page);
    expect(await paintedFindings(page)).toEqual(cliFindings('csp.html'));
    const background = await page.evaluate(
      () => getComputedStyle(document.getElementById('strict')!, '::highlight(compact-proof-warning)').backgroundColor,
    );
    expect(background).toBe('rgba(245, 158, 11, 0.22)');
    await hover(page, 'SLA');
    await eventually(async () => (await cardState(page))?.visible === true, 'the hover card to open');
    // "SLA" sits inside a sentence that also breaks the Compact, so its warning follows the error.
    expect((await cardState(page))!.messages.some((message) => message.includes('SLA'))).toBe(true);
    expect((await cardState(page))!.badgeBackgrounds).toContain('rgb(146, 64, 14)');
  });

  it('the sidebar lists every finding by rule, with the summary and the consultation’s timescale', async () => {
    const page = await newPage('bad-consultation.html');
    await checkPage(session, page);
    const panel = await sidebarFor(page);
    const cli = cliFindings('bad-consultation.html');
    await eventually(
      () => panel.evaluate((count) => document.querySelectorAll('#findings-body button.finding').length === count, cli.length),
      `${cli.length} findings in the sidebar`,
    );
    const shown = await panel.evaluate(() => ({
      status: document.querySelector('#status')?.textContent ?? '',
      title: document.querySelector('#page-title')?.textContent ?? '',
      rules: [...document.querySelectorAll<HTMLElement>('.rule-group')].map((group) => group.dataset.rule),
      quotes: [...document.querySelectorAll('#findings-body button.finding .quote')].map((quote) => quote.textContent ?? '').sort(),
      consultation: document.querySelector('.consultation')?.textContent ?? '',
    }));
    expect(shown.status).toContain('Checked');
    expect(shown.title).toBe('Day centre redesign consultation – Millford District Council');
    expect(shown.rules).toEqual(expect.arrayContaining(['jargon', 'undefined-acronym', 'consultation-timescale', 'notice-period']));
    expect(shown.quotes).toEqual(cli.map((finding) => finding.replace(/^\w+: /, '')).sort());
    expect(shown.consultation).toContain('28 days');
  });

  it('settings chosen on the options page last, apply to the next check, and give what the CLI gives with the same settings', async () => {
    const options = await extensionPage('options.html');
    // Jargon off, and one abbreviation allowed, as a user would set them.
    await options.select('#severity-jargon', 'off');
    await options.type('#allow-input', 'DASS');
    await options.evaluate(() => document.querySelector<HTMLFormElement>('#allow-form')!.requestSubmit());
    await eventually(
      () => options.evaluate(() => document.querySelector('#allow-list')?.textContent?.includes('DASS') ?? false),
      'DASS in the allowed phrases',
    );

    // Still there when the options page is opened again.
    await reloadExtensionPage(options);
    const kept = await options.evaluate(() => ({
      jargon: document.querySelector<HTMLSelectElement>('#severity-jargon')!.value,
      allowed: document.querySelector('#allow-list')!.textContent,
    }));
    expect(kept.jargon).toBe('off');
    expect(kept.allowed).toContain('DASS');

    const page = await newPage('bad-consultation.html');
    await checkPage(session, page);
    const painted = await paintedFindings(page);
    expect(painted.join('\n')).not.toContain('leverage');
    expect(painted.join('\n')).not.toContain('DASS');
    expect(painted).toEqual(expect.arrayContaining(['warning: SLA']));
    // The stored settings are a CLI configuration, and the CLI agrees with them.
    const stored = await session.control.evaluate(async () => (await browser.storage.local.get('config')).config);
    expect(painted).toEqual(cliFindings('bad-consultation.html', stored as object));

  });

  it('“Ignore this phrase” on the hover card lasts across a reload', async () => {
    const page = await newPage('split-inline.html');
    await checkPage(session, page);
    await hover(page, 'leverage');
    await eventually(async () => (await cardState(page))?.visible === true, 'the hover card to open');
    // A real click: the card acts only on trusted events, so a script's click() would do nothing.
    const ignore = await page.evaluateHandle(() => {
      const card = document.querySelector('compact-proof-ui')!.shadowRoot!;
      return [...card.querySelectorAll('button')].find((button) => button.textContent === 'Ignore this phrase')!;
    });
    await (ignore as unknown as ElementHandle<HTMLButtonElement>).click();
    await eventually(async () => !(await paintedFindings(page)).includes('warning: leverage'), 'leverage to be ignored');

    await page.reload();
    await checkPage(session, page);
    expect(await paintedFindings(page)).toEqual([]);
    const stored = await session.control.evaluate(async (key) => (await browser.storage.local.get(key))[key], `site:${session.origin}`);
    expect(stored).toMatchObject({ ignoredPhrases: ['leverage'] });
  });

  it('a Google Doc (the stand-in) is checked from its export and its findings shown in the sidebar, asking only for that document', async () => {
    allowed = [EDITOR_URL, EXPORT_URL];
    session.network.serveDocument(CABINET_PAPER);
    const doc = await newPage(EDITOR_URL);
    const panel = await sidebarFor(doc);
    await eventually(
      () => panel.evaluate(() => document.querySelector('#gdocs .gdocs-checked')?.textContent?.includes('Last checked at') ?? false),
      'the Doc to be checked',
      20_000,
    );
    const shown = await panel.evaluate(() => ({
      title: document.querySelector('#page-title')?.textContent ?? '',
      findings: document.querySelector('#findings-body')?.textContent ?? '',
      consultation: document.querySelector('.consultation')?.textContent ?? '',
    }));
    expect(shown.title).toBe('Cabinet report');
    expect(shown.findings).toContain('VCSE');
    expect(shown.consultation).toContain('42 days (6 weeks)');
    // Reviewers' comments are not the draft.
    expect(shown.findings).not.toContain('Should we name the groups');
    // The Docs page itself is never painted over.
    expect(await doc.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(session.network.requests).toEqual([EDITOR_URL, EXPORT_URL]);
  });
});
