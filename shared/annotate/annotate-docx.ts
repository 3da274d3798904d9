/**
 * A reviewed copy of a Word document: every finding becomes a Word comment by
 * "compact-proof", anchored on the flagged words, the way a colleague reviews a committee
 * paper. Works on the bytes alone (no `node:` modules), so the CLI and the extension's
 * practice page share it.
 *
 * The document is handled as XML with a real parser (@xmldom/xmldom) inside its zip
 * (JSZip): only the story parts that get comments (word/document.xml, and footnotes or
 * endnotes when a finding is in one), word/comments.xml and, when the document had no
 * comments before, the relationships and content types are written again; every other part
 * keeps its bytes. Text is never changed: runs are split where a comment starts or ends,
 * each half keeping the run's formatting.
 */
import type JSZip from 'jszip';
import { align } from './align.ts';
import { isW, readStory, W, type StoryText } from './docx-text.ts';

export interface AnnotationFinding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Offsets in the text the linter read (end exclusive). */
  offset: number;
  endOffset: number;
  /** The flagged words, as the linter read them. */
  actual: string;
  expected: readonly string[];
  /** The Compact commitment the finding rests on, in a sentence or two. */
  commitment: string;
}

/** Where a comment went: on the flagged words, on a footnote's mark, on their paragraph, or at the start. */
export type Placement = 'words' | 'note' | 'paragraph' | 'document';

export interface AnnotatedDocx {
  bytes: Uint8Array;
  /** Where each finding's comment went, in the order the findings were given. */
  placements: Placement[];
}

export interface AnnotateOptions {
  /** The comments' date (now unless given). */
  date?: Date;
  author?: string;
}

const SEVERITY_PREFIX: Record<AnnotationFinding['severity'], string> = {
  error: 'Compact breach: ',
  warning: 'Warning: ',
  info: 'Note: ',
};

const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const STRICT_W = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const FOOTNOTES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';
const ENDNOTES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** A Word document that cannot be given comments, with the reason in plain words. */
export class AnnotateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotateError';
  }
}

/** jszip and xmldom are loaded only when a copy is written, so the CLI starts as fast as before. */
let DOMParser: typeof import('@xmldom/xmldom').DOMParser;
let XMLSerializer: typeof import('@xmldom/xmldom').XMLSerializer;
let JSZipClass: typeof JSZip | undefined;

async function loadLibraries(): Promise<typeof JSZip> {
  if (JSZipClass) return JSZipClass;
  const [xmldomModule, jszip] = await Promise.all([import('@xmldom/xmldom'), import('jszip')]);
  // Both are CommonJS: some bundlers put their exports under `default`.
  const xmldom = (xmldomModule.DOMParser ? xmldomModule : (xmldomModule as unknown as { default: typeof xmldomModule }).default);
  ({ DOMParser, XMLSerializer } = xmldom);
  JSZipClass = (jszip as unknown as { default: typeof JSZip }).default ?? (jszip as unknown as typeof JSZip);
  return JSZipClass;
}

function parseXml(text: string, part: string): Document {
  let problem: string | undefined;
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') problem ??= message;
    },
  } as never).parseFromString(text, 'text/xml') as unknown as Document;
  if (problem || !document.documentElement) throw new AnnotateError(`its part ${part} is not well-formed XML (${problem ?? 'empty'})`);
  return document;
}

/** A part's path from a relationship target, relative to the part that owns the relationships. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Story {
  part: string;
  document: Document;
  text: StoryText;
  /** Where this story's characters start in the joined text of all stories. */
  base: number;
}

/** A place between two characters of a story: before `node`'s character `index`. */
interface Boundary {
  story: Story;
  node: Element;
  index: number;
}

/**
 * Split `w:t` elements at the given character positions (each half in its own `w:t`), and
 * return, for each original element, its pieces as [start index, element] in order.
 */
function splitTexts(boundaries: Boundary[]): Map<Element, [number, Element][]> {
  const cuts = new Map<Element, Set<number>>();
  for (const { node, index } of boundaries) {
    const length = node.localName === 't' ? (node.textContent ?? '').length : 1;
    if (index <= 0 || index >= length) continue;
    if (!cuts.has(node)) cuts.set(node, new Set());
    cuts.get(node)!.add(index);
  }
  const pieces = new Map<Element, [number, Element][]>();
  for (const [node, indices] of cuts) {
    const text = node.textContent ?? '';
    const sorted = [...indices].sort((a, b) => a - b);
    const list: [number, Element][] = [[0, node]];
    let previous: Element = node;
    for (let i = 0; i < sorted.length; i++) {
      const from = sorted[i]!;
      const to = sorted[i + 1] ?? text.length;
      const piece = node.ownerDocument.createElementNS(W, node.tagName);
      piece.setAttribute('xml:space', 'preserve');
      piece.appendChild(node.ownerDocument.createTextNode(text.slice(from, to)));
      previous.parentNode!.insertBefore(piece, previous.nextSibling);
      list.push([from, piece]);
      previous = piece;
    }
    while (node.firstChild) node.removeChild(node.firstChild);
    node.appendChild(node.ownerDocument.createTextNode(text.slice(0, sorted[0])));
    node.setAttribute('xml:space', 'preserve');
    pieces.set(node, list);
  }
  return pieces;
}

/** The element that now holds character `index` of an original `w:t` (after splitting). */
function pieceAt(pieces: Map<Element, [number, Element][]>, node: Element, index: number): Element {
  const list = pieces.get(node);
  if (!list) return node;
  let found = list[0]![1];
  for (const [start, piece] of list) if (start <= index) found = piece;
  return found;
}

function isRunProperties(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === 'rPr';
}

/** Move `child` and everything after it in its run into a new run (same formatting) placed right after. */
function splitRunBefore(child: Element): void {
  const run = child.parentNode as Element;
  let previous = child.previousSibling;
  while (previous && previous.nodeType !== 1) previous = previous.previousSibling;
  if (!previous || isRunProperties(previous)) return; // already first in its run
  const document = run.ownerDocument;
  const next = document.createElementNS(W, run.tagName);
  for (let attribute = 0; attribute < run.attributes.length; attribute++) {
    const { name, value } = run.attributes[attribute]!;
    if (!/^w:rsid/.test(name)) next.setAttribute(name, value);
  }
  for (let node = run.firstChild; node; node = node.nextSibling) {
    if (isRunProperties(node)) next.appendChild(node.cloneNode(true));
  }
  let moving: Node | null = child;
  while (moving) {
    const following: Node | null = moving.nextSibling;
    next.appendChild(moving);
    moving = following;
  }
  run.parentNode!.insertBefore(next, run.nextSibling);
}

/** The run that holds `node` (its parent `w:r`). */
function runOf(node: Element): Element {
  return node.parentNode as Element;
}

function wElement(document: Document, name: string, attributes: Record<string, string> = {}): Element {
  const element = document.createElementNS(W, `w:${name}`);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(`w:${key}`, value);
  return element;
}

function referenceRun(document: Document, id: string): Element {
  const run = wElement(document, 'r');
  run.appendChild(wElement(document, 'commentReference', { id }));
  return run;
}

/** The comment's paragraphs: the message (with the severity first), the suggestion, the commitment. */
function commentElement(comments: Document, id: string, finding: AnnotationFinding, placement: Placement, author: string, date: string): Element {
  const comment = wElement(comments, 'comment', { id, author, date, initials: 'CP' });
  const paragraph = (pieces: { text: string; bold?: boolean }[], first = false) => {
    const p = wElement(comments, 'p');
    if (first) {
      const marker = wElement(comments, 'r');
      marker.appendChild(wElement(comments, 'annotationRef'));
      p.appendChild(marker);
    }
    for (const piece of pieces) {
      const run = wElement(comments, 'r');
      if (piece.bold) {
        const properties = wElement(comments, 'rPr');
        properties.appendChild(wElement(comments, 'b'));
        run.appendChild(properties);
      }
      const text = wElement(comments, 't');
      text.setAttribute('xml:space', 'preserve');
      text.appendChild(comments.createTextNode(piece.text));
      run.appendChild(text);
      p.appendChild(run);
    }
    comment.appendChild(p);
  };
  paragraph([{ text: SEVERITY_PREFIX[finding.severity], bold: true }, { text: finding.message }], true);
  if (finding.expected.length) paragraph([{ text: 'Suggested: ', bold: true }, { text: finding.expected.map((text) => `“${text}”`).join(' or ') }]);
  paragraph([{ text: 'Compact commitment: ', bold: true }, { text: finding.commitment }]);
  const flat = finding.actual.replace(/\s+/g, ' ').trim();
  const quoted = flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
  if (placement === 'note') {
    paragraph([{ text: `The words “${quoted}” are in the note marked here; the comment is on the note’s mark, because a comment inside a note stops some word processors opening the document.` }]);
  } else if (placement !== 'words') {
    const where = placement === 'paragraph' ? 'this paragraph' : 'the start of the document';
    paragraph([{ text: `compact-proof could not place this comment on the words “${quoted}” themselves (they may be in a text box), so it is on ${where}.` }]);
  }
  return comment;
}

async function readPart(zip: JSZip, part: string): Promise<string | undefined> {
  const file = zip.file(part);
  return file ? file.async('string') : undefined;
}

/**
 * Add a comment for each finding to a copy of the .docx in `bytes`. `lintedText` is the
 * text the findings' offsets point into (what shared/node/extract/docx.ts produced).
 */
export async function annotateDocx(
  bytes: Uint8Array,
  lintedText: string,
  findings: readonly AnnotationFinding[],
  options: AnnotateOptions = {},
): Promise<AnnotatedDocx> {
  const zipLibrary = await loadLibraries();
  let zip: JSZip;
  try {
    zip = await zipLibrary.loadAsync(bytes);
  } catch (error) {
    throw new AnnotateError(`it could not be opened as a zip archive (${(error as Error).message})`);
  }
  const author = options.author ?? 'compact-proof';
  // Word writes comment dates without fractions of a second.
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');

  // The main document part, from the package relationships (almost always word/document.xml).
  const packageRels = await readPart(zip, '_rels/.rels');
  let mainPart = 'word/document.xml';
  if (packageRels) {
    const rels = parseXml(packageRels, '_rels/.rels');
    for (const rel of Array.from(rels.getElementsByTagNameNS(RELS, 'Relationship'))) {
      if (rel.getAttribute('Type') === OFFICE_DOCUMENT) mainPart = resolveTarget('', rel.getAttribute('Target') ?? mainPart);
    }
  }
  const mainXml = await readPart(zip, mainPart);
  if (mainXml === undefined) throw new AnnotateError(`it has no main document part (${mainPart})`);
  const documentRelsPath = relsPathOf(mainPart);
  const documentRelsXml = await readPart(zip, documentRelsPath);
  const documentRels = documentRelsXml
    ? parseXml(documentRelsXml, documentRelsPath)
    : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}"></Relationships>`, documentRelsPath);
  const relationships = Array.from(documentRels.getElementsByTagNameNS(RELS, 'Relationship'));
  const partOfType = (type: string) => {
    const rel = relationships.find((candidate) => candidate.getAttribute('Type') === type && candidate.getAttribute('TargetMode') !== 'External');
    return rel ? resolveTarget(mainPart, rel.getAttribute('Target') ?? '') : undefined;
  };

  // The stories mammoth reads, in its order: the body, then footnotes, then endnotes.
  const stories: Story[] = [];
  let base = 0;
  for (const part of [mainPart, partOfType(FOOTNOTES_TYPE), partOfType(ENDNOTES_TYPE)]) {
    if (!part) continue;
    const xml = part === mainPart ? mainXml : await readPart(zip, part);
    if (xml === undefined) continue;
    const document = parseXml(xml, part);
    if (document.documentElement.namespaceURI !== W) {
      // Strict Open XML uses other namespaces throughout; Word only writes it when asked to.
      throw new AnnotateError(
        document.documentElement.namespaceURI === STRICT_W
          ? 'it is saved as “Strict Open XML”, which compact-proof cannot add comments to yet; save it as an ordinary Word Document (.docx) and try again'
          : `its part ${part} is not WordprocessingML`,
      );
    }
    const text = readStory(document.documentElement);
    stories.push({ part, document, text, base });
    base += text.text.length;
  }
  const joined = stories.map((story) => story.text.text).join('');
  const paragraphRanges = stories.flatMap((story) => story.text.paragraphRanges.map((range) => ({ start: range.start + story.base, end: range.end + story.base })));
  const alignment = align(lintedText, joined, paragraphRanges);

  const locate = (offset: number): { story: Story; index: number } => {
    let story = stories[0]!;
    for (const candidate of stories) if (candidate.base <= offset) story = candidate;
    return { story, index: offset - story.base };
  };

  const mainStory = stories[0]!;
  /** The run in the body holding the mark of the footnote or endnote that `node` is in. */
  const noteMark = (story: Story, node: Element): Element | undefined => {
    let note: Node | null = node;
    while (note && !(isW(note, 'footnote') || isW(note, 'endnote'))) note = note.parentNode;
    if (!note) return undefined;
    const kind = (note as Element).localName;
    const id = (note as Element).getAttribute('w:id');
    const marks = Array.from(mainStory.document.getElementsByTagNameNS(W, `${kind}Reference`));
    const mark = marks.find((candidate) => candidate.getAttribute('w:id') === id);
    return mark && isW(mark.parentNode, 'r') ? (mark.parentNode as Element) : undefined;
  };

  // Where each finding goes: its first and last anchorable characters, else its paragraph.
  // Words in a footnote or endnote get their comment on the note's mark in the body:
  // LibreOffice refuses to open a document with a comment inside a note.
  type Plan =
    | { kind: 'words'; start: Boundary; end: Boundary }
    | { kind: 'note'; run: Element }
    | { kind: 'paragraph'; paragraph: Element }
    | { kind: 'document' };
  const plans: Plan[] = findings.map((finding) => {
    const from = Math.max(0, Math.min(finding.offset, lintedText.length));
    const to = Math.max(from, Math.min(finding.endOffset, lintedText.length));
    let first = -1;
    let last = -1;
    let anyInTextBox = false;
    for (let offset = from; offset < to; offset++) {
      const index = alignment[offset]!;
      if (index === -1) continue;
      const { story, index: local } = locate(index);
      if (story.text.inTextBox[local]) anyInTextBox = true;
      if (first === -1) first = index;
      last = index;
    }
    // The nearest character that lines up: inside the finding, else before it, else after it.
    let nearest = first;
    for (let offset = from - 1; nearest === -1 && offset >= 0; offset--) nearest = alignment[offset]!;
    for (let offset = to; nearest === -1 && offset < lintedText.length; offset++) nearest = alignment[offset]!;
    if (nearest === -1) return { kind: 'document' };
    const near = locate(nearest);
    if (near.story !== mainStory) {
      const run = noteMark(near.story, near.story.text.nodes[near.index]!);
      return run ? { kind: 'note', run } : { kind: 'document' };
    }
    if (first !== -1 && !anyInTextBox) {
      const start = locate(first);
      const end = locate(last);
      if (start.story === mainStory && end.story === mainStory) {
        return {
          kind: 'words',
          start: { story: mainStory, node: mainStory.text.nodes[start.index]!, index: mainStory.text.indices[start.index]! },
          end: { story: mainStory, node: mainStory.text.nodes[end.index]!, index: mainStory.text.indices[end.index]! + 1 },
        };
      }
    }
    return { kind: 'paragraph', paragraph: mainStory.text.paragraphs[near.index]! };
  });

  // Split text and runs once for all the comments, so no split moves another's anchor.
  const boundaries = plans.flatMap((plan) => (plan.kind === 'words' ? [plan.start, plan.end] : []));
  const pieces = splitTexts(boundaries);
  const anchors = plans.map((plan) => {
    if (plan.kind !== 'words') return undefined;
    const startPiece = pieceAt(pieces, plan.start.node, plan.start.index);
    const endPiece = pieceAt(pieces, plan.end.node, plan.end.index - 1);
    return { story: plan.start.story, startPiece, endPiece };
  });
  for (const anchor of anchors) {
    if (!anchor) continue;
    splitRunBefore(anchor.startPiece);
    let after = anchor.endPiece.nextSibling;
    while (after && after.nodeType !== 1) after = after.nextSibling;
    if (after) splitRunBefore(after as Element);
  }

  // Comment ids: above any the document already uses.
  const commentsPart = partOfType(COMMENTS_TYPE);
  const commentsXml = commentsPart ? await readPart(zip, commentsPart) : undefined;
  const comments = commentsXml
    ? parseXml(commentsXml, commentsPart!)
    : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"></w:comments>`, 'word/comments.xml');
  let nextId = 0;
  const usedIds = [
    ...Array.from(comments.getElementsByTagNameNS(W, 'comment')),
    ...stories.flatMap((story) => Array.from(story.document.getElementsByTagNameNS(W, 'commentRangeStart'))),
  ];
  for (const element of usedIds) nextId = Math.max(nextId, Number(element.getAttributeNS(W, 'id') ?? element.getAttribute('w:id')) + 1 || nextId);

  const placements: Placement[] = plans.map((plan, index) => {
    const id = String(nextId++);
    const finding = findings[index]!;
    const document = mainStory.document;
    if (plan.kind === 'words' || plan.kind === 'note') {
      const startRun = plan.kind === 'note' ? plan.run : runOf(anchors[index]!.startPiece);
      const endRun = plan.kind === 'note' ? plan.run : runOf(anchors[index]!.endPiece);
      startRun.parentNode!.insertBefore(wElement(document, 'commentRangeStart', { id }), startRun);
      const rangeEnd = wElement(document, 'commentRangeEnd', { id });
      endRun.parentNode!.insertBefore(rangeEnd, endRun.nextSibling);
      endRun.parentNode!.insertBefore(referenceRun(document, id), rangeEnd.nextSibling);
    } else {
      const paragraph = plan.kind === 'paragraph' ? plan.paragraph : document.getElementsByTagNameNS(W, 'p')[0];
      if (!paragraph) throw new AnnotateError('it has no paragraphs to put comments on');
      let first = paragraph.firstChild;
      while (first && (first.nodeType !== 1 || (first as Element).localName === 'pPr')) first = first.nextSibling;
      paragraph.insertBefore(wElement(document, 'commentRangeStart', { id }), first);
      paragraph.appendChild(wElement(document, 'commentRangeEnd', { id }));
      paragraph.appendChild(referenceRun(document, id));
    }
    comments.documentElement.appendChild(commentElement(comments, id, finding, plan.kind, author, date));
    return plan.kind;
  });

  const serializer = new XMLSerializer();
  const write = (part: string, document: Document) => zip.file(part, serializer.serializeToString(document as never), { createFolders: false });
  if (findings.length) {
    write(mainStory.part, mainStory.document);
    const target = commentsPart ?? resolveTarget(mainPart, 'comments.xml');
    write(target, comments);
    if (!commentsPart) {
      // A document without comments yet: register the new part.
      const ids = new Set(relationships.map((rel) => rel.getAttribute('Id')));
      let number = relationships.length + 1;
      while (ids.has(`rId${number}`)) number++;
      const rel = documentRels.createElementNS(RELS, 'Relationship');
      rel.setAttribute('Id', `rId${number}`);
      rel.setAttribute('Type', COMMENTS_TYPE);
      rel.setAttribute('Target', 'comments.xml');
      documentRels.documentElement.appendChild(rel);
      write(documentRelsPath, documentRels);

      const typesXml = await readPart(zip, '[Content_Types].xml');
      if (typesXml === undefined) throw new AnnotateError('it has no [Content_Types].xml part');
      const types = parseXml(typesXml, '[Content_Types].xml');
      const override = types.createElementNS(CONTENT_TYPES, 'Override');
      override.setAttribute('PartName', `/${target}`);
      override.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
      types.documentElement.appendChild(override);
      write('[Content_Types].xml', types);
    }
  }

  const output = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  return { bytes: output, placements };
}
