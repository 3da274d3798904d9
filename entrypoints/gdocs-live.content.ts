/**
 * EXPERIMENTAL (off by default; Settings ▸ "Live Google Docs text"). A MAIN-world script the
 * background registers only while that setting is on. It sets Docs' annotated-canvas flag to
 * our own extension id before Docs boots and passes the live text to our isolated content
 * script on request. See shared/dom/google-docs/live-bridge.ts.
 */
import { defineContentScript } from '#imports';
import { startPageSide } from '../shared/dom/google-docs/live-bridge.ts';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  registration: 'runtime',
  main() {
    startPageSide(window);
  },
});
