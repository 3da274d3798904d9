/**
 * The Google Docs stand-in for the e2e specs (gdocs.spec.ts, docs-panel.spec.ts), offline.
 * `context.route` plays docs.google.com: it serves a stand-in editor page (a canvas, and the hidden iframe Docs types into) and the
 * document's export endpoint. Never a redirect: a routed 3xx makes fetch() fail outright
 * (tech-notes §3), so "signed out" is a sign-in page served in place of the export, as
 * Google does when the session has gone.
 *
 * Every request to docs.google.com is recorded: the only ones allowed are the editor page
 * the test opens and that document's export.
 */
import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
import { test as base, expect } from './fixtures.ts';
import { buildDocsExport, CABINET_PAPER, longPaper, type Block } from '../fixtures/gdocs/export-builder.ts';

/** The slice of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

export const DOC_ID = '1CpE2eStandInDocument_abcdefghijklmnop';
export const EDITOR_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
export const EXPORT_URL = `https://docs.google.com/document/d/${DOC_ID}/export?format=html`;
/** The same document open under a second signed-in account, in both of Google's address forms, with each one's export. */
export const SECOND_ACCOUNT = [
  { editor: `https://docs.google.com/u/1/document/d/${DOC_ID}/edit`, export: `https://docs.google.com/u/1/document/d/${DOC_ID}/export?format=html` },
  { editor: `https://docs.google.com/document/u/1/d/${DOC_ID}/edit`, export: `https://docs.google.com/document/u/1/d/${DOC_ID}/export?format=html` },
];
export const EDITORS = new Map([[EDITOR_URL, EXPORT_URL], ...SECOND_ACCOUNT.map((form) => [form.editor, form.export] as [string, string])]);
export const EXPORTS = new Set(EDITORS.values());

const EDITOR_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet report - Google Docs</title></head>
<body><div class="kix-appview-editor"><canvas width="800" height="1000"></canvas></div>
<iframe class="docs-texteventtarget-iframe" title="Document text"></iframe>
<script>
  // Docs types into a contenteditable body inside this same-origin iframe.
  const target = document.querySelector('iframe').contentDocument;
  target.body.contentEditable = 'true';
</script></body></html>`;

/**
 * The experimental live-text case: like the editor page, but an inline script plays Docs'
 * boot. It records the annotated-canvas flag as Docs would read it, and offers the text API
 * with text that has not been saved (so is not in the export).
 */
const LIVE_EDITOR_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet report - Google Docs</title>
<script>
  window.__flagAtBoot = window._docs_annotate_canvas_by_ext ?? null;
  // Any page could listen for the id the bridge offers, and ask for it: record what it hears.
  window.__offeredIds = [];
  document.addEventListener('compact-proof:gdocs-id', (event) => window.__offeredIds.push(event.detail));
  document.dispatchEvent(new CustomEvent('compact-proof:gdocs-hello'));
  addEventListener('load', () => document.dispatchEvent(new CustomEvent('compact-proof:gdocs-hello')));
  window._docs_annotate_getAnnotatedText = async () => ({ getText: () => 'Unsaved: the NCVO will be told in writing.\\n' });
</script></head><body><canvas width="800" height="1000"></canvas></body></html>`;

export const LOGIN_PAGE = `<!doctype html><html><head><title>Sign in – Google Accounts</title></head><body>
<form action="https://accounts.google.com/v3/signin/identifier" method="post">
<input type="email" name="identifier"><input type="password" name="Passwd"><button>Next</button></form></body></html>`;

export interface DocsStandIn {
  /** What the export endpoint answers: the document's blocks, or a sign-in page. */
  serve(answer: Block[] | 'login', options?: { onlyToBackground?: boolean }): void;
  /** Serve the editor page that plays Docs' annotated-canvas hook. */
  serveLiveEditor(): void;
  /** Every export request so far, and whether the extension's service worker made it. */
  exportRequests: { fromServiceWorker: boolean }[];
  /** The address of every export request so far. */
  exportUrls: string[];
  /** Every docs.google.com address requested. */
  docsRequests: string[];
}

export const test = base.extend<{ docs: DocsStandIn }>({
  // Depends on foreignRequests so its route is registered after the shared catch-all, which
  // hands exactly the allowed addresses on to it (later routes are consulted first).
  docs: async ({ context, foreignRequests }, use) => {
    void foreignRequests;
    let answer: Block[] | 'login' = CABINET_PAPER;
    let onlyToBackground = false;
    let editorPage = EDITOR_PAGE;
    const standIn: DocsStandIn = {
      serveLiveEditor() {
        editorPage = LIVE_EDITOR_PAGE;
      },
      serve(next, options = {}) {
        answer = next;
        onlyToBackground = options.onlyToBackground ?? false;
      },
      exportRequests: [],
      exportUrls: [],
      docsRequests: [],
    };
    // Registered after the shared catch-all, so it is consulted first.
    await context.route('https://docs.google.com/**', async (route: Route) => {
      const url = route.request().url();
      standIn.docsRequests.push(url);
      if (EDITORS.has(url)) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: editorPage });
      if (EXPORTS.has(url)) {
        const fromServiceWorker = route.request().serviceWorker() !== null;
        standIn.exportRequests.push({ fromServiceWorker });
        standIn.exportUrls.push(url);
        const login = answer === 'login' || (onlyToBackground && !fromServiceWorker);
        if (login) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: LOGIN_PAGE });
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-disposition': 'attachment; filename="Cabinet report.html"' },
          body: buildDocsExport(answer as Block[]),
        });
      }
      return route.fulfill({ status: 404, body: '' });
    });
    await use(standIn);
  },
});

export { expect };

/** For `test.use`: the editor pages the tests open and that document's exports. */
export const DOCS_ALLOWED_URLS = [...EDITORS.keys(), ...EXPORTS];

export async function openDoc(context: BrowserContext, openSidePanel: (page: Page) => Promise<Page>, address = EDITOR_URL): Promise<{ doc: Page; panel: Page }> {
  const doc = await context.newPage();
  await doc.goto(address);
  const panel = await openSidePanel(doc);
  // The panel opens as a tab; put the document back in front, as it is beside a real side panel.
  await doc.bringToFront();
  return { doc, panel };
}

/** The Docs content script's current results, asked for as the panel asks. */
export async function docResults(serviceWorker: Worker, tabId: number) {
  return serviceWorker.evaluate(async (id) => {
    const reply = (await chrome.tabs.sendMessage(id, { type: 'get-results' })) as { ok: boolean; value: Record<string, unknown> };
    return reply.value as { timings?: { extract: number; lint: number; total: number }; googleDocs: { words: number; via: string } };
  }, tabId);
}

