/**
 * HTML → text for the linter. The page is parsed by parse5 (the WHATWG algorithm a browser
 * follows, and the parser under unified's rehype-parse), so unclosed `<p>` and `<li>`, stray
 * end tags, odd comments, CDATA, `<template>` and references without semicolons come out as
 * a browser shows them.
 *
 * We read parse5's own tree rather than rehype-parse's hast: hast-util-from-parse5 converts
 * the tree recursively, and a page nesting about 10,000 elements (25,000 `<div>`s in the
 * pathological suite) overflowed the call stack. parse5 builds its tree without recursion,
 * and our walk keeps its own stack.
 *
 * Block elements (paragraphs, headings, list items, table cells…) become blocks separated by
 * a blank line, so the engine never runs two paragraphs into one sentence (hast-util-to-text's
 * innerText rules give one line break for most of these and a tab between cells; the engine
 * needs the blank line); runs of white space collapse as a browser shows them; scripts,
 * styles and navigation chrome are dropped.
 *
 * Every character of the output remembers where it came from in the HTML: parse5 gives each
 * text node its exact source span, and `source-align.ts` lines the decoded text up with that
 * span (character references, CR LF), so a finding maps back to the file's lines and columns.
 * hast-util-to-text cannot give offsets, so the walk is ours.
 */
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { MappedText } from './mapped-text.ts';
import { alignToSource, type AlignedRun } from './source-align.ts';
import type { ExtractedText, HeadingSpan } from './types.ts';

/** Elements whose start and end mark a block boundary (display: block and friends by default). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'ol', 'p', 'plaintext', 'pre',
  'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

/** Elements whose content is never prose a reader sees on the page. */
const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'iframe', 'object', 'select', 'textarea', 'button']);

/** Elements whose text is shown as written, white space and all. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/** Site chrome roles (menus, site footers) that are not part of the document. */
const DROPPED_ROLES = new Set(['navigation', 'contentinfo', 'search']);

const HEADING = /^h([1-6])$/;

/**
 * A run of words separated by single spaces: it reads the same once white space is
 * collapsed, so it is copied in one piece. (HTML's white space excludes the non-breaking space.)
 */
const WORD = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;

export interface HtmlExtraction extends ExtractedText {
  /** Start offsets (in the text) of each paragraph-like block, in order: Word's "paragraph N". */
  paragraphStarts: number[];
}

/** The WHATWG parse of a page, with source positions on every node. */
export function parseHtml(html: string): Tree.Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

type Node = Tree.Node;
const startOf = (node: Node, fallback: number) => node.sourceCodeLocation?.startOffset ?? fallback;
const endOf = (node: Node, fallback: number) => node.sourceCodeLocation?.endOffset ?? fallback;
const isElement = (node: Node): node is Tree.Element => 'tagName' in node;
const attribute = (element: Tree.Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function isDropped(element: Tree.Element, footerContext: number): boolean {
  const name = element.tagName;
  const role = attribute(element, 'role')?.trim().toLowerCase();
  return (
    DROPPED.has(name) ||
    attribute(element, 'hidden') !== undefined ||
    attribute(element, 'aria-hidden')?.trim().toLowerCase() === 'true' ||
    (role !== undefined && DROPPED_ROLES.has(role)) ||
    (name === 'footer' && footerContext === 0)
  );
}

/** The page's <title> in the head (never an SVG title in the body), on one line. */
function pageTitleOf(document: Tree.Document): string | undefined {
  const html = document.childNodes.find((node): node is Tree.Element => isElement(node) && node.tagName === 'html');
  const head = html?.childNodes.find((node): node is Tree.Element => isElement(node) && node.tagName === 'head');
  const title = head?.childNodes.find((node): node is Tree.Element => isElement(node) && node.tagName === 'title');
  if (!title) return undefined;
  // A title holds only text: the parser reads it as raw text.
  const text = title.childNodes.map((node) => (node.nodeName === '#text' ? (node as Tree.TextNode).value : '')).join('');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** The index of the run holding value offset `at` (runs are in order): a text with thousands of references stays linear. */
function runIndexAt(runs: readonly AlignedRun[], at: number): number {
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (runs[middle]!.valueStart <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Spaces a page writes as references (`&nbsp;`, `&ensp;`…): the linter reads each as a space. */
const REFERENCE_SPACE = /[\u00a0\u2002\u2003\u2009]/g;

/**
 * The value with every space written as a reference turned into an ordinary, collapsible
 * space, as the old extractor did: authors put `&nbsp;` where they mean a space, and a rule
 * looking for "28 days" must not miss "28&nbsp;days". A non-breaking space typed as itself
 * is left alone. Same length, so the runs still line up.
 */
function spacesForReferences(value: string, runs: readonly AlignedRun[]): string {
  if (runs.every((run) => run.copied)) return value;
  let result = '';
  for (const run of runs) {
    const piece = value.slice(run.valueStart, run.valueStart + run.length);
    result += run.copied ? piece : piece.replace(REFERENCE_SPACE, ' ');
  }
  return result;
}

/** One step of the walk: enter a node, or leave an element entered earlier. */
type Step = { node: Node; leaving: false } | { node: Tree.Element; leaving: true; drops: boolean; headingStart?: number };

export function extractHtml(html: string): HtmlExtraction {
  const document = parseHtml(html);
  const out = new MappedText();
  const headings: HeadingSpan[] = [];
  const paragraphStarts: number[] = [];
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

  // A function, so TypeScript does not narrow `boundary` across the walk's callbacks.
  const afterInlineText = () => boundary === 'none';

  const noteParagraphStart = () => {
    if (boundary === 'block' && (out.length === 0 || out.lastChar === '\n')) paragraphStarts.push(out.length);
  };

  /** Append value[from, to) of a text node, each piece mapped through the node's aligned runs. */
  const appendRuns = (runs: readonly AlignedRun[], value: string, from: number, to: number) => {
    for (let index = runIndexAt(runs, from); index < runs.length; index++) {
      const run = runs[index]!;
      const runEnd = run.valueStart + run.length;
      if (runEnd <= from) continue;
      if (run.valueStart >= to) break;
      const start = Math.max(from, run.valueStart);
      const end = Math.min(to, runEnd);
      const source = run.copied ? run.sourceStart + (start - run.valueStart) : run.sourceStart;
      out.append(value.slice(start, end), source, run.copied);
    }
  };

  const sourceAt = (runs: readonly AlignedRun[], at: number, fallback: number) => {
    const run = runs[runIndexAt(runs, at)];
    if (!run || at >= run.valueStart + run.length) return fallback;
    return run.copied ? run.sourceStart + (at - run.valueStart) : run.sourceStart;
  };

  const emitText = (node: Tree.TextNode) => {
    if (dropDepth > 0 || node.value.length === 0) return;
    const start = startOf(node, 0);
    const runs = alignToSource(html, start, endOf(node, start), node.value);
    const value = spacesForReferences(node.value, runs);
    if (preDepth > 0) {
      noteParagraphStart();
      appendRuns(runs, value, 0, value.length);
      boundary = value.endsWith('\n') ? 'line' : 'none';
      return;
    }
    let previousEnd = 0;
    for (const match of value.matchAll(WORD)) {
      if (match.index > previousEnd && pendingSpaceAt === -1) pendingSpaceAt = sourceAt(runs, previousEnd, start);
      noteParagraphStart();
      if (pendingSpaceAt !== -1 && boundary === 'none') out.append(' ', pendingSpaceAt, false);
      pendingSpaceAt = -1;
      appendRuns(runs, value, match.index, match.index + match[0].length);
      boundary = 'none';
      previousEnd = match.index + match[0].length;
    }
    if (previousEnd < value.length && pendingSpaceAt === -1) pendingSpaceAt = sourceAt(runs, previousEnd, start);
  };

  const emitComment = (node: Tree.CommentNode) => {
    // Keep compact-proof's own switches: the engine reads them from the text.
    if (dropDepth > 0 || !node.data.includes('compact-proof-')) return;
    const start = startOf(node, 0);
    const end = endOf(node, html.length);
    breakBlock(start);
    // On one line of its own, so `disable-next-line` applies to the block that follows.
    out.append(html.slice(start, end).replace(/[\r\n]/g, ' '), start, true);
    out.append('\n', Math.max(start, end - 1), false);
    boundary = 'block';
  };

  // The walk keeps its own stack: a page may nest elements far deeper than the call stack allows.
  const steps: Step[] = [...document.childNodes].reverse().map((node) => ({ node, leaving: false }));
  while (steps.length > 0) {
    const step = steps.pop()!;
    const node = step.node;
    if (step.leaving) {
      const element = step.node;
      const name = element.tagName;
      if (step.headingStart !== undefined && dropDepth === 0 && out.length > step.headingStart) {
        headings.push({ start: step.headingStart, end: out.length, level: Number(HEADING.exec(name)![1]) });
      }
      if (step.drops) dropDepth--;
      if (PREFORMATTED.has(name)) preDepth--;
      if (name === 'article' || name === 'main') footerContext--;
      // The break points at the end tag, or where the element ended when the parser closed it.
      if (BLOCK.has(name) && dropDepth === 0) breakBlock(element.sourceCodeLocation?.endTag?.startOffset ?? endOf(element, startOf(element, 0)));
      continue;
    }
    if (node.nodeName === '#text') emitText(node as Tree.TextNode);
    else if (node.nodeName === '#comment') emitComment(node as Tree.CommentNode);
    else if (isElement(node)) {
      const name = node.tagName;
      const at = startOf(node, 0);
      if (name === 'br') {
        if (dropDepth === 0 && out.length > 0 && afterInlineText()) {
          out.append('\n', at, false);
          boundary = 'line';
          pendingSpaceAt = -1;
        }
        continue;
      }
      if (BLOCK.has(name) && dropDepth === 0) breakBlock(at);
      const drops = isDropped(node, footerContext);
      if (drops) dropDepth++;
      if (PREFORMATTED.has(name)) preDepth++;
      if (name === 'article' || name === 'main') footerContext++;
      const headingStart = HEADING.test(name) && dropDepth === 0 ? out.length : undefined;
      steps.push({ node, leaving: true, drops, headingStart });
      // A <template>'s content lives in `content`, not `childNodes`, so it is never walked.
      for (let index = node.childNodes.length - 1; index >= 0; index--) steps.push({ node: node.childNodes[index]!, leaving: false });
    }
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
    pageTitle: pageTitleOf(document),
    paragraphStarts: paragraphStarts.filter((start) => start < text.length),
    sourceText: html,
    sourceOffset: (offset: number) => out.sourceOffset(offset),
  };
}
