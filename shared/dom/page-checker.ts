/**
 * Everything the content script does in a page, wired together:
 * extract the visible text (in slices) → ask the background to lint it → map findings to
 * ranges and paint highlights (in chunks) → show a hover card under the pointer → scroll to
 * a finding on request → re-check after the page changes (debounced).
 *
 * The page's main thread only ever does short slices of work; the linting itself happens in
 * the background worker. Dependencies (linting, storage, the Highlight API) are passed in,
 * so this class knows nothing of the extension APIs.
 */
import { severityRank, type Finding } from '../engine/finding.ts';
import {
  defaultYield,
  extractVisibleTextInSlices,
  OWN_UI_TAG,
  rangeForOffsets,
  readableFrameBody,
  segmentIndex,
  type ExtractedHeading,
  type ExtractedText,
} from './extract.ts';
import { findMainContent } from './main-content.ts';
import { HighlightPainter, installHighlightStyles, type HighlightApi, type PaintItem } from './highlight.ts';
import { HoverCard, type CardContent, type ShowReason } from './hover-card.ts';
import type { CheckOutcome, CheckSummary, PageResults } from './messages.ts';
import { phraseOf } from './panel-ignore.ts';
import { linkSpans, type LinkSpan } from './linked-docs/links.ts';

export interface PageCheckerDeps {
  /** `links`: where the page's links are in the text (a linked impact assessment is evidence). */
  lint(text: string, headings: ExtractedHeading[], url: string, links?: LinkSpan[]): Promise<{
    findings: Finding[];
    summary: CheckSummary;
    ignoredPhrases: string[];
    autoCheck: boolean;
  }>;
  ignorePhrase(phrase: string): Promise<void>;
  unignorePhrase(phrase: string): Promise<void>;
  /** Tell the side panel that results changed. */
  announce(results: PageResults): void;
  highlightApi: HighlightApi | null;
  /** The Highlight API of a same-origin frame's page, whose highlights its own registry holds. */
  highlightApiFor?: (document: Document) => HighlightApi | null;
  yieldToPage?: () => Promise<void>;
  /** Quiet time after the last page change before re-checking. */
  recheckDelayMs?: number;
  /**
   * Longest wait after the first change before re-checking, even if the page never settles
   * (a ticking countdown, a carousel that swaps text every second).
   */
  recheckMaxWaitMs?: number;
  /** How often to check that the page has not removed the highlight styles. */
  styleCheckMs?: number;
}

/** How much of the checked text's opening the results keep, for the letter's title and body. */
const LEAD_CHARS = 3000;

/** Longest stretch of work on the page's main thread before handing it back. */
const SLICE_MS = 25;

export class PageChecker {
  private extracted: ExtractedText | null = null;
  private nodeOffsets = new Map<Node, number>();
  private ranges: (Range | null)[] = [];
  private readonly painter: HighlightPainter;
  /** Painters for the readable frames' pages, by frame document. */
  private framePainters = new Map<Document, HighlightPainter>();
  private readonly card: HoverCard;
  private running: Promise<PageResults> | null = null;
  private again = false;
  private observer: MutationObserver | null = null;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private styleWatch: ReturnType<typeof setInterval> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private scrollFrame = 0;
  private lastPointer = { x: 0, y: 0 };
  private shownIndex = -1;
  /** When the first page change since the last re-check was seen (performance.now()). */
  private firstChangeAt: number | null = null;
  /** Findings shown under the first on the card, because they overlap it. */
  private shownOthers: number[] = [];
  private readonly yieldToPage: () => Promise<void>;

  results: PageResults;
  /** Read the whole page, site chrome included, instead of its main content. */
  wholePage = false;

  constructor(
    private readonly document: Document,
    private readonly deps: PageCheckerDeps,
  ) {
    this.yieldToPage = deps.yieldToPage ?? defaultYield;
    this.painter = new HighlightPainter(deps.highlightApi, this.yieldToPage);
    this.card = new HoverCard(document, {
      onIgnore: async (phrase) => {
        await deps.ignorePhrase(phrase);
        await this.check();
      },
      onUndo: async (phrase) => {
        await deps.unignorePhrase(phrase);
        await this.check();
      },
      onLeave: () => this.scheduleHide(),
    });
    this.results = {
      status: 'idle',
      page: this.pageInfo(),
      checkedAt: null,
      findings: [],
      summary: null,
      ignoredPhrases: [],
      autoCheck: false,
    };
  }

  private pageInfo() {
    return { title: this.document.title, url: this.document.location?.href ?? '' };
  }

  /** Check the page; calls while a check runs queue one more check after it. */
  check(): Promise<PageResults> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runChecks().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runChecks(): Promise<PageResults> {
    let results: PageResults;
    do {
      this.again = false;
      results = await this.checkOnce();
    } while (this.again);
    return results;
  }

  private async checkOnce(): Promise<PageResults> {
    const started = performance.now();
    // Adding a stylesheet makes the browser restyle the whole page once; doing it before the
    // walk keeps that cost out of the frame that paints the highlights.
    installHighlightStyles(this.document);
    // Time each stretch of work between yields: the longest is how long the page was blocked.
    let resumedAt = started;
    let longestSlice = 0;
    const pause = () => {
      longestSlice = Math.max(longestSlice, performance.now() - resumedAt);
    };
    const resume = () => {
      resumedAt = performance.now();
    };
    const yieldToPage = async () => {
      pause();
      await this.yieldToPage();
      resume();
    };
    this.results = { ...this.results, status: 'checking', page: this.pageInfo() };
    // The side panel shows no findings while a check runs: do not send the old ones across.
    this.deps.announce({ ...this.results, findings: [] });
    try {
      const content = findMainContent(this.document, { whole: this.wholePage });
      const extracted = await extractVisibleTextInSlices(content.root, { sliceMs: SLICE_MS, yieldToPage, wholePage: this.wholePage });
      const extractedAt = performance.now();
      pause();
      const nodeOffsets = segmentIndex(extracted);
      const links = linkSpans(content.root, extracted, nodeOffsets);
      const linted = await this.deps.lint(extracted.text, extracted.headings, this.results.page.url, links);
      resume();
      const lintedAt = performance.now();
      this.extracted = extracted;
      this.nodeOffsets = nodeOffsets;
      // The old findings' card no longer matches the new ranges; "Ignored … Undo" stays (hover-card.ts).
      if (this.card.dismiss()) this.shownIndex = -1;
      await this.paint(linted.findings, yieldToPage);
      const paintedAt = performance.now();
      pause();
      this.results = {
        status: 'done',
        page: { ...this.pageInfo(), lead: extracted.text.slice(0, LEAD_CHARS) },
        checkedAt: new Date().toISOString(),
        findings: linted.findings,
        summary: linted.summary,
        ignoredPhrases: linted.ignoredPhrases,
        autoCheck: linted.autoCheck,
        content: { source: content.source, element: content.element },
        framesNotChecked: framesIn(content.root),
        timings: {
          extract: Math.round(extractedAt - started),
          lint: Math.round(lintedAt - extractedAt),
          paint: Math.round(paintedAt - lintedAt),
          total: Math.round(paintedAt - started),
          longestSlice: Math.round(longestSlice),
        },
      };
      this.observe();
      this.watchStyles();
    } catch (error) {
      this.results = { ...this.results, status: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    // Sending thousands of findings to the side panel takes a while: give it a task of its own.
    await this.yieldToPage();
    this.deps.announce(this.results);
    return this.results;
  }

  /** The short answer to "check this page": how it went, without the findings themselves. */
  outcome(): CheckOutcome {
    const { status, findings, timings, error } = this.results;
    return { status, findingCount: findings.length, timings, ...(error ? { error } : {}) };
  }

  /** Map findings to ranges and paint them, both in slices. */
  private async paint(findings: Finding[], yieldToPage: () => Promise<void>): Promise<void> {
    const extracted = this.extracted!;
    const ranges: (Range | null)[] = new Array(findings.length).fill(null);
    let sliceEnd = performance.now() + SLICE_MS;
    for (let index = 0; index < findings.length; index++) {
      if (index % 128 === 127 && performance.now() > sliceEnd) {
        await yieldToPage();
        sliceEnd = performance.now() + SLICE_MS;
      }
      const finding = findings[index]!;
      ranges[index] = rangeForOffsets(extracted, finding.offset, finding.endOffset);
    }
    this.ranges = ranges;
    const items: PaintItem[] = [];
    findings.forEach((finding, index) => {
      const range = ranges[index];
      if (range) items.push({ range, severity: finding.severity });
    });
    await yieldToPage();
    // Text read from a frame is highlighted in the frame's own page, with its own styles.
    const byFrame = new Map<Document, PaintItem[]>();
    const own = items.filter((item) => {
      const owner = item.range.startContainer.ownerDocument;
      if (!owner || owner === this.document) return true;
      const list = byFrame.get(owner) ?? [];
      list.push(item);
      byFrame.set(owner, list);
      return false;
    });
    for (const [frameDocument, painter] of this.framePainters) {
      if (!byFrame.has(frameDocument)) painter.clear();
    }
    for (const [frameDocument, frameItems] of byFrame) {
      let painter = this.framePainters.get(frameDocument);
      if (!painter) {
        painter = new HighlightPainter(this.deps.highlightApiFor?.(frameDocument) ?? null, this.yieldToPage);
        this.framePainters.set(frameDocument, painter);
      }
      installHighlightStyles(frameDocument);
      await painter.paint(frameItems, 400, yieldToPage);
    }
    await this.painter.paint(own, 400, yieldToPage);
  }

  /** Scroll a finding into view and flash it (chosen in the side panel). */
  reveal(index: number): boolean {
    const range = this.ranges[index];
    const finding = this.results.findings[index];
    if (!range || !finding) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const owner = range.startContainer.ownerDocument;
    if (owner && owner !== this.document) {
      this.framePainters.get(owner)?.flash(range);
      return true;
    }
    this.painter.flash(range);
    // Open the card too, so the explanation is there without hovering.
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    this.showCard(index, rect, 'chosen');
    return true;
  }

  /** Start following the pointer for the hover card. */
  listen(): void {
    const view = this.document.defaultView;
    if (!view) return;
    view.addEventListener(
      'pointermove',
      (event) => {
        this.lastPointer = { x: event.clientX, y: event.clientY };
        if (this.pointerFrame) return;
        this.pointerFrame = view.requestAnimationFrame(() => {
          this.pointerFrame = 0;
          this.hoverAt(this.lastPointer.x, this.lastPointer.y);
        });
      },
      { passive: true },
    );
    view.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.card.hide();
    });
    // The card is fixed to the viewport: keep it next to its text as the page scrolls.
    view.addEventListener(
      'scroll',
      () => {
        if (!this.card.visible || this.scrollFrame) return;
        this.scrollFrame = view.requestAnimationFrame(() => {
          this.scrollFrame = 0;
          this.followShownFinding();
        });
      },
      { passive: true },
    );
  }

  /** The index of the finding under a point, if any (the most serious where several overlap). */
  findingAt(x: number, y: number): number {
    return this.findingsAt(x, y)[0] ?? -1;
  }

  /** Every finding under a point, the most serious first, then in page order. */
  findingsAt(x: number, y: number): number[] {
    if (!this.extracted || this.results.findings.length === 0) return [];
    const position = caretAt(this.document, x, y);
    if (!position) return [];
    const base = this.nodeOffsets.get(position.node);
    if (base === undefined) return [];
    const offset = base + position.offset;
    const findings = this.results.findings;
    // Findings are sorted by start: find the last one starting at or before the offset,
    // then look back over any that overlap it.
    let low = 0;
    let high = findings.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (findings[middle]!.offset <= offset) {
        last = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const found: number[] = [];
    for (let index = last; index >= 0 && index > last - 50; index--) {
      const finding = findings[index]!;
      // The caret lands between characters, so accept the end offset too; the rectangle test decides.
      if (finding.endOffset < offset) continue;
      const range = this.ranges[index];
      if (range && pointInRects(range.getClientRects(), x, y)) found.push(index);
    }
    return this.mostSeriousFirst(found);
  }

  /** Findings whose text overlaps the given finding's (for the card of a finding chosen in the panel). */
  private overlapping(index: number): number[] {
    const chosen = this.results.findings[index];
    if (!chosen) return [];
    const others: number[] = [];
    this.results.findings.forEach((finding, other) => {
      if (other !== index && this.ranges[other] && finding.offset < chosen.endOffset && chosen.offset < finding.endOffset) others.push(other);
    });
    return this.mostSeriousFirst(others);
  }

  private mostSeriousFirst(indices: number[]): number[] {
    const findings = this.results.findings;
    return indices.sort(
      (a, b) => severityRank(findings[a]!.severity) - severityRank(findings[b]!.severity) || findings[a]!.offset - findings[b]!.offset || a - b,
    );
  }

  private hoverAt(x: number, y: number): void {
    if (this.card.contains(x, y)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const [index, ...others] = this.findingsAt(x, y);
    if (index === undefined) {
      if (this.card.visible) this.scheduleHide();
      return;
    }
    clearTimeout(this.hideTimer);
    if (index === this.shownIndex && sameList(others, this.shownOthers) && this.card.visible) return;
    const rects = this.ranges[index]!.getClientRects();
    const rect = Array.from(rects).find((box) => y >= box.top && y <= box.bottom) ?? rects[0]!;
    this.showCard(index, rect, 'hover', others);
  }

  /** Show a finding's card, with the findings that overlap it underneath (`others`). */
  private showCard(index: number, anchor: DOMRect, reason: ShowReason, others: number[] = this.overlapping(index)): void {
    const finding = this.results.findings[index];
    if (!finding) return;
    const also = others.flatMap((other) => {
      const overlapping = this.results.findings[other];
      return overlapping ? [this.cardContent(overlapping)] : [];
    });
    const shown = this.card.show(this.cardContent(finding), anchor, reason, also);
    if (shown) {
      this.shownIndex = index;
      this.shownOthers = others;
    }
  }

  private cardContent(finding: Finding): CardContent {
    const rule = this.results.summary?.rules[finding.ruleId];
    return {
      severity: finding.severity,
      // The reader's name for the check ("Abbreviations"), as in the side panel.
      ruleSummary: rule?.name ?? rule?.summary ?? finding.ruleId,
      message: finding.message,
      commitmentTitle: rule?.commitmentTitle ?? commitmentFromNote(finding.note),
      commitmentSummary: rule?.commitmentSummary ?? '',
      expected: finding.expected,
      phrase: phraseOf(finding),
    };
  }

  private followShownFinding(): void {
    // "Ignored … Undo" belongs to no finding on the page any more: it stays where it is.
    if (this.card.offeringUndo) return;
    const range = this.ranges[this.shownIndex];
    const view = this.document.defaultView;
    const rect = range?.getClientRects()[0];
    if (!rect || !view || rect.bottom < 0 || rect.top > view.innerHeight) {
      this.card.dismiss();
      this.shownIndex = -1;
      return;
    }
    this.showCard(this.shownIndex, rect, 'hover', this.shownOthers);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.card.contains(this.lastPointer.x, this.lastPointer.y) && this.card.dismiss()) this.shownIndex = -1;
    }, 300);
  }

  /**
   * Re-check after the page changes (single-page apps): once it has been quiet for a while,
   * or after a longest wait from the first change, whichever comes first, so a page that
   * changes every second (a countdown, a carousel) is still re-checked.
   */
  private observe(): void {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    const delay = this.deps.recheckDelayMs ?? 1000;
    const maxWait = Math.max(delay, this.deps.recheckMaxWaitMs ?? 3000);
    this.observer = new MutationObserver((mutations) => {
      const ours = mutations.every((mutation) => isOwnUi(mutation.target));
      if (ours) return;
      // A re-render may have replaced the page's style sheets, ours among them.
      installHighlightStyles(this.document);
      const now = performance.now();
      this.firstChangeAt ??= now;
      clearTimeout(this.recheckTimer);
      const wait = Math.max(0, Math.min(delay, this.firstChangeAt + maxWait - now));
      this.recheckTimer = setTimeout(() => {
        this.firstChangeAt = null;
        void this.recheckIfChanged();
      }, wait);
    });
    this.observer.observe(this.document.body ?? this.document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'open'],
    });
  }

  /**
   * A page may reset `document.adoptedStyleSheets` without changing its DOM (a theme switch,
   * a framework's style update), which no observer reports: look once a second while
   * highlights are shown, and put our styles back. One array search when all is well.
   */
  private watchStyles(): void {
    if (this.styleWatch !== undefined) return;
    this.styleWatch = setInterval(() => {
      if (this.results.findings.length === 0) return;
      installHighlightStyles(this.document);
      for (const frameDocument of this.framePainters.keys()) installHighlightStyles(frameDocument);
    }, this.deps.styleCheckMs ?? 1000);
  }

  /** Only re-lint when the visible text really changed (clocks and carousels do not count). */
  private async recheckIfChanged(): Promise<void> {
    const { root } = findMainContent(this.document, { whole: this.wholePage });
    const now = await extractVisibleTextInSlices(root, { sliceMs: SLICE_MS, yieldToPage: this.yieldToPage, wholePage: this.wholePage });
    if (now.text === this.extracted?.text && this.results.page.url === this.document.location?.href) {
      // Same text, but nodes may have been replaced: refresh the map and the ranges.
      if (now.segments.some((segment, i) => segment.node !== this.extracted!.segments[i]?.node)) await this.check();
      return;
    }
    await this.check();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.recheckTimer);
    clearInterval(this.styleWatch);
    this.styleWatch = undefined;
    this.painter.clear();
    for (const painter of this.framePainters.values()) painter.clear();
    this.card.destroy();
  }
}

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(OWN_UI_TAG)) || (node.nodeType === 1 && (node as Element).localName === OWN_UI_TAG);
}

/**
 * Visible frames big enough to hold a document: how many were read with the page (same
 * origin, `srcdoc`), and which could not be (other sites, sandboxed), named by their title
 * or address for the side panel.
 */
function framesIn(root: Element): NonNullable<PageResults['framesNotChecked']> {
  let checked = 0;
  const notChecked: string[] = [];
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    const box = frame.getBoundingClientRect();
    if (box.width < 80 || box.height < 40) continue; // tracking pixels, hidden helpers
    if (readableFrameBody(frame)) checked++;
    else notChecked.push(frameName(frame));
  }
  return { sameSite: 0, otherSites: notChecked.length, checked, names: notChecked };
}

/** “Map of venues”, or the frame's site when it has no title. */
function frameName(frame: HTMLIFrameElement): string {
  const title = frame.title.trim();
  if (title) return `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;
  try {
    const url = new URL(frame.src, frame.ownerDocument.baseURI);
    return url.protocol.startsWith('http') ? url.host : 'an untitled frame';
  } catch {
    return 'an untitled frame';
  }
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function commitmentFromNote(note: string): string {
  return /Compact commitment: ([^.]+)\./.exec(note)?.[1] ?? '';
}

function pointInRects(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of Array.from(rects)) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The text position under a point: the standard API where present, else Chrome's older one. */
function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  const standard = (document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null })
    .caretPositionFromPoint;
  if (standard) {
    const position = standard.call(document, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(document, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
