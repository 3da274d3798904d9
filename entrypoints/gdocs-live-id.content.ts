/**
 * EXPERIMENTAL (off by default; Settings ▸ "Live Google Docs text"). The isolated-world half of
 * the live-text bridge: it offers our extension id to the MAIN-world script (gdocs-live) before
 * Docs boots. Like that script, it is not in the manifest: the background registers it only
 * while the setting is on, so with the setting off no Google Docs page is ever told our id.
 * See shared/dom/google-docs/live-bridge.ts.
 */
import { browser, defineContentScript } from '#imports';
import { DOCS_MATCHES } from '../shared/dom/google-docs/document-id.ts';
import { offerExtensionId } from '../shared/dom/google-docs/live-bridge.ts';

export default defineContentScript({
  matches: DOCS_MATCHES,
  runAt: 'document_start',
  registration: 'runtime',
  main() {
    offerExtensionId(document, browser.runtime.id);
  },
});
