/**
 * The vocabulary of the time grammar: month and weekday names with their usual
 * abbreviations, number words, and duration units. Lists of words are facts, so they are
 * kept here as plain data.
 */
import type { DurationUnit, WeekdayName } from './types.ts';

/** Month number (1–12) by lower-case name or abbreviation. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

export const WEEKDAY_WORDS: ReadonlyMap<string, WeekdayName> = new Map([
  ['monday', 'Monday'], ['mon', 'Monday'],
  ['tuesday', 'Tuesday'], ['tue', 'Tuesday'], ['tues', 'Tuesday'],
  ['wednesday', 'Wednesday'], ['wed', 'Wednesday'], ['weds', 'Wednesday'],
  ['thursday', 'Thursday'], ['thu', 'Thursday'], ['thur', 'Thursday'], ['thurs', 'Thursday'],
  ['friday', 'Friday'], ['fri', 'Friday'],
  ['saturday', 'Saturday'], ['sat', 'Saturday'],
  ['sunday', 'Sunday'], ['sun', 'Sunday'],
]);

/** Abbreviated weekdays are also English words ("sun", "sat", "wed"): they need a capital. */
export function isAbbreviation(lower: string): boolean {
  return lower.length <= 5 && !lower.endsWith('day');
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The value of a single number word ("six", "twenty"), or undefined. */
export function numberWord(lower: string): number | undefined {
  return UNITS[lower] ?? TENS[lower];
}

export function isTensWord(lower: string): boolean {
  return lower in TENS;
}

/** Duration unit by lower-case word, with how many of that unit one word stands for. */
export const DURATION_UNITS: ReadonlyMap<string, { unit: DurationUnit; multiplier: number; plural: boolean }> = new Map([
  ['day', { unit: 'day', multiplier: 1, plural: false }],
  ['days', { unit: 'day', multiplier: 1, plural: true }],
  ['week', { unit: 'week', multiplier: 1, plural: false }],
  ['weeks', { unit: 'week', multiplier: 1, plural: true }],
  // Note-taking short forms: "3 wks only", "6 mths".
  ['wk', { unit: 'week', multiplier: 1, plural: false }],
  ['wks', { unit: 'week', multiplier: 1, plural: true }],
  ['fortnight', { unit: 'week', multiplier: 2, plural: false }],
  ['fortnights', { unit: 'week', multiplier: 2, plural: true }],
  ['month', { unit: 'month', multiplier: 1, plural: false }],
  ['months', { unit: 'month', multiplier: 1, plural: true }],
  ['mth', { unit: 'month', multiplier: 1, plural: false }],
  ['mths', { unit: 'month', multiplier: 1, plural: true }],
  ['year', { unit: 'year', multiplier: 1, plural: false }],
  ['years', { unit: 'year', multiplier: 1, plural: true }],
]);

/** Words that make days something other than plain calendar days. */
export const DAY_KINDS: ReadonlySet<string> = new Set(['working', 'business', 'clear', 'calendar']);

/** Ordinal words for days of the month: "the first of April", "the twenty-first of March". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);
