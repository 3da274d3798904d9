/**
 * Checks on a PDF made before pdf.js reads its text. A PDF's page content, fonts and object
 * lists are usually Flate-compressed, and a few MB can inflate to gigabytes (a "Flate
 * bomb"). We find each Flate stream pdf.js would unpack to read text (not pictures, which
 * it leaves alone) and inflate it with node:zlib, with the output capped at what is left of
 * the unpackedSizeMB limit: so the total is known, in bounded memory, before the real work.
 */
import { constants, createInflate } from 'node:zlib';
import type { Limits } from '../../config/limits.ts';
import { LimitError, MB } from './types.ts';

/** How far back from "stream" to look for the stream's dictionary. */
const DICTIONARY_WINDOW = 4096;

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
}

/**
 * How many bytes a zlib stream inflates to, counting up to `cap` and no further. The output
 * is counted and dropped as it comes, so memory stays at one chunk whatever the stream
 * holds. A damaged stream counts what came out before the damage.
 */
function inflatedSize(compressed: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => resolve(size));
    inflate.on('close', () => resolve(size));
    inflate.end(compressed);
  });
}

export async function checkPdfUnpackedSize(bytes: Uint8Array, limits: Limits): Promise<void> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const limit = limits.unpackedSizeMB * MB;
  let total = 0;
  let at = 0;
  while ((at = data.indexOf('stream', at, 'latin1')) !== -1) {
    const keyword = at;
    at += 6;
    // The keyword follows its dictionary's ">>" (and is not the end of "endstream").
    let before = keyword - 1;
    while (before > 0 && isWhitespace(data[before])) before--;
    if (data[before] !== 0x3e || data[before - 1] !== 0x3e) continue;
    const dictionaryStart = Math.max(0, data.lastIndexOf('obj', keyword, 'latin1'), keyword - DICTIONARY_WINDOW);
    const dictionary = data.subarray(dictionaryStart, keyword).toString('latin1');
    if (!/\/(FlateDecode|Fl)\b/.test(dictionary) || /\/(Image|DCTDecode|JPXDecode|JBIG2Decode|CCITTFaxDecode)\b/.test(dictionary)) continue;
    // The data starts after the end of the "stream" line.
    let start = at;
    if (data[start] === 0x0d) start++;
    if (data[start] === 0x0a) start++;
    const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    let end = declared ? start + Number(declared[1]) : -1;
    if (end < start || end > data.length) end = data.indexOf('endstream', start, 'latin1');
    if (end === -1) end = data.length;
    // A damaged stream is pdf.js's to report (or skip): only its size matters here.
    total += await inflatedSize(data.subarray(start, end), limit - total);
    if (total > limit) throw new LimitError('unpackedSizeMB', 'its compressed content (text, fonts and page descriptions) unpacks to too much', limits);
    at = Math.max(at, end);
  }
}

/**
 * The page count the PDF's page tree declares (the largest /Count of a /Type /Pages
 * object written out in the file), read from the bytes before pdf.js parses anything: a
 * 100,000-page PDF is refused in a moment. Page trees kept inside compressed object
 * streams are not seen here; pdf.js's own page count is checked for those.
 */
export function declaredPageCount(bytes: Uint8Array): number {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = data.toString('latin1');
  let pages = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b/g)) {
    const start = Math.max(0, text.lastIndexOf('obj', match.index));
    let end = text.indexOf('endobj', match.index);
    if (end === -1) end = text.length;
    const object = text.slice(start, end);
    for (const count of object.matchAll(/\/Count\s+(\d{1,15})\b/g)) pages = Math.max(pages, Number(count[1]));
  }
  return pages;
}
