/**
 * A rule's one-line description with the figures the user's settings give it. The registry's
 * summaries state the national defaults ("shorter than three calendar months"); under a
 * profile or a local Compact that asks for six months' notice, every heading and description
 * a reader sees must say six, or it contradicts the findings under it.
 *
 * Pure TypeScript: used by the side panel's summary (via ruleInfo), the settings page and the
 * reports.
 */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function inWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "12 weeks (84 days)", "10 weeks and 3 days (73 days)", "30 days". */
export function consultationLength(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return `${days} ${days === 1 ? 'day' : 'days'}`;
  const inWeeks = `${weeks} ${weeks === 1 ? 'week' : 'weeks'}${rest ? ` and ${rest} ${rest === 1 ? 'day' : 'days'}` : ''}`;
  return `${inWeeks} (${days} days)`;
}

/** "three calendar months", "six calendar months", "one calendar month". */
export function noticeLength(months: number): string {
  return `${inWords(months)} calendar ${months === 1 ? 'month' : 'months'}`;
}

/** The summary, with its default figures replaced by the ones in `options` where they differ. */
export function summaryWithFigures(ruleId: string, summary: string, options: unknown): string {
  const values = (options ?? {}) as Record<string, unknown>;
  if (ruleId === 'consultation-timescale' && typeof values.minDays === 'number' && values.minDays !== 84) {
    return summary.replace('12 weeks (84 days)', consultationLength(values.minDays));
  }
  if (ruleId === 'notice-period' && typeof values.minMonths === 'number' && values.minMonths !== 3) {
    return summary.replace('three calendar months', noticeLength(values.minMonths));
  }
  return summary;
}
