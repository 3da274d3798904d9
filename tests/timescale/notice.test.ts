/**
 * notice-period and analyseNotices: calendar-month arithmetic, the counting convention, the
 * figures in each message, profiles, and notices that meet the minimum.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotices, shortestMonthsSpan } from '../../shared/document/notice.ts';
import { createFacts } from '../../shared/document/facts.ts';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { parseText } from '../../shared/engine/parse.ts';
import { RULES } from '../../lint-rules/index.ts';
import { lintWithRule, TEST_TODAY } from '../helpers/lint-with.ts';

function factsOf(text: string, referenceDate?: string) {
  return createFacts({ text, tree: parseText(text), format: 'text', referenceDate, today: TEST_TODAY });
}

function lintWithProfile(profile: string, text: string) {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === 'notice-period' ? 'warning' : 'off']));
  return lint(text, resolveConfig({ profile: profile as never, rules: rules as never }), { today: TEST_TODAY });
}

describe('calendar months', () => {
  it('knows the shortest span of N calendar months', () => {
    expect(shortestMonthsSpan(1)).toBe(28);
    expect(shortestMonthsSpan(3)).toBe(89);
    expect(shortestMonthsSpan(6)).toBe(181);
    expect(shortestMonthsSpan(12)).toBe(365);
  });

  it('treats 90 days and 13 weeks as meeting three months, and 12 weeks as not', () => {
    const meets = (text: string) => analyseNotices(factsOf(text), { minMonths: 3 }).map((check) => check.meets);
    expect(meets('The council will give 90 days’ notice before any grant is reduced.')).toEqual([true]);
    expect(meets('The council will give 13 weeks’ notice before any grant is reduced.')).toEqual([true]);
    expect(meets('The council will give 12 weeks’ notice before any grant is reduced.')).toEqual([false]);
  });
});

describe('notice counted from dates', () => {
  const letter = (date: string) => `Date: ${date}\n\nDear Ms Khan,\n\nThe council’s grant to your organisation will cease on 31 March 2025.`;

  it('counts funding to the end of its last day: 1 January to 31 March is three months, 2 January is not', () => {
    expect(lintWithRule('notice-period', letter('1 January 2025'))).toEqual([]);
    const [finding] = lintWithRule('notice-period', letter('2 January 2025'));
    expect(finding!.data).toMatchObject({ basis: 'dates', from: '2025-01-02', to: '2025-03-31', effective: '2025-04-01', noticeDays: 89, requiredDays: 90 });
  });

  it('shows both dates, the gap and the dates that would comply', () => {
    const [finding] = lintWithRule('notice-period', 'Cabinet decided on 12 February 2025 that the community transport grant will cease on 31 March 2025.');
    expect(finding!.actual).toBe('31 March 2025');
    expect(finding!.message).toContain('The funding ends on 31 March 2025, so the change takes effect on 1 April 2025');
    expect(finding!.message).toContain('48 days (6 weeks and 6 days) after the decision (12 February 2025)');
    expect(finding!.message).toContain('Three calendar months from 12 February 2025 run to 12 May 2025: 89 days');
    expect(finding!.message).toContain('confirm that notice was given by 1 January 2025');
    expect(finding!.note).toContain('Notice when funding ends or changes');
  });

  it('names the meeting date from a committee report header', () => {
    const text = 'Cabinet\n\nDate of meeting: 12 March 2025\n\n2.1 That Cabinet agrees to reduce the core grant to the CVS by 30 per cent from 1 April 2025.';
    const [finding] = lintWithRule('notice-period', text);
    expect(finding!.message).toContain('20 days (2 weeks and 6 days) after the meeting date (12 March 2025)');
  });

  it('reads "this letter is dated …" anywhere in the letter', () => {
    const [finding] = lintWithRule('notice-period', 'The council has decided to withdraw funding from the Hub from 1 June 2025. This letter is dated 20 May 2025.');
    expect(finding!.data).toMatchObject({ from: '2025-05-20', fromSource: 'document', noticeDays: 12 });
  });

  it('counts from today, not from the end date itself, when the text gives no other date', () => {
    // Without a reference date the document's "own date" is guessed from its first date, which here is the end date.
    const [finding] = lintWithRule('notice-period', 'Grant funding to the Hub will end on 31 March 2025.');
    expect(finding!.data).toMatchObject({ from: '2025-01-15', noticeDays: 76, requiredDays: 90 });
    expect(['today', 'reference']).toContain(finding!.data.fromSource);
    expect(finding!.message).toContain('after today’s date (15 January 2025)');
  });

  it('reports one finding when the same change is repeated', () => {
    const text = 'Date of meeting: 12 March 2025\n\n2.1 That Cabinet agrees to reduce the core grant to the CVS from 1 April 2025.\n\n4.1 It is proposed that the core grant to the CVS is reduced by 30 per cent from 1 April 2025.';
    expect(lintWithRule('notice-period', text)).toHaveLength(1);
  });
});

describe('stated notice', () => {
  it('points at the stated notice and gives its figures', () => {
    const [finding] = lintWithRule('notice-period', 'The ICB intends to end the grant with 12 weeks’ notice.');
    expect(finding!.actual).toBe('12 weeks’');
    expect(finding!.message).toContain('is 84 days (12 weeks), shorter than three calendar months, which are never less than 89 days');
  });

  it('counts months in months, showing the days from the reference date', () => {
    const [finding] = lintWithRule('notice-period', 'The council will give one month’s notice to groups whose grants will end.', {}, { referenceDate: '2025-02-01' });
    expect(finding!.data).toMatchObject({ basis: 'stated', noticeDays: 28, requiredDays: 89, from: '2025-02-01' });
    expect(finding!.message).toContain('the reference date you gave (1 February 2025)');
  });

  it('treats "with immediate effect" as no notice', () => {
    const [finding] = lintWithRule('notice-period', 'The SLA will be terminated with immediate effect.');
    expect(finding!.data).toMatchObject({ noticeDays: 0, basis: 'stated' });
    expect(finding!.message).toContain('with no notice');
  });

  it('follows minMonths and the eastleigh profile', () => {
    const text = 'Organisations will be given four months’ notice that their agreement will not be renewed.';
    expect(lintWithRule('notice-period', text)).toEqual([]);
    expect(lintWithProfile('england-national', text)).toEqual([]);
    const [finding] = lintWithProfile('eastleigh', text);
    expect(finding!.message).toContain('shorter than the six calendar months');
  });
});

describe('analyseNotices (for summaries)', () => {
  it('returns compliant notices as well as short ones', () => {
    const text = 'Grant recipients will receive six months’ notice of any change. Either party may end the SLA by giving one month’s notice.';
    const checks = analyseNotices(factsOf(text), { minMonths: 3 });
    expect(checks.map((check) => [check.stated, check.meets])).toEqual([
      ['six months’', true],
      ['one month’s', false],
    ]);
  });

  it('does not crash on impossible dates', () => {
    expect(() => lintWithRule('notice-period', 'The grant will cease on 31 February 2025 after notice on 30 February 2025.')).not.toThrow();
  });
});
