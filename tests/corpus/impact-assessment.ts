/**
 * A hand-labelled test set for `impact-assessment`: committee-paper passages and short whole
 * papers, written for this project (fictional councils and organisations), each labelled with
 * the finding a careful reader would expect: `missing`, `dismissed`, `deferred`, or `null`
 * when the rule should stay quiet (no cut proposed, or a cut with a proper assessment).
 *
 * The set deliberately includes the hard cases: budget tables and past events (not
 * proposals), "reduce costs" and "close working" (not cuts), Environmental Impact
 * Assessments called "EIA" (not an equality assessment), statements of the duty with no
 * sign it was met, consultation responses about impact (not the council's assessment), and
 * assessments planned before a final decision (fine).
 *
 * The cases were written in batches. Each later batch was written before the rule was run on
 * it, so its first run is an honest measure on unseen text; the rule was then improved (in
 * general terms, not case by case) until it passed. First runs: second batch 22 of 25 right,
 * third 14 of 20, fourth 13 of 20, fifth 15 of 20, sixth 5 of 6, seventh 8 of 10, eighth 9 of 10, ninth 14 of 20, tenth 5 of 10. Expect real papers to be
 * nearer those figures than to the full set's score.
 */
export type ExpectedProblem = 'missing' | 'dismissed' | 'deferred' | null;

export interface ImpactCase {
  id: string;
  /** What the case is about, for the failure message. */
  about: string;
  text: string;
  format?: 'text' | 'markdown';
  expected: ExpectedProblem;
}

export const IMPACT_CASES: readonly ImpactCase[] = [
  // ---- Cuts with no assessment anywhere ------------------------------------------------
  {
    id: 'missing-grant-cut',
    about: 'grant cut by a percentage, nothing about impact',
    text: 'It is proposed that the annual grant to Northfield Citizens Advice is reduced by 25 per cent from 1 April 2025, saving £31,000.',
    expected: 'missing',
  },
  {
    id: 'missing-cease-grant',
    about: 'cease the grant, recommendation form',
    text: 'Recommendations\n\nThat the Executive agrees to cease the grant to Ashby Community Transport at the end of the current agreement.',
    expected: 'missing',
  },
  {
    id: 'missing-decommission',
    about: 'decommission a day centre',
    text: 'The preferred option is to decommission the Orchard Lane day centre and offer direct payments to the people who currently attend.',
    expected: 'missing',
  },
  {
    id: 'missing-savings-by-ending-contract',
    about: 'savings achieved by ending a contract',
    text: 'Savings of £85,000 will be achieved by ending the contract with Wellspring Befriending Service in September.',
    expected: 'missing',
  },
  {
    id: 'missing-not-renew-sla',
    about: 'not renew a service level agreement',
    text: 'Officers recommend that the council does not renew the service level agreement with the Marsh Road Youth Project when it expires on 31 March 2026.',
    expected: 'missing',
  },
  {
    id: 'missing-reprovision',
    about: 're-provision a service through another provider',
    text: 'Cabinet is asked to approve the re-provision of the carers support service through the new integrated wellbeing contract from October 2025.',
    expected: 'missing',
  },
  {
    id: 'missing-withdraw-funding',
    about: 'withdraw funding from lunch clubs',
    text: 'The council will withdraw funding from the six luncheon clubs in the east of the district from 1 June 2025.',
    expected: 'missing',
  },
  {
    id: 'missing-halve-hours',
    about: 'halve opening hours of an advice service',
    text: 'To meet the savings target, the opening hours of the Town Hall advice service would be halved from three days a week to a day and a half.',
    expected: 'missing',
  },
  {
    id: 'missing-consultation-question',
    about: 'a consultation page asking about a closure',
    text: 'Do you agree with our proposal to close the Brook Street Family Centre and move its sessions to the library?',
    expected: 'missing',
  },
  {
    id: 'missing-duty-boilerplate',
    about: 'a cut, and only a statement of the equality duty',
    text: [
      '4. Proposals',
      '',
      '4.1 It is proposed to reduce the core grant to Lowfield CVS from £60,000 to £40,000.',
      '',
      '5. Legal implications',
      '',
      '5.1 In making decisions the council must have due regard to the Public Sector Equality Duty under section 149 of the Equality Act 2010.',
    ].join('\n'),
    expected: 'missing',
  },
  {
    id: 'missing-environmental-eia',
    about: 'a closure with only an Environmental Impact Assessment (EIA)',
    text: 'The Greenway recycling centre and the adjoining community café will close on 30 September 2025. An Environmental Impact Assessment (EIA) has been completed for the redevelopment of the site.',
    expected: 'missing',
  },
  {
    id: 'missing-eia-planning',
    about: 'EIA in a planning sense next to a grant cut',
    text: 'The grant to Riverside Community Farm will end in March 2026. The planning application for the new depot was screened and an EIA is not needed as the site is under one hectare.',
    expected: 'missing',
  },
  {
    id: 'missing-respondents-only',
    about: 'only consultation responses talk about impact',
    text: 'It is recommended that the mobile library service is discontinued from 1 January 2026. Many respondents were concerned about the impact on older people in rural villages.',
    expected: 'missing',
  },
  {
    id: 'missing-no-eqia-undertaken',
    about: 'the paper says no assessment has been done',
    text: 'The proposal is to stop funding the Hillcrest Dementia Café from April. No Equality Impact Assessment has been undertaken.',
    expected: 'missing',
  },
  {
    id: 'missing-whole-paper',
    about: 'a short paper with a cut and no assessment',
    format: 'markdown',
    text: [
      '# Westmoor Borough Council',
      '',
      '## 1. Purpose',
      '',
      'To agree savings in the Communities budget for 2025/26.',
      '',
      '## 2. Recommendations',
      '',
      '2.1 That the Committee agrees to reduce the voluntary sector grants budget by £50,000, with the reduction shared between the four largest grants.',
      '',
      '## 3. Financial implications',
      '',
      '3.1 The reduction contributes £50,000 towards the budget gap.',
      '',
      '## 4. Risk',
      '',
      '4.1 Some organisations may need to reduce their services.',
    ].join('\n'),
    expected: 'missing',
  },
  {
    id: 'missing-closure-noun',
    about: 'closure as a noun',
    text: 'The closure of the Hartley Road respite unit is recommended as part of the adult social care savings programme.',
    expected: 'missing',
  },
  {
    id: 'missing-cut-with-later-passive',
    about: 'passive: the funding will cease',
    text: 'Funding for the Eastside Women\'s Centre will cease on 31 March 2026, when the current agreement ends.',
    expected: 'missing',
  },
  {
    id: 'missing-no-longer-fund',
    about: 'no longer fund',
    text: 'From April the council will no longer fund the Dial-a-Ride scheme, which carries around 300 passengers a week.',
    expected: 'missing',
  },

  // ---- Cuts where the equality question is waved away -----------------------------------
  {
    id: 'dismissed-label-none',
    about: '"Equality implications: None." next to a cut',
    text: 'It is proposed that the grant to Hollybank Carers Centre is reduced by £12,000.\n\nEquality implications: None.',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-eqia-not-applicable',
    about: '"EqIA: not applicable"',
    text: 'Recommendation: that the Council ceases funding for the Kingsway Drop-in from 1 October 2025.\n\nEqIA: not applicable.',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-empty-section',
    about: 'an empty equality section after a closure',
    text: [
      '3. Proposal',
      '',
      '3.1 The Cedar Court day service will close on 31 August 2025.',
      '',
      '4. Equality implications',
      '',
      '5. Risk',
      '',
      '5.1 There is a reputational risk.',
    ].join('\n'),
    expected: 'dismissed',
  },
  {
    id: 'dismissed-no-equality-implications',
    about: '"There are no equality implications"',
    text: 'The council will terminate the contract with Bridgeway Mentoring at the end of June. There are no equality implications arising from this report.',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-na-heading',
    about: 'an equality section that says N/A',
    format: 'markdown',
    text: '## Proposal\n\nThe lunch club grant would end from April 2026.\n\n## Equalities impact assessment\n\nN/A',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-not-required',
    about: '"An EqIA is not required"',
    text: 'Cabinet is recommended to withdraw the subsidy for the Seaview community bus. An EqIA is not required for this decision.',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-bare-no-impact',
    about: 'a bare "no impact on service users"',
    text: 'It is proposed that the befriending contract is not renewed. There will be no impact on service users.',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-combined-heading-none',
    about: 'combined implications heading answered with "None"',
    text: 'The grant to Parkside Youth Club will be reduced by half from September.\n\nFinancial, legal and equality implications\n\nNone.',
    expected: 'dismissed',
  },
  {
    id: 'dismissed-capitals-heading',
    about: 'heading in capitals, body "Not applicable"',
    text: 'RECOMMENDATION\n\nTo decommission the Millfield sensory service from 1 March 2026.\n\nEQUALITY IMPLICATIONS\n\nNot applicable.',
    expected: 'dismissed',
  },

  // ---- Cuts where the assessment is put off ----------------------------------------------
  {
    id: 'deferred-after-decision',
    about: 'EqIA to follow the decision',
    text: 'It is proposed to close the Willow Day Centre. An Equality Impact Assessment will be carried out following the decision.',
    expected: 'deferred',
  },
  {
    id: 'deferred-being-developed',
    about: 'EqIA "being developed" while the decision is taken',
    text: 'Members are asked to approve the reduction of the voluntary sector grants pot by 20 per cent. An equality impact assessment is currently being developed and will be informed by the outcome of the grant reviews.',
    expected: 'deferred',
  },
  {
    id: 'deferred-implementation',
    about: 'assessment during implementation',
    text: 'That the Council agrees to end the grant to the Moorside Advice Service. An equality analysis will be undertaken as part of implementation.',
    expected: 'deferred',
  },
  {
    id: 'deferred-words',
    about: 'impact on users to be assessed later, in words',
    text: 'The Cabinet Member is asked to agree that the community meals service is decommissioned in 2026. The impact on service users will be assessed once the decision has been made.',
    expected: 'deferred',
  },
  {
    id: 'deferred-not-yet',
    about: 'EqIA not yet completed',
    text: 'It is recommended that funding for the Stonebridge Carers Hub ceases from 1 July. The EqIA has not yet been completed and will be presented to the portfolio holder in due course.',
    expected: 'deferred',
  },
  {
    id: 'deferred-eia-equality',
    about: 'EIA meaning equality, deferred',
    text: 'The youth service will be re-provided through a commissioned contract. An equalities EIA will be completed at a later stage.',
    expected: 'deferred',
  },

  // ---- Cuts with an assessment: fine -----------------------------------------------------
  {
    id: 'fine-eqia-appendix',
    about: 'EqIA completed and attached',
    text: 'It is proposed to reduce the grant to Northfield Citizens Advice by 25 per cent. An Equality Impact Assessment has been completed and is attached at Appendix C.',
    expected: null,
  },
  {
    id: 'fine-words-assessment',
    about: 'impact on users assessed in words',
    text: 'The Orchard Lane day centre would close in July 2025. The closure would affect 38 people, most of them over 80; each has had a review and officers have identified another day opportunity within three miles of their home.',
    expected: null,
  },
  {
    id: 'fine-psed-considered',
    about: 'due regard paid, with the groups named',
    text: 'It is proposed to end the grant to the Canal Side Youth Project. In reaching this recommendation officers have had due regard to the Public Sector Equality Duty; the loss of the project would fall mainly on young people from low-income families, and the mitigation is set out in paragraph 6.3.',
    expected: null,
  },
  {
    id: 'fine-equality-analysis',
    about: 'equality analysis summarised',
    text: 'Recommendation: to cease funding the Parkway lunch club from 1 April 2026.\n\nEquality implications\n\nThe equality analysis found that most members are older women living alone. A volunteer-led club at St Anne\'s church has agreed to take them on.',
    expected: null,
  },
  {
    id: 'fine-integrated-impact',
    about: 'Integrated Impact Assessment at appendix',
    text: 'The council intends to decommission the Harbour Road hostel support contract. An Integrated Impact Assessment is at Appendix 2.',
    expected: null,
  },
  {
    id: 'fine-eia-expanded-equality',
    about: 'EIA expanded as Equality Impact Assessment',
    text: 'An Equality Impact Assessment (EIA) has informed these proposals. It is proposed that the grant to the Asian Elders Forum is reduced by 15 per cent. The EIA found that the impact can be reduced by helping the Forum apply to other funders.',
    expected: null,
  },
  {
    id: 'fine-screening',
    about: 'screening done, full EqIA not needed',
    text: 'The contract for the Riverside information line will end in June and the service will move to the council\'s main contact centre. An EqIA screening has been carried out and a full EqIA is not required because callers will keep the same service.',
    expected: null,
  },
  {
    id: 'fine-planned-before-decision',
    about: 'decision to consult, assessment before the final decision',
    text: 'Cabinet is asked to agree to consult on the proposed closure of the Brook Street Family Centre. An Equality Impact Assessment will be completed using the consultation findings before any final decision is made.',
    expected: null,
  },
  {
    id: 'fine-no-impact-with-reason',
    about: '"no impact" with a reason',
    text: 'The service level agreement with Greenacre Advocacy will not be renewed in its current form. There will be no impact on service users because the same advocacy service will be provided under the new county-wide contract.',
    expected: null,
  },
  {
    id: 'fine-equality-set-out',
    about: 'equality implications set out in an appendix',
    text: 'Cabinet is recommended to withdraw the annual grant to the Town Twinning Association. The equality implications of the proposal are set out in Appendix D.',
    expected: null,
  },
  {
    id: 'fine-whole-paper',
    about: 'a short paper with a cut and a full assessment',
    format: 'markdown',
    text: [
      '# Hallam Vale Council: Cabinet, 4 June 2025',
      '',
      '## 1. Recommendations',
      '',
      '1.1 That Cabinet agrees to reduce the grant to Hallam Vale Volunteer Centre by £20,000 from 1 October 2025.',
      '',
      '## 2. Equality impact assessment',
      '',
      '2.1 The EqIA at Appendix A shows that the reduction would mainly affect disabled volunteers, who rely on the centre\'s support worker. To lessen this, the council will fund the support worker post for a further year from the public health budget.',
    ].join('\n'),
    expected: null,
  },
  {
    id: 'fine-estimate-in-words',
    about: 'numbers affected and mitigation, in words',
    text: 'It is proposed that the Leisure Card discount scheme is withdrawn. We estimate that 1,200 residents on low incomes would be affected, a third of them disabled; the impact would be softened by a new hardship fund.',
    expected: null,
  },

  // ---- No proposal to cut at all ---------------------------------------------------------
  {
    id: 'none-budget-table',
    about: 'a budget table with reductions',
    format: 'markdown',
    text: '| Service | 2024/25 | 2025/26 | Reduction |\n| --- | --- | --- | --- |\n| Community grants | £412,000 | £380,000 | £32,000 |\n| Day services | £138,000 | £130,000 | £8,000 |',
    expected: null,
  },
  {
    id: 'none-past-cut',
    about: 'a cut that happened years ago',
    text: 'The grant to the CVS was reduced by 10 per cent in 2019 and has stayed at £54,000 since then.',
    expected: null,
  },
  {
    id: 'none-past-closure',
    about: 'a closure described in the past',
    text: 'Since the Millbrook Day Centre closed in 2021, the council has funded transport to the Abbey Road centre.',
    expected: null,
  },
  {
    id: 'none-reduce-costs',
    about: 'reducing costs, not a service',
    text: 'The new booking system will reduce the cost of running the community centres by cutting paperwork.',
    expected: null,
  },
  {
    id: 'none-reduce-isolation',
    about: 'the service reduces isolation',
    text: 'The befriending service helps to reduce isolation among older people and will continue to be funded.',
    expected: null,
  },
  {
    id: 'none-close-working',
    about: 'close working with the sector',
    text: 'The council will continue its close working with the voluntary sector through the grants programme.',
    expected: null,
  },
  {
    id: 'none-end-of-year',
    about: '"end of the year" and "closing date"',
    text: 'Grant monitoring returns are due by the end of the year, and the closing date for new grant applications is 31 January 2026.',
    expected: null,
  },
  {
    id: 'none-grant-protected',
    about: 'grants protected',
    text: 'No changes are proposed to the grants programme in 2025/26. The grant to Northfield Citizens Advice will not be reduced.',
    expected: null,
  },
  {
    id: 'none-new-grant',
    about: 'a new grant',
    text: 'It is proposed to award a new three-year grant of £45,000 a year to the Hartley Food Partnership from April 2025.',
    expected: null,
  },
  {
    id: 'none-increase',
    about: 'an increase in funding',
    text: 'Cabinet is recommended to increase the grant to the Carers Centre by 5 per cent to reflect rising costs.',
    expected: null,
  },
  {
    id: 'none-office-lease',
    about: 'ending an office lease',
    text: 'The council will end the lease on the Mill Street offices in December and staff will move to the civic centre.',
    expected: null,
  },
  {
    id: 'none-consultation-page',
    about: 'a consultation page about a new strategy',
    text: 'We are consulting on our new Voluntary Sector Strategy. The consultation opens on 1 September 2025 and closes on 24 November 2025. You can respond online or at any library.',
    expected: null,
  },
  {
    id: 'none-environmental-eia-only',
    about: 'a planning paper with an Environmental Impact Assessment and no cut',
    text: 'The application for the new depot was accompanied by an Environmental Impact Assessment (EIA). The EIA concluded that noise would be within permitted limits.',
    expected: null,
  },
  {
    id: 'none-compact-adoption',
    about: 'a paper adopting a local compact',
    format: 'markdown',
    text: [
      '## 1. Purpose',
      '',
      'To ask Cabinet to adopt the refreshed Westmoor Compact.',
      '',
      '## 2. Background',
      '',
      'The Compact sets out how the council and the voluntary sector will work together, including giving three months\' notice before any grant is reduced or ended.',
      '',
      '## 3. Equality implications',
      '',
      'None.',
    ].join('\n'),
    expected: null,
  },
  {
    id: 'none-risk-of-others-cutting',
    about: 'a risk that an organisation cuts its own services',
    text: 'There is a risk that rising energy prices lead some community groups to reduce their opening hours.',
    expected: null,
  },
  {
    id: 'none-capacity-note',
    about: 'a monitoring report about a service',
    text: 'The Carers Hub supported 412 carers in 2024/25, up from 350 the year before. The service is valued by the people who use it.',
    expected: null,
  },
  {
    id: 'none-reduce-waiting',
    about: 'reducing waiting times',
    text: 'The additional funding will reduce waiting times for the advice service from three weeks to one.',
    expected: null,
  },

  // ---- Second batch: written after the first version of the rule passed the cases above ----
  { id: 'missing-funding-reduction-noun', about: 'funding reduction noun', text: 'Option B would deliver a funding reduction of £40,000 to the Dales Rural Transport Partnership from 2026/27.', expected: 'missing' },
  { id: 'missing-remove-subsidy', about: 'remove the subsidy', text: 'The Cabinet Member is recommended to remove the subsidy for the Tuesday and Thursday community bus routes from 1 September.', expected: 'missing' },
  { id: 'missing-phase-out', about: 'phase out', text: 'We propose to phase out the small grants scheme over the next two years.', expected: 'missing' },
  { id: 'missing-scale-back-respite', about: 'scale back respite', text: 'Overnight respite at Fernlea House would be scaled back from seven nights a week to four.', expected: 'missing' },
  { id: 'missing-terminate-contract', about: 'terminate a contract', text: 'That Committee approves the termination of the Healthy Homes contract with Vale Care & Repair with three months\' notice.', expected: 'missing' },
  { id: 'dismissed-no-issues-identified', about: 'EqIA dismissed with "no equalities issues"', text: 'It is proposed to close the Bridge Street public toilets and the adjoining community hub. No equalities issues have been identified.', expected: 'dismissed' },
  { id: 'dismissed-nil', about: 'equality impact: nil', text: 'The proposed budget removes the grant to the Carers Forum.\n\nEquality impact: Nil', expected: 'dismissed' },
  { id: 'deferred-produced-later', about: 'EqIA to be done next year', text: 'The council will decommission the Sunrise sitting service in April. An EqIA will be produced for the Health and Wellbeing Board in the summer.', expected: 'deferred' },
  { id: 'deferred-after-closure', about: 'assessment after the closure', text: 'Recommendation 3: to close the Oakfield Resource Centre. Once the centre has closed, officers will assess how former users have been affected.', expected: 'deferred' },
  { id: 'fine-eqia-identifies', about: 'fine: EqIA summary paragraph', text: 'Funding for the Ryecroft Befriending Scheme will end in March 2026. The Equality Impact Assessment identifies a high impact on older disabled people and recommends a six-month transition period, which is included in the recommendations.', expected: null },
  { id: 'fine-analysis-appended', about: 'fine: equality analysis appended', text: 'It is recommended that the contract with Kindred Advocacy is not extended. An equality analysis is appended to this report (Appendix 3).', expected: null },
  { id: 'fine-due-regard-given', about: 'fine: due regard given', text: 'Members are asked to agree to reduce the opening hours of the Westgate advice centre. Officers have given due regard to the equality duty and the likely effects on disabled residents are set out in paragraphs 7.1 to 7.4.', expected: null },
  { id: 'none-agency-staff', about: 'none: staffing budget cut', text: 'The directorate will reduce its spending on agency staff by £200,000 next year.', expected: null },
  { id: 'none-historic-decision', about: 'none: historic', text: 'Following the decision in 2022 to end the grant to the Arts Forum, the Forum found other funders and continues to run.', expected: null },
  { id: 'none-renewal', about: 'none: grant renewed', text: 'Cabinet is asked to renew the service level agreement with the Northfield CVS for a further three years.', expected: null },
  { id: 'none-consultation-closed', about: 'none: report on a consultation', text: 'The consultation on the library strategy closed on 30 June 2025 and received 1,420 responses.', expected: null },
  { id: 'none-close-the-gap', about: 'none: closing the digital divide', text: 'The programme aims to close the gap in digital skills between older and younger residents.', expected: null },
  { id: 'missing-grants-cease', about: 'missing: pause grants', text: 'It is proposed that no new applications to the community grants programme are accepted in 2025/26 and that existing grants cease when their current terms end.', expected: 'missing' },
  { id: 'dismissed-not-relevant', about: 'dismissed: not relevant', text: 'That the grant to St Mark\'s Lunch Club be withdrawn from 1 April 2026.\n\nEquality and diversity implications\n\nNot relevant to this report.', expected: 'dismissed' },
  { id: 'missing-risk-to-council-only', about: 'missing: risk section mentions impact on council only', text: 'The council intends to withdraw its funding for the Riverside Credit Union outreach service. The main risk is reputational damage to the council.', expected: 'missing' },
  { id: 'fine-appendix-list', about: 'fine: whole paper, appendix list', format: 'markdown', text: '## Recommendations\n\nThat Cabinet agrees to end the grant to the Lakeside Men\'s Shed from 1 October 2025.\n\n## Appendices\n\nAppendix A: Equality Impact Assessment\n\nAppendix B: Consultation responses', expected: null },
  { id: 'deferred-screening-after', about: 'deferred: screening to follow', text: 'It is proposed to reduce the grant to Homestart Vale by 50 per cent. An initial equality screening will be carried out after Cabinet has agreed the budget.', expected: 'deferred' },
  { id: 'none-will-not-close', about: 'none: will not close', text: 'Contrary to press reports, the Granary Day Centre will not close and its funding is secure for 2025/26.', expected: null },
  { id: 'missing-html-consultation-page', about: 'missing: HTML-derived consultation page', text: 'Changes to day opportunities\n\nWe are proposing to close two day centres, at Elm Park and at Southbrook, and to support people to use community activities instead.\n\nHave your say by 12 May 2025.', expected: 'missing' },
  { id: 'none-environmental-eia-road', about: 'none: EIA environmental in a cut-free paper', text: 'An EIA was required for the Northern Relief Road. The EIA found no significant effects on protected species.', expected: null },

  // ---- Third batch: written after the second batch passed ----
  { id: 'missing-infrastructure-grant-cut', about: 'cut to infrastructure grant, reasons only', text: 'The proposal is to cut the infrastructure support grant to Vale Voluntary Action by £15,000 because other councils in the county have made similar savings.', expected: 'missing' },
  { id: 'missing-centres-closed-unless', about: 'community centres transfer', text: 'Council is asked to agree that the three community centres are closed unless a community group comes forward to run them by 1 January 2026.', expected: 'missing' },
  { id: 'missing-meals-service-stops', about: 'the meals service will stop', text: 'From 1 November the hot meals delivery service will stop and residents will be offered frozen meals from a commercial supplier.', expected: 'missing' },
  { id: 'dismissed-not-expected-adverse', about: 'dismissed: no adverse impact asserted', text: 'It is proposed that the grant to Castlegate Play Association is reduced by £8,000. The proposal is not expected to have any adverse impact on children or families.', expected: 'dismissed' },
  { id: 'fine-users-and-alternatives', about: 'fine: detailed analysis in words', text: 'Recommendation: to end the contract for the Lantern Hearing Loss drop-in. Around 120 people use the drop-in each month, most of them aged over 70. Audiology clinics at the two hospitals will offer the same battery and repair service, and we will pay for transport for anyone who cannot get there by bus.', expected: null },
  { id: 'deferred-once-agreed', about: 'deferred: EqIA once the consultation ends', text: 'It is proposed to withdraw funding from the Northgate Domestic Abuse Outreach project. A full equality impact assessment will be completed once the restructure has been agreed.', expected: 'deferred' },
  { id: 'dismissed-not-considered-necessary', about: 'dismissed: EqIA "not needed"', text: 'The Grants Panel is recommended not to renew the grant to Riverside Toy Library. An equality impact assessment was not considered necessary as the grant is small.', expected: 'dismissed' },
  { id: 'none-quarterly-payment', about: 'none: a grant to be paid quarterly', text: 'The grant will be paid quarterly in advance and monitored through an annual return.', expected: null },
  { id: 'none-contract-extended', about: 'none: decision to extend', text: 'It is recommended that the current community transport contract is extended for twelve months while a new service is designed with users.', expected: null },
  { id: 'none-national-trend', about: 'none: cuts elsewhere not proposed here', text: 'Nationally, many councils have reduced grants to the voluntary sector over the last decade.', expected: null },
  { id: 'fine-equality-section-content', about: 'fine: equality section with content', text: 'The Youth Bus service will be decommissioned from 31 July 2025.\n\nEquality implications\n\nThe Youth Bus is used mainly by young people aged 11 to 16 in three rural wards. Losing it would leave them with fewer safe places to meet; the youth service will run outreach sessions in those wards instead.', expected: null },
  { id: 'missing-several-recommendations', about: 'missing: recommendations with several cuts', text: 'Recommendations\n\n(a) to reduce the grant to Lowfield Mind by £10,000;\n\n(b) to cease funding the Lowfield Lunch Club;\n\n(c) to note the financial position.', expected: 'missing' },
  { id: 'deferred-next-meeting', about: 'deferred: to be reported to a later meeting', text: 'That the respite grant to Carers First is ended from April 2026, and that an equality impact assessment is reported to the next meeting of the Committee.', expected: 'deferred' },
  { id: 'fine-psed-section', about: 'fine: PSED section done', text: 'It is proposed to reduce the number of library opening hours at the four smallest branches.\n\nPublic Sector Equality Duty\n\nThe Council has considered its duties under section 149 of the Equality Act 2010. Older people and disabled people are more likely to use the smaller branches; the home library service will be offered to anyone who can no longer visit.', expected: null },
  { id: 'none-carbon', about: 'none: a service reducing its own carbon', text: 'The day centre will reduce its carbon emissions by installing solar panels.', expected: null },
  { id: 'missing-reprovided-in-house', about: 'missing: transfer to another provider', text: 'Subject to Cabinet approval, the carers\' assessment service would be re-provided in-house and the contract with Carers Together would be terminated.', expected: 'missing' },
  { id: 'none-lottery-funding-ends', about: 'none: funding ends naturally and is replaced', text: 'The lottery funding for the project ends in March; the council is not a funder.', expected: null },
  { id: 'dismissed-none-identified', about: 'dismissed: equality implications "none identified"', text: 'That the Council ceases its contribution to the Citizens Advice outreach service in Hartmoor.\n\nEquality implications: none identified.', expected: 'dismissed' },
  { id: 'fine-equality-and-health', about: 'fine: Equality and Health Impact Assessment', text: 'It is recommended that the contract with Moorland Stop Smoking Service is not renewed. An Equality and Health Impact Assessment has been carried out and is at Annex 1.', expected: null },
  { id: 'missing-savings-line-closure', about: 'missing: budget line plus narrative', text: 'Savings proposal CS12: closure of the Sandford Children\'s Centre, saving £95,000. The building will be declared surplus and sold.', expected: 'missing' },

  // ---- Fourth batch: written after the third batch passed ----
  { id: 'missing-grant-aid-discontinued', about: 'ending grant aid, formal', text: 'It is recommended that grant aid to the Wyedale Rural Community Council be discontinued with effect from 1 April 2026.', expected: 'missing' },
  { id: 'missing-option-recommended', about: 'budget option table row plus text', text: 'Option 3 (recommended): Reduce the infrastructure grant by £25,000 and end the small grants fund. Saving: £60,000.', expected: 'missing' },
  { id: 'missing-decision-notice', about: 'decision notice style', text: 'DECISION\n\nTo withdraw the council\'s contribution to the Hope Street Night Shelter from 31 March 2026.\n\nREASONS FOR DECISION\n\nThe council must make savings of £4.1 million.', expected: 'missing' },
  { id: 'dismissed-no-negative-impacts', about: 'equality implications: no negative impact anticipated', text: 'That the Committee agrees to reduce funding to the Pathways Employment Project by 40 per cent.\n\nEquality implications\n\nNo negative impacts are anticipated.', expected: 'dismissed' },
  { id: 'dismissed-eqia-dash-none', about: 'EqIA dash none', text: 'Proposal: cease the Saturday opening of the Shopmobility service.\n\nEqIA – none required.', expected: 'dismissed' },
  { id: 'deferred-implementation-phase', about: 'deferred to implementation phase', text: 'The proposal to reconfigure the day opportunities service, closing two of the four centres, is recommended for approval. Equality impact assessments for each centre will be undertaken during the implementation phase.', expected: 'deferred' },
  { id: 'deferred-in-preparation', about: 'deferred: EqIA in preparation', text: 'The grant to Pennine Carers Link will be reduced by £18,000 from April. An EqIA is in preparation.', expected: 'deferred' },
  { id: 'fine-annex', about: 'fine: EqIA appended as Annex B, referred to as "the assessment"', text: 'Cabinet is recommended to decommission the Brightwater supported housing service. The full equality impact assessment is included as Annex B and its findings are summarised in section 8.', expected: null },
  { id: 'fine-equality-analysis-caps', about: 'fine: equality analysis section heading in caps and content', text: 'RECOMMENDATION\n\nTo end the grant to the Meadows Play Scheme.\n\nEQUALITY ANALYSIS\n\nThe play scheme serves around 60 children each summer, a quarter of whom have a disability. The council will fund places for those children at the Meadows holiday club.', expected: null },
  { id: 'fine-assessment-at-appendix', about: 'fine: due regard with considered impacts', text: 'It is proposed to cease the welfare rights outreach contract. Cabinet must have due regard to the Public Sector Equality Duty. The assessment at Appendix 4 finds that disabled claimants would be most affected and sets out how the council\'s own welfare rights team will see them.', expected: null },
  { id: 'none-extend-hours', about: 'none: council improving a service', text: 'The council will extend the opening hours of the Central Library and add a Saturday session for families.', expected: null },
  { id: 'none-pilot-ended', about: 'none: paper noting end of pilot funded by others', text: 'The NHS-funded social prescribing pilot came to an end in March 2024, as planned.', expected: null },
  { id: 'none-reduction-in-arrears', about: 'none: reduction in rent arrears', text: 'The tenancy sustainment service has led to a reduction in rent arrears of 12 per cent.', expected: null },
  { id: 'none-report-discontinued', about: 'none: cessation of a duplicate report', text: 'Members are asked to agree that the quarterly paper monitoring report is discontinued, as the same information is now on the online dashboard.', expected: null },
  { id: 'missing-named-centre', about: 'missing: service users explicitly but no assessment', text: 'The Bramble Centre will close at the end of March 2026 and service users will be written to in January.', expected: 'missing' },
  { id: 'none-grant-condition', about: 'none: grant conditions', text: 'The grant may be withdrawn if the organisation does not meet the conditions of the agreement.', expected: null },
  { id: 'missing-fewer-sessions', about: 'missing: cut described with numbers', text: 'We propose to reduce the number of sessions at the Hillside lunch club from five a week to two.', expected: 'missing' },
  { id: 'fine-markdown-equalities-impact', about: 'fine: EqIA summary in markdown paper', format: 'markdown', text: '## 2. Recommendations\n\n2.1 To decommission the Orchard Court day service from 1 September 2025.\n\n## 7. Equalities impact\n\n7.1 An equalities impact assessment has been carried out (Appendix B). It shows that all 22 people who use the service are over 75 and that 15 have dementia. Each will have a care review before the service closes.', expected: null },
  { id: 'dismissed-bold-label-na', about: 'dismissed: N/A in markdown bold label', format: 'markdown', text: '**Recommendation:** That the Council withdraws the grant to the Southfields Tenants Federation.\n\n**Equality implications:** N/A', expected: 'dismissed' },
  { id: 'none-shorter-form', about: 'none: reducing the grant application form', text: 'We will reduce the length of the grant application form from twelve pages to four.', expected: null },

  // ---- Fifth batch: held out until the fourth batch passed (first run: 15 of 20 right) ----
  { id: 'missing-funding-agreement-terminated', about: 'missing: termination of funding agreement', text: 'Cabinet is asked to approve the early termination of the funding agreement with Kestrel Community Radio.', expected: 'missing' },
  { id: 'missing-not-intend-to-recommission', about: 'missing: not recommission', text: 'Following the review, the council does not intend to recommission the peer support service when the current contract expires.', expected: 'missing' },
  { id: 'missing-removal-of-offer', about: 'missing: move to a cheaper model, removing a service', text: 'The Executive Member is recommended to agree the removal of the free swimming offer for over-60s from the leisure contract.', expected: 'missing' },
  { id: 'dismissed-report-has-none', about: 'dismissed: "The report has no equalities implications"', text: 'It is proposed to end the grant to Fenwick Community Association. This report has no equalities implications.', expected: 'dismissed' },
  { id: 'dismissed-not-needed-staff', about: 'dismissed: EqIA screening says not needed without having been done', text: 'The council will cease the neighbourhood warden service from 1 January 2026. An EqIA is not needed because the wardens are council staff.', expected: 'dismissed' },
  { id: 'deferred-new-year', about: 'deferred: will be completed in the new year', text: 'It is proposed to cut the voluntary sector infrastructure budget by a third. An equality impact assessment will be completed in the new year.', expected: 'deferred' },
  { id: 'deferred-monitor-after-change', about: 'deferred: EqIA to be reviewed after implementation with none now', text: 'That the grant to the Hartley Refugee Welcome group ceases on 31 March. The impact on refugees will be monitored after the change and an assessment prepared if problems emerge.', expected: 'deferred' },
  { id: 'fine-we-completed', about: 'fine: EqIA completed in past tense "we completed"', text: 'We propose to close the Saturday session at the Eastside Youth Club. We completed an equality impact assessment in May, which found that most Saturday users are young carers; a Sunday afternoon session will be added for them.', expected: null },
  { id: 'fine-iia-medium-impact', about: 'fine: integrated impact assessment summary', text: 'Recommendation: to reduce the Community Safety Partnership grant to the Victim Support hub by £20,000. The Integrated Impact Assessment identifies a medium impact on women and on people with disabilities, to be mitigated by a new referral route through the police.', expected: null },
  { id: 'fine-housebound-users', about: 'fine: equality section with table-like content', text: 'Proposal\n\nThe council proposes to withdraw the home library service.\n\nEquality implications\n\nThe 140 people who use the home library service are all housebound, and 90 per cent are over 75. Volunteers from Age Concern Vale have offered to run a replacement book delivery.', expected: null },
  { id: 'none-red-tape', about: 'none: cutting red tape for groups', text: 'We will cut the red tape that small groups face when they apply for grants.', expected: null },
  { id: 'none-payments-stop-only-if', about: 'none: deadline wording', text: 'Grant recipients must submit their end-of-year reports by 30 April; payments will stop only if a report is more than three months late.', expected: null },
  { id: 'none-compact-commitment', about: 'none: describing Compact commitment', text: 'Under the local Compact, the council commits to assess the impact on service users before deciding to reduce or end funding.', expected: null },
  { id: 'none-trustees-close', about: 'none: organisation closing by its own choice', text: 'The trustees of the Bridge Club have decided to close the club at the end of the year, and have thanked the council for its support.', expected: null },
  { id: 'none-contract-award', about: 'none: approval of a new contract', text: 'Cabinet is recommended to award the contract for the new carers support service to Vale Carers Together for five years.', expected: null },
  { id: 'missing-environmental-section-eia', about: 'missing: markdown paper with recommendations and unrelated EIA', format: 'markdown', text: '## Recommendations\n\n1. That the grant to the Castlegate Heritage Trust is reduced by £30,000.\n\n## Environmental implications\n\nAn EIA is not needed for this decision.', expected: 'missing' },
  { id: 'missing-consultation-cafes', about: 'missing: consultation page', text: 'We are proposing to stop funding four community cafés from April 2026. Tell us what you think by completing our survey before 9 March 2026.', expected: 'missing' },
  { id: 'dismissed-budget-decision', about: 'dismissed: equality section "not applicable – this is a budget decision"', text: 'The Council will reduce the grant to the Arts Partnership by £15,000.\n\nEquality Impact Assessment\n\nNot applicable – this is a budget decision.', expected: 'dismissed' },
  { id: 'fine-having-paid-due-regard', about: 'fine: due regard paid sentence', text: 'The recommended cut to the Welfare Advice grant has been made having paid due regard to the need to advance equality of opportunity for disabled people, who make up half of the service\'s clients.', expected: null },
  { id: 'none-funding-continues', about: 'none: statement that funding continues', text: 'Funding for all existing lunch clubs will continue at the same level in 2025/26.', expected: null },

  // ---- Sixth batch: whole short papers, held out until the fifth batch passed (first run: 5 of 6 right) ----
  { id: 'deferred-paper-once-in-place', about: 'whole paper: cut, EqIA promised once the new arrangements are in place', format: 'markdown', text: [
    '# Elmbridge Vale Council', '', '**Meeting:** Cabinet, 9 July 2025', '',
    '## 1. Summary', '', '1.1 This report sets out proposals to save £180,000 from the Communities budget, including ending the grant to the Elmbridge Vale Volunteer Bureau.', '',
    '## 2. Recommendations', '', '2.1 That the grant to the Volunteer Bureau ends on 30 September 2025.', '', '2.2 That officers report back on the effect of the change in twelve months.', '',
    '## 3. Background', '', '3.1 The Volunteer Bureau places around 400 volunteers a year with local charities.', '',
    '## 4. Equality implications', '', '4.1 An equality impact assessment will be carried out once the new arrangements are in place.', '',
    '## 5. Background papers', '', 'None.',
  ].join('\n'), expected: 'deferred' },
  { id: 'none-paper-annual-report', about: 'whole paper: no cut, an annual grants report', format: 'markdown', text: [
    '## 1. Purpose', '', 'To report on the community grants awarded in 2024/25.', '',
    '## 2. Background', '', '2.1 In 2024/25 the council awarded 46 grants worth £310,000. Three organisations closed during the year for reasons unrelated to council funding, and their grants ended early.', '',
    '## 3. Recommendations', '', '3.1 That the Committee notes the report.', '',
    '## 4. Equality implications', '', 'None arising from this report.',
  ].join('\n'), expected: null },
  { id: 'fine-paper-refuge', about: 'whole paper: cut with a good equality section', format: 'text', text: [
    'REPORT TO: Executive', 'DATE: 3 December 2025', '',
    '1. RECOMMENDATIONS', '', '1.1 That the Executive agrees to reduce the grant to the Harbour Women\'s Aid refuge by £25,000 from 1 April 2026.', '',
    '2. REASONS FOR RECOMMENDATIONS', '', '2.1 The council must save £1.2 million from its housing budget.', '',
    '3. EQUALITY IMPLICATIONS', '', '3.1 An Equality Impact Assessment is attached as Appendix 1. Women and children escaping domestic abuse would be affected if refuge places fell; the refuge has told us that the reduction can be met from its reserves for two years without losing places, and the council will review the position with the refuge in 2027.',
  ].join('\n'), expected: null },
  { id: 'deferred-paper-to-follow', about: 'whole paper: two cuts, equality section "to follow"', format: 'text', text: [
    'Recommendations', '', '(i) to close the Parkside and Redwood children\'s centres from 1 January 2026;', '', '(ii) to reduce the grant to Home-Start Vale by 20 per cent.', '',
    'Equality impact assessment', '', 'To follow.',
  ].join('\n'), expected: 'deferred' },
  { id: 'none-paper-litter-bins', about: 'whole paper: fewer litter-bin collections, an environmental EIA screening', format: 'text', text: [
    'Purpose', '', 'To agree changes to street cleansing in the town centre.', '',
    'Proposals', '', 'It is proposed to reduce the frequency of litter bin emptying on quiet streets from daily to three times a week.', '',
    'Environmental implications', '', 'An EIA screening found no significant effects.',
  ].join('\n'), expected: null },
  { id: 'missing-paper-consultation-only', about: 'whole paper: cut, only consultation results and risk', format: 'markdown', text: [
    '## Recommendations', '', 'That Cabinet agrees to end funding for the Townsend Advice Line from 1 March 2026.', '',
    '## Consultation', '', 'Responses showed strong support for the advice line; 80 per cent of respondents said they would struggle without it.', '',
    '## Risk', '', 'There is a risk of legal challenge if the decision is not properly made.',
  ].join('\n'), expected: 'missing' },

  // ---- Seventh batch: options and council meeting wording, held out (first run: 8 of 10 right) ----
  { id: 'none-rejected-option', about: 'rejected option only', text: 'Options considered\n\nOption 2 would close the Riverside Day Centre. This option is not recommended because of the impact it would have.\n\nRecommendation\n\nThat the Riverside Day Centre stays open and its opening hours are reviewed.', expected: null },
  { id: 'none-considered-and-rejected', about: 'option rejected in the same sentence', text: 'Closing the Oakwood Youth Club was considered and rejected, as no other provision exists in the ward.', expected: null },
  { id: 'missing-recommended-option', about: 'recommended option among options', text: 'Alternative options considered\n\nOption A: keep the grant at its current level. Not affordable.\n\nOption B (recommended): reduce the grant to the Lowmoor Advice Centre by £20,000 from April 2026.', expected: 'missing' },
  { id: 'fine-consultation-links-eqia', about: 'question in a consultation survey with EqIA link', text: 'We are proposing to reduce the opening hours of Kingsmead Library from 40 to 28 hours a week. Read our equality impact assessment before you answer the questions below.', expected: null },
  { id: 'deferred-subject-to-eqia', about: 'deferred: "will be subject to an EqIA"', text: 'That the council withdraws from the joint funding of the Dales Carers Service. Any changes will be subject to an equality impact assessment in due course.', expected: 'deferred' },
  { id: 'dismissed-protected-characteristics', about: 'dismissed: "There are no implications for people with protected characteristics"', text: 'The grant to Westfield Sports Forum will end on 31 March 2026. There are no implications for people with protected characteristics.', expected: 'dismissed' },
  { id: 'fine-eqia-in-risk-section', about: 'fine: equality impact described in risk section', text: 'It is proposed to cease the Stepping Stones parenting course.\n\nRisk management\n\nThe equality impact assessment (Appendix 2) rates the impact on single parents as high; the risk is reduced by moving the course online with a phone helpline for parents without internet access.', expected: null },
  { id: 'none-councillor-question', about: 'none: councillor question, no proposal', text: 'Councillor Patel asked whether the council would protect the grant to the Citizens Advice service. The Leader replied that there were no plans to reduce it.', expected: null },
  { id: 'missing-notice-to-terminate', about: 'missing: terminate funding letter-like paper', text: 'Cabinet is recommended to give notice to terminate the funding agreement with the Oak Tree Counselling Service on 30 June 2025.', expected: 'missing' },
  { id: 'none-scrutiny-past-decision', about: 'none: scrutiny minutes of a past decision', text: 'The Committee noted that the decision to close the Hillview Day Centre had been taken by Cabinet on 4 March 2024, and asked for an update on the people who used to attend.', expected: null },

  // ---- Eighth batch: text from PDFs, NHS and Welsh wording, held out (first run: 9 of 10 right) ----
  { id: 'fine-pdf-paper-eqia', about: 'PDF-like paper, cut and EqIA', text: [
    'AGENDA ITEM 7', 'Report of the Head of Communities', '1. Recommendation', '1.1 That Cabinet agrees to cease the grant to the', 'Vale Dementia Support Group from 1 April 2026.', '2. Equality Impact Assessment', '2.1 A full Equality Impact Assessment has been', 'completed and is attached as Appendix A.'].join('\n'), expected: null },
  { id: 'dismissed-pdf-paper-none', about: 'PDF-like paper, cut, equality "None"', text: [
    '1. Recommendation', '1.1 That Cabinet agrees to cease the grant to the', 'Vale Dementia Support Group from 1 April 2026.', '2. Equality implications', '2.1 None.', '3. Risk', '3.1 Low.'].join('\n'), expected: 'dismissed' },
  { id: 'missing-joint-commissioning', about: 'joint commissioning: reduce contract value', text: 'The ICB and the council propose to reduce the value of the community mental health contract with Pathways Vale by £150,000 a year from 2026/27.', expected: 'missing' },
  { id: 'missing-quality-impact-only', about: 'NHS style: Quality Impact Assessment only', text: 'It is proposed to decommission the community physiotherapy drop-in clinic. A Quality Impact Assessment has been completed and signed off by the Chief Nurse.', expected: 'missing' },
  { id: 'fine-equality-and-quality', about: 'NHS style: EQIA done', text: 'It is proposed to decommission the community physiotherapy drop-in clinic. An Equality and Quality Impact Assessment (EQIA) has been completed and is available on request.', expected: null },
  { id: 'deferred-integrated-after-decision', about: 'Welsh-style: integrated assessment deferred', text: 'Members are asked to approve the closure of the Ysgol Road youth centre. An Integrated Impact Assessment will be carried out after the consultation has closed and the decision has been made.', expected: 'deferred' },
  { id: 'none-grass-cutting', about: 'none: cutting grass', text: 'The council will reduce grass cutting on roadside verges to help wildflowers.', expected: null },
  { id: 'none-asset-transfer', about: 'none: transfer of assets welcomed', text: 'The community association has asked to take over the running of the hall, and the council will continue to pay a grant towards its running costs.', expected: null },
  { id: 'missing-remodel', about: 'missing: "remodel" with closure', text: 'The proposal is to remodel the carers\' support offer, which will mean ending the grant to the Carers\' Café and closing the weekly drop-in at the library.', expected: 'missing' },
  { id: 'fine-volunteers-in-words', about: 'fine: impact on volunteers in words', text: 'The grant to the Vale Volunteer Drivers scheme will end in June. The scheme\'s 35 volunteers would lose their expenses; the council will offer them places on the new community transport service, and the 200 passengers who use the scheme will be offered the dial-a-ride service instead.', expected: null },

  // ---- Ninth batch: held out after every change above (first run: 14 of 20 right) ----
  { id: 'missing-grant-tapers', about: 'missing: grant tapering', text: 'It is proposed that the grant to the Marlow Street Community Kitchen tapers to zero over two years, falling by half in 2026/27 and ending in 2027/28.', expected: 'missing' },
  { id: 'missing-cease-to-fund', about: 'missing: "cease to fund"', text: 'The Board is recommended to cease to fund the Vale Sight Loss befriending service from 1 October 2025.', expected: 'missing' },
  { id: 'missing-advice-points-close', about: 'missing: hub consolidated, closing branches', text: 'Under the preferred option, the three neighbourhood advice points would close and advice would be given by phone from the central hub.', expected: 'missing' },
  { id: 'dismissed-no-disproportionate-impact', about: 'dismissed: "no disproportionate impact on any group has been identified"', text: 'That the grant to the Hillside Scouts be withdrawn.\n\nEquality implications\n\nNo disproportionate impact on any group has been identified.', expected: 'dismissed' },
  { id: 'missing-not-completed-financial', about: 'missing: "An EqIA has not been completed as this is a financial decision"', text: 'The council will end its contribution to the Vale Music Festival. An EqIA has not been completed as this is a financial decision.', expected: 'missing' },
  { id: 'deferred-once-model-known', about: 'deferred: "will be written once the new service model is known"', text: 'Cabinet is asked to agree to decommission the current carers\' respite contracts. The equality impact assessment will be written once the new service model is known.', expected: 'deferred' },
  { id: 'deferred-draft-after-cabinet', about: 'deferred: "draft EqIA to be finalised following Cabinet"', text: 'It is recommended that the Sunnyside lunch club grant is not renewed. A draft EqIA will be finalised following Cabinet.', expected: 'deferred' },
  { id: 'fine-screening-attached', about: 'fine: screening attached, low impact', text: 'The proposal would reduce the grant to the Rotary Christmas lights appeal by £2,000. An equality screening is attached; it found no groups that would be affected differently, as the lights are a public display.', expected: null },
  { id: 'fine-findings-summarised', about: 'fine: EqIA referenced by paragraph number', text: 'It is proposed to reduce the hours of the Bridgend Road advice surgery. The findings of the equality impact assessment are summarised at paragraphs 9.1 to 9.6.', expected: null },
  { id: 'fine-members-visited', about: 'fine: users contacted and alternatives listed', text: 'The Friday lunch club at Elm Court will close in May. All 18 members have been visited; 15 will move to the Tuesday club at Elm Court and three have chosen the Age Concern club in town, with transport paid by the council.', expected: null },
  { id: 'none-committee-assured', about: 'none: minutes noting funding continues', text: 'The Committee was assured that grants to the voluntary sector would not be reduced in 2025/26.', expected: null },
  { id: 'none-contract-terms', about: 'none: policy text about ending contracts generally', text: 'Contracts may be ended early where a provider fails to meet the agreed standards, after a formal warning.', expected: null },
  { id: 'none-budget-survey', about: 'none: budget consultation results', text: 'Residents were asked which services they would protect; most chose libraries and children\'s centres.', expected: null },
  { id: 'none-relocation', about: 'none: relocation, service continues', text: 'The youth club will move from the old school building to the new community hub in September, with the same sessions and staff.', expected: null },
  { id: 'missing-savings-code', about: 'missing: in a table row with narrative', text: 'Savings proposals 2026/27\n\nCOM4 Reduce the Community Chest small grants budget from £60,000 to £30,000. This proposal will go ahead from April 2026.', expected: 'missing' },
  { id: 'missing-coordinator-funding', about: 'missing: outsourcing with funding cut', text: 'We propose to transfer the Vale Good Neighbours scheme to a volunteer-led model and withdraw the paid coordinator funding from March.', expected: 'missing' },
  { id: 'fine-women-only-sessions', about: 'fine: equality considered in words with protected characteristics', text: 'It is proposed to end the women-only swimming sessions at Vale Leisure Centre. The sessions are used mainly by Muslim women and older women; the council will keep one women-only session a week at Parkside pool so that they can still swim.', expected: null },
  { id: 'dismissed-eia-na', about: 'dismissed: "EIA: N/A" with equality context', text: 'The Council will withdraw funding from the Vale Pride events grant.\n\nEquality Impact Assessment (EIA): N/A', expected: 'dismissed' },
  { id: 'missing-community-garden', about: 'missing: environmental section irrelevant', text: 'Recommendation: to close the Lakeside community garden project and return the land to grass.\n\nEnvironmental implications: the site will be reseeded and managed for biodiversity.', expected: 'missing' },
  { id: 'none-bank-account', about: 'none: closing a bank account', text: 'The treasurer will close the old grant account at the bank once the final payment has cleared.', expected: null },

  // ---- Tenth batch: decision records, budget books, NHS boards, held out (first run: 5 of 10 right) ----
  { id: 'missing-nhs-board-withdrawal', about: 'NHS board: withdraw funding for a peer service', text: 'The Board is asked to approve the withdrawal of ICB funding for the Pathfinder peer support service at the end of the current financial year.', expected: 'missing' },
  { id: 'fine-decision-record', about: 'officer decision record with EqIA link', text: 'Decision: to end the grant agreement with the Vale Allotments Association on 31 December 2025.\n\nReasons: the association now raises enough from rents to cover its costs.\n\nEquality Impact Assessment: completed, see attached.', expected: null },
  { id: 'dismissed-decision-record-na', about: 'officer decision record, EqIA "n/a"', text: 'Decision: to end the grant agreement with the Vale Allotments Association on 31 December 2025.\n\nEquality Impact Assessment: n/a', expected: 'dismissed' },
  { id: 'missing-budget-book', about: 'budget book narrative', text: 'The 2026/27 budget includes a saving of £45,000 from the removal of the discretionary rate relief top-up for charity shops.', expected: 'missing' },
  { id: 'none-scrutiny-protect', about: 'none: scrutiny recommendation to protect', text: 'The Scrutiny Panel recommends that Cabinet does not reduce the grant to the Vale Law Centre, given the rise in housing cases.', expected: null },
  { id: 'deferred-implementation-plan', about: 'deferred: EqIA to be completed during consultation on implementation', text: 'Cabinet is recommended to agree in principle the closure of the Greenbank residential home. An equality impact assessment will be completed as part of the implementation plan.', expected: 'deferred' },
  { id: 'fine-eqia-undertaken-june', about: 'fine: "An EqIA was undertaken in June"', text: 'It is proposed to reduce the number of mobile library stops from 60 to 35. An EqIA was undertaken in June and its recommendations have been built into the new route.', expected: null },
  { id: 'none-end-waiting-list', about: 'none: service improvement ends a waiting list', text: 'The new funding will end the waiting list for the counselling service by the summer.', expected: null },
  { id: 'missing-no-longer-provided', about: 'missing: "no longer be provided"', text: 'From September, free school holiday activity sessions will no longer be provided in the four rural wards.', expected: 'missing' },
  { id: 'fine-interpreting-in-words', about: 'fine: equality in words, numbers and mitigations', text: 'It is proposed that the Welcome Centre\'s interpreting grant is reduced by £10,000. About 300 refugees and asylum seekers use the interpreting service each year; the reduction would mean longer waits, which the council will soften by paying for telephone interpreting at the Centre.', expected: null },
];
