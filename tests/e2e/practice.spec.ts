/**
 * The practice page, served from the repository as a trainer would run it (the same page the
 * extension ships as practice.html), in Debian Chromium. Covers typing, the before/after
 * switch, spot-the-breach scoring, opening files (.md, .html, .docx), a reviewed copy of a
 * .docx made in the browser, the challenge letter,
 * the presentation view's keys, and that the page makes no request beyond its own files;
 * then, in the built extension, the links to it from the side panel and the options page.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPracticePage, startPracticeServer } from '../../shared/practice/serve.mjs';
import { SAMPLES } from '../../shared/practice/samples.ts';
import { COMMITMENTS } from '../../shared/engine/commitments.ts';
import { test as extensionTest } from './fixtures.ts';
import { zip } from '../cli/helpers/zip.ts';
import { makeCommitteePaper } from '../annotate/word-fixture.ts';
import { readComments } from '../annotate/read-back.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser;
let server: Server;
let baseUrl: string;
let outDir: string;
/** Every address the page asked for, across all tests. */
const requested: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'practice-web-'));
  await buildPracticePage(outDir);
  ({ server, url: baseUrl } = await startPracticeServer({ dir: outDir, port: 0 }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Dates in form fields follow the browser's language: British, as a UK trainer would see them.
    // Debian's chromium has only its en-US language pack without chromium-l10n, so --lang and
    // the context's `locale` alone still draw the date field as mm/dd/yyyy; with this Blink
    // feature the field follows the page's own lang="en-GB" instead (dd/mm/yyyy).
    args: ['--no-sandbox', '--disable-gpu', '--lang=en-GB', '--enable-blink-features=LangAttributeAwareFormControlUI'],
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
  });
});

test.afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function openPage(hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${hash}`);
  await expect(page.locator('#status')).not.toBeEmpty();
  expect(errors).toEqual([]);
  return page;
}

const acronymSample = SAMPLES.find((sample) => sample.ruleId === 'undefined-acronym')!;

test('typing a passage updates the findings and highlights after a pause', async () => {
  const page = await openPage();
  const passage = page.getByLabel('Passage', { exact: true });
  await passage.fill('');
  await passage.pressSequentially('The CVS will collate the responses.');
  await expect(page.locator('#status')).toContainText('1 finding');
  const finding = page.locator('#findings > li');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('“CVS”');
  await expect(finding).toContainText(`Compact commitment: ${COMMITMENTS['plain-language'].title}`);
  await expect(finding).toContainText('Why it matters');
  await expect(page.locator('#highlights mark.hl')).toHaveText(['CVS']);

  await passage.pressSequentially(' Each VCO must reply.');
  await expect(page.locator('#status')).toContainText('2 findings');
  await expect(page.locator('#highlights mark.hl')).toHaveText(['CVS', 'VCO']);

  // Choosing a finding selects its words in the passage.
  await finding.first().getByRole('button').click();
  const selected = await passage.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));
  expect(selected).toBe('CVS');
  await page.context().close();
});

test('the before/after switch shows the flawed passage and its compliant rewrite', async () => {
  const page = await openPage();
  await page.getByLabel('Sample passage').selectOption(acronymSample.id);
  await expect(page.getByLabel('Passage', { exact: true })).toHaveValue(acronymSample.flawed);
  await expect(page.locator('#findings > li[data-rule-id="undefined-acronym"]').first()).toBeVisible();
  const before = await page.locator('#findings > li[data-rule-id="undefined-acronym"]').count();
  expect(before).toBeGreaterThan(0);
  await expect(page.locator('#teaching-point')).toContainText('Teaching point (before)');

  await page.getByLabel('After: rewritten').check();
  await expect(page.getByLabel('Passage', { exact: true })).toHaveValue(acronymSample.compliant);
  await expect(page.locator('#findings > li[data-rule-id="undefined-acronym"]')).toHaveCount(0);
  await expect(page.locator('#teaching-point')).toContainText('Teaching point (after)');

  await page.getByLabel('Before: breaks the Compact').check();
  await expect(page.locator('#findings > li[data-rule-id="undefined-acronym"]')).toHaveCount(before);

  // Both versions side by side, each with its own highlights and count.
  await page.getByLabel('Both side by side').check();
  const compare = page.getByRole('region', { name: 'Before and after, side by side' });
  await expect(compare).toBeVisible();
  await expect(compare.locator('#compare-before')).toHaveText(`${acronymSample.flawed}\u200b`);
  await expect(compare.locator('#compare-before mark.hl')).toHaveCount(before);
  await expect(compare.locator('#compare-after')).toHaveText(`${acronymSample.compliant}\u200b`);
  await expect(compare.locator('#compare-after mark.hl')).toHaveCount(0);
  await expect(compare.locator('#compare-after-count')).toContainText('No findings');
  // Ticking the box leaves the version and the passage as they were.
  await expect(page.getByLabel('Before: breaks the Compact')).toBeChecked();
  await expect(page.getByLabel('Passage', { exact: true })).toHaveValue(acronymSample.flawed);
  await page.getByLabel('Both side by side').uncheck();
  await expect(compare).toBeHidden();
  await page.context().close();
});

test('spot the breach hides the findings, then scores found, missed and wrongly flagged', async () => {
  const page = await openPage();
  const passage = page.getByLabel('Passage', { exact: true });
  const text = 'The CVS will collate responses from each VCO. Thank you for taking part.';
  await passage.fill(text);
  await expect(page.locator('#status')).toContainText('2 findings');

  await page.getByRole('button', { name: 'Spot the breach' }).click();
  await expect(page.getByRole('button', { name: 'Leave spot the breach' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#findings')).toBeHidden();
  await expect(page.locator('#highlights mark')).toHaveCount(0);
  await expect(passage).toHaveAttribute('aria-readonly', 'true');
  // Typing does not change the passage while it is locked for spotting.
  await passage.press('End');
  await page.keyboard.type('xyz');
  await expect(passage).toHaveValue(text);

  // Mark "CVS" with the keyboard: put the caret before it, extend the selection, press Enter.
  await passage.focus();
  await passage.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(4, 4));
  for (let step = 0; step < 3; step++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('#mark-list li')).toHaveCount(1);
  await expect(page.locator('#highlights mark.spot-mark')).toHaveText(['CVS']);

  // Mark "Thank you" with the button.
  const start = text.indexOf('Thank you');
  await passage.evaluate((area: HTMLTextAreaElement, from: number) => area.setSelectionRange(from, from + 9), start);
  await page.getByRole('button', { name: 'Mark as a breach' }).click();
  await expect(page.locator('#mark-list li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.locator('#status')).toHaveText('You found 1 of 2 breaches, missed 1, and 1 mark did not match a breach.');
  await expect(page.locator('.spot-found-list')).toContainText('Found (1)');
  await expect(page.locator('.spot-found-list')).toContainText('“CVS”');
  await expect(page.locator('.spot-missed-list')).toContainText('Missed (1)');
  await expect(page.locator('.spot-missed-list')).toContainText('“VCO”');
  await expect(page.locator('.spot-missed-list')).toContainText(COMMITMENTS['plain-language'].title);
  await expect(page.locator('.spot-wrong-list')).toContainText('“Thank you”');
  await expect(page.locator('#highlights mark.spot-found')).toHaveText(['CVS']);
  await expect(page.locator('#highlights mark.spot-missed')).toHaveText(['VCO']);
  await expect(page.locator('#highlights mark.spot-wrong')).toHaveText(['Thank you']);
  // Focus moves to the result so a screen reader reads it at once.
  await expect(page.locator('#spot-summary')).toBeFocused();

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('#mark-list li')).toHaveText(['No marks yet.']);
  await page.getByRole('button', { name: 'Leave spot the breach' }).click();
  await expect(page.locator('#findings > li')).toHaveCount(2);
  await page.context().close();
});

test('opens local Markdown, HTML and Word files', async () => {
  const page = await openPage();
  const input = page.getByLabel('Open a file (.txt, .md, .html, .docx)');

  await input.setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Grants\n\nThe SLA ends soon. See `the CVS` guidance.\n') });
  await expect(page.locator('#status')).toContainText('Opened notes.md');
  // Markdown code is not prose: only the SLA is flagged.
  await expect(page.locator('#highlights mark.hl')).toHaveText(['SLA']);
  await expect(page.locator('#letter-title')).toHaveValue('notes.md');

  await input.setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<html><head><style>p{color:red}</style><script>var CIF = 1;</script></head><body><h1>Funding</h1><p>Each VCO must reply.</p><p>Thanks</p></body></html>'),
  });
  await expect(page.locator('#status')).toContainText('Opened page.html');
  await expect(page.getByLabel('Passage', { exact: true })).toHaveValue('Funding\n\nEach VCO must reply.\n\nThanks');
  await expect(page.locator('#highlights mark.hl')).toHaveText(['VCO']);

  const docx = minimalDocx(['Community grants', 'The LSP will review each grant in May.']);
  await input.setInputFiles({ name: 'paper.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
  await expect(page.locator('#status')).toContainText('Opened paper.docx', { timeout: 15_000 });
  await expect(page.getByLabel('Passage', { exact: true })).toHaveValue('Community grants\n\nThe LSP will review each grant in May.');
  await expect(page.locator('#highlights mark.hl')).toHaveText(['LSP']);
  await page.context().close();
});

test('makes a reviewed copy of an opened Word document in the browser, with each finding as a comment on its words', async () => {
  const page = await openPage();
  const input = page.getByLabel('Open a file (.txt, .md, .html, .docx)');
  const button = page.getByRole('button', { name: 'Download a reviewed copy (.docx)' });
  await expect(button).toBeHidden();
  await input.setInputFiles({ name: 'paper.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: makeCommitteePaper().bytes });
  await expect(page.locator('#status')).toContainText('Opened paper.docx', { timeout: 15_000 });
  await expect(button).toBeVisible();
  const flagged = await page.locator('#highlights mark.hl').allTextContents();
  expect(flagged).toEqual(expect.arrayContaining(['CVS', 'utilise', 'Going forward', 'ICB']));

  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('paper (reviewed).docx');
  const copy = readFileSync((await download.path())!);
  const comments = (await readComments(copy)).filter((comment) => comment.author === 'compact-proof');
  expect(comments.length).toBe(flagged.length);
  comments.forEach((comment, index) => {
    // The text box's words are commented on its paragraph, and the comment says so.
    if (flagged[index] === 'ICB') expect(comment.paragraphs.at(-1)).toContain('could not place this comment on the words “ICB”');
    else expect(comment.anchored.replace(/\s+/g, ' ')).toBe(flagged[index]!.replace(/\s+/g, ' '));
  });
  await expect(page.locator('#status')).toContainText(`Downloaded paper (reviewed).docx with ${flagged.length} comments (1 on its paragraph rather than the exact words).`);

  // Another file, or a sample, puts the passage out of step with the Word file: the button goes.
  await input.setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('The SLA ends soon.\n') });
  await expect(page.locator('#status')).toContainText('Opened notes.md');
  await expect(button).toBeHidden();
  await page.context().close();
});

test('drafts a challenge letter that cites the findings and commitments, and downloads it', async () => {
  const page = await openPage(`#sample=${acronymSample.id}`);
  await page.getByLabel('Council or NHS body responsible').fill('Westbury District Council');
  await page.getByRole('button', { name: 'Draft a challenge letter' }).click();
  const output = page.getByLabel('Your draft letter (edit it before you use it)');
  await expect(output).toBeVisible();
  // Abbreviations alone are no Compact breach: no letter, unless the group asks for them.
  await expect(page.locator('#letter-status')).toContainText('nothing to challenge');
  expect(await output.inputValue()).toContain('It did find 4 different terms that are jargon or abbreviations not spelled out');
  await page.getByLabel('Also mention jargon, abbreviations and dates (one short paragraph)').check();
  const markdown = await output.inputValue();
  expect(markdown).toContain(`“${acronymSample.title}”`);
  expect(markdown).toContain('Westbury District Council');
  expect(markdown).toContain('## 1. Other points');
  expect(markdown).toContain('The document also uses 4 different terms that are jargon or abbreviations not spelled out');
  for (const acronym of ['VCO', 'CIF', 'CVS', 'SLA']) expect(markdown).toContain(`“${acronym}”`);
  expect(markdown).toContain("[Your organisation's name]");
  expect(markdown).toContain('[Local Compact clause');
  await expect(page.locator('#letter-status')).toContainText('Letter drafted from 4 other points');

  await page.getByLabel('Plain text').check();
  const text = await output.inputValue();
  expect(text).not.toContain('## ');
  expect(text).toContain('1. Other points');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown (.md)' }).click()]);
  expect(download.suggestedFilename()).toBe('challenge-letter-abbreviations-in-a-monitoring-request.md');
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved).toContain('## 1. Other points');

  // The rewrite has nothing to challenge.
  await page.getByLabel('After: rewritten').check();
  await page.getByRole('button', { name: 'Draft a challenge letter' }).click();
  await expect(page.locator('#letter-status')).toContainText('nothing to challenge');
  await page.context().close();
});

test('the presentation view is large, keyboard-driven and free of clutter', async () => {
  const page = await openPage(`#sample=${SAMPLES[0]!.id}`);
  const normalSize = await page.locator('#passage').evaluate((area) => parseFloat(getComputedStyle(area).fontSize));
  await page.getByRole('button', { name: 'Presentation view' }).click();
  await expect(page.locator('body')).toHaveClass(/presenting/);
  await expect(page.locator('#letter-section')).toBeHidden();
  await expect(page.locator('#keys-help')).toBeVisible();
  const bigSize = await page.locator('#passage').evaluate((area) => parseFloat(getComputedStyle(area).fontSize));
  expect(bigSize).toBeGreaterThan(normalSize * 1.5);

  await page.locator('#results-heading').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Sample passage')).toHaveValue(SAMPLES[1]!.id);
  await page.keyboard.press('b');
  await expect(page.getByLabel('Passage', { exact: true })).toHaveValue(SAMPLES[1]!.compliant);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('Sample passage')).toHaveValue(SAMPLES[0]!.id);
  await page.keyboard.press('c');
  await expect(page.locator('#compare')).toBeVisible();
  await page.keyboard.press('c');
  await expect(page.locator('#compare')).toBeHidden();
  await page.keyboard.press('s');
  await expect(page.locator('#findings')).toBeHidden();
  await page.keyboard.press('s');
  await page.keyboard.press('Escape');
  await expect(page.locator('body')).not.toHaveClass(/presenting/);
  await page.context().close();
});

test('every control has a label, and results are announced', async () => {
  const page = await openPage();
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((node) => {
        const element = node as HTMLInputElement;
        const byLabel = element.labels && element.labels.length > 0;
        const text = (element.textContent ?? '').trim() || element.getAttribute('aria-label');
        return !byLabel && !text;
      })
      .map((node) => node.outerHTML.slice(0, 80)),
  );
  expect(unlabelled).toEqual([]);
  await expect(page.locator('#status')).toHaveAttribute('aria-live', 'polite');
  // Tab reaches the passage from the skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the passage' })).toBeFocused();
  await page.close();
});

test('the reference date is written out the British way beside the date field', async () => {
  const page = await openPage();
  await page.getByLabel('Dates without a year count from').fill('2025-02-17');
  await expect(page.locator('#reference-date-words')).toHaveText('17 February 2025');
  await page.context().close();
});

// Drawn only when asked for, with the extension's: `npx playwright test --grep @screenshots`.
test('takes the README screenshot @screenshots', async () => {
  // A passage with several kinds of breach, built from the practice library's flawed passages.
  const page = await openPage();
  const workshop = ['undefined-acronym', 'jargon', 'consultation-timescale', 'notice-period']
    .map((ruleId) => SAMPLES.find((sample) => sample.ruleId === ruleId)?.flawed)
    .filter(Boolean)
    .join('\n\n');
  await page.getByLabel('Passage', { exact: true }).fill(workshop);
  await page.getByLabel('Dates without a year count from').fill('2025-02-17');
  await expect(page.locator('#reference-date-words')).toHaveText('17 February 2025');
  await page.locator('#results-heading').click();
  await expect(page.locator('#findings > li').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const path = join(root, 'tests', 'fixtures', 'screenshots', 'practice.png');
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: false });
  await page.context().close();
});

test('the page asks for nothing beyond its own files', async () => {
  // Exercise the page once more (so this test also stands alone), then check every request
  // made in this file's tests.
  const page = await openPage(`#sample=${acronymSample.id}`);
  await page.getByLabel('Open a file (.txt, .md, .html, .docx)').setInputFiles({
    name: 'paper.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: minimalDocx(['The LSP will meet.']),
  });
  await expect(page.locator('#status')).toContainText('Opened paper.docx', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Draft a challenge letter' }).click();
  await page.context().close();
  expect(requested.length).toBeGreaterThan(0);
  const elsewhere = requested.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(elsewhere).toEqual([]);
});

/* ---- inside the built extension (tests/e2e/fixtures.ts loads it) ---------------------------- */

extensionTest.describe('in the extension', () => {
  // The shared fixture aborts every request that is not to the fixture site; the extension's
  // own pages need their scripts and styles (chrome-extension:// is the extension itself, not
  // the network). A later route takes precedence over the fixture's.
  extensionTest.beforeEach(async ({ context }) => {
    await context.route(/^chrome-extension:\/\//, (route) => route.continue());
  });

  extensionTest('the extension ships the same practice page, and it checks as you type', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/practice.html`);
    await page.getByLabel('Passage', { exact: true }).fill('Each VCO must reply.');
    await expect(page.locator('#status')).toContainText('1 finding');
    await expect(page.locator('#findings > li')).toContainText('“VCO”');
    // The Word reader is a separate chunk in the extension build too, loaded on demand.
    await page.getByLabel('Open a file (.txt, .md, .html, .docx)').setInputFiles({
      name: 'paper.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: minimalDocx(['The LSP will review each grant in May.']),
    });
    await expect(page.locator('#status')).toContainText('Opened paper.docx', { timeout: 15_000 });
    await expect(page.locator('#highlights mark.hl')).toHaveText(['LSP']);
  });

  /** Follow a link to the practice page; resolves with the new tab, once the page works. */
  async function followToPractice(context: BrowserContext, extensionId: string, follow: () => Promise<void>): Promise<Page> {
    const [practice] = await Promise.all([context.waitForEvent('page'), follow()]);
    await practice.waitForLoadState();
    expect(practice.url()).toBe(`chrome-extension://${extensionId}/practice.html`);
    await expect(practice.getByRole('heading', { level: 1 })).toHaveText('Compact practice page');
    await practice.getByLabel('Passage', { exact: true }).fill('Each VCO must reply.');
    await expect(practice.locator('#findings > li')).toContainText('“VCO”');
    return practice;
  }

  extensionTest('the side panel’s footer links to the practice page, beside Settings, by keyboard', async ({ context, site, extensionId, openSidePanel }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/good-consultation.html`);
    const panel = await openSidePanel(page);
    const link = panel.getByRole('link', { name: 'Practice page (for training)' });
    await expect(link).toBeVisible();
    await expect(panel.locator('footer')).toContainText('Settings');
    // Tab reaches it straight after Settings; Enter opens it in a new tab, the panel stays.
    await panel.getByRole('link', { name: 'Settings' }).focus();
    await panel.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const practice = await followToPractice(context, extensionId, () => panel.keyboard.press('Enter'));
    expect(panel.url()).toContain('/sidepanel.html');
    await practice.close();
  });

  extensionTest('the options page links to the practice page', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const practice = await followToPractice(context, extensionId, () => options.getByRole('link', { name: 'Practice page (for training)' }).click());
    expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html`);
    await practice.close();
  });

  extensionTest('the side panel drafts a challenge letter from the page’s findings', async ({ context, site, checkPage, openSidePanel }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/bad-consultation.html`);
    await checkPage(page);
    const panel = await openSidePanel(page);
    const action = panel.getByRole('button', { name: 'Draft a challenge letter' });
    await expect(action).toBeEnabled();
    await action.click();
    await expect(panel.getByRole('heading', { name: 'Challenge letter' })).toBeFocused();
    const letter = await panel.getByLabel('Your draft letter (edit it before you use it)').inputValue();
    const title = await page.title();
    // The document is named without the council's name, which the address carries.
    expect(letter).toContain('“Day centre redesign consultation”');
    expect(letter).not.toContain(`“${title}”`);
    expect(letter).toContain(`${site.origin}/bad-consultation.html`);
    // The page title names the council, so the letter is addressed to it.
    expect(title).toContain('Millford District Council');
    expect(letter).toContain('We value our partnership with Millford District Council');
    // Only the breaches are points; the jargon and abbreviations are counted in the notes.
    expect(letter).not.toContain(COMMITMENTS['plain-language'].title);
    expect(letter).toContain(COMMITMENTS['consultation-timescale'].title);
    expect(letter).toContain('The letter raises only the Compact breaches. Also found, and left out: ');
    // A web page has no line numbers: points are placed by their section heading.
    expect(letter).toMatch(/^- Under “The proposal”: “/m);
    expect(letter).not.toMatch(/\bline \d/i);
    expect(letter).toContain("[Your organisation's name]");
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download as plain text (.txt)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^challenge-letter-.+\.txt$/);
    expect(readFileSync((await download.path())!, 'utf8')).not.toContain('## ');
  });
});

/* ---- a minimal .docx (a zip of XML, made by the CLI tests' zip helper) ------------------ */

function minimalDocx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

test('in presentation view the teaching point stays hidden until the trainer reveals it', async () => {
  const page = await openPage(`#sample=${SAMPLES[0]!.id}&present`);
  await expect(page.locator('body')).toHaveClass(/presenting/);
  // The answer is not on the projector while the room is still looking for it.
  await expect(page.locator('#teaching-point')).toBeHidden();
  await page.getByRole('button', { name: 'Reveal the teaching point' }).click();
  await expect(page.locator('#teaching-point')).toBeVisible();
  await expect(page.locator('#teaching-point')).toContainText(SAMPLES[0]!.teachingPoint);
  // The next sample hides it again; R reveals it from the keyboard.
  await page.locator('#results-heading').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Sample passage')).toHaveValue(SAMPLES[1]!.id);
  await expect(page.locator('#teaching-point')).toBeHidden();
  await page.keyboard.press('r');
  await expect(page.locator('#teaching-point')).toContainText(SAMPLES[1]!.teachingPoint);
  // Outside presentation view (a trainee reading alone) it shows straight away.
  await page.keyboard.press('Escape');
  await page.getByLabel('Sample passage').selectOption(SAMPLES[2]!.id);
  await expect(page.locator('#teaching-point')).toContainText(SAMPLES[2]!.teachingPoint);
  await expect(page.getByRole('button', { name: 'Reveal the teaching point' })).toBeHidden();
  await page.context().close();
});

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
] as const) {
  test(`in presentation view the passage and its findings fit a ${width}×${height} projector without scrolling`, async () => {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
    const page = await context.newPage();
    // The sample with the most findings, so the test fails if the cards push the page down.
    const busiest = [...SAMPLES].sort((a, b) => b.flawed.length - a.flawed.length)[0]!;
    await page.goto(`${baseUrl}#sample=${busiest.id}&present`);
    await expect(page.locator('#findings li').first()).toBeVisible();
    await page.getByRole('button', { name: 'Reveal the teaching point' }).click();
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        pageHeight: document.documentElement.scrollHeight,
        pageWidth: document.documentElement.scrollWidth,
        passage: box('#passage'),
        findingsBox: box('.results'),
        firstFinding: box('#findings li .finding-quote'),
        passageOverflow: (document.querySelector('#passage') as HTMLTextAreaElement).scrollHeight - (document.querySelector('#passage') as HTMLTextAreaElement).clientHeight,
      };
    });
    expect(layout.pageHeight).toBeLessThanOrEqual(height);
    expect(layout.pageWidth).toBeLessThanOrEqual(width);
    // The whole passage box, and the findings box with at least its first finding's words, are on screen
    // (a long list scrolls inside its own box, never the page).
    expect(layout.passage.bottom).toBeLessThanOrEqual(height);
    expect(layout.passage.height).toBeGreaterThan(height * 0.3);
    expect(layout.passageOverflow, 'the passage scrolls inside its box').toBeLessThanOrEqual(1);
    expect(layout.findingsBox.bottom).toBeLessThanOrEqual(height);
    expect(layout.firstFinding.bottom).toBeLessThanOrEqual(height);
    await context.close();
  });
}

test('choosing “Your own text” after a sample resets the reference date and the letter title', async () => {
  const sample = SAMPLES.find((candidate) => candidate.referenceDate && candidate.referenceDate !== new Date().toISOString().slice(0, 10))!;
  const page = await openPage(`#sample=${sample.id}`);
  await expect(page.locator('#reference-date')).toHaveValue(sample.referenceDate);
  await expect(page.locator('#letter-title')).toHaveValue(sample.title);
  await page.getByLabel('Sample passage').selectOption({ label: 'Your own text' });
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  await expect(page.locator('#reference-date')).toHaveValue(today);
  await expect(page.locator('#letter-title')).toHaveValue('Practice passage');
  await expect(page.locator('#teaching-point')).toBeHidden();
  await page.context().close();
});
