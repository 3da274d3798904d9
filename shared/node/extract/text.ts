/**
 * Plain text and Markdown: decoded strictly as UTF-8 and linted as they stand, so the
 * engine's offsets are the file's own offsets. A file with NUL bytes or bytes that are not
 * UTF-8 is almost certainly not a text document (a renamed Word file, an image…): we say
 * so rather than lint gibberish.
 */
import { InputError, type ExtractedText } from './types.ts';

export function decodeUtf8(bytes: Uint8Array, kind: string): string {
  if (bytes.includes(0)) {
    throw new InputError(`it contains binary data (NUL bytes), so it is not a ${kind} file; save it as UTF-8 text and try again`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`it is not valid UTF-8 text; save it as UTF-8 (in Word: "Plain Text", encoding "Unicode (UTF-8)") and try again`);
  }
  // A byte-order mark is not part of the document.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function extractPlainText(bytes: Uint8Array): ExtractedText {
  return { text: decodeUtf8(bytes, 'text'), format: 'text' };
}
