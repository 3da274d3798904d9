/**
 * Blank out what is not prose (comments, URLs, e-mail addresses, Markdown code and link
 * targets) before parsing, replacing each character with a space and keeping line breaks,
 * so every offset still points at the same character of the original text.
 */
import type { SourceFormat } from '../text/source-format.ts';

const ALWAYS: (RegExp | ((text: string) => string))[] = [blankComments, /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/g];

/**
 * Blank HTML comments, as `/<!--[\s\S]*?-->/g` does. That pattern read to the end of the
 * text from every "<!--" when no "-->" followed ("<!--" repeated 50,000 times took 28 s);
 * once one comment has no end, none after it has either.
 */
function blankComments(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('<!--'); at !== -1; at = text.indexOf('<!--', copied)) {
    const end = text.indexOf('-->', at + 4);
    if (end === -1) break;
    out += text.slice(copied, at) + blank(text.slice(at, end + 3));
    copied = end + 3;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * An e-mail address. Run over the whole text as a global pattern it tries every word
 * character as the start of an address and reads the rest of the word before failing, so
 * it is matched from each "@" instead (blankEmails).
 */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/y;

/** A character of an address's local part ([\w.+-]). */
function isLocal(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 43 || code === 45
  );
}

/**
 * The same as `text.replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, blank)`. Every address
 * holds one "@", and its local part is the run of [\w.+-] just before it, so the leftmost
 * address not before `copied` that uses a given "@" starts in that run (never before the
 * end of the previous address): try each start in the run, left to right, anchored.
 */
function blankEmails(text: string): string {
  let at = text.indexOf('@');
  if (at === -1) return text;
  let out = '';
  let copied = 0;
  while (at !== -1) {
    let runStart = at;
    while (runStart > copied && isLocal(text.charCodeAt(runStart - 1))) runStart--;
    let next = at + 1;
    for (let start = runStart; start < at; start++) {
      EMAIL.lastIndex = start;
      const match = EMAIL.exec(text);
      if (!match) continue;
      out += text.slice(copied, start) + blank(match[0]);
      copied = start + match[0].length;
      next = copied;
      break;
    }
    at = text.indexOf('@', next);
  }
  return out + text.slice(copied);
}

const MARKDOWN: (RegExp | ((text: string) => string))[] = [
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm,
  /`[^`\n]+`/g,
  // A link's target: /\]\([^)\n]*\)/g.
  (text) => blankRuns(text, '](', 2, ')'),
  blankReferenceDefinitions,
  // An HTML tag: /<\/?[a-z][^>\n]*>/gi.
  (text) => blankRuns(text, '<', 1, '>'),
];

/** Line terminators as a pattern's `^`, `$` and `.` know them. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** White space as a pattern's `\s` knows it. */
const WHITE = /\s/;

/**
 * Blank Markdown's link reference definitions ("[label]: https://…"), as
 * `/^\s*\[[^\]\n]+\]:\s*\S.*$/gm` does, in one pass. The pattern's leading `\s*` runs on
 * across blank lines, so from every line start of a long run of blank lines it read to the
 * run's end (100,000 empty lines took 20 s). Every line start in one stretch of white space
 * reaches the same first visible character, so each stretch is read once.
 */
function blankReferenceDefinitions(text: string): string {
  let out = '';
  let copied = 0;
  let visible = -1; // the first non-white-space character at or after the last line start tried
  let failedAt = -1; // a visible character already known to start no definition
  for (let start = 0; start < text.length; ) {
    if (visible < start) {
      visible = start;
      while (visible < text.length && WHITE.test(text[visible]!)) visible++;
    }
    const end = visible === failedAt ? -1 : definitionEnd(text, visible);
    if (end === -1) {
      failedAt = visible;
      // On to the next line start.
      let next = start;
      while (next < text.length && !isLineTerminator(text.charCodeAt(next))) next++;
      start = next + 1;
      continue;
    }
    out += text.slice(copied, start) + blank(text.slice(start, end));
    copied = end;
    let next = end;
    while (next < text.length && !isLineTerminator(text.charCodeAt(next))) next++;
    start = next + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Where a definition whose "[" is at `at` ends (its line's end), or -1 when none starts there. */
function definitionEnd(text: string, at: number): number {
  if (text[at] !== '[') return -1;
  let close = at + 1;
  while (close < text.length && text[close] !== ']' && text[close] !== '\n') close++;
  if (close === at + 1 || text[close] !== ']' || text[close + 1] !== ':') return -1;
  let value = close + 2;
  while (value < text.length && WHITE.test(text[value]!)) value++;
  if (value >= text.length) return -1;
  let end = value;
  while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Blank each run that starts with `opener` and ends at the next `closer` on the same line,
 * as a global pattern such as /\]\([^)\n]*\)/g does, but in one pass: as a pattern, every
 * opener on a long line with no closer read to the end of the line ("](" repeated made a
 * 100 KB line take 11 s). An HTML tag's opener (`<`) must be followed by a letter, or by
 * `/` and a letter. Where the next closer or line break is, is found once and reused by
 * every opener before it.
 */
function blankRuns(text: string, opener: string, openerLength: number, closer: string): string {
  let out = '';
  let copied = 0;
  let stop = -1;
  for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1)) {
    let from = at + openerLength;
    if (opener === '<') {
      if (text[from] === '/') from++;
      if (!/[a-z]/i.test(text[from] ?? '')) continue;
      from++;
    }
    if (stop < from) {
      stop = from;
      while (stop < text.length && text[stop] !== closer && text[stop] !== '\n') stop++;
    }
    if (text[stop] !== closer) continue;
    out += text.slice(copied, at) + blank(text.slice(at, stop + 1));
    copied = stop + 1;
    at = stop;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

export function maskForLinting(text: string, format: SourceFormat): string {
  let masked = withLineFeeds(text);
  for (const pattern of ALWAYS) masked = typeof pattern === 'function' ? pattern(masked) : masked.replace(pattern, blank);
  masked = blankEmails(masked);
  if (format === 'markdown') {
    for (const pattern of MARKDOWN) masked = typeof pattern === 'function' ? pattern(masked) : masked.replace(pattern, blank);
  }
  return masked;
}

/**
 * A carriage return on its own ends a line (old Mac files, some exports): it becomes a line
 * feed, one character for one, so every line-based reading in the engine sees the lines a
 * reader sees. A carriage return before a line feed stays as it is.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Lines longer than this are cut (see breakLongLines). */
export const LONG_LINE = 4000;
/** No piece of a cut line is shorter than this, so a cut never leaves a stub that reads as a heading. */
const SHORTEST_PIECE = 2000;

/**
 * Cut every line longer than LONG_LINE into pieces of SHORTEST_PIECE to LONG_LINE
 * characters by turning one character into a line feed: a white-space character after a
 * sentence's full stop, question or exclamation mark where there is one, else the last
 * white space in reach. The engine reads much of a document line by line (labels, headings,
 * table rows, what a line says before a date), and some of that work looks back to the
 * start of the line for each thing it finds; on a line of a megabyte (a whole file on one
 * line, or one written to attack the checker) that was quadratic. Ordinary paragraphs are
 * far shorter, so they are never cut. A stretch of LONG_LINE characters with no white space
 * at all is not prose (a data URL, a run of symbols): it is cut at a character of its own,
 * since the parser's handling of one enormous word is itself worse than linear (and
 * overflowed the stack on 200,000 characters of "1.").
 */
export function breakLongLines(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let pieceStart = lineStart;
    while (lineEnd - pieceStart > LONG_LINE) {
      const cut = cutPoint(text, pieceStart + SHORTEST_PIECE, pieceStart + LONG_LINE);
      out ??= [];
      out.push(text.slice(copied, cut), '\n');
      copied = cut + 1;
      pieceStart = cut + 1;
    }
    lineStart = lineEnd + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Where to cut a long line: the last white-space character between `from` and `to` after
 * a sentence's end, else the last white-space character there, else the character at `to`
 * (or the one before, so as not to split a surrogate pair).
 */
function cutPoint(text: string, from: number, to: number): number {
  let anySpace = -1;
  for (let index = to; index >= from; index--) {
    if (!isSpace(text.charCodeAt(index))) continue;
    const before = text.charCodeAt(index - 1);
    if (before === 46 || before === 63 || before === 33) return index;
    if (anySpace === -1) anySpace = index;
  }
  if (anySpace !== -1) return anySpace;
  const code = text.charCodeAt(to);
  return code >= 0xdc00 && code <= 0xdfff ? to - 1 : to;
}

/** A space, tab or other white space within a line (not a line break, which the caller finds). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}
