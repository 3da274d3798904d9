/**
 * The visible main text of a web page, with a map from text offsets back to DOM positions.
 *
 * The linter works on plain text; the page is a tree. We walk the page's text nodes in
 * document order and concatenate them, recording where each node starts. Two rules keep
 * offsets exact and the text readable for the parser:
 * - Each character of a text node maps to exactly one character of the text. White space
 *   (new lines, tabs, no-break spaces) becomes a plain space, so the indentation inside a
 *   `<p>` never looks like a paragraph break to the engine's block splitter.
 * - Between two blocks (paragraphs, headings, list items, cells…) we insert a blank line
 *   that maps to no node, so words from adjacent blocks never run together. A `<br>` gives
 *   a single new line.
 *
 * What we leave out: scripts, styles and other non-rendered elements, hidden elements, form
 * fields, our own hover card, and the page's navigation chrome (nav, aside, site header and
 * footer) and furniture (cookie notices, breadcrumbs, share links, feedback prompts, a
 * document link's "PDF, 52 KB"; see main-content.ts), which would otherwise be linted on
 * every page of a site. The caller chooses the root, usually the page's main content
 * (findMainContent); with `wholePage` only the non-rendered and hidden parts are left out.
 *
 * A document link's format and size written inline ("Annual report (PDF, 52 KB)") is blanked
 * out with spaces, one for one, so offsets still map exactly to the page.
 *
 * The walk can run in slices (`TextExtractor.step(deadline)`) so a very long page never
 * blocks its main thread for long.
 */

import { FILE_METADATA, isPageFurniture } from './main-content.ts';

export interface TextSegment {
  node: Text;
  /** Offset in the extracted text of the node's first character. */
  start: number;
}

export interface ExtractedHeading {
  start: number;
  end: number;
  level: number;
}

export interface ExtractedText {
  text: string;
  /** One entry per text node, in document order (and so sorted by `start`). */
  segments: TextSegment[];
  /** Headings (h1–h6, role=heading), for the engine's section finder. */
  headings: ExtractedHeading[];
}

/** Elements whose content is never rendered as page text, or is not the page's own prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Landmark roles that mark site chrome rather than the page's content. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** Elements that start a new block of text (a separate paragraph for the linter). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Tags that are page chrome: left out unless the whole page is asked for. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE']);

/** The tag name of our own UI, which must never be linted. */
export const OWN_UI_TAG = 'compact-proof-ui';

const BLOCK_SEPARATOR = '\n\n';
const LINE_BREAK = '\n';
const WHITE_SPACE = /\s/g;

function headingLevel(element: Element): number | null {
  const match = /^H([1-6])$/.exec(element.tagName);
  if (match) return Number(match[1]);
  if (element.getAttribute('role') === 'heading') {
    const level = Number(element.getAttribute('aria-level'));
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }
  return null;
}

/**
 * A site header or footer is chrome; a `<header>` or `<footer>` inside an article, main or
 * section belongs to that content (it often holds the title and the publication date).
 */
function isSiteHeaderOrFooter(element: Element): boolean {
  if (element.tagName !== 'HEADER' && element.tagName !== 'FOOTER') return false;
  return !element.parentElement?.closest('article, main, section, [role="main"]');
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (check.call(element, { visibilityProperty: true })) return false;
    // `display: contents` elements have no box of their own, yet their children show.
    return getComputedStyleOf(element)?.display !== 'contents';
  }
  const style = getComputedStyleOf(element);
  return style ? style.display === 'none' || style.visibility === 'hidden' : false;
}

function getComputedStyleOf(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : null;
}

export interface ExtractOptions {
  /** Keep the site's chrome and furniture (the panel's "Check the whole page"). */
  wholePage?: boolean;
}

/** Should the walk skip this element and everything inside it? */
export function isExcluded(element: Element, { wholePage = false }: ExtractOptions = {}): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.localName === OWN_UI_TAG) return true;
  if (!wholePage) {
    if (CHROME_TAGS.has(tag)) return true;
    const role = element.getAttribute('role');
    if (role && CHROME_ROLES.has(role)) return true;
    if (isSiteHeaderOrFooter(element)) return true;
    if (isPageFurniture(element)) return true;
  }
  return isHidden(element);
}

/**
 * Walks a page in slices. Call `step(deadline)` until it returns true, then read `result()`.
 */
export class TextExtractor {
  private readonly walker: TreeWalker;
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: TextSegment[] = [];
  private readonly headings: ExtractedHeading[] = [];
  private readonly blockOf = new Map<Element, Element>();
  private lastBlock: Element | null = null;
  private pendingBreak = '';
  private openHeading: { block: Element; heading: ExtractedHeading } | null = null;
  private done = false;
  /** Frame documents already read (a frame that shows its parent must not loop). */
  private framesRead = new Set<Document>();

  constructor(
    private readonly root: Element,
    private readonly options: ExtractOptions = {},
  ) {
    const document = root.ownerDocument;
    this.walker = document.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */, {
      acceptNode: (node) => {
        // A frame's fallback text is not shown; a readable frame's own page is walked instead (step).
        if (node.nodeType === 3) return node.parentElement?.tagName === 'IFRAME' ? 2 : 1;
        if (node === root) return 1;
        const element = node as Element;
        if (element.tagName === 'IFRAME' && readableFrameBody(element) && !isHidden(element)) return 1;
        return isExcluded(element, options) ? 2 /* FILTER_REJECT: skip the whole subtree */ : 1 /* FILTER_ACCEPT */;
      },
    });
  }

  /** Process nodes until `deadline` (a `performance.now()` value) passes; true when finished. */
  step(deadline = Infinity): boolean {
    if (this.done) return true;
    let count = 0;
    for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
      if (node.nodeType === 3) this.addText(node as Text);
      else if ((node as Element).tagName === 'BR') this.pendingBreak ||= LINE_BREAK;
      else if ((node as Element).tagName === 'IFRAME') this.addFrame(node as HTMLIFrameElement);
      // Reading the clock is not free: look at it every 256 nodes.
      if (++count % 256 === 0 && performance.now() > deadline) return false;
    }
    this.closeHeading();
    this.done = true;
    return true;
  }

  result(): ExtractedText {
    return { text: this.parts.join(''), segments: this.segments, headings: this.headings };
  }

  private blockFor(element: Element): Element {
    const known = this.blockOf.get(element);
    if (known) return known;
    let block: Element = element;
    while (block !== this.root && !BLOCK_TAGS.has(block.tagName) && headingLevel(block) === null && block.parentElement) {
      block = block.parentElement;
    }
    this.blockOf.set(element, block);
    return block;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const parent = node.parentElement ?? this.root;
    const block = this.blockFor(parent);
    const blank = data.trim().length === 0;
    if (block !== this.lastBlock) {
      // White space between blocks is layout, not text.
      if (blank) return;
      this.closeHeading();
      if (this.length > 0) this.push(BLOCK_SEPARATOR);
      this.pendingBreak = '';
      this.lastBlock = block;
      const level = headingLevel(block);
      if (level !== null) this.openHeading = { block, heading: { start: this.length, end: this.length, level } };
    } else if (this.pendingBreak) {
      this.push(this.pendingBreak);
      this.pendingBreak = '';
    }
    this.segments.push({ node, start: this.length });
    const text = data.replace(WHITE_SPACE, ' ');
    this.push(this.options.wholePage ? text : text.replace(FILE_METADATA, (metadata) => ' '.repeat(metadata.length)));
    if (this.openHeading && !blank) this.openHeading.heading.end = this.length;
  }

  /**
   * A same-origin or `srcdoc` frame's page, read in place as blocks of this text: the frame
   * is usually part of the document (an embedded notice, a response form's explanation).
   * Frames from other sites cannot be read and are counted for the side panel instead.
   */
  private addFrame(frame: HTMLIFrameElement): void {
    const body = readableFrameBody(frame);
    if (!body || this.framesRead.has(body.ownerDocument)) return;
    this.framesRead.add(body.ownerDocument);
    const inner = new TextExtractor(body, this.options);
    inner.framesRead = this.framesRead;
    inner.step();
    const read = inner.result();
    if (!read.text.trim()) return;
    this.closeHeading();
    if (this.length > 0) this.push(BLOCK_SEPARATOR);
    const base = this.length;
    for (const segment of read.segments) this.segments.push({ node: segment.node, start: segment.start + base });
    for (const heading of read.headings) this.headings.push({ ...heading, start: heading.start + base, end: heading.end + base });
    this.push(read.text);
    // The next text of this page starts a new block.
    this.lastBlock = null;
    this.pendingBreak = '';
  }

  private closeHeading(): void {
    if (this.openHeading) {
      this.headings.push(this.openHeading.heading);
      this.openHeading = null;
    }
  }

  private push(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }
}

/**
 * The body of a frame whose page this script may read (same origin, `srcdoc`, about:blank),
 * or null for a frame from another site, a sandboxed one, or one not loaded yet.
 */
export function readableFrameBody(frame: Element): HTMLElement | null {
  try {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    return inner?.body && inner.body.childNodes.length > 0 ? inner.body : null;
  } catch {
    return null;
  }
}

/** Extract a page's visible text in one go (tests, small pages). */
export function extractVisibleText(root: Element, options: ExtractOptions = {}): ExtractedText {
  const extractor = new TextExtractor(root, options);
  extractor.step();
  return extractor.result();
}

/**
 * Extract in slices of about `sliceMs`, handing the main thread back between slices so the
 * page stays responsive however long it is.
 */
export async function extractVisibleTextInSlices(
  root: Element,
  { sliceMs = 25, yieldToPage = defaultYield, wholePage = false }: { sliceMs?: number; yieldToPage?: () => Promise<void> } & ExtractOptions = {},
): Promise<ExtractedText> {
  const extractor = new TextExtractor(root, { wholePage });
  while (!extractor.step(performance.now() + sliceMs)) await yieldToPage();
  return extractor.result();
}

/**
 * Hand the main thread back to the page for a moment. A message to ourselves queues behind
 * whatever the page has waiting (its timers, its own work), unlike `scheduler.yield()`,
 * whose continuation jumps the queue and can starve the page's timers for the whole walk;
 * and unlike `setTimeout(0)` it is not clamped to 4 ms when repeated.
 */
export function defaultYield(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Index of the last segment starting at or before `offset` (−1 if none). */
function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM position of a text offset. Offsets inside an inserted separator snap forwards
 * (for a start) or backwards (for an end) to the nearest real text.
 */
function pointAt(extracted: ExtractedText, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const { segments } = extracted;
  // For an end, find the character before it so the end never snaps to the next node's start.
  const probe = edge === 'end' ? offset - 1 : offset;
  let index = segmentIndexAt(segments, probe);
  if (index === -1) {
    if (edge === 'end') return null;
    index = 0;
  }
  const segment = segments[index];
  if (!segment) return null;
  const within = probe - segment.start;
  if (within < segment.node.data.length) {
    return { node: segment.node, offset: edge === 'end' ? within + 1 : within };
  }
  // The offset is in a separator after this segment.
  if (edge === 'end') return { node: segment.node, offset: segment.node.data.length };
  const next = segments[index + 1];
  return next ? { node: next.node, offset: 0 } : null;
}

/** A live DOM Range for the text between `start` and `end` (end exclusive), or null. */
export function rangeForOffsets(extracted: ExtractedText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = pointAt(extracted, start, 'start');
  const to = pointAt(extracted, end, 'end');
  if (!from || !to) return null;
  // The data may have changed since extraction (a live page): clamp rather than throw.
  if (from.offset > from.node.data.length || to.offset > to.node.data.length) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}

/**
 * The text offset of a DOM position (for hit-testing the pointer), or null when the node
 * was not part of the extracted text.
 */
export function offsetForPoint(extracted: ExtractedText, node: Node, offset: number, index?: Map<Node, number>): number | null {
  if (index) {
    const start = index.get(node);
    return start === undefined ? null : start + offset;
  }
  const segment = extracted.segments.find((candidate) => candidate.node === node);
  return segment ? segment.start + offset : null;
}

/** A lookup from text node to its start offset, for repeated hit-testing. */
export function segmentIndex(extracted: ExtractedText): Map<Node, number> {
  return new Map(extracted.segments.map((segment) => [segment.node, segment.start]));
}
