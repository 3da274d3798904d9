/**
 * Classes of wording that blind round 8's first run showed the rules misreading, tested as
 * classes (every combination of their parts). Passages are written for this file.
 *
 * Wrong errors:
 * - "before the ICB Board makes a decision, we will complete an assessment": any short name of
 *   the decider, any way of deciding, is an assessment in time, not a deferral;
 * - "send comments to your line manager or the consultation mailbox", a paragraph after a staff
 *   consultation, answers that consultation: it is not a public consultation with no dates;
 * - a savings table lists the council's own purchasing ("Renegotiate printing contract"): only
 *   rows that change others' funding are notice of a funding change.
 * Misses:
 * - "with effect from 1 October", "takes effect": dates, not an effect on people; a phone number
 *   is not a count of people;
 * - "will be limited to people who …", "will come to an end", "no longer able to fund", "bring
 *   … to an end", "on fewer sites": cuts;
 * - the paper's own answer ("Equality implications: None.") is not overturned by one sentence
 *   that says how many would lose out;
 * - a dated letter that says it is telling the reader is the notice; the decision it reports is
 *   not notice to the organisation;
 * - "That leaves us less time than our usual twelve weeks": a consequence of the cause just
 *   before it, and the twelve weeks are the yardstick, not the length;
 * - "Please fill in our survey": an invitation.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const problems = (rule: string, text: string, referenceDate: string, format: 'text' | 'markdown' = 'text') =>
  lintWithRule(rule, text, {}, { referenceDate, format: format as never }).map((finding) => (finding.data as { problem?: string }).problem ?? finding.severity);
const notice = (text: string, referenceDate: string, format: 'text' | 'markdown' = 'text') =>
  lintWithRule('notice-period', text, {}, { referenceDate, format: format as never }).map((finding) => {
    const data = finding.data as { from: string; effective: string };
    return `${data.from}→${data.effective}`;
  });

describe('impact-assessment: an assessment promised before the decision, whoever decides', () => {
  // [decider, takes the singular verb]
  const deciders: [string, boolean][] = [['the ICB Board', true], ['the Health and Wellbeing Board', true], ['Cabinet', true], ['councillors', false], ['the Executive Member', true], ['we', false]];
  // [singular, plural]
  const verbs: [string, string][] = [['makes a decision', 'make a decision'], ['takes its final decision', 'take their final decision'], ['reaches a decision', 'reach a decision'], ['decides', 'decide'], ['votes', 'vote']];
  for (const [decider, singular] of deciders) {
    for (const [one, many] of verbs) {
      const clause = `Before ${decider} ${singular ? one : many}`;
      it(`${clause}, …`, () => {
        const text = `We are asking for views on a proposal to close the walk-in clinic at Pellow Health Centre on Saturdays.\n\n${clause}, we will complete a full equality impact assessment and publish it with the papers.`;
        expect(problems('impact-assessment', text, '2026-02-02')).toEqual([]);
      });
    }
  }
  it('an assessment after the decision is still put off', () => {
    const text = 'We are proposing to close the walk-in clinic at Pellow Health Centre on Saturdays.\n\nAfter the ICB Board makes a decision, we will complete an equality impact assessment.';
    expect(problems('impact-assessment', text, '2026-02-02')).toEqual(['deferred']);
  });
});

describe('consultation-timescale: invitations that answer a staff consultation', () => {
  const staff = [
    'Collective consultation with affected staff and the recognised trade unions runs from 2 March to 1 April 2026.',
    'A staff consultation on the new structure starts on 2 March 2026.',
    'Consultation with employees and their unions will last 30 days.',
  ];
  const invitations = [
    'Please send comments to your line manager or to the consultation mailbox.',
    'Send your feedback to the HR team by 20 March.',
    'You can give your views at the one-to-one meetings.',
  ];
  for (const opening of staff) {
    for (const invitation of invitations) {
      for (const gap of ['\n\n', '\n\nEight posts are at risk of redundancy.\n\n']) {
        it(`${opening.slice(0, 40)}… then “${invitation.slice(0, 30)}…”${gap.length > 2 ? ' a paragraph later' : ''}`, () => {
          const text = `Proposed restructure of the Revenues team\n\nThe council proposes to merge two teams. ${opening}${gap}${invitation}`;
          expect(problems('consultation-timescale', text, '2026-03-02')).toEqual([]);
        });
      }
    }
  }
  it('a public consultation after a staff one is still checked', () => {
    const text =
      'Staff consultation on the new structure starts on 2 March 2026.\n\nSeparately, we are consulting residents on the library opening hours. Please send us your views by 20 March 2026.';
    expect(problems('consultation-timescale', text, '2026-03-02')).toEqual(['too-short']);
  });
});

describe('notice-period: a savings table with the council’s own purchasing', () => {
  const ownPurchasing = ['Renegotiate printing contract', 'Retender the cleaning contract', 'New energy supply agreement', 'Cheaper vehicle lease contract'];
  const othersFunding = ['Cease grant to Westmoor Advice Bureau', 'Reduce funding for the carers’ centre by half', 'End the befriending service contract'];
  for (const own of ownPurchasing) {
    for (const cut of othersFunding) {
      it(`${own} is not notice; ${cut} is`, () => {
        const text = `### Savings proposals 2026/27\n\nReport to Budget Council, 5 February 2026\n\n| Ref | Proposal | Saving | Start |\n|---|---|---|---|\n| S1 | ${own} | £20,000 | 1 April 2026 |\n| S2 | ${cut} | £40,000 | 1 April 2026 |`;
        const found = lintWithRule('notice-period', text, {}, { referenceDate: '2026-02-05', format: 'markdown' });
        expect(found.map((finding) => (finding.data as { effective: string }).effective)).toEqual(['2026-04-01']);
        // The date in the grant's row, not the one in the purchasing row.
        expect(found[0]!.offset).toBe(text.lastIndexOf('1 April 2026'));
      });
    }
  }
});

describe('notice-period: a dated letter is the notice, not the decision it reports', () => {
  const openings = ['I am writing to confirm that', 'We are writing to let you know that', 'I write to inform you that', 'We write to advise you that'];
  const decisions = ['Following the decision of the Executive on 18 December,', 'After Cabinet agreed the budget on 10 December,', 'As agreed by the Grants Panel on 1 December,'];
  for (const opening of openings) {
    for (const decision of decisions) {
      it(`${decision} ${opening} …`, () => {
        const text = `2 January 2026\n\nDear Trustees\n\n${decision} ${opening.charAt(0).toLowerCase()}${opening.slice(1)} the council will not renew your community grant. Your current grant ends on 31 March 2026.\n\nYours faithfully`;
        expect(notice(text, '2026-01-02')).toEqual(['2026-01-02→2026-04-01']);
      });
    }
  }
  it('an earlier notification named in the letter still counts', () => {
    const text =
      '2 January 2026\n\nDear Trustees\n\nI am writing to confirm what our grants officer told you by phone on 15 December 2025: the council will not renew your community grant. Your current grant ends on 31 March 2026.';
    expect(notice(text, '2026-01-02')).toEqual([]);
  });
});

describe('impact-assessment: dates and phone numbers are not evidence about people', () => {
  const dating = ['with effect from 1 October 2026', 'and this takes effect on 1 October 2026', 'which comes into effect on 1 October 2026'];
  for (const when of dating) {
    it(`“${when}” with a deferred assessment`, () => {
      const text = `1. Recommendation\n1.1 That Cabinet agrees to end the contract with Holm Carers Trust ${when}.\n\n2. Equality implications\n2.1 An EqIA will be brought to a future meeting once the new model has been designed.`;
      expect(problems('impact-assessment', text, '2026-07-01')).toEqual(['deferred']);
    });
  }
  for (const phone of ['phone 01632 960418, or come to', 'call 0300 123 4567 or come to', 'ring 01632 960 418 and come to']) {
    it(`“${phone} a drop-in session” is not a count of users`, () => {
      const text = `We are proposing to close two of the four day centres for older people.\n\nYou can fill in the survey online, ${phone} a drop-in session.\n\nOnce Cabinet has chosen an option, we will carry out an equality impact assessment.`;
      expect(problems('impact-assessment', text, '2026-02-10')).toEqual(['deferred']);
    });
  }
});

describe('impact-assessment: cuts in other words', () => {
  const cuts = [
    'From 1 April the alarm subsidy will be limited to people who receive pension credit.',
    'The subsidy will be confined to residents who get housing benefit.',
    'The service level agreement with the community kitchen will come to an end.',
    'We are no longer able to fund the lunch club.',
    'We have decided to bring the befriending contract to an end in September.',
    'The ICB plans to bring podiatry clinics together on fewer sites.',
  ];
  for (const cut of cuts) {
    it(`${cut} → missing`, () => {
      expect(problems('impact-assessment', cut, '2026-01-10')).toEqual(['missing']);
    });
    it(`${cut} + "Equality implications: None." → dismissed, even beside a count of who loses out`, () => {
      const text = `**Proposal:** ${cut} About 1,100 of the 2,600 people who use it now would lose it.\n\n**Reason:** To save money.\n\n**Equality implications:** None.`;
      expect(problems('impact-assessment', text, '2026-01-10', 'markdown')).toEqual(['dismissed']);
    });
  }
  it('not a cut: the bus goes to the end of the road', () => {
    expect(problems('impact-assessment', 'We will bring the bus to the end of the road.', '2026-01-10')).toEqual([]);
  });
});

describe('consultation-timescale: a consequence of the cause just before it', () => {
  const causes = [
    'Full Council must agree the budget on 19 February 2026.',
    'The government grant has to be spent by 31 March 2026.',
    'Because the funding settlement arrives late in December, time is short.',
  ];
  const consequences = [
    'That leaves us less time than our usual twelve weeks, so this survey is open for five weeks.',
    'This means the consultation is shorter than the 12 weeks we would normally allow.',
    'As a result this survey runs for five weeks rather than twelve.',
  ];
  for (const cause of causes) {
    for (const consequence of consequences) {
      it(`${cause.slice(0, 30)}… ${consequence.slice(0, 30)}…`, () => {
        const text = `**Opens:** 1 December 2025\n**Closes:** 5 January 2026\n\nWe would like your views on the budget. ${cause} ${consequence}`;
        const found = lintWithRule('consultation-timescale', text, {}, { referenceDate: '2025-12-01', format: 'markdown' });
        expect(found.map((finding) => [(finding.data as { lengthDays: number }).lengthDays, (finding.data as { explained: boolean }).explained])).toEqual([[35, true]]);
      });
    }
  }
  for (const invitation of ['Please fill in our survey.', 'Fill out the questionnaire.', 'Take part in our survey.']) {
    it(`“${invitation}” with no dates is a consultation that does not say when it closes`, () => {
      const text = `Podiatry clinics\n\nWe plan to bring clinics together on fewer sites. We'll be talking to patients over the summer. ${invitation}`;
      expect(problems('consultation-timescale', text, '2026-05-06')).toEqual(['missing']);
    });
  }
});
