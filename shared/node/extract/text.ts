/**
 * Plain text and Markdown: decoded strictly and linted as they stand. UTF-8 (with or
 * without a byte-order mark) and UTF-16 with a byte-order mark (what Word's "Unicode
 * Text" and Notepad's "Unicode" write) are read. Anything else is refused with a message
 * naming what the file seems to be (another encoding, a PDF or Word file under the wrong
 * name…), rather than linting gibberish.
 */
import { InputError, type ExtractedText } from './types.ts';

const SAVE_AS_UTF8 = 'save it as UTF-8 (in Word: "Plain Text", encoding "Unicode (UTF-8)") and try again';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** Files that are often given the wrong extension, by their first bytes. */
const KNOWN_BINARIES: { magic: number[]; name: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF file; name it .pdf' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive, such as a Word .docx file; name it .docx if it is one' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old-style Word .doc (or other Office) file; save it as .docx' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'a Rich Text (.rtf) file; save it as .docx or UTF-8 text' },
];

function decodeStrict(bytes: Uint8Array, encoding: string, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`it starts with a ${name} byte-order mark but is not valid ${name} text; it may be damaged, or ${SAVE_AS_UTF8}`);
  }
}

/** A guess at the encoding of bytes that are not UTF-8, for the message. */
function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 1 << 20);
  let evenNuls = 0;
  let oddNuls = 0;
  let c1 = 0;
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]!;
    if (byte === 0) {
      if (index % 2 === 0) evenNuls++;
      else oddNuls++;
    } else if (byte >= 0x80 && byte <= 0x9f) c1++;
  }
  const half = sample.length / 2;
  if (oddNuls > half * 0.3 && evenNuls < oddNuls / 10) return 'UTF-16LE text without a byte-order mark';
  if (evenNuls > half * 0.3 && oddNuls < evenNuls / 10) return 'UTF-16BE text without a byte-order mark';
  if (evenNuls + oddNuls > 0) return '';
  // Windows-1252 puts curly quotes and dashes at 0x80–0x9F, which Latin-1 leaves as control codes.
  return c1 > 0 ? 'Windows-1252 (Western European) text' : 'ISO-8859-1 (Latin-1) or another single-byte encoding';
}

/** The document's text, whatever supported encoding it is in. `kind` names the format for messages ("text", "Markdown"). */
export function decodeText(bytes: Uint8Array, kind: string): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8Bytes(bytes.subarray(3), kind);
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new InputError(`it is UTF-32 text, which compact-proof does not read; ${SAVE_AS_UTF8}`);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict(bytes.subarray(2), 'utf-16le', 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict(bytes.subarray(2), 'utf-16be', 'UTF-16BE');
  return decodeUtf8Bytes(bytes, kind);
}

function decodeUtf8Bytes(bytes: Uint8Array, kind: string): string {
  const binary = KNOWN_BINARIES.find((known) => startsWith(bytes, known.magic));
  if (binary) throw new InputError(`it is not a ${kind} file: it looks like ${binary.name}`);
  if (bytes.includes(0)) {
    const guess = guessEncoding(bytes);
    throw new InputError(
      guess
        ? `it looks like ${guess}, which compact-proof cannot read safely; ${SAVE_AS_UTF8}`
        : `it contains binary data (NUL bytes), so it is not a ${kind} file; save it as UTF-8 text and try again`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`it is not valid UTF-8 text (it looks like ${guessEncoding(bytes)}); ${SAVE_AS_UTF8}`);
  }
}

export function extractPlainText(bytes: Uint8Array): ExtractedText {
  return { text: decodeText(bytes, 'text'), format: 'text' };
}
