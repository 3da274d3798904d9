// @vitest-environment happy-dom
/**
 * adoptSheet: the standard assignment in Chromium (and here), and the page's own view of the
 * list in a Firefox content script, where the Xray wrapper refuses the assignment. The real
 * Firefox case is proven end to end by tests/firefox/extension.spec.ts (no <style> added).
 */
import { describe, expect, it } from 'vitest';
import { adoptSheet } from '../../shared/dom/highlight.ts';

describe('adoptSheet', () => {
  it('adds the sheet after the ones the document already has', () => {
    const mine = new CSSStyleSheet();
    const theirs = new CSSStyleSheet();
    document.adoptedStyleSheets = [theirs];
    adoptSheet(document, mine);
    expect(document.adoptedStyleSheets).toEqual([theirs, mine]);
    document.adoptedStyleSheets = [];
  });

  it('in a Firefox content script, pushes onto the page’s own list instead of assigning through the wrapper', () => {
    const pageList: CSSStyleSheet[] = [new CSSStyleSheet()];
    const wrapper = {
      wrappedJSObject: { adoptedStyleSheets: pageList },
      get adoptedStyleSheets(): CSSStyleSheet[] {
        return pageList;
      },
      set adoptedStyleSheets(_value: CSSStyleSheet[]) {
        throw new TypeError('Accessing from Xray wrapper is not supported');
      },
    };
    const mine = new CSSStyleSheet();
    adoptSheet(wrapper as unknown as Document, mine);
    expect(pageList).toHaveLength(2);
    expect(pageList[1]).toBe(mine);
  });
});
