/**
 * "Check linked documents" in the built extension: a stand-in council page links PDF, Word
 * and OpenDocument files (tests/fixtures/documents, served by tests/e2e/server.ts), including
 * a password-protected PDF, a scan with no text layer, a damaged one, two over-size ones and
 * one that never finishes. Every path the server is asked for is recorded: a document is
 * fetched only after its Check button is pressed, and nothing else is fetched at all (the
 * fixture also fails the test on any request beyond the fixture server).
 */
import { expect, test } from './fixtures.ts';
import { servedPaths } from './server.ts';
import type { Page } from '@playwright/test';

const documentsFetched = () => servedPaths.filter((path) => path.startsWith('/documents/'));

async function openLinkedDocuments(page: Page, site: { origin: string }, checkPage: (page: Page) => Promise<void>, openSidePanel: (page: Page) => Promise<Page>) {
  await page.goto(`${site.origin}/linked-documents.html`);
  await checkPage(page);
  const panel = await openSidePanel(page);
  await expect(panel.locator('#findings')).toBeVisible();
  await panel.getByRole('button', { name: 'Check linked documents' }).click();
  await expect(panel.locator('#linked-docs .linked-doc')).toHaveCount(10);
  return panel;
}

function item(panel: Page, title: string) {
  return panel.locator('#linked-docs .linked-doc').filter({ has: panel.locator('.linked-doc-title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

async function checkDocument(panel: Page, title: string) {
  await item(panel, title).getByRole('button', { name: `Check “${title}”` }).click();
  await expect(item(panel, title).locator('.linked-doc-result')).toBeVisible({ timeout: 20_000 });
  return item(panel, title);
}

test.beforeEach(() => {
  servedPaths.length = 0;
  // Each test checks a page, opens the panel and reads documents: on a loaded shared machine that can pass 30 seconds.
  test.setTimeout(60_000);
});

test('lists the main content’s document links with their words, and fetches none of them', async ({ page, site, checkPage, openSidePanel }) => {
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  const titles = await panel.locator('#linked-docs .linked-doc-title').allTextContents();
  expect(titles).toEqual([
    'Consultation paper',
    'Cabinet report',
    'Notes of the forum',
    'Equality impact assessment',
    'Draft budget (password-protected)',
    'Signed decision notice',
    'Minutes of the last meeting',
    'Background papers',
    'Maps and plans',
    'Appendix C',
  ]);
  // The header's and footer's documents are site furniture, not the page's.
  await expect(panel.locator('#linked-docs')).not.toContainText('site guide');
  await expect(panel.locator('#linked-docs')).toContainText('only to download this document');
  expect(documentsFetched()).toEqual([]);
});

test('checks a PDF on request only, with findings by page', async ({ page, site, checkPage, openSidePanel }) => {
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  const paper = await checkDocument(panel, 'Consultation paper');
  await expect(paper.locator('.linked-doc-state')).toContainText('Checked 2 pages');
  const places = await paper.locator('.linked-doc-findings .linked-doc-place').allTextContents();
  expect(places).toContain('Page 1');
  expect(places).toContain('Page 2');
  await expect(paper.locator('.linked-doc-findings li').filter({ hasText: 'Page 2' }).first()).toContainText('Eastgate Advice Centre');
  expect(documentsFetched()).toEqual(['/documents/consultation-paper.pdf']);
});

test('checks a Word document by paragraph and offers a reviewed copy; an OpenDocument file too', async ({ page, site, checkPage, openSidePanel }) => {
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  const report = await checkDocument(panel, 'Cabinet report');
  await expect(report.locator('.linked-doc-state')).toContainText('paragraphs');
  await expect(report.locator('.linked-doc-findings .linked-doc-place').first()).toHaveText(/^Paragraph \d+$/);
  const download = panel.waitForEvent('download');
  await report.getByRole('button', { name: 'Download a reviewed copy of “Cabinet report”' }).click();
  expect((await download).suggestedFilename()).toBe('cabinet-report (reviewed).docx');
  const notes = await checkDocument(panel, 'Notes of the forum');
  await expect(notes.locator('.linked-doc-findings')).toContainText('Paragraph 2');
  expect(documentsFetched()).toEqual(['/documents/cabinet-report.docx', '/documents/plain-notes.odt']);
});

test('says clearly why a document could not be checked', async ({ page, site, checkPage, openSidePanel }) => {
  test.setTimeout(90_000);
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  const cases: [string, string, RegExp][] = [
    ['Draft budget (password-protected)', 'password', /password-protected/],
    ['Signed decision notice', 'scanned', /no text layer/],
    ['Minutes of the last meeting', 'damaged', /could not be read as a PDF/],
    ['Background papers', 'too-large', /larger than the 25 MB/],
    ['Maps and plans', 'too-large', /30 MB, over the 25 MB/],
  ];
  for (const [title, problem, message] of cases) {
    const entry = await checkDocument(panel, title);
    await expect(entry.locator('.linked-doc-result')).toHaveAttribute('data-problem', problem);
    await expect(entry.locator('.linked-doc-state')).toContainText(message);
  }
  const paths = documentsFetched();
  expect(paths).toEqual([
    '/documents/protected.pdf',
    '/documents/scanned.pdf',
    '/documents/damaged.pdf',
    '/documents/over-size.pdf',
    '/documents/over-size-declared.pdf',
  ]);
});

test('one document at a time, and Cancel stops the download', async ({ page, site, checkPage, openSidePanel }) => {
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  await item(panel, 'Appendix C').getByRole('button', { name: 'Check “Appendix C”' }).click();
  await expect(item(panel, 'Appendix C').locator('.linked-doc-state')).toContainText('Downloading');
  // While one runs, no other can start.
  await expect(item(panel, 'Consultation paper').getByRole('button', { name: 'Check “Consultation paper”' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Cancel checking “Appendix C”' }).click();
  await expect(item(panel, 'Appendix C').locator('.linked-doc-result')).toHaveAttribute('data-problem', 'cancelled');
  await expect(item(panel, 'Consultation paper').getByRole('button', { name: 'Check “Consultation paper”' })).toBeEnabled();
  expect(documentsFetched()).toEqual(['/documents/slow.pdf']);
});

test('a linked equality impact assessment is reported as a link, not as missing', async ({ page, site, checkPage, openSidePanel }) => {
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  const findings = panel.locator('#findings-body');
  await expect(findings).toContainText('it links one: “Equality impact assessment”');
  await expect(findings).toContainText(`${site.origin}/documents/eqia-grants-review.pdf`);
  await expect(findings).not.toContainText('shows no assessment of the impact on service users');
  expect(documentsFetched()).toEqual([]);
});

test('the challenge letter names the linked document and page', async ({ page, site, checkPage, openSidePanel }) => {
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  await checkDocument(panel, 'Consultation paper');
  await panel.getByRole('button', { name: 'Draft a challenge letter' }).click();
  await expect(panel.locator('#challenge-letter textarea')).toHaveValue(/In the linked document “Consultation paper”, page 2: “That Cabinet agrees/);
});

test('a PDF open in its own tab is checked from the panel, with findings by page', async ({ context, site, openSidePanel }) => {
  const pdf = await context.newPage();
  // Chromium's viewer (or, headless, a download) shows no page text; the tab's address is what counts.
  await pdf.goto(`${site.origin}/documents/consultation-paper.pdf`).catch(() => undefined);
  const fetchedByTab = documentsFetched().length;
  const panel = await openSidePanel(pdf);
  const entry = panel.locator('#linked-docs-pdf-tab .linked-doc');
  await entry.getByRole('button', { name: 'Check this PDF “consultation-paper.pdf”' }).click();
  await expect(entry.locator('.linked-doc-state')).toContainText('Checked 2 pages', { timeout: 20_000 });
  await expect(entry.locator('.linked-doc-findings')).toContainText('Page 2');
  // The panel fetched the PDF once more, on request; nothing else.
  expect(documentsFetched().slice(fetchedByTab)).toEqual(['/documents/consultation-paper.pdf']);
});

test('the Linked documents section, with results and a failure on show, meets WCAG 2.1 AA and works by keyboard', async ({ page, site, checkPage, openSidePanel }) => {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const panel = await openLinkedDocuments(page, site, checkPage, openSidePanel);
  // By keyboard: the list puts focus on the first Check button; Enter checks that document.
  await expect(panel.getByRole('button', { name: 'Check “Consultation paper”' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(item(panel, 'Consultation paper').locator('.linked-doc-result')).toBeVisible({ timeout: 20_000 });
  await checkDocument(panel, 'Signed decision notice');
  await panel.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [['#linked-docs']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  expect(violations).toEqual([]);
});
