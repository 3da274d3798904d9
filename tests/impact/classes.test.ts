/**
 * impact-assessment on new passages, one or more for each class of error the blind and real
 * accuracy rounds showed, written for this file (fictional councils, charities and places;
 * no wording taken from the rounds). Each passage asserts every finding: its problem, and
 * where it matters the proposal it sits on and the words it quotes.
 */
import { describe, expect, it } from 'vitest';
import { traceImpact } from '../../lint-rules/impact-assessment/rule.ts';
import { findSections } from '../../shared/document/sections.ts';
import { splitBlocks } from '../../shared/engine/parse.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

interface Case {
  about: string;
  text: string;
  format?: 'text' | 'markdown';
  /** One entry per finding, in order: its problem. */
  expected: ('missing' | 'dismissed' | 'deferred')[];
  /** The start of the sentence each finding sits on, when it matters. */
  proposals?: string[];
  /** Words the finding's `assessment` must contain. */
  quotes?: string;
}

function check({ text, format, expected, proposals, quotes }: Case) {
  const findings = lintWithRule('impact-assessment', text, {}, { format });
  expect(findings.map((finding) => finding.data.problem)).toEqual(expected);
  proposals?.forEach((start, at) => expect(String(findings[at]?.data.proposal)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
  if (quotes) expect(String(findings[0]?.data.assessment)).toContain(quotes);
}

const NOT_THIS_BODY_CUTTING: Case[] = [
  {
    about: 'a charity giving the council notice, in minutes',
    text: '6. HILLCREST COMMUNITY BUS\nThe committee NOTED that Hillcrest Community Bus had given the council six weeks’ notice that it will stop its Tuesday shopping run from 3 March, as two drivers have retired.',
    expected: [],
  },
  {
    about: "an organisation's own decision to close",
    text: 'The trustees of Brackley Lane Toy Library voted last week to close the library when its lease ends in July. They have thanked the council for twelve years of support.',
    expected: [],
  },
  {
    about: 'staff posts, not a service',
    text: 'The restructure will delete four posts in the Revenues team and reduce the number of team leaders from three to two. Equality implications: None.',
    expected: [],
  },
  {
    about: 'a grant clause on how the council would end funding',
    text: 'Clause 9. Where the Council proposes to reduce or withdraw the grant, it will first meet the Grantee to explain why and will give at least three months’ written notice.',
    expected: [],
  },
  {
    about: 'a clause on cases where a grant is withdrawn',
    text: 'In cases where a grant is withdrawn because the project has not started, the money returns to the small grants fund.',
    expected: [],
  },
  {
    about: 'news of a closure that has happened, with a plan for the building',
    text: 'The Elm Row drop-in closed its doors for good in January and the council will now market the building for sale.',
    expected: [],
  },
  {
    about: "a response to another body's consultation",
    text: 'Officers will prepare the council’s reply to the Department’s consultation on ending the household support grant, which closes on 14 May.',
    expected: [],
  },
  {
    about: 'a proposal that has been paused',
    text: 'Plans to close Sandhurst Road children’s centre have been put on hold while the council reviews early years provision across the district.',
    expected: [],
  },
  {
    about: 'a cut named as a cause',
    text: 'Because of cuts to the public health grant, the council is reviewing every service it commissions and will report back in the autumn.',
    expected: [],
  },
  {
    about: 'an option considered and set aside',
    text: 'Withdrawing the Saturday opening at Kingsmere library was considered and rejected, as Saturday is the busiest day for families.',
    expected: [],
  },
  {
    about: 'a decision deferred until the impact is known',
    text: 'Cabinet agreed to defer the decision to end the grant to Portway Dial-a-Ride until the effect on its passengers has been assessed.',
    expected: [],
  },
  {
    about: 'guidance on how to cut',
    text: 'A short guide to planning the decommissioning of services run by voluntary groups, for commissioners in councils and the NHS.',
    expected: [],
  },
  {
    about: 'a petition about a closure, noted',
    text: 'That the Cabinet Member notes the petition opposing closure of the Gorsey Bank day centre, signed by 1,240 people.',
    expected: [],
  },
];

const CUTS_IN_OTHER_WORDS: Case[] = [
  {
    about: 'gerunds in a list under a lead-in that proposes',
    text: 'Budget 2026/27: have your say\n\nWe need to close a gap of £3 million. Our proposals include:\n\n- ending the annual grant to Tollgate Citizens Advice;\n- reducing the hours of the mobile library;\n- a new charge for pest control.\n\nThe survey closes on 6 January 2026.',
    expected: ['missing'],
    proposals: ['ending the annual grant to Tollgate Citizens Advice'],
  },
  {
    about: 'a gerund heading a list item in a savings schedule',
    text: 'Savings schedule\n\nS4. Withdrawing the toy library service at Ashgate (£9,000)\nS5. Moving payslips online (£2,000)',
    expected: ['missing'],
  },
  {
    about: 'minutes: AGREED that funding would cease, the assessment to come to the next meeting',
    text: 'The Board AGREED that funding for the carers’ café at St Luke’s would cease from 1 April. The equality impact assessment would be reported to the Board’s next meeting.',
    expected: ['deferred'],
    quotes: 'next meeting',
  },
  {
    about: 'tighter eligibility, with the equality question waved away',
    text: 'From 1 September the warm homes scheme will be restricted to households receiving Pension Credit.\n\nEquality and diversity implications: not applicable – budget decision.',
    expected: ['dismissed'],
    quotes: 'not applicable',
  },
  {
    about: 'a letter that names the grant, then ends "it"',
    text: 'Dear Mr Osei\n\nYour youth work grant of £7,500 is paid until 30 June 2026. Following the budget meeting, I must let you know that the council has decided not to continue it.\n\nYours sincerely',
    expected: ['missing'],
  },
  {
    about: 'no longer needing to run a service',
    text: 'Under the new model the council would no longer need to manage and run the three community hubs, which would be offered to local groups.',
    expected: ['missing'],
  },
  {
    about: 'a reduction stated as an amount, what is cut named in the item before',
    text: 'Cabinet is asked to agree:\n\n(i) a budget of £240,000 for grants to voluntary groups in 2026/27;\n(ii) a reduction of 10% a year in each of the two years after that.',
    expected: ['missing'],
  },
  {
    about: "a decision notice ending the council's yearly contribution",
    text: 'Decision: To end the council’s yearly contribution of £9,800 to the Fordham Good Neighbours scheme from 1 January 2027.\n\nAlternatives considered: none.',
    expected: ['missing'],
  },
];

const DEFERRALS_AND_DISMISSALS: Case[] = [
  {
    about: 'a deferral in plain words, as a label line',
    text: 'The council will stop the Pinewood lunch club from 1 May.\n\nImpact on members: this will be looked at as part of the wider review later in the year.',
    expected: ['deferred'],
    quotes: 'wider review',
  },
  {
    about: 'approved subject to an assessment',
    text: 'RESOLVED – That the closure of the Ferndale respite unit be approved, subject to an equality impact assessment.',
    expected: ['deferred'],
  },
  {
    about: 'a recipient quoting the council putting the question off',
    text: 'Our grant for the Friday drop-in will not be renewed after March. When we asked what this would mean for the 40 young people who come each week, we were told it would be ‘considered at a later stage’.',
    expected: ['deferred'],
  },
  {
    about: '"no implications for" the people who use it',
    text: 'It is proposed to cease the grant to Copperfield Carers from October. There are no implications for carers or the people they look after.',
    expected: ['dismissed'],
  },
  {
    about: 'a dash and n/a',
    text: 'Recommendation\n\nThat the Panel agrees to reduce the grant to the Linthorpe Advice Shop by £6,000.\n\nEqIA – n/a',
    expected: ['dismissed'],
  },
  {
    about: 'no impact on residents, with a reason that is not about them',
    text: 'The council is to end its small grants for village halls. We do not expect the change to make any difference or have any impact on residents, as the halls have healthy reserves.',
    expected: ['dismissed'],
  },
  {
    about: 'a question in minutes about the effect is not an assessment',
    text: 'Members AGREED that the grant to the Wicken Road toy library would end in December. Councillor Hale asked what the effect would be on the families who use it.',
    expected: ['missing'],
  },
  {
    about: 'asking people now how the change would affect them, before deciding',
    text: 'We are proposing to reduce the council tax reduction scheme for working-age households from April 2027. We want to understand how these changes would affect you and your household, and we will look at every response before the council decides.',
    expected: [],
  },
];

const SCOPE: Case[] = [
  {
    about: 'minutes: the assessment in one item does not cover "None" in another',
    text: [
      'Ravensholt Borough Council\nMinutes of the meeting of the Executive held on 4 February 2026',
      '1. APOLOGIES\nApologies were received from Councillor Grant.',
      '2. LEISURE CENTRE OPENING HOURS\nThe Executive AGREED to reduce opening hours at Ravensholt leisure centre from 1 May. An equality impact assessment had been completed and was attached to the report.',
      '3. VOLUNTARY SECTOR GRANTS\nThe Executive AGREED to reduce the grant to Ravensholt Volunteer Centre by £15,000 from 1 April.\nEquality implications: None.',
      '4. DATE OF NEXT MEETING\n4 March 2026.',
    ].join('\n\n'),
    expected: ['dismissed'],
    proposals: ['The Executive AGREED to reduce the grant to Ravensholt Volunteer Centre'],
    quotes: 'None',
  },
  {
    about: 'a report in parts, each with its own equality section',
    text: [
      'Report to Cabinet: savings proposals',
      '1. Libraries\n1.1 It is proposed to close the Hythe Lane branch library from 1 July 2026.\n1.2 Equality implications\nAn equality impact assessment is attached at Appendix 1.',
      '2. Community transport\n2.1 It is proposed to end the grant to Hythe Dial-a-Ride from 1 July 2026.\n2.2 Equality implications\nNone.',
    ].join('\n\n'),
    expected: ['dismissed'],
    proposals: ['It is proposed to end the grant to Hythe Dial-a-Ride'],
  },
  {
    about: 'a table of changes: each row answered in its own cell',
    text: [
      'Changes for approval',
      'Change | Organisation | Ends | Equality impact assessment',
      'Ending the home library visits | Corve Reading Friends | 30 June 2026 | To follow',
      'Reducing the carers’ respite grant by 5% | Corve Carers | 31 March 2026 | Completed – Appendix 4',
    ].join('\n'),
    expected: ['deferred'],
    proposals: ['Ending the home library visits'],
    quotes: 'To follow',
  },
];

/** Classes blind round 2 showed (first run before the round was read: 0.92 / 0.69). */
const ROUND_TWO_CLASSES: Case[] = [
  {
    about: 'stepping down funding, in the infinitive, under a Proposal heading',
    text: 'Proposal\nTo step down the Borough Council’s funding to Lowfield Shopmobility from 1 October 2026. The Thursday service is not affected.\n\nReasons\nUse has fallen since 2022.',
    expected: ['missing'],
  },
  {
    about: 'a contribution that falls to a smaller sum, with an empty equality section',
    text: '1. PURPOSE\nTo seek comments on the community minibus budget.\n\n2. PROPOSAL\nThe Council’s contribution would fall to £15,000 in 2026/27 and end from 1 April 2027.\n\n3. EQUALITY IMPLICATIONS\n\n4. RISK IMPLICATIONS\nThe charity may run fewer trips.',
    expected: ['dismissed'],
  },
  {
    about: "an organisation's own closure, its decision told in the next sentence",
    text: 'After 22 years, Brookmere Baby Bank will close its doors on 31 May. The charity’s trustees decided in March to close because they cannot find a new coordinator.\n\nThe council has funded the baby bank since 2019 and had offered to keep doing so.',
    expected: [],
  },
  {
    about: 'an equality heading in capitals whose first paragraph puts it off, then a paragraph about something else',
    text: 'DECISION\nThe grant to Kilnsey Good Neighbours will be reduced from £30,000 to £18,000 a year from 1 April 2026.\n\nEQUALITY IMPACT ASSESSMENT\nTo be completed once the new arrangements are in place.\n\nThe charity will be told of this decision by email.',
    expected: ['deferred'],
  },
  {
    about: 'an agenda list, then items headed "ITEM n:" between dashed lines: the assessment in one item does not cover another',
    text: [
      'AGENDA\n1. Apologies for absence\n2. Play areas strategy\n3. Good Companions lunch club grant\n4. Work programme',
      '------------------------------',
      'ITEM 2: PLAY AREAS STRATEGY\n2.1 It is proposed to close four little-used play areas. An Equality Impact Assessment has been completed and is at Appendix 1.',
      '------------------------------',
      'ITEM 3: GOOD COMPANIONS LUNCH CLUB GRANT\n3.1 Members are asked to agree to end the grant to the Good Companions lunch club from 1 April.\n3.2 Equality implications: none identified.',
      '------------------------------',
      'ITEM 4: WORK PROGRAMME\n4.1 Members are asked to note the work programme.',
    ].join('\n'),
    expected: ['dismissed'],
    proposals: ['Members are asked to agree to end the grant to the Good Companions lunch club'],
  },
  {
    about: 'a savings table with an EqIA column that says "Not required" for two cuts and N/A for a staffing saving',
    text: [
      'ANNEX B: SAVINGS PROPOSALS',
      'Ref | Proposal | From | Saving £k | EqIA',
      'B1 | Reduce the grant to Highfold Volunteer Centre by 15% | 01/04/2026 | 12 | Not required',
      'B2 | Delete two vacant posts in Finance | 01/04/2026 | 70 | N/A',
      'B3 | Ceasing the holiday activities grant to Highfold Youth Trust | 01/07/2026 | 18 | Not required',
    ].join('\n'),
    expected: ['dismissed', 'dismissed'],
    quotes: 'Not required',
  },
];

/** Classes blind round 3 showed (its first run, at 7619c8a, already had the round-1 fixes: 0.83 / 0.71). */
const ROUND_THREE_CLASSES: Case[] = [
  {
    about: 'an equality heading answered "Not required."',
    text: 'Decision\nTo end the yearly grant of £14,000 to Halsey Good Neighbours from 1 July 2026.\n\nEquality Impact Assessment\nNot required.',
    expected: ['dismissed'],
    quotes: 'Not required',
  },
  {
    about: 'a payment stopped with immediate effect',
    text: 'The council has stopped the last instalment of its grant to Dunmore Young Carers with immediate effect, because the grants budget is spent.',
    expected: ['missing'],
  },
  {
    about: 'a scheme that will only help some households, the assessment to a future meeting',
    text: 'Recommendation\nThat from 1 November 2026 the emergency support scheme only helps households with a child under five or a disabled member.\n\nEquality implications\nAn equality impact assessment will be taken to a future meeting once the new rules have run for a year.',
    expected: ['deferred'],
  },
  {
    about: 'the preferred option replaces grants with one contract; the assessment to follow the decision',
    format: 'markdown',
    text: '## Options\n\n1. Renew the three befriending grants for another year.\n2. Replace them with one contract for the whole borough. **Preferred.**\n\n## Equality\n\nA full equality impact assessment will follow after the Board has approved the preferred option.\n\n## Recommendation\n\nThe Board is asked to approve option 2.',
    expected: ['deferred'],
    proposals: ['Replace them with one contract'],
  },
  {
    about: 'replacing windows is not re-provision',
    text: 'The council will replace the windows at Stanbury library over the summer. Equality implications: None.',
    expected: [],
  },
  {
    about: 'grant terms: a clause heading and any decision to end or reduce',
    text: '7. Ending the grant\n7.1 The Council may end the grant early if the Recipient breaks these terms. Otherwise the Council will give at least three months’ notice of any decision to end or reduce the grant.',
    expected: [],
  },
];

describe('impact-assessment: what is not this body cutting something people rely on', () => {
  it.each(NOT_THIS_BODY_CUTTING)('$about', check);
});

describe('impact-assessment: cuts in other words', () => {
  it.each(CUTS_IN_OTHER_WORDS)('$about', check);
});

describe('impact-assessment: deferrals and dismissals in other words', () => {
  it.each(DEFERRALS_AND_DISMISSALS)('$about', check);
});

describe('impact-assessment: reasoning within an item, a part or a table row', () => {
  it.each(SCOPE)('$about', check);
});

describe('impact-assessment: classes from blind round 2', () => {
  it.each(ROUND_TWO_CLASSES)('$about', check);
});

describe('impact-assessment: classes from blind round 3', () => {
  it.each(ROUND_THREE_CLASSES)('$about', check);
});

describe('impact-assessment: traceImpact shows what was read in each item', () => {
  it('reports each item with a proposal, its mentions and its verdict', () => {
    const text = SCOPE[0]!.text;
    const traces = traceImpact(text, splitBlocks(text), findSections(text, 'text'));
    expect(traces.map((trace) => [trace.proposals.length, trace.mentions.map((mention) => mention.status), trace.verdict?.problem ?? null])).toEqual([
      [1, ['done'], null],
      [1, ['dismissed', 'dismissed'], 'dismissed'],
    ]);
  });
});
