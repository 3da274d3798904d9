/**
 * The Google Docs content script's brain: keep one document's findings current while a
 * side panel is watching it. On each check it fetches the saved text from the export,
 * converts it to text and headings here (the page has DOMParser; the background worker
 * does not), asks the background worker to lint it with the user's settings, quotes each
 * finding's sentence and announces the results to the panel.
 *
 * It knows nothing of the extension APIs: fetching, linting and announcing are passed in.
 */
import type { CheckSummary, PageResults } from '../messages.ts';
import type { Finding } from '../../engine/finding.ts';
import type { GoogleDocRef } from './document-id.ts';
import { getExport, type ExportOutcome, type ExportSources } from './export-fetch.ts';
import { countWords, docsTextFromHtml, type DocsHeading, type DocsText } from './export-html.ts';
import { CheckScheduler, type CheckReason, type CheckResult, type Clock, type SchedulerTimings } from './scheduler.ts';
import type { GoogleDocsResults } from './results.ts';
import { sentenceAround } from './sentence.ts';
import { describeProblem, type DocsProblem, type ProblemDetails } from './states.ts';

/** About 300 pages of a committee paper; beyond this, use the CLI on a downloaded copy. */
export const MAX_WORDS = 150_000;

/** Without a panel's port, keep checking this long after the panel last asked. */
const UNWATCHED_GRACE_MS = 5 * 60_000;

export interface LintAnswer {
  findings: Finding[];
  summary: CheckSummary;
  ignoredPhrases: string[];
  autoCheck: boolean;
}

export interface DocsWatcherDeps {
  doc: GoogleDocRef;
  url(): string;
  title(): string;
  sources: ExportSources;
  lint(text: string, headings: DocsHeading[], url: string): Promise<LintAnswer>;
  /**
   * EXPERIMENTAL: the live, unsaved text through Docs' annotated-canvas hook (live-bridge.ts),
   * or null when it is not available; then the export is used as usual.
   */
  liveText?(): Promise<string | null>;
  announce(results: GoogleDocsResults): void;
  isVisible(): boolean;
  parser?: DOMParser;
  clock?: Clock;
  timings?: Partial<SchedulerTimings>;
  /** A fine-grained clock for the timings we report (performance.now in the browser). */
  stopwatch?: () => number;
  maxWords?: number;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** "Cabinet report - Google Docs" → "Cabinet report". */
export function documentTitle(pageTitle: string): string {
  return pageTitle.replace(/\s+-\s+Google Docs\s*$/, '').trim() || 'Untitled document';
}

/**
 * Live text from the annotated-canvas hook: one line per paragraph, with Docs' control
 * characters. Make each paragraph a block for the engine; there are no headings.
 */
export function liveDocsText(live: string): DocsText {
  const text = live
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, headings: [], words: countWords(text) };
}

export class DocsWatcher {
  readonly scheduler: CheckScheduler;
  private results: GoogleDocsResults;
  /** The last text linted (the export's HTML, or the live text), to skip linting it again. */
  private lastSource: string | null = null;
  private forceLint = true;
  private ports = 0;
  private lastAskedAt = 0;
  private started = false;
  private waiters: ((results: GoogleDocsResults) => void)[] = [];
  private readonly stopwatch: () => number;

  constructor(private readonly deps: DocsWatcherDeps) {
    this.stopwatch = deps.stopwatch ?? (() => Date.now());
    this.scheduler = new CheckScheduler({
      check: (reason) => this.runCheck(reason),
      isVisible: () => deps.isVisible(),
      clock: deps.clock,
      timings: deps.timings,
      onStatus: (status) => {
        this.results.googleDocs.nextCheckAt = iso(status.nextCheckAt);
      },
    });
    this.results = {
      status: 'idle',
      page: { title: documentTitle(deps.title()), url: deps.url() },
      checkedAt: null,
      findings: [],
      summary: null,
      ignoredPhrases: [],
      autoCheck: false,
      googleDocs: {
        documentId: deps.doc.id,
        state: 'ok',
        problem: null,
        lastAttemptAt: null,
        nextCheckAt: null,
        stale: false,
        words: 0,
        sentences: [],
        via: null,
      },
    };
  }

  get current(): GoogleDocsResults {
    return this.results;
  }

  /** A side panel opened a port to this tab: start checking (once) and keep going while it is open. */
  addWatcher(): void {
    this.ports += 1;
    this.ensureStarted();
  }

  removeWatcher(): void {
    this.ports = Math.max(0, this.ports - 1);
  }

  /** The panel asked for results: start checking if nothing has yet. */
  getResults(): GoogleDocsResults {
    this.lastAskedAt = this.now();
    this.ensureStarted();
    return this.results;
  }

  /** "Check again": fetch and lint now, even if the text has not changed (settings may have). */
  check(): Promise<GoogleDocsResults> {
    this.lastAskedAt = this.now();
    this.forceLint = true;
    const done = new Promise<GoogleDocsResults>((resolve) => this.waiters.push(resolve));
    if (!this.started) {
      this.started = true;
      this.scheduler.checkNow('user');
    } else this.scheduler.checkNow('user');
    return done;
  }

  noteEdit(): void {
    if (this.started) this.scheduler.noteEdit();
  }

  setVisible(visible: boolean): void {
    if (this.started) this.scheduler.setVisible(visible);
  }

  backOnline(): void {
    if (this.started) this.scheduler.checkNow('online');
  }

  stop(): void {
    this.scheduler.stop();
    this.started = false;
  }

  private now(): number {
    return (this.deps.clock ?? { now: () => Date.now() }).now();
  }

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    this.scheduler.start();
  }

  /** Nobody is looking: no open panel port and no request for a while. */
  private unwatched(): boolean {
    return this.ports === 0 && this.now() - this.lastAskedAt > UNWATCHED_GRACE_MS;
  }

  private async runCheck(reason: CheckReason): Promise<CheckResult> {
    if (reason !== 'user' && this.unwatched()) {
      this.stop();
      return 'unchanged';
    }
    this.results.status = 'checking';
    this.results.page = { title: documentTitle(this.deps.title()), url: this.deps.url() };
    this.announce();

    const attemptedAt = this.now();
    const began = this.stopwatch();
    const live = this.deps.liveText ? await this.deps.liveText().catch(() => null) : null;
    let outcome: ExportOutcome;
    if (live !== null) outcome = { state: 'ok', html: '', via: 'page' };
    else {
      try {
        outcome = await getExport(this.deps.doc, this.deps.sources);
      } catch {
        outcome = { state: 'export-failed', details: {} };
      }
    }
    const fetched = this.stopwatch();
    this.results.googleDocs.lastAttemptAt = iso(attemptedAt);

    if (outcome.state !== 'ok') return this.fail(outcome.state, outcome.details);

    const source = live !== null ? `live\n${live}` : outcome.html;
    const changed = source !== this.lastSource;
    if (!changed && !this.forceLint) {
      this.succeed();
      return 'unchanged';
    }

    const { text, headings, words } = live !== null ? liveDocsText(live) : docsTextFromHtml(outcome.html, this.deps.parser);
    const maxWords = this.deps.maxWords ?? MAX_WORDS;
    if (words > maxWords) return this.fail('too-large', { words, limitWords: maxWords });
    const converted = this.stopwatch();

    let answer: LintAnswer;
    try {
      answer = await this.deps.lint(text, headings, this.deps.url());
    } catch (error) {
      // The text arrived; it was our checking that failed. Say so, not that Google failed.
      return this.fail('lint-failed', { reason: error instanceof Error ? error.message : String(error) });
    }
    const linted = this.stopwatch();

    this.lastSource = source;
    this.forceLint = false;
    Object.assign(this.results, {
      findings: answer.findings,
      summary: answer.summary,
      ignoredPhrases: answer.ignoredPhrases,
      autoCheck: answer.autoCheck,
      timings: { extract: converted - fetched, lint: linted - converted, paint: 0, total: linted - began },
    });
    this.results.googleDocs.words = words;
    this.results.googleDocs.via = live !== null ? 'live' : outcome.via;
    this.results.googleDocs.sentences = answer.findings.map((finding) => sentenceAround(text, finding.offset, finding.endOffset).text);
    this.succeed();
    return changed ? 'changed' : 'unchanged';
  }

  private succeed(): void {
    this.results.status = 'done';
    this.results.checkedAt = iso(this.now());
    this.results.error = undefined;
    Object.assign(this.results.googleDocs, { state: 'ok', problem: null, stale: false });
    this.announce();
  }

  private fail(state: DocsProblem, details: ProblemDetails): CheckResult {
    // The scheduler plans the retry after this returns; say when it will be.
    const retryAt = this.now() + this.scheduler.backoffMs(this.scheduler.status.failures + 1);
    const problem = describeProblem(state, { ...details, retryAt }, this.now());
    const stale = this.results.checkedAt !== null;
    // With findings from an earlier check, keep showing them (marked stale) rather than nothing.
    this.results.status = stale ? 'done' : 'error';
    this.results.error = `${problem.message} ${problem.whatToDo}`;
    Object.assign(this.results.googleDocs, { state, problem, stale });
    this.announce();
    return 'failed';
  }

  private announce(): void {
    const snapshot = structuredClone(this.results);
    this.deps.announce(snapshot);
    if (this.results.status !== 'checking') {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve(snapshot);
    }
  }
}
