/**
 * Line up the text the linter saw (mammoth's HTML, through the HTML extractor) with the text
 * read from the Word XML, character by character, so a finding's offsets can be turned into
 * places in the XML.
 *
 * The two texts hold the same words in the same order, but differ in white space (paragraph
 * breaks, tabs, collapsed spaces) and in a few characters mammoth adds (a footnote mark
 * such as "[1]", a list marker) or places elsewhere (footnotes come last). So the alignment
 * ignores white space on both sides, finds each Word paragraph by its first characters,
 * then walks it a character at a time, stepping over the odd extra character.
 */

/** For each offset in the linted text, the index of the matching Word character, or -1. */
export type Alignment = Int32Array;

/** How far ahead a paragraph may be found and still move the search on (non-space characters). */
const LARGE_JUMP = 2_000;
/** Characters the linted text may add inside a paragraph before the match is given up. */
const EXTRA_CHARACTERS = 8;
/** The share of a paragraph's characters that must line up for the match to count. */
const MOST = 0.6;

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

/** The non-space characters of a text and where each one stands. */
function compact(text: string, from = 0, to = text.length): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let index = from; index < to; index++) {
    const char = text[index]!;
    if (isSpace(char)) continue;
    chars += char;
    at.push(index);
  }
  return { chars, at };
}

/**
 * Align `linted` (the extracted text) with `word` (a story's text, or several stories one
 * after another) whose paragraphs are given as ranges. Returns, for every offset of
 * `linted`, the matching offset in `word` or -1.
 */
export function align(linted: string, word: string, paragraphs: readonly { start: number; end: number }[]): Alignment {
  const result = new Int32Array(linted.length).fill(-1);
  const target = compact(linted);
  let cursor = 0; // in target.chars

  const ordered = [...paragraphs].sort((a, b) => a.start - b.start);
  for (const range of ordered) {
    const source = compact(word, range.start, range.end);
    if (source.chars.length === 0) continue;
    // Find the paragraph by its opening characters: first a long prefix, then a short one
    // (an added mark in the first words breaks the long one).
    let found = -1;
    for (const length of [32, 8]) {
      const prefix = source.chars.slice(0, Math.min(length, source.chars.length));
      found = target.chars.indexOf(prefix, cursor);
      if (found !== -1) break;
    }
    if (found === -1) continue;

    const matches: [number, number][] = [];
    let position = found;
    for (let index = 0; index < source.chars.length && position < target.chars.length; index++) {
      const char = source.chars[index]!;
      let match = -1;
      for (let ahead = 0; ahead <= EXTRA_CHARACTERS && position + ahead < target.chars.length; ahead++) {
        if (target.chars[position + ahead] === char) {
          match = position + ahead;
          break;
        }
      }
      if (match === -1) continue; // a Word character the linted text does not have
      matches.push([target.at[match]!, source.at[index]!]);
      position = match + 1;
    }
    // Most of the paragraph must line up, or it was found in the wrong place.
    if (matches.length < Math.max(1, Math.ceil(source.chars.length * MOST))) continue;
    for (const [linted, word] of matches) result[linted] = word;
    // A paragraph found far ahead (text moved by mammoth) does not move the search on, so
    // the paragraphs after it are still looked for where they should be.
    if (found - cursor <= LARGE_JUMP) cursor = position;
  }
  return result;
}
