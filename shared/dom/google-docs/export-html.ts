/**
 * Turn Google Docs' HTML export into what the engine reads: plain text with one block
 * (paragraph, heading, list item, table cell) per paragraph, and the headings' offsets so
 * the committee-paper checks can find sections such as "Equality impact".
 *
 * Blocks are separated by a blank line, so words from neighbouring paragraphs never run
 * together. Reviewers' comments and the "[a]" / "[1]" markers Docs adds for comments and
 * footnotes are left out: they are not part of the draft's prose. Footnote text is kept.
 */

export interface DocsHeading {
  start: number;
  end: number;
  /** 1 for Docs' Title and Heading 1, down to 6. */
  level: number;
}

export interface DocsText {
  text: string;
  headings: DocsHeading[];
  /** Rough word count, for the size limit and the panel. */
  words: number;
}

const SKIPPED = new Set(['HEAD', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'META', 'LINK']);
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DIV', 'TABLE', 'TR', 'TBODY', 'THEAD', 'TFOOT',
  'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'HR', 'SECTION', 'ARTICLE', 'BODY', 'DL', 'DT', 'DD', 'CAPTION',
]);

/** Comment and footnote markers Docs links with `#cmnt1`, `#cmnt_ref1`, `#ftnt1`, `#ftnt_ref1`. */
function isMarker(element: Element): boolean {
  if (element.tagName !== 'A') return false;
  const href = element.getAttribute('href') ?? '';
  return /^#(?:cmnt|ftnt)(?:_ref)?\d+$/.test(href);
}

/** A reviewer's comment at the end of the export: a `div` holding the comment's back-link. */
function isCommentBody(element: Element): boolean {
  if (element.tagName !== 'DIV') return false;
  const link = element.querySelector('a[id]');
  return link !== null && /^cmnt\d+$/.test(link.getAttribute('id') ?? '');
}

function headingLevel(element: Element): number | null {
  const match = /^H([1-6])$/.exec(element.tagName);
  if (match) return Number(match[1]);
  // Docs exports its "Title" paragraph style as <p class="title">.
  if (element.tagName === 'P' && element.classList.contains('title')) return 1;
  return null;
}

function tidy(block: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Convert an export already parsed into a Document (by DOMParser, in the panel or a test). */
export function docsTextFromDocument(doc: Document): DocsText {
  const blocks: { text: string; level: number | null }[] = [];
  let current = '';
  let currentLevel: number | null = null;

  const flush = () => {
    const text = tidy(current);
    if (text) blocks.push({ text, level: currentLevel });
    current = '';
    currentLevel = null;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3 /* text */) {
      // Source line breaks inside HTML are just spaces.
      current += (node as Text).data.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 /* element */) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || isMarker(element) || isCommentBody(element)) return;
    if (element.tagName === 'BR') {
      current += '\n';
      return;
    }
    if (!BLOCKS.has(element.tagName)) {
      for (const child of Array.from(element.childNodes)) walk(child);
      return;
    }
    flush();
    currentLevel = headingLevel(element);
    for (const child of Array.from(element.childNodes)) walk(child);
    flush();
  };

  walk(doc.body ?? doc.documentElement);

  let text = '';
  const headings: DocsHeading[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    if (block.level !== null) headings.push({ start: text.length, end: text.length + block.text.length, level: block.level });
    text += block.text;
  }
  return { text, headings, words: countWords(text) };
}

export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

/** Parse and convert an export. `parser` is injectable for tests; browsers have DOMParser. */
export function docsTextFromHtml(html: string, parser: DOMParser = new DOMParser()): DocsText {
  return docsTextFromDocument(parser.parseFromString(html, 'text/html'));
}
