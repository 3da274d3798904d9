/**
 * A claim that a cut has no impact on people, with or without a one-line reason, is the
 * impact waved away (docs/accuracy-labelling.md): every blind writer who met "no impact on
 * service users, as alternative provision exists" labelled it so. It counts as an answer only
 * when the same sentence shows the impact was assessed. Built from every pairing of a cut, a
 * claim, a reason and an evidence phrase, written for this file.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const problems = (text: string) => lintWithRule('impact-assessment', text, {}, { referenceDate: '2026-12-03' }).map((finding) => (finding.data as { problem: string }).problem);

const cuts = [
  'The council will stop funding the Brookside lunch club from 1 April 2027.',
  'Cabinet is asked to withdraw the grant to Hollins Community Transport.',
  'We propose to close the Eastgate day centre at the end of March 2027.',
];
const claims = [
  'There will be no impact on service users',
  'This decision has no impact on residents',
  'The change will not adversely affect people who use the service',
];
const reasons = [
  ', as alternative provision exists in the town centre.',
  ' because the same service will be provided under the new county contract.',
  ', since members can move to the lunch club at St Anne’s.',
  '.',
];
const evidence = [
  'The equality impact assessment found that',
  'Our assessment concluded that',
];

describe('impact-assessment: "no impact" with a one-line reason is waved away', () => {
  for (const cut of cuts) {
    for (const claim of claims) {
      for (const reason of reasons) {
        it(`${cut} ${claim}${reason}`, () => {
          expect(problems(`${cut} ${claim}${reason}`)).toEqual(['dismissed']);
        });
      }
    }
  }
});

describe('impact-assessment: "no impact" stated as what an assessment found is an answer', () => {
  for (const cut of cuts) {
    for (const lead of evidence) {
      for (const reason of reasons.slice(0, 2)) {
        const claim = 'there will be no impact on service users';
        it(`${cut} ${lead} ${claim}${reason}`, () => {
          expect(problems(`${cut} ${lead} ${claim}${reason}`)).toEqual([]);
        });
      }
    }
  }
});
