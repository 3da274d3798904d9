/**
 * Classes of wording that blind round 15's first run showed the rules misreading (fixed after
 * it, so measured only by the next round). Passages are written for this file.
 *
 * - A draft "attached for consultation within the directorate", then "Please send comments to
 *   me by Friday": an internal sign-off, not a public consultation with no dates.
 * - "An equality impact assessment will be carried out using what you tell us. It will be
 *   finished … before Cabinet makes any decision.": the next sentence says when.
 * - "We will be engaging with stakeholders for six weeks starting 11 January": a consultation
 *   given by its length.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const data = (rule: string, text: string, referenceDate: string) => lintWithRule(rule, text, {}, { referenceDate }).map((finding) => finding.data as Record<string, unknown>);

describe('consultation-timescale: a draft attached for consultation inside the council', () => {
  for (const where of ['attached for consultation within the directorate', 'enclosed for consultation', 'circulated for consultation across the department']) {
    it(`The draft policy is ${where}. Please send comments to me by Friday.`, () => {
      expect(data('consultation-timescale', `To: Team managers\n\nThe draft Volunteer Expenses Policy is ${where}. Please send comments to me by Friday.`, '2026-12-03')).toEqual([]);
    });
  }
});

describe('impact-assessment: the sentence after the assessment says when', () => {
  for (const [when, expected] of [
    ['It will be finished after the consultation closes and published with the report to Cabinet, before Cabinet makes any decision.', null],
    ['It will be completed once Cabinet has made its decision.', 'deferred'],
    ['This will be published before the final decision is taken.', null],
  ] as const) {
    it(when, () => {
      const text = `We are proposing to close the Pennyfields family hub from September 2027.\n\nAn equality impact assessment will be carried out using what you tell us. ${when}`;
      expect(data('impact-assessment', text, '2026-12-20').map((found) => found.problem)).toEqual(expected ? [expected] : []);
    });
  }
});

describe('consultation-timescale: engagement given by its length', () => {
  for (const who of ['stakeholders', 'patients', 'local residents', 'service users']) {
    it(`We will be engaging with ${who} for six weeks starting 11 January 2027`, () => {
      const text = `Purpose\nThe ICB proposes to decommission the self-referral service. We will be engaging with ${who} for six weeks starting 11 January 2027, via an online survey.`;
      expect(data('consultation-timescale', text, '2026-12-03').map((found) => [found.problem, found.lengthDays])).toEqual([['too-short', 42]]);
    });
  }
});
