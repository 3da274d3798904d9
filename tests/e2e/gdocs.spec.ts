/**
 * Google Docs, end to end and offline, against the stand-in in gdocs-standin.ts: a stand-in
 * editor page and the document's export endpoint, every docs.google.com request recorded.
 */
import { CABINET_PAPER, longPaper } from '../fixtures/gdocs/export-builder.ts';
import { test, expect, openDoc, docResults, DOCS_ALLOWED_URLS, EDITOR_URL, EXPORT_URL, SECOND_ACCOUNT } from './gdocs-standin.ts';

/** The slice of the extension API the tests call inside the service worker. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
};

// The shared fixture fails the test on any request beyond the fixture server, except these:
// the editor pages the tests open and that document's exports. Nothing else may be requested.
test.use({ allowedUrls: DOCS_ALLOWED_URLS });
test('a Google Doc’s findings appear in the side panel, with the summary, sentences and Copy sentence', async ({ context, docs, openSidePanel }) => {
  const { panel } = await openDoc(context, openSidePanel);

  await expect(panel.locator('#gdocs .gdocs-checked')).toContainText('Last checked at');
  await expect(panel.locator('#page-title')).toHaveText('Cabinet report');
  await expect(panel.locator('#summary')).toBeVisible();
  // The unexplained abbreviation, with the whole sentence it is in.
  const acronym = panel.locator('#findings-body li', { hasText: 'VCSE' }).first();
  await expect(acronym.locator('.gdocs-sentence blockquote')).toHaveText(
    'This report asks Cabinet to agree changes to the grants the council gives to VCSE groups from 1 April 2025.',
  );
  // The six-week consultation is found and summarised as on a web page.
  await expect(panel.locator('#findings-body [data-rule="consultation-timescale"]')).toBeVisible();
  await expect(panel.locator('.consultation')).toContainText('42 days (6 weeks)');
  // Reviewers' comments are not the draft and are never checked.
  await expect(panel.locator('#findings-body')).not.toContainText('Should we name the groups');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await acronym.getByRole('button', { name: /^Copy sentence: / }).click();
  await expect(panel.locator('#status')).toContainText('Sentence copied');
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toContain('VCSE groups from 1 April 2025.');

  // One export request, from the page itself, and nothing else on docs.google.com.
  expect(docs.exportRequests).toEqual([{ fromServiceWorker: false }]);
  expect(new Set(docs.docsRequests)).toEqual(new Set([EDITOR_URL, EXPORT_URL]));
});

for (const form of SECOND_ACCOUNT) {
  test(`a Doc open under a second account (${new URL(form.editor).pathname.split('/d/')[0]}/d/…) is checked from that account’s export, without a toolbar click`, async ({
    context,
    docs,
    openSidePanel,
    checkPage,
  }) => {
    // No toolbar click: the manifest's content script must already be in the tab.
    const { doc, panel } = await openDoc(context, openSidePanel, form.editor);
    await expect(panel.locator('#gdocs .gdocs-checked')).toContainText('Last checked at');
    await expect(panel.locator('#findings-body')).toContainText('VCSE');
    expect(docs.exportUrls).toEqual([form.export]);

    // The toolbar button checks it as a Doc too, never with the web-page checker over Docs' own page.
    await checkPage(doc);
    expect(docs.exportUrls).toEqual([form.export, form.export]);
    expect(await doc.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await doc.evaluate(() => document.querySelector('compact-proof-ui'))).toBeNull();
    await expect(panel.locator('#check')).toHaveText('Check again');
  });
}

test('an edit is re-checked from the new export after the officer pauses', async ({ context, docs, openSidePanel }) => {
  const { doc, panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#findings-body')).toContainText('VCSE');

  // The officer spells the abbreviation out; Docs saves; the export now has the new text.
  docs.serve(CABINET_PAPER.map((block) => (block.kind === 'paragraph' ? { ...block, text: block.text.replace('VCSE groups', 'voluntary groups') } : block)));
  const editor = doc.frameLocator('iframe.docs-texteventtarget-iframe').locator('body');
  await editor.click();
  await doc.keyboard.type('voluntary');

  await expect(panel.locator('#findings-body')).not.toContainText('VCSE', { timeout: 15_000 });
  await expect(panel.locator('#gdocs .gdocs-checked')).toContainText('Last checked at');
  // Typing did not trigger a request per keystroke: the first check and one after the pause.
  expect(docs.exportRequests.length).toBe(2);
});

test('signed out: a sign-in page instead of the export shows what happened and what to do', async ({ context, docs, openSidePanel }) => {
  docs.serve('login');
  const { panel } = await openDoc(context, openSidePanel);

  const problem = panel.locator('#gdocs .gdocs-problem');
  await expect(problem).toHaveAttribute('data-state', 'signed-out');
  await expect(problem).toContainText('Signed out of Google');
  await expect(problem).toContainText('Sign in to Google in this browser');
  await expect(panel.locator('#findings')).toBeHidden();
  // The page's request, then the background worker's (in case it was CORS); then it waits.
  expect(docs.exportRequests).toEqual([{ fromServiceWorker: false }, { fromServiceWorker: true }]);
  await panel.waitForTimeout(3_000);
  expect(docs.exportRequests.length).toBe(2);
});

test('when Google refuses the export to the page, the background worker fetches it', async ({ context, docs, openSidePanel, serviceWorker, tabIdOf }) => {
  docs.serve(CABINET_PAPER, { onlyToBackground: true });
  const { doc, panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  expect(docs.exportRequests).toEqual([{ fromServiceWorker: false }, { fromServiceWorker: true }]);
  expect((await docResults(serviceWorker, await tabIdOf(doc))).googleDocs.via).toBe('background');
});

test('a 50-page document is re-checked, and its linting time measured', async ({ context, docs, openSidePanel, serviceWorker, tabIdOf }) => {
  docs.serve(longPaper(50));
  const { doc, panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#gdocs .gdocs-checked')).toContainText('words', { timeout: 20_000 });
  const tabId = await tabIdOf(doc);
  const first = await docResults(serviceWorker, tabId);

  // "Check again" (as the panel's button does, through the background) lints the whole
  // document again, with the engine warm, as when the officer is typing.
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    const results = await serviceWorker.evaluate(async (id) => {
      const api = (globalThis as unknown as { compactProof: { checkTab(id: number): Promise<{ timings: { lint: number } }> } }).compactProof;
      return api.checkTab(id);
    }, tabId);
    samples.push(results.timings.lint);
  }
  const latest = await docResults(serviceWorker, tabId);
  console.log(
    `[gdocs bench] 50 pages, ${latest.googleDocs.words} words: first check lint ${first.timings!.lint.toFixed(0)} ms, ` +
      `re-checks lint ${samples.map((ms) => ms.toFixed(0)).join(' / ')} ms (median ${[...samples].sort((a, b) => a - b)[1]!.toFixed(0)} ms), ` +
      `HTML to text ${latest.timings!.extract.toFixed(0)} ms, whole check ${latest.timings!.total.toFixed(0)} ms`,
  );
  expect(latest.googleDocs.words).toBeGreaterThan(24_000);
  expect(docs.exportRequests.length).toBe(4);
});

test('(experimental) with live text on, the flag carries our id before Docs boots and unsaved text is checked', async ({ context, docs, openSidePanel, serviceWorker, extensionId }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ gdocsLiveText: true }));
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id)))
    .toContain('compact-proof-gdocs-live');
  docs.serveLiveEditor();
  const { doc, panel } = await openDoc(context, openSidePanel);

  expect(await doc.evaluate(() => (window as unknown as { __flagAtBoot: unknown }).__flagAtBoot)).toBe(extensionId);
  expect(await doc.evaluate(() => (window as unknown as { __offeredIds: unknown[] }).__offeredIds)).toContain(extensionId);
  await expect(panel.locator('#findings-body')).toContainText('NCVO');
  await expect(panel.locator('#gdocs')).toContainText('Experimental: compact-proof read the text live');
  // Live text came from the editor, so the export was never requested.
  expect(docs.exportRequests).toEqual([]);
});

test('with live text off (the default), no Google Docs page is told the extension’s id, even when it asks', async ({ context, docs, openSidePanel, serviceWorker }) => {
  expect(await serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id))).not.toEqual(
    expect.arrayContaining(['compact-proof-gdocs-live-id']),
  );
  docs.serveLiveEditor();
  const { doc, panel } = await openDoc(context, openSidePanel);
  // The document is still checked, from its export.
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  expect(docs.exportRequests.length).toBe(1);
  // The page asked (at boot and after load) and heard nothing.
  await doc.evaluate(() => document.dispatchEvent(new CustomEvent('compact-proof:gdocs-hello')));
  expect(await doc.evaluate(() => (window as unknown as { __offeredIds: unknown[] }).__offeredIds)).toEqual([]);
  expect(await doc.evaluate(() => (window as unknown as { __flagAtBoot: unknown }).__flagAtBoot)).toBeNull();
});
