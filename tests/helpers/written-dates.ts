/**
 * Dates written as councils write them, for property tests that build passages from dates they
 * chose (tests/timescale/*-generative.test.ts). Days are whole days since 1970-01-01 (UTC), so
 * adding a number of days is plain arithmetic and the oracle does not use shared/time.
 */
export const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The number of ways `written` has of writing a date. */
export const WRITTEN_STYLES = 5;

export const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const parts = (day: number) => {
  const date = new Date(day * DAY_MS);
  return { d: date.getUTCDate(), m: date.getUTCMonth() + 1, y: date.getUTCFullYear(), w: date.getUTCDay() };
};
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date as councils write it: words, with a weekday, day-first numbers, an ordinal, or a short month. */
export function written(day: number, style: number): string {
  const { d, m, y, w } = parts(day);
  switch (style % WRITTEN_STYLES) {
    case 0:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 1:
      return `${WEEKDAYS[w]} ${d} ${MONTHS[m - 1]} ${y}`;
    case 2:
      return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    case 3:
      return `${ordinal(d)} ${MONTHS[m - 1]} ${y}`;
    default:
      return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
  }
}
