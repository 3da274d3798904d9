/**
 * Property tests for how impact-assessment reads papers it has never seen: the ways a cut and
 * what a paper says about its impact are written, composed at random rather than listed.
 *
 * - a cut (verb form × what is cut × framing: recommendation, "it is proposed", a list under
 *   "we are proposing:", a gerund heading a list item, minutes, a decision notice, a letter
 *   that refers back with "it", tighter eligibility) × what the paper says about the impact
 *   (nothing; waved away in one of the forms papers use; put off until after the decision;
 *   done or promised before the decision): exactly the problem the statement implies, on
 *   every finding, and no finding when the assessment is done;
 * - things that are not this body cutting something people rely on (a charity's notice to
 *   the council, an organisation's own decision, staff posts, a general policy on how a grant
 *   would be ended, a closure that has happened, a response to another body's consultation,
 *   a paused proposal, a cut named as a cause, an option set aside), with no assessment
 *   anywhere: no finding;
 * - agenda packs and minutes of several items in a random order, one item with an assessed
 *   cut and another with an unassessed one: exactly one finding, in the unassessed item, with
 *   its problem; and a single report whose recommendation and equality section are in
 *   different numbered sections: judged as one paper.
 *
 * All councils, organisations and places are fictional.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

/** Fixed so CI sees the same papers every run; set IMPACT_SEED to explore others. */
const SEED = Number(process.env.IMPACT_SEED ?? 20261202);
const RUNS = 250;

const ORGANISATIONS = ['Wrenfield Befrienders', 'Oakhollow Community Larder', 'Pellbridge Carers Together', 'Stoneleigh Youth Forum', 'Marrowby Advice Point'];
const PLACES = ['Hatherley', 'Quarry Bank', 'Millstream', 'Fenwick Road', 'Ashcombe'];

/** What is cut: its words, and whether it reads as a service (for eligibility wording). */
interface Target {
  words: (organisation: string, place: string) => string;
  service: boolean;
}

const TARGETS: Target[] = [
  { words: (organisation) => `the grant to ${organisation}`, service: false },
  { words: (organisation) => `core funding for ${organisation}`, service: false },
  { words: (organisation) => `the contract with ${organisation} for befriending visits`, service: false },
  { words: (_organisation, place) => `the ${place} day centre`, service: true },
  { words: (_organisation, place) => `the ${place} mobile library service`, service: true },
  { words: (_organisation, place) => `the ${place} lunch club`, service: true },
  { words: (_organisation, place) => `the ${place} youth club`, service: true },
  { words: (organisation) => `the council's annual contribution of £12,000 to ${organisation}`, service: false },
];

/** A cut written one way. `paper` gets what is cut and returns the paper's text before any assessment. */
interface Framing {
  name: string;
  paper: (target: string, target2: string) => string;
  /** Only for a service (eligibility). */
  serviceOnly?: boolean;
}

const FRAMINGS: Framing[] = [
  { name: 'recommendation: reduce', paper: (target) => `Recommendations\n\nThat Cabinet agrees to reduce ${target} by 25 per cent from 1 April 2026.` },
  { name: 'recommendation: withdraw', paper: (target) => `Recommendation\n\nThat the Executive withdraws ${target} from 1 July 2026.` },
  { name: 'it is proposed: end', paper: (target) => `It is proposed to end ${target} on 30 September 2026, saving £18,000 a year.` },
  { name: 'will: cease', paper: (target) => `As part of the savings programme the council will cease ${target} at the end of March 2027.` },
  { name: 'would be decommissioned', paper: (target) => `Under option B, ${target} would be decommissioned in the summer.` },
  {
    name: 'bullets under "we are proposing:"',
    paper: (target, target2) => `We must save £1.1 million next year. To do this we are proposing:\n\n• halving ${target};\n• stopping ${target2};\n• charging for garden waste.\n\nTell us what you think.`,
  },
  { name: 'gerund list item', paper: (target) => `Savings proposals 2026/27\n\n1. Withdrawing ${target} (saving £40,000)\n2. Charging for replacement bins (income £5,000)` },
  { name: 'gerund heading a paragraph', paper: (target) => `Closing ${target}\n\nThe building needs a new roof and the council cannot fund the repair.` },
  { name: 'minutes: AGREED to', paper: (target) => `Minutes\n\nThe committee considered the savings report. Members AGREED to reduce ${target} by £8,000 from 1 April.` },
  { name: 'minutes: RESOLVED that … be ended', paper: (target) => `RESOLVED – That ${target} be ended on 31 March 2027.` },
  { name: 'decision notice', paper: (target) => `Record of decision\n\nDecision: To stop ${target} from 1 October 2026.\n\nReasons: Falling numbers.` },
  {
    name: 'letter: decided not to renew it',
    paper: (target) => `Dear Ms Adeyemi\n\n${target[0]!.toUpperCase()}${target.slice(1)} runs until 31 March 2026. I am writing to tell you that the council has decided not to renew it.\n\nYours sincerely`,
  },
  {
    name: 'tighter eligibility',
    paper: (target) => `It is proposed that from 1 June 2026 ${target} will only be available to residents aged 80 and over. At present anyone over 65 can use it.`,
    serviceOnly: true,
  },
];

type Expected = 'missing' | 'dismissed' | 'deferred' | null;

/** What the paper says about the impact, and the problem that statement leaves. */
const STATEMENTS: { text: string; expected: Expected }[] = [
  { text: '', expected: 'missing' },
  { text: 'No equality impact assessment has been carried out.', expected: 'missing' },
  { text: 'Equality implications: None.', expected: 'dismissed' },
  { text: 'Equality implications\n\nNone.', expected: 'dismissed' },
  { text: 'Equality impact assessment: Not applicable – this is a budget decision.', expected: 'dismissed' },
  { text: 'EqIA: N/A', expected: 'dismissed' },
  { text: 'There are no equality implications arising from this report.', expected: 'dismissed' },
  { text: 'There are no implications for people with protected characteristics.', expected: 'dismissed' },
  { text: 'There will be no impact on service users.', expected: 'dismissed' },
  { text: 'We do not expect this change to have any impact on residents.', expected: 'dismissed' },
  { text: 'An equality impact assessment will be completed once the decision is made.', expected: 'deferred' },
  { text: 'An EqIA will be carried out following the decision.', expected: 'deferred' },
  { text: 'The equality impact assessment is to be reported to a later meeting of the committee.', expected: 'deferred' },
  { text: 'Equality impact assessment: To follow.', expected: 'deferred' },
  { text: "The effect on the people who use it will be picked up in the post-implementation review.", expected: 'deferred' },
  { text: "An assessment of what the change will mean for users will be brought to the committee's next meeting.", expected: 'deferred' },
  { text: 'An Equality Impact Assessment has been completed and is attached at Appendix B.', expected: null },
  { text: 'The equality impact assessment at Appendix 2 found that 140 people use the service, most of them over 75, and sets out the help each will be offered.', expected: null },
  { text: 'Officers have had due regard to the Public Sector Equality Duty; the full assessment is at Appendix C.', expected: null },
  { text: 'A full equality impact assessment will be completed before any final decision is made.', expected: null },
];

const problemsOf = (text: string) => lintWithRule('impact-assessment', text).map((finding) => finding.data.problem as Expected);

describe('impact-assessment: a cut in any framing, with any statement about its impact', () => {
  it('gives every finding the problem the statement implies, and none when the impact is assessed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FRAMINGS),
        fc.constantFrom(...TARGETS),
        fc.constantFrom(...TARGETS),
        fc.constantFrom(...ORGANISATIONS),
        fc.constantFrom(...PLACES),
        fc.constantFrom(...STATEMENTS),
        (framing, target, other, organisation, place, statement) => {
          fc.pre(!framing.serviceOnly || target.service);
          const paper = framing.paper(target.words(organisation, place), other.words(organisation, place === 'Ashcombe' ? 'Hatherley' : 'Ashcombe'));
          const text = statement.text ? `${paper}\n\n${statement.text}` : paper;
          const problems = problemsOf(text);
          if (statement.expected === null) expect(problems, text).toEqual([]);
          else {
            expect(problems.length, text).toBeGreaterThan(0);
            expect(new Set(problems), text).toEqual(new Set([statement.expected]));
          }
        },
      ),
      { seed: SEED, numRuns: RUNS * 4 },
    );
  }, 120_000);
});

/** Sentences about cuts that are not this body cutting something people rely on. */
const NOT_CUTS: ((organisation: string, place: string) => string)[] = [
  (organisation) => `${organisation} has given the council three months' notice that it will stop running its Saturday drop-in from 1 May.`,
  (organisation) => `The trustees of ${organisation} have decided to close the charity's shop at the end of the year.`,
  (_o, place) => `The ${place} library service will reduce the number of staff posts from twelve to ten by not filling two vacancies.`,
  () => 'If the Council intends to end this agreement early, or to reduce the grant, it will tell the Organisation in writing at least three months before.',
  () => 'In any case where a grant is withdrawn for poor performance, the unspent money will be returned to the fund.',
  (_o, place) => `The ${place} day centre closed permanently last month after the lease ran out.`,
  (organisation) => `The grant to ${organisation} was reduced in 2021 and has stayed at that level since.`,
  () => "The council will send its response to the government's consultation on reducing funding for homelessness services, which closes on 12 March.",
  (_o, place) => `Proposals to close the ${place} youth club have been paused while a wider review takes place.`,
  () => 'Due to the reduction in the government grant, the council must find new savings next year.',
  (_o, place) => `Closing the ${place} lunch club was considered and rejected, as there is no other club nearby.`,
  () => 'A guide to how councils should plan the decommissioning of services delivered by charities.',
  (organisation) => `The committee noted the petition concerning closure of the ${organisation} office.`,
];

describe('impact-assessment: cuts that are not this body cutting something people rely on', () => {
  it('raises nothing, even with no assessment anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOT_CUTS), fc.constantFrom(...ORGANISATIONS), fc.constantFrom(...PLACES), fc.boolean(), (sentence, organisation, place, withNone) => {
        const text = `${sentence(organisation, place)}${withNone ? '\n\nEquality implications: None.' : ''}`;
        expect(problemsOf(text), text).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);
});

/** An item of an agenda or minutes: its title and body. */
interface AgendaItem {
  title: string;
  body: string;
  /** The cut reported in this item (its problem), if any. */
  expected?: Expected;
}

const ROUTINE: AgendaItem[] = [
  { title: 'Apologies for absence', body: 'Apologies were received from Councillor Okoro.' },
  { title: 'Declarations of interest', body: 'There were no declarations of interest.' },
  { title: 'Treasury management strategy', body: 'Report of the Chief Finance Officer.' },
  { title: 'Public questions', body: 'No questions had been received.' },
];

const ASSESSED: ((organisation: string, place: string) => AgendaItem)[] = [
  (_o, place) => ({
    title: 'Library opening hours',
    body: `Cabinet is asked to agree new opening hours at the ${place} library, which reduce opening by 12 hours a week. A full equality impact assessment is attached at Appendix B.`,
  }),
  (organisation) => ({
    title: 'Befriending contract',
    body: `It is proposed to end the contract with ${organisation} in September. The equality impact assessment found that 60 people use the service and sets out the support each will be offered.`,
  }),
];

const UNASSESSED: ((organisation: string, place: string, statement: { text: string; expected: Expected }) => AgendaItem)[] = [
  (organisation, _p, statement) => ({
    title: 'Community grants 2026/27',
    body: `Cabinet is asked to agree a 20 per cent reduction in the core grant to ${organisation} from 1 April 2026.${statement.text ? `\n${statement.text}` : ''}`,
    expected: statement.expected,
  }),
  (_o, place, statement) => ({
    title: 'Day services review',
    body: `Members AGREED that the ${place} day centre would close on 30 November.${statement.text ? ` ${statement.text}` : ''}`,
    expected: statement.expected,
  }),
];

const ITEM_STATEMENTS = STATEMENTS.filter((statement) => statement.expected !== null && !statement.text.includes('\n'));

const HEADINGS: ((number: number, title: string) => string)[] = [
  (number, title) => `${number}. ${title}`,
  (number, title) => `${number}. ${title.toUpperCase()}`,
  (number, title) => `Item ${number}: ${title}`,
];

const OPENINGS = [
  'Marlow Vale District Council\nCABINET\nThursday 5 March 2026 at 6pm\n\nAGENDA',
  'Kestrel Bay Borough Council\nCommunities Committee\nMinutes of the meeting held on 12 February 2026\n\nPresent: Councillor Ruiz (Chair), Councillors Byrne and Lowe',
];

describe('impact-assessment: an agenda or minutes is judged item by item', () => {
  it('reports the unassessed cut, in its own item, whatever the order of the items, and nothing for the assessed one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...HEADINGS),
        fc.constantFrom(...ASSESSED),
        fc.constantFrom(...UNASSESSED),
        fc.constantFrom(...ITEM_STATEMENTS),
        fc.shuffledSubarray(ROUTINE, { minLength: 1 }),
        fc.nat(),
        fc.constantFrom(...ORGANISATIONS),
        fc.constantFrom(...PLACES),
        (opening, heading, assessed, unassessed, statement, routine, seed, organisation, place) => {
          const items = [...routine];
          const good = assessed(organisation, place);
          const bad = unassessed(organisation, place, statement);
          items.splice(seed % (items.length + 1), 0, good);
          items.splice((seed >> 3) % (items.length + 1), 0, bad);
          const text = `${opening}\n\n${items.map((item, at) => `${heading(at + 1, item.title)}\n${item.body}`).join('\n\n')}\n`;
          const findings = lintWithRule('impact-assessment', text);
          expect(findings.map((finding) => finding.data.problem), text).toEqual([bad.expected]);
          const badAt = text.indexOf(bad.body.slice(0, 30));
          expect(findings[0]!.offset, text).toBeGreaterThanOrEqual(badAt);
          expect(findings[0]!.offset, text).toBeLessThan(badAt + bad.body.length);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('still reads a single report as one paper, with its recommendation and equality section in different numbered sections', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORGANISATIONS), fc.constantFrom(...PLACES), fc.boolean(), (organisation, place, assessed) => {
        const equality = assessed
          ? `An equality impact assessment has been completed and is attached at Appendix A. About 90 people use the ${place} service; each will be offered a place at another centre.`
          : 'None.';
        const text = [
          `${place} Borough Council – report to Cabinet`,
          '1. Purpose\nTo seek a decision on funding for befriending.',
          `2. Recommendations\nThat Cabinet agrees to end the grant to ${organisation} from 1 April 2026.`,
          '3. Background\nThe grant has been paid since 2015.',
          '4. Financial implications\nThe saving is £22,000 a year.',
          `5. Equality implications\n${equality}`,
        ].join('\n\n');
        expect(problemsOf(text), text).toEqual(assessed ? [] : ['dismissed']);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 60_000);
});
