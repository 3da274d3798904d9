/**
 * Classes of wording that blind round 11's first run showed the rules misreading, tested as
 * classes (every combination of their parts). Passages are written for this file.
 *
 * Wrong errors:
 * - a cut denied by its subject ("No appointments or services are being reduced");
 * - an agreement's clause on the funded organisation ending it ("The Organisation may end this
 *   agreement by giving two months' written notice"), and an organisation's own closure, are
 *   not notice of a funding change;
 * - "The county council is asking for views … Their survey closes on 10 December" in a
 *   newsletter is another body's consultation, and so is the heading above it;
 * - a heading over a staff consultation ("start of formal consultation") titles that one.
 * Misses:
 * - contractions: "won't be renewed", "we haven't carried out an assessment";
 * - a question put in minutes ("asked whether an equality impact assessment had been done") is
 *   answered by the reply after it ("one would be undertaken once the budget had been agreed");
 * - a reason given as what could not be done ("so we could not run a longer consultation").
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const problems = (rule: string, text: string, referenceDate: string, format: 'text' | 'markdown' = 'text') =>
  lintWithRule(rule, text, {}, { referenceDate, format: format as never }).map((finding) => (finding.data as { problem?: string }).problem ?? finding.severity);

describe('impact-assessment: a cut denied by its subject', () => {
  const denials = ['No appointments or services are being reduced.', 'No services will be cut.', 'None of the centres will close.', 'No grants are being reduced this year.'];
  for (const denial of denials) {
    it(denial, () => {
      const text = `We want your views on moving the clinic to St Anne's Health Centre, a mile away. The same staff would run the same clinics. ${denial}`;
      expect(problems('impact-assessment', text, '2026-10-20')).toEqual([]);
    });
  }
  it('a cut with "no" elsewhere is still a cut', () => {
    expect(problems('impact-assessment', 'The council will close the day centre, with no replacement.', '2026-10-20')).toEqual(['missing']);
  });
});

describe('notice-period: not notice of a funding change', () => {
  const clauses = [
    "The Organisation may end this agreement by giving two months' written notice.",
    "The Grantee may terminate this agreement by giving one month's notice in writing.",
    "The Provider can end the contract by giving six weeks' notice.",
  ];
  for (const clause of clauses) {
    it(clause, () => expect(lintWithRule('notice-period', `### Schedule 4 – Ending this agreement\n\n**4.3 Ending by the Organisation.** ${clause}`, {}, { referenceDate: '2026-12-03', format: 'markdown' })).toEqual([]));
  }
  it('the funder’s own clause with short notice is still checked', () => {
    const text = "### Schedule 4\n\n**4.1** The Council may end this grant by giving the Organisation one month's notice.";
    expect(lintWithRule('notice-period', text, {}, { referenceDate: '2026-12-03', format: 'markdown' }).length).toBe(1);
  });
  for (const closure of ['the trustees of Tuesday Club have decided to close the charity at the end of January', 'the club will close at the end of January']) {
    it(`an organisation's own closure: ${closure}`, () =>
      expect(lintWithRule('notice-period', `## Goodbye\n\nAfter 31 years, ${closure}. We thank the volunteers.`, {}, { referenceDate: '2026-12-03', format: 'markdown' })).toEqual([]));
  }
});

describe('notice-period: contractions', () => {
  const phrasings = ["the SLA won't be renewed when it ends on 31 March", "the grant won't continue after 31 March", "we won't be renewing the contract when it ends on 31 March"];
  for (const phrasing of phrasings) {
    it(phrasing, () => {
      const found = lintWithRule('notice-period', `Sent: Thu 14/01/2027\n\nMorning Lisa,\n\nI'm afraid ${phrasing}.`, {}, { referenceDate: '2027-01-14' });
      expect(found.map((finding) => (finding.data as { effective: string }).effective)).toEqual(['2027-04-01']);
    });
  }
});

describe('consultation-timescale: whose consultation', () => {
  const bodies = ['The county council', 'The ICB', 'The district council', 'Our local hospital trust'];
  for (const body of bodies) {
    it(`${body} is asking for views … Their survey closes …`, () => {
      const text = `# Bulletin\n\n## Goodbye to Tuesday Club\n\nAfter 31 years, the trustees have decided to close the club at the end of January.\n\n## Budget consultation\n\n${body} is asking for views on its budget for next year. Their survey closes on 10 December. We'll send in a response for our members.`;
      expect(problems('consultation-timescale', text, '2026-12-03', 'markdown')).toEqual([]);
    });
  }
  it('a council speaking of itself ("launched its consultation") is the writer', () => {
    const text = 'Kestrel Bay Council today launched its consultation on the budget. The survey opens today and runs for three weeks.';
    expect(problems('consultation-timescale', text, '2025-11-24')).toEqual(['too-short']);
  });
  for (const heading of ['Proposed restructure – start of formal consultation', 'Formal consultation on the new structure']) {
    it(`a heading over a staff consultation: ${heading}`, () => {
      const text = `${heading}\n\nToday we are starting a formal 30-day consultation with staff and the trade unions on the proposed new structure. The consultation closes on 16 December 2026.\n\nPlease send comments to the restructure mailbox.`;
      expect(problems('consultation-timescale', text, '2026-11-16')).toEqual([]);
    });
  }
});

describe('impact-assessment: contractions and questions in minutes', () => {
  const cut = 'The ICB will stop funding the community peer support service from 1 February 2027.';
  for (const said of ["we haven't carried out a separate assessment of the effect on patients", "we haven't done an EIA on this one", "we didn't carry out an assessment of the impact on users"]) {
    it(said, () => expect(problems('impact-assessment', `${cut} Because the service is small, ${said}.`, '2026-11-25')).toEqual(['missing']));
  }
  const questions = ['Cllr Farrow asked whether an equality impact assessment had been done.', 'Members asked if an EqIA had been carried out.'];
  const replies = [
    ['The Director replied that one would be undertaken once the budget had been agreed.', 'deferred'],
    ['Officers confirmed that it would be completed after the decision.', 'deferred'],
    ['The Director replied that one would be completed before Cabinet makes its decision.', null],
  ] as const;
  for (const question of questions) {
    for (const [reply, expected] of replies) {
      it(`${question} ${reply}`, () => {
        const text = `3. PUBLIC HEALTH SAVINGS\nThe Director presented proposals to reduce funding to three voluntary sector stop-smoking services from April 2027.\n${question} ${reply}\nNOTED.`;
        expect(problems('impact-assessment', text, '2026-10-14')).toEqual(expected ? [expected] : []);
      });
    }
  }
});

describe('consultation-timescale: a reason given as what could not be done', () => {
  for (const reason of [
    'The landlord needs our answer by the middle of December, so we could not run a longer consultation.',
    'We cannot run a longer consultation without losing the new site.',
    'We were unable to consult for longer because the lease ends in March.',
  ]) {
    it(reason, () => {
      const text = `## This consultation\n\nThis consultation opened on 12 October 2026 and will run for 8 weeks.\n\nIt is shorter than the usual 12 weeks. ${reason}`;
      const found = lintWithRule('consultation-timescale', text, {}, { referenceDate: '2026-10-20', format: 'markdown' });
      expect(found.map((finding) => (finding.data as { explained: boolean }).explained)).toEqual([true]);
    });
  }
});

describe('undefined-acronym: a subject marker', () => {
  const acronyms = (text: string) => lintWithRule('undefined-acronym', text, {}, { referenceDate: '2027-02-12' }).map((finding) => (finding.data as { acronym: string }).acronym);
  for (const marker of ['RE:', 'RE :', '**RE:**']) {
    for (const opening of ['Dear Anna,\n\n', 'To: The Coordinator\n']) {
      it(`${JSON.stringify(opening)} ${marker} Family support grant`, () => expect(acronyms(`${opening}${marker} Family support grant – changes from April\n\nWe are writing to you.`)).toEqual([]));
    }
  }
  it('RE in a sentence is still an abbreviation to explain', () => expect(acronyms('Pupils study RE in Year 7.')).toEqual(['RE']));
});
