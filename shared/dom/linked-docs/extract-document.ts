/**
 * A linked document's bytes → plain text for the linter, with where each page (PDF) or
 * paragraph (Word, OpenDocument) starts, so findings can be reported as "page 2" or
 * "paragraph 14". Runs in the side panel (an extension page), never in the web page.
 *
 * The same libraries as the command-line tool: unpdf (pdf.js) for PDF and mammoth for Word,
 * in their browser builds; OpenDocument text is read from its content.xml with JSZip and
 * @xmldom/xmldom. Each is loaded only when a document of its kind is checked.
 */
import { DOCUMENT_LIMITS, LinkedDocumentError, PROBLEM_MESSAGES } from './problems.ts';
import type { DocumentKind } from './links.ts';

export interface ExtractedDocument {
  text: string;
  /** Pages for a PDF, paragraphs for Word and OpenDocument. */
  unit: 'page' | 'paragraph';
  /** Where each page or paragraph starts in `text`, in order. */
  starts: number[];
}

/** Which page or paragraph (counting from 1) the offset is in. */
export function unitAt(document: Pick<ExtractedDocument, 'starts'>, offset: number): number {
  let low = 0;
  let high = document.starts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (document.starts[middle]! <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found + 1;
}

/** Pieces joined with a blank line between them (so the engine never runs two into one sentence), with their starts. */
export function joinUnits(pieces: readonly string[], unit: ExtractedDocument['unit']): ExtractedDocument {
  const starts: number[] = [];
  let text = '';
  for (const piece of pieces) {
    if (starts.length > 0) text += '\n\n';
    starts.push(text.length);
    text += piece;
  }
  return { text, unit, starts };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: what Word writes for a password-protected .docx (or an old .doc). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  // A PDF may have a little junk before its header; none at all means it is something else.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!startsWith(bytes, PDF) && !head.includes('%PDF-')) throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('a PDF'));
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    // pdf.js takes over the buffer it is given: hand it a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      if (document.numPages > DOCUMENT_LIMITS.maxPages) {
        throw new LinkedDocumentError('too-large', `It has ${document.numPages.toLocaleString('en-GB')} pages, more than the ${DOCUMENT_LIMITS.maxPages.toLocaleString('en-GB')} compact-proof reads in the browser.`);
      }
      pages = (await extractText(document, { mergePages: false })).text;
    } finally {
      await (document as unknown as { destroy?: () => Promise<void> }).destroy?.();
    }
  } catch (error) {
    if (error instanceof LinkedDocumentError) throw error;
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'PasswordException' || /password/i.test(String((error as Error)?.message))) {
      throw new LinkedDocumentError('password', PROBLEM_MESSAGES.password());
    }
    throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('a PDF'));
  }
  if (pages.every((page) => page.trim() === '')) throw new LinkedDocumentError('scanned', PROBLEM_MESSAGES.scanned());
  return joinUnits(pages.map((page) => page.replace(/\s+$/, '')), 'page');
}

/** A zip's parts, refused when they would unpack to more than the limit (a "zip bomb"). */
async function openZip(bytes: Uint8Array, format: string) {
  const { default: JSZip } = await import('jszip');
  let zip: import('jszip');
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged(format));
  }
  let declared = 0;
  zip.forEach((_path, entry) => {
    declared += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (declared > DOCUMENT_LIMITS.maxUnpackedBytes) {
    throw new LinkedDocumentError('too-large', 'Its parts unpack to more than compact-proof reads in the browser; it may be a "zip bomb".');
  }
  return zip;
}

/** Word's paragraphs, numbered as a reader counts them (empty ones are not counted). */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (startsWith(bytes, COMPOUND_FILE)) throw new LinkedDocumentError('password', PROBLEM_MESSAGES.password());
  if (!startsWith(bytes, ZIP)) throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('a Word document'));
  await openZip(bytes, 'a Word document');
  const module = await import('mammoth/mammoth.browser.js');
  // Interop: some bundlers hand back the CommonJS exports object itself.
  const mammoth = (module.default ?? module) as typeof module.default;
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer })).value;
  } catch {
    throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('a Word document'));
  }
  const paragraphs = raw.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new LinkedDocumentError('empty', PROBLEM_MESSAGES.empty());
  return joinUnits(paragraphs, 'paragraph');
}

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

/** The words of one OpenDocument paragraph or heading: spans, links, spaces (text:s), tabs and line breaks. */
function paragraphText(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (element.namespaceURI === TEXT_NS) {
        if (element.localName === 's') out += ' '.repeat(Math.min(100, Number(element.getAttributeNS(TEXT_NS, 'c') || '1') || 1));
        else if (element.localName === 'tab') out += '\t';
        else if (element.localName === 'line-break') out += '\n';
        // Footnotes and annotations are their own paragraphs elsewhere, not part of this one.
        else if (element.localName === 'note' || element.localName === 'annotation') continue;
        else out += paragraphText(element);
      } else out += paragraphText(element);
    }
  }
  return out;
}

export async function extractOdt(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (!startsWith(bytes, ZIP)) throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('an OpenDocument text file'));
  const zip = await openZip(bytes, 'an OpenDocument text file');
  const manifest = await zip.file('META-INF/manifest.xml')?.async('string');
  if (manifest && /encryption-data/.test(manifest)) throw new LinkedDocumentError('password', PROBLEM_MESSAGES.password());
  const content = await zip.file('content.xml')?.async('string');
  if (!content) throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('an OpenDocument text file'));
  const { DOMParser } = await import('@xmldom/xmldom');
  let root: Element;
  try {
    root = new DOMParser().parseFromString(content, 'application/xml').documentElement as unknown as Element;
  } catch {
    throw new LinkedDocumentError('damaged', PROBLEM_MESSAGES.damaged('an OpenDocument text file'));
  }
  const paragraphs: string[] = [];
  const walk = (node: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === TEXT_NS && (element.localName === 'p' || element.localName === 'h')) {
        const words = paragraphText(element).replace(/[ \t]+/g, ' ').trim();
        if (words) paragraphs.push(words);
      } else if (!(element.namespaceURI === TEXT_NS && element.localName === 'tracked-changes')) walk(element);
    }
  };
  if (root) walk(root);
  if (paragraphs.length === 0) throw new LinkedDocumentError('empty', PROBLEM_MESSAGES.empty());
  return joinUnits(paragraphs, 'paragraph');
}

export function extractDocument(bytes: Uint8Array, kind: DocumentKind): Promise<ExtractedDocument> {
  if (kind === 'pdf') return extractPdf(bytes);
  if (kind === 'docx') return extractDocx(bytes);
  return extractOdt(bytes);
}
