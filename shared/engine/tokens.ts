/**
 * A flat, normalised view of the words in a sentence, shared by every rule that matches
 * phrases. Hyphenated words are split into pieces so "cross-cutting", "cross cutting" and
 * "cross–cutting" all read as [cross, cutting]; punctuation other than a hyphen inside a
 * word breaks a phrase.
 */
import type { Paragraph, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

export interface Token {
  /** Lower-case, with curly apostrophes straightened and -ize/-ization read as -ise/-isation. */
  norm: string;
  /** The piece exactly as written. */
  text: string;
  start: number;
  end: number;
  /** True when a comma, full stop or other punctuation comes between this token and the previous one. */
  breakBefore: boolean;
}

const DASHES = /[-‐‑‒–—]/;

/** Normalise one word piece for matching. */
export function normaliseWord(word: string): string {
  let norm = word.toLowerCase();
  // The tests before each replace keep the common case (a plain word) free of regex work:
  // this runs for every word of every document.
  if (norm.includes('’') || norm.includes('‘')) norm = norm.replace(/[’‘]/g, "'");
  // British -ise spellings are canonical; match -ize forms of the same word.
  if (norm.includes('iz')) norm = norm.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1');
  return norm;
}

/** A word's text: parse-english gives most words a single text child, so skip the generic walk. */
function wordText(word: Word): string {
  const only = word.children.length === 1 ? word.children[0]! : undefined;
  return only && 'value' in only ? only.value : toString(word);
}

function wordPieces(word: Word, breakBefore: boolean, out: Token[]): void {
  const text = wordText(word);
  const start = word.position?.start.offset ?? 0;
  if (text.length > 0 && !DASHES.test(text)) {
    out.push({ norm: normaliseWord(text), text, start, end: start + text.length, breakBefore });
    return;
  }
  let pieceStart = 0;
  let first = true;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || DASHES.test(text[index]!)) {
      if (index > pieceStart) {
        const piece = text.slice(pieceStart, index);
        out.push({
          norm: normaliseWord(piece),
          text: piece,
          start: start + pieceStart,
          end: start + index,
          breakBefore: first ? breakBefore : false,
        });
        first = false;
      }
      pieceStart = index + 1;
    }
  }
}

/** Tokens of one sentence. */
export function sentenceTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  let pendingBreak = true;
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      wordPieces(child, pendingBreak, tokens);
      pendingBreak = false;
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      // A dash between spaced words ("cross - cutting") still joins a phrase; anything else breaks it.
      if (!DASHES.test(child.value)) pendingBreak = true;
    }
  }
  return tokens;
}

/** Every sentence in a paragraph (nlcst nests them one level down). */
export function paragraphSentences(paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child);
  return sentences;
}
