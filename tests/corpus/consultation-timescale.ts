/**
 * Test corpus for the `consultation-timescale` rule: realistic passages from consultation
 * pages, committee reports and letters, written for this project. Each row says whether the
 * rule should report and, if so, the figures it must compute. tests/timescale/corpus.test.ts
 * runs every row and prints precision and recall.
 *
 * Conventions: `referenceDate` is what year-less dates and "only a closing date" resolve
 * against; rows without one use the test's fixed today (15 January 2025). Length in days is
 * close − start (12 weeks = 84 days).
 */
export type ConsultationBasis = 'dates' | 'stated-period' | 'reference-to-close' | 'none';

export interface ConsultationExpectation {
  problem: 'missing' | 'too-short';
  severity?: 'warning' | 'info';
  start?: string | null;
  close?: string | null;
  lengthDays?: number | null;
  requiredDays?: number;
  basis?: ConsultationBasis;
  explained?: boolean;
}

export interface ConsultationCorpusRow {
  id: string;
  /** What the passage exercises (the trap it sets, if any). */
  about: string;
  text: string;
  referenceDate?: string;
  options?: Record<string, unknown>;
  /** null: the rule must stay silent. */
  expect: ConsultationExpectation | null;
  /** Written after the rule, to measure it on passages it was not tuned on. */
  heldOut?: boolean;
}

export const CONSULTATION_CORPUS: ConsultationCorpusRow[] = [
  // ── Too short, stated by dates ─────────────────────────────────────────────
  {
    id: 'c01',
    about: 'opens/closes, six weeks, no reason',
    text: 'We are consulting on changes to the opening hours of our day centres. The consultation opens on 3 March 2025 and closes on 14 April 2025. Please send your views using the form below.',
    expect: { problem: 'too-short', start: '2025-03-03', close: '2025-04-14', lengthDays: 42, basis: 'dates', explained: false, severity: 'warning' },
  },
  {
    id: 'c02',
    about: 'eleven weeks exactly (77 days) is too short',
    text: 'Have your say on the draft parks and open spaces strategy. The consultation runs from 6 January 2025 to 24 March 2025.',
    expect: { problem: 'too-short', start: '2025-01-06', close: '2025-03-24', lengthDays: 77, basis: 'dates' },
  },
  {
    id: 'c03',
    about: 'one day short of 12 weeks',
    text: 'The consultation begins on 6 January 2025 and ends on 30 March 2025.',
    expect: { problem: 'too-short', lengthDays: 83, start: '2025-01-06', close: '2025-03-30' },
  },
  {
    id: 'c04',
    about: 'year-less dates rolled over the new year',
    text: 'The consultation on the new voluntary sector grants policy opens on 2 December and closes on 20 January.',
    referenceDate: '2024-11-20',
    expect: { problem: 'too-short', start: '2024-12-02', close: '2025-01-20', lengthDays: 49, basis: 'dates' },
  },
  {
    id: 'c05',
    about: '"between 1st and 30th" range',
    text: 'Residents and community groups can respond to the consultation between 1st and 30th September 2025.',
    expect: { problem: 'too-short', start: '2025-09-01', close: '2025-09-30', lengthDays: 29 },
  },
  {
    id: 'c06',
    about: 'numeric dates with a dash, day first',
    text: 'Consultation period: 03/02/2025 - 31/03/2025. Responses can be made online or by post.',
    expect: { problem: 'too-short', start: '2025-02-03', close: '2025-03-31', lengthDays: 56 },
  },
  {
    id: 'c07',
    about: 'arrow range on a key-dates panel',
    text: 'Key dates\n\nPublic consultation: 4 November 2024 → 16 December 2024\n\nCabinet decision: February 2025',
    expect: { problem: 'too-short', start: '2024-11-04', close: '2024-12-16', lengthDays: 42 },
  },
  {
    id: 'c08',
    about: 'times on both dates do not change the days counted',
    text: 'The consultation opened at 9am on Monday 13 January 2025 and is open until 11:59pm on Friday 28 February 2025.',
    expect: { problem: 'too-short', start: '2025-01-13', close: '2025-02-28', lengthDays: 46 },
  },
  {
    id: 'c09',
    about: 'from … to … with weekdays',
    text: 'Our consultation on the future of the community library service runs from Monday 2 June 2025 to Friday 25 July 2025. Paper copies are available at every branch.',
    expect: { problem: 'too-short', start: '2025-06-02', close: '2025-07-25', lengthDays: 53 },
  },
  {
    id: 'c10',
    about: 'dotted numeric range',
    text: 'Consultation period: 11.8.2025-6.10.2025',
    expect: { problem: 'too-short', start: '2025-08-11', close: '2025-10-06', lengthDays: 56 },
  },
  {
    id: 'c11',
    about: 'week commencing start and a separate closing date',
    text: 'Consultation on the Community Safety Plan\n\nLaunch: week commencing 13 January 2025\n\nClosing date: 21 February 2025',
    expect: { problem: 'too-short', start: '2025-01-13', close: '2025-02-21', lengthDays: 39 },
  },
  {
    id: 'c12',
    about: 'closing sentence follows the introducing sentence',
    text: 'Please send us your response to the consultation by 5pm on 17 March 2025. The consultation began on 3 February 2025.',
    expect: { problem: 'too-short', start: '2025-02-03', close: '2025-03-17', lengthDays: 42 },
  },
  {
    id: 'c13',
    about: 'named consultation with colon and dates',
    text: 'Consultation on the proposed closure of Elm Road day centre: 2 September 2025 to 14 October 2025. You can respond online or at any library.',
    expect: { problem: 'too-short', start: '2025-09-02', close: '2025-10-14', lengthDays: 42 },
  },
  {
    id: 'c14',
    about: 'cabinet report: past six-week public consultation still checked',
    text: '5. Consultation\n\n5.1 A public consultation on the proposals ran for six weeks, from 6 January 2025 to 17 February 2025. It received 214 responses, summarised in Appendix B.',
    expect: { problem: 'too-short', start: '2025-01-06', close: '2025-02-17', lengthDays: 42, basis: 'dates', explained: false },
  },
  {
    id: 'c15',
    about: 'committee recommendation to consult for eight weeks, with dates',
    text: '2. Recommendations\n\n2.1 That Cabinet approves a public consultation on the proposed community grants framework from 3 March 2025 to 28 April 2025.\n\n5. Consultation\n\n5.1 The Voluntary Sector Forum was consulted informally on 10 December 2024.',
    expect: { problem: 'too-short', start: '2025-03-03', close: '2025-04-28', lengthDays: 56 },
  },
  {
    id: 'c16',
    about: 'four-week consultation, stated length and dates',
    text: 'How to respond\n\nThe consultation runs for four weeks, from 3 February 2025 until 3 March 2025. Please complete the online survey.',
    expect: { problem: 'too-short', start: '2025-02-03', close: '2025-03-03', lengthDays: 28, basis: 'dates' },
  },

  // ── Too short, stated as a period ──────────────────────────────────────────
  {
    id: 'c17',
    about: 'eight-week consultation proposed, no dates',
    text: 'Cabinet is asked to approve an eight-week public consultation on the proposed changes to community transport grants.',
    expect: { problem: 'too-short', lengthDays: 56, basis: 'stated-period', start: null, close: null },
  },
  {
    id: 'c18',
    about: 'consultation over 30 days',
    text: 'A formal consultation with the affected organisations will take place over 30 days.',
    expect: { problem: 'too-short', lengthDays: 30, basis: 'stated-period' },
  },
  {
    id: 'c19',
    about: 'four weeks until a year-less Sunday',
    text: 'The budget consultation launches this week and will run for four weeks until Sunday 14 December.',
    referenceDate: '2025-11-10',
    expect: { problem: 'too-short', lengthDays: 28, close: '2025-12-14', start: '2025-11-16', basis: 'stated-period' },
  },
  {
    id: 'c20',
    about: 'lower minimum set in options is met',
    text: 'A six-week consultation on the draft parish charter will start in the spring.',
    options: { minDays: 42 },
    expect: null,
  },
  {
    id: 'c21',
    about: 'lower minimum set in options is still not met',
    text: 'A four-week consultation on the draft parish charter will start in the spring.',
    options: { minDays: 42 },
    expect: { problem: 'too-short', lengthDays: 28, requiredDays: 42 },
  },

  // ── Too short, only a closing date ─────────────────────────────────────────
  {
    id: 'c22',
    about: 'only a closing date: counted from the reference date',
    text: 'The consultation on the refreshed Local Compact closes on 28 February 2025. Responses should be emailed to the Communities Team.',
    referenceDate: '2025-01-15',
    expect: { problem: 'too-short', start: '2025-01-15', close: '2025-02-28', lengthDays: 44, basis: 'reference-to-close' },
  },
  {
    id: 'c23',
    about: '"out for consultation until"',
    text: 'The draft Housing Allocations Policy is out for consultation until 14 February 2025.',
    referenceDate: '2025-01-10',
    expect: { problem: 'too-short', close: '2025-02-14', lengthDays: 35, basis: 'reference-to-close' },
  },
  {
    id: 'c24',
    about: 'closing date label on a consultation page',
    text: 'Consultation on the draft Community Safety Plan\n\nClosing date for responses: 28 March 2025',
    referenceDate: '2025-01-15',
    expect: { problem: 'too-short', close: '2025-03-28', lengthDays: 72, basis: 'reference-to-close' },
  },
  {
    id: 'c25',
    about: 'year-less end of month',
    text: 'The consultation closes at the end of March. We will publish a summary of responses in the summer.',
    referenceDate: '2025-02-10',
    expect: { problem: 'too-short', close: '2025-03-31', lengthDays: 49, basis: 'reference-to-close' },
  },
  {
    id: 'c26',
    about: 'weekday and date, close only',
    text: 'This consultation will close on Friday 14 February 2025.',
    referenceDate: '2025-01-15',
    expect: { problem: 'too-short', close: '2025-02-14', lengthDays: 30, basis: 'reference-to-close' },
  },
  {
    id: 'c27',
    about: '"views are invited" without the word consultation',
    text: 'Views are invited on the draft Voluntary Sector Compact until 15 March 2025.',
    referenceDate: '2025-02-01',
    expect: { problem: 'too-short', close: '2025-03-15', lengthDays: 42 },
  },

  // ── Too short but explained: info ──────────────────────────────────────────
  {
    id: 'c28',
    about: 'six weeks with the reason given',
    text: 'A six-week consultation will run from 10 February to 24 March 2025. The period is shorter than the usual 12 weeks because the council must set its budget before the new financial year begins.',
    expect: { problem: 'too-short', severity: 'info', explained: true, lengthDays: 42, start: '2025-02-10', close: '2025-03-24' },
  },
  {
    id: 'c29',
    about: 'reason first, then a stated five weeks',
    text: 'Due to the timetable for setting the 2025/26 budget, this consultation will run for five weeks, closing on 21 February 2025.',
    expect: { problem: 'too-short', severity: 'info', explained: true, lengthDays: 35, close: '2025-02-21' },
  },
  {
    id: 'c30',
    about: 'shortened to eight weeks, with a reason',
    text: 'We have had to shorten this consultation to eight weeks because the new grants programme must be agreed before the current agreements end in June.',
    expect: { problem: 'too-short', severity: 'info', explained: true, lengthDays: 56, basis: 'stated-period' },
  },
  {
    id: 'c31',
    about: 'reason in the next paragraph',
    text: 'The consultation opens on 7 February 2025 and closes on 7 March 2025.\n\nWe know that four weeks is less than the 12 weeks the Compact recommends. We have shortened it in order to report the results to Cabinet in April, before the grant agreements are renewed.',
    expect: { problem: 'too-short', severity: 'info', explained: true, lengthDays: 28 },
  },
  {
    id: 'c32',
    about: 'our normal policy is 12 weeks, shortened owing to an election',
    text: 'Our normal policy is to consult for 12 weeks. This consultation is open until Friday 4 April 2025, a shorter period owing to the pre-election period that begins in April.',
    referenceDate: '2025-02-07',
    expect: { problem: 'too-short', severity: 'info', explained: true, close: '2025-04-04', lengthDays: 56 },
  },

  // ── Missing: no closing date and no period ─────────────────────────────────
  {
    id: 'c33',
    about: 'public consultation launched, no dates',
    text: 'We are launching a public consultation on the future of our community centres and want to hear from residents, groups and staff. Details of how to respond are on our website.',
    expect: { problem: 'missing', basis: 'none', start: null, close: null, lengthDays: null },
  },
  {
    id: 'c34',
    about: 'recommendation to consult with no period',
    text: 'That Cabinet agrees that officers carry out a formal consultation with voluntary sector organisations on the proposed grants framework.',
    expect: { problem: 'missing' },
  },
  {
    id: 'c35',
    about: 'have your say, no dates',
    text: 'Have your say on our draft Voluntary Sector Strategy. Complete the online questionnaire or write to us at the Civic Centre.',
    expect: { problem: 'missing' },
  },
  {
    id: 'c36',
    about: 'we are now consulting, no dates',
    text: 'We are now consulting on proposals to change how community grants are awarded, and we want to hear your views.',
    expect: { problem: 'missing' },
  },
  {
    id: 'c37',
    about: 'start date but no closing date',
    text: 'The consultation on the Older People’s Strategy opens on 3 March 2025. Please tell us what you think.',
    expect: { problem: 'missing', start: '2025-03-03', close: null },
  },
  {
    id: 'c38',
    about: 'launch in the new year, no period',
    text: 'The consultation on the revised Compact will be launched in the new year, and all responses will be published.',
    expect: { problem: 'missing' },
  },

  // ── Fine: long enough ──────────────────────────────────────────────────────
  {
    id: 'c39',
    about: 'exactly 12 weeks',
    text: 'The consultation runs for 12 weeks, from 7 April 2025 to 30 June 2025.',
    expect: null,
  },
  {
    id: 'c40',
    about: 'exactly 84 days by dates',
    text: 'The consultation begins on 6 January 2025 and ends on 31 March 2025.',
    expect: null,
  },
  {
    id: 'c41',
    about: '12-week consultation stated, start only',
    text: 'A 12-week consultation starting on 3 March 2025 will ask residents and community groups for their views.',
    expect: null,
  },
  {
    id: 'c42',
    about: 'three months by dates',
    text: 'The consultation will be open for three months, from 1 May to 31 July 2025.',
    expect: null,
  },
  {
    id: 'c43',
    about: '90 days stated',
    text: 'The consultation will run for 90 days from 2 June 2025.',
    expect: null,
  },
  {
    id: 'c44',
    about: '13 weeks until a date',
    text: 'We are consulting for 13 weeks, until 30 September 2025.',
    expect: null,
  },
  {
    id: 'c45',
    about: 'good consultation page with a feedback date that is not a close',
    text: 'How long the consultation runs\n\nThe consultation opens on 8 September 2025 and closes at 5pm on 1 December 2025. That gives you 12 weeks to respond.\n\nWhat happens next\n\nWe will publish a summary of what people told us by 30 January 2026.',
    expect: null,
  },
  {
    id: 'c46',
    about: 'views invited for three months',
    text: 'Views are invited from 1 October 2025 to 31 December 2025 on the draft Voluntary Sector Compact.',
    expect: null,
  },
  {
    id: 'c47',
    about: 'close only, far enough from the reference date',
    text: 'The draft Housing Allocations Policy is out for consultation until 14 April 2025.',
    referenceDate: '2025-01-10',
    expect: null,
  },
  {
    id: 'c48',
    about: 'committee report: 12 weeks recommended, informal past engagement in its own section',
    text: '2. Recommendations\n\n2.1 That Cabinet approves a public consultation on the proposed community grants framework from 3 March 2025 to 26 May 2025.\n\n5. Consultation\n\n5.1 The Voluntary Sector Forum was consulted informally on 10 December 2024.',
    expect: null,
  },

  // ── Fine: not a Compact written consultation ───────────────────────────────
  {
    id: 'c49',
    about: 'trap: following consultation with ward members',
    text: 'Following consultation with ward members, the proposal was changed so that the library keeps its Saturday opening.',
    expect: null,
  },
  {
    id: 'c50',
    about: 'trap: consultation with the Cabinet Member',
    text: 'The recommendation was agreed after consultation with the Cabinet Member for Communities.',
    expect: null,
  },
  {
    id: 'c51',
    about: 'trap: delegated authority in consultation with the portfolio holder',
    text: 'That authority is delegated to the Director of Communities, in consultation with the Portfolio Holder, to agree the detailed arrangements.',
    expect: null,
  },
  {
    id: 'c52',
    about: 'trap: Consultation heading describing past engagement',
    text: '6. Consultation\n\n6.1 The proposals were discussed with the Voluntary Sector Forum on 12 November 2024 and with the Youth Council on 19 November 2024. Their comments are summarised in Appendix C.',
    expect: null,
  },
  {
    id: 'c53',
    about: 'trap: planning application neighbour notification (statutory, skipped by default)',
    text: 'Neighbours are told about planning applications by letter and have 21 days to comment.',
    expect: null,
  },
  {
    id: 'c54',
    about: 'trap: SPD representations not less than 4 weeks (statutory, skipped by default)',
    text: 'Representations on the draft Shopfront Design Supplementary Planning Document must be made within a period of not less than 4 weeks, from 6 January to 3 February 2025.',
    expect: null,
  },
  {
    id: 'c55',
    about: 'statutory check mode: SPD meets its own 28-day minimum',
    text: 'Consultation on the draft Design Guide Supplementary Planning Document runs from 3 March 2025 to 31 March 2025.',
    options: { statutory: 'check' },
    expect: null,
  },
  {
    id: 'c56',
    about: 'statutory check mode: SPD shorter than its own 28-day minimum',
    text: 'The draft Shopfront Design Supplementary Planning Document is open for comment from 3 March 2025 to 21 March 2025.',
    options: { statutory: 'check' },
    expect: { problem: 'too-short', lengthDays: 18, requiredDays: 28 },
  },
  {
    id: 'c57',
    about: 'statutory default skip: the same short SPD is not a Compact consultation',
    text: 'The draft Shopfront Design Supplementary Planning Document is open for comment from 3 March 2025 to 21 March 2025.',
    expect: null,
  },
  {
    id: 'c58',
    about: 'statutory check mode: planning application comments for 21 days',
    text: 'We will consult neighbours on the planning application for 21 days from the date of our letter.',
    options: { statutory: 'check' },
    expect: null,
  },
  {
    id: 'c59',
    about: 'past consultation with close only: nothing to check',
    text: 'The consultation closed on 6 October 2024. Thank you to everyone who took part.',
    expect: null,
  },
  {
    id: 'c60',
    about: 'policy statement about consultations in general',
    text: 'The council’s consultation charter sets a standard period of 12 weeks for formal consultations.',
    expect: null,
  },
  {
    id: 'c61',
    about: 'Compact guidance quoted in general terms',
    text: 'Compact guidance says that formal written consultations should normally last at least 12 weeks.',
    expect: null,
  },
  {
    id: 'c62',
    about: 'impact assessment will be informed by a consultation (mention only)',
    text: 'The equality impact assessment will be informed by the outcome of the public consultation exercise.',
    expect: null,
  },
  {
    id: 'c63',
    about: 'stakeholders consulted informally (past)',
    text: 'Stakeholders were consulted informally during the summer.',
    expect: null,
  },
  {
    id: 'c64',
    about: 'statutory key decision notice, not a consultation',
    text: 'Notice of this key decision was published at least 28 clear days before the meeting.',
    expect: null,
  },
  {
    id: 'c65',
    about: 'report not subject to consultation',
    text: 'This report does not require consultation. No consultation has been carried out.',
    expect: null,
  },
  {
    id: 'c66',
    about: 'thanks for a past consultation',
    text: 'Thank you to everyone who responded to last year’s consultation on the Compact.',
    expect: null,
  },
  {
    id: 'c67',
    about: 'result publication within 12 weeks of close is not the consultation length',
    text: 'The consultation runs from 1 April 2025 to 27 June 2025. We will publish our response within 12 weeks of the consultation closing.',
    expect: null,
  },
  {
    id: 'c68',
    about: 'drop-in session dates are not a consultation period',
    text: 'The consultation opens on 8 September 2025 and closes on 1 December 2025. Come to a drop-in session at the Millbrook Community Centre on 24 September 2025 from 2pm to 6pm.',
    expect: null,
  },
  {
    id: 'c69',
    about: 'Local Plan Regulation 19 (statutory, skipped by default)',
    text: 'The Regulation 19 consultation on the Local Plan runs from 28 May 2025 to 25 July 2025.',
    expect: null,
  },
  {
    id: 'c70',
    about: 'trap: officers will consult the Leader',
    text: 'Officers will consult the Leader of the Council before the report is published.',
    expect: null,
  },
  // ── Held-out passages: written after the rule was built, scored as first run ──
  { heldOut: true, id: 'h01', about: 'tell us what you think, survey dates', text: 'Tell us what you think about our plans for the town centre. The survey is open from 14 April 2025 until 9 June 2025.', expect: { problem: 'too-short', lengthDays: 56 } },
  { heldOut: true, id: 'h02', about: 'budget consultation, inclusive range', text: 'The council is consulting on its draft budget for 2025/26. The consultation period runs from 2 December 2024 to 13 January 2025 inclusive.', expect: { problem: 'too-short', lengthDays: 42 } },
  { heldOut: true, id: 'h03', about: 'start and end labels, 83 days', text: 'Consultation start date: 1 July 2025\n\nConsultation end date: 22 September 2025', expect: { problem: 'too-short', lengthDays: 83 } },
  { heldOut: true, id: 'h04', about: 'start and end labels, 84 days', text: 'Consultation start date: 1 July 2025\n\nConsultation end date: 23 September 2025', expect: null },
  { heldOut: true, id: 'h05', about: '10-week consultation in the autumn', text: 'We will hold a 10-week consultation on the proposals in the autumn.', expect: { problem: 'too-short', lengthDays: 70, basis: 'stated-period' } },
  { heldOut: true, id: 'h06', about: 'twelve weeks in words', text: 'The consultation will last for twelve weeks.', expect: null },
  { heldOut: true, id: 'h07', about: 'no later than, close only', text: 'Responses to this consultation must reach us no later than 5pm on Friday 7 March 2025.', referenceDate: '2025-01-15', expect: { problem: 'too-short', lengthDays: 51, basis: 'reference-to-close' } },
  { heldOut: true, id: 'h08', about: 'launched and closes, 84 days', text: 'The consultation was launched on 5 May 2025 and closes on 28 July 2025.', expect: null },
  { heldOut: true, id: 'h09', about: 'cabinet noted a closed consultation', text: 'Cabinet noted that the consultation on the library strategy had closed and that 1,100 responses had been received.', expect: null },
  { heldOut: true, id: 'h10', about: 'delegation following consultation with the Leader', text: 'Delegated authority is given to the Head of Finance, following consultation with the Leader, to set the final grant amounts.', expect: null },
  { heldOut: true, id: 'h11', about: 'will be subject to consultation later', text: 'The proposals will be subject to a full public consultation before any decision is made.', expect: null },
  { heldOut: true, id: 'h12', about: 'have your say, close only', text: 'Have your say: the consultation closes on 30 April 2025.', referenceDate: '2025-03-01', expect: { problem: 'too-short', lengthDays: 60 } },
  { heldOut: true, id: 'h13', about: 'ten weeks explained with because', text: 'A consultation on the draft Carers Strategy will run from 1 October 2025 to 10 December 2025. Because the strategy must be agreed before the new carers contract begins in April, we have allowed ten weeks.', expect: { problem: 'too-short', lengthDays: 70, severity: 'info', explained: true } },
  { heldOut: true, id: 'h14', about: '"so that" is not a reason for shortness', text: 'The consultation runs from 20 January 2025 to 28 February 2025 so that as many people as possible can take part.', expect: { problem: 'too-short', lengthDays: 39, explained: false, severity: 'warning' } },
  { heldOut: true, id: 'h15', about: 'staff redundancy consultation is not a Compact consultation', text: 'Formal consultation with staff and trade unions will run for 45 days, as the law requires for proposed redundancies.', expect: null },
  { heldOut: true, id: 'h16', about: 'public consultation on a parking strategy', text: 'Public consultation on the Parking Strategy: 3 March to 31 March 2025.', expect: { problem: 'too-short', lengthDays: 28 } },
  { heldOut: true, id: 'h17', about: 'PSPO consultation, close only', text: 'We are consulting on a proposed Public Spaces Protection Order. The consultation closes on 2 February 2025.', referenceDate: '2025-01-05', expect: { problem: 'too-short', lengthDays: 28 } },
  { heldOut: true, id: 'h18', about: 'premises licence representations (statutory)', text: 'The Licensing Committee invites representations on the premises licence application until 20 February 2025.', expect: null },
  { heldOut: true, id: 'h19', about: 'past consultation of 12 weeks', text: 'The results of the consultation, which ran from 1 March to 24 May 2024, are set out in Appendix A.', expect: null },
  { heldOut: true, id: 'h20', about: 'past responses between two dates', text: 'Consultation responses received between 3 June and 15 July 2024 are summarised below.', expect: { problem: 'too-short', lengthDays: 42 } },
  { heldOut: true, id: 'h21', about: 'officers will consult named partnership bodies', text: 'Officers will now consult the Voluntary Sector Forum and the Older People’s Partnership Board before the policy is finalised.', expect: null },
  { heldOut: true, id: 'h22', about: 'label with 12 weeks and a start', text: 'Consultation: 12 weeks, starting 6 October 2025.', expect: null },
  { heldOut: true, id: 'h23', about: 'year-less close in January', text: 'The consultation will close on 31 January.', referenceDate: '2025-01-10', expect: { problem: 'too-short', lengthDays: 21, close: '2025-01-31' } },
  { heldOut: true, id: 'h24', about: 'comments invited until a time and date', text: 'Comments are invited on the draft Compact refresh until 4pm on 16 May 2025.', referenceDate: '2025-04-01', expect: { problem: 'too-short', lengthDays: 45 } },
  { heldOut: true, id: 'h25', about: 'open for 6 weeks from a Monday', text: 'The consultation will be open for 6 weeks from Monday 3 November 2025.', expect: { problem: 'too-short', lengthDays: 42, start: '2025-11-03', close: '2025-12-15' } },
  // ── Held-out round 2: longer, noisier passages, scored as first run ─────────
  { heldOut: true, id: 'r01', about: 'web page: published date and a close only', text: 'Consultation: changes to the Community Grants Scheme\n\nPublished 6 January 2025\n\nWhy we are consulting\n\nWe want to make the grants scheme simpler and fairer. We would like to hear from groups that have applied in the past and from residents who use the services grants pay for.\n\nHow to take part\n\nFill in our online form by midnight on Sunday 9 March 2025. Printed copies are available at the Civic Centre.', expect: { problem: 'too-short', lengthDays: 62, basis: 'reference-to-close' } },
  { heldOut: true, id: 'r02', about: 'recommendation to consult for 12 weeks with dates', text: '3. Recommendations\n\n3.1 That the Executive agrees to consult on the draft Voluntary Sector Strategy for 12 weeks, from 2 June 2025 to 25 August 2025.\n\n3.2 That a further report is brought to the Executive on 14 October 2025 with the results.', expect: null },
  { heldOut: true, id: 'r03', about: 'NHS "seeking views" engagement period', text: 'The Integrated Care Board is seeking views on proposed changes to community mental health services. The engagement period runs from 1 May 2025 to 12 June 2025.', expect: { problem: 'too-short', lengthDays: 42 } },
  { heldOut: true, id: 'r04', about: 'closes label with time first', text: 'Consultation closes: 5pm, 14 March 2025', referenceDate: '2025-02-01', expect: { problem: 'too-short', lengthDays: 41 } },
  { heldOut: true, id: 'r05', about: 'an earlier consultation reported with its length (judged like any other: docs/accuracy-labelling.md)', text: 'The previous consultation, in 2023, ran for eight weeks.', expect: { problem: 'too-short', lengthDays: 56 } },
  { heldOut: true, id: 'r06', about: 'two-week consultation explained', text: 'We are running a short consultation, from 10 to 24 November 2025, on the wording of the new grant conditions. It is short because the changes are minor and follow a full 12-week consultation last year.', expect: { problem: 'too-short', lengthDays: 14, severity: 'info', explained: true } },
  { heldOut: true, id: 'r07', about: 'run until a year-less date, long enough', text: 'Have your say on the proposed closure of the Riverside Day Centre. The consultation will run until 30 September.', referenceDate: '2025-07-01', expect: null },
  { heldOut: true, id: 'r08', about: 'start date and six weeks', text: 'The consultation on the draft Compact will start on 1 March 2025 and will last six weeks.', expect: { problem: 'too-short', lengthDays: 42, start: '2025-03-01', close: '2025-04-12' } },
  { heldOut: true, id: 'r09', about: 'following consultation with the Chair', text: 'Following consultation with the Chair of the Scrutiny Committee, the item was deferred to the next meeting on 4 March 2025.', expect: null },
  { heldOut: true, id: 'r10', about: 'Local Plan consultation (statutory)', text: 'The council consulted the public on its draft Local Plan between 1 February and 15 March 2024.', expect: null },
  { heldOut: true, id: 'r11', about: 'stakeholder engagement continues', text: 'Stakeholder engagement will continue as the new model is co-produced.', expect: null },
  { heldOut: true, id: 'r12', about: 'extended consultation, close only, long enough', text: 'Please note that the consultation period has been extended by four weeks and now closes on 30 May 2025.', referenceDate: '2025-03-01', expect: null },
  { heldOut: true, id: 'r14', about: 'opens/closes labels, 84 days', text: 'Public consultation\n\nOpens: 1 September 2025\n\nCloses: 24 November 2025', expect: null },
  { heldOut: true, id: 'r15', about: 'opens/closes labels, 63 days', text: 'Public consultation\n\nOpens: 1 September 2025\n\nCloses: 3 November 2025', expect: { problem: 'too-short', lengthDays: 63 } },
  { heldOut: true, id: 'r16', about: 'traffic order objections', text: 'Residents have until 21 days after the date of this notice to object to the proposed traffic regulation order.', expect: null },
  { heldOut: true, id: 'r17', about: 'six week period starting in January', text: 'A consultation will take place with local residents and businesses over a six week period starting in January.', expect: { problem: 'too-short', lengthDays: 42 } },
  { heldOut: true, id: 'r18', about: 'responses to a closed consultation', text: 'We received 312 responses to the consultation, which closed on 28 February 2025.', expect: null },
  { heldOut: true, id: 'r19', about: 'targeted 30-day consultation explained', text: 'This is a targeted consultation with current grant holders, running for 30 days from 3 February 2025. Because the scheme closes in March, we could not allow the usual 12 weeks.', expect: { problem: 'too-short', lengthDays: 30, severity: 'info', explained: true } },
  { heldOut: true, id: 'r20', about: 'weekday range, 81 days', text: 'Consultation on the proposed fees and charges is open from Monday 6 January 2025 to Friday 28 March 2025.', expect: { problem: 'too-short', lengthDays: 81 } },
  // ── Held-out round 3: written after round 2's fixes, scored as first run ────
  { heldOut: true, id: 'q01', about: 'respond from … until …', text: 'Consultation on the future of the Brook Lane youth centre. You can respond from 12 May 2025 until 23 June 2025.', expect: { problem: 'too-short', lengthDays: 42 } },
  { heldOut: true, id: 'q02', about: 'launched on a date, runs until a date', text: 'The council launched a consultation on 2 June 2025 which will run until 25 August 2025.', expect: null },
  { heldOut: true, id: 'q03', about: 'our past four-week consultation, reported with its length', text: 'We held a four-week consultation last spring.', expect: { problem: 'too-short', lengthDays: 28 } },
  { heldOut: true, id: 'q04', about: 'just 21 days from a start date', text: 'A consultation lasting just 21 days will begin on 1 October 2025.', expect: { problem: 'too-short', lengthDays: 21, start: '2025-10-01', close: '2025-10-22' } },
  { heldOut: true, id: 'q05', about: 'survey deadline without the word consultation', text: 'Your views matter. Please complete the survey by 31 March 2025.', referenceDate: '2025-02-15', expect: { problem: 'too-short', lengthDays: 44 } },
  { heldOut: true, id: 'q06', about: 'consult for 10 weeks from a date', text: 'The council will consult for 10 weeks on its draft Tenancy Strategy from 5 January 2026.', expect: { problem: 'too-short', lengthDays: 70, start: '2026-01-05' } },
  { heldOut: true, id: 'q07', about: '21-day planning consultation period', text: 'The Planning Committee will consider the application after the 21-day consultation period ends on 14 March 2025.', expect: null },
  { heldOut: true, id: 'q08', about: 'consultation dates label, 88 days', text: 'Consultation dates: Monday 3 November 2025 to Friday 30 January 2026', expect: null },
  { heldOut: true, id: 'q09', about: 'the Leader was consulted', text: 'The Leader was consulted on the timing of this report.', expect: null },
  { heldOut: true, id: 'q10', about: 'consultation with the sector took place', text: 'Consultation with the voluntary sector took place through the Compact Working Group in January.', expect: null },
  { heldOut: true, id: 'q11', about: 'reduced to eight weeks to allow a start in April', text: 'The consultation period has been reduced to eight weeks to allow the new scheme to start in April, when the current grant agreements expire.', expect: { problem: 'too-short', lengthDays: 56, severity: 'info', explained: true } },
  { heldOut: true, id: 'q12', about: 'have your say until a year-less date', text: 'Have your say on the stray dogs policy until 9 May.', referenceDate: '2025-04-01', expect: { problem: 'too-short', lengthDays: 38 } },
  { heldOut: true, id: 'q13', about: 'closing date for comments, long enough', text: 'Closing date for comments on the draft Compact: 4pm, Friday 20 June 2025', referenceDate: '2025-03-20', expect: null },
  { heldOut: true, id: 'q14', about: 'closing date for comments, eight days', text: 'Closing date for comments on the draft Compact: 4pm, Friday 28 March 2025', referenceDate: '2025-03-20', expect: { problem: 'too-short', lengthDays: 8 } },
  { heldOut: true, id: 'q15', about: 'six weeks explained by an earlier 12-week consultation', text: 'This is a six-week consultation. It is shorter than 12 weeks because it follows an earlier 12-week consultation in 2024 on the same proposals.', expect: { problem: 'too-short', lengthDays: 42, severity: 'info', explained: true } },
  // ── Found by probing committee-report wording (not held out) ────────────────
  { id: 'c71', about: 'summary of consultation responses', text: 'A summary of consultation responses is at Appendix B.', expect: null },
  { id: 'c72', about: 'responses will be reported', text: 'Responses to the consultation will be reported to Cabinet in March.', expect: null },
  { id: 'c73', about: 'officers will analyse responses', text: 'Officers will analyse the consultation responses and report back.', expect: null },
  { id: 'c74', about: 'responses taken into account', text: 'Consultation responses have been taken into account in the final proposals.', expect: null },
  { id: 'c75', about: 'future consultation with no dates', text: 'If Cabinet agrees, a consultation will start in the spring.', expect: { problem: 'missing' } },
  // ── Held-out round 4: written after all fixes above, scored as first run ────
  { heldOut: true, id: 's01', about: 'neighbourhood plan comments (statutory, six weeks)', text: 'The Parish Council invites comments on the draft Neighbourhood Plan from 2 March to 13 April 2026.', expect: null },
  { heldOut: true, id: 's02', about: 'closes on a Sunday, close only', text: 'Our consultation on proposed changes to adult social care charges closes on Sunday 1 March 2026.', referenceDate: '2026-01-05', expect: { problem: 'too-short', lengthDays: 55, basis: 'reference-to-close' } },
  { heldOut: true, id: 's03', about: 'survey before a date, long enough', text: 'Tell us what you think of the draft Cultural Strategy by filling in the survey before 30 November 2025.', referenceDate: '2025-09-01', expect: null },
  { heldOut: true, id: 's04', about: 'past 12-week consultation with dates', text: 'The 12-week consultation ran from 3 March to 26 May 2025 and 480 people responded.', expect: null },
  { heldOut: true, id: 's05', about: 'opens and closes year-less across the new year', text: 'The consultation, which opens on 1 December, will close on 12 January.', referenceDate: '2025-11-20', expect: { problem: 'too-short', lengthDays: 42, start: '2025-12-01', close: '2026-01-12' } },
  { heldOut: true, id: 's06', about: 'in consultation with the Chief Executive', text: 'In consultation with the Chief Executive, the Leader approved the urgent decision on 3 March 2025.', expect: null },
  { heldOut: true, id: 's07', about: 'asking for your views until a date', text: 'We are asking for your views on the proposed new grants scheme until 14 November 2025.', referenceDate: '2025-10-01', expect: { problem: 'too-short', lengthDays: 44 } },
  { heldOut: true, id: 's08', about: '30 days to respond from a start date', text: 'Consultees have 30 days to respond to this consultation, which begins on 6 October 2025.', expect: { problem: 'too-short', lengthDays: 30, start: '2025-10-06' } },
  { heldOut: true, id: 's09', about: 'results of last year’s consultation', text: 'The results of last year’s budget consultation are published on our website.', expect: null },
  { heldOut: true, id: 's10', about: 'reason first, then the dates', text: 'This consultation is shorter than our usual 12 weeks because of the need to agree the budget by 26 February 2026. It runs from 5 January 2026 to 8 February 2026.', expect: { problem: 'too-short', lengthDays: 34, severity: 'info', explained: true } },
  { heldOut: true, id: 's11', about: 'six weeks in the autumn', text: 'Consultation with residents on the parking zone will run for six weeks in the autumn.', expect: { problem: 'too-short', lengthDays: 42 } },
  { heldOut: true, id: 's12', about: 'scrutiny members briefed on consultation plans', text: 'Health Overview and Scrutiny Committee members were briefed on the consultation plans on 4 June 2025.', expect: null },
  // ── Held-out round 5: written after round 4's fixes, scored as first run ────
  { heldOut: true, id: 't01', about: 'web page: survey closes at 11:59pm on a weekday and date', text: 'Have your say on changes to bin collections\n\nWe are proposing to move to fortnightly collections of general waste and want to hear from residents, community groups and businesses. The survey closes at 11:59pm on Sunday 22 February 2026.', referenceDate: '2026-01-12', expect: { problem: 'too-short', close: '2026-02-22', lengthDays: 41, basis: 'reference-to-close', severity: 'warning' } },
  { heldOut: true, id: 't02', about: 'committee report: past consultation across the year end, 84 days', text: '7. Consultation\n\n7.1 Public consultation on the draft Homelessness and Rough Sleeping Strategy took place between 4 November 2024 and 27 January 2025. The online questionnaire was promoted through the council’s social media channels and through Voluntary Action Eastshire, and 163 responses were received (Appendix D).', referenceDate: '2025-03-10', expect: null },
  { heldOut: true, id: 't03', about: 'ICB press release dated at the top: launched today, views until a date', text: 'News release\n\n14 April 2025\n\nHave your say on urgent care in East Harbourside\n\nNHS Harbourside Integrated Care Board has today launched a public consultation on the future of urgent treatment services in the east of the county. People can give their views until Friday 6 June 2025 by completing an online questionnaire, calling the freephone number or attending one of eight public meetings.', expect: { problem: 'too-short', close: '2025-06-06', lengthDays: 53, basis: 'reference-to-close' } },
  { heldOut: true, id: 't04', about: 'resolution: in consultation with the Cabinet Member, with a tender date', text: 'RESOLVED: That the Director of Adult Social Care, in consultation with the Cabinet Member for Health and Wellbeing, be authorised to finalise the day opportunities service specification before the tender is published on 2 March 2025.', expect: null },
  { heldOut: true, id: 't05', about: 'statutory planning application notice with a date for representations', text: 'TOWN AND COUNTRY PLANNING (DEVELOPMENT MANAGEMENT PROCEDURE) (ENGLAND) ORDER 2015\n\nNotice under Article 15\n\nProposal: Erection of 14 dwellings with associated access and parking, land east of Mill Lane.\n\nAnyone who wishes to make representations about this application should write to the Council by 20 March 2025.', expect: null },
  { heldOut: true, id: 't06', about: 'parish notice: consultation period is six weeks, ending on a date', text: 'Millford Parish Council\n\nDraft Allotments Policy\n\nThe Parish Council would welcome comments from residents and allotment holders on its draft Allotments Policy, which can be read on the noticeboard outside the Village Hall or on the council’s website. The consultation period is six weeks, ending on 11 April 2025. Comments should be sent to the Parish Clerk.', expect: { problem: 'too-short', lengthDays: 42, start: '2025-02-28', close: '2025-04-11', basis: 'stated-period' } },
  { heldOut: true, id: 't07', about: 'year-less range across the year end', text: 'Our consultation on proposed changes to the community transport service runs from 8 December to 2 February. You can respond online, by phone or by picking up a paper form from any library.', referenceDate: '2025-11-24', expect: { problem: 'too-short', start: '2025-12-08', close: '2026-02-02', lengthDays: 56, basis: 'dates' } },
  { heldOut: true, id: 't08', about: 'opens/closes labels with weekdays on one line each, 84 days', text: 'Draft Libraries Strategy consultation\n\nConsultation opens: Tuesday 2 September 2025\nConsultation closes: Tuesday 25 November 2025 (midnight)', expect: null },
  { heldOut: true, id: 't09', about: 'extended to a later date; opened date given, 88 days', text: 'Consultation extended\n\nBecause of the level of interest, the consultation on the future of Hollins Park Library, which opened on 21 July 2025, has been extended to 17 October 2025. It was originally due to close on 26 September.', referenceDate: '2025-09-15', expect: null },
  { heldOut: true, id: 't10', about: 'budget consultation shortened due to the budget timetable', text: 'Budget consultation 2026/27\n\nTell us what you think of our draft budget proposals by 5pm on Friday 16 January 2026. This consultation is shorter than the 12 weeks we would normally allow due to the budget timetable: the council has to set its budget and council tax in February.', referenceDate: '2025-11-27', expect: { problem: 'too-short', severity: 'info', explained: true, close: '2026-01-16', lengthDays: 50, basis: 'reference-to-close' } },
  { heldOut: true, id: 't11', about: 'event with a booking deadline is not a consultation', text: 'Come along to our free Family Fun Day in Victoria Park on Saturday 14 June 2025, 11am to 4pm. Local charities and community groups will run stalls and activities. If your group would like a stall, please book by 30 May 2025.', expect: null },
  { heldOut: true, id: 't12', about: 'ICB engagement page with no dates', text: 'Help shape community services in Northfield\n\nNHS Northfield and District Integrated Care Board wants to hear from patients, carers and local voluntary groups about how community nursing and therapy services could work better together. You can share your views through our short online survey, by email, or at one of our engagement events. Dates for the events will be published here soon.', expect: { problem: 'missing', basis: 'none', start: null, close: null, lengthDays: null } },
  { heldOut: true, id: 't13', about: 'press release on a past consultation with both dates, 56 days', text: 'Leisure centres: what you told us\n\nMore than 900 residents took part in the council’s consultation on the future of its leisure centres, which ran from 3 February to 31 March 2025. Cabinet will consider the findings on 17 June.', referenceDate: '2025-05-20', expect: { problem: 'too-short', start: '2025-02-03', close: '2025-03-31', lengthDays: 56, basis: 'dates', explained: false, severity: 'warning' } },
  { heldOut: true, id: 't14', about: 'recommendation: six week consultation to begin in a month', text: '2. Recommendation\n\n2.1 That Cabinet authorises a six week public consultation on the proposed closure of the Ashgrove and Denby Lane children’s centres, to begin in September 2025.', expect: { problem: 'too-short', lengthDays: 42, basis: 'stated-period' } },
  { heldOut: true, id: 't15', about: 'parish council, comments by a year-less date (road number nearby)', text: 'Upper Weald Parish Council is consulting residents on a proposal to install speed indicator signs on the B2140. Please send your comments to the Clerk by 14 March.', referenceDate: '2025-02-03', expect: { problem: 'too-short', close: '2025-03-14', lengthDays: 39, basis: 'reference-to-close' } },
  { heldOut: true, id: 't16', about: 'real consultation carried out in consultation with the Cabinet Member', text: '3.4 The Head of Commissioning will, in consultation with the Cabinet Member for Communities, carry out an eight-week consultation with voluntary and community organisations on the proposed infrastructure support contract, starting on 6 October 2025.', expect: { problem: 'too-short', lengthDays: 56, start: '2025-10-06', close: '2025-12-01', basis: 'stated-period' } },
  // t17 was first labelled null (statutory licensing) and scored as a false positive in the first
  // run. Relabelled afterwards: the Act requires a licensing policy to be consulted on but sets no
  // period, so the statutory exemption (periods set by law) does not apply and 12 weeks does.
  { heldOut: true, id: 't17', about: 'statement of licensing policy: consultation required by law, period not (checked)', text: 'The council is reviewing its Statement of Licensing Policy under the Licensing Act 2003 and invites comments from licence holders, residents and responsible authorities between 1 July and 12 August 2025.', expect: { problem: 'too-short', start: '2025-07-01', close: '2025-08-12', lengthDays: 42, basis: 'dates' } },
  { heldOut: true, id: 't18', about: 'survey launched on / closes at 11:59pm on, weekdays', text: 'Have your say on the draft Play Strategy\n\nThe survey launched on Monday 7 July 2025 and closes at 11:59pm on Sunday 31 August 2025. It takes about ten minutes to complete.', referenceDate: '2025-07-10', expect: { problem: 'too-short', start: '2025-07-07', close: '2025-08-31', lengthDays: 55, basis: 'dates' } },
  { heldOut: true, id: 't19', about: 'year-less opens/closes labels across the year end, 84 days', text: 'Consultation: draft Tree and Woodland Strategy\n\nOpens: 9 December\nCloses: 3 March\n\nWe would like to hear from residents, schools and community groups.', referenceDate: '2025-12-01', expect: null },
  { heldOut: true, id: 't20', about: 'Consultation section: none required, a later meeting date', text: '8. Consultation\n\n8.1 No public consultation is required for this decision. The Voluntary Sector Liaison Group will be told of the outcome at its meeting on 22 May 2025.', expect: null },
  { heldOut: true, id: 't21', about: 'ICB 13-week consultation with weekday dates, 90 days', text: 'NHS Westmoor Integrated Care Board is holding a 13-week public consultation on proposals to reorganise hyperacute stroke services. The consultation starts on Monday 1 September 2025 and ends at midnight on Sunday 30 November 2025.', expect: null },
  { heldOut: true, id: 't22', about: '12 weeks with two-digit-year numeric dates in brackets', text: 'Draft Allotment Strategy consultation\n\nConsultation period: 12 weeks (02/06/25 – 25/08/25)\n\nHow to respond: online or by post.', expect: null },
  { heldOut: true, id: 't23', about: 'ICB consulted the public between two dates across the year end (past)', text: 'Between 11 November 2024 and 6 January 2025 the ICB consulted the public on proposed changes to GP out-of-hours services. More than 2,300 people replied.', referenceDate: '2025-03-01', expect: { problem: 'too-short', start: '2024-11-11', close: '2025-01-06', lengthDays: 56, basis: 'dates' } },
  { heldOut: true, id: 't24', about: 'dated press release: six weeks from today', text: 'Press release: 3 March 2025\n\nResidents asked for views on Climate Action Plan\n\nPeople who live, work or study in the borough are being asked what they think of the council’s draft Climate Action Plan. The consultation runs for six weeks from today.', expect: { problem: 'too-short', lengthDays: 42, basis: 'stated-period' } },
  // ── Found by probing round 5's fixes (not held out) ─────────────────────────
  { id: 'c76', about: 'full range, then extended until a later date (102 days)', text: 'The consultation opened on 21 July 2025 and closes on 26 September 2025. It has been extended until 31 October 2025.', referenceDate: '2025-09-01', expect: null },
  { id: 'c77', about: 'extended from one date to another is a new close, not the period', text: 'The consultation on the draft Play Strategy has been extended from 26 September 2025 to 17 October 2025.', referenceDate: '2025-09-01', expect: { problem: 'too-short', close: '2025-10-17', lengthDays: 46, basis: 'reference-to-close' } },
  { id: 'c78', about: 'new closing date, counted from the opening date', text: 'The consultation opened on 1 September 2025. The new closing date is 10 October 2025.', referenceDate: '2025-09-20', expect: { problem: 'too-short', start: '2025-09-01', close: '2025-10-10', lengthDays: 39, basis: 'dates' } },
  { id: 'c79', about: 'following consultation with the Leader, a public consultation with no close', text: 'Following consultation with the Leader, the council will launch a public consultation on 3 March 2025.', expect: { problem: 'missing', start: '2025-03-03', close: null } },
  // Range connectors on their own, with no "from", "opens" or "closes" to lean on: each row
  // fails if the date reader stops joining two dates with that word or mark.
  { id: 'x01', about: '"until" joins two dates, no lead word', text: 'Our consultation, 2 June until 14 July 2025, asks which library opening hours suit you best.', expect: { problem: 'too-short', start: '2025-06-02', close: '2025-07-14', lengthDays: 42, basis: 'dates' } },
  { id: 'x02', about: '"through" joins two dates', text: 'The Greyfield Parish Council consultation on the future of the village green is open 7 April 2025 through 16 June 2025.', expect: { problem: 'too-short', start: '2025-04-07', close: '2025-06-16', lengthDays: 70, basis: 'dates' } },
  { id: 'x03', about: 'en dash between two dates in brackets, six weeks', text: 'Consultation on the Ashwell Road bus lane (12 May – 23 June 2025): we want to hear from people who walk, cycle, drive or take the bus along the road.', expect: { problem: 'too-short', start: '2025-05-12', close: '2025-06-23', lengthDays: 42, basis: 'dates' } },
  { id: 'x04', about: 'en dash between two full dates, 13 weeks: fine', text: 'Have your say on the plans for the Kestrel Heath play area, 1 September 2025 – 1 December 2025. Paper forms are at the community centre.', expect: null },
  // A first date with only a day takes its month and year from the other end, through the connector.
  { id: 'x05', about: '"until" between a bare day and a full date', text: 'The Millbrook conservation area consultation is open 3rd until 28th March 2025; comment forms are at the library.', expect: { problem: 'too-short', start: '2025-03-03', close: '2025-03-28', lengthDays: 25, basis: 'dates' } },
  { id: 'x06', about: '"till" between a bare day and a full date', text: 'Consultation on the Orchard Street parking zone: 2 till 30 June 2025. Paper forms are at the Town Hall.', expect: { problem: 'too-short', start: '2025-06-02', close: '2025-06-30', lengthDays: 28, basis: 'dates' } },
];
