/**
 * "Ignore on this site" in the side panel: the keyboard's way to the hover card's "Ignore
 * this phrase". It does what the card's button does (stores the phrase in the site's ignore
 * list, then checks the page again), then says what happened, how to undo it, and puts
 * focus back in the findings list, on the finding that took the ignored one's place.
 *
 * Plain DOM and injected messaging, so it is unit-tested without a browser.
 */
import type { Finding } from '../engine/finding.ts';
import type { PageResults } from './messages.ts';
import { isGoogleDocsResults } from './google-docs/results.ts';

/** The text "Ignore this phrase" ignores for a finding: what was flagged, on one line. */
export function phraseOf(finding: Pick<Finding, 'actual'>): string {
  return finding.actual.replace(/\s+/g, ' ').trim();
}

export interface IgnoreWording {
  /** The button's visible label. */
  label: string;
  /** Where the phrase is ignored, for sentences: "on this site". */
  where: string;
}

/**
 * Phrases are ignored per site. For a Google Doc the site is docs.google.com, so the phrase
 * is ignored in every Google Doc: say so rather than "on this site".
 */
export function ignoreWording(results: PageResults | null): IgnoreWording {
  return isGoogleDocsResults(results)
    ? { label: 'Ignore in Google Docs', where: 'in all your Google Docs' }
    : { label: 'Ignore on this site', where: 'on this site' };
}

/** The accessible name of a finding's ignore button: the visible label first, then the phrase. */
export function ignoreButtonName(wording: IgnoreWording, finding: Pick<Finding, 'actual'>): string {
  const phrase = phraseOf(finding);
  return `${wording.label}: ${phrase.length > 80 ? `${phrase.slice(0, 79)}…` : phrase}`;
}

export interface PanelIgnoreDeps {
  /** Store the phrase in the ignore list of the site at `url` (the background's `ignore-phrase`). */
  ignorePhrase(url: string, phrase: string): Promise<unknown>;
  /** Check the page again ("Check this page"); its results arrive through the panel's render. */
  recheck(): Promise<void>;
  /** Say something in the panel's status line. */
  announce(message: string): void;
  /** The panel's document (tests pass their own). */
  root?: Document;
}

/** The finding buttons in the panel, in the order a keyboard reaches them. */
const FINDINGS = '#findings-body button.finding';

export class PanelIgnore {
  private pending: { phrase: string; where: string; position: number } | null = null;
  private readonly doc: Document;

  constructor(private readonly deps: PanelIgnoreDeps) {
    this.doc = deps.root ?? document;
  }

  /**
   * Ignore the phrase of finding `index` of `results`. `from` is the control that asked (its
   * place in the list is where focus returns). Resolves once the page has been checked again.
   */
  async ignore(results: PageResults | null, index: number, from?: Element | null): Promise<void> {
    const finding = results?.findings[index];
    const phrase = finding ? phraseOf(finding) : '';
    if (!results || !phrase) return;
    const buttons = Array.from(this.doc.querySelectorAll(FINDINGS));
    const item = from?.closest('li');
    const own = item ? buttons.findIndex((button) => item.contains(button)) : -1;
    const position = own >= 0 ? own : Math.max(0, buttons.findIndex((button) => (button as HTMLElement).dataset.index === String(index)));
    const { where } = ignoreWording(results);
    try {
      await this.deps.ignorePhrase(results.page.url, phrase);
    } catch (error) {
      this.deps.announce(`“${phrase}” was not ignored: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.pending = { phrase, where, position };
    this.deps.announce(`Ignored “${phrase}” ${where}. Checking the page again…`);
    await this.deps.recheck();
  }

  /**
   * Call after the panel has drawn new results. Once the re-check has finished, say what was
   * ignored and how to undo it, and put focus on the finding now in the ignored one's place
   * (or on the findings heading when none is left). Returns the message, or null when there
   * was nothing to do; the caller shows it instead of its usual status line.
   */
  afterRender(results: PageResults | null, status: string): string | null {
    const pending = this.pending;
    if (!pending || !results || results.status === 'checking' || results.status === 'idle') return null;
    this.pending = null;
    const message = `Ignored “${pending.phrase}” ${pending.where}. To undo, choose “Stop ignoring” under “This site”. ${status}`;
    this.deps.announce(message);
    this.restoreFocus(pending.position);
    return message;
  }

  private restoreFocus(position: number): void {
    const buttons = Array.from(this.doc.querySelectorAll<HTMLElement>(FINDINGS)).filter((button) => !button.closest('[hidden]'));
    const target = buttons[Math.min(position, buttons.length - 1)];
    if (target) {
      target.focus();
      return;
    }
    // No findings left (or the check failed and the list is hidden): the heading, else the status line.
    const heading = [this.doc.getElementById('findings-heading'), this.doc.getElementById('status')].find(
      (candidate): candidate is HTMLElement => candidate !== null && !candidate.closest('[hidden]'),
    );
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
