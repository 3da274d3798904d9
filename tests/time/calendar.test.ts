/** Calendar helpers: calendar months, day counts and UK date formatting, in any time zone. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  describeDays,
  formatUkDate,
  formatUkDateWithWeekday,
  isRealDate,
  toIso,
  utcDate,
  weekdayOf,
} from '../../shared/time/calendar.ts';

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('calendar helpers', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(toIso(addCalendarMonths(utcDate(2024, 11, 30), 3))).toBe('2025-02-28');
    expect(toIso(addCalendarMonths(utcDate(2023, 11, 30), 3))).toBe('2024-02-29');
    expect(toIso(addCalendarMonths(utcDate(2025, 1, 1), 3))).toBe('2025-04-01');
    expect(toIso(addCalendarMonths(utcDate(2025, 3, 31), -1))).toBe('2025-02-28');
  });

  it('counts whole days between two dates', () => {
    expect(daysBetween(utcDate(2025, 1, 6), utcDate(2025, 3, 31))).toBe(84);
    expect(daysBetween(utcDate(2025, 3, 31), utcDate(2025, 1, 6))).toBe(-84);
    // Across the change to British Summer Time (30 March 2025) a day is still a day.
    expect(daysBetween(utcDate(2025, 3, 29), utcDate(2025, 3, 31))).toBe(2);
    expect(toIso(addCalendarDays(utcDate(2025, 3, 29), 2))).toBe('2025-03-31');
  });

  it('gives the same answers in a time zone west of Greenwich', () => {
    process.env.TZ = 'America/New_York';
    expect(weekdayOf(utcDate(2025, 2, 14))).toBe('Friday');
    expect(toIso(addCalendarMonths(utcDate(2025, 1, 31), 1))).toBe('2025-02-28');
    expect(daysBetween(utcDate(2025, 1, 1), utcDate(2025, 12, 31))).toBe(364);
  });

  it('formats dates the UK way', () => {
    expect(formatUkDate(utcDate(2025, 3, 1))).toBe('1 March 2025');
    expect(formatUkDateWithWeekday(utcDate(2025, 2, 14))).toBe('Friday 14 February 2025');
  });

  it('knows which dates exist', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2025, 4, 31)).toBe(false);
    expect(isRealDate(2025, 13, 1)).toBe(false);
  });

  it('describes a number of days in days and weeks', () => {
    expect(describeDays(84)).toBe('84 days (12 weeks)');
    expect(describeDays(86)).toBe('86 days (12 weeks and 2 days)');
    expect(describeDays(1)).toBe('1 day');
    expect(describeDays(7)).toBe('7 days (1 week)');
  });
});
