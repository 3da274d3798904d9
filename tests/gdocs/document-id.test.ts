import { describe, expect, it } from 'vitest';
import { DOCS_MATCHES, exportUrl, googleDocFromUrl, isGoogleDocId } from '../../shared/dom/google-docs/document-id.ts';

const ID = '1AbC_dEf-GhIjKlMnOpQrStUvWxYz0123456789';

describe('googleDocFromUrl', () => {
  it('reads the id from an editor address', () => {
    expect(googleDocFromUrl(`https://docs.google.com/document/d/${ID}/edit?tab=t.0`)).toEqual({ id: ID, account: null });
    expect(googleDocFromUrl(`https://docs.google.com/document/d/${ID}`)).toEqual({ id: ID, account: null });
  });

  it('keeps the signed-in account the editor is open under, in either address form', () => {
    expect(googleDocFromUrl(`https://docs.google.com/u/1/document/d/${ID}/edit#heading=h.x`)).toEqual({ id: ID, account: 1, accountPlacement: 'before' });
    expect(googleDocFromUrl(`https://docs.google.com/document/u/1/d/${ID}/edit`)).toEqual({ id: ID, account: 1, accountPlacement: 'after' });
    expect(googleDocFromUrl(`https://docs.google.com/document/u/12/d/${ID}/edit?tab=t.0`)).toEqual({ id: ID, account: 12, accountPlacement: 'after' });
  });

  it('refuses an address with the account in both places, or in neither form', () => {
    expect(googleDocFromUrl(`https://docs.google.com/u/1/document/u/2/d/${ID}/edit`)).toBeNull();
    expect(googleDocFromUrl(`https://docs.google.com/document/u/x/d/${ID}/edit`)).toBeNull();
    expect(googleDocFromUrl(`https://docs.google.com/document/u/1/`)).toBeNull();
  });

  it('ignores other Google apps, other hosts and malformed ids', () => {
    expect(googleDocFromUrl(`https://docs.google.com/spreadsheets/d/${ID}/edit`)).toBeNull();
    expect(googleDocFromUrl(`https://docs.google.com.evil.example/document/d/${ID}/edit`)).toBeNull();
    expect(googleDocFromUrl(`http://docs.google.com/document/d/${ID}/edit`)).toBeNull();
    expect(googleDocFromUrl('https://docs.google.com/document/d/short/edit')).toBeNull();
    expect(googleDocFromUrl('https://docs.google.com/document/d/..%2F..%2Fetc%2Fpasswd_padding_padding/edit')).toBeNull();
    expect(googleDocFromUrl('not a url')).toBeNull();
  });
});

describe('exportUrl', () => {
  it('asks for the HTML export of that document only', () => {
    expect(exportUrl({ id: ID, account: null })).toBe(`https://docs.google.com/document/d/${ID}/export?format=html`);
    expect(exportUrl({ id: ID, account: 2 }, 'txt')).toBe(`https://docs.google.com/u/2/document/d/${ID}/export?format=txt`);
  });

  it('asks under the same account, in the same form as the editor’s address', () => {
    const before = googleDocFromUrl(`https://docs.google.com/u/1/document/d/${ID}/edit`)!;
    const after = googleDocFromUrl(`https://docs.google.com/document/u/1/d/${ID}/edit`)!;
    expect(exportUrl(before)).toBe(`https://docs.google.com/u/1/document/d/${ID}/export?format=html`);
    expect(exportUrl(after)).toBe(`https://docs.google.com/document/u/1/d/${ID}/export?format=html`);
  });

  it('refuses anything that is not a document id', () => {
    expect(() => exportUrl({ id: '../../accounts', account: null })).toThrow(/Not a Google Docs document id/);
    expect(isGoogleDocId(42)).toBe(false);
  });
});

describe('DOCS_MATCHES', () => {
  /** A content-script match pattern's path as the browser reads it: `*` matches anything, including `/`. */
  const matches = (pattern: string, address: string) => {
    const { origin, pathname } = new URL(address);
    const [, patternOrigin, patternPath] = /^(https:\/\/[^/]+)(\/.*)$/.exec(pattern)!;
    const path = new RegExp(`^${patternPath!.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`);
    return origin === patternOrigin && path.test(pathname);
  };

  it('covers every editor address googleDocFromUrl recognises', () => {
    for (const address of [
      `https://docs.google.com/document/d/${ID}/edit`,
      `https://docs.google.com/u/1/document/d/${ID}/edit`,
      `https://docs.google.com/document/u/1/d/${ID}/edit`,
    ]) {
      expect(googleDocFromUrl(address), address).not.toBeNull();
      expect(DOCS_MATCHES.some((pattern) => matches(pattern, address)), address).toBe(true);
    }
    expect(DOCS_MATCHES.some((pattern) => matches(pattern, `https://docs.google.com/spreadsheets/d/${ID}/edit`))).toBe(false);
  });
});
