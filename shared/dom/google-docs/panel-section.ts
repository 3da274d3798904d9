/**
 * The Google Docs part of the side panel. The panel renders a Docs tab's summary and
 * findings exactly as for a web page; this module adds what only Docs needs:
 * - keeps a port open to the Docs tab while the panel shows it (checks run only then);
 * - a status box: when it last checked, and for a failed fetch what happened and what to do;
 * - under each finding, the sentence it is in with "Copy sentence", because Docs paints on
 *   a canvas and the panel cannot scroll the editor to it: the officer pastes the sentence
 *   into the editor's own Find box instead. Choosing a finding copies its sentence too.
 *
 * Plain DOM and an injected `connect`, so it is unit-tested without a browser.
 */
import { copyText } from '../clipboard.ts';
import type { PageResults } from '../messages.ts';
import { googleDocFromUrl } from './document-id.ts';
import { isGoogleDocsResults, WATCH_PORT, type GoogleDocsResults } from './results.ts';
import { showWebPageSections } from './earlier-findings.ts';

export interface WatchPort {
  disconnect(): void;
  onDisconnect: { addListener(callback: () => void): void };
  onMessage?: { addListener(callback: (message: unknown) => void): void };
}

/** A Docs tab still loading has no content script yet: try again this often, this many times. */
const RETRY_MS = 1_000;
const MAX_RETRIES = 30;

export interface DocsPanelDeps {
  /** `browser.tabs.connect(tabId, { name })`. */
  connect(tabId: number, name: string): WatchPort;
  /** Say something in the panel's status line. */
  announce(message: string): void;
  /** Copy text; defaults to the clipboard, falling back to a selected text area. */
  copy?(text: string): Promise<void>;
  /** Where the panel lives (tests pass their own). */
  root?: Document;
}

const STYLE = `
.gdocs { border: 1px solid #d1d5db; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.gdocs h2 { margin: 0 0 4px; border: 0; font-size: 1rem; }
.gdocs .gdocs-problem { border-left: 4px solid #b91c1c; padding-left: 8px; margin: 6px 0; }
.gdocs .gdocs-problem h3 { margin: 0; color: #b91c1c; }
.gdocs p { margin: 4px 0; }
/* What to do: bold, and never smaller than the standing explanation (a .hint, 0.9rem). */
.gdocs .gdocs-what-to-do { font-weight: 600; font-size: 0.9rem; color: #1f2937; }
.gdocs .gdocs-how summary { cursor: pointer; color: #4b5563; }
.gdocs .gdocs-stale-toggle { padding: 2px 10px; }
.gdocs-sentence { margin: 4px 0 8px; padding: 4px 8px; border-left: 3px solid #d1d5db; color: #374151; font-size: 0.9rem; }
.gdocs-sentence blockquote { margin: 0 0 4px; }
`;

/** What the panel says differently on a Doc: element → its Docs wording. */
/** When the Docs script checks: the scheduler runs only while the tab is visible (scheduler.ts). */
export const WHEN_CHECKED =
  'It checks again when you pause typing, and every minute while this tab is on screen. While you are on another tab or the window is minimised it waits, and catches up when you come back.';

const WORDING: [string, string][] = [
  ['#check', 'Check again'],
  ['#findings .hint', 'Choose a finding, or “Copy sentence”, then find it in the document with Find (Ctrl+F, or ⌘F on a Mac).'],
];

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * "This site" on a Doc: the auto-check switch is hidden (a Doc is checked by its own script
 * while this panel shows it), so its "Off unless you turn it on" goes with it, and a line
 * says there is nothing to turn on.
 */
function siteNote(doc: Document, docs: boolean): void {
  const hint = doc.getElementById('auto-check-hint');
  if (hint) hint.hidden = docs;
  let note = doc.getElementById('gdocs-site-note');
  if (!docs) {
    note?.remove();
    return;
  }
  if (note) return;
  note = el(doc, 'p', 'hint', 'Google Docs: nothing to turn on. compact-proof checks the document open in this tab while this panel shows it.');
  note.id = 'gdocs-site-note';
  doc.getElementById('site-heading')?.after(note);
}

export class DocsPanel {
  private port: WatchPort | null = null;
  /** The Docs tab the panel shows, or null when it shows anything else. */
  private wantedTab: number | null = null;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly doc: Document;
  /** The earlier check whose findings the reader chose to see while a problem stands (its `checkedAt`). */
  private staleShownFor: string | null = null;
  /** The panel's own render, to redraw when the reader shows or hides stale findings. */
  private rerender: (() => void) | null = null;

  constructor(private readonly deps: DocsPanelDeps) {
    this.doc = deps.root ?? document;
  }

  /** The panel now shows `tabId` at `url`: watch it if it is a Google Doc, and stop watching any other. */
  follow(tabId: number | null, url: string): void {
    const wanted = tabId !== null && googleDocFromUrl(url) !== null ? tabId : null;
    if (wanted === this.wantedTab && (this.port || this.retryTimer !== undefined)) return;
    if (wanted !== this.wantedTab) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.port?.disconnect();
      this.port = null;
      this.retries = 0;
    }
    this.wantedTab = wanted;
    if (wanted !== null && !this.port) this.connect(wanted);
  }

  private connect(tabId: number): void {
    this.retryTimer = undefined;
    let port: WatchPort;
    try {
      port = this.deps.connect(tabId, WATCH_PORT);
    } catch {
      return;
    }
    this.port = port;
    // The content script says hello once it is watching: the connection is good.
    port.onMessage?.addListener(() => {
      this.retries = 0;
    });
    // No content script yet (the tab is still loading) or the tab navigated: try again shortly.
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      if (this.wantedTab !== tabId || this.retries >= MAX_RETRIES) return;
      this.retries += 1;
      this.retryTimer = setTimeout(() => {
        if (this.wantedTab === tabId && !this.port) this.connect(tabId);
      }, RETRY_MS);
    });
  }

  /**
   * The panel's status line on a Doc, or null to use the web page's. While a fetch problem
   * stands it is empty: the problem box (an alert) is the one message, never a second copy
   * or an old "Checked at …: N findings" beside it.
   */
  statusLine(results: PageResults | null): string | null {
    if (isGoogleDocsResults(results) && results.googleDocs.problem) return '';
    if (this.wantedTab === null && !isGoogleDocsResults(results)) return null;
    if (!results || results.status === 'idle') return 'This document has not been checked yet. Press “Check again” to check it now.';
    return null;
  }

  /** Called with the panel's render, so "Show the findings from …" can redraw it. */
  onRerender(rerender: () => void): void {
    this.rerender = rerender;
  }

  /**
   * Draw (or remove) the Docs status box and the sentences under each finding, and word the
   * panel for the kind of page shown: a Doc (the tab's address says so, even before its
   * results arrive) or a web page, whose wording comes back when the panel leaves a Doc.
   */
  render(results: PageResults | null): void {
    const existing = this.doc.getElementById('gdocs');
    const isDoc = isGoogleDocsResults(results);
    const docsWording = isDoc || this.wantedTab !== null;
    this.word(docsWording);
    // Auto-check would inject the web-page checker into Docs; a Doc is kept current by its own script.
    const autoCheck = this.doc.getElementById('auto-check')?.closest('p');
    if (autoCheck) autoCheck.hidden = docsWording;
    siteNote(this.doc, docsWording);
    showWebPageSections(this.doc, docsWording);
    if (!isDoc) {
      existing?.remove();
      return;
    }
    this.ensureStyle();
    const section = existing ?? this.createSection();
    section.replaceChildren(...this.statusBox(results));
    this.addSentences(results);
    this.hideStaleFindings(results);
  }

  /**
   * Findings from an earlier check stay out of sight while a problem stands, so nothing old
   * sits beside the error; "Show the findings from …" in the problem box brings them back.
   */
  private hideStaleFindings(results: GoogleDocsResults): void {
    const docs = results.googleDocs;
    if (!docs.problem || !docs.stale || this.staleShownFor === results.checkedAt) return;
    for (const id of ['summary', 'findings']) {
      const section = this.doc.getElementById(id);
      if (section) section.hidden = true;
    }
  }

  /** The first button's label and the findings hint, for a Doc or (as the page was written) for a web page. */
  private word(docs: boolean): void {
    for (const [selector, docsText] of WORDING) {
      const node = this.doc.querySelector<HTMLElement>(selector);
      if (!node) continue;
      // The page's own wording is the web-page wording: keep it to put back.
      node.dataset.webText ??= node.textContent ?? '';
      node.textContent = docs ? docsText : node.dataset.webText;
    }
  }

  /** A finding was chosen: on a Doc, copy its sentence (we cannot scroll a canvas). True when handled. */
  choose(results: PageResults | null, index: number): boolean {
    if (!isGoogleDocsResults(results)) return false;
    const sentence = results.googleDocs.sentences[index];
    if (sentence) void this.copySentence(sentence);
    return true;
  }

  private async copySentence(sentence: string): Promise<void> {
    await (this.deps.copy ? this.deps.copy(sentence) : copyText(sentence, this.doc));
    this.deps.announce('Sentence copied. In the document, press Ctrl+F (⌘F on a Mac) and paste it to find it.');
  }

  private ensureStyle(): void {
    if (this.doc.getElementById('gdocs-style')) return;
    const style = el(this.doc, 'style', undefined, STYLE);
    style.id = 'gdocs-style';
    this.doc.head.append(style);
  }

  private createSection(): HTMLElement {
    const section = el(this.doc, 'section', 'gdocs');
    section.id = 'gdocs';
    section.setAttribute('aria-labelledby', 'gdocs-heading');
    const anchor = this.doc.getElementById('status');
    if (anchor) anchor.after(section);
    else this.doc.body.append(section);
    return section;
  }

  private statusBox(results: GoogleDocsResults): HTMLElement[] {
    const docs = results.googleDocs;
    const heading = el(this.doc, 'h2', undefined, 'Google Doc');
    heading.id = 'gdocs-heading';
    const parts: HTMLElement[] = [heading];
    if (docs.problem) {
      // What to do comes straight after the heading, in bold: the reader acts on it.
      const box = el(this.doc, 'div', 'gdocs-problem');
      box.setAttribute('role', 'alert');
      box.dataset.state = docs.state;
      box.append(
        el(this.doc, 'h3', undefined, docs.problem.title),
        el(this.doc, 'p', 'gdocs-what-to-do', docs.problem.whatToDo),
        el(this.doc, 'p', 'gdocs-what-happened', docs.problem.message),
      );
      if (docs.stale && results.checkedAt) box.append(this.staleToggle(results.checkedAt));
      parts.push(box);
    } else {
      // No old "Last checked" line beside a problem: only when the last check worked.
      const checked = el(this.doc, 'p', 'gdocs-checked');
      checked.textContent = results.checkedAt
        ? `Last checked at ${timeOfDay(results.checkedAt)}${docs.words ? ` (${docs.words.toLocaleString('en-GB')} words)` : ''}.`
        : results.status === 'checking'
          ? 'Fetching the document’s saved text…'
          : 'Not checked yet.';
      parts.push(checked);
    }
    const source =
      docs.via === 'live'
        ? 'Experimental: compact-proof read the text live from the editor, including unsaved changes.'
        : 'compact-proof reads the document’s saved text, so it is a few seconds behind your typing.';
    // The standing explanation is there for whoever wants it, folded, below anything to act on.
    const how = el(this.doc, 'details', 'gdocs-how');
    how.append(el(this.doc, 'summary', undefined, 'How this document is kept checked'), el(this.doc, 'p', 'hint', `${source} ${WHEN_CHECKED}`));
    parts.push(how);
    return parts;
  }

  /** "Show the findings from the check at 14:02" (and back): a real button, with its state said. */
  private staleToggle(checkedAt: string): HTMLElement {
    const shown = this.staleShownFor === checkedAt;
    const toggle = el(
      this.doc,
      'button',
      'gdocs-stale-toggle',
      shown ? `Hide the findings from the check at ${timeOfDay(checkedAt)}` : `Show the findings from the earlier check, at ${timeOfDay(checkedAt)}`,
    );
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', String(shown));
    toggle.setAttribute('aria-controls', 'findings');
    toggle.addEventListener('click', () => {
      this.staleShownFor = shown ? null : checkedAt;
      this.rerender?.();
      this.doc.querySelector<HTMLElement>('.gdocs-stale-toggle')?.focus();
    });
    const line = el(this.doc, 'p', 'gdocs-stale');
    line.append(toggle);
    return line;
  }

  private addSentences(results: GoogleDocsResults): void {
    for (const button of Array.from(this.doc.querySelectorAll<HTMLElement>('#findings-body button.finding[data-index]'))) {
      const index = Number(button.dataset.index);
      const sentence = results.googleDocs.sentences[index];
      const item = button.parentElement;
      if (!sentence || !item || item.querySelector('.gdocs-sentence')) continue;
      const box = el(this.doc, 'div', 'gdocs-sentence');
      const copy = el(this.doc, 'button', 'gdocs-copy', 'Copy sentence');
      copy.type = 'button';
      // The visible words start the name (WCAG 2.5.3, label in name), so "click Copy sentence" works by voice.
      copy.setAttribute('aria-label', `Copy sentence: ${sentence.slice(0, 80)}`);
      copy.addEventListener('click', () => void this.copySentence(sentence));
      box.append(el(this.doc, 'blockquote', undefined, sentence), copy);
      item.append(box);
    }
  }
}
