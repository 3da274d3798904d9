/**
 * Which Google Doc a tab shows, and where its export lives. Pure string work, so the side
 * panel, the content script and the background worker all agree on one definition.
 */

/** Google's document ids are URL-safe base64-like strings; anything else is not a document we fetch. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{20,100}$/;

export const DOCS_ORIGIN = 'https://docs.google.com';

export interface GoogleDocRef {
  id: string;
  /**
   * Which signed-in Google account the editor is open under: `/u/1/document/d/…` is the
   * second account. The export must be asked for under the same account, or Google
   * answers for the default account, which may not have access.
   */
  account: number | null;
}

/**
 * The document from an editor address such as `https://docs.google.com/document/d/<id>/edit`
 * or `https://docs.google.com/u/1/document/d/<id>/edit?tab=t.0`. Null for anything that is
 * not a Google Doc (Sheets, Slides, Drive, other sites).
 */
export function googleDocFromUrl(address: string): GoogleDocRef | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com') return null;
  const match = /^(?:\/u\/(\d{1,2}))?\/document\/d\/([^/]+)(?:\/|$)/.exec(url.pathname);
  if (!match) return null;
  const id = match[2]!;
  if (!isGoogleDocId(id)) return null;
  return { id, account: match[1] === undefined ? null : Number(match[1]) };
}

export function isGoogleDocId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}

/** The formats we ask the export for. HTML keeps headings, which the committee-paper checks need. */
export type ExportFormat = 'html' | 'txt';

/**
 * The export address for a document. This is the only address the extension ever
 * requests on docs.google.com, and only for the document the user has open.
 */
export function exportUrl(doc: GoogleDocRef, format: ExportFormat = 'html'): string {
  if (!isGoogleDocId(doc.id)) throw new Error(`Not a Google Docs document id: ${JSON.stringify(doc.id)}`);
  const account = doc.account === null ? '' : `/u/${Math.trunc(Math.abs(doc.account))}`;
  return `${DOCS_ORIGIN}${account}/document/d/${doc.id}/export?format=${format}`;
}
