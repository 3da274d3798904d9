// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightPainter, HIGHLIGHT_NAMES, type HighlightApi } from '../../shared/dom/highlight.ts';
import { cardShadowRoot, HoverCard, SHADOW_MODE, UNDO_MS, type CardContent } from '../../shared/dom/hover-card.ts';
import { asPerson, personClicks } from '../helpers/trusted-events.ts';
import { extractVisibleText, OWN_UI_TAG, rangeForOffsets } from '../../shared/dom/extract.ts';

/** A stand-in for CSS.highlights (happy-dom has none) that records what was registered. */
function fakeHighlightApi() {
  const registry = new Map<string, { ranges: AbstractRange[]; priority: number; add(r: AbstractRange): void; clear(): void; size: number }>();
  const api: HighlightApi = {
    registry: {
      set: (name, highlight) => registry.set(name, highlight as never),
      delete: (name) => registry.delete(name),
      get: (name) => registry.get(name),
    },
    create: () => {
      const ranges: AbstractRange[] = [];
      return {
        ranges,
        priority: 0,
        add: (range: AbstractRange) => ranges.push(range),
        clear: () => (ranges.length = 0),
        get size() {
          return ranges.length;
        },
      };
    },
  };
  return { api, registry };
}

function ranges(count: number) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>word${i}</p>`).join('');
  const extracted = extractVisibleText(document.body);
  return extracted.segments.map((segment) => rangeForOffsets(extracted, segment.start, segment.start + 4)!);
}

describe('HighlightPainter', () => {
  it('registers one highlight per severity and paints in chunks, yielding between them', async () => {
    const { api, registry } = fakeHighlightApi();
    let yields = 0;
    const painter = new HighlightPainter(api, async () => {
      yields++;
    });
    const items = ranges(10).map((range, i) => ({ range, severity: (['error', 'warning', 'info'] as const)[i % 3]! }));
    expect(await painter.paint(items, 4)).toBe(10);
    expect(yields).toBe(2);
    expect((registry.get(HIGHLIGHT_NAMES.error) as { size: number }).size).toBe(4);
    expect((registry.get(HIGHLIGHT_NAMES.warning) as { size: number }).size).toBe(3);
    expect((registry.get(HIGHLIGHT_NAMES.info) as { size: number }).size).toBe(3);
    expect(registry.get(HIGHLIGHT_NAMES.error)!.priority).toBeGreaterThan(registry.get(HIGHLIGHT_NAMES.info)!.priority);
  });

  it('stops an older paint when a newer one starts', async () => {
    const { api, registry } = fakeHighlightApi();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const painter = new HighlightPainter(api, () => gate);
    const items = ranges(6).map((range) => ({ range, severity: 'warning' as const }));
    const first = painter.paint(items, 2);
    painter.clear();
    release();
    expect(await first).toBe(2);
    expect(registry.size).toBe(0);
  });

  it('flashes a range briefly', () => {
    vi.useFakeTimers();
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.flash(ranges(1)[0]!, 1000);
    expect(registry.has(HIGHLIGHT_NAMES.flash)).toBe(true);
    vi.advanceTimersByTime(1001);
    expect(registry.has(HIGHLIGHT_NAMES.flash)).toBe(false);
    vi.useRealTimers();
  });

  it('does nothing, without failing, where the Highlight API is missing', async () => {
    const painter = new HighlightPainter(null);
    expect(painter.supported).toBe(false);
    expect(await painter.paint(ranges(2).map((range) => ({ range, severity: 'info' as const })))).toBe(0);
  });
});

const content: CardContent = {
  severity: 'warning',
  ruleSummary: 'Abbreviations not spelled out',
  message: 'Spell out “SLA” the first time.',
  commitmentTitle: 'Clear, jargon-free information',
  commitmentSummary: 'Write plainly.',
  expected: ['service level agreement (SLA)'],
  phrase: '<img src=x onerror=alert(1)>',
};

describe('HoverCard', () => {
  beforeEach(() => {
    document.documentElement.querySelectorAll(OWN_UI_TAG).forEach((node) => node.remove());
    document.body.innerHTML = '<p>Page text</p>';
  });

  it('shows the message, commitment and suggestions in its own shadow root, leaving the page alone', () => {
    const card = new HoverCard(document, { onIgnore: () => undefined, onUndo: () => undefined });
    card.show(content, new DOMRect(10, 10, 50, 16));
    const host = document.querySelector(OWN_UI_TAG)!;
    const shadow = cardShadowRoot(host)!;
    expect(shadow.querySelector('.message')!.textContent).toBe('Spell out “SLA” the first time.');
    expect(shadow.querySelector('.commitment')!.textContent).toBe('Compact commitment: Clear, jargon-free information. Write plainly.');
    expect(shadow.querySelector('.suggestions q')!.textContent).toBe('service level agreement (SLA)');
    expect(shadow.querySelector('.badge')!.textContent).toBe('Warning');
    // Page text is quoted as text, never parsed as markup.
    expect(shadow.querySelector('img')).toBeNull();
    expect(document.body.innerHTML).toBe('<p>Page text</p>');
    expect(card.visible).toBe(true);
    card.hide();
    expect(card.visible).toBe(false);
  });

  it('ignores the phrase, then offers Undo', async () => {
    const onIgnore = vi.fn();
    const onUndo = vi.fn();
    const card = new HoverCard(document, { onIgnore, onUndo });
    card.show({ ...content, phrase: 'SLA' }, new DOMRect(10, 10, 50, 16));
    const shadow = cardShadowRoot(document.querySelector(OWN_UI_TAG)!)!;
    personClicks(shadow.querySelector('button.ignore') as HTMLButtonElement);
    await Promise.resolve();
    expect(onIgnore).toHaveBeenCalledWith('SLA');
    expect(shadow.querySelector('.status')!.textContent).toBe('Ignored “SLA” on this site.');
    personClicks(shadow.querySelector('button.undo') as HTMLButtonElement);
    await Promise.resolve();
    expect(onUndo).toHaveBeenCalledWith('SLA');
  });

  it('keeps its shadow root closed to the page', () => {
    const card = new HoverCard(document, { onIgnore: () => undefined, onUndo: () => undefined });
    card.show(content, new DOMRect(10, 10, 50, 16));
    expect(SHADOW_MODE).toBe('closed');
    const host = document.querySelector(OWN_UI_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(cardShadowRoot(host)!.querySelector('.message')).not.toBeNull();
    // Nothing of the card is in the page's own tree either.
    expect(document.querySelector('button, .card')).toBeNull();
  });

  it('does nothing for a page script’s synthetic click, Escape or pointer events', async () => {
    const onIgnore = vi.fn();
    const onUndo = vi.fn();
    const onLeave = vi.fn();
    const card = new HoverCard(document, { onIgnore, onUndo, onLeave });
    card.show({ ...content, phrase: 'SLA' }, new DOMRect(10, 10, 50, 16));
    const shadow = cardShadowRoot(document.querySelector(OWN_UI_TAG)!)!;
    const ignore = shadow.querySelector('button.ignore') as HTMLButtonElement;
    ignore.click();
    ignore.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const element = shadow.querySelector('.card') as HTMLElement;
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    element.dispatchEvent(new MouseEvent('mouseleave'));
    await Promise.resolve();
    expect(onIgnore).not.toHaveBeenCalled();
    expect(onLeave).not.toHaveBeenCalled();
    expect(card.visible).toBe(true);
    expect(card.phrase).toBe('SLA');
    // The same click from a person works.
    personClicks(ignore);
    await Promise.resolve();
    expect(onIgnore).toHaveBeenCalledWith('SLA');
    (shadow.querySelector('button.undo') as HTMLButtonElement).click();
    await Promise.resolve();
    expect(onUndo).not.toHaveBeenCalled();
  });

  describe('after “Ignore this phrase”', () => {
    /** A card showing a finding, its Ignore button clicked, with the handlers' calls recorded. */
    async function ignored(undoMs = UNDO_MS) {
      const onIgnore = vi.fn();
      const onUndo = vi.fn();
      const card = new HoverCard(document, { onIgnore, onUndo }, undoMs);
      card.show({ ...content, phrase: 'SLA' }, new DOMRect(10, 10, 50, 16), 'hover');
      const shadow = cardShadowRoot(document.querySelector(OWN_UI_TAG)!)!;
      const element = shadow.querySelector('.card') as HTMLElement;
      personClicks(shadow.querySelector('button.ignore') as HTMLButtonElement);
      await Promise.resolve();
      const undo = () => shadow.querySelector('button.undo') as HTMLButtonElement | null;
      return { card, shadow, element, undo, onIgnore, onUndo };
    }

    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps Undo visible and focused through the re-check, the pointer leaving, scrolling and other findings', async () => {
      const { card, element, undo, shadow } = await ignored();
      expect(card.visible).toBe(true);
      expect(card.offeringUndo).toBe(true);
      expect(shadow.activeElement).toBe(undo());
      // What the page checker does on a re-check, when the pointer leaves and when it scrolls away.
      expect(card.dismiss()).toBe(false);
      element.dispatchEvent(asPerson(new MouseEvent('mouseleave')));
      expect(card.dismiss()).toBe(false);
      // Passing over another finding does not replace it.
      expect(card.show({ ...content, phrase: 'DASS' }, new DOMRect(10, 40, 50, 16), 'hover')).toBe(false);
      vi.advanceTimersByTime(UNDO_MS - 1);
      expect(card.visible).toBe(true);
      expect(element.hidden).toBe(false);
      expect(undo()?.textContent).toBe('Undo');
      expect(undo()?.getAttribute('aria-label')).toBe('Undo: stop ignoring “SLA”');
      // Its time up and nobody on it: it goes.
      vi.advanceTimersByTime(1);
      expect(card.visible).toBe(false);
      expect(card.dismiss()).toBe(true);
    });

    it('stays past its time while the pointer is over it, and goes when the pointer leaves', async () => {
      const { card, element } = await ignored();
      element.dispatchEvent(asPerson(new MouseEvent('mouseenter')));
      vi.advanceTimersByTime(UNDO_MS * 3);
      expect(card.visible).toBe(true);
      element.dispatchEvent(asPerson(new MouseEvent('mouseleave')));
      expect(card.visible).toBe(false);
    });

    it('stays past its time while keyboard focus is on Undo, and goes when focus leaves', async () => {
      const { card, undo } = await ignored();
      const button = undo()!;
      const matches = button.matches.bind(button);
      // happy-dom has no :focus-visible; a keyboard user's focus matches it in a browser.
      vi.spyOn(button, 'matches').mockImplementation((selector: string) => selector === ':focus-visible' || matches(selector));
      vi.advanceTimersByTime(UNDO_MS * 3);
      expect(card.visible).toBe(true);
      button.blur();
      expect(card.visible).toBe(false);
    });

    it('goes at once for Escape, Undo or a finding chosen in the side panel', async () => {
      const escaped = await ignored();
      escaped.element.dispatchEvent(asPerson(new KeyboardEvent('keydown', { key: 'Escape' })));
      expect(escaped.card.visible).toBe(false);

      document.documentElement.querySelectorAll(OWN_UI_TAG).forEach((node) => node.remove());
      const undone = await ignored();
      personClicks(undone.undo()!);
      await vi.advanceTimersByTimeAsync(0);
      expect(undone.onUndo).toHaveBeenCalledWith('SLA');
      expect(undone.card.visible).toBe(false);

      document.documentElement.querySelectorAll(OWN_UI_TAG).forEach((node) => node.remove());
      const chosen = await ignored();
      expect(chosen.card.show({ ...content, phrase: 'DASS' }, new DOMRect(10, 40, 50, 16), 'chosen')).toBe(true);
      expect(chosen.card.offeringUndo).toBe(false);
      expect(chosen.card.phrase).toBe('DASS');
      vi.advanceTimersByTime(UNDO_MS * 2);
      // The chosen finding is not taken away by the old Undo's timer.
      expect(chosen.card.visible).toBe(true);
    });
  });
});
