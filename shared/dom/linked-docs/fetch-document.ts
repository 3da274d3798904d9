/**
 * Download one linked document, only when the user asked for it: without cookies, with a
 * size cap (checked against Content-Length first and then byte by byte as it arrives, so an
 * endless or lying response stops at the cap), a time-out, and the user's Cancel.
 */
import { DOCUMENT_LIMITS, LinkedDocumentError, PROBLEM_MESSAGES } from './problems.ts';

export interface FetchOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
}

export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes;
  const timeoutMs = options.timeoutMs ?? DOCUMENT_LIMITS.timeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', cancel);
  const stopped = () =>
    timedOut
      ? new LinkedDocumentError('timed-out', PROBLEM_MESSAGES.timedOut())
      : new LinkedDocumentError('cancelled', PROBLEM_MESSAGES.cancelled());
  try {
    let response: Response;
    try {
      // No cookies: the document is read as anyone on the web would read it.
      response = await (options.fetch ?? fetch)(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    } catch (error) {
      if (controller.signal.aborted) throw stopped();
      throw new LinkedDocumentError('unreachable', PROBLEM_MESSAGES.unreachable(error instanceof Error ? error.message : String(error)));
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new LinkedDocumentError('http', PROBLEM_MESSAGES.http(response.status));
    }
    const type = response.headers.get('content-type') ?? '';
    if (/^text\/html\b/i.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      throw new LinkedDocumentError('wrong-type', PROBLEM_MESSAGES.wrongType('a web page (perhaps a sign-in page)'));
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new LinkedDocumentError('too-large', PROBLEM_MESSAGES.tooLarge(declared));
    }
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new LinkedDocumentError('too-large', PROBLEM_MESSAGES.tooLarge(null));
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof LinkedDocumentError) throw error;
      if (controller.signal.aborted) throw stopped();
      throw new LinkedDocumentError('unreachable', PROBLEM_MESSAGES.unreachable(error instanceof Error ? error.message : String(error)));
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}
