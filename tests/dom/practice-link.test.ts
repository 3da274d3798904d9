// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PRACTICE_LINK_TEXT, PRACTICE_PAGE, wirePracticeLink } from '../../shared/dom/practice-link.ts';

const URL = 'chrome-extension://abcdefghijklmnop/practice.html';

function link(): HTMLAnchorElement {
  document.body.innerHTML = `<a id="practice" href="${PRACTICE_PAGE}" target="_blank" rel="noopener">${PRACTICE_LINK_TEXT}</a>`;
  return document.getElementById('practice') as HTMLAnchorElement;
}

/** Click the link; says whether compact-proof's handler took the click from the browser. */
function click(target: HTMLElement, init: MouseEventInit = {}): { taken: boolean } {
  const seen = { taken: false };
  // Record the handler's decision, then stop the test DOM from following the link itself.
  document.addEventListener(
    'click',
    (event) => {
      seen.taken = event.defaultPrevented;
      event.preventDefault();
    },
    { once: true },
  );
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  return seen;
}

describe('wirePracticeLink', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('points the link at the extension’s practice page, in a new tab', () => {
    const anchor = link();
    wirePracticeLink(anchor, { url: URL, openTab: vi.fn(async () => undefined) });
    expect(anchor.href).toBe(URL);
    expect(anchor.target).toBe('_blank');
    expect(anchor.rel).toBe('noopener');
    expect(anchor.textContent).toBe('Practice page (for training)');
  });

  it('a plain click (or Enter) opens the page with the tabs API instead of following the link', async () => {
    const anchor = link();
    const openTab = vi.fn(async () => undefined);
    const fallback = vi.fn();
    wirePracticeLink(anchor, { url: URL, openTab, fallback });
    expect(click(anchor).taken).toBe(true);
    expect(openTab).toHaveBeenCalledWith(URL);
    await Promise.resolve();
    expect(fallback).not.toHaveBeenCalled();
  });

  it('leaves modified and middle clicks to the browser', () => {
    const anchor = link();
    const openTab = vi.fn(async () => undefined);
    wirePracticeLink(anchor, { url: URL, openTab });
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(click(anchor, init).taken).toBe(false);
    }
    expect(openTab).not.toHaveBeenCalled();
  });

  it('falls back to opening a window when the tabs API fails', async () => {
    const anchor = link();
    const fallback = vi.fn();
    wirePracticeLink(anchor, { url: URL, openTab: () => Promise.reject(new Error('no tabs API')), fallback });
    click(anchor);
    await vi.waitFor(() => expect(fallback).toHaveBeenCalledWith(URL));
  });
});

describe('the pages that link to it', () => {
  /** A page's HTML as shipped, without its style sheet and script (the test DOM would fetch them). */
  const parse = (path: string) =>
    new DOMParser().parseFromString(readFileSync(path, 'utf8').replace(/<link [^>]*>|<script [^>]*><\/script>/g, ''), 'text/html');

  // Keyboard users reach a link by Tab; these are real links in the HTML, not script-made buttons.
  for (const page of ['entrypoints/sidepanel/index.html', 'entrypoints/options/index.html']) {
    it(`${page} has the link, with its text and the practice page's address`, () => {
      const anchor = parse(page).getElementById('practice');
      expect(anchor?.tagName).toBe('A');
      expect(anchor?.getAttribute('href')).toBe(PRACTICE_PAGE);
      expect(anchor?.textContent).toBe(PRACTICE_LINK_TEXT);
      expect(anchor?.getAttribute('tabindex')).toBeNull();
    });
  }

  it('the side panel shows it beside Settings, in the footer', () => {
    const doc = parse('entrypoints/sidepanel/index.html');
    const practice = doc.getElementById('practice')!;
    expect(practice.parentElement).toBe(doc.getElementById('settings')!.parentElement);
    expect(practice.closest('footer')).not.toBeNull();
  });
});
