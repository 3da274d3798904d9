/**
 * A Word file is a zip archive, and a zip can hold a "bomb": a part of a few hundred KB that
 * inflates to gigabytes. Before mammoth opens a .docx we read the zip's own table of
 * contents (the central directory) and add up the sizes its text parts say they unpack to,
 * and refuse the file if that is over the unpackedSizeMB limit. Then each of those parts is
 * inflated once with its output capped at the size it declared, so a zip that lies about
 * its sizes is caught too, in bounded memory, before the real work starts.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { formatMB, InputError, LimitError, MB } from './types.ts';
import type { Limits } from '../../config/limits.ts';

interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** Zip64 marks sizes too big for 32 bits with this value; no real Word text part is that big. */
const ZIP64_MARKER = 0xffffffff;

/** The parts mammoth parses: XML and relationships. Pictures and embedded files are never opened. */
function isParsedPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function damaged(why: string): InputError {
  return new InputError(`it could not be read as a Word document (${why}); it may be damaged`);
}

/** The zip's table of contents. Throws InputError when it cannot be found or read. */
export function readZipDirectory(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus up to 64 KB of comment.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) throw damaged('no zip table of contents');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: ZipPart[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) throw damaged('its zip table of contents is cut short');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    parts.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The stored bytes of one part, found through its local header. */
function storedBytes(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_FILE_HEADER) throw damaged(`the part ${part.name} cannot be found`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + part.compressedSize));
}

/**
 * Refuse a .docx whose text parts would unpack to more than `limits.unpackedSizeMB`,
 * by what the zip declares and then by what its parts really inflate to.
 */
export function checkZipUnpackedSize(bytes: Uint8Array, limits: Limits): void {
  const limit = limits.unpackedSizeMB * MB;
  const parts = readZipDirectory(bytes).filter((part) => isParsedPart(part.name));
  let declared = 0;
  for (const part of parts) {
    if (part.declaredSize === ZIP64_MARKER || part.compressedSize === ZIP64_MARKER) {
      throw new LimitError('unpackedSizeMB', `its part ${part.name} declares a size of 4 GB or more`, limits);
    }
    declared += part.declaredSize;
  }
  if (declared > limit) throw new LimitError('unpackedSizeMB', `its text unpacks to ${formatMB(declared)}`, limits);

  for (const part of parts) {
    if (part.method !== 8) continue; // Stored parts are already their real size.
    try {
      // One byte more than declared: inflating stops there, and a part that needs it lied.
      const inflated = inflateRawSync(storedBytes(bytes, part), { maxOutputLength: part.declaredSize + 1, finishFlush: constants.Z_SYNC_FLUSH });
      if (inflated.length > part.declaredSize) throw new RangeError('larger than declared');
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        // No limit would help here: the file is lying about itself.
        throw new InputError(
          `its part ${part.name} unpacks to more than the ${formatMB(part.declaredSize)} it declares, so it is a "zip bomb" or damaged; compact-proof did not open it`,
        );
      }
      throw damaged(`the part ${part.name} cannot be unpacked: ${(error as Error).message}`);
    }
  }
}
