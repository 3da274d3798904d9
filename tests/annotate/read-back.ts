/**
 * Read a reviewed copy back the way a word processor would: the comments, and for each one
 * the text its range covers in the document, collected in document order between
 * `w:commentRangeStart` and `w:commentRangeEnd` (deleted text and field codes left out).
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ReadComment {
  id: string;
  author: string;
  date: string;
  /** Each paragraph's text. */
  paragraphs: string[];
  /** The document text the comment's range covers ('' when it covers only a mark). */
  anchored: string;
  /** The paragraphs (w:p elements, by their index in the body) the range starts and ends in. */
  startParagraph: number;
  endParagraph: number;
}

export async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) result.set(name, await file.async('uint8array'));
  return result;
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}

function elementsIn(node: Node, visit: (element: Element) => 'skip' | void): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    if (visit(child as Element) === 'skip') continue;
    elementsIn(child, visit);
  }
}

/** Every comment in the copy, with the text each one anchors. */
export async function readComments(bytes: Uint8Array): Promise<ReadComment[]> {
  const files = await parts(bytes);
  const decode = (name: string) => new TextDecoder().decode(files.get(name)!);
  const comments = parseXml(decode('word/comments.xml'));
  const document = parseXml(decode('word/document.xml'));

  const open = new Map<string, string>();
  const ranges = new Map<string, { anchored: string; start: number; end: number }>();
  let paragraphIndex = -1;
  const pIndex = new Map<Element, number>();
  elementsIn(document.documentElement, (element) => {
    if (element.namespaceURI !== W) return element.localName === 'Choice' ? 'skip' : undefined;
    switch (element.localName) {
      case 'del':
      case 'instrText':
      case 'delText':
      case 'txbxContent':
        return 'skip';
      case 'p': {
        paragraphIndex++;
        pIndex.set(element, paragraphIndex);
        for (const id of open.keys()) open.set(id, `${open.get(id)}\n`);
        return undefined;
      }
      case 'commentRangeStart':
        open.set(element.getAttribute('w:id')!, '');
        ranges.set(element.getAttribute('w:id')!, { anchored: '', start: paragraphIndex, end: -1 });
        return undefined;
      case 'commentRangeEnd': {
        const id = element.getAttribute('w:id')!;
        ranges.get(id)!.anchored = open.get(id) ?? '';
        ranges.get(id)!.end = paragraphIndex;
        open.delete(id);
        return undefined;
      }
      case 't':
        for (const id of open.keys()) open.set(id, `${open.get(id)}${element.textContent}`);
        return undefined;
      default:
        return undefined;
    }
  });

  return Array.from(comments.getElementsByTagNameNS(W, 'comment')).map((comment) => {
    const id = comment.getAttribute('w:id')!;
    const range = ranges.get(id);
    return {
      id,
      author: comment.getAttribute('w:author')!,
      date: comment.getAttribute('w:date')!,
      paragraphs: Array.from(comment.getElementsByTagNameNS(W, 'p')).map((p) =>
        Array.from(p.getElementsByTagNameNS(W, 't'))
          .map((t) => t.textContent)
          .join(''),
      ),
      anchored: range?.anchored.replace(/^\n/, '') ?? '',
      startParagraph: range?.start ?? -1,
      endParagraph: range?.end ?? -1,
    };
  });
}

/**
 * Each character of the body's text with the formatting and surroundings it stands in: the
 * run's properties as XML and the chain of enclosing elements (hyperlink, insertion, cell…).
 * Equal before and after means no text or formatting changed.
 */
export async function formattedText(bytes: Uint8Array): Promise<string[]> {
  const files = await parts(bytes);
  const document = parseXml(new TextDecoder().decode(files.get('word/document.xml')!));
  const out: string[] = [];
  const walk = (node: Element, chain: string) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === W && element.localName === 't') {
        const run = element.parentNode as Element;
        const properties = Array.from(run.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === 'rPr');
        const format = properties ? properties.toString() : '';
        for (const char of element.textContent ?? '') out.push(`${char}|${format}|${chain}`);
        continue;
      }
      // Runs and their splits are not structure a reader sees; everything else is.
      const name = element.localName === 'r' ? '' : `${element.localName}/`;
      walk(element, element.localName === 'p' ? `${chain}${name}${out.length}:` : `${chain}${name}`);
    }
  };
  walk(document.documentElement, '');
  return out;
}
