/**
 * undefined-acronym: an abbreviation used without being spelled out at its first use.
 * Reports only the first undefined use of each acronym, and accepts both
 * "voluntary and community sector (VCS)" and "VCS (voluntary and community sector)".
 */
import * as z from 'zod/mini';
import { defineRule } from '../../shared/engine/define-rule.ts';
import { paragraphSentences } from '../../shared/engine/tokens.ts';
import { EXPANSIONS, WELL_KNOWN } from './acronyms.ts';
import { toString } from 'nlcst-to-string';
import type { Sentence } from 'nlcst';

const options = z.strictObject({
  /** Acronyms never to flag, on top of the built-in well-known list. */
  allow: z._default(z.array(z.string()), []),
  /** Shortest acronym (in capital letters) to check. */
  minLength: z._default(z.int().check(z.minimum(2), z.maximum(6)), 2),
});
type Options = z.infer<typeof options>;

/** Two to six capitals, optionally mixed with lower-case inside (EqIA) and a plural "s". */
const ACRONYM = /^(?=[A-Z])(?=(?:[a-z]?[A-Z]){2})[A-Za-z&]{2,8}$/;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'with', 'at', 'by']);

function capitals(acronym: string): string {
  return acronym.replace(/s$/, '').replace(/[^A-Z]/g, '');
}

/** Key used to treat "VCO" and "VCOs" as one acronym. */
function keyOf(acronym: string): string {
  return /[A-Z]s$/.test(acronym) ? acronym.slice(0, -1) : acronym;
}

/**
 * Do these words spell the acronym? Each capital must be matched, in order, by the first
 * letter of a word (small words may be skipped) or by a later capital-worthy letter of the
 * same word ("EqIA" ← Equality Impact Assessment, "CCTV" ← closed-circuit television).
 */
export function spells(acronym: string, words: string[]): boolean {
  const letters = capitals(acronym).toLowerCase();
  if (letters.length < 2) return false;
  const parts = words.flatMap((word) => word.split(/[-‐–]/)).filter(Boolean).map((word) => word.toLowerCase());
  const memo = new Map<string, boolean>();
  const walk = (letter: number, part: number): boolean => {
    if (letter === letters.length) return part === parts.length;
    if (part === parts.length) return false;
    const key = `${letter}:${part}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const word = parts[part]!;
    let ok = false;
    if (word[0] === letters[letter]) {
      // This word gives one letter, or more from inside it (e.g. "Eq" of "Equality").
      ok = walk(letter + 1, part + 1);
      for (let used = 2; !ok && letter + used <= letters.length; used++) {
        if (containsInOrder(word.slice(1), letters.slice(letter + 1, letter + used))) ok = walk(letter + used, part + 1);
      }
    }
    if (!ok && SMALL_WORDS.has(word)) ok = walk(letter, part + 1);
    memo.set(key, ok);
    return ok;
  };
  return walk(0, 0);
}

function containsInOrder(word: string, letters: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

function wordsOf(value: string): string[] {
  return value.split(/[^A-Za-z'’\-‐–&]+/).filter(Boolean);
}

/** Is the acronym at [start, end) defined right there, in either order, or in a glossary line? */
function definedHere(text: string, start: number, end: number, acronym: string): boolean {
  // "expansion (ACR)"
  if (text[start - 1] === '(' && /^\s*[)/,;]/.test(text.slice(end, end + 2))) {
    const before = text.slice(Math.max(0, start - 160), start - 1);
    const words = wordsOf(before.split(/[().;:!?\n]/).pop() ?? '');
    for (let take = 1; take <= Math.min(words.length, capitals(acronym).length + 4); take++) {
      if (spells(acronym, words.slice(words.length - take))) return true;
    }
  }
  // "ACR (expansion)"
  const after = /^\s*\(([^()\n]{2,160})\)/.exec(text.slice(end, end + 170));
  if (after) {
    const words = wordsOf(after[1]!);
    for (let take = 1; take <= words.length; take++) if (spells(acronym, words.slice(0, take))) return true;
  }
  // "ACR means …", "ACR stands for …", glossary "ACR – expansion" / "ACR: expansion"
  const follow = text.slice(end, end + 200);
  if (/^\s+(?:means|stands for|is short for|is an abbreviation for)\b/i.test(follow)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*(?:[-*•]\s*)?(?:\*\*)?$/.test(text.slice(lineStart, start))) {
    const gloss = /^(?:\*\*)?\s*[:\-–—=]\s*(.{2,160})/.exec(follow);
    if (gloss) {
      const words = wordsOf(gloss[1]!);
      for (let take = 1; take <= words.length; take++) if (spells(acronym, words.slice(0, take))) return true;
    }
  }
  return false;
}

/** Headings in capitals ("FINANCIAL IMPLICATIONS") are not acronyms. */
function shoutingSentence(sentence: Sentence): boolean {
  let letters = 0;
  let upper = 0;
  let words = 0;
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const value = toString(child);
    if (!/[A-Za-z]/.test(value)) continue;
    words++;
    for (const character of value) {
      if (/[A-Za-z]/.test(character)) {
        letters++;
        if (character === character.toUpperCase()) upper++;
      }
    }
  }
  return words >= 2 && upper / Math.max(letters, 1) > 0.8;
}

const expansionByKey = new Map(EXPANSIONS.map((row) => [keyOf(row.acronym).toUpperCase(), row]));

export default defineRule<Options>({
  id: 'undefined-acronym',
  summary: 'Flags an acronym that is not spelled out where it is first used.',
  commitment: 'plain-language',
  defaultSeverity: 'warning',
  options,
  examples: {
    flagged: [
      { text: 'The CVS will coordinate responses from local groups.', actual: 'CVS' },
      {
        text: 'Each VCO must return its monitoring form. Voluntary and community organisations (VCOs) can ask for help.',
        actual: 'VCO',
        data: { acronym: 'VCO', definedLater: true },
      },
      { text: 'The new SLA starts in April.', actual: 'SLA', data: { acronym: 'SLA' } },
    ],
    fine: [
      { text: 'The voluntary and community sector (VCS) was consulted. The VCS responded in detail.' },
      { text: 'The Equality Impact Assessment (EqIA) is at Appendix B; the EqIA found no adverse impact.' },
      { text: 'VCS (voluntary and community sector) groups were invited to respond.' },
      { text: 'Contributions under S106 agreements fund the NHS clinic.' },
      { text: 'FINANCIAL IMPLICATIONS\n\nThe grant is met from existing budgets.' },
      { text: 'The LSP will meet in May.', options: { allow: ['LSP'] } },
    ],
  },
  check({ tree, text, options, report }) {
    const allowed = new Set([...WELL_KNOWN, ...options.allow].map((value) => keyOf(value).toUpperCase()));
    const seen = new Set<string>();
    const firstUndefined = new Map<string, { start: number; end: number; acronym: string }>();
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of paragraphSentences(paragraph)) {
        if (shoutingSentence(sentence)) continue;
        for (const child of sentence.children) {
          if (child.type !== 'WordNode') continue;
          const acronym = toString(child);
          if (!ACRONYM.test(acronym) || ROMAN.test(acronym)) continue;
          if (capitals(acronym).length < options.minLength) continue;
          const key = keyOf(acronym).toUpperCase();
          if (allowed.has(key) || seen.has(key)) continue;
          const start = child.position!.start.offset!;
          const end = child.position!.end.offset!;
          seen.add(key);
          if (!definedHere(text, start, end, acronym)) firstUndefined.set(key, { start, end, acronym });
        }
      }
    }
    for (const [key, use] of firstUndefined) {
      const definedLater = laterDefinition(text, use, key);
      const known = expansionByKey.get(key);
      report({
        start: use.start,
        end: use.end,
        message: known
          ? `Spell out \`${use.acronym}\` the first time it is used, for example “${known.expansion} (${use.acronym})”.`
          : `Spell out \`${use.acronym}\` the first time it is used: write the words in full with the abbreviation in brackets.`,
        expected: known ? [`${known.expansion} (${use.acronym})`] : [],
        note: definedLater
          ? 'The document explains this abbreviation later on, but readers meet it first here. '
          : 'Readers outside the council, including volunteers and service users, may not know this abbreviation. ',
        data: { acronym: use.acronym, definedLater, expansion: known?.expansion ?? null },
      });
    }
  },
});

function laterDefinition(text: string, use: { end: number }, key: string): boolean {
  const pattern = new RegExp(`\\b${key.replace(/[^A-Za-z]/g, '')}s?\\b`, 'g');
  pattern.lastIndex = use.end;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (definedHere(text, match.index, match.index + match[0].length, match[0])) return true;
  }
  return false;
}
