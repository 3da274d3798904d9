import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../shared/engine/line-index.ts';
import { partsOf, parseText, splitBlocks } from '../../shared/engine/parse.ts';
import { sentenceTokens, paragraphSentences } from '../../shared/engine/tokens.ts';
import { PhraseIndex } from '../../shared/engine/phrase-index.ts';

const PAPER = [
  'CABINET REPORT',
  '',
  '1. Purpose',
  'This report asks Cabinet to agree a reduced grant to the',
  'Rivermead Day Centre from 1 April 2026.',
  '',
  '- first point, with a cross-cutting theme',
  '- second point',
  '',
  'Equality implications: none.',
].join('\n');

/** Every node's offsets must point at exactly its own text, and its line must be right. */
function checkPositions(text: string): number {
  const lines = new LineIndex(text);
  let checked = 0;
  visit(parseText(text), (node: Node) => {
    if (node.type === 'RootNode' || !node.position) return;
    const { start, end } = node.position;
    expect(text.slice(start.offset!, end.offset!)).toBe(toString(node as never));
    expect(start.line).toBe(lines.at(start.offset!).line);
    expect(start.column).toBe(lines.at(start.offset!).column);
    checked++;
  });
  return checked;
}

describe('parseText', () => {
  it('gives every node offsets, lines and columns into the whole text', () => {
    expect(checkPositions(PAPER)).toBeGreaterThan(50);
  });

  it('keeps positions right with Windows line endings and indentation', () => {
    expect(checkPositions('  Indented heading\r\n\r\n  A wrapped\r\n  paragraph here.\r\n')).toBeGreaterThan(5);
  });

  it('puts headings, list items and paragraphs in separate blocks but joins wrapped lines', () => {
    const blocks = splitBlocks(PAPER).map((block) => block.text);
    expect(blocks).toContain('CABINET REPORT');
    expect(blocks).toContain('1. Purpose');
    expect(blocks).toContain('This report asks Cabinet to agree a reduced grant to the\nRivermead Day Centre from 1 April 2026.');
    expect(blocks).toContain('- first point, with a cross-cutting theme');
  });

  it('groups blocks into parts of bounded size without losing or repeating any', () => {
    const text = Array.from({ length: 400 }, (_, index) => `Paragraph ${index} says something useful.`).join('\n\n');
    const parts = partsOf(text, 1000);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.flat().map((block) => block.text)).toEqual(splitBlocks(text).map((block) => block.text));
  });
});

describe('tokens and the phrase index', () => {
  const firstSentence = (text: string) => {
    const paragraph = parseText(text).children[0];
    if (paragraph?.type !== 'ParagraphNode') throw new Error('no paragraph');
    return paragraphSentences(paragraph)[0]!;
  };

  it('reads hyphenated, spaced and -ize spellings alike', () => {
    const index = new PhraseIndex<string>();
    index.add('cross-cutting', 'x', { joined: true });
    index.add('prioritise', 'p', { plurals: true });
    for (const text of ['A cross-cutting theme.', 'A cross cutting theme.', 'A crosscutting theme.', 'We prioritize it.']) {
      expect(index.match(sentenceTokens(firstSentence(text))).length, text).toBe(1);
    }
  });

  it('prefers the longest phrase and never matches across punctuation', () => {
    const index = new PhraseIndex<string>();
    index.add('best value', 'short');
    index.add('best value review', 'long');
    const matches = index.match(sentenceTokens(firstSentence('The Best Value review starts.')));
    expect(matches.map((match) => match.value)).toEqual(['long']);
    expect(index.match(sentenceTokens(firstSentence('It was the best, value for money.')))).toEqual([]);
  });
});
