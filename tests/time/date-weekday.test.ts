/** The date-weekday rule beyond its README examples: messages, corrections, options, ranges. */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const lintDates = (text: string, options: Record<string, unknown> = {}, referenceDate?: string) =>
  lintWithRule('date-weekday', text, options, referenceDate ? { referenceDate } : {});

describe('date-weekday', () => {
  it('names the real weekday and offers the date with it corrected, in the writer’s style', () => {
    const [finding, ...rest] = lintDates('Responses by Mon 14 February 2025, please.');
    expect(rest).toEqual([]);
    expect(finding!.actual).toBe('Mon 14 February 2025');
    expect(finding!.message).toContain('14 February 2025 falls on a Friday, not a Monday');
    expect(finding!.expected).toEqual(['Fri 14 February 2025']);
    expect(finding!.data).toEqual({
      problem: 'wrong-weekday',
      date: '2025-02-14',
      statedWeekday: 'Monday',
      actualWeekday: 'Friday',
      yearStated: true,
    });
    expect(finding!.note).toContain('Clear information about the process');

    const [capitals] = lintDates('MONDAY 14 FEBRUARY 2025');
    expect(capitals!.expected).toEqual(['FRIDAY 14 FEBRUARY 2025']);
  });

  it('checks both ends of a range', () => {
    const findings = lintDates('The consultation runs from Tuesday 16 July 2024 to Monday 1 September 2024.');
    expect(findings.map((finding) => [finding.actual, finding.data.actualWeekday])).toEqual([['Monday 1 September 2024', 'Sunday']]);
  });

  it('reports an impossible date at one end of a range, and not the range', () => {
    const findings = lintDates('Comments are invited between 1 February and 30 February 2025.');
    expect(findings.map((finding) => [finding.actual, finding.data.problem])).toEqual([['30 February 2025', 'impossible-date']]);
    expect(findings[0]!.message).toBe('30 February 2025 does not exist: February 2025 has only 28 days. Check the date and write the day that is meant.');
  });

  it('reports a numeric date written month first, quoting it as written and giving the day-first form', () => {
    const [finding] = lintDates('Please reply by 12/25/2025.');
    expect(finding!.actual).toBe('12/25/2025');
    expect(finding!.message).toBe(
      '12/25/2025 does not exist: UK dates are read day first, and there is no month 25; if 12/25/2025 means 25 December 2025, write 25/12/2025. Check the date and write the day that is meant.',
    );
    expect(finding!.data).toMatchObject({ problem: 'impossible-date', day: 25, month: 12, year: 2025 });
  });

  it('gives the gap of a reversed range in days', () => {
    const [finding] = lintDates('The consultation runs from 1 June 2025 to 3 March 2025.');
    expect(finding!.message).toContain('3 March 2025 is 90 days before 1 June 2025');
    expect(finding!.data).toEqual({ problem: 'reversed-range', from: '2025-06-01', to: '2025-03-03', days: -90 });
    expect(lintDates('The consultation runs from 1 June 2025 to 3 March 2025.', { reversedRanges: false })).toEqual([]);
  });

  it('flags a year-less weekday only when it fits no nearby year, and can leave year-less dates alone', () => {
    // 17 September is a Wednesday in 2025, a Tuesday in 2024 and a Thursday in 2026.
    const [finding] = lintDates('The panel meets on Monday 17 September.', {}, '2025-06-01');
    expect(finding!.data).toMatchObject({ problem: 'wrong-weekday', yearStated: false, actualWeekday: 'Wednesday' });
    expect(finding!.message).toContain('no year is written');
    expect(lintDates('The panel meets on Monday 17 September.', { yearlessDates: false }, '2025-06-01')).toEqual([]);
    // Wednesday fits 2025 itself.
    expect(lintDates('The panel meets on Wednesday 17 September.', {}, '2025-06-01')).toEqual([]);
  });

  it('takes the year of a year-less weekday from the document’s own date', () => {
    const text = 'Cabinet – 1 September 2001\n\nThe committee meets on Monday 17 September at 2.15 pm.';
    expect(lintDates(text)).toEqual([]);
  });

  it('points at the right line and column', () => {
    const [finding] = lintDates('Grants review\n\nDeadline: Sat 14 February 2025');
    expect([finding!.line, finding!.column, finding!.endLine, finding!.endColumn]).toEqual([3, 11, 3, 31]);
  });

  it('leaves correct dates, money, paragraph numbers and times alone', () => {
    const text =
      'The consultation closes at 4pm on Monday 15 January 2024. Grants of £12.50 under paragraph 13.1 are paid at 10.00 AM, and the 2023/24 budget stands.';
    expect(lintDates(text)).toEqual([]);
  });
});
