/**
 * The practice library: for every rule, a short passage of the kind councils and NHS bodies
 * publish that breaks the Compact, and a rewrite of the same passage that does not. All the
 * passages are invented for training; the people, places and figures are fictional.
 *
 * tests/practice/samples.test.ts runs the engine on each pair: the flawed passage must give
 * at least one finding of its rule and the rewrite none.
 */
export interface PracticeSample {
  /** Stable id, used in the page's address and in tests. */
  id: string;
  /** The rule the passage teaches. */
  ruleId: string;
  /** Short name shown in the sample list. */
  title: string;
  /** The passage as a council might write it, with the breach. */
  flawed: string;
  /** The same passage rewritten to keep the Compact. */
  compliant: string;
  /** What a trainer can point out: what changed between the two and why it matters. */
  teachingPoint: string;
  /** ISO date that year-less and relative dates resolve against, so the result never depends on today. */
  referenceDate: string;
}

export const SAMPLES: readonly PracticeSample[] = [
  {
    id: 'jargon-partnership-update',
    ruleId: 'jargon',
    title: 'Jargon in a partnership update',
    flawed:
      'Going forward, the council will leverage its partnership with stakeholders to deliver a step change in capacity building, working holistically across the piece.',
    compliant:
      'From now on, the council will work with local groups and residents to help community organisations gain the skills, volunteers and money they need, across the whole district.',
    teachingPoint:
      'The first version is built from management phrases that say little to a volunteer reading it at home. The rewrite says who the council will work with and what will change for them.',
    referenceDate: '2025-01-06',
  },
  {
    id: 'acronyms-monitoring-return',
    ruleId: 'undefined-acronym',
    title: 'Abbreviations in a monitoring request',
    flawed:
      'Each VCO funded through the CIF must send its quarterly return to the CVS, using the template attached to its SLA.',
    compliant:
      'Each voluntary and community organisation (VCO) funded through the Community Investment Fund must send its quarterly return to the Council for Voluntary Service (CVS), using the template attached to its service level agreement.',
    teachingPoint:
      'Officers use these abbreviations every day, but a new trustee may not. The rewrite spells each one out the first time, or drops it where it is used only once.',
    referenceDate: '2025-01-06',
  },
  {
    id: 'consultation-library-hours',
    ruleId: 'consultation-timescale',
    title: 'A four-week consultation',
    flawed:
      'Have your say on library opening hours. This consultation opens on 3 March 2025 and closes on 31 March 2025. Please send your views to the Libraries Team by email or by post.',
    compliant:
      'Have your say on library opening hours. This consultation opens on 3 March 2025 and closes on 26 May 2025, giving 12 weeks to respond. Please send your views to the Libraries Team by email or by post.',
    teachingPoint:
      'Four weeks leaves a small group no time to ask the people it supports and agree a reply. The rewrite runs for the full 12 weeks; where a shorter period cannot be avoided, the document must say why.',
    referenceDate: '2025-02-17',
  },
  {
    id: 'notice-advice-centre-grant',
    ruleId: 'notice-period',
    title: 'One month’s notice of a grant ending',
    flawed:
      'The council will write to the Riverside Advice Centre giving one month’s notice that its annual grant will end.',
    compliant:
      'The council has assessed the impact on the advice centre’s clients and volunteers (see the equality impact assessment at Appendix B). It will write to the Riverside Advice Centre giving three months’ notice that its annual grant will end, setting out the reasons for the decision and inviting the centre to respond before it is final.',
    teachingPoint:
      'A month is not long enough to find other funding or to tell staff, volunteers and clients. The rewrite gives three months in writing, with reasons and a chance to respond. Switch to a local profile with a six-month code to see the rewrite flagged in turn.',
    referenceDate: '2025-01-06',
  },
  {
    id: 'impact-day-centre-cut',
    ruleId: 'impact-assessment',
    title: 'Ending a grant with no impact assessment',
    flawed:
      'Recommendation\n\nThat Cabinet agrees to end the grant to the Eastside Day Centre, saving £45,000 a year.\n\nFinancial implications\n\nThe saving contributes to the council’s budget gap for next year.',
    compliant:
      'Recommendation\n\nThat Cabinet agrees to end the grant to the Eastside Day Centre, saving £45,000 a year.\n\nEquality impact assessment\n\nAn equality impact assessment at Appendix A sets out the effect on the older people who use the centre, their carers and the centre’s volunteers, and how those effects would be reduced. Cabinet should read it before deciding.\n\nFinancial implications\n\nThe saving contributes to the council’s budget gap for next year.',
    teachingPoint:
      'A decision to cut funding should rest on an understanding of who loses out. The rewrite assesses the effect on service users, carers and volunteers before the decision, and puts it in front of the decision makers.',
    referenceDate: '2025-01-06',
  },
  {
    id: 'weekday-closing-date',
    ruleId: 'date-weekday',
    title: 'A closing date with the wrong weekday',
    flawed: 'Responses must reach us by 5pm on Thursday 14 February 2025.',
    compliant: 'Responses must reach us by 5pm on Friday 14 February 2025.',
    teachingPoint:
      '14 February 2025 is a Friday. When the weekday and the date disagree, some people will plan for one and some for the other, and a few will miss the deadline.',
    referenceDate: '2025-01-06',
  },
];

export function sampleById(id: string): PracticeSample | undefined {
  return SAMPLES.find((sample) => sample.id === id);
}
