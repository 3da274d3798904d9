/**
 * Which Google Doc a tab shows, and where its export lives. Pure string work, so the side
 * panel, the content script and the background worker all agree on one definition.
 */

/** Google's document ids are URL-safe base64-like strings; anything else is not a document we fetch. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{20,100}$/;

export const DOCS_ORIGIN = 'https://docs.google.com';

/**
 * Where Google Docs editors live, as content-script match patterns: the default account's
 * `/document/…` (which also covers `/document/u/1/d/…`) and another signed-in account's
 * `/u/1/document/…`. The content scripts and the live-text registration all use this list.
 */
export const DOCS_MATCHES: string[] = ['https://docs.google.com/document/*', 'https://docs.google.com/u/*/document/*'];

/**
 * Where the signed-in account sits in an editor address: `/u/1/document/d/<id>` ("before"
 * the app's name) or `/document/u/1/d/<id>` ("after" it). Google uses both.
 */
export type AccountPlacement = 'before' | 'after';

export interface GoogleDocRef {
  id: string;
  /**
   * Which signed-in Google account the editor is open under: `/u/1/…` is the second
   * account. The export must be asked for under the same account, or Google answers for
   * the default account, which may not have access.
   */
  account: number | null;
  /** For an account, which of the two address forms the editor uses; the export uses the same. Absent means "before". */
  accountPlacement?: AccountPlacement;
}

/** `/document/d/<id>`, `/u/1/document/d/<id>` or `/document/u/1/d/<id>`, then the end or a further part. */
const EDITOR_PATH = /^(?:\/u\/(\d{1,2})\/document|\/document(?:\/u\/(\d{1,2}))?)\/d\/([^/]+)(?:\/|$)/;

/**
 * The document from an editor address such as `https://docs.google.com/document/d/<id>/edit`,
 * `https://docs.google.com/u/1/document/d/<id>/edit?tab=t.0` or
 * `https://docs.google.com/document/u/1/d/<id>/edit`. Null for anything that is not a
 * Google Doc (Sheets, Slides, Drive, other sites).
 */
export function googleDocFromUrl(address: string): GoogleDocRef | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com') return null;
  const match = EDITOR_PATH.exec(url.pathname);
  if (!match) return null;
  const [, before, after, id] = match;
  if (!isGoogleDocId(id)) return null;
  if (before !== undefined) return { id, account: Number(before), accountPlacement: 'before' };
  if (after !== undefined) return { id, account: Number(after), accountPlacement: 'after' };
  return { id, account: null };
}

export function isGoogleDocId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}

/** The formats we ask the export for. HTML keeps headings, which the committee-paper checks need. */
export type ExportFormat = 'html' | 'txt';

/**
 * The export address for a document, in the same form as its editor address. This is the
 * only address the extension ever requests on docs.google.com, and only for the document
 * the user has open.
 */
export function exportUrl(doc: GoogleDocRef, format: ExportFormat = 'html'): string {
  if (!isGoogleDocId(doc.id)) throw new Error(`Not a Google Docs document id: ${JSON.stringify(doc.id)}`);
  const account = doc.account === null ? null : `/u/${Math.trunc(Math.abs(doc.account))}`;
  const path = account === null ? '/document' : doc.accountPlacement === 'after' ? `/document${account}` : `${account}/document`;
  return `${DOCS_ORIGIN}${path}/d/${doc.id}/export?format=${format}`;
}
