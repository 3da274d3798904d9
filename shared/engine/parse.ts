/**
 * Text → nlcst. We parse block by block (paragraphs, headings, list items) rather than the
 * whole text as one tree: parse-english grows worse than linearly on one huge value, while
 * block by block it stays linear (see the benchmark). Each block's tree is shifted to its
 * place in the whole text, so every node's offsets point into the original string.
 */
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Punctuation, Root, RootContent, Sentence, Symbol, WhiteSpace, Word } from 'nlcst';
import type { Point } from 'unist';
import { LineIndex } from '../text/line-index.ts';
import {
  mayBreakImplicitSentences,
  mayMergeElision,
  mayMergeFinalWordSymbol,
  mayMergeInitialisms,
  mayMergeInitialWordSymbol,
  mayMergeInnerWordSlash,
  mayMergeInnerWordSymbol,
  mayMergeRemainingFullStops,
} from './plugin-guards.ts';
import { splitBlocks, type Block } from '../text/blocks.ts';
import { noteSentenceSpans } from '../text/sentence-spans.ts';

// The blocks the engine parses come from the text layer; callers that parse may split with it too.
export { splitBlocks, type Block };

const WHITE_SPACE = 1;
const PUNCTUATION = 2;
const WORD = 3;
const SYMBOL = 4;
const TYPE_NAMES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;

/**
 * The class of each UTF-16 code unit as parse-latin's tokenizer sees it, filled in on first
 * sight. parse-latin tests every character against three large Unicode regexes (white
 * space, punctuation, word); asking its own tokenizer about one character at a time gives
 * exactly its answer, and the table means each code unit is asked about once per process.
 */
const CLASSES = new Uint8Array(65536);

function classOf(code: number): number {
  let found = CLASSES[code]!;
  if (found === 0) {
    const [token] = ParseEnglish.prototype.tokenize.call(undefined, String.fromCharCode(code));
    found = TYPE_NAMES.indexOf(token!.type as (typeof TYPE_NAMES)[number]);
    CLASSES[code] = found;
  }
  return found;
}

/**
 * parse-latin's tokenizer, rewritten to give the same tokens placed in the whole text as
 * they are made (parse-english always numbers positions from the start of the string it
 * is given), before the parser builds sentences and paragraphs from them (their positions
 * are taken from their first and last children), so no second walk over the tree is needed.
 * The original tests each character against three Unicode regexes and copies a point
 * object with a spread for every token; this was about 180 ms per MB (with the shift we
 * used to do afterwards), a sixth of the whole lint. The trees are the same, node for node
 * and point for point (tests/engine/parse.test.ts); columns are the block's, which starts
 * a line. Point objects are shared where their values are equal: a token's end is the next
 * token's start, and a word's text child has the word's points. Nothing changes a point
 * once made (parse-english's plugins replace a node's `start` or `end`, never edit one), and
 * the tree is most of what the lint allocates: one new point per token instead of two (three
 * for a word) is about 27 MB less to allocate per MB of text.
 */
class PlacedParser extends ParseEnglish {
  offset = 0;
  lines = 0;

  /**
   * parse-english's sentence plugins, in its order, each with the test that says it could
   * change the block's tokens (plugin-guards.ts): on most blocks only one or two run, and
   * each skipped plugin saves a closure call per token.
   */
  private readonly sentencePlugins: [number, (sentence: Sentence) => boolean, (sentence: Sentence) => undefined | void][];

  /** Which marks the last tokenize call made (MARK_* bits): a guard runs only if its marks are there. */
  private marks = 0;

  constructor() {
    super();
    const sentence = this.tokenizeSentencePlugins;
    const paragraph = this.tokenizeParagraphPlugins;
    // parse-english 7: elision, then parse-latin's initial word symbol, final word symbol,
    // inner word symbol, inner word slash, initialisms and patch position. The last (the
    // sentence's position from its first and last tokens) is done in tokenizeSentence.
    if (sentence.length !== 7 || paragraph.length !== 13) throw new Error('parse-english plugins are not the ones parse.ts expects');
    // Each guard returns false when its marks are missing ("/" or an apostrophe, "&", "-",
    // an inner-word mark, "/", "."), and no plugin makes a token, so those are checked
    // first from what the tokenizer saw.
    this.sentencePlugins = [
      [MARK_SLASH | MARK_APOSTROPHE, mayMergeElision, sentence[0]!],
      [MARK_AMPERSAND, mayMergeInitialWordSymbol, sentence[1]!],
      [MARK_HYPHEN, mayMergeFinalWordSymbol, sentence[2]!],
      [MARK_INNER, mayMergeInnerWordSymbol, sentence[3]!],
      [MARK_SLASH, mayMergeInnerWordSlash, sentence[4]!],
      [MARK_FULL_STOP, mayMergeInitialisms, sentence[5]!],
    ];
    // Paragraph plugins 7 and 10 (remaining full stops, implicit sentences) visit every
    // token of every sentence; the others look at a sentence's ends.
    const remainingFullStops = paragraph[7]!;
    const implicitSentences = paragraph[10]!;
    paragraph[7] = (node) => (mayMergeRemainingFullStops(node) ? remainingFullStops(node) : undefined);
    paragraph[10] = (node) => (mayBreakImplicitSentences(node) ? implicitSentences(node) : undefined);
  }

  override tokenizeSentence(value: string | null | undefined): Sentence {
    const children = this.tokenize(value);
    const sentence: Sentence = { type: 'SentenceNode', children };
    const marks = this.marks;
    for (const [wanted, needed, plugin] of this.sentencePlugins) if (marks & wanted && needed(sentence)) plugin(sentence);
    if (children.length > 0) sentence.position = { start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end };
    return sentence;
  }

  override tokenize(value: string | null | undefined) {
    const children: (Word | WhiteSpace | Punctuation | Symbol)[] = [];
    if (!value) return children;
    const base = this.offset;
    let line = this.lines + 1;
    let column = 1;
    let from = 0;
    // Where the token being read starts: the point the previous token ended at.
    let start: Point = { line, column, offset: base };
    let previousType = 0;
    let previous = -1;
    let marks = 0;
    const length = value.length;

    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index);
      const type = classOf(code);
      // A token goes on while words or white space continue, or the same punctuation or
      // symbol character (or a surrogate half) repeats; anything else starts a new one.
      if (
        from < index &&
        !(type === previousType && (type === WORD || type === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff)))
      ) {
        const end = { line, column, offset: base + index };
        if (previousType !== WORD && previousType !== WHITE_SPACE) marks |= markOf(previous, index - from);
        children.push(token(previousType, value.slice(from, index), start, end));
        from = index;
        start = end;
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (code !== 10) {
        column++;
      }
      previousType = type;
      previous = code;
    }
    if (from < length) {
      if (previousType !== WORD && previousType !== WHITE_SPACE) marks |= markOf(previous, length - from);
      children.push(token(previousType, value.slice(from, length), start, { line, column, offset: base + length }));
    }
    this.marks = marks;
    return children;
  }
}

const MARK_SLASH = 1;
const MARK_APOSTROPHE = 2;
const MARK_AMPERSAND = 4;
const MARK_HYPHEN = 8;
const MARK_FULL_STOP = 16;
/** One of parse-latin's inner-word marks (wordSymbolInner): & ' - . : = ? @ U+00AD U+00B7 U+2010 U+2011 U+2019 U+2027, or underscores. */
const MARK_INNER = 32;

/**
 * The MARK_* bits of a punctuation or symbol token, from its character (a mark token is a
 * run of one character: `code`) and its length.
 */
function markOf(code: number, length: number): number {
  if (code === 95) return MARK_INNER; // a run of underscores
  if (length !== 1) return 0;
  switch (code) {
    case 47:
      return MARK_SLASH;
    case 39:
    case 0x2019:
      return MARK_APOSTROPHE | MARK_INNER;
    case 38:
      return MARK_AMPERSAND | MARK_INNER;
    case 45:
      return MARK_HYPHEN | MARK_INNER;
    case 46:
      return MARK_FULL_STOP | MARK_INNER;
    case 58:
    case 61:
    case 63:
    case 64:
    case 0xad:
    case 0xb7:
    case 0x2010:
    case 0x2011:
    case 0x2027:
      return MARK_INNER;
    default:
      return 0;
  }
}

function token(type: number, value: string, start: Point, end: Point): Word | WhiteSpace | Punctuation | Symbol {
  if (type === WORD) {
    return { type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } };
  }
  return { type: TYPE_NAMES[type] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position: { start, end } };
}

const parser = new PlacedParser();

/** Parse one block on its own; offsets and lines are into the whole text. */
export function parseBlock(block: Block): Paragraph[] {
  parser.offset = block.offset;
  parser.lines = block.line - 1;
  const root = parser.parse(block.text) as Root;
  const paragraphs: Paragraph[] = [];
  for (const child of root.children) if (child.type === 'ParagraphNode') paragraphs.push(child);
  return paragraphs;
}

/**
 * The paragraphs of some blocks for the rules to read, each keeping only its type and
 * position: its sentences and words are parsed again from its block when `children` is read,
 * and not kept. A part's full tree (about 2 million objects per MB of text) lived for as long
 * as the rules ran over it, so V8 copied all of it out of the young generation (or, once it
 * had learnt that, allocated it as long-lived from the start), and that, not the parsing,
 * was most of the parse's cost: parsing 1 MB whose trees are dropped at once takes about
 * 40 ms warm, against 300–400 ms when they are kept (issue 17). The rules read a paragraph's
 * words at most two or three times (consultation sentences, jargon, the few paragraphs that
 * may hold an acronym), each reading short-lived, so the whole costs far less than one kept
 * tree. Reading is the same tree, node for node: parseBlock is a pure function of its block.
 * The last block read is kept, so reading `children` again (or another paragraph of the
 * same block) gives the same nodes.
 */
export function parseBlocksLightly(blocks: readonly Block[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    const parsed = parseBlock(block);
    for (let index = 0; index < parsed.length; index++) {
      // A plain object with `children` as an own, enumerable getter: to a reader (a spread,
      // JSON, a deep comparison) it is an ordinary nlcst paragraph.
      const paragraph = { type: 'ParagraphNode', position: parsed[index]!.position } as Paragraph;
      Object.defineProperty(paragraph, 'children', { get: readChildren, enumerable: true });
      sources.set(paragraph, { block, index });
      noteSentenceSpans(paragraph, parsed[index]!);
      paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

/** Where each lightly kept paragraph comes from: its block, and which of the block's paragraphs it is. */
const sources = new WeakMap<Paragraph, { block: Block; index: number }>();

let lastBlock: Block | undefined;
let lastParagraphs: Paragraph[] = [];

/** The `children` getter of a lightly kept paragraph: its block parsed again, unless it is the block read last. */
function readChildren(this: Paragraph): Paragraph['children'] {
  const { block, index } = sources.get(this)!;
  if (block !== lastBlock) {
    lastParagraphs = parseBlock(block);
    lastBlock = block;
  }
  return lastParagraphs[index]!.children;
}

/**
 * Blocks as one nlcst root whose paragraphs are the blocks; offsets are into the whole text.
 * `end` is the text's end point (`pointAtEnd(text)`): a caller parsing a long text part by
 * part works it out once, rather than counting the whole text's lines for every part.
 */
export function parseBlocks(text: string, blocks: readonly Block[], end: Point = pointAtEnd(text)): Root {
  const children: RootContent[] = [];
  for (const block of blocks) for (const paragraph of parseBlock(block)) children.push(paragraph);
  return {
    type: 'RootNode',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  };
}

/** The whole text as one nlcst root whose paragraphs are its blocks. */
export function parseText(text: string): Root {
  return parseBlocks(text, splitBlocks(text));
}

/**
 * Group a text's blocks into parts of about `size` characters, so a very large document
 * can be linted part by part with bounded memory. Pass `blocks` when the text's blocks are
 * already known.
 */
export function partsOf(text: string, size: number, blocks: readonly Block[] = splitBlocks(text)): Block[][] {
  const parts: Block[][] = [];
  let current: Block[] = [];
  let partStart = 0;
  for (const block of blocks) {
    if (current.length > 0 && block.offset - partStart >= size) {
      parts.push(current);
      current = [];
      partStart = block.offset;
    }
    current.push(block);
  }
  parts.push(current);
  return parts;
}

/** The point just after a text's last character; line breaks as LineIndex counts them. */
export function pointAtEnd(text: string, lines: LineIndex = new LineIndex(text)): Point {
  return { ...lines.at(text.length), offset: text.length };
}
