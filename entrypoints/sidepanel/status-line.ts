/**
 * The side panel's status line: what happened last, or, before anything has, the one thing
 * to do next that works for this tab (shared/dom/page-access.ts says which).
 */
import type { PageResults } from '../../shared/dom/messages.ts';
import { notCheckedText, refusalText, type Refusal } from '../../shared/dom/page-access.ts';
import { statusText } from './render.ts';

export interface StatusInputs {
  results: PageResults | null;
  /** The tab's address, or '' when the browser does not show it (compact-proof may not read the tab). */
  url: string;
  /** A toolbar click the browser refused on this tab, if any. */
  refusal: Refusal | null;
  /** The Google Docs panel's own line, or null (DocsPanel.statusLine). */
  docsLine: string | null;
}

export function panelStatus({ results, url, refusal, docsLine }: StatusInputs): string {
  if (docsLine !== null) return docsLine;
  const unchecked = !results || results.status === 'idle';
  if (unchecked && refusal) return refusalText(refusal);
  if (unchecked) return notCheckedText(url, url !== '');
  return statusText(results);
}
