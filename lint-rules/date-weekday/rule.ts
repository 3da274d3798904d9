/**
 * date-weekday: dates people cannot trust. A weekday that does not match its date
 * ("Monday 14 February 2025": that day was a Friday), a date no calendar has
 * ("31 February 2025") and a range that ends before it starts. Any of these leaves a
 * respondent unsure which day a consultation closes or funding ends.
 */
import * as z from 'zod/mini';
import { defineRule, type Report } from '../../shared/engine/define-rule.ts';
import { datesIn, daysBetween, formatUkDate, MONTH_NAMES } from '../../shared/time/calendar.ts';
import type { DateExpression, InvalidDateExpression, RangeExpression, WeekdayName } from '../../shared/time/types.ts';

const options = z.strictObject({
  /** Check weekdays on dates written without a year (the year is then inferred). */
  yearlessDates: z._default(z.boolean(), true),
  /** Report ranges whose end falls before their start. */
  reversedRanges: z._default(z.boolean(), true),
});
type Options = z.infer<typeof options>;
type ReportFn = (report: Report) => void;

/** The weekday written the way the writer wrote theirs: "Fri" for "Mon", "FRIDAY" for "MONDAY". */
function inWritersStyle(actual: WeekdayName, written: string): string {
  const base = /day$/i.test(written) ? actual : actual.slice(0, 3);
  if (written === written.toUpperCase()) return base.toUpperCase();
  return base;
}

function yearNote(date: DateExpression): string {
  switch (date.yearSource) {
    case 'stated':
      return '';
    case 'range':
    case 'rolled':
      return ` (no year is written; ${date.date.getUTCFullYear()} is taken from the other end of the range)`;
    default:
      return ` (no year is written, and the weekday fits none of the years around the reference date; ${date.date.getUTCFullYear()} is assumed)`;
  }
}

function checkWeekday(date: DateExpression, text: string, report: ReportFn, opts: Options) {
  const { stated, actual, matches } = date.weekday;
  if (stated === null || matches !== false) return;
  if (!date.yearStated && !opts.yearlessDates) return;
  const day = formatUkDate(date.date);
  const written = date.weekday.start !== undefined ? text.slice(date.weekday.start, date.weekday.end) : stated;
  const corrected =
    date.weekday.start !== undefined
      ? text.slice(date.start, date.weekday.start) + inWritersStyle(actual, written) + text.slice(date.weekday.end, date.end)
      : undefined;
  report({
    start: date.start,
    end: date.end,
    message: `${day} falls on a ${actual}, not a ${stated}${yearNote(date)}. Correct the weekday or the date so readers know which day is meant.`,
    expected: corrected ? [corrected] : [],
    note: 'A weekday that contradicts its date makes people guess which of the two is right, and a closing date guessed wrongly can cost a response.',
    data: { problem: 'wrong-weekday', date: date.iso, statedWeekday: stated, actualWeekday: actual, yearStated: date.yearStated },
  });
}

function checkImpossible(invalid: InvalidDateExpression, report: ReportFn) {
  // Numeric dates are quoted as written: "12/25/2025", not a day and month it never had.
  const written = /^\d/.test(invalid.text) && /[/.-]/.test(invalid.text)
    ? invalid.text
    : `${invalid.day} ${MONTH_NAMES[invalid.month - 1]}${invalid.year !== null ? ` ${invalid.year}` : ''}`;
  report({
    start: invalid.start,
    end: invalid.end,
    message: `${written} does not exist: ${invalid.reason}. Check the date and write the day that is meant.`,
    note: 'An impossible date leaves readers to guess the real one; numeric dates are read day first, as is usual in the UK.',
    data: { problem: 'impossible-date', day: invalid.day, month: invalid.month, year: invalid.year, reason: invalid.reason },
  });
}

function checkReversed(range: RangeExpression, report: ReportFn) {
  if (!range.reversed || !range.from) return;
  const gap = -daysBetween(range.from.date, range.to.date);
  report({
    start: range.start,
    end: range.end,
    message: `This period ends before it starts: ${formatUkDate(range.to.date)} is ${gap} ${gap === 1 ? 'day' : 'days'} before ${formatUkDate(range.from.date)}. Check both dates.`,
    note: 'A period that runs backwards cannot be followed; one of the two dates is wrong.',
    data: { problem: 'reversed-range', from: range.from.iso, to: range.to.iso, days: -gap },
  });
}

const rule = defineRule<Options>({
  id: 'date-weekday',
  name: 'Dates',
  summary: 'Flags a weekday that does not match its date, a date that does not exist, and a period that ends before it starts.',
  commitment: 'accurate-dates',
  defaultSeverity: 'warning',
  options,
  examples: {
    flagged: [
      {
        text: 'The consultation closes at 5pm on Monday 14 February 2025.',
        actual: '5pm on Monday 14 February 2025',
        data: { problem: 'wrong-weekday', date: '2025-02-14', statedWeekday: 'Monday', actualWeekday: 'Friday' },
      },
      {
        text: 'Please send your response by 31 February 2025.',
        actual: '31 February 2025',
        data: { problem: 'impossible-date', day: 31, month: 2, year: 2025 },
      },
      {
        text: 'Responses are welcome from 30/02/2025.',
        data: { problem: 'impossible-date', day: 30, month: 2, year: 2025 },
      },
      {
        text: 'The consultation runs from 1 June 2025 to 3 March 2025.',
        actual: 'from 1 June 2025 to 3 March 2025',
        data: { problem: 'reversed-range', from: '2025-06-01', to: '2025-03-03' },
      },
      {
        text: 'Our budget survey opens on Wed 16 July 2024.',
        data: { problem: 'wrong-weekday', date: '2024-07-16', statedWeekday: 'Wednesday', actualWeekday: 'Tuesday' },
      },
    ],
    fine: [
      { text: 'The consultation closes at 5pm on Friday 14 February 2025.' },
      { text: 'Our first budget consultation ran from Tuesday 16 July 2024 to Sunday 1 September 2024.' },
      {
        text: 'The survey runs from 5 December, closing on 8 January 2023.',
      },
      { text: 'Grants of £12.50 per head were agreed under paragraph 13.1 on 29 February 2024.' },
      {
        text: 'The drop-in session is on Monday 3 March.',
        referenceDate: '2025-01-15',
      },
    ],
  },
  check({ facts, text, options: opts, report }) {
    const expressions = facts.timeExpressions;
    for (const date of datesIn(expressions)) checkWeekday(date, text, report, opts);
    for (const expression of expressions) {
      if (expression.kind === 'invalid-date') checkImpossible(expression, report);
      else if (expression.kind === 'range' && opts.reversedRanges) checkReversed(expression, report);
    }
  },
});

export default rule;
