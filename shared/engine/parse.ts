/**
 * Text → nlcst. We parse block by block (paragraphs, headings, list items) rather than the
 * whole text as one tree: parse-english grows worse than linearly on one huge value, while
 * block by block it stays linear (see the benchmark). Each block's tree is shifted to its
 * place in the whole text, so every node's offsets point into the original string.
 */
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Root, RootContent } from 'nlcst';
import type { Point, Position } from 'unist';

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

/**
 * A line stands alone (it is never joined to the next line) when it looks like a heading:
 * short, no closing full stop. Hard-wrapped prose lines are joined into one block.
 */
function standsAlone(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  if (trimmed.length > 80) return false;
  return !/[.,;:]$/.test(trimmed) || /^#{1,6}\s/.test(trimmed);
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockLine = 1;
  let line = 1;
  let position = 0;

  const close = (end: number) => {
    if (blockStart >= 0 && end > blockStart) {
      blocks.push({ offset: blockStart, line: blockLine, text: text.slice(blockStart, end) });
    }
    blockStart = -1;
  };

  while (position <= text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = text.length;
    const content = text.slice(position, lineEnd);
    const blank = content.trim().length === 0;

    if (blank) {
      close(position);
    } else {
      const startsNew =
        blockStart === -1 ||
        BULLET.test(content) ||
        standsAlone(content) ||
        position - blockStart > MAX_BLOCK_CHARS;
      if (startsNew) {
        close(position);
        blockStart = position;
        blockLine = line;
      }
      // A heading-like line closes its own block so the next line does not run into it.
      if (standsAlone(content)) close(lineEnd);
    }

    if (lineEnd >= text.length) break;
    position = lineEnd + 1;
    line++;
  }
  close(text.length);
  return blocks;
}

const parser = new ParseEnglish();

function shiftPoint(point: Point, offset: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset };
}

/** Give every node its own, shifted position object (parse-english shares point objects). */
function shift(node: { position?: Position; children?: unknown[] }, offset: number, lines: number): void {
  if (node.position) {
    node.position = {
      start: shiftPoint(node.position.start, offset, lines),
      end: shiftPoint(node.position.end, offset, lines),
    };
  }
  if (node.children) {
    for (const child of node.children) shift(child as typeof node, offset, lines);
  }
}

/** Parse one block on its own; offsets are into the block. */
export function parseBlock(block: Block): Paragraph[] {
  const root = parser.parse(block.text) as Root;
  const paragraphs: Paragraph[] = [];
  for (const child of root.children) {
    if (child.type !== 'ParagraphNode') continue;
    shift(child, block.offset, block.line - 1);
    paragraphs.push(child);
  }
  return paragraphs;
}

/** The whole text as one nlcst root whose paragraphs are the text's blocks. */
export function parseText(text: string): Root {
  const children: RootContent[] = [];
  for (const block of splitBlocks(text)) children.push(...parseBlock(block));
  const end = pointAtEnd(text);
  return {
    type: 'RootNode',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  };
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
