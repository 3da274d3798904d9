/**
 * The links a page's main content makes: the documents it links to (PDF, Word .docx,
 * OpenDocument .odt), for "Check linked documents", and where every link's words sit in the
 * checked text, so impact-assessment can count a linked equality impact assessment as
 * evidence. Reads the DOM only; fetches nothing.
 */
import type { ExtractedText } from '../extract.ts';
import { FILE_METADATA } from '../main-content.ts';

export type DocumentKind = 'pdf' | 'docx' | 'odt';

export interface DocumentLink {
  /** The absolute address the link points at (without its #fragment). */
  url: string;
  /** The link's words as the reader sees them (or its title, or the file's name). */
  text: string;
  kind: DocumentKind;
  /** True when the document is on the page's own site (scheme, host and port). */
  sameSite: boolean;
}

/** A link's words in the checked text (end exclusive) and where it points. */
export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

/** At most this many links go to the linter with a page's text. */
export const MAX_LINK_SPANS = 2000;

const EXTENSIONS: Record<string, DocumentKind> = { pdf: 'pdf', docx: 'docx', odt: 'odt' };

/** The kind of document an address names by its file extension, or null. */
export function documentKindOf(url: string): DocumentKind | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\.([a-z]+)$/i.exec(path);
  return (match && EXTENSIONS[match[1]!.toLowerCase()]) || null;
}

/** "Annual report (PDF, 52 KB)" → "Annual report"; empty words fall back to the file's name. */
function linkWords(anchor: HTMLAnchorElement, url: URL): string {
  const words = (anchor.textContent ?? '').replace(FILE_METADATA, ' ').replace(/\s+/g, ' ').trim();
  if (words) return words;
  const label = anchor.getAttribute('aria-label') ?? anchor.getAttribute('title') ?? '';
  if (label.trim()) return label.trim();
  return decodeURIComponent(url.pathname.split('/').pop() ?? url.href);
}

/** Every PDF, .docx and .odt link in `root`, once each, in page order. */
export function findDocumentLinks(root: Element, pageUrl: string): DocumentLink[] {
  const seen = new Set<string>();
  const links: DocumentLink[] = [];
  const page = new URL(pageUrl);
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let url: URL;
    try {
      url = new URL(anchor.getAttribute('href')!, anchor.baseURI || pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    url.hash = '';
    const kind = documentKindOf(url.href);
    if (!kind || seen.has(url.href)) continue;
    seen.add(url.href);
    links.push({ url: url.href, text: linkWords(anchor, url), kind, sameSite: url.origin === page.origin });
  }
  return links;
}

/**
 * Where each link's words are in the extracted text: from its first text node that was read
 * to the end of its last. Links whose words were left out (hidden, furniture) are skipped.
 */
export function linkSpans(root: Element, extracted: ExtractedText, nodeStarts: Map<Node, number>): LinkSpan[] {
  const spans: LinkSpan[] = [];
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (spans.length >= MAX_LINK_SPANS) break;
    let start = -1;
    let end = -1;
    const walker = anchor.ownerDocument.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = nodeStarts.get(node);
      if (at === undefined) continue;
      if (start === -1) start = at;
      end = at + (node.textContent ?? '').length;
    }
    if (start === -1 || end <= start) continue;
    // Trim the blanked "(PDF, 52 KB)" and spaces off the ends.
    while (end > start && /\s/.test(extracted.text[end - 1]!)) end--;
    while (start < end && /\s/.test(extracted.text[start]!)) start++;
    if (end > start) spans.push({ start, end, href: anchor.href });
  }
  return spans;
}
