import { readdirSync, readFileSync } from 'node:fs';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Root } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../shared/text/line-index.ts';
import { parseBlock, parseBlocks, parseBlocksLightly, partsOf, parseText, splitBlocks } from '../../shared/engine/parse.ts';
import { sentenceTokens, paragraphSentences } from '../../shared/engine/tokens.ts';
import { sentenceSpans } from '../../shared/text/sentence-spans.ts';
import { PhraseIndex } from '../../shared/engine/phrase-index.ts';
import { seededRandom } from '../helpers/seeded-random.ts';
import { buildCorpus } from '../bench/corpus.ts';
import fc from 'fast-check';
import { buildIndex } from '../../lint-rules/jargon/compile.ts';
import { TERMS } from '../../lint-rules/jargon/terms.ts';

const jargonIndex = buildIndex(TERMS);

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

/**
 * What stock parse-english gives for one block, moved to the block's place: the tree our
 * parser (its own tokenizer, plugins skipped when they cannot change anything) must give.
 */
function stockParagraphs(text: string, offset: number, lines: number): Paragraph[] {
  const root = new ParseEnglish().parse(text) as Root;
  const moved = JSON.parse(JSON.stringify(root), (key, value) =>
    key === 'start' || key === 'end' ? { ...value, offset: value.offset + offset, line: value.line + lines } : value,
  ) as Root;
  return moved.children.filter((child): child is Paragraph => child.type === 'ParagraphNode');
}

describe('our parser and stock parse-english', () => {
  const same = (text: string) => {
    expect(JSON.parse(JSON.stringify(parseBlock({ offset: 17, line: 4, text }))), JSON.stringify(text)).toEqual(stockParagraphs(text, 17, 3));
  };

  it('give the same tree for the examples and the benchmark corpus', () => {
    for (const name of readdirSync('examples')) for (const block of splitBlocks(readFileSync(`examples/${name}`, 'utf8'))) same(block.text);
    for (const block of splitBlocks(buildCorpus(30_000))) same(block.text);
  }, 60_000);

  it('give the same tree for text full of the marks the plugins act on', () => {
    // Elisions, "w/", "&", trailing hyphens, initialisms, inner-word marks, runs of marks,
    // line breaks of every kind, surrogate pairs and lone halves, odd white space.
    const pieces = ['a', 'B', 'w', 'o', 'ol', 'n', 'tis', 'em', 'U', 'K', '1', '2025', ' ', '  ', '\n', '\r', '\r\n', '\n\n', '\r\r', '\t',
      '.', '..', '...', ',', ';', ':', '!', '?', '…', '‽', '-', '–', '—', "'", '’', '"', '“', '&', '/', '_', '__', '=', '@', '(', ')', '£', '%',
      '½', '²', 'é', '\u00a0', '\u2028', '\u00ad', '😀', '\ud83d', 'e.g.', 'Mr', 'etc', 'Jan', 'word', 'Word'];
    const random = seededRandom(7);
    for (let count = 0; count < 3000; count++) {
      let text = '';
      const length = 1 + Math.floor(random() * 24);
      for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)];
      same(text);
    }
    // Thousands of parses: seconds on a busy machine. The bound only stops a hung run.
  }, 60_000);
});

describe('parseBlocksLightly (the tree the rules read)', () => {
  // JSON reads every getter, so this compares the whole tree, node for node and point for point.
  const asJson = (paragraphs: readonly Paragraph[]) => JSON.parse(JSON.stringify(paragraphs));

  it('gives the same paragraphs as the kept tree, however often and in whatever order they are read', () => {
    // Two carriage returns do not end a block but do end a paragraph: one block, two paragraphs.
    const text = `${PAPER}\n\n${buildCorpus(30_000)}\n\nMr. Smith & Co. met w/ the U.K. team... e.g. o’clock.\r\rA second paragraph, same block.\n\n\nLast line`;
    const blocks = splitBlocks(text);
    expect(blocks.some((block) => parseBlock(block).length > 1)).toBe(true);
    const kept = parseBlocks(text, blocks).children as Paragraph[];
    const light = parseBlocksLightly(blocks);
    expect(light.length).toBe(kept.length);
    expect(asJson(light)).toEqual(asJson(kept));
    // Read backwards, then again forwards: each read parses its block again and must agree.
    for (let index = light.length - 1; index >= 0; index -= 7) expect(asJson([light[index]!]), String(index)).toEqual(asJson([kept[index]!]));
    expect(asJson(light)).toEqual(asJson(kept));
  });

  it('knows where its sentences are, as the kept tree has them', () => {
    const text = `${PAPER}\n\n${buildCorpus(20_000)}\n\nOne.\r\rTwo. Three!`;
    const blocks = splitBlocks(text);
    const kept = parseBlocks(text, blocks).children as Paragraph[];
    const light = parseBlocksLightly(blocks);
    const fromNodes = (paragraph: Paragraph) =>
      paragraph.children.flatMap((child) => (child.type === 'SentenceNode' ? [{ start: child.position!.start.offset, end: child.position!.end.offset }] : []));
    expect(light.map(sentenceSpans)).toEqual(kept.map(fromNodes));
    expect(kept.map(sentenceSpans)).toEqual(kept.map(fromNodes));
    expect(light.map(sentenceSpans).flat().length).toBeGreaterThan(100);
  });

  it('gives the same nodes when one paragraph is read twice in a row', () => {
    const [paragraph] = parseBlocksLightly(splitBlocks('The grant ends on 31 March 2026. The club was told in May.'));
    const first = paragraph!.children;
    expect(paragraph!.children).toBe(first);
    expect(first.filter((child) => child.type === 'SentenceNode')).toHaveLength(2);
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

describe('PhraseIndex.mayMatchIn', () => {
  /** Every token match of every sentence of a text's paragraphs, and whether mayMatchIn let the paragraph through. */
  function readings(index: PhraseIndex<unknown>, text: string): { may: boolean; matches: number }[] {
    return parseText(text).children.map((paragraph) => {
      const { start, end } = paragraph.position!;
      const matches = paragraphSentences(paragraph as Paragraph).reduce((sum, sentence) => sum + index.match(sentenceTokens(sentence)).length, 0);
      return { may: index.mayMatchIn(text.slice(start.offset!, end.offset!)), matches };
    });
  }

  it('never rules out a paragraph that holds a phrase, and rules out most that do not (the jargon terms on council text)', () => {
    const text = buildCorpus(120_000, 7);
    const all = readings(jargonIndex, text);
    expect(all.filter((reading) => !reading.may && reading.matches > 0)).toEqual([]);
    const without = all.filter((reading) => reading.matches === 0);
    expect(without.filter((reading) => !reading.may).length).toBeGreaterThan(without.length / 2);
  });

  it('lets through every spelling the matcher reads: case, -ize, hyphens, dashes, apostrophes, a second word', () => {
    const index = new PhraseIndex<string>();
    index.add('in order to', 'o');
    index.add('prioritise', 'p');
    index.add("e.g.", 'e');
    index.add("organisation's", 's');
    index.add("it's time", 't');
    index.add('cross-cutting', 'x', { joined: true });
    const words = ['In', 'in', 'IN', 'order', 'ORDER', 'to', 'prioritize', 'PRIORITISE', 'e.g.', 'E.G.', "organization's", 'organization’s', 'cross', 'cutting', 'crosscutting', 'inorder', 'K', 'the', 'co-op', 'ordering', "it's", 'IT’S', 'time', '–', '-', ',', '.', '(', ')', '/', '’'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(' ', '', '\n', '  ', '-', '—'), { minLength: 12, maxLength: 12 }), (picked, gaps) => {
        const text = picked.map((word, at) => word + (at < picked.length - 1 ? gaps[at]! || ' ' : '')).join('');
        for (const reading of readings(index, text)) if (reading.matches > 0) expect(reading.may, text).toBe(true);
      }),
    );
    expect(index.mayMatchIn('We ordered them in good time.')).toBe(false);
    expect(index.mayMatchIn('In order to help.')).toBe(true);
    expect(index.mayMatchIn('in—order—to')).toBe(true);
    expect(index.mayMatchIn('It’s time we went.')).toBe(true);
    expect(index.mayMatchIn('Its time came.')).toBe(false);
    expect(index.mayMatchIn('We prioritized it.')).toBe(true);
  });
});
