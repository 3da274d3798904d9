/**
 * Classes of wording that blind round 10's first run showed the rules misreading, tested as
 * classes. Round 10 was text as it comes out of PDFs, Word and email: lines wrapped anywhere.
 * Passages are written for this file.
 *
 * - A sentence reads the same wherever its lines are wrapped: every wrap point of each sentence
 *   below is tried, and the findings must equal the unwrapped sentence's. A numbered paragraph's
 *   first line ("2.1 Saving: £210k; FYE £210k. Existing grants end 31 March") is not a heading.
 * - "… end on 31 March 2026 and will not be renewed / re-procured": the end is the change.
 * - "(b) That officers write to the provider giving four weeks' notice of the decision", after
 *   "(a) That the SLA is not renewed": stated notice of the change just before.
 * - A press release with no date of its own that records "The decision was taken by Cabinet on
 *   14 May 2025" counts notice from that day.
 * - Not cuts: "Anyone whose post is deleted" (staff), "paid in two halves"; a charity's account
 *   of what a funder "told us" is not the funder's proposal, unless it says the funder did not
 *   look at the impact.
 * - "Views on the proposals are invited from patients …" invites; "Embargoed until 00:01, 1
 *   October 2025" dates a press release, not a closing date.
 * - "Equality and Health Inequalities Impact Assessment (EHIA)": a Title Case name may leave a
 *   word out of its abbreviation; "MEMO" in a banner is a word.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const summary = (rule: string, text: string, referenceDate: string) =>
  lintWithRule(rule, text, {}, { referenceDate }).map((finding) => {
    const { problem, from, effective, lengthDays, start, close, basis } = finding.data as Record<string, unknown>;
    return JSON.stringify({ severity: finding.severity, problem, from, effective, lengthDays, start, close, basis });
  });

/** The text with the line wrapped after its `at`th space (a PDF's line break). */
function wrapAt(text: string, at: number): string {
  let seen = 0;
  return text.replace(/ /g, (space) => (seen++ === at ? '\n' : space));
}

describe('a sentence reads the same wherever its lines are wrapped', () => {
  const cases: { rule: string; text: string; referenceDate: string; expected: number }[] = [
    {
      rule: 'notice-period',
      referenceDate: '2025-07-18',
      text: '18 July 2025\n\nDear Ms Frost\n\nWe are writing to let you know that, following a review of ARRS use across the system, the ICB has decided not to extend your contract for the social prescribing link worker service beyond 30 September 2025.',
      expected: 1,
    },
    {
      rule: 'notice-period',
      referenceDate: '2026-01-28',
      text: '2.1 Saving: 2026/27 £210k; FYE £210k. Existing grants end 31 March 2026 and will not be re-procured.',
      expected: 1,
    },
    {
      rule: 'consultation-timescale',
      referenceDate: '2025-09-01',
      text: 'We would like to hear from groups of every size. You can comment from 1 September until 29 September 2025 using the online form.',
      expected: 1,
    },
    {
      rule: 'consultation-timescale',
      referenceDate: '2025-06-30',
      text: 'MEMO - 30 June 2025\n\nDraft Falls Prevention Policy v3 is attached and circulated for consultation to clinical leads and the Falls Steering Group. Comments to me by 18 July please.',
      expected: 0,
    },
    {
      rule: 'consultation-timescale',
      referenceDate: '2025-10-08',
      text: "4.1 Views on the proposals are invited from patients, carers and the public via the ICB's engagement platform and at drop-in sessions.",
      expected: 1,
    },
  ];
  for (const { rule, text, referenceDate, expected } of cases) {
    const flat = summary(rule, text, referenceDate);
    it(`${rule}: ${text.replace(/\n/g, ' ').slice(0, 70)}… (${expected} finding${expected === 1 ? '' : 's'} unwrapped)`, () => {
      expect(flat).toHaveLength(expected);
    });
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    const spacesBefore = text.length - lastLine.length === 0 ? 0 : (text.slice(0, text.length - lastLine.length).match(/ /g) ?? []).length;
    const wraps = (lastLine.match(/ /g) ?? []).length;
    // A PDF's line holds several words: wrap anywhere that leaves at least four on each side.
    it(`${rule}: the same findings with the last paragraph wrapped at each of its ${wraps - 6} inner spaces`, () => {
      for (let at = 3; at < wraps - 3; at++) {
        const wrapped = wrapAt(text, spacesBefore + at);
        expect(summary(rule, wrapped, referenceDate), JSON.stringify(wrapped)).toEqual(flat);
      }
    });
  }
});

describe('notice-period: an end date followed by a decision not to continue', () => {
  const subjects = ['The grants', 'Existing grants', 'Our contract with the carers’ centre', 'The service level agreement'];
  const ends = ['end on 31 March 2026', 'ends 31 March 2026', 'expire on 31 March 2026', 'will end on 31 March 2026'];
  const decisions = ['and will not be renewed', 'and will not be re-procured', 'and will not be extended', 'and there will be no further grant'];
  for (const subject of subjects) {
    for (const end of ends) {
      for (const decision of decisions) {
        const verb = /^(?:The grants|Existing grants)$/.test(subject) ? end.replace('ends', 'end').replace('expire', 'expire') : end.replace(/^end on/, 'ends on').replace(/^expire/, 'expires');
        it(`${subject} ${verb} ${decision}`, () => {
          const found = lintWithRule('notice-period', `${subject} ${verb} ${decision}.`, {}, { referenceDate: '2026-01-28' });
          expect(found.map((finding) => (finding.data as { effective: string }).effective)).toEqual(['2026-04-01']);
        });
      }
    }
  }
  it('a term followed by a plan to continue is not a change', () => {
    expect(lintWithRule('notice-period', 'The contract ends on 31 March 2026 and will be re-procured.', {}, { referenceDate: '2026-01-28' })).toEqual([]);
  });
});

describe('notice-period: notice stated in the resolution after the change', () => {
  const changes = ['That the SLA with Harbourside Welfare Rights is not renewed beyond its current term.', 'That the grant to the lunch club ends on 31 March 2026.'];
  const notices = ["That officers write to the provider giving four weeks' notice of the decision.", "That the club is given one month's notice in writing."];
  for (const change of changes) {
    for (const notice of notices) {
      it(`(a) ${change.slice(0, 40)}… (b) ${notice.slice(0, 40)}…`, () => {
        const text = `42. ADVICE SERVICES\n\nRESOLVED:\n(a) ${change}\n(b) ${notice}`;
        const found = lintWithRule('notice-period', text, {}, { referenceDate: '2025-11-19' }).map((finding) => (finding.data as { basis: string }).basis);
        expect(found).toContain('stated');
      });
    }
  }
});

describe('notice-period: the one decision date a press release records', () => {
  for (const note of ['The decision was taken by Cabinet on 14 May 2025.', 'Cabinet agreed the change on 14 May 2025.', 'The Executive approved the proposal on 14 May 2025.']) {
    it(note, () => {
      const text = `PRESS RELEASE\n\nThe council will stop funding the Dial-a-Ride service from 1 July 2025.\n\nENDS\n\nNotes to editors\n1. ${note}`;
      const found = lintWithRule('notice-period', text, {}, { referenceDate: '2025-05-20' });
      expect(found.map((finding) => (finding.data as { from: string }).from)).toEqual(['2025-05-14']);
    });
  }
  it('two decision dates in the notes: neither is taken', () => {
    const text =
      'PRESS RELEASE\n\nThe council will stop funding the Dial-a-Ride service from 1 July 2025.\n\nThe council thanked the volunteers.\n\nENDS\n\nNotes to editors\n\n1. Cabinet agreed the budget on 14 February 2025.\n\n2. Cabinet agreed the change on 14 May 2025.';
    const found = lintWithRule('notice-period', text, {}, { referenceDate: '2025-05-20' });
    expect(found.map((finding) => (finding.data as { from: string }).from)).toEqual(['2025-05-20']);
  });
});

describe('impact-assessment: not a public body’s cut', () => {
  const impact = (text: string) => lintWithRule('impact-assessment', text, {}, { referenceDate: '2025-09-15' }).map((finding) => (finding.data as { problem: string }).problem);
  for (const sentence of [
    'Anyone whose post is deleted will be offered redeployment support.',
    'Staff whose roles are reduced will be offered redeployment.',
    'The grant will be paid in two halves, in June and in October.',
    'The award is paid in equal halves each year.',
  ]) {
    it(sentence, () => expect(impact(sentence)).toEqual([]));
  }
  const accounts = ['On 3 March the ICB told us that its grant towards our Hospice at Home service will be reduced by 15% from April.', 'We were told in January that our grant from the council would stop after March.'];
  for (const account of accounts) {
    it(`an account: ${account.slice(0, 50)}…`, () => expect(impact(`SUPPORTER NEWS\n\n${account} We have written to ask them to think again.`)).toEqual([]));
    it(`an account that says the funder did not look at the impact: ${account.slice(0, 40)}…`, () =>
      expect(impact(`SUPPORTER NEWS\n\n${account} When we asked, they told us they had not looked at what the cut would mean for the families.`)).toEqual(['missing']));
  }
});

describe('consultation-timescale: a press release’s embargo line', () => {
  for (const embargo of ['Embargoed until 00:01, Wednesday 1 October 2025', 'EMBARGO: not for publication until 1 October 2025']) {
    it(embargo, () => {
      const text = `MEDIA RELEASE\n${embargo}\n\nThe Trust today launched a two-month public consultation on proposals to close the respite unit.`;
      const found = lintWithRule('consultation-timescale', text, {}, { referenceDate: '2025-10-01' }).map((finding) => (finding.data as { start: string; lengthDays: number }));
      expect(found.map((data) => [data.start, data.lengthDays])).toEqual([['2025-10-01', 61]]);
    });
  }
});

describe('undefined-acronym: a Title Case name that leaves a word out, and banner words', () => {
  const acronyms = (text: string) => lintWithRule('undefined-acronym', text, {}, { referenceDate: '2025-10-01' }).map((finding) => (finding.data as { acronym: string }).acronym);
  for (const [name, short] of [
    ['Equality and Health Inequalities Impact Assessment', 'EHIA'],
    ['Health and Wellbeing Strategy Board', 'HWB'],
  ] as const) {
    for (const article of ['The', 'An', 'Our']) {
      it(`${article} ${name} (${short})`, () => expect(acronyms(`${article} ${name} (${short}) is attached. The ${short} was written with carers.`)).toEqual([]));
    }
  }
  it('a trailing lower-case word still does not explain it: “Care Quality Commission inspectors (CQC)”', () => {
    expect(acronyms('Care Quality Commission inspectors (CQC) visited.')).toEqual(['CQC']);
  });
  for (const banner of ['MEMO', 'MEMORANDUM', 'BRIEFING', 'BULLETIN']) {
    it(`${banner} - 30 June 2025`, () => expect(acronyms(`${banner} - 30 June 2025\nTo: Matrons.`)).toEqual([]));
  }
});
