/**
 * Dates, date ranges, durations and financial years in a document, with their exact
 * offsets, resolved to calendar dates. See types.ts for what each result holds and
 * README.md in this folder for the phrasings covered and the decisions taken.
 *
 * The grammar reads one paragraph at a time rather than one sentence: parse-english
 * sometimes ends a sentence at the full stop of "a.m." or "Fri.", which would cut a date
 * in half, while a range never runs from one paragraph into the next.
 */
import type { Paragraph, Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { lex } from './lexer.ts';
import { TimeGrammar } from './grammar.ts';
import { resolveItems } from './resolve.ts';
import type { TimeExpression } from './types.ts';

export type * from './types.ts';
export * from './calendar.ts';

/**
 * Time expressions in a piece of text. `base` is the offset of `text` in the whole
 * document, so results point into the whole document.
 */
export function findTimeExpressionsInText(text: string, referenceDate: Date, base = 0): TimeExpression[] {
  const tokens = lex(text);
  if (tokens.length === 0) return [];
  const items = new TimeGrammar(tokens).scan();
  return resolveItems(items, { text, base, reference: referenceDate });
}

/**
 * Every time expression in the tree, in document order, without overlaps. Pass `source`,
 * the text the tree was parsed from, to read each paragraph as a slice of it rather than
 * rebuilding it from the tree's nodes (the same string, without the walk).
 */
export function findTimeExpressions(tree: Root, referenceDate: Date, source?: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
    const base = paragraph.position?.start.offset;
    if (base === undefined) return SKIP;
    const end = paragraph.position?.end.offset;
    const text = source !== undefined && end !== undefined ? source.slice(base, end) : toString(paragraph);
    // Cheap test first: most paragraphs of prose have no digits and no month, weekday or number words.
    if (!/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|end|week|month|year|day|fortnight)/i.test(text)) {
      return SKIP;
    }
    found.push(...findTimeExpressionsInText(text, referenceDate, base));
    return SKIP;
  });
  return found;
}
