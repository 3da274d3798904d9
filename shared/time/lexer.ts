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
  /** For `num`: its value. */
  value: number;
  /** For `num`: written with an ordinal suffix ("1st", "23rd"). */
  ordinal: boolean;
}

// Digits never give back characters to the optional ordinal suffix, so "00pm" lexes as "00" + "pm".
const TOKEN = /(\d+)(?:(st|nd|rd|th)(?![A-Za-z]))?|([A-Za-z]+(?:['’][A-Za-z]+)*)|(\S)/y;

export function lex(text: string): TimeToken[] {
  const tokens: TimeToken[] = [];
  let position = 0;
  let spaceBefore = true;
  while (position < text.length) {
    const char = text[position]!;
    if (/\s/.test(char)) {
      spaceBefore = true;
      position++;
      continue;
    }
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(text);
    if (!match) break;
    const raw = match[0];
    const start = position;
    const end = position + raw.length;
    if (match[1] !== undefined) {
      tokens.push(token('num', raw, start, end, spaceBefore, Number(match[1]), match[2] !== undefined));
    } else if (match[3] !== undefined) {
      tokens.push(token('word', raw, start, end, spaceBefore, NaN, false));
    } else {
      tokens.push(token('punct', raw, start, end, spaceBefore, NaN, false));
    }
    spaceBefore = false;
    position = end;
  }
  return tokens;
}

function token(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  spaceBefore: boolean,
  value: number,
  ordinal: boolean,
): TimeToken {
  return { kind, text, lower: text.toLowerCase().replace(/[’‘]/g, "'"), start, end, spaceBefore, value, ordinal };
}
