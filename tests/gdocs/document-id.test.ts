import { describe, expect, it } from 'vitest';
import { exportUrl, googleDocFromUrl, isGoogleDocId } from '../../shared/dom/google-docs/document-id.ts';

const ID = '1AbC_dEf-GhIjKlMnOpQrStUvWxYz0123456789';

describe('googleDocFromUrl', () => {
  it('reads the id from an editor address', () => {
    expect(googleDocFromUrl(`https://docs.google.com/document/d/${ID}/edit?tab=t.0`)).toEqual({ id: ID, account: null });
    expect(googleDocFromUrl(`https://docs.google.com/document/d/${ID}`)).toEqual({ id: ID, account: null });
  });

  it('keeps the signed-in account the editor is open under', () => {
    expect(googleDocFromUrl(`https://docs.google.com/u/1/document/d/${ID}/edit#heading=h.x`)).toEqual({ id: ID, account: 1 });
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

  it('refuses anything that is not a document id', () => {
    expect(() => exportUrl({ id: '../../accounts', account: null })).toThrow(/Not a Google Docs document id/);
    expect(isGoogleDocId(42)).toBe(false);
  });
});
