/**
 * What the side panel tells someone to do when compact-proof may not read a tab: every
 * instruction leads to something that works, never back to the button just pressed.
 */
import { describe, expect, it } from 'vitest';
import { forgetRefusal, notCheckedText, recallRefusal, noteRefusal, refusalOf, refusalText, TOOLBAR_INSTRUCTION, type RefusalStore } from '../../shared/dom/page-access.ts';
import { panelStatus } from '../../entrypoints/sidepanel/status-line.ts';

function memoryStore(): RefusalStore & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => void Object.entries(values).forEach(([key, value]) => items.set(key, value)),
    remove: async (key) => void items.delete(key),
  };
}

describe('refusalOf', () => {
  it('reads Chrome’s and Firefox’s refusals', () => {
    expect(refusalOf('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('needs-click');
    expect(refusalOf('Missing host permission for the tab')).toBe('needs-click');
    expect(refusalOf('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(refusalOf('The extensions gallery cannot be scripted.')).toBe('browser-page');
    expect(refusalOf('Cannot access contents of url "file:///home/a/report.html". Extension manifest must request permission to access this host.')).toBe('file');
  });

  it('knows the pages no click opens from their address, even when the error says only “permission”', () => {
    const permission = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(refusalOf(permission, 'chrome-extension://abc/practice.html')).toBe('browser-page');
    expect(refusalOf(permission, 'https://chromewebstore.google.com/detail/x')).toBe('browser-page');
    expect(refusalOf(permission, 'https://addons.mozilla.org/en-GB/firefox/')).toBe('browser-page');
    expect(refusalOf(permission, 'https://www.coventry.gov.uk/consultations')).toBe('needs-click');
  });

  it('is null for a check that went wrong for another reason', () => {
    expect(refusalOf('this page is too large to check')).toBeNull();
  });
});

describe('what the panel says first', () => {
  it('“Press Check this page” only where that button works', () => {
    expect(notCheckedText('https://www.coventry.gov.uk/x', true)).toBe('This page has not been checked yet. Press “Check this page”.');
    expect(notCheckedText('', false)).toBe(TOOLBAR_INSTRUCTION);
    expect(notCheckedText('chrome://settings', true)).toBe(refusalText('browser-page'));
  });

  it('no refusal sends the reader back to the panel’s own button', () => {
    for (const refusal of ['needs-click', 'browser-page', 'file'] as const) {
      expect(refusalText(refusal)).not.toMatch(/Check this page/);
      expect(refusalText(refusal)).toMatch(/toolbar button|button in your browser’s toolbar/);
    }
  });

  it('the status line: a Doc’s own line first, then a remembered refusal, then the first step, then what happened', () => {
    const idle = { status: 'idle' } as never;
    expect(panelStatus({ results: null, url: '', refusal: null, docsLine: '' })).toBe('');
    expect(panelStatus({ results: idle, url: '', refusal: 'browser-page', docsLine: null })).toBe(refusalText('browser-page'));
    expect(panelStatus({ results: null, url: '', refusal: null, docsLine: null })).toBe(TOOLBAR_INSTRUCTION);
    expect(panelStatus({ results: { status: 'checking' } as never, url: '', refusal: 'needs-click', docsLine: null })).toBe('Checking the page…');
  });
});

describe('a refused toolbar click is remembered per tab until the tab loads again', () => {
  it('notes, recalls and forgets', async () => {
    const store = memoryStore();
    await noteRefusal(store, 7, 'browser-page');
    expect(await recallRefusal(store, 7)).toBe('browser-page');
    expect(await recallRefusal(store, 8)).toBeNull();
    await forgetRefusal(store, 7);
    expect(await recallRefusal(store, 7)).toBeNull();
    // No session storage (an older browser): nothing remembered, nothing thrown.
    expect(await recallRefusal(undefined, 7)).toBeNull();
  });
});
