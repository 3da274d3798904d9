/**
 * Classes of wording that blind round 7's first run showed the rules misreading, tested as
 * classes (every combination of their parts). Passages are written for this file.
 *
 * - a key-dates table ("| Opens | … |", "| Closes | 11:59pm, Monday 6 April 2026 |") or a bold
 *   field ("**Closes:** …") dates the consultation wherever the invitation stands on the page;
 * - "Have your say by:", "Take part by", "Get involved by" give the closing date;
 * - a subsection asking "Why is this consultation shorter than usual?" answers for the period
 *   above it, and "That is why …" gives a reason;
 * - a letter from a funded organisation ("Under our grant agreement we must tell you…") that
 *   says "we have decided to close the club" tells of its own decision, not the funder's cut.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

type ConsultationData = { problem: string; start: string | null; close: string | null; explained: boolean };
const consultation = (text: string, referenceDate: string, format: 'text' | 'markdown' = 'markdown') =>
  lintWithRule('consultation-timescale', text, {}, { referenceDate, format: format as never }).map((finding) => finding.data as ConsultationData);

const FILLER =
  'The council pays three charities to run community transport. We are proposing to bring the grants together into one agreement from April 2027.\n\nMost of the saving would come from sharing one booking line.';

describe('consultation-timescale: key dates given as fields', () => {
  const opens = ['| Opens | Monday 12 January 2026 |', '| Opening date | 12 January 2026 |', '| Start | 12/01/2026 |'];
  const closes = ['| Closes | 11:59pm, Monday 6 April 2026 |', '| Closing date | 6 April 2026 |', '| Closes | midnight on 6 April 2026 |'];
  for (const open of opens) {
    for (const close of closes) {
      it(`${open} / ${close}: twelve weeks is enough`, () => {
        const text = `# Community transport: help us plan the next five years\n\n## Key dates\n\n| | |\n|---|---|\n${open}\n${close}\n\n## What we are proposing\n\n${FILLER}\n\n## How to have your say\n\nFill in the online survey.`;
        expect(consultation(text, '2026-01-20')).toEqual([]);
      });
      it(`${open} / ${close} with an earlier close: too short, measured from the table`, () => {
        const shortClose = close.replace('6 April', '9 March').replace('Monday 9 March', 'Monday 9 March');
        const text = `# Help us plan\n\n## Key dates\n\n| | |\n|---|---|\n${open}\n${shortClose}\n\n## What we are proposing\n\n${FILLER}\n\n## How to have your say\n\nFill in the online survey.`;
        expect(consultation(text, '2026-01-20').map((data) => [data.problem, data.close])).toEqual([['too-short', '2026-03-09']]);
      });
    }
  }
  for (const label of ['Have your say by', 'Take part by', 'Get involved by', 'Respond by']) {
    for (const date of ['5pm on Friday 27 February', '27 February 2026', 'Friday 27th February']) {
      it(`${label}: ${date}`, () => {
        const text = `## Day centres – consultation\n\nOpened: 2 February\n${label}: ${date}\n\nWe are proposing to close two of the four day centres.`;
        expect(consultation(text, '2026-02-02').map((data) => [data.problem, data.start, data.close])).toEqual([['too-short', '2026-02-02', '2026-02-27']]);
      });
    }
  }
});

describe('consultation-timescale: the reason under its own question', () => {
  const questions = ['Why is this consultation shorter than usual?', 'Why only six weeks?', 'Why is the consultation period short?', 'The reason for a shorter consultation'];
  const answers = [
    'The grant conditions say the scheme must be in place by 1 June 2026.',
    'We would normally consult for twelve weeks. The government has set a deadline of 1 June 2026. That is why this consultation lasts six weeks.',
    'Because the money has to be paid out by the end of June.',
  ];
  for (const question of questions) {
    for (const answer of answers) {
      it(`${question} → ${answer.slice(0, 40)}…`, () => {
        const text = `## Household Support Fund\n\n**Open:** 9 March 2026 – 19 April 2026\n\nWe would like your views on who should get priority.\n\n### ${question}\n${answer}\n\n### How to respond\nOnline survey.`;
        expect(consultation(text, '2026-03-09').map((data) => [data.problem, data.explained])).toEqual([['too-short', true]]);
      });
    }
  }
  it('a subsection about something else gives no reason', () => {
    const text = `## Household Support Fund\n\n**Open:** 9 March 2026 – 19 April 2026\n\nWe would like your views.\n\n### Working with partners\nThe scheme must be in place by 1 June 2026.`;
    expect(consultation(text, '2026-03-09').map((data) => data.explained)).toEqual([false]);
  });
});

describe('impact-assessment: a funded organisation telling of its own decision', () => {
  const impact = (text: string) => lintWithRule('impact-assessment', text, {}, { referenceDate: '2026-02-20' }).map((finding) => (finding.data as { problem: string }).problem);
  const writers = ['on behalf of the committee', 'on behalf of the trustees', 'as chair of the club'];
  const decisions = ['we have decided to close the Westbrook Lunch Club', 'we will stop running the lunch club at the end of March', 'we have decided to end the befriending service'];
  const grantee = ['Under our grant agreement we must tell you if we stop running the activity.', 'We will return the unspent part of our grant.'];
  for (const writer of writers) {
    for (const decision of decisions) {
      for (const line of grantee) {
        it(`${writer}: ${decision} / ${line}`, () => {
          expect(impact(`Dear Mr Barnes,\n\nI am writing ${writer} to let you know that ${decision}. ${line}\n\nYours sincerely,`)).toEqual([]);
        });
      }
    }
  }
  it('the funder ending the grant, told by the grantee, is still a cut', () => {
    expect(impact('Dear Ms Patel,\n\nThe council has decided to end our grant from 1 April. Under our grant agreement we must tell you if we stop running the activity.')).toEqual(['missing']);
  });
});

describe('consultation-timescale: "Comments on these proposals should reach … by"', () => {
  const subjects = ['these proposals', 'the draft strategy', 'our plans', 'the options'];
  const verbs = ['should reach the Finance team', 'must reach us', 'should be sent to the council', 'can be submitted'];
  for (const subject of subjects) {
    for (const verb of verbs) {
      it(`Comments on ${subject} ${verb} by …`, () => {
        const text = `# Draft budget\n\nComments on ${subject} ${verb} by Friday 6 February 2026.`;
        expect(consultation(text, '2026-01-15').map((data) => [data.problem, data.close])).toEqual([['too-short', '2026-02-06']]);
      });
    }
  }
  it('comments received in the past are a report, not an invitation', () => {
    expect(consultation('Comments on the proposals were received from 40 groups by 6 January 2026.', '2026-01-15', 'text')).toEqual([]);
  });
});

describe('impact-assessment: "will not be continuing / renewing"', () => {
  const impact = (text: string) => lintWithRule('impact-assessment', text, {}, { referenceDate: '2026-01-09' }).map((finding) => (finding.data as { problem: string }).problem);
  for (const subject of ['The council', 'We', 'The ICB']) {
    for (const verb of ['continuing', 'renewing', 're-commissioning']) {
      for (const object of ['your annual grant', 'the contract for the lunch club', 'the befriending service']) {
        it(`${subject} will not be ${verb} ${object}`, () => {
          expect(impact(`${subject} will not be ${verb} ${object}.`)).toEqual(['missing']);
        });
      }
    }
  }
});

describe('notice-period: a change set out as a list under its lead-in (fixed after blind-11)', () => {
  const leadIns = ['your funding will taper over three years:', 'the grant will be reduced as follows:', 'we will step down the contract value:'];
  const items = ['• 2026/27 – £40,000 (currently £50,000), from 1 April 2026', '- £40,000 from 1 April 2026', '(a) £40,000 a year from 1 April 2026'];
  for (const leadIn of leadIns) {
    for (const item of items) {
      it(`${leadIn} ${item}`, () => {
        const text = `Dear Priyanka,\n\nI'm writing to confirm that ${leadIn}\n\n${item}\n• 2027/28 – £25,000`;
        const found = lintWithRule('notice-period', text, {}, { referenceDate: '2026-02-02' });
        expect(found.map((finding) => (finding.data as { effective: string }).effective)).toEqual(['2026-04-01']);
      });
    }
  }
  it('a list under a lead-in that changes nothing is not notice', () => {
    const text = 'Dear Priyanka,\n\nYour grant payments for next year are:\n\n• £40,000 from 1 April 2026\n• £40,000 from 1 April 2027';
    expect(lintWithRule('notice-period', text, {}, { referenceDate: '2026-02-02' })).toEqual([]);
  });
});

describe('impact-assessment: an assessment not done before the decision, promised for later (fixed after blind-11)', () => {
  for (const said of [
    'an equality impact assessment had not been completed before the decision, but that one would be finished by the end of April',
    "the EqIA wasn't done ahead of the decision but will be completed next month",
  ]) {
    it(said, () => {
      const text = `The Cabinet Member confirmed that the organisations had been notified that funding would end on 31 March 2026.\n\nThe Head of Service said that ${said}.`;
      expect(lintWithRule('impact-assessment', text, {}, { referenceDate: '2026-03-04' }).map((finding) => (finding.data as { problem: string }).problem)).toEqual(['deferred']);
    });
  }
});
