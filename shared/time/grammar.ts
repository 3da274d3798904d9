/**
 * The time grammar: reads dates, times, durations and financial years from the tokens of
 * one paragraph. It only recognises what is written; years are inferred and dates are
 * paired into ranges afterwards (resolve.ts), because both need the neighbouring dates.
 *
 * Each `parse…` function takes a token index and returns what it read plus the index of
 * the first token after it, or null. Nothing here throws on odd input: a phrase either
 * matches or it does not.
 */
import type { DateAnchor, DurationExpression, DurationQualifier, WeekdayName } from './types.ts';
import type { TimeToken } from './lexer.ts';
import {
  DAY_KINDS,
  DURATION_UNITS,
  isAbbreviation,
  isTensWord,
  MONTHS,
  numberWord,
  ORDINAL_WORDS,
  WEEKDAY_WORDS,
} from './words.ts';

/** A date as written, before its year is inferred or its validity checked. */
export interface RawDate {
  type: 'raw-date';
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
  precision: 'day' | 'month';
  weekday: WeekdayName | null;
  weekdayStart?: number;
  weekdayEnd?: number;
  time: string | null;
  anchor: DateAnchor | null;
  form: 'words' | 'numeric';
  /** A day with no month ("between 1st and 30th September"): month and year come from the range's other end. */
  bare: boolean;
  /** For `end-of-financial-year`: the financial year's first year when written ("the end of 2024/25"). */
  financialYearStart?: number | null;
  /** A day in a list ("3" and "10" in "3, 10 and 17 March 2025"): month and year come from the list's last date. */
  list?: boolean;
  /** A numeric date written month first ("12/25/2025"); `day` and `month` hold its likely meaning. */
  monthFirst?: boolean;
  /** "the end of the month" (0) or "of next month" (1): months after the reference date's month. */
  relativeMonths?: number;
  /** "the end of the year": 31 December of the reference date's year. */
  relativeYear?: boolean;
}

export interface RawFinancialYear {
  type: 'raw-financial-year';
  start: number;
  end: number;
  startYear: number;
}

export interface RawDuration {
  type: 'raw-duration';
  start: number;
  end: number;
  duration: Omit<DurationExpression, 'start' | 'end' | 'text' | 'kind'>;
}

export type RawItem = RawDate | RawFinancialYear | RawDuration;

interface Parsed<T> {
  value: T;
  next: number;
}

const CURRENCY = new Set(['£', '$', '€', '#', '§']);
const DASH_CHARS = new Set(['-', '–', '—', '‐', '‑']);
const NUMERIC_SEPARATORS = new Set(['/', '.', '-']);

/** Multi-word qualifiers before a duration, longest first so "not less than" beats "not". */
const QUALIFIERS: readonly [string[], DurationQualifier][] = [
  [['not', 'less', 'than'], 'not-less-than'],
  [['no', 'less', 'than'], 'not-less-than'],
  [['not', 'fewer', 'than'], 'not-less-than'],
  [['no', 'fewer', 'than'], 'not-less-than'],
  [['a', 'minimum', 'of'], 'minimum'],
  [['minimum', 'of'], 'minimum'],
  [['at', 'least'], 'at-least'],
  [['no', 'more', 'than'], 'no-more-than'],
  [['not', 'more', 'than'], 'no-more-than'],
  [['a', 'maximum', 'of'], 'no-more-than'],
  [['maximum', 'of'], 'no-more-than'],
  [['up', 'to'], 'up-to'],
  [['within'], 'within'],
  [['minimum'], 'minimum'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
];

/** Words before a bare paragraph number in a cross-reference: "see 4.1.12", "in 3.2.15", "under 2.4.10". */
const CROSS_REFERENCE_WORDS: ReadonlySet<string> = new Set(['see', 'in', 'under']);

/** Words that carry a date on into a range or a time ("5.2.25 to 30.4.25", "5.2.25 at 5pm"). */
const DATE_CONTINUATIONS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'til', 'through', 'and', 'at', 'by', 'before', 'on']);

/**
 * Words after which a bare "31/3" is a day and month with no year ("It runs out 31/3", "closes
 * Fri 14/2", "by 28/2"). Only these, a weekday, or the start of the same kind of range: the
 * same shape is a fraction ("cut by 1/3"), a minute number ("item 17/25"), a ratio ("24/7")
 * or a year span ("CAB 09/10") everywhere else.
 */
const SHORT_DATE_LEAD_INS: ReadonlySet<string> = new Set([
  'on', 'until', 'till', 'til', 'by', 'before', 'from', 'out', 'end', 'ends', 'ending', 'ended', 'closes', 'closing', 'close', 'opens', 'expires', 'expire', 'lapses',
  'stop', 'stops', 'stopping', 'finish', 'finishes', 'due', 'w/c', 'commencing', 'after',
]);
/** Words before "by" that make "by 1/3" a fraction of a change, not a deadline. */
const CHANGE_BY_WORDS: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'reduced', 'reduce', 'reducing', 'reduction', 'fall', 'fell', 'falls', 'rise', 'rose', 'rises', 'increased', 'increase', 'decreased', 'decrease', 'down', 'up', 'grew', 'grown', 'shrunk', 'dropped',
]);

/** Words that end a time of day, and so can end a date written with one ("5 March, 4pm–6 March"). */
const DAY_END_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'noon', 'midday', 'midnight']);

/** Nouns whose following number is a label, not a day: "item 4", "paragraph 13", "Paper 7". */
const REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  'paper', 'item', 'items', 'page', 'pages', 'paragraph', 'paragraphs', 'para', 'paras', 'section', 'sections',
  'appendix', 'annex', 'annexe', 'no', 'number', 'clause', 'clauses', 'table', 'figure', 'chapter', 'part',
  'question', 'questions', 'route', 'room', 'level', 'regulation', 'regulations', 'schedule', 'article', 'rule',
  'criterion', 'principle', 'recommendation', 'recommendations', 'option', 'options', 'step', 'stage', 'phase',
  'version', 'ref', 'reference', 'minute', 'box', 'line', 'lines', 'ward',
]);

/** The first word of each qualifier. */
const QUALIFIER_STARTS: ReadonlySet<string> = new Set(QUALIFIERS.map(([words]) => words[0]!));

/** Words a date phrase can start with. */
const DATE_STARTERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAY_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  'the',
  'end',
  'week',
  'w',
  'midnight',
  'midday',
  'noon',
]);

/** Words a duration can start with: number words, "a"/"an" and the first word of each qualifier. */
const DURATION_STARTERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  ...QUALIFIERS.map(([words]) => words[0]!),
]);

export class TimeGrammar {
  constructor(private readonly tokens: readonly TimeToken[]) {}

  private at(index: number): TimeToken | undefined {
    return this.tokens[index];
  }

  // Up to four words (three marks) as separate parameters rather than a rest array: these
  // run several times for every token that could start a date or duration, and the arrays
  // (with parseQualifier's closures) were most of the grammar's 31 MB of garbage per MB.
  private isWord(index: number, a: string, b?: string, c?: string, d?: string): boolean {
    const token = this.tokens[index];
    if (token === undefined || token.kind !== 'word') return false;
    const lower = token.lower;
    return lower === a || lower === b || lower === c || lower === d;
  }

  private isPunct(index: number, a: string, b?: string, c?: string): boolean {
    const token = this.tokens[index];
    if (token === undefined || token.kind !== 'punct') return false;
    const text = token.text;
    return text === a || text === b || text === c;
  }

  /** The token touches the one before it (no space between). */
  private attached(index: number): boolean {
    const token = this.at(index);
    return token !== undefined && index > 0 && !token.spaceBefore;
  }

  /**
   * A number that is part of something else: "£12", "13.1", "4:30", "S106", "item-4".
   * Looks at the token before and the tokens after.
   */
  private numberInOtherContext(index: number): boolean {
    const token = this.at(index)!;
    if (this.attached(index)) {
      const before = this.at(index - 1)!;
      if (before.kind === 'word' || before.kind === 'num') return true;
      // "20–29 October", "3 March–28 April", "1 Dec. 2024–5 Jan. 2025", "21.10.42-25th October": a
      // dash closed up between the end of one date (a number, a month, a month's full stop) and
      // a day joins the two ends of a range.
      const dayRange = DASH_CHARS.has(before.text) && this.attached(index - 1) && this.endsDate(index - 2);
      if (CURRENCY.has(before.text) || (['.', ':', '/', ',', '-', '–'].includes(before.text) && !dayRange)) return true;
    } else if (index > 0 && CURRENCY.has(this.at(index - 1)!.text)) {
      return true;
    }
    const after = this.at(index + 1);
    if (after && !after.spaceBefore && !token.ordinal) {
      if (after.text === '%') return true;
      if (['.', ':', ','].includes(after.text) && this.at(index + 2)?.kind === 'num' && !this.at(index + 2)!.spaceBefore) return true;
    }
    return false;
  }

  /**
   * The token can be the last of a date or of its time: a number (day, year), a month name, the
   * full stop of "Dec." or "p.m.", or "am", "pm", "noon", "midday", "midnight".
   */
  private endsDate(index: number): boolean {
    const token = this.at(index);
    if (!token) return false;
    if (token.kind === 'num') return true;
    if (token.kind === 'word') return MONTHS.has(token.lower) || DAY_END_WORDS.has(token.lower);
    const before = this.at(index - 1);
    return token.text === '.' && before?.kind === 'word' && (MONTHS.has(before.lower) || before.lower === 'm');
  }

  // ── Pieces of a date ────────────────────────────────────────────────────────

  parseWeekday(index: number): Parsed<{ name: WeekdayName; start: number; end: number }> | null {
    const token = this.at(index);
    if (!token || token.kind !== 'word') return null;
    const name = WEEKDAY_WORDS.get(token.lower);
    if (!name) return null;
    if (isAbbreviation(token.lower) && !/^[A-Z]/.test(token.text)) return null;
    let next = index + 1;
    if (isAbbreviation(token.lower) && this.isPunct(next, '.') && this.attached(next)) next++;
    if (this.isPunct(next, ',')) next++;
    return { value: { name, start: token.start, end: token.end }, next };
  }

  parseDay(index: number): Parsed<number> | null {
    const token = this.at(index);
    if (!token) return null;
    if (token.kind === 'word') return this.parseOrdinalWordDay(index);
    if (token.kind !== 'num') return null;
    if (token.value < 1 || token.value > 31) return null;
    const digits = token.ordinal ? token.text.length - 2 : token.text.length;
    if (digits > 2) return null;
    if (this.numberInOtherContext(index)) return null;
    // "Paper 7 - 30 January 2004", "item 4 March…": a number after a reference noun labels something.
    const before = this.at(index - 1);
    if (before?.kind === 'word' && REFERENCE_NOUNS.has(before.lower)) return null;
    return { value: token.value, next: index + 1 };
  }

  /**
   * "the first of April", "the twenty-first of March": a day written as an ordinal word.
   * Only before "of", so "the second March" or "first of all" are not dates.
   */
  private parseOrdinalWordDay(index: number): Parsed<number> | null {
    const token = this.at(index)!;
    const single = ORDINAL_WORDS.get(token.lower);
    if (single !== undefined) return this.isWord(index + 1, 'of') ? { value: single, next: index + 1 } : null;
    if (token.lower !== 'twenty' && token.lower !== 'thirty') return null;
    let unitAt = index + 1;
    if (this.isPunct(unitAt, '-', '‐') && this.attached(unitAt)) unitAt++;
    const unit = this.at(unitAt)?.kind === 'word' ? ORDINAL_WORDS.get(this.at(unitAt)!.lower) : undefined;
    if (unit === undefined || unit > 9) return null;
    const value = (token.lower === 'twenty' ? 20 : 30) + unit;
    return value <= 31 && this.isWord(unitAt + 1, 'of') ? { value, next: unitAt + 1 } : null;
  }

  /** A month name; words that are also English ("may", "march") need a capital unless right after a day. */
  parseMonth(index: number, afterDay: boolean): Parsed<number> | null {
    const token = this.at(index);
    if (!token || token.kind !== 'word') return null;
    const month = MONTHS.get(token.lower);
    if (month === undefined) return null;
    const capitalised = /^[A-Z]/.test(token.text);
    // Lower case passes only for a full month name right after a day ("1 march 2025"), never
    // for an abbreviation ("mar", "sat" and "sun" are ordinary words).
    const fullName = token.lower.length > 4 || ['may', 'june', 'july'].includes(token.lower);
    if (!capitalised && !(afterDay && fullName)) return null;
    let next = index + 1;
    // "Sept." and "Jan." take their full stop; "May." ends a sentence.
    if (!fullName && this.isPunct(next, '.') && this.attached(next)) next++;
    return { value: month, next };
  }

  parseYear(index: number): Parsed<number> | null {
    const token = this.at(index);
    if (!token || token.kind !== 'num' || token.ordinal || token.text.length !== 4) return null;
    if (token.value < 1900 || token.value > 2099) return null;
    // "2024/25" after a month is a financial year, not a year; but in "14 February 2042-27/02/2043"
    // or "5 Jan. 1995-28th of Jan." a second date follows the dash.
    const after = this.at(index + 1);
    // A full stop then a spaced number ("14 November 2025. 212 responses") ends a sentence.
    const joined = this.at(index + 2);
    if (after && !after.spaceBefore && ['/', '-', '.', ':'].includes(after.text) && joined?.kind === 'num' && (DASH_CHARS.has(after.text) || !joined.spaceBefore)) {
      if (!DASH_CHARS.has(after.text) || this.at(index + 2)!.spaceBefore || !this.parseDate(index + 2)) return null;
    }
    return { value: token.value, next: index + 1 };
  }

  /**
   * A time of day: "4pm", "4 pm", "5:00pm", "4.30 p.m.", "23:59", "10.00 AM", "midnight",
   * "noon", "12 noon". Bare "10.00" counts only when `dottedAllowed` (after "at" next to a date).
   */
  parseTime(index: number, dottedAllowed = false): Parsed<string> | null {
    const token = this.at(index);
    if (!token) return null;
    if (token.kind === 'word') {
      if (token.lower === 'midnight') return { value: '24:00', next: index + 1 };
      if (token.lower === 'midday' || token.lower === 'noon') return { value: '12:00', next: index + 1 };
      return null;
    }
    if (token.kind !== 'num' || token.ordinal) return null;
    if (index > 0 && this.attached(index) && this.at(index - 1)!.kind !== 'punct') return null;
    if (index > 0 && CURRENCY.has(this.at(index - 1)!.text)) return null;
    const hour = token.value;
    let next = index + 1;
    let minute = 0;
    let hasMinutes = false;
    let separator = '';
    if (this.isPunct(next, ':', '.') && this.attached(next) && this.at(next + 1)?.kind === 'num' && this.attached(next + 1)) {
      const minutes = this.at(next + 1)!;
      if (minutes.text.length !== 2 || minutes.value > 59) return null;
      separator = this.at(next)!.text;
      minute = minutes.value;
      hasMinutes = true;
      next += 2;
    }
    if (token.text.length > 2) return null;
    // "12 noon", "12:00 noon", "12 midnight", "12.00 midnight"
    if (hour === 12 && minute === 0 && this.isWord(next, 'noon', 'midday')) return { value: '12:00', next: next + 1 };
    if (hour === 12 && minute === 0 && this.isWord(next, 'midnight')) return { value: '24:00', next: next + 1 };
    const meridiem = this.parseMeridiem(next);
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      const hour24 = meridiem.value === 'am' ? hour % 12 : (hour % 12) + 12;
      return { value: clock(hour24, minute), next: meridiem.next };
    }
    if (hasMinutes && hour <= 23 && (separator === ':' || dottedAllowed)) {
      let after = next;
      if (this.isWord(after, 'hrs', 'hours', 'h')) after++;
      return { value: clock(hour, minute), next: after };
    }
    return null;
  }

  private parseMeridiem(index: number): Parsed<'am' | 'pm'> | null {
    const token = this.at(index);
    if (!token || token.kind !== 'word') return null;
    if (token.lower === 'am' || token.lower === 'pm') {
      // A full stop after "pm" is the sentence's, not part of the time.
      return { value: token.lower, next: index + 1 };
    }
    // "a.m." / "p.m."
    if ((token.lower === 'a' || token.lower === 'p') && this.isPunct(index + 1, '.') && this.isWord(index + 2, 'm')) {
      let next = index + 3;
      if (this.isPunct(next, '.') && this.attached(next)) next++;
      return { value: token.lower === 'a' ? 'am' : 'pm', next };
    }
    return null;
  }

  // ── Dates ──────────────────────────────────────────────────────────────────

  /**
   * A numeric date, day first: "03/02/2025", "3.2.2025", "05/12/22", "5.2.25", "3-2-2025",
   * "05-02-25", and ISO "2025-02-03". A two-digit year is 2000–2099. "13.1.2" and "1-2-3" are
   * not dates (the year has two or four digits), and neither is a dotted or dashed number with
   * a two-digit last part where it reads as a paragraph number (see `paragraphNumberLike`).
   */
  private parseNumericDate(index: number): Parsed<{ day: number; month: number; year: number; monthFirst?: boolean }> | null {
    const first = this.at(index);
    if (!first || first.kind !== 'num' || first.ordinal) return null;
    const sep1 = this.at(index + 1);
    const second = this.at(index + 2);
    const sep2 = this.at(index + 3);
    const third = this.at(index + 4);
    if (!sep1 || !second || !sep2 || !third) return null;
    if (![sep1, second, sep2, third].every((token) => !token.spaceBefore)) return null;
    if (sep1.kind !== 'punct' || !NUMERIC_SEPARATORS.has(sep1.text) || sep2.text !== sep1.text) return null;
    if (second.kind !== 'num' || third.kind !== 'num' || second.ordinal || third.ordinal) return null;
    // Part of a longer chain ("1.2.2025.4", "10/11/2025/26") or glued to something before it.
    const after = this.at(index + 5);
    if (after && !after.spaceBefore && NUMERIC_SEPARATORS.has(after.text) && this.at(index + 6)?.kind === 'num' && !this.at(index + 6)!.spaceBefore) {
      // "11.8.2011-6.10.2011" is two dates joined by a dash: allowed when the separator differs.
      if (after.text === sep1.text) return null;
    }
    if (this.attached(index)) {
      const before = this.at(index - 1)!;
      if (before.kind !== 'punct' || CURRENCY.has(before.text) || NUMERIC_SEPARATORS.has(before.text) && this.at(index - 2)?.kind === 'num' && !DASH_CHARS.has(before.text)) return null;
    }
    // ISO 8601: 2025-02-03
    if (first.text.length === 4 && sep1.text === '-' && second.text.length === 2 && third.text.length === 2) {
      return { value: { day: third.value, month: second.value, year: first.value }, next: index + 5 };
    }
    if (first.text.length > 2 || second.text.length > 2) return null;
    let year: number;
    if (third.text.length === 4) year = third.value;
    else if (third.text.length === 2 && (sep1.text === '/' || !this.paragraphNumberLike(index))) year = 2000 + third.value;
    else return null;
    if (year < 1900 || year > 2099) return null;
    // "12/25/2025" has no month 25: written month first. Kept (as the likely day and month) so
    // it can be reported as impossible when read day first, never silently swapped.
    if (first.value >= 1 && first.value <= 12 && second.value > 12 && second.value <= 31) {
      return { value: { day: second.value, month: first.value, year, monthFirst: true }, next: index + 5 };
    }
    if (first.value < 1 || first.value > 31 || second.value < 1 || second.value > 12) return null;
    return { value: { day: first.value, month: second.value, year }, next: index + 5 };
  }

  /**
   * A day and month with a slash and no year, "31/3", read only where a date is expected: after
   * a weekday ("Fri 14/2"), a word that takes a date ("runs out 31/3", "by 28/2", not "cut by
   * 1/3"), or as the second end of a range whose first end is the same form ("1/4 – 31/3").
   * Anything that runs on ("31/3/25" is the full form, "1/3rd", "1/3 of", "24/7") is not one.
   */
  private parseShortNumericDate(index: number, afterWeekday: boolean): Parsed<{ day: number; month: number; year: null }> | null {
    const first = this.at(index);
    const slash = this.at(index + 1);
    const second = this.at(index + 2);
    if (!first || !slash || !second || first.kind !== 'num' || first.ordinal || first.text.length > 2) return null;
    if (slash.text !== '/' || slash.spaceBefore || second.kind !== 'num' || second.spaceBefore || second.ordinal || second.text.length > 2) return null;
    const after = this.at(index + 3);
    if (after && !after.spaceBefore && (after.kind !== 'punct' || NUMERIC_SEPARATORS.has(after.text) && this.at(index + 4)?.kind === 'num' || after.text === '%')) return null;
    if (after?.kind === 'word' && after.lower === 'of') return null;
    if (first.value < 1 || first.value > 31 || second.value < 1 || second.value > 12) return null;
    if (!afterWeekday && !this.shortDateLeadIn(index)) return null;
    return { value: { day: first.value, month: second.value, year: null }, next: index + 3 };
  }

  private shortDateLeadIn(index: number): boolean {
    if (this.attached(index)) return false;
    const before = this.at(index - 1);
    if (!before) return false;
    if (before.kind === 'word' && SHORT_DATE_LEAD_INS.has(before.lower)) {
      return before.lower !== 'by' || !(this.at(index - 2)?.kind === 'word' && CHANGE_BY_WORDS.has(this.at(index - 2)!.lower));
    }
    // "1/4 – 31/3", "1/4 to 31/3": the range's first end is a day and month in the same form.
    if ((before.kind === 'word' && (before.lower === 'to' || before.lower === 'until' || before.lower === 'till')) || DASH_CHARS.has(before.text)) {
      const firstEnd = index - 4;
      return this.at(firstEnd)?.kind === 'num' && this.isPunct(firstEnd + 1, '/') && this.at(firstEnd + 2)?.kind === 'num' && this.shortDateLeadIn(firstEnd);
    }
    return false;
  }

  /**
   * Whether a dotted or dashed number at `index` ("4.1.12", "3-2-25") reads as a paragraph or
   * version number rather than a date with a two-digit year: after a reference noun
   * ("paragraph 4.1.12", "version 1.2.10") or a cross-reference word ("see 4.1.12", "in 3.2.15"), or dotted at the start of a line before
   * a capitalised word that is not a weekday, a month or a word that carries a date on ("TO",
   * "AND", "AT": "1.1.00 TO 2.1.00" in capitals), as in a numbered paragraph: "4.1.12 The
   * council will…". A four-digit year is never in doubt.
   */
  private paragraphNumberLike(index: number): boolean {
    const before = this.at(index - 1);
    if (before?.kind === 'word' && (REFERENCE_NOUNS.has(before.lower) || CROSS_REFERENCE_WORDS.has(before.lower))) return true;
    const after = this.at(index + 5);
    return (
      this.at(index)!.lineStart &&
      this.at(index + 1)!.text === '.' &&
      after?.kind === 'word' &&
      /^[A-Z]/.test(after.text) &&
      !WEEKDAY_WORDS.has(after.lower) &&
      !MONTHS.has(after.lower) &&
      !DATE_CONTINUATIONS.has(after.lower)
    );
  }

  /**
   * A compact date with the month as a word, day first: "5-Feb-25", "05-Feb-2025",
   * "5/Feb/2025", "5.Sept.2025" (no spaces; the month in any case, as nothing else is written
   * this way). A two-digit year is 2000–2099.
   */
  private parseCompactDate(index: number): Parsed<{ day: number; month: number; year: number }> | null {
    const first = this.at(index);
    if (!first || first.kind !== 'num' || first.ordinal || first.text.length > 2) return null;
    const sep1 = this.at(index + 1);
    const monthToken = this.at(index + 2);
    if (!sep1 || !monthToken || sep1.kind !== 'punct' || !NUMERIC_SEPARATORS.has(sep1.text) || sep1.spaceBefore) return null;
    if (monthToken.kind !== 'word' || monthToken.spaceBefore) return null;
    const month = MONTHS.get(monthToken.lower);
    if (month === undefined) return null;
    let sep2At = index + 3;
    // "5-Sept.-2025" is not written, but "5.Sept.2025" has the abbreviation's full stop as its separator.
    const sep2 = this.at(sep2At);
    const yearToken = this.at(sep2At + 1);
    if (!sep2 || !yearToken || sep2.text !== sep1.text || sep2.spaceBefore || yearToken.spaceBefore) return null;
    if (yearToken.kind !== 'num' || yearToken.ordinal || (yearToken.text.length !== 2 && yearToken.text.length !== 4)) return null;
    if (this.attached(index)) {
      const before = this.at(index - 1)!;
      if (before.kind !== 'punct' || CURRENCY.has(before.text) || NUMERIC_SEPARATORS.has(before.text)) return null;
    }
    // Part of a longer chain: "5-Feb-25-3".
    const after = this.at(sep2At + 2);
    if (after && !after.spaceBefore && after.text === sep1.text && this.at(sep2At + 3)?.kind === 'num' && !this.at(sep2At + 3)!.spaceBefore) return null;
    const year = yearToken.text.length === 2 ? 2000 + yearToken.value : yearToken.value;
    if (year < 1900 || year > 2099 || first.value < 1 || first.value > 31) return null;
    sep2At += 2;
    return { value: { day: first.value, month, year }, next: sep2At };
  }

  /**
   * The date itself with an optional weekday: "Friday 14 February 2025", "Fri 28 May 2021",
   * "the 23rd of December 2022", "Friday the 28th of August", "14/02/2025", "March 3, 2025",
   * "October 2023".
   */
  private parseCoreDate(index: number): Parsed<RawDate> | null {
    let position = index;
    const weekday = this.parseWeekday(position);
    if (weekday) position = weekday.next;
    const startToken = this.at(index);
    if (!startToken) return null;

    const base = (start: number, end: number): RawDate => ({
      type: 'raw-date',
      start,
      end,
      day: null,
      month: null,
      year: null,
      precision: 'day',
      weekday: weekday?.value.name ?? null,
      weekdayStart: weekday?.value.start,
      weekdayEnd: weekday?.value.end,
      time: null,
      anchor: null,
      form: 'words',
      bare: false,
    });

    const numeric = this.parseNumericDate(position);
    if (numeric) {
      const raw = base(startToken.start, this.at(numeric.next - 1)!.end);
      Object.assign(raw, numeric.value, { form: 'numeric' });
      return { value: raw, next: numeric.next };
    }
    const short = this.parseShortNumericDate(position, weekday !== null);
    if (short) {
      const raw = base(startToken.start, this.at(short.next - 1)!.end);
      Object.assign(raw, short.value, { form: 'numeric' });
      return { value: raw, next: short.next };
    }
    const compact = this.parseCompactDate(position);
    if (compact) {
      const raw = base(startToken.start, this.at(compact.next - 1)!.end);
      Object.assign(raw, compact.value);
      return { value: raw, next: compact.next };
    }

    // Day first: [the] DAY [of] MONTH [,] [YEAR]
    let dayAt = position;
    if (this.isWord(dayAt, 'the')) dayAt++;
    const day = this.parseDay(dayAt);
    if (day) {
      let monthAt = day.next;
      if (this.isWord(monthAt, 'of')) monthAt++;
      const month = this.parseMonth(monthAt, true);
      if (month) {
        let next = month.next;
        let year: Parsed<number> | null = this.parseYear(next);
        if (!year && this.isPunct(next, ',')) {
          year = this.parseYear(next + 1);
        }
        if (year) next = year.next;
        const raw = base(startToken.start, this.at(next - 1)!.end);
        raw.day = day.value;
        raw.month = month.value;
        raw.year = year?.value ?? null;
        return { value: raw, next };
      }
      return null;
    }
    if (dayAt !== position) return null; // "the" with no day after it

    // Month first: MONTH DAY[,] [YEAR] (needs an ordinal, a year or a weekday to be sure) or MONTH YEAR.
    const month = this.parseMonth(position, false);
    if (!month) return null;
    const usDay = this.parseDay(month.next);
    if (usDay) {
      let next = usDay.next;
      let year: Parsed<number> | null = null;
      if (this.isPunct(next, ',')) year = this.parseYear(next + 1);
      else year = this.parseYear(next);
      const dayToken = this.at(month.next)!;
      if (year || dayToken.ordinal || weekday) {
        if (year) next = year.next;
        const raw = base(startToken.start, this.at(next - 1)!.end);
        raw.day = usDay.value;
        raw.month = month.value;
        raw.year = year?.value ?? null;
        return { value: raw, next };
      }
    }
    if (weekday) return null;
    const year = this.parseYear(month.next);
    if (year) {
      const raw = base(startToken.start, this.at(year.next - 1)!.end);
      raw.day = 1;
      raw.month = month.value;
      raw.year = year.value;
      raw.precision = 'month';
      raw.anchor = 'month-only';
      return { value: raw, next: year.next };
    }
    return null;
  }

  /** "[the] end of March [2025]", "the end of the financial year", "the end of the 2024/25 financial year". */
  private parseEndOf(index: number): Parsed<RawDate> | null {
    let position = index;
    if (this.isWord(position, 'the')) position++;
    if (!this.isWord(position, 'end') || !this.isWord(position + 1, 'of')) return null;
    position += 2;
    const startOffset = this.at(index)!.start;
    const raw = (end: number): RawDate => ({
      type: 'raw-date',
      start: startOffset,
      end,
      day: null,
      month: null,
      year: null,
      precision: 'day',
      weekday: null,
      time: null,
      anchor: null,
      form: 'words',
      bare: false,
    });
    let afterThe = position;
    if (this.isWord(afterThe, 'the')) afterThe++;
    // the financial year, the 2024/25 financial year, this financial year
    let fyAt = afterThe;
    if (fyAt === position && this.isWord(fyAt, 'this', 'that')) fyAt++;
    const financialYear = this.parseFinancialYear(fyAt);
    const wordsAt = financialYear ? financialYear.next : fyAt;
    if (this.isWord(wordsAt, 'financial') && this.isWord(wordsAt + 1, 'year')) {
      const next = wordsAt + 2;
      const date = raw(this.at(next - 1)!.end);
      date.anchor = 'end-of-financial-year';
      date.day = 31;
      date.month = 3;
      date.financialYearStart = financialYear?.value.startYear ?? null;
      date.year = financialYear ? financialYear.value.startYear + 1 : null;
      return { value: date, next };
    }
    // "the end of the month", "the end of this month", "the end of next month", "the end of the year"
    let relativeAt = position;
    let offset = 0;
    if (this.isWord(relativeAt, 'the', 'this')) relativeAt++;
    else if (this.isWord(relativeAt, 'next')) {
      relativeAt++;
      offset = 1;
    }
    if (relativeAt > position && this.isWord(relativeAt, 'month', 'year')) {
      const next = relativeAt + 1;
      const date = raw(this.at(next - 1)!.end);
      date.anchor = 'end-of-month';
      if (this.at(relativeAt)!.lower === 'month') date.relativeMonths = offset;
      else if (offset === 0) date.month = 12;
      else return null;
      if (date.month === 12) date.relativeYear = true;
      return { value: date, next };
    }
    const month = this.parseMonth(position, false);
    if (month) {
      const year = this.parseYear(month.next);
      const next = year ? year.next : month.next;
      const date = raw(this.at(next - 1)!.end);
      date.anchor = 'end-of-month';
      date.month = month.value;
      date.year = year?.value ?? null;
      return { value: date, next };
    }
    return null;
  }

  /**
   * A whole date phrase: an optional time before it ("4pm on"), an optional lead
   * ("week commencing", "the end of"), the date, and an optional time after it (", 5:00pm",
   * "at 10.00 AM").
   */
  parseDate(index: number): Parsed<RawDate> | null {
    let position = index;
    // A time before the date. "17.00" with no am/pm counts only when "on" follows ("17.00 on 30 April").
    let time = this.parseTime(position);
    if (!time) {
      const dotted = this.parseTime(position, true);
      if (dotted && this.isWord(dotted.next, 'on')) time = dotted;
    }
    if (time) {
      let after = time.next;
      if (this.isWord(after, 'on') || this.isPunct(after, ',')) after++;
      if (this.isWord(after, 'on')) after++;
      const date = this.parseCoreDate(after);
      if (!date || date.value.precision !== 'day') return null;
      date.value.start = this.at(index)!.start;
      date.value.time = time.value;
      return date;
    }

    let anchor: DateAnchor | null = null;
    if (this.isWord(position, 'week') && this.isWord(position + 1, 'commencing', 'beginning', 'starting')) {
      anchor = 'week-commencing';
      position += 2;
      if (this.isWord(position, 'on')) position++;
    } else if (this.isWord(position, 'w') && this.isPunct(position + 1, '/') && this.isWord(position + 2, 'c', 'b')) {
      anchor = 'week-commencing';
      position += 3;
    }

    const parsed = anchor ? this.parseCoreDate(position) : (this.parseEndOf(position) ?? this.parseCoreDate(position));
    if (!parsed) return null;
    const date = parsed.value;
    if (anchor) {
      if (date.precision !== 'day') return null;
      date.anchor = anchor;
      date.start = this.at(index)!.start;
    }

    // A time after the date: "Fri 28 May 2021, 5:00pm", "17 SEPTEMBER 2001 AT 10.00 AM", "28 August by noon".
    let next = parsed.next;
    if (date.precision === 'day' && date.anchor === null) {
      let after = next;
      if (this.isPunct(after, ',')) after++;
      let dotted = false;
      if (this.isWord(after, 'at', 'by', 'before', 'until')) {
        after++;
        dotted = true;
      }
      const trailing = this.parseTime(after, dotted);
      // "from 4 March until 11.59pm on 27 May": a time that leads into the next date is that date's.
      if (trailing && !this.parseDate(after)) {
        date.time = trailing.value;
        date.end = this.at(trailing.next - 1)!.end;
        next = trailing.next;
      }
    }
    return { value: date, next };
  }

  /**
   * A day standing alone at the start of a range, whose month and year come from the other
   * end: "1st" in "between 1st and 30th September 2025", "20" in "20–29 October 2010".
   * Returns the bare date and the index of the connecting word or dash.
   */
  parseBareDayBeforeRange(index: number): Parsed<RawDate> | null {
    // "Monday 3rd – Friday 7th March 2025": the weekday of a bare day is kept for checking.
    const weekday = this.parseWeekday(index);
    let dayAt = weekday ? weekday.next : index;
    if (this.isWord(dayAt, 'the')) dayAt++;
    const day = this.parseDay(dayAt);
    if (!day) return null;
    const connector = day.next;
    if (!this.joinsRange(connector, index)) return null;
    // "between 1 and 5pm on 3 March" is about hours, not days.
    if (this.parseTime(connector + 1)) return null;
    const other = this.parseDate(connector + 1);
    if (!other || other.value.month === null || other.value.day === null || other.value.precision !== 'day' || other.value.anchor) return null;
    return {
      value: {
        type: 'raw-date',
        start: this.at(index)!.start,
        end: this.at(day.next - 1)!.end,
        day: day.value,
        month: null,
        year: null,
        precision: 'day',
        weekday: weekday?.value.name ?? null,
        weekdayStart: weekday?.value.start,
        weekdayEnd: weekday?.value.end,
        time: null,
        anchor: null,
        form: other.value.form,
        bare: true,
      },
      next: connector,
    };
  }

  /**
   * Whether the token at `connector` joins the two ends of a range that starts at `start`:
   * a dash, "to", "until", "till", "through", or "and" after "between" (the connectors of resolve.ts).
   */
  private joinsRange(connector: number, start: number): boolean {
    const token = this.at(connector);
    if (!token) return false;
    if (token.kind === 'punct' && DASH_CHARS.has(token.text)) return true;
    return this.isWord(connector, 'to', 'until', 'till', 'through') || this.isWord(connector, 'til') || (this.isWord(connector, 'and') && this.isWord(start - 1, 'between'));
  }

  /**
   * A month standing alone at the start of a range, whose year comes from the other end:
   * "January" in "between January and March 2024", "April" in "April – June 2025".
   */
  parseBareMonthBeforeRange(index: number): Parsed<RawDate> | null {
    const month = this.parseMonth(index, false);
    if (!month) return null;
    const connector = month.next;
    if (!this.joinsRange(connector, index)) return null;
    const other = this.parseDate(connector + 1);
    if (!other || other.value.anchor !== 'month-only') return null;
    const monthToken = this.at(index)!;
    return {
      value: {
        type: 'raw-date',
        start: monthToken.start,
        end: this.at(month.next - 1)!.end,
        day: 1,
        month: month.value,
        year: null,
        precision: 'month',
        weekday: null,
        time: null,
        anchor: 'month-only',
        form: 'words',
        bare: false,
      },
      next: connector,
    };
  }

  /**
   * Days listed before a full date that gives their month: "3, 10 and 17 March 2025",
   * "the 2nd and 3rd of March", "Monday 3 and Tuesday 4 March". Returns the listed days;
   * the full date at the end is left for the scan to read as usual.
   */
  parseDayList(index: number): Parsed<RawDate[]> | null {
    // Not from the middle of a list of numbers that did not start as days ("paragraphs 3, 4 and 5").
    if ((this.isPunct(index - 1, ',', '&') || this.isWord(index - 1, 'and')) && this.at(index - 2)?.kind === 'num') return null;
    const days: RawDate[] = [];
    let position = index;
    for (;;) {
      const weekday = this.parseWeekday(position);
      let dayAt = weekday ? weekday.next : position;
      if (this.isWord(dayAt, 'the')) dayAt++;
      const token = this.at(dayAt);
      if (!token || token.kind !== 'num') return null;
      const day = this.parseDay(dayAt);
      if (!day) return null;
      days.push({
        type: 'raw-date',
        start: this.at(position)!.start,
        end: this.at(day.next - 1)!.end,
        day: day.value,
        month: null,
        year: null,
        precision: 'day',
        weekday: weekday?.value.name ?? null,
        weekdayStart: weekday?.value.start,
        weekdayEnd: weekday?.value.end,
        time: null,
        anchor: null,
        form: 'words',
        bare: false,
        list: true,
      });
      // The separator: ",", "and", "&", ", and".
      let next = day.next;
      const comma = this.isPunct(next, ',');
      if (comma) next++;
      const and = this.isWord(next, 'and') || this.isPunct(next, '&');
      if (and) next++;
      if (!comma && !and) return null;
      if (this.parseTime(next)) return null; // "between 1 and 5pm on 3 March" lists hours, not days
      const last = this.parseDate(next);
      if (last) {
        const date = last.value;
        if (date.month === null || date.day === null || date.precision !== 'day' || date.anchor !== null || date.form !== 'words') return null;
        return { value: days, next };
      }
      position = next;
      if (days.length > 31) return null;
    }
  }

  // ── Financial years ────────────────────────────────────────────────────────

  /** "2024/25", "2023-24", "2024-2025", "2024/2025": the second year must follow the first. */
  parseFinancialYear(index: number): Parsed<RawFinancialYear> | null {
    const first = this.at(index);
    const separator = this.at(index + 1);
    const second = this.at(index + 2);
    if (!first || !separator || !second) return null;
    if (first.kind !== 'num' || first.ordinal || first.text.length !== 4) return null;
    if (separator.kind !== 'punct' || !['/', '-', '–'].includes(separator.text) || separator.spaceBefore) return null;
    if (second.kind !== 'num' || second.ordinal || second.spaceBefore) return null;
    if (this.attached(index) && this.at(index - 1)!.kind !== 'punct') return null;
    const after = this.at(index + 3);
    if (after && !after.spaceBefore && NUMERIC_SEPARATORS.has(after.text) && this.at(index + 4)?.kind === 'num') return null;
    const startYear = first.value;
    if (startYear < 1900 || startYear > 2098) return null;
    const follows =
      second.text.length === 2 ? second.value === (startYear + 1) % 100 : second.text.length === 4 && second.value === startYear + 1;
    if (!follows) return null;
    return { value: { type: 'raw-financial-year', start: first.start, end: second.end, startYear }, next: index + 3 };
  }

  // ── Durations ──────────────────────────────────────────────────────────────

  private parseQualifier(index: number): Parsed<DurationQualifier> | null {
    // Most tokens start no qualifier: one look-up instead of trying all eighteen.
    const first = this.tokens[index];
    if (first === undefined || first.kind !== 'word' || !QUALIFIER_STARTS.has(first.lower)) return null;
    for (const [words, qualifier] of QUALIFIERS) {
      let matches = true;
      for (let offset = 0; offset < words.length && matches; offset++) matches = this.isWord(index + offset, words[offset]!);
      if (matches) return { value: qualifier, next: index + words.length };
    }
    return null;
  }

  /** "12", "six", "twenty-eight", "twenty eight", "a"/"an" (the caller decides whether "a" may count). */
  private parseAmount(index: number): Parsed<{ value: number; article: boolean }> | null {
    const token = this.at(index);
    if (!token) return null;
    if (token.kind === 'num') {
      if (token.ordinal || token.text.length > 4 || token.value === 0) return null;
      if (this.numberInOtherContext(index)) return null;
      return { value: { value: token.value, article: false }, next: index + 1 };
    }
    if (token.kind !== 'word') return null;
    if (token.lower === 'a' || token.lower === 'an') return { value: { value: 1, article: true }, next: index + 1 };
    const value = numberWord(token.lower);
    if (value === undefined) return null;
    if (isTensWord(token.lower)) {
      // "twenty-eight" or "twenty eight"
      let unitAt = index + 1;
      if (this.isPunct(unitAt, '-', '‐') && this.attached(unitAt)) unitAt++;
      const unitToken = this.at(unitAt);
      const unit = unitToken?.kind === 'word' ? numberWord(unitToken.lower) : undefined;
      if (unit !== undefined && unit < 10) return { value: { value: value + unit, article: false }, next: unitAt + 1 };
    }
    return { value: { value, article: false }, next: index + 1 };
  }

  parseDuration(index: number): Parsed<RawDuration> | null {
    let position = index;
    const qualifier = this.parseQualifier(position);
    if (qualifier) position = qualifier.next;
    const amount = this.parseAmount(position);
    if (!amount) return null;
    position = amount.next;

    // "6-8 weeks", "six to eight weeks", "two or three months": a range of lengths. `amount`
    // keeps the shorter, which is all a reader can count on; `amountTo` the longer.
    let amountTo: number | null = null;
    let spanStart = index;
    if (!amount.value.article) {
      const joiner = this.at(position);
      const amountStart = qualifier ? qualifier.next : index;
      const between = !qualifier && this.isWord(amountStart - 1, 'between') && this.isWord(position, 'and');
      const joins = between || (joiner !== undefined && ((joiner.kind === 'punct' && DASH_CHARS.has(joiner.text)) || this.isWord(position, 'to', 'or')));
      const second = joins ? this.parseAmount(position + 1) : null;
      if (second && !second.value.article && second.value.value > amount.value.value) {
        amountTo = second.value.value;
        position = second.next;
        if (between) spanStart = amountStart - 1;
      }
    }

    let hyphenated = false;
    if (this.isPunct(position, '-', '‐', '‑') && this.attached(position) && this.at(position + 1) && !this.at(position + 1)!.spaceBefore) {
      hyphenated = true;
      position++;
    }
    let working = false;
    let clear = false;
    if (this.at(position)?.kind === 'word' && DAY_KINDS.has(this.at(position)!.lower)) {
      const kind = this.at(position)!.lower;
      working = kind === 'working' || kind === 'business';
      clear = kind === 'clear';
      position++;
    }
    const unitToken = this.at(position);
    if (!unitToken || unitToken.kind !== 'word') return null;
    let unitWord = unitToken.lower;
    let possessive = false;
    if (unitWord.endsWith("'s")) {
      unitWord = unitWord.slice(0, -2);
      possessive = true;
    }
    const unit = DURATION_UNITS.get(unitWord);
    if (!unit) return null;
    if ((working || clear) && unit.unit !== 'day') return null;
    position++;
    if (!possessive && this.isPunct(position, "'", '’') && this.attached(position)) {
      possessive = true;
      position++;
    }
    const end = this.at(position - 1)!.end;
    // The word right after ("notice", "consultation", "call" in "3-day call-in"), not across punctuation.
    const nextWordToken = this.at(position)?.kind === 'word' ? this.at(position)! : undefined;
    const nextWord = nextWordToken ? nextWordToken.lower : null;
    if (nextWord === 'notice') possessive = true;

    const article = amount.value.article;
    // "a week" in "twice a week" is a rate, not a duration: "a"/"an" counts only in clear cases.
    if (article && !(unitWord.startsWith('fortnight') || possessive || qualifier || hyphenated)) return null;
    // "one days" or "a weeks" is not English; but "12 week consultation" is a common adjective.
    if (article && unit.plural) return null;
    // Ages ("aged 65 years", "18 years old") are not durations anyone acts within.
    if (unit.unit === 'year' && this.isWord(position, 'old')) return null;

    const total = amount.value.value * unit.multiplier;
    const adjectival = hyphenated || (!unit.plural && total !== 1 && !possessive && !unitWord.startsWith('fortnight'));
    const days = unit.unit === 'day' ? total : unit.unit === 'week' ? total * 7 : null;
    const months = unit.unit === 'month' ? total : unit.unit === 'year' ? total * 12 : null;
    return {
      value: {
        type: 'raw-duration',
        start: this.at(spanStart)!.start,
        end,
        duration: {
          amount: total,
          unit: unit.unit,
          days,
          months,
          qualifier: qualifier?.value ?? null,
          possessive,
          adjectival,
          working,
          clear,
          nextWord,
          ...(amountTo !== null ? { amountTo: amountTo * unit.multiplier } : {}),
        },
      },
      next: position,
    };
  }

  // ── The scan ───────────────────────────────────────────────────────────────

  /** Every date, financial year and duration in the tokens, left to right, without overlaps. */
  scan(): RawItem[] {
    const items: RawItem[] = [];
    let index = 0;
    while (index < this.tokens.length) {
      const token = this.tokens[index]!;
      // Most tokens cannot start anything: skip them without trying every rule.
      if (token.kind === 'punct' || (token.kind === 'word' && !DATE_STARTERS.has(token.lower) && !DURATION_STARTERS.has(token.lower))) {
        index++;
        continue;
      }
      const date = this.parseDate(index);
      if (date) {
        items.push(date.value);
        index = date.next;
        continue;
      }
      const financialYear = this.parseFinancialYear(index);
      if (financialYear) {
        items.push(financialYear.value);
        index = financialYear.next;
        continue;
      }
      const duration = this.parseDuration(index);
      if (duration) {
        items.push(duration.value);
        index = duration.next;
        continue;
      }
      const bare = this.parseBareDayBeforeRange(index) ?? this.parseBareMonthBeforeRange(index);
      if (bare) {
        items.push(bare.value);
        index = bare.next;
        continue;
      }
      const list = this.parseDayList(index);
      if (list) {
        for (const day of list.value) items.push(day);
        index = list.next;
        continue;
      }
      index++;
    }
    return items;
  }
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
