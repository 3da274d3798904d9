/**
 * Terms the accuracy rounds showed missing (budget reports, ICB service-change papers, cabinet
 * minutes, formal letters), in passages written for this test. Each passage is its own
 * assertion: exactly what is flagged, in order.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';
import { TERM_KINDS } from './terms.ts';

/** Every kind, `formal` too: these tests are about matching, which is the same for each kind. */
const flagged = (text: string) => lintWithRule('jargon', text, { kinds: [...TERM_KINDS] }).map((finding) => finding.actual);

describe('jargon: terms the rounds showed missing, in new passages', () => {
  it('a budget report', () => {
    const text = `4.2 The provisional settlement leaves a gap of £3.1m. It will be closed through efficiencies of
£1.4m, mitigations of £0.6m and the use of reserves, within a budget envelope agreed in February.
Services will be asked to top-slice their training budgets and to vire any underspend to the
contingency. A growth bid for the homelessness service will be considered separately.`;
    expect(flagged(text)).toEqual(['settlement', 'efficiencies', 'mitigations', 'budget envelope', 'top-slice', 'vire', 'growth bid']);
  });

  it('an ICB paper on a service change', () => {
    const text = `The pre-consultation business case was approved in March. Following consultation, a
Decision-Making Business Case will go to the Board. The disinvestment programme for 2026/27
includes a new delivery model for community clinics and an options appraisal for the two
hospital sites. Parity of esteem for mental health remains a principle of the plan.`;
    expect(flagged(text)).toEqual([
      'pre-consultation business case',
      'Decision-Making Business Case',
      'disinvestment',
      'delivery model',
      'options appraisal',
      'Parity of esteem',
    ]);
  });

  it('cabinet minutes on a grants programme', () => {
    const text = `Cabinet agreed to rationalise the three small-grants funds into one grant stream from April,
with an outcome-based model for larger awards. Officers were asked to scope the new scheme, to
report on income generation and demand management, and to do anything necessary to give effect
to the decision. Groups that could not deliver against their agreed plans would not have funds
clawed back. The amalgamation of the funds was noted.`;
    expect(flagged(text)).toEqual([
      'rationalise',
      'grant stream',
      'outcome-based',
      'scope',
      'income generation',
      'demand management',
      'give effect\nto',
      'deliver against',
      'clawed back',
      'amalgamation',
    ]);
  });

  it('a formal letter to a community group', () => {
    const text = `Thank you for your correspondence of 9 June. Please be advised that the second instalment will
be disbursed in September. We would be grateful for your signed agreement at your earliest
convenience. If you have any questions, please contact the undersigned.`;
    expect(flagged(text)).toEqual(['correspondence', 'Please be advised', 'disbursed', 'at your earliest\nconvenience', 'the undersigned']);
  });

  it('a service called an "offer", but never an offer of a place or a job', () => {
    expect(flagged('The library offer will change, and the youth offer will move online.')).toEqual(['offer', 'offer']);
    expect(flagged('The library offers free wifi. She accepted the job offer and an offer of a place.')).toEqual([]);
  });

  it('"scope" only as a verb, "settlement" only as money from government', () => {
    expect(flagged('The scope of the review is wide, and there is scope for savings.')).toEqual([]);
    expect(flagged('Fenwick is a small rural settlement. The settlement of the claim took a year.')).toEqual([]);
  });

  it('a name or title is not reworded, unless the name is itself a kind of jargon', () => {
    const text = 'The Youth Services Task and Finish Group reported to the Stakeholder Forum and the Community Engagement Team.';
    expect(flagged(text)).toEqual(['Task and Finish Group']);
  });

  it('the ways people write the run-together words', () => {
    expect(flagged('The three workstreams, a fourth work stream and a clawback clause.')).toEqual(['workstreams', 'work stream', 'clawback']);
  });
});
