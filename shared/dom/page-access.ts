/**
 * What the side panel tells someone to do when compact-proof may not read the tab, so that
 * every instruction leads to an action that works (never round in a circle between
 * "Press Check this page" and "click its button in the toolbar"):
 *
 * - a page it may read (a site allowed for auto-check, a Google Doc, a page already opened
 *   to it by a toolbar click): "Press Check this page";
 * - a page it may not read yet: click compact-proof's toolbar button, which both opens the
 *   page to it (the browser's `activeTab`) and checks it. The panel's own button cannot do
 *   that: only a click on the toolbar counts;
 * - a page no extension may read (the browser's own pages, the extension store, another
 *   extension's pages): say so, and that no click will change it.
 *
 * When a toolbar click fails (on a browser page), the background worker notes the refusal for
 * that tab here, so the panel, even one opened by that very click, says why.
 */

/** Why the browser would not let compact-proof read a tab. */
export type Refusal = 'needs-click' | 'browser-page' | 'file';

/** Pages no extension may script: the browser's own, extension stores, extensions' own pages. */
const BROWSER_PAGE =
  /^(?:chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|chrome-untrusted|chrome-search):|^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)\//i;

/** The scripting API's refusals, in Chrome's and Firefox's words. */
const BROWSER_PAGE_ERROR = /Cannot access a [a-z-]+:\/\/ URL|extensions gallery cannot be scripted|URL of different extension|Cannot script|privileged/i;
const NEEDS_CLICK_ERROR = /Cannot access contents|Missing host permission|manifest must request|permission to access/i;

/**
 * Classify a refusal from the error the scripting API gave and, when the panel may know it,
 * the tab's address. Null when the error is not a refusal (the check itself went wrong).
 */
export function refusalOf(error: string, url = ''): Refusal | null {
  if (BROWSER_PAGE.test(url) || BROWSER_PAGE_ERROR.test(error)) return 'browser-page';
  if (/^file:/i.test(url) || /file:\/\//i.test(error)) return 'file';
  if (NEEDS_CLICK_ERROR.test(error)) return 'needs-click';
  return null;
}

export const TOOLBAR_INSTRUCTION =
  'To check this page, click compact-proof’s button in your browser’s toolbar (or choose compact-proof in the Extensions menu, the puzzle-piece icon). That click lets compact-proof read this page and checks it straight away.';

/** What to say for each refusal. None of them sends the reader back to this panel's own button. */
export function refusalText(refusal: Refusal): string {
  switch (refusal) {
    case 'needs-click':
      return `Your browser has not yet let compact-proof read this page. ${TOOLBAR_INSTRUCTION}`;
    case 'browser-page':
      return 'compact-proof cannot check this page: browsers do not let extensions read the browser’s own pages (settings, the new tab page), extensions’ pages (compact-proof’s included) or the extension store. Open the page you want to check in this tab; then click compact-proof’s toolbar button.';
    case 'file':
      return 'compact-proof cannot read files on this computer until you allow it: on your browser’s extensions page, open compact-proof’s Details and turn on “Allow access to file URLs”. Then click compact-proof’s toolbar button. Or check the file with the command-line tool.';
  }
}

/**
 * The first line of an unchecked tab. `readable`: whether compact-proof may read it now
 * (the browser shows an extension a tab's address only when it may read the tab).
 */
export function notCheckedText(url: string, readable: boolean): string {
  const refusal = url ? refusalOf('', url) : null;
  if (refusal) return refusalText(refusal);
  return readable ? 'This page has not been checked yet. Press “Check this page”.' : TOOLBAR_INSTRUCTION;
}

/** A toolbar click the browser refused, remembered per tab until the tab loads something else. */
export interface RefusalStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const key = (tabId: number) => `refused-${tabId}`;

/** The message the background worker sends the panel when a toolbar click could not check a tab. */
export interface CheckRefused {
  type: 'check-refused';
  tabId: number;
  refusal: Refusal;
}

export function isCheckRefused(message: unknown): message is CheckRefused {
  return (message as { type?: unknown } | null)?.type === 'check-refused';
}

export async function noteRefusal(store: RefusalStore | undefined, tabId: number, refusal: Refusal): Promise<void> {
  await store?.set({ [key(tabId)]: refusal }).catch(() => undefined);
}

export async function recallRefusal(store: RefusalStore | undefined, tabId: number): Promise<Refusal | null> {
  if (!store) return null;
  const stored = (await store.get(key(tabId)).catch((): Record<string, unknown> => ({})))[key(tabId)];
  return stored === 'needs-click' || stored === 'browser-page' || stored === 'file' ? stored : null;
}

export async function forgetRefusal(store: RefusalStore | undefined, tabId: number): Promise<void> {
  await store?.remove(key(tabId)).catch(() => undefined);
}
