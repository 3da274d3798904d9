/**
 * Highlights through the CSS Custom Highlight API: ranges are registered with
 * `CSS.highlights` and styled with `::highlight(name)`, so the page's DOM and text are never
 * touched and a highlight may span inline markup (`<b>lever</b>age`).
 *
 * One highlight per severity, so the styles differ (errors red wavy, warnings amber, notes
 * blue dotted), plus a short-lived "flash" highlight for the finding chosen in the side panel.
 * Ranges are added in chunks, yielding between chunks, so painting thousands of findings
 * never blocks the page.
 */
import type { Severity } from '../engine/finding.ts';
import { defaultYield } from './extract.ts';

export const HIGHLIGHT_NAMES: Record<Severity | 'flash', string> = {
  error: 'compact-proof-error',
  warning: 'compact-proof-warning',
  info: 'compact-proof-info',
  flash: 'compact-proof-flash',
};

/**
 * `::highlight()` accepts only non-layout properties. Colours were picked for contrast on
 * white and on dark pages; the underline style differs too, so colour is not the only cue.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.error}) {
  background-color: rgba(220, 38, 38, 0.14);
  text-decoration: underline wavy rgb(185, 28, 28);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.warning}) {
  background-color: rgba(245, 158, 11, 0.22);
  text-decoration: underline solid rgb(180, 83, 9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.info}) {
  background-color: rgba(37, 99, 235, 0.10);
  text-decoration: underline dotted rgb(29, 78, 216);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.flash}) {
  background-color: rgb(253, 224, 71);
  color: rgb(17, 24, 39);
}
`;

/** The parts of the Highlight API we use (absent in happy-dom and older browsers). */
interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
  readonly size: number;
}
interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  get(name: string): HighlightLike | undefined;
}
export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(): HighlightLike;
}

/** The browser's Highlight API, or null where it is missing. */
export function browserHighlightApi(scope: typeof globalThis = globalThis): HighlightApi | null {
  const css = (scope as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const HighlightClass = (scope as { Highlight?: new () => HighlightLike }).Highlight;
  if (!css?.highlights || !HighlightClass) return null;
  return { registry: css.highlights, create: () => new HighlightClass() };
}

/**
 * Add a constructed stylesheet to a document or shadow root, keeping the ones already there.
 *
 * Firefox (seen in ESR 140; ESR 153 accepts both): a content script sees the page's
 * `adoptedStyleSheets` through an Xray wrapper that refuses a plain assignment (Mozilla bug
 * 1817675), so the styles would fall back to a `<style>` element added to the page. The
 * page's own view of the list (`wrappedJSObject`, which exists only in Firefox content
 * scripts) accepts the sheet.
 */
export function adoptSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  const pageView = (target as { wrappedJSObject?: Document | ShadowRoot }).wrappedJSObject;
  if (pageView) pageView.adoptedStyleSheets.push(sheet);
  else target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}

/**
 * Add our `::highlight` styles to the document, and put them back if the page has taken them
 * away. A constructed stylesheet is used where possible (no element added to the page, and
 * not subject to the page's style-src policy); otherwise a `<style>` element in the head.
 *
 * Pages (and their frameworks) may assign `document.adoptedStyleSheets` afresh, dropping
 * ours, or remove our `<style>`. Nothing tells us when, so the checker calls this on every
 * check and whenever the page changes; it costs one array search when all is well.
 */
const installed = new WeakMap<Document, CSSStyleSheet | HTMLStyleElement>();

export function installHighlightStyles(document: Document): void {
  const root = document.documentElement;
  const existing = installed.get(document);
  if (existing) {
    if ('replaceSync' in existing ? document.adoptedStyleSheets.includes(existing) : existing.isConnected) return;
    if ('replaceSync' in existing) adoptSheet(document, existing);
    else (document.head ?? root).append(existing);
    return;
  }
  try {
    const sheet = new (document.defaultView as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    adoptSheet(document, sheet);
    installed.set(document, sheet);
  } catch {
    const style = document.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (document.head ?? root).append(style);
    installed.set(document, style);
  }
}

export interface PaintItem {
  range: Range;
  severity: Severity;
}

export class HighlightPainter {
  private generation = 0;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: HighlightApi | null,
    private readonly yieldToPage: () => Promise<void> = defaultYield,
  ) {}

  get supported(): boolean {
    return this.api !== null;
  }

  /** Remove every highlight we made. */
  clear(): void {
    this.generation++;
    if (!this.api) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.api.registry.delete(name);
  }

  /**
   * Replace the highlights with `items`, `chunkSize` ranges at a time. Returns how many
   * ranges were painted; a newer `paint` or `clear` stops an older one part-way.
   */
  async paint(items: readonly PaintItem[], chunkSize = 400, yieldToPage = this.yieldToPage): Promise<number> {
    this.clear();
    const generation = this.generation;
    if (!this.api) return 0;
    const highlights = {} as Record<Severity, HighlightLike>;
    const priorities: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
    for (const severity of ['error', 'warning', 'info'] as const) {
      const highlight = this.api.create();
      // Where findings overlap, the more serious one's style wins.
      highlight.priority = priorities[severity];
      highlights[severity] = highlight;
      this.api.registry.set(HIGHLIGHT_NAMES[severity], highlight);
    }
    let painted = 0;
    for (let index = 0; index < items.length; index += chunkSize) {
      if (index > 0) {
        await yieldToPage();
        if (generation !== this.generation) return painted;
      }
      for (const item of items.slice(index, index + chunkSize)) {
        highlights[item.severity].add(item.range);
        painted++;
      }
    }
    return painted;
  }

  /** Flash one range (the finding chosen in the side panel) for `ms` milliseconds. */
  flash(range: Range, ms = 1600): void {
    if (!this.api) return;
    clearTimeout(this.flashTimer);
    const highlight = this.api.create();
    highlight.priority = 10;
    highlight.add(range);
    this.api.registry.set(HIGHLIGHT_NAMES.flash, highlight);
    this.flashTimer = setTimeout(() => this.api?.registry.delete(HIGHLIGHT_NAMES.flash), ms);
  }
}
