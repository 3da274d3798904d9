/**
 * EXPERIMENTAL (off by default; Settings ▸ "Live Google Docs text"). A MAIN-world script the
 * background registers only while that setting is on. It sets Docs' annotated-canvas flag to
 * our own extension id before Docs boots and passes the live text to our isolated content
 * script on request. See shared/dom/google-docs/live-bridge.ts.
 */
import { defineContentScript } from '#imports';
import { DOCS_MATCHES } from '../shared/dom/google-docs/document-id.ts';
import { startPageSide } from '../shared/dom/google-docs/live-bridge.ts';

export default defineContentScript({
  // Both account forms: /document/… (and /document/u/1/…) and /u/1/document/….
  matches: DOCS_MATCHES,
  runAt: 'document_start',
  world: 'MAIN',
  registration: 'runtime',
  main() {
    startPageSide(window);
  },
});
