/**
 * Read a local file a trainer opens into text for the practice page. Browser only (DOM).
 * The file is read in the browser and never uploaded. Word files are read with mammoth's
 * browser build, loaded only when a .docx is opened so the page itself stays small.
 */
import type { SourceFormat } from '../../text/source-format.ts';

export interface OpenedFile {
  name: string;
  text: string;
  format: SourceFormat;
  /** A Word document's own bytes, kept for "Download a reviewed copy". */
  docx?: Uint8Array;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'CANVAS']);

/**
 * The readable text of an HTML document, with block elements on lines of their own so
 * words from neighbouring paragraphs never run together (the engine reads blank lines as
 * paragraph breaks).
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || (node as HTMLElement).hidden) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(doc.body ?? doc.documentElement);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

export async function readPracticeFile(file: File): Promise<OpenedFile> {
  const extension = extensionOf(file.name);
  if (extension === 'docx') {
    const { default: mammoth } = await import('mammoth/mammoth.browser.js');
    // Interop: some bundlers hand back the CommonJS exports object itself.
    const reader = (mammoth as typeof mammoth | undefined) ?? ((await import('mammoth/mammoth.browser.js')) as unknown as typeof mammoth);
    const bytes = await file.arrayBuffer();
    const result = await reader.extractRawText({ arrayBuffer: bytes });
    return { name: file.name, text: result.value.replace(/\n{3,}/g, '\n\n').trim(), format: 'text', docx: new Uint8Array(bytes) };
  }
  const text = await file.text();
  if (extension === 'html' || extension === 'htm' || file.type === 'text/html') return { name: file.name, text: htmlToText(text), format: 'text' };
  if (extension === 'md' || extension === 'markdown') return { name: file.name, text, format: 'markdown' };
  if (extension === 'txt' || file.type.startsWith('text/') || extension === '') return { name: file.name, text, format: 'text' };
  throw new Error(`“${file.name}” is not a file the practice page can read: open a .txt, .md, .html or .docx file.`);
}
