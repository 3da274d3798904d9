/**
 * Word (.docx) → text through mammoth's HTML conversion, so headings, lists and tables
 * keep their structure and go through the same HTML extractor as web pages. Word has no
 * stable line numbers, so findings report the paragraph (and the heading above it).
 * mammoth is loaded only when a .docx is actually read, so checking a .txt starts fast.
 */
import { extractHtml } from './html.ts';
import type { Limits } from '../../config/limits.ts';
import { checkZipUnpackedSize } from './zip-check.ts';
import { InputError, type ExtractedText, type FindingLocation } from './types.ts';

/** OLE compound file: what Word writes for an encrypted (password-protected) file or an old .doc. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Index of the last entry ≤ value in a sorted list, or -1. */
function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export async function extractDocx(bytes: Uint8Array, limits: Limits): Promise<ExtractedText> {
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new InputError(
      'it is password-protected, or an old-style .doc saved with a .docx name; remove the password (or save as .docx) and try again',
    );
  }
  if (!startsWith(bytes, ZIP)) throw new InputError('it is not a Word .docx file (a .docx is a zip archive) or it is damaged');
  // Before anything inflates: a zip bomb is refused here, in bounded memory.
  checkZipUnpackedSize(bytes, limits);

  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Pictures are never unpacked: the check reads text, and mammoth would otherwise copy each into the HTML.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new InputError(`it could not be read as a Word document (${(error as Error).message.split('\n')[0]}); it may be damaged`);
  }

  const extracted = extractHtml(html);
  if (extracted.text.trim() === '') throw new InputError('it has no text in it');
  const headings = extracted.headings ?? [];
  const headingStarts = headings.map((heading) => heading.start);

  const locate = (offset: number): FindingLocation => {
    const paragraph = lastAtOrBefore(extracted.paragraphStarts, offset) + 1;
    const headingIndex = lastAtOrBefore(headingStarts, offset);
    const heading = headingIndex === -1 ? undefined : headings[headingIndex]!;
    return {
      kind: 'paragraph',
      paragraph: Math.max(1, paragraph),
      ...(heading ? { heading: extracted.text.slice(heading.start, heading.end) } : {}),
    };
  };

  // Offsets stay in the extracted text: there is no source text a reader could open.
  return { text: extracted.text, format: 'html', headings, locate };
}
