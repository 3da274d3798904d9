/**
 * HTML → text for the linter. Block elements (paragraphs, headings, list items, table
 * cells…) become blocks separated by a blank line, so the engine never runs two paragraphs
 * into one sentence; runs of white space collapse as a browser shows them; scripts, styles
 * and navigation chrome are dropped; character references are decoded.
 *
 * Every character of the output remembers where it came from in the HTML, so a finding's
 * offsets can be mapped back to the original file's lines and columns. We write our own
 * small tokenizer rather than pull in a parser: council pages and mammoth's output are
 * simple, and the map is easiest to keep exact when we see every character ourselves.
 */
import { decodeReferenceAt } from './entities.ts';
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

/** Elements whose content is raw text: the tokenizer must not look for tags inside them. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/** Site chrome roles (menus, site footers) that are not part of the document. */
const DROPPED_ROLES = new Set(['navigation', 'contentinfo', 'search']);

const HEADING = /^h([1-6])$/;

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

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'i').exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

function isWhiteSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
}

export function extractHtml(html: string): HtmlExtraction {
  const out: string[] = [];
  /** Source offset of each output character. */
  const map: number[] = [];
  const headings: HeadingSpan[] = [];
  const paragraphStarts: number[] = [];
  const stack: OpenElement[] = [];
  let dropDepth = 0;
  let preDepth = 0;
  let footerContext = 0; // open article/main elements: a footer inside them is content
  let pendingSpaceAt = -1;
  /** 'block' right after a block boundary (or at the start), 'line' after <br>. */
  let boundary: 'block' | 'line' | 'none' = 'block';

  const push = (value: string, source: number) => {
    // One entry per UTF-16 code unit, so output indexes are the engine's offsets.
    for (let index = 0; index < value.length; index++) {
      out.push(value[index]!);
      map.push(source);
    }
  };

  const breakBlock = (source: number) => {
    pendingSpaceAt = -1;
    if (out.length === 0 || boundary === 'block') {
      boundary = 'block';
      return;
    }
    push(boundary === 'line' ? '\n' : '\n\n', source);
    boundary = 'block';
  };

  const pushText = (char: string, source: number) => {
    if (dropDepth > 0) return;
    if (preDepth === 0 && isWhiteSpace(char)) {
      if (pendingSpaceAt === -1) pendingSpaceAt = source;
      return;
    }
    if (boundary === 'block' && !(preDepth > 0 && char === '\n' && out.length === 0)) {
      if (out.length === 0 || out[out.length - 1] === '\n') paragraphStarts.push(out.length);
    }
    if (pendingSpaceAt !== -1 && boundary === 'none') push(' ', pendingSpaceAt);
    pendingSpaceAt = -1;
    push(char, source);
    boundary = preDepth > 0 && char === '\n' ? 'line' : 'none';
  };

  const open = (name: string, attributes: string, at: number) => {
    const role = attribute(attributes, 'role')?.toLowerCase();
    const hidden = attribute(attributes, 'hidden') !== undefined || attribute(attributes, 'aria-hidden') === 'true';
    const drops =
      DROPPED.has(name) || hidden || (role !== undefined && DROPPED_ROLES.has(role)) || (name === 'footer' && footerContext === 0);
    if (BLOCK.has(name) || name === 'br') {
      if (name === 'br') {
        if (dropDepth === 0 && out.length > 0 && boundary === 'none') {
          push('\n', at);
          boundary = 'line';
          pendingSpaceAt = -1;
        }
      } else if (dropDepth === 0) breakBlock(at);
    }
    if (VOID.has(name)) return;
    const element: OpenElement = { name, drops };
    if (drops) dropDepth++;
    if (name === 'pre') preDepth++;
    if (name === 'article' || name === 'main') footerContext++;
    if (HEADING.test(name) && dropDepth === 0) element.headingStart = out.length;
    stack.push(element);
  };

  const close = (name: string, at: number) => {
    const index = stack.findLastIndex((element) => element.name === name);
    if (index === -1) return; // a stray end tag: browsers ignore it too
    while (stack.length > index) {
      const element = stack.pop()!;
      if (element.headingStart !== undefined && dropDepth === 0) {
        let end = out.length;
        while (end > element.headingStart && isWhiteSpace(out[end - 1]!)) end--;
        if (end > element.headingStart) {
          headings.push({ start: element.headingStart, end, level: Number(HEADING.exec(element.name)![1]) });
        }
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
        if (dropDepth === 0 && /compact-proof-/.test(comment)) {
          breakBlock(position);
          for (let offset = 0; offset < comment.length; offset++) {
            const c = comment[offset]!;
            push(c === '\n' || c === '\r' ? ' ' : c, position + offset);
          }
          // On its own line, so `disable-next-line` applies to the block that follows.
          push('\n', stop - 1);
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
      const tag = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(position, position + 2000));
      if (tag) {
        const [whole, slash, rawName, attributes] = tag;
        const name = rawName!.toLowerCase();
        if (slash) close(name, position);
        else {
          open(name, attributes!, position);
          const selfClosing = attributes!.trimEnd().endsWith('/');
          if (selfClosing && !VOID.has(name)) close(name, position + whole.length);
          else if (RAW_TEXT.has(name)) {
            // Skip to the matching end tag without tokenizing what is inside.
            const endTag = html.toLowerCase().indexOf(`</${name}`, position + whole.length);
            const contentEnd = endTag === -1 ? html.length : endTag;
            if (name !== 'title' || dropDepth === 0) {
              for (let offset = position + whole.length; offset < contentEnd; offset++) pushText(html[offset]!, offset);
            }
            const closeEnd = endTag === -1 ? html.length : html.indexOf('>', endTag) + 1 || html.length;
            close(name, contentEnd);
            position = closeEnd;
            continue;
          }
        }
        position += whole.length;
        continue;
      }
      pushText(char, position);
      position++;
      continue;
    }
    if (char === '&') {
      const reference = decodeReferenceAt(html, position);
      if (reference) {
        for (const decoded of reference.value) pushText(decoded, position);
        position += reference.length;
        continue;
      }
    }
    pushText(char, position);
    position++;
  }

  const text = out.join('').replace(/\s+$/, '');
  return {
    text,
    format: 'html',
    headings,
    paragraphStarts,
    sourceText: html,
    sourceOffset: (offset: number) => {
      if (map.length === 0) return 0;
      if (offset <= 0) return map[0]!;
      if (offset >= map.length) return map[map.length - 1]! + 1;
      return map[offset]!;
    },
  };
}
