/**
 * A small lexer for the time grammar. parse-english splits "03/02/2025", "11:59pm" and
 * "12-week" in ways that differ from case to case, so the grammar reads its own tokens from
 * the paragraph text instead: runs of digits, runs of letters (with inner apostrophes, so
 * "month's" is one word) and single punctuation characters. Every token keeps its offsets
 * and whether whitespace came before it, which is how "12-week" differs from "12 - week"
 * and "4pm" from "4 pm".
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface TimeToken {
  kind: TokenKind;
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Offsets into the string that was lexed. */
  start: number;
  end: number;
  /** Whitespace (or a line break) comes right before this token. */
  spaceBefore: boolean;
  /** The token starts the text or a line (only white space since the last line break). */
  lineStart: boolean;
  /** For `num`: its value. */
  value: number;
  /** For `num`: written with an ordinal suffix ("1st", "23rd"). */
  ordinal: boolean;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x202f;
}

/** A straight or curly apostrophe. */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** One pass over the characters; no regular expressions, as this runs on every paragraph. */
export function lex(text: string): TimeToken[] {
  const tokens: TimeToken[] = [];
  const length = text.length;
  let position = 0;
  let spaceBefore = true;
  let lineStart = true;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (isSpace(code)) {
      spaceBefore = true;
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) lineStart = true;
      position++;
      continue;
    }
    const start = position;
    if (isDigit(code)) {
      while (position < length && isDigit(text.charCodeAt(position))) position++;
      const digits = text.slice(start, position);
      // "1st", "23rd": an ordinal suffix with no letter after it. "4pm" stays "4" + "pm".
      const suffix = text.slice(position, position + 2).toLowerCase();
      const ordinal = ORDINAL_SUFFIXES.has(suffix) && !isLetter(text.charCodeAt(position + 2));
      if (ordinal) position += 2;
      tokens.push(token('num', text.slice(start, position), start, position, spaceBefore, lineStart, Number(digits), ordinal));
    } else if (isLetter(code)) {
      position++;
      while (position < length) {
        const next = text.charCodeAt(position);
        if (isLetter(next)) position++;
        // An apostrophe inside a word ("month's"), not one closing it ("months'").
        else if (isApostrophe(next) && isLetter(text.charCodeAt(position + 1))) position += 2;
        else break;
      }
      tokens.push(token('word', text.slice(start, position), start, position, spaceBefore, lineStart, NaN, false));
    } else {
      // One UTF-16 unit is enough: every punctuation mark the grammar cares about is in the BMP.
      position++;
      tokens.push(token('punct', text.slice(start, position), start, position, spaceBefore, lineStart, NaN, false));
    }
    spaceBefore = false;
    lineStart = false;
  }
  return tokens;
}

function token(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  spaceBefore: boolean,
  lineStart: boolean,
  value: number,
  ordinal: boolean,
): TimeToken {
  const lower = kind === 'word' ? text.toLowerCase() : text;
  return { kind, text, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end, spaceBefore, lineStart, value, ordinal };
}
