/**
 * The background worker's half of the fallback: when Google refuses the export to the
 * content script (a redirect to another origin blocked by CORS), the worker makes the same
 * request, which the extension's host permission for docs.google.com allows.
 *
 * It fetches only the export of the document the asking tab has open: a message naming
 * any other document, or coming from anywhere but a Google Docs tab, is refused. So the
 * worker cannot be used to fetch anything else.
 */
import { googleDocFromUrl, isGoogleDocId } from './document-id.ts';
import { fetchExport, type ExportResponse } from './export-fetch.ts';
import type { BackgroundExportRequest } from './results.ts';

export interface MessageSender {
  url?: string;
  tab?: { url?: string };
}

export type BackgroundExportReply = { ok: true; value: ExportResponse } | { ok: false; error: string };

export function isBackgroundExportRequest(message: unknown): message is BackgroundExportRequest {
  const candidate = message as Partial<BackgroundExportRequest> | null;
  return candidate?.type === 'gdocs-export' && typeof candidate.doc === 'object' && candidate.doc !== null;
}

/** Answer one request, or explain the refusal. */
export async function answerExportRequest(
  message: BackgroundExportRequest,
  sender: MessageSender,
  fetcher: typeof fetch,
): Promise<BackgroundExportReply> {
  const open = googleDocFromUrl(sender.url ?? sender.tab?.url ?? '');
  const asked = message.doc;
  // The export is fetched for the tab's own address (`open`), so only the id and account need to agree.
  if (!open || !isGoogleDocId(asked.id) || open.id !== asked.id || open.account !== (asked.account ?? null)) {
    return { ok: false, error: 'Refused: only the export of the document open in the asking tab may be fetched.' };
  }
  try {
    // `include`: the worker's request is cross-site, and only the user's own session can open the document.
    return { ok: true, value: await fetchExport(open, fetcher, 'include') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A `runtime.onMessage` listener for the background worker. It answers through
 * `sendResponse` and returns true (the form every browser supports) and ignores every
 * other message, so it sits beside the extension's own listener.
 */
export function createBackgroundExportListener(fetcher: typeof fetch = (input, init) => fetch(input, init)) {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: BackgroundExportReply) => void): true | undefined => {
    if (!isBackgroundExportRequest(message)) return undefined;
    void answerExportRequest(message, sender, fetcher).then(sendResponse);
    return true;
  };
}

/**
 * "Check this page" on a Google Doc: ask the tab's Docs content script to check (never the
 * web-page script, which would read Docs' canvas chrome). A tab opened before the extension
 * was installed has no content script yet, so inject it once and ask again.
 */
export async function checkDocsTab<T>(deps: { check(): Promise<T>; inject(): Promise<unknown> }): Promise<T> {
  try {
    return await deps.check();
  } catch {
    await deps.inject();
    return deps.check();
  }
}
