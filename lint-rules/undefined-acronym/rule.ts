/**
 * undefined-acronym: an abbreviation used without being spelled out at its first use.
 * Reports only the first undefined use of each acronym, and accepts both
 * "voluntary and community sector (VCS)" and "VCS (voluntary and community sector)".
 */
import * as z from 'zod/mini';
import { defineRule } from '../../shared/engine/define-rule.ts';
import { paragraphSentences } from '../../shared/engine/tokens.ts';
import { EXPANSIONS, NOT_ACRONYMS, WELL_KNOWN } from './acronyms.ts';
import { toString } from 'nlcst-to-string';
import type { Word } from 'nlcst';

const options = z.strictObject({
  /** Acronyms never to flag, on top of the built-in well-known list. */
  allow: z._default(z.array(z.string()), []),
  /** Shortest acronym (in capital letters) to check. */
  minLength: z._default(z.int().check(z.minimum(2), z.maximum(6)), 2),
});
type Options = z.infer<typeof options>;

/**
 * Two to eight letters, starting with a capital, with at least two capitals and at most one
 * lower-case letter inside (EqIA, MoU, PbR), plus an optional plural "s" (VCOs). "McDonald"
 * and "iPad" are not acronyms.
 */
const ACRONYM = /^(?=[A-Z])(?=(?:[a-z]?[A-Z]){2})[A-Za-z&]{2,8}$/;
function looksLikeAcronym(word: string): boolean {
  if (!ACRONYM.test(word)) return false;
  const inner = word.replace(/(?<=[A-Z])s$/, '');
  return (inner.match(/[a-z]/g)?.length ?? 0) <= 1;
}

const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
/** Words that introduce a numbered part: "Part II", "Appendix IV", "Schedule XII". */
const NUMBERED_BY = new Set([
  'part', 'parts', 'section', 'schedule', 'appendix', 'annex', 'chapter', 'volume', 'stage', 'phase', 'tier', 'class',
  'article', 'paragraph', 'table', 'figure', 'page', 'item', 'category', 'type', 'grade', 'level', 'band', 'option',
]);

/** A Roman numeral: made only of I, V and X ("II", "IV", "XII"), or any numeral after "Part", "Appendix"… */
function isRomanNumeral(word: string, previousWord: string | undefined): boolean {
  if (!ROMAN.test(word)) return false;
  return /^[IVX]+$/.test(word) || (previousWord !== undefined && NUMBERED_BY.has(previousWord.toLowerCase()));
}

const isCapital = (code: number) => code >= 65 && code <= 90;
const isSmall = (code: number) => code >= 97 && code <= 122;

/** A cheap first test before the regular expressions: a capital, then a capital in second or third place. */
function mayBeAcronym(word: string): boolean {
  if (!isCapital(word.charCodeAt(0))) return false;
  const second = word.charCodeAt(1);
  return isCapital(second) || (isSmall(second) && isCapital(word.charCodeAt(2)));
}

/**
 * What mayBeAcronym needs at the start of a word, anywhere in the text: a paragraph with no
 * match has no word that could be an acronym (a word's first piece is a slice of the text).
 */
const MAY_START_ACRONYM = /[A-Z](?:[A-Z]|[a-z][A-Z])/g;

/** The first piece of a word node as written ("CVS" of "CVS's"), without joining its pieces. */
function firstText(word: Word): string {
  const head = word.children[0];
  return head && 'value' in head ? head.value : '';
}

/** "CVS's", "CVS’s" and "VCOs'" are the acronym plus a possessive. */
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;

/** "ARRS-funded", "VCSE-led", "ICB-wide": an acronym joined to lower-case words is still the acronym. */
const LOWER_CASE_TAIL = /^[-‐‑][a-z]+(?:[-‐‑][a-z]+)*$/;

/** The word as written, less a possessive ("CVS's") or a lower-case compound tail ("ARRS-funded"). */
function acronymIn(written: string, head: string): string {
  if (written !== head && written.startsWith(head) && LOWER_CASE_TAIL.test(written.slice(head.length))) return head;
  return written.replace(POSSESSIVE, '');
}

/**
 * "25/00871/FUL", "DC/24/0012/OUT", "LLFA-2024-03": letters joined by a slash or hyphen to
 * figures are part of a reference number, like "S106", not an abbreviation to spell out.
 * Looks only at the run of text without spaces around the word (at most 30 characters each way).
 */
function inReference(text: string, start: number, end: number): boolean {
  const before = /[^\s()]{0,30}$/.exec(text.slice(Math.max(0, start - 30), start))![0];
  const after = /^[^\s()]{0,30}/.exec(text.slice(end, end + 30))![0];
  const slashJoined = (before.endsWith('/') && /\d/.test(before)) || (after.startsWith('/') && /\d/.test(after));
  const hyphenJoined = /\d[-‐‑]$/.test(before) || /^[-‐‑]\d/.test(after);
  return slashJoined || hyphenJoined;
}

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

/** The text of the current paragraph before `at`: single line breaks are only wrapping. */
function paragraphBefore(text: string, at: number, length: number): string {
  const before = text.slice(Math.max(0, at - length), at);
  const blankLine = before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  return blankLine === -1 ? before : before.slice(blankLine);
}

/** Is the acronym at [start, end) defined right there, in either order, or in a glossary line? */
function definedHere(text: string, start: number, end: number, acronym: string): boolean {
  // "expansion (ACR)", "expansion (the ACR)", "expansion (“ACR”)"
  const opening = /\((?:the\s+)?["'“‘]?$/.exec(text.slice(Math.max(0, start - 6), start));
  if (opening && /^["'”’]?\s*[)/,;]/.test(text.slice(end, end + 3))) {
    const before = paragraphBefore(text, start - opening[0].length, 200);
    const words = wordsOf(before.split(/[().;:!?]/).pop() ?? '');
    for (let take = 1; take <= Math.min(words.length, capitals(acronym).length + 4); take++) {
      if (spells(acronym, words.slice(words.length - take))) return true;
    }
  }
  // "Haringey CVS (HAVCO)": a short name in brackets straight after the organisation's full name
  if (opening && /^\s*\)/.test(text.slice(end, end + 3))) {
    const name = /((?:\p{Lu}[\p{L}'’&-]*\s+){1,6})$/u.exec(paragraphBefore(text, start - opening[0].length, 120).trimEnd() + ' ');
    if (name && name[1]!.split(/\s+/).filter(Boolean).length >= 2 && name[1]![0] === acronym[0]) return true;
  }
  // "ACR (expansion)", with the expansion perhaps wrapped onto the next line
  const after = /^\s*\(([^()]{2,200})\)/.exec(text.slice(end, end + 210));
  if (after && !/\n[ \t]*\n/.test(after[1]!)) {
    const words = wordsOf(after[1]!);
    for (let take = 1; take <= words.length; take++) if (spells(acronym, words.slice(0, take))) return true;
  }
  // "ACR means …", "ACR stands for …", glossary "ACR – expansion" / "ACR: expansion" / "| ACR | expansion |"
  const follow = text.slice(end, end + 200);
  if (/^\s+(?:means|stands for|is short for|is an abbreviation for)\b/i.test(follow)) return true;
  // A short look back only, so very long lines cannot make this quadratic.
  const window = text.slice(Math.max(0, start - 40), start);
  const lineStart = window.lastIndexOf('\n') + 1;
  if ((lineStart > 0 || start <= 40) && /^\s*(?:[-*•|]\s*)?(?:\*\*)?$/.test(window.slice(lineStart))) {
    const gloss = /^(?:\*\*)?\s*[:\-–—=|\t]\s*(.{2,160})/.exec(follow);
    if (gloss) {
      const words = wordsOf(gloss[1]!);
      for (let take = 1; take <= words.length; take++) if (spells(acronym, words.slice(0, take))) return true;
    }
  }
  return false;
}

const MAX_HEADING = 200;

/**
 * Headings in capitals ("FINANCIAL IMPLICATIONS", "2. SUMMARY") are not acronyms: a line
 * whose letters are nearly all capitals is a heading. Answers are cached per line.
 */
function shoutingLine(text: string, offset: number, cache: Map<number, boolean>): boolean {
  // Headings are short: look at most MAX_HEADING characters either way, so long lines stay cheap.
  const before = text.slice(Math.max(0, offset - MAX_HEADING), offset);
  const breakBefore = before.lastIndexOf('\n');
  if (breakBefore === -1 && offset > MAX_HEADING) return false;
  const lineStart = offset - before.length + breakBefore + 1;
  const cached = cache.get(lineStart);
  if (cached !== undefined) return cached;
  const breakAfter = text.slice(offset, offset + MAX_HEADING).indexOf('\n');
  if (breakAfter === -1 && offset + MAX_HEADING < text.length) return false;
  const lineEnd = breakAfter === -1 ? text.length : offset + breakAfter;
  const line = text.slice(lineStart, lineEnd);
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
  const words = line.match(/\p{L}+/gu)?.length ?? 0;
  const shouting = upper / Math.max(letters, 1) > 0.8 && (words >= 2 || letters >= 5);
  cache.set(lineStart, shouting);
  return shouting;
}

/** Within a sentence, three or more capitalised words in a row are shouting, not acronyms. */
function shoutingRuns(words: string[]): Set<number> {
  const inRun = new Set<number>();
  let runStart = 0;
  for (let index = 0; index <= words.length; index++) {
    const upper = index < words.length && /^\p{Lu}{2,}$/u.test(words[index]!);
    if (!upper) {
      if (index - runStart >= 3) for (let at = runStart; at < index; at++) inRun.add(at);
      runStart = index + 1;
    }
  }
  return inRun;
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
    const headingCache = new Map<number, boolean>();
    /** Every use of each acronym, in document order; the first decides, later ones may define it. */
    const uses = new Map<string, Use[]>();
    // Where the next possible acronym start is in the text (see MAY_START_ACRONYM), so
    // paragraphs without one are skipped without walking their words: walking every word
    // of the tree was most of this rule's time.
    let searchedFrom = Infinity;
    let candidate = -1;
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      const from = paragraph.position?.start.offset;
      const to = paragraph.position?.end.offset;
      if (from !== undefined && to !== undefined) {
        // Paragraphs come in text order, so each search goes on from the last one.
        if (candidate < from || from < searchedFrom) {
          MAY_START_ACRONYM.lastIndex = from;
          candidate = MAY_START_ACRONYM.exec(text)?.index ?? text.length;
          searchedFrom = from;
        }
        if (candidate >= to) continue;
      }
      for (const sentence of paragraphSentences(paragraph)) {
        // Most sentences have no word starting with two capitals: skip them before building any strings.
        if (!sentence.children.some((child) => child.type === 'WordNode' && mayBeAcronym(firstText(child)))) continue;
        const words = sentence.children.filter((child) => child.type === 'WordNode');
        const texts = words.map((word) => toString(word));
        const shouting = shoutingRuns(texts);
        words.forEach((word, index) => {
          const written = texts[index]!;
          if (!mayBeAcronym(written)) return;
          const acronym = acronymIn(written, firstText(word));
          if (!looksLikeAcronym(acronym) || NOT_ACRONYM.has(acronym)) return;
          const previous = index > 0 ? texts[index - 1] : undefined;
          if (isRomanNumeral(acronym, previous) || capitals(acronym).length < options.minLength) return;
          const key = keyOf(acronym).toUpperCase();
          if (allowed.has(key) || shouting.has(index)) return;
          const start = word.position!.start.offset!;
          if (inReference(text, start, start + acronym.length) || shoutingLine(text, start, headingCache)) return;
          const list = uses.get(key) ?? [];
          list.push({ start, end: start + acronym.length, acronym });
          uses.set(key, list);
        });
      }
    }
    for (const [key, list] of uses) {
      const [first, ...later] = list;
      if (definedHere(text, first!.start, first!.end, first!.acronym)) continue;
      const definedLater = later.some((use) => definedHere(text, use.start, use.end, use.acronym));
      const known = expansionByKey.get(key);
      const expansion = known && isPlural(first!.acronym) ? pluralise(known.expansion) : known?.expansion;
      const acronym = first!.acronym;
      report({
        start: first!.start,
        end: first!.end,
        message: expansion
          ? `Spell out “${acronym}” the first time it is used, for example “${expansion} (${acronym})”.`
          : `Spell out “${acronym}” the first time it is used: write the words in full with the abbreviation in brackets.`,
        expected: expansion ? [`${expansion} (${acronym})`] : [],
        note: definedLater
          ? 'The document explains this abbreviation later on, but readers meet it first here.'
          : 'Readers outside the council, including volunteers and service users, may not know this abbreviation.',
        data: { acronym, definedLater, expansion: known?.expansion ?? null },
      });
    }
  },
});

interface Use {
  start: number;
  end: number;
  acronym: string;
}

const NOT_ACRONYM = new Set(NOT_ACRONYMS);

function isPlural(acronym: string): boolean {
  return /[A-Z]s$/.test(acronym);
}

/** "voluntary and community organisation" → "voluntary and community organisations". */
function pluralise(expansion: string): string {
  return /s$/.test(expansion) ? expansion : `${expansion}s`;
}
