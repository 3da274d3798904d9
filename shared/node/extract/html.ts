/**
 * HTML → text for the linter. Block elements (paragraphs, headings, list items, table
 * cells…) become blocks separated by a blank line, so the engine never runs two paragraphs
 * into one sentence; runs of white space collapse as a browser shows them; scripts, styles
 * and navigation chrome are dropped; character references are decoded.
 *
 * Every character of the output remembers where it came from in the HTML, so a finding's
 * offsets can be mapped back to the original file's lines and columns. We write our own
 * small tokeniser rather than pull in a parser: council pages and mammoth's output are
 * simple, and the map is easiest to keep exact when we see every character ourselves.
 */
import { decodeReferenceAt } from './entities.ts';
import { MappedText } from './mapped-text.ts';
import type { ExtractedText, HeadingSpan } from './types.ts';

/** Elements whose start and end mark a block boundary. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements with no content and no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is never prose a reader sees on the page. */
const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'iframe', 'object', 'select', 'textarea', 'button']);

/** Elements whose content is raw text: the tokeniser must not look for tags inside them. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/** Site chrome roles (menus, site footers) that are not part of the document. */
const DROPPED_ROLES = new Set(['navigation', 'contentinfo', 'search']);

const HEADING = /^h([1-6])$/;

/** A tag's name after `<` or `</`. */
const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;

/**
 * Where each tag ends: the `>` that closes a tag whose attributes start at a position,
 * skipping quoted values (which may contain `>`). This is what the pattern
 * `<\/?name((?:[^>"']|"[^"]*"|'[^']*')*)>` matches, found without the pattern: tried from
 * each `<`, that pattern read to the end of the page whenever no `>` followed ("<a " repeated
 * 60,000 times took 17 s). From any position the reading goes from one `>`, `"` or `'` to the
 * next, so its outcome depends only on the next such mark; the outcome is remembered for each
 * mark and the marks' positions are found once, which keeps the whole page linear.
 */
class TagEnds {
  /** Positions of every `>`, `"` and `'`, in order. */
  private readonly marks: Int32Array;
  /** For a quote in `marks`, the index in `marks` of the next same quote; -1 when there is none. */
  private readonly closingQuote: Int32Array;
  /** For an index in `marks`, where a tag reading on from it ends: -1 never, UNKNOWN not yet asked. */
  private readonly outcome: Int32Array;

  constructor(private readonly html: string) {
    let count = 0;
    for (let index = 0; index < html.length; index++) if (isTagMark(html.charCodeAt(index))) count++;
    this.marks = new Int32Array(count);
    for (let index = 0, mark = 0; index < html.length; index++) if (isTagMark(html.charCodeAt(index))) this.marks[mark++] = index;
    this.closingQuote = new Int32Array(count).fill(-1);
    this.outcome = new Int32Array(count).fill(UNKNOWN);
    let nextDouble = -1;
    let nextSingle = -1;
    for (let mark = count - 1; mark >= 0; mark--) {
      const code = html.charCodeAt(this.marks[mark]!);
      if (code === 34) {
        this.closingQuote[mark] = nextDouble;
        nextDouble = mark;
      } else if (code === 39) {
        this.closingQuote[mark] = nextSingle;
        nextSingle = mark;
      }
    }
  }

  /** The position of the `>` ending a tag whose attributes start at `from`, or -1. */
  endFrom(from: number): number {
    let low = 0;
    let high = this.marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.marks[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return this.endAtMark(low);
  }

  private endAtMark(first: number): number {
    const path: number[] = [];
    let mark = first;
    let end = -1;
    while (mark < this.marks.length) {
      const known = this.outcome[mark]!;
      if (known !== UNKNOWN) {
        end = known;
        break;
      }
      path.push(mark);
      if (this.html.charCodeAt(this.marks[mark]!) === 62) {
        end = this.marks[mark]!;
        break;
      }
      const closing = this.closingQuote[mark]!;
      if (closing === -1) break; // an unclosed quote: no tag
      mark = closing + 1;
    }
    for (const visited of path) this.outcome[visited] = end;
    return end;
  }
}

const UNKNOWN = -2;

/** `>`, `"` or `'`: the characters that end or suspend a tag's attributes. */
function isTagMark(code: number): boolean {
  return code === 62 || code === 34 || code === 39;
}

interface Tag {
  closing: boolean;
  name: string;
  attributes: string;
  /** Length from `<` to `>` inclusive. */
  length: number;
}

/** The tag starting at `position` (a `<`), or null when that `<` starts no tag. */
function tagAt(html: string, position: number, ends: TagEnds): Tag | null {
  const closing = html[position + 1] === '/';
  TAG_NAME.lastIndex = position + (closing ? 2 : 1);
  const name = TAG_NAME.exec(html);
  if (!name) return null;
  const attributesStart = TAG_NAME.lastIndex;
  const end = ends.endFrom(attributesStart);
  if (end === -1) return null;
  return { closing, name: name[0], attributes: html.slice(attributesStart, end), length: end + 1 - position };
}

export interface HtmlExtraction extends ExtractedText {
  /** Start offsets (in the text) of each paragraph-like block, in order: Word's "paragraph N". */
  paragraphStarts: number[];
}

interface OpenElement {
  name: string;
  /** True when this element starts a dropped region. */
  drops: boolean;
  headingStart?: number;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  if (attributes.length === 0) return undefined;
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'i');
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * A run of words separated by single spaces: it reads the same once white space is
 * collapsed, so it is copied in one piece. (HTML's white space excludes the non-breaking space.)
 */
const WORD = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;
const TEXT_END = /[<&]/g;

/** The page's <title> (in the head, before <body>), with character references decoded. */
function pageTitleOf(html: string): string | undefined {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt === -1 ? html : html.slice(0, bodyAt);
  // The first <title> start tag; if it has no end tag, no later one has either. (As one
  // pattern, /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/i, this read to the end of the head
  // from every "<title" when none was closed.)
  const open = /<title(?:\s|>)/i.exec(head);
  if (!open) return undefined;
  const contentStart = head.indexOf('>', open.index) + 1;
  if (contentStart === 0) return undefined;
  const close = /<\/title\s*>/gi;
  close.lastIndex = contentStart;
  const closed = close.exec(head);
  if (!closed) return undefined;
  const raw = head.slice(contentStart, closed.index);
  let title = '';
  for (let position = 0; position < raw.length; ) {
    const reference = raw[position] === '&' ? decodeReferenceAt(raw, position) : undefined;
    title += reference ? reference.value : raw[position];
    position += reference ? reference.length : 1;
  }
  return title.replace(/\s+/g, ' ').trim() || undefined;
}

export function extractHtml(html: string): HtmlExtraction {
  const out = new MappedText();
  const headings: HeadingSpan[] = [];
  const paragraphStarts: number[] = [];
  const stack: OpenElement[] = [];
  /** How many elements of each name are open: an end tag with none open is stray, and is ignored without searching the stack. */
  const openCounts = new Map<string, number>();
  const tagEnds = new TagEnds(html);
  let dropDepth = 0;
  let preDepth = 0;
  let footerContext = 0; // open article/main elements: a footer inside them is content
  let pendingSpaceAt = -1;
  /** 'block' right after a block boundary (or at the start), 'line' after <br>. */
  let boundary: 'block' | 'line' | 'none' = 'block';

  const breakBlock = (source: number) => {
    pendingSpaceAt = -1;
    if (out.length === 0 || boundary === 'block') {
      boundary = 'block';
      return;
    }
    out.append(boundary === 'line' ? '\n' : '\n\n', source, false);
    boundary = 'block';
  };

  /** Emit visible characters (no white space) that start at `source`. */
  const emitWord = (word: string, source: number, copied: boolean) => {
    if (boundary === 'block' && (out.length === 0 || out.lastChar === '\n')) paragraphStarts.push(out.length);
    if (pendingSpaceAt !== -1 && boundary === 'none') out.append(' ', pendingSpaceAt, false);
    pendingSpaceAt = -1;
    out.append(word, source, copied);
    boundary = 'none';
  };

  /** Text between tags: collapse white space as a browser shows it, except inside <pre>. */
  const emitText = (start: number, end: number) => {
    if (dropDepth > 0 || start >= end) return;
    if (preDepth > 0) {
      const run = html.slice(start, end);
      if (boundary === 'block' && (out.length === 0 || out.lastChar === '\n')) paragraphStarts.push(out.length);
      out.append(run, start, true);
      boundary = run.endsWith('\n') ? 'line' : 'none';
      return;
    }
    const run = html.slice(start, end);
    let previousEnd = 0;
    for (const match of run.matchAll(WORD)) {
      if (match.index > previousEnd && pendingSpaceAt === -1) pendingSpaceAt = start + previousEnd;
      emitWord(match[0], start + match.index, true);
      previousEnd = match.index + match[0].length;
    }
    if (previousEnd < run.length && pendingSpaceAt === -1) pendingSpaceAt = start + previousEnd;
  };

  /** A decoded character reference: visible characters, or (for &nbsp; and friends) a space. */
  const emitDecoded = (value: string, source: number) => {
    if (dropDepth > 0 || value === '') return;
    if (preDepth === 0 && value.trim() === '') {
      if (pendingSpaceAt === -1) pendingSpaceAt = source;
      return;
    }
    emitWord(value, source, false);
  };

  const open = (name: string, attributes: string, at: number) => {
    const role = attribute(attributes, 'role')?.toLowerCase();
    const hidden = attribute(attributes, 'hidden') !== undefined || attribute(attributes, 'aria-hidden') === 'true';
    const drops =
      DROPPED.has(name) || hidden || (role !== undefined && DROPPED_ROLES.has(role)) || (name === 'footer' && footerContext === 0);
    if (name === 'br') {
      if (dropDepth === 0 && out.length > 0 && boundary === 'none') {
        out.append('\n', at, false);
        boundary = 'line';
        pendingSpaceAt = -1;
      }
    } else if (BLOCK.has(name) && dropDepth === 0) breakBlock(at);
    if (VOID.has(name)) return;
    const element: OpenElement = { name, drops };
    if (drops) dropDepth++;
    if (name === 'pre') preDepth++;
    if (name === 'article' || name === 'main') footerContext++;
    if (HEADING.test(name) && dropDepth === 0) element.headingStart = out.length;
    stack.push(element);
    openCounts.set(name, (openCounts.get(name) ?? 0) + 1);
  };

  const close = (name: string, at: number) => {
    // A stray end tag: browsers ignore it too. (Searching the stack for each of 100,000 stray
    // end tags under 100,000 open elements took a minute.)
    if (!openCounts.get(name)) return;
    // Every element above the one closed is closed with it, so each is searched past once.
    const index = stack.findLastIndex((element) => element.name === name);
    while (stack.length > index) {
      const element = stack.pop()!;
      openCounts.set(element.name, openCounts.get(element.name)! - 1);
      if (element.headingStart !== undefined && dropDepth === 0 && out.length > element.headingStart) {
        headings.push({ start: element.headingStart, end: out.length, level: Number(HEADING.exec(element.name)![1]) });
      }
      if (element.drops) dropDepth--;
      if (element.name === 'pre') preDepth--;
      if (element.name === 'article' || element.name === 'main') footerContext--;
      if (BLOCK.has(element.name) && dropDepth === 0) breakBlock(at);
    }
  };

  let position = 0;
  while (position < html.length) {
    const char = html[position]!;
    if (char === '<') {
      if (html.startsWith('<!--', position)) {
        const end = html.indexOf('-->', position + 4);
        const stop = end === -1 ? html.length : end + 3;
        // Keep compact-proof's own switches: the engine reads them from the text.
        const comment = html.slice(position, stop);
        if (dropDepth === 0 && comment.includes('compact-proof-')) {
          breakBlock(position);
          // On one line of its own, so `disable-next-line` applies to the block that follows.
          out.append(comment.replace(/[\r\n]/g, ' '), position, true);
          out.append('\n', stop - 1, false);
          boundary = 'block';
        }
        position = stop;
        continue;
      }
      if (html[position + 1] === '!' || html[position + 1] === '?') {
        const end = html.indexOf('>', position);
        position = end === -1 ? html.length : end + 1;
        continue;
      }
      // Read on the whole string: a tag may be very long (an image with a data: URL).
      const tag = tagAt(html, position, tagEnds);
      if (tag) {
        const { attributes, length } = tag;
        const name = tag.name.toLowerCase();
        if (tag.closing) close(name, position);
        else {
          open(name, attributes, position);
          const selfClosing = attributes.trimEnd().endsWith('/');
          if (selfClosing && !VOID.has(name)) close(name, position + length);
          else if (RAW_TEXT.has(name)) {
            // Skip to the matching end tag without tokenising what is inside.
            const endPattern = new RegExp(`</${name}`, 'gi');
            endPattern.lastIndex = position + length;
            const endTag = endPattern.exec(html)?.index ?? -1;
            const contentEnd = endTag === -1 ? html.length : endTag;
            emitText(position + length, contentEnd);
            const closeEnd = endTag === -1 ? html.length : html.indexOf('>', endTag) + 1 || html.length;
            close(name, contentEnd);
            position = closeEnd;
            continue;
          }
        }
        position += length;
        continue;
      }
      // A "<" that starts no tag is text.
      emitWord('<', position, true);
      position++;
      continue;
    }
    if (char === '&') {
      const reference = decodeReferenceAt(html, position);
      if (reference) emitDecoded(reference.value, position);
      else emitWord('&', position, true);
      position += reference ? reference.length : 1;
      continue;
    }
    TEXT_END.lastIndex = position;
    const end = TEXT_END.exec(html)?.index ?? html.length;
    emitText(position, end);
    position = end;
  }

  // trimEnd, not /\s+$/: the pattern tries every position of a long run of white space.
  const text = out.toString().trimEnd();
  // Headings end before any white space they closed with.
  for (const heading of headings) {
    while (heading.end > heading.start && /\s/.test(text[heading.end - 1] ?? ' ')) heading.end--;
  }
  return {
    text,
    format: 'html',
    headings: headings.filter((heading) => heading.end > heading.start),
    pageTitle: pageTitleOf(html),
    paragraphStarts: paragraphStarts.filter((start) => start < text.length),
    sourceText: html,
    sourceOffset: (offset: number) => out.sourceOffset(offset),
  };
}
