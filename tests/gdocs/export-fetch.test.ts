import { describe, expect, it, vi } from 'vitest';
import {
  classifyExport,
  fetchExport,
  getExport,
  readExportResponse,
  type ExportResponse,
} from '../../shared/dom/google-docs/export-fetch.ts';
import { buildDocsExport, CABINET_PAPER } from '../fixtures/gdocs/export-builder.ts';

const DOC = { id: '1AbC_dEf-GhIjKlMnOpQrStUvWxYz0123456789', account: null };
const EXPORT = buildDocsExport(CABINET_PAPER);
const LOGIN_PAGE =
  '<!doctype html><html><head><title>Sign in – Google Accounts</title></head><body>' +
  '<form action="https://accounts.google.com/v3/signin/identifier" method="post"><input type="email" name="identifier">' +
  '<input type="password" name="Passwd"></form></body></html>';

function answer(overrides: Partial<ExportResponse> = {}): ExportResponse {
  const body = overrides.body === undefined ? EXPORT : overrides.body;
  return {
    status: 200,
    url: `https://docs.google.com/document/d/${DOC.id}/export?format=html`,
    redirected: false,
    contentType: 'text/html; charset=utf-8',
    contentDisposition: 'attachment; filename="Cabinet.html"',
    bytes: body?.length ?? 0,
    ...overrides,
    body,
  };
}

describe('classifyExport', () => {
  it('accepts the export by its download header or its doc-content body', () => {
    expect(classifyExport(answer(), 'page')).toMatchObject({ state: 'ok', html: EXPORT, via: 'page' });
    expect(classifyExport(answer({ contentDisposition: '' }), 'background')).toMatchObject({ state: 'ok', via: 'background' });
  });

  it('recognises a sign-in page served instead of the export', () => {
    expect(classifyExport(answer({ body: LOGIN_PAGE, contentDisposition: '' }), 'page').state).toBe('signed-out');
    expect(classifyExport(answer({ redirected: true, url: 'https://accounts.google.com/ServiceLogin?continue=x', body: LOGIN_PAGE, contentDisposition: '' }), 'page').state).toBe('signed-out');
    expect(classifyExport(answer({ status: 401, body: '' }), 'page').state).toBe('signed-out');
  });

  it('does not lint a page that is neither the export nor a sign-in page', () => {
    const outcome = classifyExport(answer({ body: '<html><body><h1>You need access</h1></body></html>', contentDisposition: '' }), 'page');
    expect(outcome.state).toBe('no-access');
  });

  it('reports refusals, failures and oversize exports with their details', () => {
    expect(classifyExport(answer({ status: 403, body: 'Forbidden' }), 'page')).toEqual({ state: 'no-access', details: { status: 403 } });
    expect(classifyExport(answer({ status: 404, body: '' }), 'page').state).toBe('no-access');
    expect(classifyExport(answer({ status: 500, body: '' }), 'page')).toEqual({ state: 'export-failed', details: { status: 500 } });
    expect(classifyExport(answer({ status: 429, body: '' }), 'page').state).toBe('export-failed');
    expect(classifyExport(answer({ body: null, bytes: 30_000_000 }), 'page', 20_000_000)).toEqual({
      state: 'too-large',
      details: { bytes: 30_000_000, limitBytes: 20_000_000 },
    });
  });
});

describe('readExportResponse and fetchExport', () => {
  it('does not read a body whose announced size is over the limit', async () => {
    const response = new Response('x'.repeat(100), { headers: { 'content-length': '5000' } });
    const read = await readExportResponse(response, 1000);
    expect(read.body).toBeNull();
    expect(read.bytes).toBe(5000);
  });

  it('measures an unannounced body and drops it when over the limit', async () => {
    expect((await readExportResponse(new Response('x'.repeat(2000)), 1000)).body).toBeNull();
    expect((await readExportResponse(new Response('short'), 1000)).body).toBe('short');
  });

  it('requests only the export address, with the given credentials and no cache', async () => {
    const fake = vi.fn(async () => new Response(EXPORT, { headers: { 'content-disposition': 'attachment' } }));
    const read = await fetchExport(DOC, fake as unknown as typeof fetch, 'same-origin');
    expect(fake).toHaveBeenCalledTimes(1);
    const [address, init] = fake.mock.calls[0] as unknown as [string, RequestInit];
    expect(address).toBe(`https://docs.google.com/document/d/${DOC.id}/export?format=html`);
    expect(init).toMatchObject({ credentials: 'same-origin', cache: 'no-store' });
    expect(read.contentDisposition).toBe('attachment');
  });
});

describe('getExport', () => {
  it('does not try at all when the browser says it is offline', async () => {
    const fromPage = vi.fn();
    expect(await getExport(DOC, { fromPage, isOnline: () => false })).toEqual({ state: 'offline', details: {} });
    expect(fromPage).not.toHaveBeenCalled();
  });

  it('uses the page’s own request when it works, without asking the background worker', async () => {
    const fromBackground = vi.fn();
    const outcome = await getExport(DOC, { fromPage: async () => answer(), fromBackground, isOnline: () => true });
    expect(outcome).toMatchObject({ state: 'ok', via: 'page' });
    expect(fromBackground).not.toHaveBeenCalled();
  });

  it('falls back to the background worker when the page’s request is refused by CORS', async () => {
    const outcome = await getExport(DOC, {
      fromPage: async () => {
        throw new TypeError('Failed to fetch');
      },
      fromBackground: async () => answer(),
      isOnline: () => true,
    });
    expect(outcome).toMatchObject({ state: 'ok', via: 'background' });
  });

  it('asks the background worker again when the page gets a sign-in page, and believes it when it agrees', async () => {
    const fromBackground = vi.fn(async () => answer({ body: LOGIN_PAGE, contentDisposition: '' }));
    const outcome = await getExport(DOC, { fromPage: async () => answer({ body: LOGIN_PAGE, contentDisposition: '' }), fromBackground, isOnline: () => true });
    expect(outcome.state).toBe('signed-out');
    expect(fromBackground).toHaveBeenCalledTimes(1);
  });

  it('believes a real refusal without a second request', async () => {
    const fromBackground = vi.fn();
    const outcome = await getExport(DOC, { fromPage: async () => answer({ status: 403, body: '' }), fromBackground, isOnline: () => true });
    expect(outcome.state).toBe('no-access');
    expect(fromBackground).not.toHaveBeenCalled();
  });

  it('reports offline when neither request reaches Google', async () => {
    const fail = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await getExport(DOC, { fromPage: fail, fromBackground: fail, isOnline: () => true })).state).toBe('offline');
  });
});
