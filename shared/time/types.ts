/**
 * What `findTimeExpressions` finds: dates, date ranges, durations, financial years and
 * impossible dates, each with its exact place in the whole text.
 *
 * STABILITY: rules are written against these types while the grammar grows, so changes
 * here are additive only (new optional fields, new members of a union). Each change is
 * listed in the change log below so nobody has to diff the file.
 *
 * Change log
 * - v1 (first commit): TimeExpression = DateExpression | RangeExpression | DurationExpression
 *   | FinancialYearExpression | InvalidDateExpression.
 * - v1.1: documentation only. A month-only date at the end of a range is the month's last day.
 * - v1.2: listed days ("3, 10 and 17 March 2025") are read as separate dates; their
 *   `yearSource` is `range` when the list's last date states the year.
 * - v1.3: "the end of the month", "the end of next month" and "the end of the year" are read
 *   as `end-of-month` dates counted from the reference date (`yearSource: 'reference'`).
 *   "until March 2027" closes on 31 March 2027 (was 1 March).
 * - v1.4: a numeric date written month first ("12/25/2025") is an `invalid-date` whose `day`
 *   and `month` hold its likely meaning (25 December) and whose `reason` says so.
 * - v1.5: a range of lengths ("6-8 weeks", "two or three months") is one duration whose
 *   `amount` (and `days`/`months`) is the shorter length and whose new `amountTo` is the
 *   longer. Before, only "8 weeks" was read.
 * - v1.6: no type changes. Labelled fields ("Opened 2 June 2025 / Closes 25 August 2025",
 *   "Closes: … Opened: …") and table rows under an opening and a closing column are
 *   `opens-closes` ranges; when the closing field is written first, `from` comes after `to`
 *   in the text (both still lie inside the range's span).
 *
 * Conventions
 * - `start`/`end` are UTF-16 offsets into the whole linted text, end exclusive; `text` is
 *   exactly `wholeText.slice(start, end)`.
 * - Every `Date` is midnight UTC of a calendar day. Times of day never move the day: they
 *   are kept as text in `time` only.
 * - Numeric dates are always read day first ("03/02/2025" is 3 February 2025).
 * - Months are calendar months and are never turned into a number of days (a duration in
 *   months has `days: null`); use `addCalendarMonths` from calendar.ts to add them.
 * - The top-level list has no overlaps: the two ends of a range live inside the range
 *   (`from`, `to`) and are not repeated as separate dates. Use `datesIn()` from
 *   calendar.ts to walk every date, inside ranges or not.
 */

export type WeekdayName = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** Offsets shared by every expression. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A weekday written next to a date ("Friday 14 February 2025", "Fri 28 May 2021"). */
export interface StatedWeekday {
  /** The weekday the writer gave, or null when no weekday was written. */
  stated: WeekdayName | null;
  /** The weekday the resolved date really falls on. */
  actual: WeekdayName;
  /** null when no weekday was written; otherwise whether stated === actual. */
  matches: boolean | null;
  /** Offsets of the written weekday word, when there is one. */
  start?: number;
  end?: number;
}

/**
 * How the year of a date was decided.
 * - `stated`: written in the date itself.
 * - `range`: taken from the other end of the same range ("between 1st and 30th September 2025"),
 *   or from the last date of a list ("3" and "10" in "3, 10 and 17 March 2025").
 * - `rolled`: taken from the other end of the range, then moved a year so the range runs
 *   forwards ("from 5 December, closing on 8 January 2023" → 5 December 2022).
 * - `weekday`: the year next to the reference date in which the written weekday fits.
 * - `reference`: the occurrence of that day and month nearest the reference date.
 */
export type YearSource = 'stated' | 'range' | 'rolled' | 'weekday' | 'reference';

/**
 * When the date stands for a vaguer phrase, what it was.
 * - `end-of-month`: "end of March", "the end of December 2017" → last day of that month;
 *   "the end of the month" / "of next month" → last day of the reference date's month (or the
 *   next); "the end of the year" → 31 December of the reference date's year.
 * - `end-of-financial-year`: "the end of the financial year" → 31 March.
 * - `week-commencing`: "week commencing 16 January 2023" → that day (normally a Monday).
 * - `month-only`: "October 2023" → 1 October 2023 (precision is the month); as the end of a
 *   range ("from April 2025 to March 2026") or after "until" it is the last day of that month.
 */
export type DateAnchor = 'end-of-month' | 'end-of-financial-year' | 'week-commencing' | 'month-only';

export interface DateExpression extends Span {
  kind: 'date';
  /** Midnight UTC of the calendar day. */
  date: Date;
  /** `YYYY-MM-DD`. */
  iso: string;
  /** false when the year was inferred (see `yearSource`). */
  yearStated: boolean;
  yearSource: YearSource;
  weekday: StatedWeekday;
  /**
   * Time of day written with the date, as 24-hour `HH:MM` ("5pm" → "17:00", "11:59pm" →
   * "23:59"). "midnight" is "24:00": the end of that day, so the day counted does not change.
   * null when no time is written.
   */
  time: string | null;
  /** true when the date stands for a vaguer phrase (see `anchor`). */
  approximate: boolean;
  anchor: DateAnchor | null;
  /** `month` when only a month was written ("October 2023"), else `day`. */
  precision: 'day' | 'month';
  /** How it was written: words ("1 March 2025") or numbers ("01/03/2025"). */
  form: 'words' | 'numeric';
}

/**
 * The cue that joined two dates into a range, or introduced a close with no start.
 * - `from-to`: "from 7 November 2023 to 22 December 2023", "from 5 December, closing on 8 January".
 * - `between`: "between 1st and 30th September 2025".
 * - `dash`: "11.8.2011-6.10.2011", "20 September – 29 October 2010".
 * - `arrow`: "22 November 2021 → 31 January 2022".
 * - `opens-closes`: "opens on … and closes on …", "Start date … End date …", labelled fields in
 *   either order ("Closes: 25 August 2025 / Opened: 2 June 2025"), and a table row's cells under
 *   "Open date | Close date" (either column first). `from` is always the opening date.
 * - `commencing-ending`: "commencing on 14th April 2015 and ending on 7th July 2015".
 * - `until`: "runs until Sunday 11 December", "open until …" (a close with no start: `from` is null).
 */
export type RangeCue = 'from-to' | 'between' | 'dash' | 'arrow' | 'opens-closes' | 'commencing-ending' | 'until';

export interface RangeExpression extends Span {
  kind: 'range';
  /** null only for `until` ranges, which state a close and no start. */
  from: DateExpression | null;
  to: DateExpression;
  cue: RangeCue;
  /** true when `to` falls before `from` even after year inference. Never thrown, only marked. */
  reversed: boolean;
  /** Calendar days from `from` to `to` (to − from, not counting both ends); null when `from` is null. */
  days: number | null;
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Words that bound a duration.
 * - `at-least` ("at least six weeks"), `not-less-than` ("not less than 4 weeks"),
 *   `minimum` ("a minimum of 21 days", "minimum 12 weeks"): a floor.
 * - `within` ("within 14 days"), `up-to` ("up to 28 days"), `no-more-than` ("no more than",
 *   "not more than", "a maximum of"): a ceiling.
 * - `about` ("about", "around", "approximately"): a rough figure.
 */
export type DurationQualifier = 'at-least' | 'not-less-than' | 'minimum' | 'within' | 'up-to' | 'no-more-than' | 'about';

export interface DurationExpression extends Span {
  kind: 'duration';
  /** The number as written ("six" → 6, "a fortnight" → 2 weeks, "one month's" → 1). */
  amount: number;
  unit: DurationUnit;
  /** Length in days for days and weeks; null for months and years (calendar, never converted). */
  days: number | null;
  /** Length in calendar months for months and years (a year is 12); null for days and weeks. */
  months: number | null;
  qualifier: DurationQualifier | null;
  /** "three months' notice", "28 days notice" (apostrophe missing but clearly possessive). */
  possessive: boolean;
  /** "12-week consultation", "six-month notice period", "a 12 week consultation". */
  adjectival: boolean;
  /** "working days" / "business days": days are not calendar days. */
  working: boolean;
  /** "28 clear days": statutory counting that excludes both ends. */
  clear: boolean;
  /** The next word after the duration, lower case ("notice", "consultation", "period"), or null. */
  nextWord: string | null;
  /**
   * For a range of lengths ("6-8 weeks", "two or three months"), the longer one, in the same
   * unit as `amount`. `amount`, `days` and `months` then describe the shorter length, the only
   * one a reader can count on. Absent for a single length. (v1.5)
   */
  amountTo?: number;
}

/**
 * A UK financial year, "2024/25", "2023-24", "2024-2025", "the 2012/13 financial year":
 * 1 April to 31 March. Kept apart from ranges on purpose: "2023/24 budget" names a budget
 * year, not a period anyone is asked to act within, so rules looking for consultation
 * periods or notice dates do not see it unless they ask for it.
 */
export interface FinancialYearExpression extends Span {
  kind: 'financial-year';
  startYear: number;
  /** 1 April of `startYear`. */
  from: Date;
  /** 31 March of the next year. */
  to: Date;
}

/**
 * Something written as a date that no calendar has: "31 February 2025", "30/02/2025",
 * "29 February 2023". Never thrown; the `date-weekday` rule reports it.
 */
export interface InvalidDateExpression extends Span {
  kind: 'invalid-date';
  day: number;
  month: MonthNumber;
  /** null when no year was written (then `reason` is about every year, e.g. "30 February"). */
  year: number | null;
  /** Plain English, e.g. "February 2025 has 28 days". */
  reason: string;
  /** The weekday written with it, if any. */
  statedWeekday: WeekdayName | null;
}

export type TimeExpression =
  | DateExpression
  | RangeExpression
  | DurationExpression
  | FinancialYearExpression
  | InvalidDateExpression;
