/**
 * Classes of wording that blind round 6's first run showed the rules misreading, each tested
 * as a class: the parts are combined (every combination), not listed as sentences. Passages
 * are written for this file (fictional bodies).
 *
 * - a cut to "the number of <team> posts" is about staff, not a service;
 * - a bulleted rule about cuts ("- Where funding is going to end, we will …") is a policy, not a cut;
 * - an assessment promised "before we decide" comes in time, "after we decide" does not;
 * - "what a cut would mean" speaks of a cut that may come, not one proposed;
 * - a contract "allowed to expire" or "not put out to tender again", services merged or brought
 *   "into a single" place, and "shorter opening hours" being consulted on are cuts;
 * - an invitation to comment right after an internal circulation belongs to it, and one
 *   organisation "informed … and invited to comment" is told of a decision, not consulted;
 * - decision records: "Not to renew …", "**Decision:** To reduce …", "not to continue … beyond".
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const impactProblems = (text: string, referenceDate = '2026-03-16') =>
  lintWithRule('impact-assessment', text, {}, { referenceDate }).map((finding) => (finding.data as { problem: string }).problem);

describe('impact-assessment: staff posts are not a service', () => {
  const teams = ['', 'library management ', 'senior social work ', 'customer service ', 'admin '];
  const nouns = ['posts', 'roles', 'staff', 'managers'];
  for (const team of teams) {
    for (const noun of nouns) {
      it(`reduce the number of ${team}${noun}`, () => {
        expect(impactProblems(`Today we start collective consultation on a proposal to reduce the number of ${team}${noun} from 14 to 11.`)).toEqual([]);
      });
    }
  }
  it('still finds a cut to a grant that pays staff', () => {
    expect(impactProblems('We propose to reduce the grant that pays staff at the lunch club.')).toEqual(['missing']);
    expect(impactProblems('We will reduce the number of lunch club sessions.')).toEqual(['missing']);
  });
});

describe('impact-assessment: a bulleted rule about cuts is a policy', () => {
  const bullets = ['- ', '* ', '• ', '1. ', '(a) '];
  const openers = ['Where', 'When', 'Should'];
  const changes = ['funding is going to end or be reduced', 'funding ends', 'a grant is to be cut'];
  for (const bullet of bullets) {
    for (const opener of openers) {
      for (const change of changes) {
        const clause = opener === 'Should' ? change.replace(/ is (?:going )?to (?:end|be)/, ' be').replace(' ends', ' end') : change;
        it(`${bullet}${opener} ${clause}, …`, () => {
          expect(impactProblems(`${bullet}${opener} ${clause}, we will tell the organisation in writing six months before the change and explain why.`)).toEqual([]);
        });
      }
    }
  }
});

describe('impact-assessment: an assessment before the decision comes in time', () => {
  const deciders = ['we decide', 'the council decides', 'cabinet decides', 'the board decides', 'the trust decides'];
  for (const decider of deciders) {
    it(`before ${decider}`, () => {
      expect(impactProblems(`We propose to close the day centre. We will assess the impact on service users before ${decider}.`)).toEqual([]);
    });
    it(`after ${decider}`, () => {
      expect(impactProblems(`We propose to close the day centre. We will assess the impact on service users after ${decider}.`)).toEqual(['deferred']);
    });
  }
  for (const change of ['cut', 'reduction', 'closure', 'change']) {
    for (const modal of ['would', 'could', 'might']) {
      it(`"what a ${change} ${modal} mean" is not a proposal`, () => {
        expect(impactProblems(`We will assess what a ${change} ${modal} mean for the people who use the service before we decide, and share that assessment.`)).toEqual([]);
      });
    }
  }
});

describe('impact-assessment: other words for ending or shrinking a service', () => {
  const subjects = ['The contract with Riverside Peer Support', 'The befriending contract', 'Our service level agreement with the advice centre'];
  const endings = ['will be allowed to expire at the end of June', 'will be left to lapse in June', 'will not be put out to tender again', 'will not be re-tendered when it ends'];
  for (const subject of subjects) {
    for (const ending of endings) {
      it(`${subject} ${ending}`, () => {
        expect(impactProblems(`${subject} ${ending}.`)).toEqual(['missing']);
      });
    }
  }
  const places = ['the three cafés', 'the three community wellbeing cafés run by local charities', 'the two day centres', 'both youth clubs'];
  for (const place of places) {
    it(`bring ${place} into a single offer`, () => {
      expect(impactProblems(`The council proposes to bring ${place} into a single offer at the Orchard Centre.`)).toEqual(['missing']);
    });
    it(`merge ${place}`, () => {
      expect(impactProblems(`The council proposes to merge ${place}.`)).toEqual(['missing']);
    });
  }
  for (const less of ['shorter', 'reduced', 'fewer']) {
    for (const what of ['opening hours', 'sessions', 'library hours']) {
      it(`consulting on ${less} ${what}`, () => {
        expect(impactProblems(`We are consulting on new, ${less} ${what} for Mossbank and Eastgate libraries.`)).toEqual(['missing']);
      });
    }
  }
  it('does not read "bring your comments into a single response" as a cut', () => {
    expect(impactProblems('Please bring your comments into a single response.')).toEqual([]);
  });
});

describe('consultation-timescale: invitations that are not a public consultation', () => {
  const consultProblems = (text: string) => lintWithRule('consultation-timescale', text, {}, { referenceDate: '2025-11-18' });
  const circulated = ['circulated for consultation to Finance, Legal and the Equalities Officer', 'sent for consultation to HR and Finance', 'shared for comments and consultation with the legal team'];
  const invitations = ['Please send any comments by 5pm on Friday 28 November.', 'Please give your feedback by 28 November.', 'Send your comments to me no later than 28 November.'];
  for (const circulation of circulated) {
    for (const invitation of invitations) {
      it(`${circulation} / ${invitation}`, () => {
        expect(consultProblems(`Colleagues,\n\nThe attached draft is ${circulation}. ${invitation}\n\nThanks`)).toEqual([]);
      });
    }
  }
  it('a public consultation followed by the same invitation is still judged', () => {
    expect(consultProblems('The council is consulting on changes to the library service. Please send any comments by 5pm on Friday 28 November.')).toHaveLength(1);
  });
  for (const told of ['was informed in writing on 13 March 2026, with the reasons, and invited to comment', 'was told of the decision by letter and invited to respond', 'were notified on 2 March and invited to comment']) {
    it(`the organisation ${told}`, () => {
      expect(consultProblems(`Greenlow CVS ${told}.`)).toEqual([]);
    });
  }
});

describe('notice-period: decisions as decision records write them', () => {
  const notice = (text: string, referenceDate: string) =>
    lintWithRule('notice-period', text, {}, { referenceDate }).map((finding) => {
      const data = finding.data as { from: string; effective: string };
      return `${data.from}→${data.effective}`;
    });
  const labels = ['', 'Decision: ', '**Decision:** ', '__Decision__: ', 'Decision – '];
  const decisions = [
    ['Not to renew the SLA with Westmoor Welfare Rights when it expires on 31 March 2026.', '2026-04-01'],
    ['To reduce the outreach grant to Horton Women’s Aid by 15% with effect from 1 April 2026.', '2026-04-01'],
    ['Not to continue the grant to the lunch club beyond 30 April 2026.', '2026-05-01'],
  ] as const;
  for (const label of labels) {
    for (const [decision, effective] of decisions) {
      it(`${label}${decision}`, () => {
        expect(notice(`**Date of decision:** Monday 9 February 2026\n\n${label}${decision}`, '2026-02-09')).toEqual([`2026-02-09→${effective}`]);
      });
    }
  }
  for (const subject of ['the ICB', 'the council', 'the trust']) {
    it(`${subject} has decided not to continue this funding beyond a date`, () => {
      expect(notice(`Having reviewed its allocation, ${subject} has decided not to continue this funding beyond 30 April 2026.`, '2026-03-18')).toEqual(['2026-03-18→2026-05-01']);
    });
  }
  it('three months or more is enough', () => {
    expect(notice('Not to continue the grant to the lunch club beyond 30 September 2026.', '2026-03-18')).toEqual([]);
  });
});
