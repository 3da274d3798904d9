/**
 * The side panel on a Google Doc, where parts of a web page's panel would mislead:
 * - while the last check failed (signed out, export refused…) the findings on hand are an
 *   earlier check's, so "Copy report" and "Draft a challenge letter" are turned off, with the
 *   reason beside them, until a check works. Both are documents an officer sends to someone
 *   else, who will read them as the state of the document now; a report or letter from a
 *   check that may be out of date should not leave the panel without a fresh check.
 * - "Linked documents" and "Consultation hub" read a web page's links and consultation
 *   listings; a Doc has neither, so those sections are hidden there.
 *
 * Plain DOM on an injected document, so it is unit-tested without a browser.
 */
import type { PageResults } from '../messages.ts';
import { isGoogleDocsResults } from './results.ts';

/** Shown beside the turned-off actions, and read out (aria-live) when it appears. */
export const EARLIER_ONLY_REASON = 'Check the document again first: the last check failed. “Copy report” and “Draft a challenge letter” wait for a check that works.';

/** The actions that send findings on: the report and every extra action (the letter). */
const SENDING_ACTIONS = '#copy, #extra-actions button';
/** Sections that only apply to a web page. */
const WEB_PAGE_ONLY = ['linked-docs-holder', 'hub-audit-holder'];

/** True when the panel has only an earlier check's findings: the last check of this Doc failed. */
export function earlierFindingsOnly(results: PageResults | null | undefined): boolean {
  return isGoogleDocsResults(results) && results.googleDocs.problem !== null && results.googleDocs.stale;
}

/**
 * Turn off the report and letter while only earlier findings are on hand, and say why in
 * `#actions-note` (which each turned-off button names as its description). Call after the
 * panel has set the buttons for the results; it only ever turns them off.
 */
export function holdActionsOnEarlierFindings(doc: Document, results: PageResults | null | undefined): void {
  const hold = earlierFindingsOnly(results);
  const note = doc.getElementById('actions-note');
  const reason = hold ? EARLIER_ONLY_REASON : '';
  // Only a change is written, so screen readers hear the reason once, not at every redraw. The
  // note stays in the page while empty: a live region that appears with its text is often not read.
  if (note && note.textContent !== reason) note.textContent = reason;
  for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>(SENDING_ACTIONS))) {
    if (hold) {
      button.disabled = true;
      if (note) button.setAttribute('aria-describedby', note.id);
    } else if (button.getAttribute('aria-describedby') === 'actions-note') {
      button.removeAttribute('aria-describedby');
    }
  }
}

/** Hide the web-page-only sections on a Doc, and show them again on a web page. */
export function showWebPageSections(doc: Document, isDoc: boolean): void {
  for (const id of WEB_PAGE_ONLY) {
    const holder = doc.getElementById(id);
    if (holder) holder.hidden = isDoc;
  }
}
