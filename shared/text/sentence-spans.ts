/**
 * Where a paragraph's sentences are, for readers that need their positions but not their
 * words (the consultation analysis pairs each sentence with the dates inside it). The engine
 * parses a long text's paragraphs lightly (shared/engine/parse.ts): their words are parsed
 * again each time they are read, so it notes each paragraph's sentence positions here when
 * it first parses it, and reading them costs no second parse.
 */
import type { Paragraph } from 'nlcst';

/** Where a sentence is: offsets into the whole text, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const noted = new WeakMap<Paragraph, SentenceSpan[]>();

function spansOf(paragraph: Paragraph): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode' || !child.position) continue;
    const start = child.position.start.offset ?? 0;
    spans.push({ start, end: child.position.end.offset ?? start });
  }
  return spans;
}

/** Note `paragraph`'s sentence positions, read from `parsed` (the same paragraph, parsed). */
export function noteSentenceSpans(paragraph: Paragraph, parsed: Paragraph): void {
  noted.set(paragraph, spansOf(parsed));
}

/** A paragraph's sentence positions, in order: as noted, or else from its sentence nodes. */
export function sentenceSpans(paragraph: Paragraph): SentenceSpan[] {
  return noted.get(paragraph) ?? spansOf(paragraph);
}
