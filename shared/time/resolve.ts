/**
 * From what the grammar read to calendar facts: pairs neighbouring dates into ranges when
 * the words between them say so, infers missing years, checks that each date exists, and
 * builds the `TimeExpression` objects the rules use.
 *
 * Year inference, in order:
 * 1. a year written in the date wins;
 * 2. in a range, a missing year comes from the other end, moved by a year when that is
 *    the only way the range can run forwards ("from 5 December, closing on 8 January 2023");
 * 3. otherwise the occurrence nearest the reference date, unless a written weekday fits
 *    only the year before or after, in which case the weekday decides.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  daysInMonth,
  isRealDate,
  MONTH_NAMES,
  toIso,
  utcDate,
  weekdayOf,
} from './calendar.ts';
import type { RawDate, RawItem } from './grammar.ts';
import type { TableRow } from './table.ts';
import type {
  DateExpression,
  InvalidDateExpression,
  MonthNumber,
  RangeCue,
  RangeExpression,
  TimeExpression,
  YearSource,
} from './types.ts';

/** Words just before the first date that mark it as the start of a period. */
const OPENING_LEAD = /\b(?:from|between|commenc\w*|start\w*|begin\w*|open\w*|launch\w*|run\w*\s+from)(?:\s+on)?\s*:?\s*$/i;
const COMMENCING_LEAD = /\bcommenc\w*(?:\s+on)?\s*:?\s*$/i;
const FROM_LEAD = /\bfrom\s*$/i;
const BETWEEN_LEAD = /\bbetween\s*$/i;
const START_DATE_LEAD = /\b(?:start|opening|open|launch)\s+date\s*:?\s*$/i;
const UNTIL_LEAD = /\b(?:until|till|up\s+to\s+and\s+including)\s*$/i;

const ARROW_GAP = /^\s*(?:→|->|=>|⇒|➔|⟶)\s*$/;
const DASH_GAP = /^\s*[-–—‐]\s*$/;
const TO_GAP = /^\s*(?:to|until|till|til|through)\s*$/i;
const AND_GAP = /^\s*and\s*$/i;
/** ", closing on", "and closes at", "and will close on", "and ending on", "and the consultation ends on"… */
const CLOSING_GAP =
  /^[\s,;]*(?:and\s+|but\s+|then\s+)?(?:(?:it|this|the\s+(?:consultation|survey|scheme|period|programme|engagement|exercise|window))\s+)?(?:will\s+|is\s+(?:due|expected|scheduled|planned)\s+to\s+|shall\s+|would\s+)?(?:close[sd]?|closing|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|run(?:s|ning)?\s+(?:until|till|to)|conclud(?:es|ed|ing))(?:\s+(?:on|at|by))?\s*:?\s*$/i;
const END_DATE_GAP = /^[\s,;/|]*(?:end|closing|close|finish)\s+date\s*:?\s*$/i;

/**
 * Labelled fields: "Opened 2 June 2025 / Closes 25 August 2025", "Closes: 25 August 2025
 * Opened: 2 June 2025", "Opening date: … | Closing date: …", on one line or two. A label names
 * the date right after it (optionally with "on" and a colon) and starts a field: it stands at the
 * start of the text or a line, or after a separator ("/", "|", ";", ",", a dash, a full stop,
 * a tab or a run of spaces).
 */
const OPEN_LABEL_WORDS =
  '(?:(?:consultation|survey|engagement)\\s+)?(?:date\\s+opened|open(?:s|ed)?|opening(?:\\s+date)?|open\\s+date|start(?:s|ed|ing)?(?:\\s+date)?|launch(?:es|ed)?(?:\\s+date)?|begins?|began|commenc(?:es|ed|ing)?(?:\\s+date)?)';
const CLOSE_LABEL_WORDS =
  '(?:(?:consultation|survey|engagement)\\s+)?(?:date\\s+closed|close[sd]?|closing(?:\\s+date)?|close\\s+date|end(?:s|ed)?(?:\\s+date)?|ending|finish(?:es|ed)?(?:\\s+date)?|deadline)(?:\\s+for\\s+(?:responses|comments|views|submissions|representations))?';
const FIELD_START = '(?:^|[\\n\\r\\t|/;,.–—-]\\s*|\\s{2,})';
const LABEL_END = '(?:\\s+(?:on|at|by))?\\s*:?\\s*$';
const OPEN_FIELD_LEAD = new RegExp(`${FIELD_START}${OPEN_LABEL_WORDS}${LABEL_END}`, 'i');
const CLOSE_FIELD_LEAD = new RegExp(`${FIELD_START}${CLOSE_LABEL_WORDS}${LABEL_END}`, 'i');
/** Between two fields: a separator or plain space, then the second field's label. */
const FIELD_GAP = '^[ \\t]*(?:[|/;,.–—-]|\\r?\\n)?\\s*';
const CLOSE_FIELD_GAP = new RegExp(`${FIELD_GAP}${CLOSE_LABEL_WORDS}${LABEL_END}`, 'i');
const OPEN_FIELD_GAP = new RegExp(`${FIELD_GAP}${OPEN_LABEL_WORDS}${LABEL_END}`, 'i');

/**
 * Two neighbouring dates that are labelled fields of one period: `forward` when the opening
 * field comes first, `backward` when the closing one does ("Closes: 25 August 2025 Opened:
 * 2 June 2025"). Fields may sit on two lines, not across a blank line.
 */
function labelledFields(context: ParagraphContext, first: RawDate, second: RawDate): 'forward' | 'backward' | null {
  if (first.relativeMonths !== undefined || second.relativeMonths !== undefined || first.relativeYear || second.relativeYear) return null;
  const gap = context.text.slice(first.end, second.start);
  if (gap.length > 60 || /\n[ \t]*\r?\n/.test(gap)) return null;
  const lead = context.text.slice(Math.max(0, first.start - 40), first.start);
  // A lead cut off at 40 characters starts mid-text: only a whole lead may start at "^".
  const wholeLead = first.start <= 40;
  const startsField = (pattern: RegExp) => {
    const match = pattern.exec(lead);
    return match !== null && (match.index > 0 || wholeLead || /^[\n\r\t|/;,.–—-]|^\s{2}/.test(match[0]));
  };
  if (CLOSE_FIELD_GAP.test(gap) && startsField(OPEN_FIELD_LEAD)) return 'forward';
  if (OPEN_FIELD_GAP.test(gap) && startsField(CLOSE_FIELD_LEAD)) return 'backward';
  return null;
}

export interface ParagraphContext {
  /** The paragraph's text. */
  text: string;
  /** Offset of the paragraph in the whole text. */
  base: number;
  reference: Date;
  /** Table rows in the paragraph whose opening and closing cells make a period (table.ts). */
  tableRows?: readonly TableRow[];
}

/** Which cue, if any, joins two neighbouring dates into one range. */
function rangeCue(context: ParagraphContext, first: RawDate, second: RawDate): RangeCue | null {
  // "the end of the month" is counted from the reference date, never from a neighbour.
  if (first.relativeMonths !== undefined || second.relativeMonths !== undefined || first.relativeYear || second.relativeYear) return null;
  const gap = context.text.slice(first.end, second.start);
  if (gap.length > 60) return null;
  // A line break between the two ends is a list or a table, unless a word joins them: text from
  // a PDF or an email wraps "ran from Monday 27 October to\n      Friday 24 November 2025".
  if (gap.includes('\n') && (/\n[ \t]*\r?\n/.test(gap) || !(TO_GAP.test(gap) || AND_GAP.test(gap)))) return null;
  const lead = context.text.slice(Math.max(0, first.start - 40), first.start);
  if (ARROW_GAP.test(gap)) return 'arrow';
  if (DASH_GAP.test(gap)) return FROM_LEAD.test(lead) ? 'from-to' : 'dash';
  if (TO_GAP.test(gap)) return BETWEEN_LEAD.test(lead) ? 'between' : 'from-to';
  if (AND_GAP.test(gap)) return BETWEEN_LEAD.test(lead) ? 'between' : null;
  if (END_DATE_GAP.test(gap)) return START_DATE_LEAD.test(lead) ? 'opens-closes' : null;
  if (CLOSING_GAP.test(gap)) {
    if (COMMENCING_LEAD.test(lead)) return 'commencing-ending';
    if (FROM_LEAD.test(lead)) return 'from-to';
    return 'opens-closes';
  }
  return null;
}

/** Day used when comparing dates within one year; the end of a month counts as its last day. */
function dayForCompare(raw: RawDate, year: number): number {
  if (raw.day !== null) return raw.day;
  return raw.month !== null ? daysInMonth(year, raw.month) : 1;
}

/** True when (month, day) of `a` comes after that of `b` in the same year. */
function laterInYear(a: RawDate, b: RawDate, year: number): boolean {
  const am = a.month ?? 1;
  const bm = b.month ?? 1;
  if (am !== bm) return am > bm;
  return dayForCompare(a, year) > dayForCompare(b, year);
}

/** The year of a date that stands alone, from the reference date (and the written weekday, if any). */
function yearForLoneDate(raw: RawDate, reference: Date): { year: number; source: YearSource } {
  if (raw.year !== null) return { year: raw.year, source: 'stated' };
  const referenceYear = reference.getUTCFullYear();
  if (raw.relativeYear) return { year: referenceYear, source: 'reference' };
  if (raw.relativeMonths !== undefined) {
    // The month is fixed here too: it is counted from the reference date's month.
    const target = addCalendarMonths(utcDate(referenceYear, reference.getUTCMonth() + 1, 1), raw.relativeMonths);
    raw.month = target.getUTCMonth() + 1;
    return { year: target.getUTCFullYear(), source: 'reference' };
  }
  if (raw.anchor === 'end-of-financial-year') {
    // The financial year the reference date falls in ends on the next 31 March.
    return { year: reference.getUTCMonth() >= 3 ? referenceYear + 1 : referenceYear, source: 'reference' };
  }
  const month = raw.month ?? 1;
  const candidates: { year: number; distance: number; weekdayFits: boolean }[] = [];
  for (const year of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const day = dayForCompare(raw, year);
    if (!isRealDate(year, month, day)) continue;
    const date = utcDate(year, month, day);
    candidates.push({
      year,
      distance: Math.abs(daysBetween(reference, date)),
      weekdayFits: raw.weekday !== null && weekdayOf(date) === raw.weekday,
    });
  }
  if (candidates.length === 0) return { year: referenceYear, source: 'reference' };
  candidates.sort((a, b) => a.distance - b.distance);
  const nearest = candidates[0]!;
  if (raw.weekday !== null && !nearest.weekdayFits) {
    const fitting = candidates.find((candidate) => candidate.weekdayFits);
    if (fitting) return { year: fitting.year, source: 'weekday' };
  }
  return { year: nearest.year, source: 'reference' };
}

function invalidReason(day: number, month: number, year: number | null): string {
  const monthName = MONTH_NAMES[month - 1]!;
  if (day < 1) return `there is no day ${day} in any month`;
  if (year === null) return `${monthName} never has ${day} days`;
  // The reason finishes "29 February 2023 does not exist: …", so it does not name the date again.
  if (month === 2 && day === 29) return `${year} is not a leap year`;
  return `${monthName} ${year} has only ${daysInMonth(year, month)} days`;
}

function buildDate(
  context: ParagraphContext,
  raw: RawDate,
  year: number,
  yearSource: YearSource,
): DateExpression | InvalidDateExpression {
  const month = raw.month ?? 1;
  const day = raw.anchor === 'end-of-month' && raw.day === null ? daysInMonth(year, month) : (raw.day ?? 1);
  const span = {
    start: context.base + raw.start,
    end: context.base + raw.end,
    text: context.text.slice(raw.start, raw.end),
  };
  if (raw.monthFirst) {
    const written = context.text.slice(raw.start, raw.end);
    const dayFirst = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    return {
      kind: 'invalid-date',
      ...span,
      day,
      month: month as MonthNumber,
      year,
      reason: `UK dates are read day first, and there is no month ${day}; if ${written} means ${day} ${MONTH_NAMES[month - 1]} ${year}, write ${dayFirst}`,
      statedWeekday: raw.weekday,
    };
  }
  if (!isRealDate(year, month, day)) {
    return {
      kind: 'invalid-date',
      ...span,
      day,
      month: month as MonthNumber,
      year: yearSource === 'stated' ? year : null,
      reason: invalidReason(day, month, yearSource === 'stated' || (month === 2 && day === 29) ? year : null),
      statedWeekday: raw.weekday,
    };
  }
  const date = utcDate(year, month, day);
  const actual = weekdayOf(date);
  return {
    kind: 'date',
    ...span,
    date,
    iso: toIso(date),
    yearStated: yearSource === 'stated',
    yearSource,
    weekday: {
      stated: raw.weekday,
      actual,
      matches: raw.weekday === null ? null : raw.weekday === actual,
      ...(raw.weekdayStart !== undefined ? { start: context.base + raw.weekdayStart, end: context.base + raw.weekdayEnd! } : {}),
    },
    time: raw.time,
    approximate: raw.anchor !== null,
    anchor: raw.anchor,
    precision: raw.precision,
    form: raw.form,
  };
}

/**
 * Moving one end by a year is only believable for a short period across New Year
 * ("5 December to 8 January"), or for a period of whole months of up to a year, as funding
 * and financial years run ("from 1st July until 31st March 2011", "1 April to 31 March
 * 2026"). "30 May to 11 May 2025" is neither: a slip, and it stays reversed.
 */
const LONGEST_ROLLED_RANGE_DAYS = 183;

function rollFits(first: RawDate, firstYear: number, second: RawDate, secondYear: number): boolean {
  const fromMonth = first.month ?? 1;
  const toMonth = second.month ?? 1;
  const from = utcDate(firstYear, fromMonth, Math.min(dayForCompare(first, firstYear), daysInMonth(firstYear, fromMonth)));
  // A month named alone at the end ("September to March 2026") runs to that month's end.
  const toDay = second.anchor === 'month-only' ? daysInMonth(secondYear, toMonth) : dayForCompare(second, secondYear);
  const to = utcDate(secondYear, toMonth, Math.min(toDay, daysInMonth(secondYear, toMonth)));
  const days = daysBetween(from, to);
  if (days <= LONGEST_ROLLED_RANGE_DAYS) return true;
  const wholeMonths = from.getUTCDate() === 1 && to.getUTCDate() === daysInMonth(secondYear, toMonth);
  return wholeMonths && days <= 365;
}

/** Years for both ends of a range, filling whichever is missing from the other. */
function rangeYears(
  first: RawDate,
  second: RawDate,
  reference: Date,
): [{ year: number; source: YearSource }, { year: number; source: YearSource }] {
  if (first.year !== null && second.year !== null) {
    return [
      { year: first.year, source: 'stated' },
      { year: second.year, source: 'stated' },
    ];
  }
  if (first.year === null && second.year !== null) {
    const rolled = laterInYear(first, second, second.year) && rollFits(first, second.year - 1, second, second.year);
    return [
      { year: rolled ? second.year - 1 : second.year, source: rolled ? 'rolled' : 'range' },
      { year: second.year, source: 'stated' },
    ];
  }
  const start = yearForLoneDate(first, reference);
  const rolled = laterInYear(first, second, start.year) && rollFits(first, start.year, second, start.year + 1);
  return [start, { year: rolled ? start.year + 1 : start.year, source: rolled ? 'rolled' : 'range' }];
}

/**
 * The range from `first` to `second`; with `backward`, `second` is the opening date and `first`
 * the closing one ("Closes: 25 August 2025 Opened: 2 June 2025"), and the range covers both
 * fields as written.
 */
function buildRange(
  context: ParagraphContext,
  written1: RawDate,
  written2: RawDate,
  cue: RangeCue,
  backward = false,
): TimeExpression[] {
  const [first, second] = backward ? [written2, written1] : [written1, written2];
  if (first.bare) {
    first.month = second.month;
    first.form = second.form;
  }
  const [startYear, endYear] = rangeYears(first, second, context.reference);
  // "from April 2025 to March 2026" runs to the end of March.
  if (second.anchor === 'month-only' && second.month !== null) second.day = daysInMonth(endYear.year, second.month);
  const from = buildDate(context, first, startYear.year, startYear.source);
  const to = buildDate(context, second, endYear.year, endYear.source);
  if (from.kind !== 'date' || to.kind !== 'date') return backward ? [to, from] : [from, to];
  // Take in a "from" or "between" written just before the first date.
  const lead = backward ? null : /\b(?:from|between)\s+$/i.exec(context.text.slice(Math.max(0, first.start - 12), first.start));
  const startInParagraph = lead ? written1.start - lead[0].length : written1.start;
  const days = daysBetween(from.date, to.date);
  return [
    {
      kind: 'range',
      start: context.base + startInParagraph,
      end: context.base + written2.end,
      text: context.text.slice(startInParagraph, written2.end),
      from,
      to,
      cue,
      reversed: days < 0,
      days,
    },
  ];
}

/** A close with no start: "open until 23:59 on 28 January 2024", "runs until Sunday 11 December". */
function untilRange(context: ParagraphContext, raw: RawDate, date: DateExpression): RangeExpression | null {
  const lead = UNTIL_LEAD.exec(context.text.slice(Math.max(0, raw.start - 30), raw.start));
  if (!lead) return null;
  const startInParagraph = raw.start - lead[0].length;
  return {
    kind: 'range',
    start: context.base + startInParagraph,
    end: date.end,
    text: context.text.slice(startInParagraph, raw.end),
    from: null,
    to: date,
    cue: 'until',
    reversed: false,
    days: null,
  };
}

/** Give listed days ("3, 10 and 17 March 2025") the month and year of the list's last date. */
function fillLists(items: readonly RawItem[], reference: Date): Map<RawDate, { year: number; source: YearSource }> {
  const years = new Map<RawDate, { year: number; source: YearSource }>();
  let pending: RawDate[] = [];
  for (const item of items) {
    if (item.type !== 'raw-date') {
      pending = [];
      continue;
    }
    if (item.list) {
      pending.push(item);
      continue;
    }
    if (pending.length > 0) {
      const last = yearForLoneDate(item, reference);
      for (const day of pending) {
        day.month = item.month;
        years.set(day, { year: last.year, source: item.year !== null ? 'range' : last.source });
      }
      pending = [];
    }
  }
  return years;
}

/**
 * The table rows' periods: for each row whose opening cell and closing cell each hold exactly
 * one date, and nothing else was read between the two, the index of the first of the two items
 * and whether the closing cell comes first.
 */
function tablePeriods(items: readonly RawItem[], rows: readonly TableRow[]): Map<number, boolean> {
  const periods = new Map<number, boolean>();
  const inside = (cell: { start: number; end: number }) => {
    const found: number[] = [];
    items.forEach((item, index) => {
      if (item.start >= cell.start && item.end <= cell.end) found.push(index);
    });
    return found;
  };
  for (const row of rows) {
    const open = inside(row.open);
    const close = inside(row.close);
    if (open.length !== 1 || close.length !== 1) continue;
    const [o, c] = [open[0]!, close[0]!];
    const dates = [items[o]!, items[c]!];
    if (Math.abs(o - c) !== 1 || dates.some((item) => item.type !== 'raw-date' || item.bare || item.list)) continue;
    periods.set(Math.min(o, c), c < o);
  }
  return periods;
}

export function resolveItems(items: readonly RawItem[], context: ParagraphContext): TimeExpression[] {
  const out: TimeExpression[] = [];
  const listYears = fillLists(items, context.reference);
  const periods = context.tableRows?.length ? tablePeriods(items, context.tableRows) : null;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const period = periods?.get(index);
    if (period !== undefined) {
      for (const range of buildRange(context, item as RawDate, items[index + 1] as RawDate, 'opens-closes', period)) out.push(range);
      index++;
      continue;
    }
    const span = (start: number, end: number) => ({
      start: context.base + start,
      end: context.base + end,
      text: context.text.slice(start, end),
    });
    if (item.type === 'raw-financial-year') {
      out.push({
        kind: 'financial-year',
        ...span(item.start, item.end),
        startYear: item.startYear,
        from: utcDate(item.startYear, 4, 1),
        to: addCalendarDays(utcDate(item.startYear + 1, 4, 1), -1),
      });
      continue;
    }
    if (item.type === 'raw-duration') {
      out.push({ kind: 'duration', ...span(item.start, item.end), ...item.duration });
      continue;
    }
    const next = items[index + 1];
    if (next?.type === 'raw-date' && !next.bare) {
      const cue = rangeCue(context, item, next);
      if (cue) {
        for (const range of buildRange(context, item, next, cue)) out.push(range);
        index++;
        continue;
      }
      const fields = !item.bare && !item.list && !next.list ? labelledFields(context, item, next) : null;
      if (fields) {
        for (const range of buildRange(context, item, next, 'opens-closes', fields === 'backward')) out.push(range);
        index++;
        continue;
      }
    }
    if (item.bare) continue; // a day whose partner turned out not to be a range end
    if (item.list && !listYears.has(item)) continue; // a list that never reached its full date
    const { year, source } = listYears.get(item) ?? yearForLoneDate(item, context.reference);
    // "until March 2027", like the end of a range, runs to the end of that month.
    if (item.anchor === 'month-only' && item.month !== null && UNTIL_LEAD.test(context.text.slice(Math.max(0, item.start - 30), item.start))) {
      item.day = daysInMonth(year, item.month);
    }
    const built = buildDate(context, item, year, source);
    out.push((built.kind === 'date' && untilRange(context, item, built)) || built);
  }
  return out;
}

/** The gap words that join two dates, exposed for tests and for rules that explain a range. */
export const RANGE_PATTERNS = { OPENING_LEAD, CLOSING_GAP };
