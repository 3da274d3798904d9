/**
 * Dates, date ranges, durations and financial years in a document, with their exact
 * offsets, resolved to calendar dates. See types.ts for what each result holds and
 * README.md in this folder for the phrasings covered and the decisions taken.
 *
 * The grammar reads one paragraph at a time rather than one sentence: parse-english
 * sometimes ends a sentence at the full stop of "a.m." or "Fri.", which would cut a date
 * in half, while a range never runs from one paragraph into the next.
 */
import type { Paragraph, Root, RootContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { lex } from './lexer.ts';
import { TimeGrammar } from './grammar.ts';
import { resolveItems } from './resolve.ts';
import { mayHoldTable, tableRows, type TableColumns } from './table.ts';
import type { TimeExpression } from './types.ts';

export type * from './types.ts';
export * from './calendar.ts';

/**
 * Time expressions in a piece of text. `base` is the offset of `text` in the whole
 * document, so results point into the whole document.
 */
export function findTimeExpressionsInText(text: string, referenceDate: Date, base = 0): TimeExpression[] {
  return readParagraph(text, referenceDate, base, null).found;
}

/** One paragraph, with the table columns carried from the paragraph before (table.ts). */
function readParagraph(
  text: string,
  referenceDate: Date,
  base: number,
  carried: TableColumns | null,
): { found: TimeExpression[]; table: TableColumns | null } {
  const table = carried || mayHoldTable(text) ? tableRows(text, carried) : null;
  const tokens = lex(text);
  if (tokens.length === 0) return { found: [], table: table?.after ?? null };
  const items = new TimeGrammar(tokens).scan();
  return { found: resolveItems(items, { text, base, reference: referenceDate, tableRows: table?.rows }), table: table?.after ?? null };
}

/**
 * A paragraph can hold a time expression only if it has a month name or a duration unit as
 * a word of its own, or a digit, a separator and a digit together. Every date the grammar
 * reads has a month name or is numeric (digits joined by "/", "." or "-": "03/02/2025",
 * "2025-02-03"); "the end of the month" and "the financial year" have a unit word; every
 * financial year is digits joined by "/", "-" or "–" ("2024/25"); every duration has a unit
 * word (day, week, fortnight, month, year, any of them plural or possessive). Weekdays,
 * times, "end", number words and lone numbers ("1. Purpose", "£31,000", "section 149") make
 * nothing by themselves. The lexer's words are runs of ASCII letters, hence the letter
 * look-arounds rather than \b ("12weeks" is "12" and "weeks"). The looser test this
 * replaces (any digit, or a month or weekday prefix: "monitor", "decision", "may") sent
 * about twice as many paragraphs through the grammar; tests/time covers every phrasing it
 * reads.
 */
const MIGHT_HOLD_TIME =
  /[0-9][/.\-–][0-9]|(?<![A-Za-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|days?|weeks?|wks?|fortnights?|months?|mths?|years?)(?![A-Za-z])/i;

/**
 * Every time expression in the tree, in document order, without overlaps. Pass `source`,
 * the text the tree was parsed from, to read each paragraph as a slice of it rather than
 * rebuilding it from the tree's nodes (the same string, without the walk).
 */
export function findTimeExpressions(tree: Root, referenceDate: Date, source?: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  // A table's header may be a paragraph of its own: its columns carry to the next paragraph
  // when that starts on the very next line (no blank line between).
  let table: TableColumns | null = null;
  let previousEndLine = -1;
  // Paragraphs in document order, not looking inside them (a plain walk: unist-util-visit
  // allocated ~4 MB per MB of text keeping track of ancestors we do not need).
  const walk = (node: Root | RootContent) => {
    if (node.type === 'ParagraphNode') {
      read(node);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  const read = (paragraph: Paragraph) => {
    const base = paragraph.position?.start.offset;
    if (base === undefined) return;
    const end = paragraph.position?.end.offset;
    const text = source !== undefined && end !== undefined ? source.slice(base, end) : toString(paragraph);
    const startLine = paragraph.position?.start.line ?? -1;
    const carried = table && startLine === previousEndLine + 1 ? table : null;
    previousEndLine = paragraph.position?.end.line ?? -1;
    if (!MIGHT_HOLD_TIME.test(text)) {
      table = carried || mayHoldTable(text) ? tableRows(text, carried).after : null;
      return;
    }
    const paragraphFound = readParagraph(text, referenceDate, base, carried);
    table = paragraphFound.table;
    for (const time of paragraphFound.found) found.push(time);
  };
  walk(tree);
  return found;
}
