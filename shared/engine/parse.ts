/**
 * Text → nlcst. We parse block by block (paragraphs, headings, list items) rather than the
 * whole text as one tree: parse-english grows worse than linearly on one huge value, while
 * block by block it stays linear (see the benchmark). Each block's tree is shifted to its
 * place in the whole text, so every node's offsets point into the original string.
 */
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Root, RootContent } from 'nlcst';
import type { Point } from 'unist';

export interface Block {
  /** Offset of the block's first character in the whole text. */
  offset: number;
  /** 1-based line of that character. */
  line: number;
  text: string;
}

/** Longest block we hand the parser in one go; longer runs are cut at line breaks. */
const MAX_BLOCK_CHARS = 4000;

const BULLET = /^\s*(?:[-*•·▪◦‣]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s+/i;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'or', 'from']);

/**
 * A line stands alone (it is never joined to the next line) when it looks like a heading
 * or a "Label: value" line: a Markdown heading, a numbered heading, capitals, or a short
 * Title Case line without a closing full stop. Other lines of a hard-wrapped paragraph are
 * joined into one block.
 */
function standsAlone(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return false;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  if (/[.,;]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (/^\(?\d+(?:\.\d+)*[.)]?\s+\S/.test(trimmed) && words.length <= 12) return true;
  if (/[A-Za-z]/.test(trimmed) && trimmed === trimmed.toUpperCase()) return true;
  if (/^[A-Z][^:]{1,40}:\s*\S/.test(trimmed) && words.length <= 12) return true;
  const content = words.filter((word) => /^[A-Za-z]/.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = content.filter((word) => /^[A-Z]/.test(word)).length;
  return words.length <= 8 && content.length > 0 && capitalised / content.length >= 0.6;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockLine = 1;
  let line = 1;
  let position = 0;
  // End of the last line that had content: blocks end there, never on a line break.
  let contentEnd = 0;

  const close = () => {
    if (blockStart >= 0 && contentEnd > blockStart) {
      blocks.push({ offset: blockStart, line: blockLine, text: text.slice(blockStart, contentEnd) });
    }
    blockStart = -1;
  };

  while (position <= text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = text.length;
    const content = text.slice(position, lineEnd);
    const blank = content.trim().length === 0;

    if (blank) {
      close();
    } else {
      const startsNew =
        blockStart === -1 ||
        BULLET.test(content) ||
        standsAlone(content) ||
        position - blockStart > MAX_BLOCK_CHARS;
      if (startsNew) {
        close();
        blockStart = position;
        blockLine = line;
      }
      contentEnd = content.endsWith('\r') ? lineEnd - 1 : lineEnd;
      // A heading-like line closes its own block so the next line does not run into it.
      if (standsAlone(content)) close();
    }

    if (lineEnd >= text.length) break;
    position = lineEnd + 1;
    line++;
  }
  close();
  return blocks;
}

/**
 * parse-english always numbers positions from the start of the string it is given. This
 * subclass moves each token to its place in the whole text as it is created, before the
 * parser builds sentences and paragraphs from the tokens (their positions are taken from
 * their first and last children), so no second walk over the tree is needed.
 * Each token owns its start point (shared only with its own text child) and its end point.
 */
class PlacedParser extends ParseEnglish {
  offset = 0;
  lines = 0;

  override tokenize(value: string | null | undefined) {
    const tokens = super.tokenize(value);
    const { offset, lines } = this;
    if (offset === 0 && lines === 0) return tokens;
    for (const token of tokens) {
      const position = token.position!;
      position.start.offset! += offset;
      position.start.line += lines;
      position.end.offset! += offset;
      position.end.line += lines;
      if (token.type === 'WordNode') {
        // The text child shares the word's start point; its end point is its own.
        const end = token.children[0]!.position!.end;
        end.offset! += offset;
        end.line += lines;
      }
    }
    return tokens;
  }
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

/** Blocks as one nlcst root whose paragraphs are the blocks; offsets are into the whole text. */
export function parseBlocks(text: string, blocks: readonly Block[]): Root {
  const children: RootContent[] = [];
  for (const block of blocks) children.push(...parseBlock(block));
  return {
    type: 'RootNode',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(text) },
  };
}

/** The whole text as one nlcst root whose paragraphs are its blocks. */
export function parseText(text: string): Root {
  return parseBlocks(text, splitBlocks(text));
}

/**
 * Group a text's blocks into parts of about `size` characters, so a very large document
 * can be linted part by part with bounded memory.
 */
export function partsOf(text: string, size: number): Block[][] {
  const parts: Block[][] = [];
  let current: Block[] = [];
  let partStart = 0;
  for (const block of splitBlocks(text)) {
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

function pointAtEnd(text: string): Point {
  let line = 1;
  let lastBreak = -1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    line++;
    lastBreak = index;
  }
  return { line, column: text.length - lastBreak, offset: text.length };
}
