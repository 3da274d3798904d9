/**
 * undefined-acronym: an abbreviation used without being spelled out at its first use.
 * Reports only the first undefined use of each acronym. What counts as explained (brackets
 * either way round, a glossary anywhere, a name given earlier…) is in explained.ts; what
 * looks like an abbreviation but is not (words in capitals, units, Freepost addresses,
 * reference codes) in not-abbreviations.ts and below.
 */
import * as z from 'zod/mini';
import { defineRule } from '../../shared/engine/define-rule.ts';
import { paragraphSentences } from '../../shared/engine/tokens.ts';
import { EXPANSIONS, NOT_ACRONYMS, WELL_KNOWN, WORD_ACRONYMS } from './acronyms.ts';
import { DocumentWords, capitals, definedHere, glossaryEntry, inBrackets, sentenceStart, spelledEarlierInSentence } from './explained.ts';
import { afterReferenceLabel, freepostSpans, isCommonWord, isSubjectMarker, isUnitAfterFigure } from './not-abbreviations.ts';
import { toString } from 'nlcst-to-string';
import type { Word } from 'nlcst';

/** How near (in characters) a later explanation must be to count for the first use. */
const EXPLAINED_NEARBY = 300;

export { spells } from './explained.ts';

/** A short line with no full stop in it: a title, masthead or heading rather than running text. */
function onTitleLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
  return line.length <= 100 && !/[.!?](?:\s|$)/.test(line);
}

const options = z.strictObject({
  /** Acronyms never to flag, on top of the built-in well-known list. */
  allow: z._default(z.array(z.string()), []),
  /** Shortest acronym (in capital letters) to check. */
  minLength: z._default(z.int().check(z.minimum(2), z.maximum(6)), 2),
});
type Options = z.infer<typeof options>;

/**
 * Two to eight letters, starting with a capital, with at least two capitals and at most one
 * lower-case letter inside (EqIA, MoU, PbR), plus an optional plural "s" (VCOs); capitals
 * joined by "&" count too (P&R, H&S). "McDonald" and "iPad" are not acronyms.
 */
const ACRONYM = /^(?=[A-Z])(?=(?:[a-z&]?[A-Z]){2})[A-Za-z&]{2,8}$/;
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

/** A cheap first test before the regular expressions: a capital, then a capital in second or third place ("CVS", "EqIA", "P&R"). */
function mayBeAcronym(word: string): boolean {
  if (!isCapital(word.charCodeAt(0))) return false;
  const second = word.charCodeAt(1);
  return isCapital(second) || ((isSmall(second) || second === 38) && isCapital(word.charCodeAt(2)));
}

/**
 * What mayBeAcronym needs at the start of a word, anywhere in the text: a paragraph with no
 * match has no word that could be an acronym (a word's first piece is a slice of the text).
 */
const MAY_START_ACRONYM = /[A-Z](?:[A-Z]|[a-z&][A-Z])/g;

/** The first piece of a word node as written ("CVS" of "CVS's"), without joining its pieces. */
function firstText(word: Word): string {
  const head = word.children[0];
  return head && 'value' in head ? head.value : '';
}

/** Can this word be an acronym, judged by its first piece: "CVS" of "CVS's", or "P" then "&" of "P&R"? */
function mayStartAcronym(word: Word): boolean {
  const head = firstText(word);
  if (mayBeAcronym(head)) return true;
  const next = word.children[1];
  return head.length === 1 && isCapital(head.charCodeAt(0)) && next !== undefined && 'value' in next && next.value === '&';
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
 * "25/00871/FUL", "DC/24/0012/OUT", "LLFA-2024-03", "CAB 09/10 3247": letters joined by a
 * slash or hyphen to figures, or followed by two groups of figures, are part of a reference
 * number, like "S106", not an abbreviation to spell out.
 * Looks only at the run of text without spaces around the word (at most 30 characters each way).
 */
function inReference(text: string, start: number, end: number): boolean {
  const before = /[^\s()]{0,30}$/.exec(text.slice(Math.max(0, start - 30), start))![0];
  const after = /^[^\s()]{0,30}/.exec(text.slice(end, end + 30))![0];
  const slashJoined = (before.endsWith('/') && /\d/.test(before)) || (after.startsWith('/') && /\d/.test(after));
  const hyphenJoined = /\d[-‐‑]$/.test(before) || /^[-‐‑]\d/.test(after);
  // "CAB 09/10 3247", "KD 2024 017": letters before two groups of figures are a reference's prefix.
  const codeFollows = /^[ \t]+\d[\d/.-]*[ \t]+\d{2,}\b/.test(text.slice(end, end + 30));
  return slashJoined || hyphenJoined || codeFollows;
}

/** Key used to treat "VCO" and "VCOs" as one acronym. */
function keyOf(acronym: string): string {
  return /[A-Z]s$/.test(acronym) ? acronym.slice(0, -1) : acronym;
}

const MAX_HEADING = 200;

/** The line around `offset`, or undefined when it is longer than a heading can be. */
function lineAround(text: string, offset: number): { start: number; end: number } | undefined {
  // Headings are short: look at most MAX_HEADING characters either way, so long lines stay cheap.
  const before = text.slice(Math.max(0, offset - MAX_HEADING), offset);
  const breakBefore = before.lastIndexOf('\n');
  if (breakBefore === -1 && offset > MAX_HEADING) return undefined;
  const start = offset - before.length + breakBefore + 1;
  const breakAfter = text.slice(offset, offset + MAX_HEADING).indexOf('\n');
  if (breakAfter === -1 && offset + MAX_HEADING < text.length) return undefined;
  return { start, end: breakAfter === -1 ? text.length : offset + breakAfter };
}

/**
 * Initials signing off a note or email ("… EIA to follow.\n\nRH", "– JB"): a person, not an
 * abbreviation. The line holds nothing else, and it is the text's last.
 */
function signOffInitials(text: string, offset: number): boolean {
  const bounds = lineAround(text, offset);
  if (!bounds || !/^[\s–—-]*[A-Z]{2,3}\.?\s*$/.test(text.slice(bounds.start, bounds.end))) return false;
  return text.slice(bounds.end).trim().length === 0;
}

/**
 * A line written in capitals ("FINANCIAL IMPLICATIONS", "2. SUMMARY"): its letters are nearly
 * all capitals. Answers are cached per line.
 */
function shoutingLine(text: string, offset: number, cache: Map<number, boolean>): boolean {
  const bounds = lineAround(text, offset);
  if (!bounds) return false;
  const cached = cache.get(bounds.start);
  if (cached !== undefined) return cached;
  const line = text.slice(bounds.start, bounds.end);
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
  const words = line.match(/\p{L}+/gu)?.length ?? 0;
  const shouting = upper / Math.max(letters, 1) > 0.8 && (words >= 2 || letters >= 5);
  cache.set(bounds.start, shouting);
  return shouting;
}

/**
 * Within a sentence, words in capitals in a row: three or more ("ADULT SOCIAL CARE SCRUTINY
 * COMMITTEE"), or two where the other is an ordinary word ("PRESS RELEASE", "RESOLVED THAT",
 * but not "the SEND SLA").
 */
function capitalRuns(words: string[]): Set<number> {
  const inRun = new Set<number>();
  let runStart = 0;
  for (let index = 0; index <= words.length; index++) {
    const upper = index < words.length && /^\p{Lu}{2,}$/u.test(words[index]!.replace(/['’]s$/, ''));
    if (!upper) {
      if (index - runStart >= 2) {
        const ordinary = (at: number) => NOT_ACRONYM.has(words[at]!) || isCommonWord(words[at]!.toLowerCase());
        for (let at = runStart; at < index; at++) {
          let others = true;
          for (let other = runStart; other < index && others && index - runStart < 3; other++) if (other !== at && !ordinary(other)) others = false;
          if (others) inRun.add(at);
        }
      }
      runStart = index + 1;
    }
  }
  return inRun;
}

/**
 * A heading or title line: a short line of its own (at most ten words, not ending like a
 * sentence, not a list item), at the start of the text, after a blank line or under another
 * such line. "ICB Constitution", "Renewing your SLA?", "# VCS grants".
 */
function headingLine(text: string, offset: number): boolean {
  const bounds = lineAround(text, offset);
  if (!bounds) return false;
  const titleLike = (line: string) => {
    const trimmed = line.trim();
    return trimmed !== '' && !/^(?:[-*•|]|\d+[.)]\s+\S.*[.;,]$)/.test(trimmed) && !/[.;,]$/.test(trimmed) && (trimmed.match(/\p{L}+/gu)?.length ?? 0) <= 10;
  };
  const line = text.slice(bounds.start, bounds.end);
  if (!titleLike(line)) return false;
  // A line of prose cut short (text from a PDF): it ends with a small word, or the text goes on in lower case.
  if (/\b(?:and|or|of|the|to|a|an|in|on|for|with|at|by|that|was|is|be|were|are|which|from)$/i.test(line.trim())) return false;
  if (/^\s*\p{Ll}/u.test(text.slice(bounds.end, bounds.end + 40))) return false;
  if (bounds.start === 0) return true;
  const previousEnd = bounds.start - 1;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  if (previousEnd - previousStart > MAX_HEADING) return false;
  const previous = text.slice(previousStart, previousEnd);
  return previous.trim() === '' || titleLike(previous);
}

/** Parts of organisations' names after the name itself: "Tower Hill FC", "Chipping Norton RUFC". */
const NAME_SUFFIXES = new Set(['FC', 'AFC', 'RFC', 'RUFC', 'CFC', 'LLP', 'PLC', 'CE', 'RC']);

const expansionByKey = new Map(EXPANSIONS.map((row) => [keyOf(row.acronym).toUpperCase(), row]));
/** Acronyms that are also English words ("SEND", "NICE"): in running text they are still acronyms. */
const WORD_SHAPED = new Set([...EXPANSIONS.map((row) => keyOf(row.acronym).toUpperCase()), ...WORD_ACRONYMS]);

/**
 * An English word in capitals rather than an abbreviation: a common word ("RESOLVED", "OPEN",
 * "HERE"), or a word the document also writes in lower case ("KENT" beside "Kent"). Acronyms
 * that are also words ("SEND") keep counting as acronyms in running text, but not in a line
 * or run of capitals ("PLEASE SEND YOUR VIEWS").
 */
function ordinaryWord(acronym: string, key: string, inCapitals: boolean, words: () => DocumentWords): boolean {
  if (!/^[A-Z]+$/.test(acronym)) return false;
  if (!inCapitals && WORD_SHAPED.has(key)) return false;
  const lower = acronym.toLowerCase();
  return isCommonWord(lower) || words().writtenInLowerCase(lower);
}

export default defineRule<Options>({
  id: 'undefined-acronym',
  name: 'Abbreviations',
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
  check({ tree, text, facts, options, report }) {
    const allowed = new Set([...WELL_KNOWN, ...options.allow].map((value) => keyOf(value).toUpperCase()));
    const headingCache = new Map<number, boolean>();
    // Read once per document, not once per part of a long one.
    let documentWords: DocumentWords | undefined;
    const words = () => (documentWords ??= facts.memo('undefined-acronym:words', () => new DocumentWords(text)));
    const expansionEnds = facts.memo('undefined-acronym:expansions', () => new Map<string, number>());
    const knownExpansionBefore = (before: number, key: string) => expansionBefore(text, before, key, expansionEnds);
    let freepost: [number, number][] | undefined;
    const inFreepost = (at: number) => (freepost ??= freepostSpans(text)).some(([from, to]) => at >= from && at < to);
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
        if (!sentence.children.some((child) => child.type === 'WordNode' && mayStartAcronym(child))) continue;
        const wordNodes = sentence.children.filter((child) => child.type === 'WordNode');
        const texts = wordNodes.map((word) => toString(word));
        const inRun = capitalRuns(texts);
        wordNodes.forEach((word, index) => {
          const written = texts[index]!;
          if (!mayBeAcronym(written)) return;
          const acronym = acronymIn(written, firstText(word));
          if (!looksLikeAcronym(acronym) || NOT_ACRONYM.has(acronym)) return;
          const previous = index > 0 ? texts[index - 1] : undefined;
          if (isRomanNumeral(acronym, previous) || capitals(acronym).length < options.minLength) return;
          const key = keyOf(acronym).toUpperCase();
          if (allowed.has(key) || (NAME_SUFFIXES.has(acronym) && previous !== undefined && /^\p{Lu}\p{Ll}/u.test(previous))) return;
          const start = word.position!.start.offset!;
          const end = start + acronym.length;
          if (inReference(text, start, end) || afterReferenceLabel(text, start) || isUnitAfterFigure(acronym, text, start) || inFreepost(start) || isSubjectMarker(acronym, text, start, end) || signOffInitials(text, start)) return;
          const inCapitals = inRun.has(index) || shoutingLine(text, start, headingCache);
          if (ordinaryWord(acronym, key, inCapitals, words)) return;
          const list = uses.get(key) ?? [];
          list.push({ start, end, acronym, heading: headingLine(text, start), inCapitals });
          uses.set(key, list);
        });
      }
    }
    /**
     * Explained at this use: right there, or by its full form earlier (a name anywhere, or the
     * words in the same sentence). An acronym in brackets is a definition of the words just
     * before it, so it is judged by those words alone: "Disclosure and Barring Service checks
     * (DBS)" is not explained by the name inside it, only by one in an earlier sentence.
     */
    const explained = (use: Use) => {
      if (definedHere(text, use.start, use.end, use.acronym)) return true;
      if (inBrackets(text, use.start, use.end)) return words().namedBefore(use.acronym, sentenceStart(text, use.start), wordAfter(text, use.end));
      const next = wordAfter(text, use.end);
      return (
        spelledEarlierInSentence(text, use.start, use.acronym, next) ||
        words().namedBefore(use.acronym, use.start, next) ||
        knownExpansionBefore(use.start, keyOf(use.acronym).toUpperCase())
      );
    };
    /** Is the full form given after this use: a name, or the usual expansion? */
    const spelledOutAfter = (use: Use, key: string) =>
      words().namedAfter(use.acronym, use.end, wordAfter(text, use.end)) || expansionAfter(text, use.end, key);
    for (const [key, list] of uses) {
      // A word found only among capitals ("KESTERMOOR BOROUGH COUNCIL", "2. VCS GRANTS") may be
      // a name or a rarer word as well as an abbreviation: it counts only if the text also uses it
      // in running text, as abbreviations are.
      if (list.every((use) => use.inCapitals)) continue;
      // A glossary entry or definition table row explains the acronym wherever it stands.
      if (list.some((use) => glossaryEntry(text, use.start, use.end, use.acronym))) continue;
      // A heading may use the short form when the text under it explains it ("ICB Constitution").
      const decisive = list.findIndex((use) => !use.heading);
      const deciding = list[decisive === -1 ? 0 : decisive]!;
      if (explained(deciding)) continue;
      const first = list[0]!;
      const definedLater = list.slice(list.indexOf(deciding) + 1).some(explained) || spelledOutAfter(first, key);
      // Only in headings, and the text explains it.
      if (decisive === -1 && definedLater) continue;
      // A masthead or title line that uses the short form, spelled out in the line or sentence
      // straight after ("Greyhaven CVS e-bulletin / from Greyhaven Council for Voluntary
      // Service (CVS)"): the reader meets the full form at once.
      if (definedLater && onTitleLine(text, first.start) && list.some((use) => use !== first && use.start - first.end <= EXPLAINED_NEARBY && explained(use))) continue;
      const known = expansionByKey.get(key);
      const expansion = known && isPlural(first.acronym) ? pluralise(known.expansion) : known?.expansion;
      const acronym = first.acronym;
      report({
        start: first.start,
        end: first.end,
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

/** The word straight after an acronym ("Strategy" in "VCS Strategy"), if any. */
function wordAfter(text: string, end: number): string | undefined {
  return /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
}

/**
 * Is the usual expansion of a known acronym written out, in any case, before `before`: "All
 * voluntary and community sector organisations …" then "the VCS Grants Panel"?
 */
function expansionBefore(text: string, before: number, key: string, ends: Map<string, number>): boolean {
  let end = ends.get(key);
  if (end === undefined) {
    const match = expansionPatterns.get(key)?.exec(text);
    end = match ? match.index + match[0].length : Infinity;
    ends.set(key, end);
  }
  return end <= before;
}
/** Is the usual expansion of a known acronym written out after `after`? */
function expansionAfter(text: string, after: number, key: string): boolean {
  const pattern = expansionPatterns.get(key);
  if (!pattern) return false;
  const global = new RegExp(pattern.source, 'gi');
  global.lastIndex = after;
  return global.exec(text) !== null;
}
const expansionPatterns = new Map(
  EXPANSIONS.map((row) => {
    const words = row.expansion.replace(/[()]/g, '').split(/[\s,]+/).map((word) => word.replace(/[.*+?^${}|[\]\\]/g, '\\$&').replace(/-/g, '[-‐ ]?'));
    return [keyOf(row.acronym).toUpperCase(), new RegExp(`\\b${words.join('[\\s,]+')}`, 'i')];
  }),
);

interface Use {
  start: number;
  end: number;
  acronym: string;
  /** In a heading or title line. */
  heading: boolean;
  /** In a line or run of words in capitals. */
  inCapitals: boolean;
}

const NOT_ACRONYM = new Set(NOT_ACRONYMS);

function isPlural(acronym: string): boolean {
  return /[A-Z]s$/.test(acronym);
}

/** "voluntary and community organisation" → "voluntary and community organisations". */
function pluralise(expansion: string): string {
  return /s$/.test(expansion) ? expansion : `${expansion}s`;
}
