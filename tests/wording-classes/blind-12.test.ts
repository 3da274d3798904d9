/**
 * Classes of wording that blind round 12's first run showed the rules misreading, tested as
 * classes (every combination of their parts). Round 12 was written as many authors write:
 * hurried emails and notes, blogs, footnoted reports. Passages are written for this file.
 *
 * - Hurried writing: contractions ("we're not renewing the SLA"), notes ("…, not extending"),
 *   "3 wks", "cos", "goes live", "It's short", "consult" as a noun.
 * - An organisation's own letter ("our trustees have decided to close the charity … We will
 *   stop delivering the clinics"): "we" is the organisation, not a public body.
 * - "we have not yet looked at how this will affect …": not done, and nothing promised.
 * - A recipient's account of a cut counts when it says what the funder did about the impact.
 * - "The council will give the Trust eight weeks' notice": the council's notice, not a
 *   charity's to a trust; "Final payment will be made in December, and there will be nothing
 *   after 31 December"; the day an account says the organisation was told.
 * - A reason in a footnote ("…2 December 2026.[1]" … "[1] The consultation was shorter …
 *   because …"); a table of consultations with a "Dates" column.
 * - Care named by its kind ("routine nail cutting and callus care would only be offered to …").
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

type Data = Record<string, unknown>;
const found = (rule: string, text: string, referenceDate: string, format: 'text' | 'markdown' = 'text') =>
  lintWithRule(rule, text, {}, { referenceDate, format: format as never }).map((finding) => finding.data as Data);
const problems = (rule: string, text: string, referenceDate: string, format: 'text' | 'markdown' = 'text') => found(rule, text, referenceDate, format).map((data) => data.problem);

describe('impact-assessment: hurried writing', () => {
  const cuts = [
    "Quick one - we're not renewing the lunch club SLA.",
    'Carers Hub contract (Wyvern Carers Trust) ends end of Jan, not extending.',
    "We aren't continuing the befriending grant next year.",
    'Heads up, the consult on cutting back the warden scheme goes live Mon 30 Nov.',
    'From next April, routine nail cutting and callus care would only be offered to people with diabetes.',
  ];
  for (const cut of cuts) {
    it(cut, () => expect(problems('impact-assessment', `Hi Jo\n\n${cut}\n\nTa\nDave`, '2026-11-20')).toEqual(['missing']));
  }
  it('“not yet looked at” without a promise: missing, not put off', () => {
    const text = "I'm afraid the council will reduce its contribution to the refuge support service. To be honest, we have not yet looked at how this will affect the women you support.";
    expect(problems('impact-assessment', text, '2026-12-03')).toEqual(['missing']);
  });
  it('“has not yet been completed” is still put off', () => {
    const text = 'The council will reduce its contribution to the refuge support service. The equality impact assessment has not yet been completed.';
    expect(problems('impact-assessment', text, '2026-12-03')).toEqual(['deferred']);
  });
});

describe('impact-assessment: an organisation writing of its own closure', () => {
  for (const decision of ['our trustees have decided to close the charity', 'our board has voted to wind up the charity']) {
    for (const consequence of ['We will stop delivering the drop-in clinics on 26 February 2027.', 'We will close the advice line at the end of March.']) {
      it(`${decision}. ${consequence}`, () => {
        const text = `25 November 2026\n\nDear Helen\n\nI am writing to let you know that ${decision}. ${consequence}\n\nYours sincerely`;
        expect(problems('impact-assessment', text, '2026-11-25')).toEqual([]);
      });
    }
  }
  it('the council’s act named in the same letter is still a cut', () => {
    const text = 'Dear Helen\n\nOur trustees have decided to close the charity. The council will stop funding the drop-in clinics from 1 April.';
    expect(problems('impact-assessment', text, '2026-11-25')).toEqual(['missing']);
  });
});

describe('impact-assessment: a recipient’s account that says what the funder did about the impact', () => {
  const accounts = ['On 20 October 2026 Tillbrook Town Council told us by email that it will stop funding our shed.', 'We were told on 20 October that our grant would stop after December.'];
  for (const account of accounts) {
    it(`${account.slice(0, 40)}… with a quoted dismissal`, () => {
      const text = `Dear Ms Barraclough MP\n\n${account} Their email said the decision would have "no impact on service users".`;
      expect(problems('impact-assessment', text, '2026-10-28')).toEqual(['dismissed']);
    });
    it(`${account.slice(0, 40)}… saying nothing about the impact`, () => {
      expect(problems('impact-assessment', `Dear Ms Barraclough MP\n\n${account} We have asked them to think again.`, '2026-10-28')).toEqual([]);
    });
  }
});

describe('notice-period: who gives notice, and how the end is said', () => {
  for (const giver of ['The council will give the Trust', 'We will give the Trust', 'The ICB will give the Board of Trustees']) {
    it(`${giver} eight weeks' notice`, () => {
      const text = `The council will reduce its grant to the refuge. ${giver} eight weeks' notice of the reduction.`;
      expect(found('notice-period', text, '2026-12-03').map((data) => data.basis)).toEqual(['stated']);
    });
  }
  it('a charity giving the council notice is still left alone', () => {
    expect(found('notice-period', "We will give the council three months' notice that we will close the club.", '2026-12-03')).toEqual([]);
  });
  for (const end of ['Final payment will be made in December, and there will be nothing after 31 December 2026.', 'The last payment will be in December and nothing after 31 December 2026.']) {
    it(`${end} (told on 20 October, two paragraphs before)`, () => {
      const text = `28 October 2026\n\nDear Ms Barraclough MP\n\nOn 20 October 2026 Tillbrook Town Council told us by email that it will stop funding our shed.\n\nWe do not recognise the reasons given.\n\n${end}`;
      expect(found('notice-period', text, '2026-10-28').map((data) => [data.from, data.effective])).toEqual([['2026-10-20', '2027-01-01']]);
    });
  }
});

describe('consultation-timescale: hurried writing, footnotes and tables', () => {
  for (const [start, length] of [['goes live Mon 30 Nov', '3 wks only, closes 21 Dec'], ['went live on Mon 30 Nov', 'closes 21 Dec']] as const) {
    it(`the consult ${start}. ${length}. It's short cos …`, () => {
      const text = `Hi both,\n\nHeads up, the consult on the warden scheme ${start}. ${length}. It's short cos Cabinet needs the results for the 14 Jan budget meeting.`;
      expect(found('consultation-timescale', text, '2026-11-27').map((data) => [data.start, data.close, data.explained])).toEqual([['2026-11-30', '2026-12-21', true]]);
    });
  }
  for (const marker of ['[1]', '[2]']) {
    it(`a reason in footnote ${marker}`, () => {
      const text = `3.1 The budget consultation ran from 7 October to 2 December 2026.${marker} It received 1,102 responses.\n\n4.1 Most respondents opposed the reduction.\n\nFootnotes\n${marker} The consultation was shorter than the Council's usual twelve weeks because the budget must be set by 24 February 2027.`;
      expect(found('consultation-timescale', text, '2026-12-03').map((data) => data.explained)).toEqual([true]);
    });
  }
  it('a footnote that gives no reason explains nothing', () => {
    const text = '3.1 The budget consultation ran from 7 October to 2 December 2026.[1]\n\nFootnotes\n[1] Responses are summarised in Appendix 2.';
    expect(found('consultation-timescale', text, '2026-12-03').map((data) => data.explained)).toEqual([false]);
  });
  for (const header of ['| Consultation | Lead service | Dates | Responses |', '| Survey | Service | Dates | Responses |']) {
    it(`a table headed ${header}`, () => {
      const text = `## Current consultations\n\n${header}\n|---|---|---|---|\n| Youth service redesign | Children's Services | 14 September 2026 to 7 December 2026 | 412 |\n| Community transport fares | Highways | 2 November 2026 to 30 November 2026 | 57 |`;
      expect(found('consultation-timescale', text, '2026-11-10', 'markdown').map((data) => [data.start, data.lengthDays])).toEqual([['2026-11-02', 28]]);
    });
  }
  it('a timetable headed "Stage | Dates" is not a table of consultations', () => {
    const text = '## Review timetable\n\n| Stage | Dates |\n|---|---|\n| Prepare draft proposals | 2 November 2026 to 30 November 2026 |';
    expect(found('consultation-timescale', text, '2026-11-10', 'markdown')).toEqual([]);
  });
});

describe('impact-assessment: blind-13’s two misses, as classes (fixed after its first run)', () => {
  const impact = (text: string, referenceDate = '2026-02-25') => lintWithRule('impact-assessment', text, {}, { referenceDate }).map((finding) => (finding.data as { problem: string }).problem);
  for (const agreement of ['your agreement', 'your grant agreement', 'the funding agreement', 'your service agreement']) {
    it(`a letter: "${agreement} will not be renewed"`, () => {
      const text = `Dear Ms Adeyemi,\n\nWe are writing to let you know that ${agreement} will not be renewed when it ends on 31 March 2026.\n\nYours sincerely`;
      expect(impact(text, '2026-01-14')).toEqual(['missing']);
    });
  }
  for (const [considered, noted] of [
    ['The committee considered the officer report on the respite service.', 'The committee noted the equality impact assessment appended to the strategy.'],
    ['Members discussed the report.', 'Members noted the equality impact assessment at Appendix B.'],
  ] as const) {
    it(`minutes in their own words keep an assessment in item 6 out of item 5: ${considered}`, () => {
      const text = `Communities Committee – Tuesday 24 February 2026\n\n5. CARERS' RESPITE GRANT\n${considered}\nRESOLVED: THAT the grant to Halstow Crossroads be not renewed when the current award ends on 31 March 2026.\n\n6. PARKS STRATEGY\n${noted}`;
      expect(impact(text)).toEqual(['missing']);
    });
  }
});

describe('impact-assessment: an agreement’s terms say what may be done', () => {
  for (const clause of ['The Council may terminate this Agreement with immediate effect by written notice if the Recipient breaks its terms.', 'The Funder may end your grant agreement at any time by giving three months’ notice.', 'The ICB can reduce the contract value if activity falls.']) {
    it(clause, () => expect(lintWithRule('impact-assessment', `14. TERMINATION\n\n14.1 ${clause}`, {}, { referenceDate: '2026-12-03' })).toEqual([]));
  }
});
