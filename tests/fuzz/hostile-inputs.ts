/**
 * Hostile inputs built on the fly, for the fuzz run (`npm run fuzz`) and the seeded fuzz
 * test: zip bombs dressed as Word files, PDF Flate bombs and PDFs with a huge page count,
 * and giant texts. Nothing is stored in the repository; every builder is deterministic.
 * Deflate comes from node:zlib, so no zip library is needed.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Adler-32 (the zlib format's checksum), continued from `adler`. */
function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let index = 0; index < bytes.length; ) {
    const end = Math.min(bytes.length, index + 3800);
    for (; index < end; index++) {
      a += bytes[index]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Deflate `head`, then `chunk` repeated `times` times, then `tail`, without ever holding the
 * inflated text: the chunk is compressed once, ending on a sync flush so its blocks can be
 * repeated, and a final empty block closes the stream. `zlibWrapped` adds the zlib header
 * and checksum (PDF's FlateDecode); otherwise the data is raw deflate (zip).
 */
function deflateRepeated(head: string, chunk: string, times: number, tail: string, zlibWrapped: boolean): { data: Buffer; crc: number; size: number } {
  const sync = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const headBytes = Buffer.from(head);
  const chunkBytes = Buffer.from(chunk.repeat(Math.max(1, Math.floor((1 << 20) / Math.max(1, chunk.length)))));
  const repeats = Math.ceil((times * Buffer.byteLength(chunk)) / chunkBytes.length);
  const tailBytes = Buffer.from(tail);
  const deflatedChunk = deflateRawSync(chunkBytes, sync);
  const parts = [deflateRawSync(headBytes, sync), ...Array.from({ length: repeats }, () => deflatedChunk), deflateRawSync(tailBytes)];
  let crc = crc32(headBytes);
  let adler = adler32(headBytes);
  for (let index = 0; index < repeats; index++) {
    crc = crc32(chunkBytes, crc);
    adler = adler32(chunkBytes, adler);
  }
  crc = crc32(tailBytes, crc);
  adler = adler32(tailBytes, adler);
  const size = headBytes.length + repeats * chunkBytes.length + tailBytes.length;
  if (zlibWrapped) {
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(adler);
    parts.unshift(Buffer.from([0x78, 0xda]));
    parts.push(checksum);
  }
  return { data: Buffer.concat(parts), crc, size };
}

interface ZipEntry {
  name: string;
  /** Bytes as stored (deflated when `method` is 8). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  /** The uncompressed size written in the headers; a liar's differs from `size`. */
  declaredSize?: number;
}

function writeZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const declared = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, end]);
}

function stored(name: string, text: string): ZipEntry {
  const data = Buffer.from(text);
  return { name, data, method: 0, crc: crc32(data), size: data.length };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCX_PARTS = [
  stored(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  stored(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  ),
];
const PARAGRAPH = '<w:p><w:r><w:t xml:space="preserve">The consultation closes on 1 March 2025. </w:t></w:r></w:p>';

/**
 * A Word file whose document.xml inflates to about `inflatedMB` MB of paragraphs. With
 * `lie`, the zip's headers claim the part is only 1 KB (a reader that trusts them is fooled).
 */
export async function docxBomb(inflatedMB: number, options: { lie?: boolean } = {}): Promise<Buffer> {
  const times = Math.ceil((inflatedMB * 1024 * 1024) / PARAGRAPH.length);
  const body = deflateRepeated(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`, PARAGRAPH, times, '</w:body></w:document>', false);
  return writeZip([
    ...DOCX_PARTS,
    { name: 'word/document.xml', data: body.data, method: 8, crc: body.crc, size: body.size, ...(options.lie ? { declaredSize: 1024 } : {}) },
  ]);
}

/** Write PDF objects (index = object number) with a correct cross-reference table. */
function writePdf(objects: (string | Buffer)[], rootId = 1): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const object = objects[id]!;
    const part = Buffer.concat([Buffer.from(`${id} 0 obj\n`), typeof object === 'string' ? Buffer.from(object, 'latin1') : object, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`];
  for (let id = 1; id < objects.length; id++) xref.push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length} /Root ${rootId} 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const LINE = 'BT /F1 12 Tf 72 720 Td (The consultation closes on 1 March 2025.) Tj ET\n';

/** A PDF of `pages` pages, all drawing the same short content stream (the page tree is flat). */
export function pdfManyPages(pages: number): Buffer {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = FONT;
  objects[4] = `<< /Length ${LINE.length} >>\nstream\n${LINE}endstream`;
  const kids: string[] = [];
  for (let index = 0; index < pages; index++) {
    const id = 5 + index;
    kids.push(`${id} 0 R`);
    objects[id] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return writePdf(objects);
}

/** A one-page PDF whose content stream is Flate-compressed and inflates to about `inflatedMB` MB. */
export async function pdfFlateBomb(inflatedMB: number): Promise<Buffer> {
  const times = Math.ceil((inflatedMB * 1024 * 1024) / LINE.length);
  const content = deflateRepeated('', LINE, times, '', true);
  const objects: (string | Buffer)[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = '<< /Type /Pages /Kids [4 0 R] /Count 1 >>';
  objects[3] = FONT;
  objects[4] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>';
  objects[5] = Buffer.concat([Buffer.from(`<< /Length ${content.data.length} /Filter /FlateDecode >>\nstream\n`), content.data, Buffer.from('\nendstream')]);
  return writePdf(objects);
}

/** `sizeMB` MB of honest committee-paper text, in paragraphs (or on one line with `oneLine`). */
export function bigText(sizeMB: number, options: { oneLine?: boolean } = {}): Buffer {
  const paragraph = options.oneLine
    ? 'The council will consult on the future of the day centre from 1 March 2025. '
    : 'The council will consult on the future of the day centre from 1 March 2025 for twelve weeks.\n\n';
  return Buffer.from(paragraph.repeat(Math.ceil((sizeMB * 1024 * 1024) / paragraph.length)));
}
