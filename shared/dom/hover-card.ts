/**
 * The card shown over a highlighted finding: what is wrong, the Compact commitment it rests
 * on, suggestions, and "Ignore this phrase" (with Undo).
 *
 * After "Ignore this phrase" the card says what was ignored and offers Undo for at least
 * UNDO_MS, and for as long after that as the pointer is over it or focus is in it. The
 * re-check that ignoring starts, the pointer leaving, scrolling and hovering other findings
 * do not take it away meanwhile (`dismiss`, `show(…, 'hover')`); Escape, Undo, or a finding
 * chosen in the side panel do.
 *
 * It lives in a shadow root on our own `<compact-proof-ui>` element, so the page's CSS cannot
 * restyle it and ours cannot leak into the page. The page's own elements and text are never
 * changed. Text is set with `textContent` only: findings quote page text, which must never
 * be interpreted as markup.
 *
 * The page is not trusted. The shadow root is closed, so a page script cannot reach the card's
 * buttons (`host.shadowRoot` is null), and every action (a click, Escape, the pointer entering or
 * leaving) is taken only from an event the browser made for a person (`event.isTrusted`): a page
 * that dispatches its own click cannot press "Ignore this phrase" for itself. Only the end-to-end
 * test build (COMPACT_PROOF_E2E=1, see wxt.config.ts) opens the root, because Playwright cannot
 * look inside a closed one; the trusted-event check holds there too.
 */
import type { Severity } from '../engine/finding.ts';
import { OWN_UI_TAG } from './extract.ts';
import { adoptSheet } from './highlight.ts';
import { SEVERITY_LABELS } from './severity.ts';

export interface CardContent {
  severity: Severity;
  /** What the rule checks, as a heading. */
  ruleSummary: string;
  message: string;
  commitmentTitle: string;
  commitmentSummary: string;
  expected: string[];
  /** The flagged text: what "Ignore this phrase" ignores. */
  phrase: string;
}

export interface HoverCardHandlers {
  onIgnore(phrase: string): void | Promise<void>;
  onUndo(phrase: string): void | Promise<void>;
  /** The pointer has left the card (the caller decides whether to hide it). */
  onLeave?(): void;
}

/** How long "Ignored … Undo" stays at the least (longer while the pointer or focus is on it). */
export const UNDO_MS = 10_000;

/** Who is asking to show a card: the pointer passing over a finding, or a person choosing one. */
export type ShowReason = 'hover' | 'chosen';

export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(26rem, calc(100vw - 16px));
  padding: 12px 14px; border-radius: 8px;
  background: #ffffff; color: #1f2937; border: 1px solid #9ca3af;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  text-align: left; white-space: normal;
}
.card[hidden] { display: none; }
p { margin: 0 0 8px; }
.heading { display: flex; gap: 8px; align-items: baseline; font-weight: 600; }
.badge { flex: none; font-size: 12px; font-weight: 700; padding: 1px 6px; border-radius: 4px; color: #ffffff; }
.badge.error { background: #b91c1c; }
.badge.warning { background: #92400e; }
.badge.info { background: #1d4ed8; }
.commitment { font-size: 13px; color: #374151; border-left: 3px solid #6b7280; padding-left: 8px; }
.suggestions q { font-weight: 600; }
.actions { display: flex; gap: 8px; margin-top: 10px; }
button {
  font: inherit; font-size: 13px; cursor: pointer; padding: 4px 10px; border-radius: 6px;
  border: 1px solid #374151; background: #f9fafb; color: #111827;
}
button:hover { background: #e5e7eb; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.status { font-size: 13px; }
hr { border: 0; border-top: 1px solid #d1d5db; margin: 10px 0; }
`;

declare const __COMPACT_PROOF_E2E__: boolean | undefined;

/** `closed` in every build people install; `open` only in the end-to-end test build. */
export const SHADOW_MODE: ShadowRootMode = typeof __COMPACT_PROOF_E2E__ === 'boolean' && __COMPACT_PROOF_E2E__ ? 'open' : 'closed';

/**
 * The card's shadow root by its host element, for this extension's own code and unit tests
 * (a closed root is not reachable from the host). Page scripts run in another JavaScript world
 * and never see this map.
 */
const shadowRoots = new WeakMap<Element, ShadowRoot>();

export function cardShadowRoot(host: Element): ShadowRoot | undefined {
  return shadowRoots.get(host);
}

/** Only act on what a person did: events a page script dispatches are not trusted. */
function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted === true) handler(event);
  };
}

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private content: CardContent | null = null;
  /** While "Ignored … Undo" is shown: the phrase, and when it may go (ms, the page's clock). */
  private undo: { phrase: string; until: number } | null = null;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInside = false;
  private focusInside = false;

  constructor(
    private readonly document: Document,
    private readonly handlers: HoverCardHandlers,
    private readonly undoMs = UNDO_MS,
  ) {}

  get visible(): boolean {
    return Boolean(this.card && !this.card.hidden);
  }

  /** Is the card showing "Ignored … Undo" (so automatic hiding leaves it alone)? */
  get offeringUndo(): boolean {
    return this.visible && this.undo !== null;
  }

  /** The phrase of the finding shown, if any. */
  get phrase(): string | null {
    return this.visible && !this.undo ? (this.content?.phrase ?? null) : null;
  }

  /** Is the point inside the card (so moving onto it keeps it open)? */
  contains(x: number, y: number): boolean {
    if (!this.card || this.card.hidden) return false;
    const box = this.card.getBoundingClientRect();
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  }

  /**
   * Show a finding, and under it any others on the same words (`also`: a breach inside a
   * highlighted phrase), so neither hides the other. The pointer passing over one (`hover`)
   * does not replace "Ignored … Undo"; a finding chosen in the side panel (`chosen`) does.
   * Returns whether the card shows it.
   */
  show(content: CardContent, anchor: DOMRect, reason: ShowReason = 'chosen', also: readonly CardContent[] = []): boolean {
    if (reason === 'hover' && this.offeringUndo) return false;
    this.endUndo();
    this.content = content;
    const card = this.ensureCard();
    card.replaceChildren(...this.renderFinding(content));
    // Overlapping findings are as many as the page makes: appended one by one, not spread.
    for (const other of also) {
      card.append(element(this.document, 'hr'));
      for (const node of this.renderFinding(other)) card.append(node);
    }
    card.hidden = false;
    this.place(anchor);
    return true;
  }

  /** Hide the card, whatever it shows (Escape, Undo done, the checker stopping). */
  hide(): void {
    this.endUndo();
    if (this.card) this.card.hidden = true;
    this.content = null;
  }

  /**
   * Hide the card because something else happened (a re-check, the pointer leaving,
   * scrolling), unless it is offering Undo. Returns whether it was hidden.
   */
  dismiss(): boolean {
    if (this.offeringUndo) return false;
    this.hide();
    return true;
  }

  /** Remove our element from the page altogether. */
  destroy(): void {
    this.endUndo();
    this.host?.remove();
    this.host = null;
    this.card = null;
  }

  private endUndo(): void {
    clearTimeout(this.undoTimer);
    this.undoTimer = undefined;
    this.undo = null;
  }

  /** Let "Ignored … Undo" go once its time is up and nobody is pointing at it or in it. */
  private settleUndo(): void {
    if (!this.undo) return;
    const left = this.undo.until - Date.now();
    if (left > 0) {
      clearTimeout(this.undoTimer);
      this.undoTimer = setTimeout(() => this.settleUndo(), left);
      return;
    }
    // Still being read or used: wait for the pointer or keyboard focus to leave (see ensureCard).
    if (this.pointerInside || (this.focusInside && this.keyboardFocused())) return;
    this.hide();
  }

  /**
   * Is focus in the card from the keyboard? Undo takes focus after a click too; only a
   * keyboard user's focus (`:focus-visible`) should keep the card open past its time, or a
   * mouse user's card would stay until they clicked somewhere else.
   */
  private keyboardFocused(): boolean {
    const active = ((this.host && shadowRoots.get(this.host)?.activeElement) ?? null) as Element | null;
    if (!active) return false;
    try {
      return active.matches(':focus-visible');
    } catch {
      return true;
    }
  }

  private ensureCard(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = this.document.createElement(OWN_UI_TAG);
    const shadow = host.attachShadow({ mode: SHADOW_MODE });
    shadowRoots.set(host, shadow);
    try {
      const sheet = new (this.document.defaultView as typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      adoptSheet(shadow, sheet);
    } catch {
      shadow.append(element(this.document, 'style', undefined, CARD_CSS));
    }
    const card = element(this.document, 'div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'compact-proof finding');
    card.hidden = true;
    card.addEventListener(
      'mouseenter',
      trusted(() => {
        this.pointerInside = true;
      }),
    );
    card.addEventListener(
      'mouseleave',
      trusted(() => {
        this.pointerInside = false;
        this.settleUndo();
        this.handlers.onLeave?.();
      }),
    );
    card.addEventListener('focusin', () => {
      this.focusInside = true;
    });
    card.addEventListener('focusout', (event) => {
      // Focus moving between the card's own buttons is still inside.
      if (event.relatedTarget instanceof Node && card.contains(event.relatedTarget)) return;
      this.focusInside = false;
      this.settleUndo();
    });
    card.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') this.hide();
      }),
    );
    shadow.append(card);
    this.document.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  private renderFinding(content: CardContent): HTMLElement[] {
    const doc = this.document;
    const heading = element(doc, 'p', 'heading');
    heading.append(element(doc, 'span', `badge ${content.severity}`, SEVERITY_LABELS[content.severity]), element(doc, 'span', 'rule', content.ruleSummary));
    const message = element(doc, 'p', 'message', content.message);
    const commitment = element(doc, 'p', 'commitment');
    commitment.append(element(doc, 'strong', undefined, `Compact commitment: ${content.commitmentTitle}. `), doc.createTextNode(content.commitmentSummary));
    const parts: HTMLElement[] = [heading, message, commitment];
    if (content.expected.length) {
      const suggestions = element(doc, 'p', 'suggestions', 'Try: ');
      content.expected.forEach((text, index) => {
        if (index > 0) suggestions.append(doc.createTextNode(' or '));
        suggestions.append(element(doc, 'q', undefined, text));
      });
      parts.push(suggestions);
    }
    const actions = element(doc, 'div', 'actions');
    const ignore = element(doc, 'button', 'ignore', 'Ignore this phrase');
    ignore.type = 'button';
    ignore.title = `Stop flagging “${content.phrase}” on this site`;
    ignore.addEventListener(
      'click',
      trusted(() => void this.ignore(content.phrase)),
    );
    actions.append(ignore);
    parts.push(actions);
    return parts;
  }

  private async ignore(phrase: string): Promise<void> {
    const card = this.ensureCard();
    const status = element(this.document, 'p', 'status', `Ignored “${phrase}” on this site.`);
    status.setAttribute('role', 'status');
    const undo = element(this.document, 'button', 'undo', 'Undo');
    undo.type = 'button';
    undo.setAttribute('aria-label', `Undo: stop ignoring “${phrase}”`);
    let undone = false;
    undo.addEventListener(
      'click',
      trusted(async () => {
        if (undone) return;
        undone = true;
        await this.handlers.onUndo(phrase);
        if (this.undo?.phrase === phrase) this.hide();
      }),
    );
    const actions = element(this.document, 'div', 'actions');
    actions.append(undo);
    card.replaceChildren(status, actions);
    this.content = null;
    this.undo = { phrase, until: Date.now() + this.undoMs };
    this.settleUndo();
    undo.focus();
    await this.handlers.onIgnore(phrase);
  }

  /** Below the highlighted text if there is room, otherwise above; never off-screen. */
  private place(anchor: DOMRect): void {
    const card = this.card!;
    const view = this.document.defaultView!;
    const gap = 6;
    card.style.left = '0px';
    card.style.top = '0px';
    const box = card.getBoundingClientRect();
    const width = box.width || 320;
    const height = box.height || 160;
    let top = anchor.bottom + gap;
    if (top + height > view.innerHeight && anchor.top - gap - height >= 0) top = anchor.top - gap - height;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(Math.max(8, top))}px`;
  }
}
