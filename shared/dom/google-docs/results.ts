/**
 * What the Google Docs content script tells the side panel: the same `PageResults` a web
 * page's content script sends (so the panel's summary and grouped findings work unchanged),
 * plus a `googleDocs` part with what only Docs needs: the state of the last fetch with its
 * message, when it last checked, and each finding's sentence for "Copy sentence".
 */
import type { PageResults } from '../messages.ts';
import type { GoogleDocRef } from './document-id.ts';
import type { DocsState, StateMessage } from './states.ts';

export interface GoogleDocsExtras {
  /** The document id (never the text) so the panel can tell documents apart. */
  documentId: string;
  /** How the last attempt went. */
  state: DocsState;
  /** For any state but `ok`: what happened and what to do. */
  problem: StateMessage | null;
  /** ISO timestamp of the last attempt, successful or not. */
  lastAttemptAt: string | null;
  /** ISO timestamp of the next automatic check, when one is planned (current in answers to `get-results`). */
  nextCheckAt: string | null;
  /** True when the findings shown come from an earlier, successful check (the last one failed). */
  stale: boolean;
  /** Words in the checked text. */
  words: number;
  /** For each finding (same order as `findings`), the sentence it is in. */
  sentences: string[];
  /** Whether the text came through the page's own request, the background worker's, or (experimental) live from the editor. */
  via: 'page' | 'background' | 'live' | null;
}

export type GoogleDocsResults = PageResults & { googleDocs: GoogleDocsExtras };

export function isGoogleDocsResults(results: PageResults | null | undefined): results is GoogleDocsResults {
  return !!results && typeof (results as Partial<GoogleDocsResults>).googleDocs === 'object' && (results as GoogleDocsResults).googleDocs !== null;
}

/** The port a side panel opens to a Docs tab while it shows that tab; checks run only while one is open. */
export const WATCH_PORT = 'compact-proof:gdocs-watch';

/** The request the content script sends the background worker when its own fetch is refused. */
export interface BackgroundExportRequest {
  type: 'gdocs-export';
  doc: GoogleDocRef;
}

/** Where WXT writes the Docs content script; the background injects it from here into a Docs tab opened before install. */
export const GDOCS_SCRIPT_FILE = '/content-scripts/gdocs.js';
