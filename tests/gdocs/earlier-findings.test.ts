// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageResults } from '../../shared/dom/messages.ts';
import type { GoogleDocsResults } from '../../shared/dom/google-docs/results.ts';
import { describeProblem } from '../../shared/dom/google-docs/states.ts';
import { DocsPanel } from '../../shared/dom/google-docs/panel-section.ts';
import { EARLIER_ONLY_REASON, earlierFindingsOnly, holdActionsOnEarlierFindings } from '../../shared/dom/google-docs/earlier-findings.ts';

import { DOC_URL, docsResults } from './docs-results.ts';

/** A Doc of ten words and no sentences: these tests look at the actions, not the text. */
const docResults = (overrides: Partial<GoogleDocsResults['googleDocs']> = {}): GoogleDocsResults => docsResults({ words: 10, sentences: [], ...overrides });

const signedOutWithEarlier = () => docResults({ state: 'signed-out', problem: describeProblem('signed-out'), stale: true });
const webPage = (): PageResults => ({ ...docResults(), googleDocs: undefined } as unknown as PageResults);

beforeEach(() => {
  document.body.innerHTML = `
    <button id="check">Check this page</button>
    <div class="actions"><button id="copy">Copy report</button><span id="extra-actions"><button id="action-challenge-letter">Draft a challenge letter</button></span></div>
    <p id="actions-note" aria-live="polite"></p>
    <p id="status"></p>
    <div id="linked-docs-holder"><h2>Linked documents</h2></div>
    <div id="hub-audit-holder"><h2>Consultation hub</h2></div>`;
});

const copy = () => document.getElementById('copy') as HTMLButtonElement;
const letter = () => document.getElementById('action-challenge-letter') as HTMLButtonElement;
const note = () => document.getElementById('actions-note')!;

describe('earlierFindingsOnly', () => {
  it('is true only for a Doc whose last check failed while an earlier check’s findings are kept', () => {
    expect(earlierFindingsOnly(signedOutWithEarlier())).toBe(true);
    expect(earlierFindingsOnly(docResults())).toBe(false);
    // Failed with nothing earlier: no findings to misuse (the panel already has nothing to copy).
    expect(earlierFindingsOnly(docResults({ state: 'signed-out', problem: describeProblem('signed-out'), stale: false }))).toBe(false);
    expect(earlierFindingsOnly(webPage())).toBe(false);
    expect(earlierFindingsOnly(null)).toBe(false);
  });
});

describe('holdActionsOnEarlierFindings', () => {
  it('turns off the report and the letter and says why, named as each button’s description', () => {
    holdActionsOnEarlierFindings(document, signedOutWithEarlier());
    expect(copy().disabled).toBe(true);
    expect(letter().disabled).toBe(true);
    expect(note().textContent).toBe(EARLIER_ONLY_REASON);
    expect(EARLIER_ONLY_REASON).toMatch(/^Check the document again first: the last check failed\./);
    expect(copy().getAttribute('aria-describedby')).toBe('actions-note');
    expect(letter().getAttribute('aria-describedby')).toBe('actions-note');
  });

  it('once a check works, leaves the buttons as the panel set them and empties the reason', () => {
    holdActionsOnEarlierFindings(document, signedOutWithEarlier());
    // The panel re-enables them for good results, then calls this again.
    copy().disabled = false;
    letter().disabled = false;
    holdActionsOnEarlierFindings(document, docResults());
    expect(copy().disabled).toBe(false);
    expect(letter().disabled).toBe(false);
    expect(note().textContent).toBe('');
    expect(copy().hasAttribute('aria-describedby')).toBe(false);
  });

  it('never turns a button on that the panel turned off', () => {
    copy().disabled = true;
    holdActionsOnEarlierFindings(document, docResults());
    expect(copy().disabled).toBe(true);
  });

  it('does not rewrite the reason at each redraw, so a screen reader says it once', () => {
    holdActionsOnEarlierFindings(document, signedOutWithEarlier());
    const text = note().firstChild;
    holdActionsOnEarlierFindings(document, signedOutWithEarlier());
    expect(note().firstChild).toBe(text);
  });
});

describe('web-page-only sections', () => {
  const panel = () => new DocsPanel({ connect: () => ({ disconnect() {}, onDisconnect: { addListener() {} } }), announce() {} });

  it('“Linked documents” and “Consultation hub” are hidden on a Doc and back on a web page', () => {
    const docs = panel();
    docs.render(docResults());
    expect(document.getElementById('linked-docs-holder')!.hidden).toBe(true);
    expect(document.getElementById('hub-audit-holder')!.hidden).toBe(true);
    docs.render(webPage());
    expect(document.getElementById('linked-docs-holder')!.hidden).toBe(false);
    expect(document.getElementById('hub-audit-holder')!.hidden).toBe(false);
  });

  it('are hidden as soon as the tab’s address says it is a Doc, before its results arrive', () => {
    const docs = panel();
    docs.follow(7, DOC_URL);
    docs.render(null);
    expect(document.getElementById('linked-docs-holder')!.hidden).toBe(true);
    expect(document.getElementById('hub-audit-holder')!.hidden).toBe(true);
  });
});
