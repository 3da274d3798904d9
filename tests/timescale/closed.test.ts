import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

/**
 * A consultation whose only date is a closing date already past (or a year-less date that
 * falls before the reference date) has a closing date: the rule must say what it read, never
 * that the date is missing.
 */
const PAGES = [
  'Have your say on the future of Elm Road library. The consultation closed on 9 May 2024.',
  'Consultation: Youth service review\n\nStatus: Closed\n\nClosing date: Friday 9 May 2024\n\nTell us what you think about the proposals.',
  'Tell us what you think of our draft carers strategy. Responses were due by 5pm on 9 May 2024.',
];

describe('consultation-timescale on a consultation that has closed', () => {
  it.each(PAGES)('reports the closing date it read as a note: %s', (text) => {
    const findings = lintWithRule('consultation-timescale', text, {}, { referenceDate: '2024-06-20' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.data).toMatchObject({ problem: 'closed', close: '2024-05-09', lengthDays: null });
    expect(findings[0]!.message).toContain('closed on 9 May 2024');
    expect(findings[0]!.severity).toBe('info');
  });

  it('reads a year-less closing date before the reference date as past, not missing', () => {
    const findings = lintWithRule('consultation-timescale', 'Have your say on the draft play strategy: the survey closes on 9 May.', {}, { referenceDate: '2025-06-20' });
    expect(findings.map((finding) => finding.data.problem)).toEqual(['closed']);
    expect(findings[0]!.data.close).toBe('2025-05-09');
  });
});
