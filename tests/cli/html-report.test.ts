/**
 * `--format html`: one self-contained page per run, read back as a browser would. The
 * structure and content are checked against the JSON report of the same run (so the two
 * formats cannot drift apart); axe-core checks WCAG 2.1 AA in Chromium; the page must make
 * no request of any kind, and must print with each document on its own pages.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, ROOT, runCli } from './helpers/run-cli.ts';
import { tempFolder } from './helpers/workspace.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const folder = tempFolder('compact-proof-html-');
const CLEAN = 'The council will write to every group it funds, giving its reasons, by 1 March 2025.\n';

interface JsonResult {
  file: string;
  messages: { severity: 'error' | 'warning' | 'info'; message: string; actual: string; expected: string[]; ruleId: string }[];
  errors: { message: string }[];
}

let single: string;
let webPage: string;
let webPageJson: JsonResult[];
let pack: string;
let packJson: JsonResult[];

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

beforeAll(async () => {
  buildCli();
  copyFileSync(join(ROOT, 'examples/cabinet-report-grants.md'), join(folder.path, 'cabinet.md'));
  folder.write('clean.txt', CLEAN);
  folder.write('broken.docx', 'this is not a Word document');
  const args = ['--reference-date', '2025-01-06'];
  const one = await runCli([...args, '--format', 'html', 'cabinet.md'], { cwd: folder.path });
  expect(one.stderr).toBe('');
  single = one.stdout;
  const many = await runCli([...args, '--format', 'html', '--output', 'pack.html', 'cabinet.md', 'clean.txt', 'broken.docx'], { cwd: folder.path });
  expect(many.code).toBe(2); // broken.docx cannot be read, and the run says so
  pack = readFileSync(join(folder.path, 'pack.html'), 'utf8');
  const json = await runCli([...args, '--format', 'json', 'cabinet.md', 'clean.txt', 'broken.docx'], { cwd: folder.path });
  packJson = JSON.parse(json.stdout);
  // An HTML page: its findings point into the original file, its text is the text read out of it.
  copyFileSync(join(ROOT, 'examples/short-consultation.html'), join(folder.path, 'consultation.html'));
  webPage = (await runCli([...args, '--format', 'html', 'consultation.html'], { cwd: folder.path })).stdout;
  webPageJson = JSON.parse((await runCli([...args, '--format', 'json', 'consultation.html'], { cwd: folder.path })).stdout);
}, 120_000);

/** The JSON report's messages in the HTML report's order: breaches, then warnings, then notes. */
function inReadingOrder(result: JsonResult): JsonResult['messages'] {
  return ['error', 'warning', 'info'].flatMap((severity) => result.messages.filter((message) => message.severity === severity));
}

/** The text a reader sees in a paragraph of the document text, up to (not including) the element given. */
function textBefore(element: Element): string {
  let text = '';
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    if (!(node as Element).classList?.contains('ref')) text = node.textContent + text;
  }
  return text;
}

/** Every finding links to its number in the text, the number sits right after the finding's words (marked), and links back. */
function expectFindingsLinkedToText(html: string, result: JsonResult, documentId: string): void {
  const document = parse(html);
  const section = document.querySelector(`#${documentId} section.document-text`)!;
  expect(section.querySelector('h3')!.textContent).toBe('The text with the findings marked');
  inReadingOrder(result).forEach((message, index) => {
    const number = index + 1;
    const item = document.querySelector(`#${documentId}-finding-${number}`)!;
    const link = [...item.querySelectorAll('a')].find((anchor) => anchor.textContent === `Show finding ${number} in the text`)!;
    expect(link.getAttribute('href')).toBe(`#${documentId}-text-${number}`);
    const reference = section.querySelector(`#${documentId}-text-${number}`)!;
    expect(reference.getAttribute('href')).toBe(`#${documentId}-finding-${number}`);
    expect(reference.classList.contains(message.severity)).toBe(true);
    // The words before the number end with the flagged words (their last paragraph, when they run over two),
    // and the last of them is marked.
    const lastPart = message.actual.split(/\n\s*\n/).pop()!.replace(/\s+/g, ' ').trim();
    expect(textBefore(reference).replace(/\s+/g, ' ').trimEnd()).toMatch(new RegExp(`${lastPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    let marked = reference.previousSibling as Element | null;
    while (marked?.classList?.contains('ref')) marked = marked.previousSibling as Element | null;
    if (lastPart) expect(marked?.tagName).toBe('MARK');
  });
  expect(section.querySelectorAll('a.ref').length).toBe(result.messages.length);
}

afterAll(() => folder.remove());

describe('the HTML report', () => {
  it('is one self-contained page: inline CSS, no scripts, nothing to fetch', () => {
    const document = parse(single);
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(document.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
    expect(document.querySelector('style')?.textContent).toContain('@media print');
    expect(single).not.toMatch(/\s(?:src|srcset)=/);
    expect(single).not.toMatch(/url\(|@import/);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('puts the verdict first, then the consultation timescale, then the findings with breaches first', () => {
    const document = parse(single);
    const article = document.querySelector('article.document')!;
    const children = [...article.children];
    const order = (selector: string) => children.findIndex((child) => child.matches(selector));
    expect(order('h2')).toBe(0);
    expect(order('.verdict')).toBeLessThan(order('.timescale'));
    expect(order('.timescale')).toBeLessThan(order('h3'));
    expect(article.querySelector('.verdict')!.textContent).toMatch(/^Breaks the Compact: \d+ Compact breach/);

    // The example's consultation runs 6 January to 17 February 2025: six weeks of the twelve.
    const box = article.querySelector('.timescale')!;
    expect(box.querySelector('h3')!.textContent).toBe('Consultation timescale');
    const rows = Object.fromEntries([...box.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]));
    expect(rows).toEqual({ Opens: '6 January 2025', Closes: '17 February 2025', Length: '42 days (6 weeks)', Minimum: '84 days (12 weeks)' });
    expect(box.textContent).toContain('Shorter than the minimum by 42 days');

    const groups = [...article.querySelectorAll('h4')].map((heading) => heading.textContent!.replace(/ \(\d+\)$/, ''));
    expect(groups[0]).toBe('Compact breaches');
    expect(groups).toEqual(['Compact breaches', 'Warnings', 'Notes'].filter((group) => groups.includes(group)));
  });

  it('lists every finding of the JSON report, each with its message, commitment and suggested wording', () => {
    const document = parse(pack);
    const cabinet = packJson.find((result) => result.file === 'cabinet.md')!;
    const items = [...document.querySelectorAll('#document-1 ol.findings > li')];
    expect(items.length).toBe(cabinet.messages.length);
    const bySeverity = ['error', 'warning', 'info'].flatMap((severity) => cabinet.messages.filter((message) => message.severity === severity));
    bySeverity.forEach((message, index) => {
      const item = items[index]!;
      expect(item.className).toBe(message.severity);
      expect(item.id).toBe(`document-1-finding-${index + 1}`);
      expect(item.textContent).toContain(message.message);
      expect(item.querySelector('.commitment')!.textContent).toMatch(/^Compact commitment: \S/);
      if (message.expected.length) expect(item.querySelector('.fix')!.textContent).toContain(`“${message.expected[0]}”`);
      else expect(item.querySelector('.fix')).toBeNull();
      expect(item.querySelector('.where')!.textContent).toMatch(/^line \d+, column \d+$/);
    });
    expect(items[0]!.querySelector('.label')!.textContent).toBe('Compact breach');
  });

  it('gives an agenda pack a contents table with each document’s counts, linked to its section', () => {
    const document = parse(pack);
    const rows = [...document.querySelectorAll('nav table tbody tr')];
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['cabinet.md', 'clean.txt', 'broken.docx']);
    rows.forEach((row, index) => {
      const result = packJson[index]!;
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent);
      const count = (severity: string) => String(result.messages.filter((message) => message.severity === severity).length);
      expect(cells.slice(1)).toEqual([count('error'), count('warning'), count('info')]);
      const target = row.querySelector('a')!.getAttribute('href')!;
      expect(document.querySelector(target)!.querySelector('h2')!.textContent).toBe(result.file);
    });
    expect(rows[0]!.querySelector('td')!.textContent).toBe('Breaks the Compact');
    expect(rows[2]!.querySelector('td')!.textContent).toBe('Not checked');
    expect(document.querySelector('#document-3 .verdict')!.textContent).toMatch(/could not be read/);
    expect(document.querySelector('#document-3')!.textContent).toContain('could not check broken.docx');
    expect(document.querySelector('#document-2 .verdict')!.textContent).toMatch(/^No Compact breaches found/);
  });

  it('shows each document’s text with every finding’s words marked, numbered and linked both ways', () => {
    expectFindingsLinkedToText(pack, packJson.find((result) => result.file === 'cabinet.md')!, 'document-1');
    // The Markdown is shown as written: its text, without the numbers, is the file's paragraphs.
    const section = parse(pack).querySelector('#document-1 section.document-text')!;
    for (const reference of section.querySelectorAll('a.ref')) reference.remove();
    const paragraphs = [...section.querySelectorAll('.text p')].map((paragraph) => paragraph.textContent);
    const source = readFileSync(join(folder.path, 'cabinet.md'), 'utf8');
    expect(paragraphs).toEqual(source.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean));
    // A document with no findings, or one that could not be read, has no text section.
    expect(parse(pack).querySelectorAll('#document-2 section.document-text, #document-3 section.document-text').length).toBe(0);
  });

  it('shows an HTML page as the text read out of it, not its markup, with its findings marked there', () => {
    const [result] = webPageJson;
    expect(result!.messages.length).toBeGreaterThan(0);
    expectFindingsLinkedToText(webPage, result!, 'document-1');
    const text = parse(webPage).querySelector('section.document-text .text')!.textContent!;
    expect(text).not.toMatch(/<\/?(p|h1|h2|li|body)\b/);
  });

  it('leaves the text out of the other formats', async () => {
    const json = await runCli(['--format', 'json', 'cabinet.md'], { cwd: folder.path });
    expect(json.stdout).not.toContain('textOffset');
    expect(Object.keys(JSON.parse(json.stdout)[0])).not.toContain('text');
  });

  it('escapes the document’s own words', async () => {
    folder.write('angle.txt', 'The <b>CVS</b> & the council will coordinate responses.\n');
    const run = await runCli(['--format', 'html', 'angle.txt'], { cwd: folder.path });
    expect(run.stdout).not.toContain('<b>CVS</b>');
    expect(parse(run.stdout).querySelector('blockquote')?.textContent ?? '').not.toContain('<b>');
    const shown = parse(run.stdout).querySelector('section.document-text .text')!;
    for (const reference of shown.querySelectorAll('a.ref')) reference.remove();
    expect(shown.textContent).toBe('The <b>CVS</b> & the council will coordinate responses.');
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('meets WCAG 2.1 AA (axe-core) and makes no request beyond its own file', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${join(folder.path, 'pack.html')}`);
    expect(requests).toEqual([`file://${join(folder.path, 'pack.html')}`]);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    // Keyboard: the first Tab stop is the contents table's first link, and it shows focus.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#document-1');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.close();
  });

  it('takes a keyboard user from a finding to its words in the text and back', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${join(folder.path, 'pack.html')}`);
    await page.focus('#document-1-finding-2 a[href="#document-1-text-2"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#document-1-text-2');
    expect(await page.evaluate(() => document.querySelector('#document-1-text-2')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('document-1-text-2');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#document-1-finding-2');
    await page.close();
  });

  it('prints each document from a new page, without breaking a finding across pages', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${join(folder.path, 'pack.html')}`);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() =>
      [...document.querySelectorAll('article.document')].map((article) => getComputedStyle(article).breakBefore),
    );
    expect(styles).toEqual(['auto', 'page', 'page']);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('ol.findings > li')!).breakInside)).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
