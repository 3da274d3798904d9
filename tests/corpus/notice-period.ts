/**
 * Test corpus for the `notice-period` rule: passages from committee reports, grant letters,
 * funding agreements and council web pages, written for this project. Each row says whether
 * the rule should report and, if so, the figures it must compute.
 * tests/timescale/corpus.test.ts runs every row and prints precision and recall.
 *
 * Conventions (see lint-rules/notice-period/README.md): notice is counted from the date of
 * notification or decision to the day the change takes effect. Funding that "ends on
 * 31 March" is funded to the end of that day, so the change takes effect on 1 April; funding
 * cut "from 1 April" changes on 1 April. Notice of N calendar months is enough when
 * notification date + N months falls on or before that day. Notice stated in days or weeks
 * is compared with the shortest span of N calendar months (89 days for three months), so
 * "90 days" meets three months and "12 weeks" (84 days) does not.
 */
export interface NoticeExpectation {
  basis?: 'stated' | 'dates';
  noticeDays?: number;
  requiredDays?: number;
  from?: string | null;
  to?: string | null;
}

export interface NoticeCorpusRow {
  id: string;
  /** What the passage exercises (the trap it sets, if any). */
  about: string;
  text: string;
  referenceDate?: string;
  options?: Record<string, unknown>;
  /** null: the rule must stay silent. */
  expect: NoticeExpectation | null;
  /** Written after the rule, to measure it on passages it was not tuned on. */
  heldOut?: boolean;
}

export const NOTICE_CORPUS: NoticeCorpusRow[] = [
  // ── Stated notice, too short ───────────────────────────────────────────────
  {
    id: 'n01',
    about: "one month's notice of non-renewal",
    text: 'The council will give one month’s notice to organisations whose grants will not be renewed.',
    expect: { basis: 'stated', noticeDays: 31, requiredDays: 90 },
  },
  {
    id: 'n02',
    about: "28 days' notice of a contract reduction",
    text: 'Providers will receive 28 days’ notice of any reduction in the value of their contract.',
    expect: { basis: 'stated', noticeDays: 28, requiredDays: 89 },
  },
  {
    id: 'n03',
    about: "six weeks' notice before an SLA ends",
    text: 'We will give six weeks’ notice before the service level agreement comes to an end.',
    expect: { basis: 'stated', noticeDays: 42, requiredDays: 89 },
  },
  {
    id: 'n04',
    about: "12 weeks' notice does not meet three months",
    text: 'The ICB intends to end the grant with 12 weeks’ notice.',
    expect: { basis: 'stated', noticeDays: 84, requiredDays: 89 },
  },
  {
    id: 'n05',
    about: 'one month written notice in a termination clause',
    text: 'The council may terminate this grant agreement by giving the organisation not less than one month’s written notice.',
    expect: { basis: 'stated' },
  },
  {
    id: 'n06',
    about: 'either party, including the council, may end on one month',
    text: 'Either party may end the service level agreement by giving one month’s notice in writing.',
    expect: { basis: 'stated' },
  },
  {
    id: 'n07',
    about: "four weeks' notice that funding will stop",
    text: 'I am writing to give you four weeks’ notice that the council’s funding for the youth club will stop.',
    expect: { basis: 'stated', noticeDays: 28 },
  },
  {
    id: 'n08',
    about: "two weeks' notice, the Stoke pattern",
    text: 'The grant will be withdrawn with two weeks’ notice.',
    expect: { basis: 'stated', noticeDays: 14 },
  },
  {
    id: 'n09',
    about: "a fortnight's notice",
    text: 'The trust will end the pilot funding with a fortnight’s notice.',
    expect: { basis: 'stated', noticeDays: 14 },
  },
  {
    id: 'n10',
    about: '30 days notice without an apostrophe',
    text: 'The council will terminate the grant agreement by giving 30 days notice.',
    expect: { basis: 'stated', noticeDays: 30 },
  },
  {
    id: 'n11',
    about: 'notice period label in an agreement summary',
    text: 'Funding agreement: Youth Outreach service level agreement\n\nNotice period to end or vary the funding: 1 month',
    expect: { basis: 'stated' },
  },
  {
    id: 'n12',
    about: 'cabinet report paragraph: one month in writing',
    text: '4.3 Organisations that receive a grant will be given one month’s notice in writing of the changes to their funding.',
    expect: { basis: 'stated' },
  },
  {
    id: 'n13',
    about: 'Eastleigh profile: three months is short of six',
    text: 'Organisations will be given three months’ notice that their agreement will not be renewed.',
    options: { minMonths: 6 },
    expect: { basis: 'stated', noticeDays: 90, requiredDays: 181 },
  },
  {
    id: 'n14',
    about: 'notice of four weeks, noun first',
    text: 'Commissioners will give notice of four weeks before decommissioning the befriending contract.',
    expect: { basis: 'stated', noticeDays: 28 },
  },

  // ── Stated notice, long enough ─────────────────────────────────────────────
  {
    id: 'n15',
    about: "90 days' notice meets three months",
    text: 'Funded organisations will be given 90 days’ notice if their grant is to be reduced or withdrawn.',
    expect: null,
  },
  {
    id: 'n16',
    about: 'at least three months in writing',
    text: 'Organisations will be given at least three months’ notice in writing before any grant is ended or changed.',
    expect: null,
  },
  {
    id: 'n17',
    about: 'minimum of 3 months to all grant recipients',
    text: 'To give a minimum of 3 months’ notice to all current grant recipients and to put a transition programme in place.',
    expect: null,
  },
  {
    id: 'n18',
    about: 'six months',
    text: 'Grant recipients will receive six months’ notice of any change to their funding.',
    expect: null,
  },
  {
    id: 'n19',
    about: 'Eastleigh profile: six months meets six',
    text: 'The council will give six months’ notice that an agreement or contract will not be renewed.',
    options: { minMonths: 6 },
    expect: null,
  },
  {
    id: 'n20',
    about: 'four months after an appeal',
    text: 'If the appeal is unsuccessful the organisation will be given at least four months notice that the funding will cease.',
    expect: null,
  },
  {
    id: 'n21',
    about: 'either party three months',
    text: 'Either party may terminate this agreement by giving three months’ notice in writing.',
    expect: null,
  },
  {
    id: 'n22',
    about: '13 weeks is at least the shortest three calendar months',
    text: 'The council will give 13 weeks’ notice before funding is reduced.',
    expect: null,
  },
  {
    id: 'n23',
    about: 'NHS body, not less than 3 months',
    text: 'The ICB will give providers not less than 3 months’ notice of any decision to decommission a service.',
    expect: null,
  },
  {
    id: 'n24',
    about: 'promise of the Compact minimum',
    text: 'We will give you at least three months’ notice of any change to your grant, as the Compact asks.',
    expect: null,
  },

  // ── Not funding notice at all (traps) ──────────────────────────────────────
  {
    id: 'n25',
    about: 'trap: statutory 28 clear days of a key decision',
    text: 'Notice of the key decision was given at least 28 clear days before the meeting.',
    expect: null,
  },
  {
    id: 'n26',
    about: 'trap: the council must give 28 days notice of a key decision',
    text: 'The council must give 28 days’ notice of its intention to make a key decision about the grants programme.',
    expect: null,
  },
  {
    id: 'n27',
    about: 'trap: appeal window within 14 days',
    text: 'Organisations may appeal within 14 days of being told that their funding will stop.',
    expect: null,
  },
  {
    id: 'n28',
    about: 'trap: appeal window, Eastleigh wording',
    text: 'Organisations should tell the council within 14 days of being informed that the funding will cease if they wish to appeal.',
    expect: null,
  },
  {
    id: 'n29',
    about: 'trap: road closure notice',
    text: 'The road will close for resurfacing and residents will be given two weeks’ notice of the closure.',
    expect: null,
  },
  {
    id: 'n30',
    about: 'trap: parking restrictions',
    text: 'Residents will be given 28 days’ notice of the new parking restrictions.',
    expect: null,
  },
  {
    id: 'n31',
    about: "trap: the organisation's own notice to the council",
    text: 'If the organisation wishes to end the agreement early, it must give the council one month’s notice in writing.',
    expect: null,
  },
  {
    id: 'n32',
    about: "trap: organisation gave the council notice",
    text: 'The charity gave the council three weeks’ notice that it would close its drop-in service.',
    expect: null,
  },
  {
    id: 'n33',
    about: 'trap: you must give us notice',
    text: 'You must give us one month’s notice if you want to withdraw from the contract.',
    expect: null,
  },
  {
    id: 'n34',
    about: 'trap: staff contractual notice',
    text: 'Staff affected by the restructure will receive their contractual notice of one month.',
    expect: null,
  },
  {
    id: 'n35',
    about: 'trap: staff redundancy notice',
    text: 'Employees at risk of redundancy will be given 12 weeks’ notice in line with their contracts.',
    expect: null,
  },
  {
    id: 'n36',
    about: 'trap: public speaking at a meeting',
    text: 'Members of the public may speak at the meeting if they give two working days’ notice.',
    expect: null,
  },
  {
    id: 'n37',
    about: 'trap: call-in window',
    text: 'The decision may be called in within five working days of publication.',
    expect: null,
  },
  {
    id: 'n38',
    about: 'trap: resignation notice',
    text: 'Volunteers and staff should give four weeks’ notice if they intend to resign.',
    expect: null,
  },
  {
    id: 'n39',
    about: 'trap: library closure is not a funding relationship',
    text: 'The library will close for refurbishment from 1 April 2025.',
    referenceDate: '2025-03-01',
    expect: null,
  },
  {
    id: 'n40',
    about: 'trap: an agreement term is not a notice',
    text: 'The grant agreement runs from 1 April 2025 to 31 March 2028.',
    referenceDate: '2025-03-01',
    expect: null,
  },
  {
    id: 'n41',
    about: 'trap: an SLA that runs until a date',
    text: 'Transport is provided by Vale Community Transport under an SLA that runs until 31 March 2025.',
    referenceDate: '2025-03-01',
    expect: null,
  },
  {
    id: 'n42',
    about: 'trap: the current agreement ends (a term, not a decision)',
    text: 'The current funding agreement ends on 31 March 2025 and a new grants round opened in the autumn.',
    referenceDate: '2025-03-01',
    expect: null,
  },

  // ── Implicit notice from dates, too short ──────────────────────────────────
  {
    id: 'n43',
    about: 'cabinet decision date and cease date in one sentence',
    text: 'Cabinet decided on 12 February 2025 that the community transport grant will cease on 31 March 2025.',
    expect: { basis: 'dates', from: '2025-02-12', to: '2025-03-31', noticeDays: 48, requiredDays: 89 },
  },
  {
    id: 'n44',
    about: 'letter following the decision on a date',
    text: 'Dear Ms Patel,\n\nFollowing the decision on 20 January 2025, I am writing to tell you that the council’s grant to Riverside Advice will end on 31 March 2025.',
    expect: { basis: 'dates', from: '2025-01-20', to: '2025-03-31', noticeDays: 71, requiredDays: 90 },
  },
  {
    id: 'n45',
    about: 'with effect from 1 April 2025 against a cabinet date',
    text: 'At its meeting on 3 March 2025 the Cabinet agreed to reduce the grant to Northside Carers by 25 per cent with effect from 1 April 2025.',
    expect: { basis: 'dates', from: '2025-03-03', to: '2025-04-01', noticeDays: 29, requiredDays: 92 },
  },
  {
    id: 'n46',
    about: 'funding will cease on 31 March against the letter date',
    text: 'Date: 14 February 2025\n\nDear Mr Okafor,\n\nI am writing to confirm that funding for the befriending service will cease on 31 March.',
    expect: { basis: 'dates', from: '2025-02-14', to: '2025-03-31', noticeDays: 46, requiredDays: 89 },
  },
  {
    id: 'n47',
    about: 'borderline: 2 January to the end of 31 March is one day short',
    text: 'Date: 2 January 2025\n\nDear Ms Khan,\n\nI am sorry to tell you that the council’s grant to your organisation will cease on 31 March 2025.',
    expect: { basis: 'dates', from: '2025-01-02', to: '2025-03-31', noticeDays: 89, requiredDays: 90 },
  },
  {
    id: 'n48',
    about: 'terminate on a date, counted from the reference date',
    text: 'The contract with Hillside Advocacy will terminate on 30 June 2025.',
    referenceDate: '2025-05-01',
    expect: { basis: 'dates', from: '2025-05-01', to: '2025-06-30', noticeDays: 61, requiredDays: 92 },
  },
  {
    id: 'n49',
    about: 'following the decision, end on 30 April',
    text: 'Following the decision on 5 March 2025, funding for the Welcome Centre will end on 30 April 2025.',
    expect: { basis: 'dates', from: '2025-03-05', to: '2025-04-30', noticeDays: 57, requiredDays: 92 },
  },
  {
    id: 'n50',
    about: 'cut by half from 1 April, reference date',
    text: 'Grants to the three advice agencies will be cut by half from 1 April 2025.',
    referenceDate: '2025-02-20',
    expect: { basis: 'dates', from: '2025-02-20', to: '2025-04-01', noticeDays: 40, requiredDays: 89 },
  },
  {
    id: 'n51',
    about: 'NHS trust reduces a grant, letter date',
    text: 'Date: 7 April 2025\n\nThe trust has decided that its grant to the hospice will be reduced by £40,000 from 1 May 2025.',
    expect: { basis: 'dates', from: '2025-04-07', to: '2025-05-01', noticeDays: 24, requiredDays: 91 },
  },
  {
    id: 'n52',
    about: 'year-less end date, reference in February',
    text: 'Your organisation’s grant will end on 31 March.',
    referenceDate: '2025-02-03',
    expect: { basis: 'dates', from: '2025-02-03', to: '2025-03-31', noticeDays: 57, requiredDays: 89 },
  },
  {
    id: 'n53',
    about: 'end of March, year-less',
    text: 'Funding for the drop-in will cease at the end of March.',
    referenceDate: '2025-02-10',
    expect: { basis: 'dates', to: '2025-03-31', noticeDays: 50, requiredDays: 89 },
  },
  {
    id: 'n54',
    about: 'end of the financial year',
    text: 'Council support for the community shop scheme will be withdrawn at the end of the financial year.',
    referenceDate: '2025-01-20',
    expect: { basis: 'dates', to: '2025-03-31', noticeDays: 71, requiredDays: 90 },
  },
  {
    id: 'n55',
    about: 'committee recommendation to reduce a grant, meeting date in the header',
    text: 'Cabinet\n\nDate of meeting: 12 March 2025\n\n2.1 That Cabinet agrees to reduce the core grant to the CVS by 30 per cent from 1 April 2025.',
    expect: { basis: 'dates', from: '2025-03-12', to: '2025-04-01', noticeDays: 20, requiredDays: 92 },
  },
  {
    id: 'n56',
    about: 'SLA to be terminated, published date on a consultation page',
    text: 'Published: 3 February 2025\n\nThe proposal\n\nThe SLA with Vale Community Transport will be terminated on 31 March 2025.',
    expect: { basis: 'dates', from: '2025-02-03', to: '2025-03-31', noticeDays: 57, requiredDays: 89 },
  },
  {
    id: 'n57',
    about: 'variation of an SLA from a date, letter date',
    text: 'Date: 12 May 2025\n\nThe service level agreement will be varied from 1 June 2025 to reduce the number of funded sessions.',
    expect: { basis: 'dates', from: '2025-05-12', to: '2025-06-01', noticeDays: 20 },
  },

  // ── Implicit notice from dates, long enough ────────────────────────────────
  {
    id: 'n58',
    about: 'cabinet in December, change from April',
    text: 'At its meeting on 9 December 2024 the Cabinet agreed that grants to lunch clubs will be reduced with effect from 1 April 2025.',
    expect: null,
  },
  {
    id: 'n59',
    about: 'borderline: 1 January to the end of 31 March is exactly three months',
    text: 'Date: 1 January 2025\n\nDear Ms Khan,\n\nI am sorry to tell you that the council’s grant to your organisation will cease on 31 March 2025.',
    expect: null,
  },
  {
    id: 'n60',
    about: 'decision in March, end in June',
    text: 'Following the decision on 5 March 2025, funding for the Welcome Centre will end on 30 June 2025.',
    expect: null,
  },
  {
    id: 'n61',
    about: 'terminate at the end of the year, reference in May',
    text: 'The contract with Hillside Advocacy will terminate on 31 December 2025.',
    referenceDate: '2025-05-01',
    expect: null,
  },
  {
    id: 'n62',
    about: 'year-less end date, reference in November',
    text: 'Your organisation’s grant will end on 31 March.',
    referenceDate: '2024-11-01',
    expect: null,
  },
  {
    id: 'n63',
    about: 'end of the financial year, reference in October',
    text: 'Council support for the community shop scheme will be withdrawn at the end of the financial year.',
    referenceDate: '2024-10-01',
    expect: null,
  },
  {
    id: 'n64',
    about: 'consultation page promising three months before any change from April 2026',
    text: 'Groups that receive a grant now will not see any change before April 2026. If we decide to change or end a grant, we will write to the group at least three months before the change.',
    referenceDate: '2025-09-02',
    expect: null,
  },
  {
    id: 'n65',
    about: 'decommissioning a council-run service far ahead',
    text: 'It is proposed that the Millbrook Day Service is decommissioned from 30 June 2025.',
    referenceDate: '2025-03-12',
    expect: null,
  },
  {
    id: 'n66',
    about: 'grant continues to a date (not an ending decision)',
    text: 'The grant will continue at its current level until 31 March 2026.',
    referenceDate: '2025-06-01',
    expect: null,
  },
  // ── Held-out passages: written after the rule was built, scored as first run ──
  { heldOut: true, id: 'k01', about: 'letter as one month notice of non-renewal', text: 'Please accept this letter as one month’s notice that the council will not renew your service level agreement.', expect: { basis: 'stated' } },
  { heldOut: true, id: 'k02', about: '14 days written notice to terminate a grant', text: 'The council reserves the right to terminate the grant on giving 14 days’ written notice.', expect: { basis: 'stated', noticeDays: 14 } },
  { heldOut: true, id: 'k03', about: 'three months stated and dates that agree', text: 'Date: 28 March 2025\n\nWe are required to give you three months’ notice and this letter serves as that notice. Your grant will end on 30 June 2025.', expect: null },
  { heldOut: true, id: 'k04', about: 'trust stops funding from a date, letter date', text: 'Date: 15 April 2025\n\nFollowing a review of our budgets, the trust will stop funding the carers’ café from 1 June 2025.', expect: { basis: 'dates', noticeDays: 47, requiredDays: 91 } },
  { heldOut: true, id: 'k05', about: 'not renewed when the agreement ends', text: 'Funding for the advice service will not be renewed when the current agreement ends on 31 March 2025.', referenceDate: '2025-02-01', expect: { basis: 'dates', noticeDays: 59, requiredDays: 89 } },
  { heldOut: true, id: 'k06', about: 'reduction for a financial year, no date', text: 'Your grant for 2025/26 has been reduced by 15 per cent.', expect: null },
  { heldOut: true, id: 'k07', about: 'tenants give notice to end a lease', text: 'Tenants of council-owned community buildings must give one month’s notice to end their lease.', expect: null },
  { heldOut: true, id: 'k08', about: 'give the provider four weeks', text: 'The council will give the provider four weeks’ notice of its decision to end the contract.', expect: { basis: 'stated', noticeDays: 28 } },
  { heldOut: true, id: 'k09', about: 'reduce from 1 April, reference 2 January (one day short)', text: 'The grant will reduce to £20,000 with effect from 1 April.', referenceDate: '2025-01-02', expect: { basis: 'dates', noticeDays: 89, requiredDays: 90 } },
  { heldOut: true, id: 'k10', about: 'reduce from 1 April, reference in December', text: 'The grant will reduce to £20,000 with effect from 1 April.', referenceDate: '2024-12-20', expect: null },
  { heldOut: true, id: 'k11', about: 'key decision notice published', text: 'Notice of the Cabinet’s intention to take this key decision was published on 6 January 2025.', expect: null },
  { heldOut: true, id: 'k12', about: 'review window after withdrawal', text: 'If you disagree with the decision to withdraw your funding, you have 21 days to ask for a review.', expect: null },
  { heldOut: true, id: 'k13', about: 'volunteer rota notice', text: 'Volunteers will be given two weeks’ notice of any change to the rota.', expect: null },
  { heldOut: true, id: 'k14', about: 'serve notice on a date, contract ends 29 April', text: 'The council intends to serve notice on the community transport contract on 1 February 2025, ending the contract on 29 April 2025.', expect: { basis: 'dates', from: '2025-02-01', noticeDays: 88 } },
  { heldOut: true, id: 'k15', about: 'as agreed at Cabinet on a date', text: 'As agreed at Cabinet on 10 March 2025, grant funding to the Hub will end on 31 May 2025.', expect: { basis: 'dates', from: '2025-03-10', noticeDays: 83, requiredDays: 92 } },
  { heldOut: true, id: 'k16', about: 'terminated with immediate effect', text: 'The SLA will be terminated with immediate effect.', expect: {} },
  { heldOut: true, id: 'k17', about: 'staff notice in line with HR policy', text: 'Staff at the day centre will be consulted and given notice in line with HR policy.', expect: null },
  { heldOut: true, id: 'k18', about: 'six months to all funded groups', text: 'We will give all funded groups six months’ notice of any reduction.', expect: null },
  { heldOut: true, id: 'k19', about: '8 weeks notice of a review outcome', text: 'Funded groups will be given 8 weeks’ notice of the outcome of the grants review, which may end or reduce their funding.', expect: { basis: 'stated', noticeDays: 56 } },
  { heldOut: true, id: 'k20', about: 'with effect from at the start of a sentence', text: 'Date: 2 June 2025\n\nWith effect from 1 July 2025, the contract value will fall by £50,000 a year.', expect: { basis: 'dates', noticeDays: 29 } },
  { heldOut: true, id: 'k21', about: 'Forward Plan 28 days', text: 'The Forward Plan gives 28 days’ notice of key decisions, including decisions on grants.', expect: null },
  { heldOut: true, id: 'k22', about: 'organisation gives notice it will close', text: 'The organisation has given notice that it will close the food bank on 31 March 2025.', referenceDate: '2025-03-01', expect: null },
  { heldOut: true, id: 'k23', about: 'withdrawn at the end of the month', text: 'The hospice grant is to be withdrawn at the end of the month.', referenceDate: '2025-03-10', expect: { basis: 'dates' } },
  { heldOut: true, id: 'k24', about: 'at least 12 weeks notice is still short', text: 'Any decision to end funding will be notified in writing with at least 12 weeks’ notice.', expect: { basis: 'stated', noticeDays: 84 } },
  { heldOut: true, id: 'k25', about: 'three months given, reasons missing (not this rule)', text: 'The council gave the group 3 months’ notice that its grant would end, but did not explain why.', expect: null },
  // ── Held-out round 2: longer, noisier passages, scored as first run ─────────
  { heldOut: true, id: 'm01', about: 'letter with a bare date line', text: 'Our ref: GR/2025/041\n\n17 March 2025\n\nDear Chair,\n\nCommunity Grants 2025/26\n\nI am writing to let you know that, following a review of the grants programme, the council will not be renewing your annual grant when it ends on 31 March 2025.', expect: { basis: 'dates', from: '2025-03-17', noticeDays: 15 } },
  { heldOut: true, id: 'm02', about: 'clause allowing the council to end on one month', text: 'The grant agreement includes a clause allowing the council to end the agreement on one month’s notice.', expect: { basis: 'stated' } },
  { heldOut: true, id: 'm03', about: '90 days written notice by either party', text: 'The contract may be terminated by either party on 90 days’ written notice.', expect: null },
  { heldOut: true, id: 'm04', about: 'notice on 1 April, end 31 July', text: 'Commissioners propose to give the provider notice on 1 April 2025 that the contract will end on 31 July 2025.', expect: null },
  { heldOut: true, id: 'm05', about: 'notice on 1 May, end 31 July (exactly three months)', text: 'Commissioners propose to give the provider notice on 1 May 2025 that the contract will end on 31 July 2025.', expect: null },
  { heldOut: true, id: 'm06', about: 'notice on 2 May, end 31 July (one day short)', text: 'Commissioners propose to give the provider notice on 2 May 2025 that the contract will end on 31 July 2025.', expect: { basis: 'dates', from: '2025-05-02', noticeDays: 91, requiredDays: 92 } },
  { heldOut: true, id: 'm07', about: 'write by a date, cut from April', text: 'The council will write to all affected organisations by 31 January 2025 to confirm that their grants will be cut by 10 per cent from 1 April 2025.', expect: { basis: 'dates', from: '2025-01-31', noticeDays: 60 } },
  { heldOut: true, id: 'm08', about: 'at least three months and support', text: 'Any organisation whose funding is ending will receive at least three months’ notice and support to find other funding.', expect: null },
  { heldOut: true, id: 'm09', about: 'letter date and end date far enough apart', text: 'Date: 20 January 2025\n\nWe are sorry to tell you that your funding will end on 30 April 2025. This letter gives you the required notice.', expect: null },
  { heldOut: true, id: 'm10', about: 'fares scheme change, not funding', text: 'Changes to the concessionary fares scheme will take effect from 1 April 2025 and will be advertised at bus stations.', referenceDate: '2025-03-01', expect: null },
  { heldOut: true, id: 'm11', about: 'support withdrawn from a date', text: 'Council support for the Winter Night Shelter will be withdrawn from 1 February 2025.', referenceDate: '2025-01-10', expect: { basis: 'dates', noticeDays: 22, requiredDays: 90 } },
  { heldOut: true, id: 'm12', about: 'board asked on a date to approve ending', text: 'The Board will be asked on 16 April 2025 to approve ending the pilot grant on 30 April 2025.', expect: { basis: 'dates', from: '2025-04-16', noticeDays: 15 } },
  { heldOut: true, id: 'm13', about: 'staff notice if a service closes', text: 'Staff will be given one month’s notice if the service closes.', expect: null },
  { heldOut: true, id: 'm14', about: 'lease notice to vacate', text: 'Under the terms of the lease, the council must give the charity six months’ notice to vacate.', expect: null },
  { heldOut: true, id: 'm15', about: 'notice at least four weeks before the end of the grant year', text: 'The council will give notice of its intention to withdraw the grant at least four weeks before the end of the grant year.', expect: { basis: 'stated', noticeDays: 28 } },
  { heldOut: true, id: 'm16', about: 'funding stops when the agreement expires', text: 'Funding for the youth bus will stop when the current agreement expires on 31 March 2025.', referenceDate: '2025-03-03', expect: { basis: 'dates', noticeDays: 29, requiredDays: 92 } },
  { heldOut: true, id: 'm17', about: 'appeals panel within 28 days', text: 'The appeals panel will meet within 28 days of receiving an appeal against a decision to reduce funding.', expect: null },
  { heldOut: true, id: 'm18', about: 'schedule: notice period 3 months', text: 'Schedule 2: Grant terms\n\nNotice period (either party): 3 months', expect: null },
  { heldOut: true, id: 'm19', about: 'schedule: notice period 4 weeks', text: 'Schedule 2: Grant terms\n\nNotice period (either party): 4 weeks', expect: { basis: 'stated', noticeDays: 28 } },
  { heldOut: true, id: 'm20', about: 'trust gave only six weeks', text: 'The NHS trust gave the organisation only six weeks’ notice that its contract would not be renewed.', expect: { basis: 'stated', noticeDays: 42 } },
  // ── Held-out round 3: written after round 2's fixes, scored as first run ────
  { heldOut: true, id: 'p01', about: 'stop funding on a date', text: 'The council will stop funding the scheme on 31 May 2025.', referenceDate: '2025-04-01', expect: { basis: 'dates', noticeDays: 61, requiredDays: 91 } },
  { heldOut: true, id: 'p02', about: 'wrote on 2 December, end 31 March', text: 'We wrote to the organisation on 2 December 2024 to say that its grant would end on 31 March 2025.', expect: null },
  { heldOut: true, id: 'p03', about: 'wrote on 2 January, end 31 March', text: 'We wrote to the organisation on 2 January 2025 to say that its grant would end on 31 March 2025.', expect: { basis: 'dates', from: '2025-01-02', noticeDays: 89, requiredDays: 90 } },
  { heldOut: true, id: 'p04', about: 'payment terms', text: 'The grant will be paid quarterly in advance.', expect: null },
  { heldOut: true, id: 'p05', about: 'funding confirmed by a date', text: 'Funding for 2025/26 will be confirmed by 31 January 2025.', expect: null },
  { heldOut: true, id: 'p06', about: 'SLA will expire and not be renewed', text: 'Please note that the SLA will expire on 30 June 2025 and will not be renewed.', referenceDate: '2025-05-15', expect: { basis: 'dates', noticeDays: 47 } },
  { heldOut: true, id: 'p07', about: 'staff redundancy notices', text: 'Staff redundancy notices will be issued on 1 March 2025 if the grant ends.', expect: null },
  { heldOut: true, id: 'p08', about: 'grant recipients give the council notice', text: 'Grant recipients must give the council 28 days’ notice of any change to their opening hours.', expect: null },
  { heldOut: true, id: 'p09', about: 'department gives three months', text: 'The Department will give grantees three months’ notice of any reduction in grant.', expect: null },
  { heldOut: true, id: 'p10', about: 'department gives one month', text: 'The Department will give grantees one month’s notice of any reduction in grant.', expect: { basis: 'stated' } },
  { heldOut: true, id: 'p11', about: 'withdrawn without notice on breach', text: 'Funding will be withdrawn without notice if grant conditions are breached.', expect: { basis: 'stated', noticeDays: 0 } },
  { heldOut: true, id: 'p12', about: 'cannot end without notice', text: 'We cannot end your funding without notice.', expect: null },
  { heldOut: true, id: 'p13', about: 'pilot comes to an end as set out', text: 'The pilot funding comes to an end on 30 September 2025, as set out in the original offer letter.', referenceDate: '2025-08-01', expect: null },
  { heldOut: true, id: 'p14', about: 'grant extended', text: 'The council has agreed to extend the grant to 31 March 2026.', expect: null },
  { heldOut: true, id: 'p15', about: 'following Cabinet on a date', text: 'Following Cabinet on 18 February 2025, the lunch club grant will be reduced from 1 April 2025.', expect: { basis: 'dates', from: '2025-02-18', noticeDays: 42 } },
  // ── Found by probing committee-report wording (not held out) ────────────────
  { id: 'n67', about: 'agreements end and new ones start (a term, not a decision)', text: 'The current grant agreements end on 31 March 2025, and new agreements will start on 1 April 2025.', referenceDate: '2025-03-01', expect: null },
  { id: 'n68', about: 'policy on any change, not a particular change', text: 'Grants will be reviewed annually, and any change will take effect from 1 April.', referenceDate: '2025-03-01', expect: null },
  { id: 'n69', about: 'with effect from at the start, decision later in the sentence', text: 'With effect from 1 May 2025, the council will withdraw its grant to the toy library.', referenceDate: '2025-04-01', expect: { basis: 'dates', noticeDays: 30, requiredDays: 91 } },
  // ── Held-out round 4: written after all fixes above, scored as first run ────
  { heldOut: true, id: 't01', about: 'letter date, grant ends 31 March', text: 'Date: 9 January 2026\n\nI am writing to confirm that the council will end its grant to the Refugee Welcome Project on 31 March 2026.', expect: { basis: 'dates', from: '2026-01-09', noticeDays: 82, requiredDays: 90 } },
  { heldOut: true, id: 't02', about: 'decision in November, end in February', text: 'Following Cabinet’s decision on 14 November 2025, funding to the three advice agencies will end on 28 February 2026.', expect: null },
  { heldOut: true, id: 't03', about: 'not less than one month', text: 'We will give you not less than one month’s notice if we decide to end the agreement.', expect: { basis: 'stated' } },
  { heldOut: true, id: 't04', about: 'ICB served notice, contract ends', text: 'The ICB has served notice on the community wellbeing contract, which will end on 31 August 2025.', referenceDate: '2025-07-01', expect: { basis: 'dates', noticeDays: 62 } },
  { heldOut: true, id: 't05', about: 'hospice gives the ICB notice', text: 'The hospice must give the ICB six months’ notice if it plans to close beds.', expect: null },
  { heldOut: true, id: 't06', about: 'volunteer drivers timetable notice', text: 'Volunteer drivers will be given a month’s notice of any change to the timetable.', expect: null },
  { heldOut: true, id: 't07', about: 'cut from April, reference mid-December', text: 'Grants to tenants’ associations will be cut by 20 per cent with effect from 1 April 2026.', referenceDate: '2025-12-15', expect: null },
  { heldOut: true, id: 't08', about: 'cut from April, reference late January', text: 'Grants to tenants’ associations will be cut by 20 per cent with effect from 1 April 2026.', referenceDate: '2026-01-20', expect: { basis: 'dates', noticeDays: 71 } },
  { heldOut: true, id: 't09', about: 'contract extended while re-tendered', text: 'The current contract was extended until 31 March 2026 while the service is re-tendered.', expect: null },
  { heldOut: true, id: 't10', about: 'six weeks notice was given (passive)', text: 'Six weeks’ notice of the end of funding was given to the organisation, against the Compact’s three months.', expect: { basis: 'stated', noticeDays: 42 } },
  { heldOut: true, id: 't11', about: 'notice of a question to Cabinet', text: 'Members may give notice of a question to Cabinet up to three working days before the meeting.', expect: null },
  { heldOut: true, id: 't12', about: 'decision meeting named after the change date', text: 'Core funding for the CVS will be reduced by £15,000 a year from 1 July 2025, following the Executive meeting on 18 June 2025.', expect: { basis: 'dates', from: '2025-06-18', noticeDays: 13 } },
  // ── Held-out round 5: written after round 4 (before any change to the rule), scored as first run ──
  { heldOut: true, id: 'w01', about: 'cabinet minutes: discontinued with effect from 1 April, meeting date in the heading', text: 'Minutes of the meeting of the Cabinet held on Wednesday, 11 February 2026 at 6.30 pm\n\n87. Voluntary Sector Grants 2026/27\n\nRESOLVED: That core grant funding to Eastbrook Citizens Advice and Hollins Lane Community Centre be discontinued with effect from 1 April 2026.', expect: { basis: 'dates', from: '2026-02-11', to: '2026-04-01', noticeDays: 49, requiredDays: 89 } },
  { heldOut: true, id: 'w02', about: 'letter giving notice, not continued beyond a date, date line under the address', text: 'Adult Social Care Commissioning\nCounty Hall\nMarket Street\n\n23 January 2026\n\nDear Ms Adeyemi,\n\nCarers’ Respite Grant\n\nWe are writing to give you notice that the County Council will not continue the Carers’ Respite Grant beyond 31 March 2026. Your final quarterly payment will be made in March.', expect: { basis: 'dates', from: '2026-01-23', to: '2026-03-31', noticeDays: 68, requiredDays: 90 } },
  { heldOut: true, id: 'w03', about: 'letter giving notice in October for a March end', text: 'Date: 15 October 2025\n\nDear Mr Lewis,\n\nWe are writing to give you notice that the Borough Council’s grant to Greenway Youth Trust will end on 31 March 2026. We wanted to tell you as early as possible so that the Trust has time to look for other funding.', expect: null },
  { heldOut: true, id: 'w04', about: 'contract clause: the commissioner may terminate on 30 days', text: '18.2 The Commissioner may terminate this Agreement at any time by giving the Provider not less than 30 days’ notice in writing.', expect: { basis: 'stated', noticeDays: 30, requiredDays: 89 } },
  { heldOut: true, id: 'w05', about: 'termination for convenience on three calendar months', text: '21.1 The Authority may terminate this Contract for convenience by serving not less than three calendar months’ written notice on the Provider.', expect: null },
  { heldOut: true, id: 'w06', about: 'trap: grant recipient gives the council two months', text: '9.4 The Grant Recipient shall give the Council not less than two months’ written notice of its intention to cease delivering the Funded Activities.', expect: null },
  { heldOut: true, id: 'w07', about: 'commissioning intentions: a minimum of eight weeks', text: 'Commissioning Intentions 2026/27\n\nThe ICB will not recommission the following services when their current contracts end. Providers affected will be given a minimum of eight weeks’ notice.', expect: { basis: 'stated', noticeDays: 56, requiredDays: 89 } },
  { heldOut: true, id: 'w08', about: 'notice served 1 December, service ends 28 February (exactly three months)', text: 'We intend to decommission the Tier 2 weight management service delivered by LiveWell Together. Notice will be served on 1 December 2025 and the service will end on 28 February 2026.', expect: null },
  { heldOut: true, id: 'w09', about: 'budget consultation annex: reduce a grant from 1 April (money range in the line)', text: 'Annex B: Savings proposals for consultation\n\nASC-07 Reduce the grant to the Older People’s Forum from £18,000 to £9,000 from 1 April 2026. Saving: £9,000.', referenceDate: '2026-01-12', expect: { basis: 'dates', from: '2026-01-12', to: '2026-04-01', noticeDays: 79, requiredDays: 90 } },
  { heldOut: true, id: 'w10', about: 'trap: 28 clear days of a key decision to end grants', text: 'The decision to end the lunch club grants is a key decision. At least 28 clear days’ notice of it was given in the Notice of Key Decisions published on 9 January 2026.', expect: null },
  { heldOut: true, id: 'w11', about: 'trap: traffic notice of a road closure', text: 'NOTICE IS HEREBY GIVEN that Mill Lane, Ashby, will be closed to through traffic from 2 March 2026 for up to five days to allow carriageway resurfacing.', referenceDate: '2026-02-20', expect: null },
  { heldOut: true, id: 'w12', about: 'trap: appeal within 10 working days of a withdrawal letter', text: 'If you wish to appeal against the decision to withdraw your grant, please write to the Head of Communities within 10 working days of the date of this letter.', expect: null },
  { heldOut: true, id: 'w13', about: 'trap: tenancy notice of seeking possession', text: 'Before starting court proceedings the council will serve a notice of seeking possession, giving the tenant at least 28 days’ notice.', expect: null },
  { heldOut: true, id: 'w14', about: 'trap: the charity’s redundancy notice to its staff', text: 'If the funding is not renewed, the charity will have to issue its four project workers with one month’s notice of redundancy.', expect: null },
  { heldOut: true, id: 'w15', about: 'no less than 90 days in writing, with reasons', text: '7.3 Should the Council need to reduce or end this Grant, the Organisation will receive no less than 90 days’ notice in writing, together with the reasons.', expect: null },
  { heldOut: true, id: 'w16', about: 'told by 31 December for a 31 March end', text: 'Grant holders will be told by 31 December 2025 whether their funding will continue after 31 March 2026.', referenceDate: '2025-11-03', expect: null },
  { heldOut: true, id: 'w17', about: 'told by 14 February that grants will not be renewed after 31 March', text: 'Organisations whose grants will not be renewed after 31 March 2026 will be told in writing by 14 February 2026.', expect: { basis: 'dates', from: '2026-02-14', to: '2026-03-31', noticeDays: 46, requiredDays: 89 } },
  { heldOut: true, id: 'w18', about: 'ICB decided on a date to end a grant on 30 November (88 of 91 days)', text: 'The Integrated Care Board decided on 4 September 2025 to end its social prescribing grant to Brightside Links on 30 November 2025.', expect: { basis: 'dates', from: '2025-09-04', to: '2025-11-30', noticeDays: 88, requiredDays: 91 } },
  { heldOut: true, id: 'w19', about: 'reduced (not ended) from 1 January after a November decision', text: 'Following the Executive’s decision on 20 November 2025, the grant to Westfield Women’s Aid will be reduced by £12,000 from 1 January 2026.', expect: { basis: 'dates', from: '2025-11-20', to: '2026-01-01', noticeDays: 42, requiredDays: 92 } },
  { heldOut: true, id: 'w20', about: 'February cabinet, year-less with effect from 1 April, a reduction as a noun', text: 'Report to: Cabinet\nMeeting date: 18 February 2026\nReport of: Director of Communities\n\nRecommendations\n\n3.1 That Cabinet approves a 15% reduction in the Voluntary Sector Infrastructure Grant with effect from 1 April.', referenceDate: '2026-02-25', expect: { basis: 'dates', from: '2026-02-18', to: '2026-04-01', noticeDays: 42, requiredDays: 89 } },
  { heldOut: true, id: 'w21', about: 'year-less end date in a letter, reference in May', text: 'Dear colleague,\n\nI write to confirm that the council’s contribution to the Shopmobility scheme will end on 30 June.', referenceDate: '2026-05-06', expect: { basis: 'dates', from: '2026-05-06', to: '2026-06-30', noticeDays: 56, requiredDays: 92 } },
  { heldOut: true, id: 'w22', about: 'trap: the organisation wrote giving the council notice', text: 'Age Concern Fairfield wrote to the council on 2 March 2026 giving notice that it would stop running the lunch club on 31 March 2026.', expect: null },
  { heldOut: true, id: 'w23', about: 'ICB letter: terminate an agreement dated 2023 with effect from 1 May', text: '20 March 2026\n\nDear Chief Executive,\n\nCommunity Link Worker Agreement\n\nWe are writing to give you notice that NHS Fairshire Integrated Care Board will terminate the Community Link Worker Agreement dated 1 April 2023 with effect from 1 May 2026.', expect: { basis: 'dates', from: '2026-03-20', to: '2026-05-01', noticeDays: 42, requiredDays: 92 } },
  { heldOut: true, id: 'w24', about: 'SLA schedule: the council may end on two months', text: 'Schedule 4 – Termination\n\n4.1 The Council may end this Service Level Agreement by giving the Provider two months’ notice in writing.', expect: { basis: 'stated', noticeDays: 59, requiredDays: 90 } },
  // ── Found by probing the round-5 fixes for false alarms (not held out) ──────
  { id: 'n70', about: 'numbered item reducing something that is not funding', text: '1.2 Reduce waiting times for grant decisions from 1 April 2025.', referenceDate: '2025-03-01', expect: null },
  { id: 'n71', about: 'agreement approved by Cabinet earlier, ending on its term', text: 'The grant agreement approved by Cabinet in 2023 ends on 31 March 2025.', referenceDate: '2025-03-01', expect: null },
  { id: 'n72', about: 'parents’ contributions are charges, not funding', text: 'Parents’ contributions to the holiday club will be reduced from 1 April 2025.', referenceDate: '2025-03-01', expect: null },
  { id: 'n73', about: 'notice of any meeting, after a sentence about funding changing', text: 'Grant funding is changing. We will give the group two weeks’ notice of any meeting to discuss it.', expect: null },
  { id: 'n74', about: 'contract not extended beyond a date', text: 'The contract will not be extended beyond 31 March 2025.', referenceDate: '2025-02-01', expect: { basis: 'dates', to: '2025-03-31', noticeDays: 59, requiredDays: 89 } },
  // A change from a bare month, whose year comes from the end of the range ("from April until June 2025").
  { id: 'x01', about: 'halved from a month until a month, decision date given', text: 'At its meeting on 3 February 2025 the Cabinet agreed that the grant to Hollins Youth Club will be halved from April until June 2025 while its hall is repaired.', expect: { basis: 'dates', from: '2025-02-03', to: '2025-04-01', noticeDays: 57, requiredDays: 89 } },
];
