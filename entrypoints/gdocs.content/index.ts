/**
 * The Google Docs content script, on every Google Doc. Docs paints its text on a canvas,
 * so instead of reading the page we fetch the document's saved text from its own export
 * endpoint (same origin, the user's own session) while a side panel is watching this tab.
 * It answers the side panel exactly as the web-page content script does (`get-results`,
 * `check`), so the panel shows Docs findings with the same summary and grouping.
 *
 * Until a panel asks, it only listens: no request is made for a document nobody checks.
 * All the work is in shared/dom/google-docs/.
 */
import { browser, defineContentScript } from '#imports';
import { createListener, request, type BackgroundApi, type ContentApi, type ResultsChanged } from '../../shared/dom/messages.ts';
import type { BackgroundExportReply } from '../../shared/dom/google-docs/background-export.ts';
import { DOCS_MATCHES, googleDocFromUrl } from '../../shared/dom/google-docs/document-id.ts';
import { watchForEdits } from '../../shared/dom/google-docs/edit-signals.ts';
import { fetchExport } from '../../shared/dom/google-docs/export-fetch.ts';
import { WATCH_PORT, type BackgroundExportRequest } from '../../shared/dom/google-docs/results.ts';
import { DocsWatcher } from '../../shared/dom/google-docs/watcher.ts';
import { LIVE_TEXT_SETTING, requestLiveText } from '../../shared/dom/google-docs/live-bridge.ts';

const INSTANCE = Symbol.for('compact-proof.gdocs-watcher');

export default defineContentScript({
  // Both account forms: /document/… (and /document/u/1/…) and /u/1/document/….
  matches: DOCS_MATCHES,
  runAt: 'document_start',
  main() {
    const doc = googleDocFromUrl(location.href);
    const scope = globalThis as typeof globalThis & { [INSTANCE]?: DocsWatcher };
    // Not a document, or injected a second time (the background injects it into Docs tabs
    // opened before the extension was installed): the first instance does the work.
    if (!doc || scope[INSTANCE]) return;

    const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
    // EXPERIMENTAL live text. Both halves of the bridge (the MAIN-world script and the one that
    // offers it our id, gdocs-live-id) are registered only while the setting is on, so this
    // script never tells the page our id; it only asks for live text when the setting is on.
    let liveTextOn = false;
    void browser.storage.local.get(LIVE_TEXT_SETTING).then((stored) => {
      liveTextOn = stored[LIVE_TEXT_SETTING] === true;
    });
    const watcher = new DocsWatcher({
      doc,
      url: () => location.href,
      title: () => document.title,
      sources: {
        fromPage: (target) => fetchExport(target, (input, init) => fetch(input, init), 'same-origin'),
        fromBackground: async (target) => {
          const message: BackgroundExportRequest = { type: 'gdocs-export', doc: target };
          const reply = (await browser.runtime.sendMessage(message)) as BackgroundExportReply | undefined;
          if (!reply) throw new Error('The background worker did not answer.');
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        },
        isOnline: () => navigator.onLine,
      },
      lint: (text, headings, url) => request<BackgroundApi, 'lint'>(toBackground, { type: 'lint', text, headings, url }),
      announce: (results) => {
        const message: ResultsChanged = { type: 'results-changed', results };
        // Nobody may be listening (side panel closed): that is fine.
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      liveText: () => (liveTextOn ? requestLiveText(document) : Promise.resolve(null)),
      isVisible: () => document.visibilityState === 'visible',
      stopwatch: () => performance.now(),
    });
    scope[INSTANCE] = watcher;

    browser.runtime.onMessage.addListener(
      createListener<ContentApi, unknown>({
        check: () => watcher.check(),
        'get-results': () => watcher.getResults(),
        // Docs paints on a canvas we do not control: the panel offers "Copy sentence" instead.
        reveal: () => ({ revealed: false }),
      }),
    );

    // A side panel showing this tab holds a port open; checks run while one is open.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== WATCH_PORT) return;
      watcher.addWatcher();
      port.onDisconnect.addListener(() => watcher.removeWatcher());
      port.postMessage({ type: 'watching' });
    });

    // Start the engine while the document loads, so the first check of a session is not cold
    // (shared/dom/warm-up.ts); once per background worker, in the page's idle time.
    const warmUp = () => void request<BackgroundApi, 'warm-up'>(toBackground, { type: 'warm-up' }).catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warmUp, { timeout: 3000 });
    else setTimeout(warmUp, 1000);

    watchForEdits(document, () => watcher.noteEdit());
    document.addEventListener('visibilitychange', () => watcher.setVisible(document.visibilityState === 'visible'));
    window.addEventListener('online', () => watcher.backOnline());
  },
});
