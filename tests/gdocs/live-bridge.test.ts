// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { keepLiveScriptInStep, offerExtensionId, requestLiveText, startPageSide, type LiveScriptApi } from '../../shared/dom/google-docs/live-bridge.ts';
import { liveDocsText } from '../../shared/dom/google-docs/watcher.ts';

type PageWindow = Window & { _docs_annotate_canvas_by_ext?: string; _docs_annotate_getAnnotatedText?: unknown };

/** A page window of its own per test, so listeners from one test never answer another. */
function freshWindow(): PageWindow {
  return { document: document.implementation.createHTMLDocument('Docs') } as unknown as PageWindow;
}

describe('live-text bridge (experimental)', () => {
  it('sets the annotated-canvas flag to our id when the page side starts first', () => {
    const win = freshWindow();
    startPageSide(win);
    expect(win._docs_annotate_canvas_by_ext).toBeUndefined();
    offerExtensionId(win.document, 'ourextensionid');
    expect(win._docs_annotate_canvas_by_ext).toBe('ourextensionid');
  });

  it('sets the flag when our isolated script starts first', () => {
    const win = freshWindow();
    offerExtensionId(win.document, 'ourextensionid');
    startPageSide(win);
    expect(win._docs_annotate_canvas_by_ext).toBe('ourextensionid');
  });

  it('passes the live text across when Docs offers the hook', async () => {
    const win = freshWindow();
    startPageSide(win);
    win._docs_annotate_getAnnotatedText = async () => ({ getText: () => 'Unsaved sentence about the VCS.\n' });
    expect(await requestLiveText(win.document)).toBe('Unsaved sentence about the VCS.\n');
  });

  it('answers null, quickly, without the hook or without a page side, so the export is used', async () => {
    const win = freshWindow();
    startPageSide(win);
    expect(await requestLiveText(win.document)).toBeNull();
    win._docs_annotate_getAnnotatedText = async () => {
      throw new Error('refused');
    };
    expect(await requestLiveText(win.document)).toBeNull();
    vi.useFakeTimers();
    try {
      const pending = requestLiveText(freshWindow().document, 500);
      await vi.advanceTimersByTimeAsync(500);
      expect(await pending).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns each line of live text into a paragraph block', () => {
    expect(liveDocsText('\u0003Title\nFirst paragraph.\n\nSecond one.\n')).toEqual({
      text: 'Title\n\nFirst paragraph.\n\nSecond one.',
      headings: [],
      words: 5,
    });
  });
});

describe('keepLiveScriptInStep', () => {
  function fakeApi(enabled: boolean) {
    const stored: Record<string, unknown> = { gdocsLiveText: enabled };
    const registered = new Set<string>();
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    const api: LiveScriptApi = {
      storage: {
        local: { get: async (key) => ({ [key]: stored[key] }) },
        onChanged: { addListener: (listener) => listeners.push(listener) },
      },
      scripting: {
        getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => registered.has(id)),
        registerContentScripts: vi.fn(async (scripts: { id: string }[]) => scripts.forEach((script) => registered.add(script.id))),
        unregisterContentScripts: async ({ ids }) => ids.forEach((id) => registered.delete(id)),
      },
    };
    return { api, stored, registered, change: (value: boolean) => ((stored.gdocsLiveText = value), listeners.forEach((l) => l({ gdocsLiveText: {} }, 'local'))) };
  }

  it('registers the MAIN-world script and the one that offers our id only while the setting is on', async () => {
    const off = fakeApi(false);
    await keepLiveScriptInStep(off.api);
    // Off (the default): nothing is registered, so no Docs page is told the extension's id.
    expect(off.registered.size).toBe(0);

    off.change(true);
    await vi.waitFor(() => expect([...off.registered].sort()).toEqual(['compact-proof-gdocs-live', 'compact-proof-gdocs-live-id']));
    const calls = (off.api.scripting.registerContentScripts as unknown as { mock: { calls: unknown[][] } }).mock.calls;
    const registered = calls.map((call) => (call[0] as unknown[])[0]);
    const matches = ['https://docs.google.com/document/*', 'https://docs.google.com/u/*/document/*'];
    expect(registered).toContainEqual(expect.objectContaining({ id: 'compact-proof-gdocs-live', world: 'MAIN', runAt: 'document_start', matches }));
    expect(registered).toContainEqual(
      expect.objectContaining({ id: 'compact-proof-gdocs-live-id', world: 'ISOLATED', runAt: 'document_start', matches, js: ['/content-scripts/gdocs-live-id.js'] }),
    );

    off.change(false);
    await vi.waitFor(() => expect(off.registered.size).toBe(0));
  });
});

describe('mountLiveTextSetting', () => {
  it('shows the experimental switch, off by default, and stores the choice', async () => {
    const { mountLiveTextSetting } = await import('../../shared/dom/google-docs/options-section.ts');
    const stored: Record<string, unknown> = {};
    const area = { get: async (key: string) => ({ [key]: stored[key] }), set: async (items: Record<string, unknown>) => void Object.assign(stored, items) };
    document.body.innerHTML = '<main></main>';
    const input = await mountLiveTextSetting(document.querySelector('main')!, area);
    expect(input.checked).toBe(false);
    expect(document.querySelector('#gdocs-live label')?.textContent).toContain('(experimental)');
    input.checked = true;
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(stored.gdocsLiveText).toBe(true));
  });
});
