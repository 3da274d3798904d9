import { describe, expect, it } from 'vitest';
import type { Labels } from './rounds.ts';
import { rates, scoreRule, type RecordedFinding } from './score.ts';

const none: Labels = { consultation: [], notice: [], impact: null, jargon: [], acronyms: [], weekday: [] };
const finding = (ruleId: string, data: Record<string, unknown>, actual = 'x', severity: RecordedFinding['severity'] = 'error'): RecordedFinding => ({
  ruleId,
  severity,
  actual,
  offset: 0,
  data,
});

describe('scoreRule', () => {
  it('counts a consultation finding right only when every labelled figure matches', () => {
    const labels: Labels = { ...none, consultation: [{ problem: 'too-short', start: '2025-03-03', close: '2025-04-14', lengthDays: 42 }] };
    const right = finding('consultation-timescale', { problem: 'too-short', start: '2025-03-03', close: '2025-04-14', lengthDays: 42, explained: false });
    const wrongClose = finding('consultation-timescale', { problem: 'too-short', start: '2025-03-03', close: '2025-04-15', lengthDays: 43 });
    expect(scoreRule('consultation-timescale', labels, [right])).toMatchObject({ truePositives: 1, falsePositives: [], falseNegatives: [] });
    const wrong = scoreRule('consultation-timescale', labels, [wrongClose]);
    expect(wrong.truePositives).toBe(0);
    expect(wrong.falsePositives).toHaveLength(1);
    expect(wrong.falseNegatives).toHaveLength(1);
  });

  it('reads a null label date as "not stated": it matches a date the rule worked out, not one it read', () => {
    const labels: Labels = { ...none, consultation: [{ problem: 'too-short', start: null, close: '2025-04-14', lengthDays: 44 }] };
    const fromReference = finding('consultation-timescale', { problem: 'too-short', start: '2025-03-01', close: '2025-04-14', lengthDays: 44, basis: 'reference-to-close' });
    const fromDates = finding('consultation-timescale', { problem: 'too-short', start: '2025-03-01', close: '2025-04-14', lengthDays: 44, basis: 'dates' });
    expect(scoreRule('consultation-timescale', labels, [fromReference]).truePositives).toBe(1);
    expect(scoreRule('consultation-timescale', labels, [fromDates]).truePositives).toBe(0);
  });

  it('does not score consultation notes that no label kind covers', () => {
    const outcome = scoreRule('consultation-timescale', none, [finding('consultation-timescale', { problem: 'length-unknown' }, 'x', 'info')]);
    expect(outcome).toMatchObject({ truePositives: 0, falsePositives: [], falseNegatives: [] });
  });

  it('matches notice by its dates, or by basis when only a period is stated', () => {
    const labels: Labels = { ...none, notice: [{ from: '2025-01-15', to: '2025-04-01' }, { stated: 'four weeks' }] };
    const outcome = scoreRule('notice-period', labels, [
      finding('notice-period', { basis: 'stated', noticeDays: 28 }),
      finding('notice-period', { basis: 'dates', from: '2025-01-15', to: '2025-03-31', effective: '2025-04-01' }),
    ]);
    expect(outcome).toMatchObject({ truePositives: 2, falsePositives: [], falseNegatives: [] });
  });

  it('lets one notice finding stand for the several grants it names', () => {
    const labels: Labels = { ...none, notice: [{ from: '2025-04-15', to: '2025-07-01' }, { from: '2025-04-15', to: '2025-07-01' }, { from: '2025-04-15', to: '2025-07-01' }] };
    const three = finding('notice-period', { basis: 'dates', from: '2025-04-15', to: '2025-06-30', effective: '2025-07-01', grants: 3 });
    expect(scoreRule('notice-period', labels, [three])).toMatchObject({ truePositives: 3, falsePositives: [], falseNegatives: [] });
    const one = finding('notice-period', { basis: 'dates', from: '2025-04-15', to: '2025-06-30', effective: '2025-07-01' });
    expect(scoreRule('notice-period', labels, [one]).falseNegatives).toHaveLength(2);
  });

  it('counts one impact judgement per passage, and a different problem as wrong', () => {
    const labels: Labels = { ...none, impact: 'deferred' };
    const twice = scoreRule('impact-assessment', labels, [finding('impact-assessment', { problem: 'deferred' }), finding('impact-assessment', { problem: 'deferred' })]);
    expect(twice).toMatchObject({ truePositives: 1, falsePositives: [], falseNegatives: [] });
    const other = scoreRule('impact-assessment', labels, [finding('impact-assessment', { problem: 'missing' })]);
    expect(other.truePositives).toBe(0);
    expect(other.falsePositives).toHaveLength(1);
    expect(other.falseNegatives).toEqual(['"deferred"']);
  });

  it('matches jargon by phrase overlap, case and spacing aside, and acronyms exactly', () => {
    const labels: Labels = { ...none, jargon: ['going forward'], acronyms: ['VCSE'] };
    expect(scoreRule('jargon', labels, [finding('jargon', {}, 'Going  forward')]).truePositives).toBe(1);
    expect(scoreRule('undefined-acronym', labels, [finding('undefined-acronym', {}, 'VCS')]).truePositives).toBe(0);
  });

  it('counts error-level findings for error precision', () => {
    const labels: Labels = { ...none, impact: 'missing' };
    const outcome = scoreRule('impact-assessment', labels, [finding('impact-assessment', { problem: 'missing' }), finding('impact-assessment', { problem: 'dismissed' })]);
    expect(outcome).toMatchObject({ errorTruePositives: 1, errorFindings: 2 });
  });
});

describe('rates', () => {
  it('gives null where there is nothing to measure', () => {
    expect(rates({ passages: 3, truePositives: 0, falsePositives: 0, falseNegatives: 0, errorTruePositives: 0, errorFindings: 0 })).toEqual({ precision: null, recall: null, errorPrecision: null });
    expect(rates({ passages: 3, truePositives: 3, falsePositives: 1, falseNegatives: 3, errorTruePositives: 2, errorFindings: 4 })).toEqual({ precision: 0.75, recall: 0.5, errorPrecision: 0.5 });
  });
});
