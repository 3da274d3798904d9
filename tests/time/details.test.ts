/**
 * The details each expression carries beyond its kind and value: weekdays, times, how a
 * year was decided, duration qualifiers and forms, financial years, reasons for impossible
 * dates, and offsets into a whole multi-paragraph document.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../shared/engine/parse.ts';
import { findTimeExpressions, findTimeExpressionsInText } from '../../shared/time/index.ts';
import type {
  DateExpression,
  DurationExpression,
  FinancialYearExpression,
  InvalidDateExpression,
  RangeExpression,
  TimeExpression,
} from '../../shared/time/types.ts';

const REFERENCE = new Date(Date.UTC(2025, 0, 15));

function only<K extends TimeExpression['kind']>(text: string, kind: K, reference = REFERENCE): Extract<TimeExpression, { kind: K }> {
  const found = findTimeExpressionsInText(text, reference);
  expect(found.map((expression) => expression.kind)).toEqual([kind]);
  return found[0] as Extract<TimeExpression, { kind: K }>;
}

describe('dates', () => {
  it('checks a written weekday against the calendar and keeps where the weekday was written', () => {
    const right = only('Friday 14 February 2025', 'date') as DateExpression;
    expect(right.weekday).toEqual({ stated: 'Friday', actual: 'Friday', matches: true, start: 0, end: 6 });
    const wrong = only('It closes on Mon 14 February 2025.', 'date') as DateExpression;
    expect(wrong.weekday.stated).toBe('Monday');
    expect(wrong.weekday.actual).toBe('Friday');
    expect(wrong.weekday.matches).toBe(false);
    expect('It closes on Mon 14 February 2025.'.slice(wrong.weekday.start, wrong.weekday.end)).toBe('Mon');
  });

  it('has no weekday check when none is written', () => {
    expect((only('1 March 2025', 'date') as DateExpression).weekday).toEqual({ stated: null, actual: 'Saturday', matches: null });
  });

  it('keeps times as 24-hour text without changing the day', () => {
    const cases: [string, string][] = [
      ['4pm on Monday 15 January 2024', '16:00'],
      ['23:59 on 28 January 2024', '23:59'],
      ['Sun 25 Jul 2021, 11:59pm', '23:59'],
      ['midnight on 28 January 2024', '24:00'],
      ['12 noon on 28 January 2024', '12:00'],
      ['28 January 2024 at 9.30am', '09:30'],
      ['28 January 2024 at 12am', '00:00'],
    ];
    for (const [text, time] of cases) {
      const date = only(text, 'date') as DateExpression;
      expect(date.time, text).toBe(time);
      expect(date.iso, text).toMatch(/^2021-07-25|^2024-01-(15|28)$/);
    }
  });

  it('says how each year was decided', () => {
    expect((only('1 March 2025', 'date') as DateExpression).yearSource).toBe('stated');
    expect((only('1 March', 'date') as DateExpression).yearSource).toBe('reference');
    // 28 August is a Friday in 2026, not in 2024 or 2025: the weekday decides.
    const byWeekday = only('Friday 28 August', 'date') as DateExpression;
    expect(byWeekday.iso).toBe('2026-08-28');
    expect(byWeekday.yearSource).toBe('weekday');
    expect(byWeekday.yearStated).toBe(false);
  });

  it('takes the occurrence nearest the reference date, across New Year both ways', () => {
    expect((only('31 March', 'date', new Date(Date.UTC(2024, 11, 1))) as DateExpression).iso).toBe('2025-03-31');
    expect((only('20 December', 'date', new Date(Date.UTC(2025, 0, 10))) as DateExpression).iso).toBe('2024-12-20');
  });

  it('marks vague anchors as approximate', () => {
    const end = only('by the end of March 2025', 'date') as DateExpression;
    expect(end).toMatchObject({ iso: '2025-03-31', approximate: true, anchor: 'end-of-month', precision: 'day' });
    const month = only('by October 2023', 'date') as DateExpression;
    expect(month).toMatchObject({ iso: '2023-10-01', approximate: true, anchor: 'month-only', precision: 'month' });
    const exact = only('on 3 March 2025', 'date') as DateExpression;
    expect(exact).toMatchObject({ approximate: false, anchor: null, form: 'words' });
    expect((only('on 03/03/2025', 'date') as DateExpression).form).toBe('numeric');
  });

  it('explains impossible dates in words', () => {
    expect((only('31 February 2025', 'invalid-date') as InvalidDateExpression).reason).toBe('February 2025 has only 28 days');
    expect((only('29/02/2023', 'invalid-date') as InvalidDateExpression).reason).toBe('2023 is not a leap year');
    const yearless = only('Tuesday 31 April', 'invalid-date') as InvalidDateExpression;
    expect(yearless).toMatchObject({ day: 31, month: 4, year: null, statedWeekday: 'Tuesday', reason: 'April never has 31 days' });
  });
});

describe('ranges', () => {
  it('counts the days from start to close', () => {
    const range = only('from 7 November 2023 to 22 December 2023', 'range') as RangeExpression;
    expect(range.days).toBe(45);
    expect(range.reversed).toBe(false);
    expect(range.from?.yearSource).toBe('stated');
  });

  it('rolls a year-less start back over New Year, and says so', () => {
    const range = only('from 5 December, closing on 8 January 2023', 'range') as RangeExpression;
    expect(range.from?.iso).toBe('2022-12-05');
    expect(range.from?.yearSource).toBe('rolled');
    expect(range.to.yearSource).toBe('stated');
  });

  it('rolls a year-less close forward over New Year', () => {
    const range = only('from 5 December 2022 to 8 January', 'range') as RangeExpression;
    expect(range.to.iso).toBe('2023-01-08');
    expect(range.to.yearSource).toBe('rolled');
  });

  it('keeps a long backwards range reversed rather than inventing a year', () => {
    const range = only('from 30 May to 11 May 2025', 'range') as RangeExpression;
    expect(range.reversed).toBe(true);
    expect(range.days).toBe(-19);
  });

  it('gives a close with no start for "until"', () => {
    const range = only('open until 23:59 on 28 January 2024', 'range') as RangeExpression;
    expect(range).toMatchObject({ from: null, cue: 'until', days: null, reversed: false });
    expect(range.to.time).toBe('23:59');
  });

  it('does not join two dates that merely sit near each other', () => {
    const found = findTimeExpressionsInText('The report of 3 March 2025 replaced the one of 1 February 2025.', REFERENCE);
    expect(found.map((expression) => expression.kind)).toEqual(['date', 'date']);
  });
});

describe('durations', () => {
  it('reads the qualifier, possessive and adjectival forms', () => {
    expect(only("not less than three months' notice", 'duration')).toMatchObject({
      amount: 3,
      unit: 'month',
      days: null,
      months: 3,
      qualifier: 'not-less-than',
      possessive: true,
      adjectival: false,
      nextWord: 'notice',
    } satisfies Partial<DurationExpression>);
    expect(only('a 12-week consultation', 'duration')).toMatchObject({ amount: 12, days: 84, adjectival: true, nextWord: 'consultation' });
    expect(only('a 12 week consultation', 'duration')).toMatchObject({ amount: 12, days: 84, adjectival: true });
    expect(only('28 days notice', 'duration')).toMatchObject({ possessive: true, nextWord: 'notice' });
    expect(only('one year', 'duration')).toMatchObject({ unit: 'year', months: 12, days: null });
  });

  it('reads a range of lengths as the shorter, keeping the longer in amountTo', () => {
    expect(only('a 10–14 week consultation', 'duration')).toMatchObject({ amount: 10, amountTo: 14, days: 70, adjectival: true });
    expect(only('six to eight weeks', 'duration')).toMatchObject({ amount: 6, amountTo: 8, days: 42 });
    expect(only('12 weeks', 'duration')).not.toHaveProperty('amountTo');
    // A backwards pair is not a range: only the second length is read.
    expect(only('8-6 weeks', 'duration')).toMatchObject({ amount: 6, text: '6 weeks' });
  });

  it('keeps working and clear days apart from calendar days', () => {
    expect(only('10 working days', 'duration')).toMatchObject({ working: true, clear: false, days: 10 });
    expect(only('five clear days', 'duration')).toMatchObject({ working: false, clear: true, days: 5 });
    expect(only('28 calendar days', 'duration')).toMatchObject({ working: false, clear: false, days: 28 });
  });

  it('reads each qualifier', () => {
    const cases: [string, DurationExpression['qualifier']][] = [
      ['at least 12 weeks', 'at-least'],
      ['no less than 12 weeks', 'not-less-than'],
      ['a minimum of 12 weeks', 'minimum'],
      ['minimum 12 weeks', 'minimum'],
      ['within 12 weeks', 'within'],
      ['up to 12 weeks', 'up-to'],
      ['no more than 12 weeks', 'no-more-than'],
      ['a maximum of 12 weeks', 'no-more-than'],
      ['about 12 weeks', 'about'],
      ['12 weeks', null],
    ];
    for (const [text, qualifier] of cases) expect((only(text, 'duration') as DurationExpression).qualifier, text).toBe(qualifier);
  });
});

describe('financial years', () => {
  it('runs from 1 April to 31 March', () => {
    const year = only('the 2024/25 grant', 'financial-year') as FinancialYearExpression;
    expect(year.from.toISOString().slice(0, 10)).toBe('2024-04-01');
    expect(year.to.toISOString().slice(0, 10)).toBe('2025-03-31');
  });

  it('needs the second year to follow the first', () => {
    expect(findTimeExpressionsInText('ratio 2024/26 and 2024-27', REFERENCE)).toEqual([]);
  });
});

describe('whole documents', () => {
  it('gives offsets into the whole text across paragraphs and headings', () => {
    const text = [
      '# Budget consultation 2025/26',
      '',
      'The consultation opens on 6 January 2025 and closes on 31 March 2025.',
      '',
      '- We will give at least three months’ notice.',
      '- Funding ends on 30/06/2025 at 5pm.',
    ].join('\n');
    const found = findTimeExpressions(parseText(text), REFERENCE);
    expect(found.map((expression) => [expression.kind, expression.text])).toEqual([
      ['financial-year', '2025/26'],
      ['range', '6 January 2025 and closes on 31 March 2025'],
      ['duration', 'at least three months’'],
      ['date', '30/06/2025 at 5pm'],
    ]);
    for (const expression of found) expect(text.slice(expression.start, expression.end)).toBe(expression.text);
    const range = found[1] as RangeExpression;
    expect(text.slice(range.to.start, range.to.end)).toBe('31 March 2025');
  });

  it('never throws and always reports consistent, ordered, non-overlapping spans on noisy text', () => {
    // A fixed pseudo-random generator, so any failure can be replayed.
    let seed = 20250115;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = [
      '1', '31', '29', '2025', '2024/25', '12.50', '£', '/', '.', '-', '–', '→', ',', ':', "'", '’', 'st', 'th',
      'February', 'Feb', 'March', 'may', 'Friday', 'Fri', 'the', 'of', 'end', 'week', 'commencing', 'from', 'to',
      'between', 'and', 'until', 'closes', 'on', 'at', '4pm', 'noon', 'midnight', 'weeks', 'months', "months'",
      'days', 'a', 'fortnight', 'not', 'less', 'than', 'within', 'financial', 'year', '\n', 'S106', 'item', '13.1',
    ];
    for (let round = 0; round < 300; round++) {
      const words: string[] = [];
      const length = 1 + Math.floor(random() * 25);
      for (let index = 0; index < length; index++) {
        words.push(pieces[Math.floor(random() * pieces.length)]!);
        words.push(random() < 0.7 ? ' ' : '');
      }
      const text = words.join('');
      const found = findTimeExpressionsInText(text, REFERENCE);
      let lastEnd = 0;
      for (const expression of found) {
        expect(text.slice(expression.start, expression.end), text).toBe(expression.text);
        expect(expression.start, text).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = expression.end;
        if (expression.kind === 'date') expect(Number.isNaN(expression.date.getTime()), text).toBe(false);
      }
    }
  });
});
