import { describe, expect, it, vi } from 'vitest';
import { answerExportRequest, checkDocsTab, createBackgroundExportListener } from '../../shared/dom/google-docs/background-export.ts';

const ID = '1AbC_dEf-GhIjKlMnOpQrStUvWxYz0123456789';
const OTHER = '1ZzZ_dEf-GhIjKlMnOpQrStUvWxYz0123456789';
const TAB = { url: `https://docs.google.com/document/d/${ID}/edit` };

function fakeFetch() {
  return vi.fn(async () => new Response('<body class="doc-content"><p>Saved text</p></body>', { headers: { 'content-disposition': 'attachment' } }));
}

describe('answerExportRequest', () => {
  it('fetches the export of the document the asking tab has open, with the user’s session', async () => {
    const fetcher = fakeFetch();
    const reply = await answerExportRequest({ type: 'gdocs-export', doc: { id: ID, account: null } }, { tab: TAB, url: TAB.url }, fetcher);
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.body).toContain('Saved text');
    const [address, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(address).toBe(`https://docs.google.com/document/d/${ID}/export?format=html`);
    expect(init.credentials).toBe('include');
  });

  it('fetches under the tab’s own account, in the same address form as the tab', async () => {
    for (const [editor, expected] of [
      [`https://docs.google.com/u/1/document/d/${ID}/edit`, `https://docs.google.com/u/1/document/d/${ID}/export?format=html`],
      [`https://docs.google.com/document/u/1/d/${ID}/edit`, `https://docs.google.com/document/u/1/d/${ID}/export?format=html`],
    ]) {
      const fetcher = fakeFetch();
      const reply = await answerExportRequest({ type: 'gdocs-export', doc: { id: ID, account: 1 } }, { url: editor }, fetcher);
      expect(reply.ok).toBe(true);
      expect((fetcher.mock.calls[0] as unknown as [string])[0]).toBe(expected);
    }
  });

  it('refuses any other document, any other site and any other account', async () => {
    const fetcher = fakeFetch();
    const asks = [
      { message: { type: 'gdocs-export' as const, doc: { id: OTHER, account: null } }, sender: { url: TAB.url } },
      { message: { type: 'gdocs-export' as const, doc: { id: ID, account: null } }, sender: { url: 'https://evil.example/' } },
      { message: { type: 'gdocs-export' as const, doc: { id: ID, account: 1 } }, sender: { url: TAB.url } },
      { message: { type: 'gdocs-export' as const, doc: { id: '../../x', account: null } }, sender: { url: TAB.url } },
    ];
    for (const { message, sender } of asks) {
      const reply = await answerExportRequest(message, sender, fetcher);
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Refused/) });
    }
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('reports a network failure as an error reply rather than throwing', async () => {
    const fetcher = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await answerExportRequest({ type: 'gdocs-export', doc: { id: ID, account: null } }, TAB, fetcher)).toEqual({ ok: false, error: 'Failed to fetch' });
  });
});

describe('createBackgroundExportListener', () => {
  it('answers its own messages through sendResponse and leaves others alone', async () => {
    const listener = createBackgroundExportListener(fakeFetch());
    const sendResponse = vi.fn();
    expect(listener({ type: 'lint' }, { url: TAB.url }, sendResponse)).toBeUndefined();
    expect(listener({ type: 'gdocs-export', doc: { id: ID, account: null } }, { url: TAB.url }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(expect.objectContaining({ ok: true })));
  });
});

describe('checkDocsTab', () => {
  it('asks the Docs content script, injecting it first only when the tab has none', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await checkDocsTab({ check: async () => 'checked', inject })).toBe('checked');
    expect(inject).not.toHaveBeenCalled();

    let present = false;
    const check = vi.fn(async () => {
      if (!present) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'checked';
    });
    const injectNow = vi.fn(async () => {
      present = true;
    });
    expect(await checkDocsTab({ check, inject: injectNow })).toBe('checked');
    expect(injectNow).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
