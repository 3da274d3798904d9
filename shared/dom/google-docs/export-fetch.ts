/**
 * Fetch a document's saved text from Google Docs' own export endpoint and sort the answer
 * into one of the states in states.ts. The fetch carries the user's own Google session,
 * either same-origin from the content script on docs.google.com or, when that is refused
 * (a cross-origin redirect blocked by CORS), from the extension's background worker.
 * No other address is ever requested.
 */
import { exportUrl, type GoogleDocRef } from './document-id.ts';
import type { DocsProblem, ProblemDetails } from './states.ts';

/** Exports larger than this are not read at all (a Docs HTML export carries a lot of styling). */
export const MAX_EXPORT_BYTES = 20_000_000;

/** The parts of an HTTP answer we look at, as plain data so the background worker can pass it on. */
export interface ExportResponse {
  status: number;
  /** The final address, after any redirects. */
  url: string;
  redirected: boolean;
  contentType: string;
  contentDisposition: string;
  /** The body, or null when it was not read because it is over the size limit. */
  body: string | null;
  /** The size announced by Content-Length or measured from the body (characters). */
  bytes: number;
}

export type ExportOutcome =
  | { state: 'ok'; html: string; via: 'page' | 'background' }
  | { state: DocsProblem; details: ProblemDetails };

/** Turn a fetch Response into plain data, refusing to read a body over the limit. */
export async function readExportResponse(response: Response, maxBytes = MAX_EXPORT_BYTES): Promise<ExportResponse> {
  const announced = Number(response.headers.get('content-length') ?? NaN);
  const base = {
    status: response.status,
    url: response.url,
    redirected: response.redirected,
    contentType: response.headers.get('content-type') ?? '',
    contentDisposition: response.headers.get('content-disposition') ?? '',
  };
  if (Number.isFinite(announced) && announced > maxBytes) {
    // Do not download a huge body only to throw it away.
    await response.body?.cancel().catch(() => undefined);
    return { ...base, body: null, bytes: announced };
  }
  const body = await response.text();
  return body.length > maxBytes ? { ...base, body: null, bytes: body.length } : { ...base, body, bytes: body.length };
}

/** Fetch the export with the given fetch (the page's own, or the background worker's). */
export async function fetchExport(
  doc: GoogleDocRef,
  fetcher: typeof fetch,
  credentials: RequestCredentials,
  maxBytes = MAX_EXPORT_BYTES,
): Promise<ExportResponse> {
  const response = await fetcher(exportUrl(doc, 'html'), {
    credentials,
    cache: 'no-store',
    // The export is a download; say we want it as text so nothing is rendered.
    headers: { Accept: 'text/html' },
  });
  return readExportResponse(response, maxBytes);
}

const LOGIN_MARKERS = [
  /\/\/accounts\.google\.com\/(?:ServiceLogin|v3\/signin|signin|AccountChooser|InteractiveLogin)/i,
  /<input[^>]*type=["']?password/i,
  /<form[^>]*action=["'][^"']*accounts\.google\.com/i,
];

export function looksLikeLoginPage(body: string): boolean {
  return LOGIN_MARKERS.some((marker) => marker.test(body));
}

/**
 * Is this Google Docs' HTML export? It comes as a download (Content-Disposition:
 * attachment) and, since 2023, with a `doc-content` class on the body. Either is enough:
 * the header is hidden from a cross-origin fetch, the class from older exports.
 */
export function looksLikeDocsExport(response: ExportResponse): boolean {
  if (/attachment/i.test(response.contentDisposition)) return true;
  return response.body !== null && /<body[^>]*class=["'][^"']*\bdoc-content\b/i.test(response.body);
}

/** Sort one answer into a state. */
export function classifyExport(response: ExportResponse, via: 'page' | 'background', maxBytes = MAX_EXPORT_BYTES): ExportOutcome {
  let finalHost = '';
  try {
    finalHost = new URL(response.url).hostname;
  } catch {
    // An empty or opaque URL tells us nothing; judge by the rest.
  }
  if (response.redirected && finalHost === 'accounts.google.com') return { state: 'signed-out', details: { status: response.status } };
  if (response.status === 401) return { state: 'signed-out', details: { status: 401 } };
  if (response.status === 403 || response.status === 404) return { state: 'no-access', details: { status: response.status } };
  if (response.status < 200 || response.status >= 300) return { state: 'export-failed', details: { status: response.status } };
  if (response.body === null) return { state: 'too-large', details: { bytes: response.bytes, limitBytes: maxBytes } };
  if (looksLikeDocsExport(response)) return { state: 'ok', html: response.body, via };
  if (looksLikeLoginPage(response.body)) return { state: 'signed-out', details: { status: response.status } };
  // A 200 answer that is neither the export nor a sign-in page (an interstitial, a
  // "you need access" page): say we could not get the text rather than lint a stranger page.
  return { state: 'no-access', details: {} };
}

export interface ExportSources {
  /** Same-origin fetch from the content script. Throws on a network or CORS failure. */
  fromPage(doc: GoogleDocRef): Promise<ExportResponse>;
  /** The same request made by the background worker; absent where there is none (tests). */
  fromBackground?(doc: GoogleDocRef): Promise<ExportResponse>;
  /** `navigator.onLine`; false means do not even try. */
  isOnline(): boolean;
}

/**
 * Get the export, falling back to the background worker when the page's own request is
 * refused (network error, which is how CORS shows itself) or answered by something
 * other than the export. Real refusals (403, 404, 5xx) are believed as they are.
 */
export async function getExport(doc: GoogleDocRef, sources: ExportSources, maxBytes = MAX_EXPORT_BYTES): Promise<ExportOutcome> {
  if (!sources.isOnline()) return { state: 'offline', details: {} };
  let first: ExportOutcome | null = null;
  try {
    first = classifyExport(await sources.fromPage(doc), 'page', maxBytes);
    if (first.state !== 'signed-out' && first.state !== 'no-access') return first;
    if (first.state === 'no-access' && first.details.status !== undefined) return first;
  } catch {
    // Fall through to the background worker.
  }
  if (!sources.fromBackground) return first ?? { state: 'offline', details: {} };
  try {
    return classifyExport(await sources.fromBackground(doc), 'background', maxBytes);
  } catch {
    // Both requests failed to reach Google: report the page's answer if it had one.
    return first ?? { state: 'offline', details: {} };
  }
}
