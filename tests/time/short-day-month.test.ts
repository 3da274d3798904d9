/**
 * A day and month with a slash and no year ("It runs out 31/3", "closes Fri 14/2"), as hurried
 * emails and notes write them. The same shape is a fraction, a minute number, a ratio or a year
 * span, so the grammar reads it only after a word that takes a date, a weekday, or as the
 * second end of a range in the same form (shared/time/grammar.ts, parseShortNumericDate).
 * Property-based: every generated date in a date-taking place resolves to the day it was
 * built from (the year nearest the reference date), and every generated look-alike reads as
 * no date at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { findTimeExpressionsInText } from '../../shared/time/index.ts';

const SEED = 20_261_203;
const LEAD_INS = ['It runs out', 'The grant ends', 'Funding stops on', 'The £8k grant stops', 'The lease finishes', 'Please reply by', 'Closes', 'Open until', 'The survey is open till', 'Due', 'It expires'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A reference date and a day within 150 days of it, so the nearest occurrence is that day. */
const dayNearReference = fc.record({
  reference: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
  offset: fc.integer({ min: -150, max: 150 }),
  padded: fc.boolean(),
});

const slashDate = (day: Date, padded: boolean) =>
  padded ? format(day, 'dd/MM') : `${day.getUTCDate()}/${day.getUTCMonth() + 1}`;

/** A date, or the closing end of "open until 31/3" (read as a range with no start): the day and the text for it. */
function daysRead(found: ReturnType<typeof findTimeExpressionsInText>): [string, string][] {
  return found.flatMap((expression): [string, string][] => {
    if (expression.kind === 'date') return [[expression.iso, expression.text]];
    if (expression.kind === 'range' && !expression.from) return [[expression.to.iso, expression.to.text]];
    return [];
  });
}

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

describe('a day and month with no year, where a date is expected', () => {
  it('after a word that takes a date, resolves to the day nearest the reference date (2,000 runs)', () => {
    fc.assert(
      fc.property(dayNearReference, fc.constantFrom(...LEAD_INS), ({ reference, offset, padded }, leadIn) => {
        const ref = utcDay(reference);
        const day = addDays(ref, offset);
        const written = slashDate(new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate())), padded);
        const text = `${leadIn} ${written} and that is final.`;
        expect(daysRead(findTimeExpressionsInText(text, ref))).toEqual([[format(day, 'yyyy-MM-dd'), written]]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('after a weekday, full or short, reads the weekday with it (1,000 runs)', () => {
    fc.assert(
      fc.property(dayNearReference, fc.boolean(), ({ reference, offset, padded }, short) => {
        const ref = utcDay(reference);
        const day = addDays(ref, offset);
        const weekday = (short ? SHORT_WEEKDAYS : WEEKDAYS)[day.getDay()]!;
        const written = `${weekday} ${slashDate(new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate())), padded)}`;
        expect(daysRead(findTimeExpressionsInText(`Comments to me ${written} please.`, ref))).toEqual([[format(day, 'yyyy-MM-dd'), written]]);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('as a range "from 1/4 – 31/3" in the same form', () => {
    for (const joiner of [' - ', ' – ', ' to ', ' until ']) {
      const found = findTimeExpressionsInText(`Cover runs from 1/10${joiner}31/12.`, new Date(Date.UTC(2026, 8, 1)));
      expect(found.map((expression) => expression.kind === 'range' && [expression.from?.iso, expression.to.iso])).toEqual([['2026-10-01', '2026-12-31']]);
    }
  });
});

describe('the same shape where it is not a date', () => {
  const pair = fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }));
  const contexts: ((a: number, b: number) => string)[] = [
    (a, b) => `Spending was cut by ${a}/${b} last year.`,
    (a, b) => `Numbers fell by ${a}/${b} over the winter.`,
    (a, b) => `About ${a}/${b} of members replied.`,
    (a, b) => `Minute ${a}/${b} was agreed.`,
    (a, b) => `The helpline is open ${a}/${b} for callers.`,
    (a, b) => `See item ${a}/${b} for the accounts.`,
    (a, b) => `DECISION MADE (CAB ${a}/${b} 3247)`,
    (a, b) => `No more than ${a}/${b}rd of the fund.`,
    (a, b) => `Reference ${a}/${b}/A was logged.`,
    (a, b) => `The score was ${a}/${b} on the panel.`,
  ];
  it('is not read as a date (fractions, minutes, ratios, references; 2,000 runs)', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(...contexts.keys()), ([a, b], which) => {
        const text = contexts[which]!(a, b);
        expect(findTimeExpressionsInText(text, new Date(Date.UTC(2026, 0, 15))).filter((expression) => expression.kind === 'date' || expression.kind === 'range')).toEqual([]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
