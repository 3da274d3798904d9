/**
 * Only the document, not the site around it, in the browser: on stand-ins for eight real
 * templates, no highlight falls in the site's chrome (cookie banner, menus, breadcrumbs,
 * phase banner, share links, document-link sizes, footer) and the document's own findings
 * are all there; the side panel says what was read and can check the whole page instead.
 */
import './extension-globals.ts';
import { test, expect, highlightedTexts } from './fixtures.ts';

/** The document's findings on each page (quoted text that must be highlighted) and where the document sits. */
const PAGES: { file: string; content: string; expected: string[] }[] = [
  { file: 'template-govuk.html', content: '.govuk-govspeak', expected: ['BSOG'] },
  { file: 'template-localgov-drupal.html', content: 'article', expected: ['DASS'] },
  { file: 'template-nhsuk.html', content: '.nhsuk-grid-column-two-thirds', expected: ['ESD', '14 March 2025'] },
  { file: 'template-jadu.html', content: '.byEditor', expected: ['Going forward', '31 January 2025'] },
  { file: 'template-granicus-firmstep.html', content: '#content-main', expected: ['SMT', 'four weeks'] },
  { file: 'template-moderngov.html', content: '.mgContent', expected: ['1 April 2025'] },
  { file: 'template-citizen-space.html', content: '.dss-overview, .dss-dates', expected: ['EqIA', '17 February 2025'] },
  { file: 'template-engagementhq.html', content: '.project-description', expected: ['1 April 2025', '24 March 2025'] },
];

const CHROME_WORDS = /\b(?:GDPR|SEND|NNDR|HRA|FOI|EIR|PO|BETA|KB|MB|PDF|CIL|ASC|PALS|ICB|VCS|KPI)\b/;

test('on eight real templates, every highlight is in the document and none in the site around it', async ({ context, site, checkPage }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  for (const { file, content, expected } of PAGES) {
    await page.goto(`${site.origin}/${file}`);
    await checkPage(page);
    const outside = await page.evaluate((selector) => {
      const holders = [...document.querySelectorAll(selector)];
      const stray: string[] = [];
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const node = (range as Range).commonAncestorContainer;
          if (!holders.some((holder) => holder.contains(node))) stray.push(range.toString());
        }
      }
      return stray;
    }, content);
    expect(outside, `${file}: highlights outside the document`).toEqual([]);
    const texts = Object.values(await highlightedTexts(page)).flat();
    for (const quote of expected) expect(texts, `${file}: “${quote}” is the document's own finding`).toContain(quote);
    expect(texts.filter((text) => CHROME_WORDS.test(text)), `${file}: chrome words`).toEqual([]);
  }
});

test('the side panel says what was read, and “Check the whole page” reads the chrome too, and back again', async ({ context, site, checkPage, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/template-govuk.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await expect(panel.locator('#scope-text')).toHaveText(
    'Read the page’s main content (<main id="main-content" role="main">), leaving out menus, banners, cookie notices, breadcrumbs, share links and footers.',
  );
  await expect(panel.locator('.page-verdict')).toHaveText(/^This page breaks the Compact on consultation length \(1 breach\); it also has 1 warning\.$/);
  // What was read is folded under a one-line name (the first screen is for the verdict and the first breach).
  await expect(panel.locator('#scope-label')).toHaveText('Read: the main content only');
  await panel.locator('#scope-label').click();
  await panel.getByRole('button', { name: 'Check the whole page' }).click();
  await expect(panel.locator('#scope-text')).toHaveText('Read the whole page, menus, banners and footers included.');
  await expect(panel.locator('#scope-label')).toHaveText('Read: the whole page');
  await expect.poll(async () => Object.values(await highlightedTexts(page)).flat()).toEqual(expect.arrayContaining(['GDPR', 'FOI', 'EIR']));
  await panel.getByRole('button', { name: 'Check the main content only' }).click();
  await expect(panel.locator('#scope-text')).toHaveText(/^Read the page’s main content/);
  await expect.poll(async () => Object.values(await highlightedTexts(page)).flat().filter((text) => CHROME_WORDS.test(text))).toEqual([]);
});
