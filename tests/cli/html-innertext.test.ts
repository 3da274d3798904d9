/**
 * The HTML extractor against Chromium: malformed pages of the kinds councils publish (CMS
 * exports, Word-to-HTML) must give the same words, in the same order and broken into the same
 * lines, as the browser's `innerText` for the same file, and every word must map back to where
 * it is written in the file. Our blocks are separated by a blank line and table cells by one
 * (innerText uses one line break and a tab), so both sides are compared as lists of lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractHtml } from '../../shared/node/extract/html.ts';

/** Lines with white space collapsed and blank lines dropped; a non-breaking space reads as a space. */
function lines(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split(/[\n\t]/)
    .map((line) => line.replace(/[ \r\f]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Every letter and digit of the text maps to that same character in the file (a word may span tags, so per character). */
function wordsMapBack(html: string): void {
  const { text, sourceOffset } = extractHtml(html);
  const wrong: string[] = [];
  for (const match of text.matchAll(/[A-Za-z0-9]/g)) {
    const at = sourceOffset!(match.index);
    if (html[at] !== match[0]) wrong.push(`"${match[0]}" at ${match.index} maps to "${html.slice(at, at + 10)}"`);
  }
  expect(wrong).toEqual([]);
}

vi.setConfig({ testTimeout: 30_000 });

const MALFORMED: Record<string, string> = {
  'unclosed p and li': `<!doctype html><html><head><title>Grants</title></head><body>
<h1>Voluntary sector grants 2026
<p>The council proposes to reduce the grant to
community groups.
<p>Consultation runs for 12 weeks.
<ul><li>Day centres<li>Youth clubs
<li>Advice services</ul>
<p>Responses by 1 March.</body></html>`,
  'stray end tags': `<div><p>First paragraph.</div></div></span><p>Second</b> paragraph.</p></td></table></div><p>Third.</p>`,
  'comments with -- inside and no end': `<p>Before the comment.</p><!-- a -- b -- c --><p>After it.</p><!-- the last one is never closed <p>hidden</p>`,
  'CDATA, processing instructions and a doctype in the body': `<body><p>One <![CDATA[ not markup ]]> two.</p><?xml version="1.0"?><p>Three <!DOCTYPE html> four.</p></body>`,
  template: `<p>Shown.</p><template><p>Never shown.</p></template><p>Also shown.</p>`,
  'references without semicolons': `<p>Carers &amp families &copy 2026 &lt;draft&gt &notit; &notin; &#163;5 &#x20AC;3 &ampx &AMP;</p>`,
  'br in odd places': `<p>Line one<br/>line two<br></br>line three</p><br><br><div><br>After breaks</div><table><tr><td>Cell<br>two</td></tr></table>`,
  'Word-to-HTML output': `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0} --></style></head>
<body lang=EN-GB><div class=WordSection1><p class=MsoNormal><b><span style='font-size:14.0pt'>Cabinet report</span></b><o:p></o:p></p>
<p class=MsoNormal>The&nbsp;consultation will run for <span lang=EN-US>six</span>
weeks<o:p>&nbsp;</o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1><tr><td width=200 valign=top><p class=MsoNormal>Service<o:p></o:p></td><td><p>Saving<o:p></o:p></td>
<tr><td><p>Day centres<td><p>£40,000</table></div></body></html>`,
  'text straight inside a table (foster-parented)': `<table>Stray text<tr><td>Cell</td></tr></table><p>After.</p>`,
  'nested inline elements left open': `<p><b>Bold <i>bold italic</b> italic?</i> plain.</p><p>Next <a href="x">link <a href="y">second link</a> end.</p>`,
};

describe('the HTML extractor gives the lines Chromium’s innerText gives', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function innerTextOf(html: string): Promise<string> {
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      await page.setContent(html);
      return await page.evaluate(() => document.body?.innerText ?? '');
    } finally {
      await page.close();
    }
  }

  for (const [name, html] of Object.entries(MALFORMED)) {
    it(name, async () => {
      expect(lines(extractHtml(html).text)).toEqual(lines(await innerTextOf(html)));
      wordsMapBack(html);
    });
  }

  /** The project's own pages: the extractor drops navigation, site footers and hidden chrome, so Chromium sees them removed too. */
  const fixtures = [
    ...readdirSync('tests/fixtures/pages').map((name) => join('tests/fixtures/pages', name)),
    'tests/fixtures/files/consultation.html',
    'examples/good-consultation.html',
    'examples/short-consultation.html',
  ].filter((path) => path.endsWith('.html'));

  for (const path of fixtures) {
    it(`fixture ${path}`, async () => {
      const html = readFileSync(path, 'utf8');
      const page = await browser.newPage({ javaScriptEnabled: false });
      try {
        await page.setContent(html);
        const innerText = await page.evaluate(() => {
          const chrome = 'nav, [role=navigation], [role=contentinfo], [role=search], [hidden], [aria-hidden=true], button, select, textarea, iframe, object, svg, math, noscript';
          for (const element of document.querySelectorAll(chrome)) element.remove();
          // A footer is site chrome unless it belongs to an article or the main content.
          for (const footer of document.querySelectorAll('footer')) if (!footer.closest('article, main')) footer.remove();
          return document.body?.innerText ?? '';
        });
        // Compact-proof's own comments are passed through as text; Chromium never shows comments.
        const ours = extractHtml(html).text.replace(/<!--[^\n]*compact-proof-[^\n]*-->/g, '');
        expect(lines(ours)).toEqual(lines(innerText));
      } finally {
        await page.close();
      }
      wordsMapBack(html);
    });
  }
});
