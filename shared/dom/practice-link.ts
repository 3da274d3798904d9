/**
 * "Practice page (for training)": the link from the side panel's footer and the options page
 * to the practice page the extension ships (practice.html), opened in a new tab.
 *
 * The link is an ordinary `<a href target="_blank">` in the page's HTML, so it is reachable
 * by Tab, works with Enter, and still opens the page if this script has not run. With the
 * script, a plain click (or Enter) opens the page with the tabs API instead, which puts it in
 * a tab of the browser window from the side panel (Chrome's side panel, Firefox's sidebar)
 * too. A click with a modifier key, or a middle click, is left to the browser.
 *
 * Plain DOM and injected browser calls, so it is unit-tested without a browser.
 */

/** The practice page inside the extension (an entrypoint: entrypoints/practice/). */
export const PRACTICE_PAGE = '/practice.html';

/** The link's visible text, the same on both pages. */
export const PRACTICE_LINK_TEXT = 'Practice page (for training)';

export interface PracticeLinkDeps {
  /** The page's full address: `browser.runtime.getURL(PRACTICE_PAGE)`. */
  url: string;
  /** Open an address in a new tab: `(url) => browser.tabs.create({ url })`. */
  openTab(url: string): Promise<unknown>;
  /** Used if `openTab` fails (defaults to `window.open`). */
  fallback?(url: string): void;
}

/** Point the link at the practice page and open it in a new tab when it is followed. */
export function wirePracticeLink(link: HTMLAnchorElement, deps: PracticeLinkDeps): void {
  link.href = deps.url;
  link.target = '_blank';
  link.rel = 'noopener';
  const fallback = deps.fallback ?? ((url: string) => void link.ownerDocument.defaultView?.open(url, '_blank', 'noopener'));
  link.addEventListener('click', (event) => {
    // Ctrl/Cmd/Shift/Alt-click and middle click keep the browser's own meaning.
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    deps.openTab(deps.url).catch(() => fallback(deps.url));
  });
}
