/**
 * Scope: a reason, a statutory kind or a date belongs to its own consultation. Passages written
 * for this project in the shapes the blind rounds found (fictional councils).
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const check = (text: string, referenceDate: string) => lintWithRule('consultation-timescale', text, {}, { referenceDate }).map((finding) => ({ severity: finding.severity, ...finding.data }));

describe('consultation-timescale keeps each consultation to itself', () => {
  it('does not take another body’s reason, under another heading, as ours', () => {
    const text = [
      '# Carers’ breaks: tell us what you need',
      '',
      'Our consultation runs from 2 June to 14 July 2025. Fill in the survey at any library.',
      '',
      '## The hospital trust is consulting too',
      '',
      'Northgate Hospitals Trust has had to keep its consultation on visiting hours to six weeks because its new wards open in August.',
    ].join('\n');
    expect(check(text, '2025-06-02')).toEqual([expect.objectContaining({ severity: 'warning', problem: 'too-short', lengthDays: 42, explained: false })]);
  });

  it('takes the answer to a bold question heading as the reason', () => {
    const text = [
      '**When can I give my views?**',
      '',
      'The consultation is open from 1 to 29 September 2025.',
      '',
      '**Why is the consultation only four weeks long?**',
      '',
      'The new service has to be in place by April, and the contract must be advertised in November.',
    ].join('\n');
    expect(check(text, '2025-09-01')).toEqual([expect.objectContaining({ severity: 'info', problem: 'too-short', lengthDays: 28, explained: true })]);
  });

  it('reads a hub page of field pairs and titled ranges, leaving the statutory item alone', () => {
    const text = [
      '# Current consultations',
      '',
      '**Bus shelters: where should the new ones go?**',
      'Opened 1 April 2025 · Closes 9 May 2025 · 4 days left',
      'Tell us which stops need a shelter most.',
      '',
      '**Draft Local Plan (Regulation 19 publication)**',
      '7 April 2025 to 19 May 2025',
      'Comments on whether the plan is sound.',
      '',
      '**Parks strategy**',
      '3 February 2025 to 30 May 2025',
      'Our draft plan for the next ten years of parks.',
    ].join('\n');
    expect(check(text, '2025-05-05')).toEqual([expect.objectContaining({ problem: 'too-short', start: '2025-04-01', close: '2025-05-09', lengthDays: 38 })]);
  });

  it('pairs an opening and a closing field in a key-dates list rather than counting from today', () => {
    const text = '**Key dates**\n- Consultation opens: Monday 3 March 2025\n- Consultation closes: 11.59pm on Sunday 8 June 2025\n- Board decision: September 2025\n\nWe are asking for your views on moving the clinic.';
    expect(check(text, '2025-03-20')).toEqual([]);
  });
});

describe('consultation-timescale with a period in whole months', () => {
  it('neither counts it nor says it gives no closing date', () => {
    for (const text of ['The consultation runs from April until June 2025.', 'Have your say: the consultation is open from September to November 2025.']) {
      expect(check(text, '2025-03-01')).toEqual([]);
    }
  });
});
