/**
 * A corpus of passages for measuring the plain-language rules: extracts in the style of
 * council committee papers, consultation pages, funding letters and voluntary-sector
 * reports, written for this project (no real council's text).
 *
 * Each passage lists, in the order they appear, what a careful plain-English editor would
 * mark for a public readership:
 *
 * - `jargon`: management-speak, local-government shorthand, wordy phrases with a shorter
 *   everyday equivalent, and legalese. Not marked: statutory terms of art (key decision,
 *   exempt information), core vocabulary of council and voluntary-sector work (Compact,
 *   commissioning, procurement, service users, partnership), words used in their plain
 *   sense (a meeting agenda, the impact of a cut, delivering food parcels, foster carers),
 *   names of teams, boards and programmes, and terms the passage itself explains. The
 *   editor marks what they would change whether or not the rule knows the word, so the
 *   corpus measures recall honestly.
 * - `acronyms`: the first use of each abbreviation that is not spelled out there, leaving
 *   out ones every reader knows (NHS, UK, MP, GP…), Roman numerals, references such as
 *   "S106" or "A38", and headings written in capitals.
 *
 * A listed string is found in the passage in order, ignoring case; list it once for each
 * occurrence the editor would mark.
 *
 * Passages with a `round` were written and marked as a held-out round: after the rules were
 * tuned on the rest, and scored once before any rule was changed to suit them. Their first-run
 * figures are recorded at the top of tests/plain-language/corpus.test.ts. Once scored they are
 * part of the corpus like any other passage; a new held-out check needs a new round.
 */
export interface CorpusPassage {
  id: string;
  kind: 'committee-paper' | 'consultation-page' | 'funding-letter' | 'voluntary-sector' | 'glossary';
  text: string;
  jargon: string[];
  acronyms: string[];
  /** The held-out round the passage was written for; absent for the development set. */
  round?: 'held-out-1' | 'held-out-2';
}

export const PLAIN_LANGUAGE_CORPUS: readonly CorpusPassage[] = [
  {
    id: 'cabinet-grants-review',
    kind: 'committee-paper',
    text: `3. Background

3.1 Going forward, the council will adopt a more robust approach to grant funding for the
voluntary and community sector. Officers have undertaken a deep dive into current
arrangements and identified a number of cross-cutting issues that impact on value for money.

3.2 The review found that funding streams have grown up in silos, with little joint working
between directorates.`,
    jargon: ['Going forward', 'robust', 'undertaken', 'deep dive', 'a number of', 'cross-cutting', 'impact on', 'funding streams', 'silos', 'joint working', 'directorates'],
    acronyms: [],
  },
  {
    id: 'consultation-library-hours',
    kind: 'consultation-page',
    text: `Have your say on library opening hours

We are asking residents what they think about changes to opening hours at five libraries.
The consultation opens on 3 March 2025 and closes on 26 May 2025. You can fill in the
survey online, pick up a paper copy at any library, or ask us for it in large print.

We will read every response and publish a summary of what people told us.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'scrutiny-prevention-agenda',
    kind: 'committee-paper',
    text: `The proposals form part of the prevention agenda and will deliver better outcomes for
older people. Preventative services such as befriending and handyperson schemes reduce
demand downstream. The council will collaborate with health partners in order to realise
synergies and leverage additional investment.`,
    jargon: ['prevention agenda', 'deliver', 'Preventative services', 'downstream', 'collaborate', 'in order to', 'realise', 'synergies', 'leverage'],
    acronyms: [],
  },
  {
    id: 'meeting-agenda-plain',
    kind: 'committee-paper',
    text: `Item 6 on the agenda is a key decision. It was included in the forward plan published
on 10 January 2025. The impact on service users is set out in the equality impact
assessment at Appendix B, and the financial implications are set out in section 7.

Members are asked to agree the recommendations in paragraph 2.1.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'funding-letter-legalese',
    kind: 'funding-letter',
    text: `Dear Ms Patel,

I hereby give notice that, pursuant to clause 12 of the grant agreement, the aforementioned
grant shall terminate with effect from 30 June 2025. Notwithstanding the above, the council
will endeavour to assist your organisation in identifying alternative funding streams.`,
    jargon: ['hereby', 'pursuant to', 'aforementioned', 'shall', 'terminate', 'with effect from', 'Notwithstanding', 'endeavour', 'assist', 'funding streams'],
    acronyms: [],
  },
  {
    id: 'funding-letter-plain',
    kind: 'funding-letter',
    text: `Dear Mr Hughes,

I am writing to tell you that the council plans to end its grant to Riverside Lunch Club on
31 October 2025. This letter gives you more than three months' notice. The reasons are set
out below, and you can tell us what you think before the Cabinet decides on 9 July 2025.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'vcs-strategy-buzzwords',
    kind: 'voluntary-sector',
    text: `Our new strategy sets out a clear direction of travel. We will take a place-based,
asset-based approach, co-producing services with communities and building capacity in the
third sector. Capacity building will focus on quick wins and low-hanging fruit in year one,
followed by a step change in how partners work together.`,
    jargon: ['direction of travel', 'place-based', 'asset-based', 'co-producing', 'building capacity', 'third sector', 'Capacity building', 'quick wins', 'low-hanging fruit', 'step change'],
    acronyms: [],
  },
  {
    id: 'foster-carers-recruitment',
    kind: 'committee-paper',
    text: `The fostering service needs more foster carers. Last year 24 households were approved.
Officers will promote the campaign at community events and in local newspapers, and will
report progress to this committee in the autumn. The campaign will also tackle myths about
who can foster.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'parcels-and-land',
    kind: 'voluntary-sector',
    text: `Volunteers deliver around 300 food parcels a week from the church hall. The council owns the
land next to the hall and has offered a five-year lease. Drivers use their own cars and can
claim mileage. We are grateful to everyone who gives their time.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'wordy-officer-report',
    kind: 'committee-paper',
    text: `Prior to the commencement of the new contract, officers will give consideration to the
views of providers in relation to the proposed changes. In the event that the majority of
providers are in receipt of other funding, the council will ascertain whether it is
necessary to retain the current fee levels.`,
    jargon: ['Prior to', 'commencement', 'give consideration to', 'in relation to', 'In the event that', 'the majority of', 'in receipt of', 'ascertain', 'retain'],
    acronyms: [],
  },
  {
    id: 'consultation-methods-engagement',
    kind: 'consultation-page',
    text: `How we will involve people

We will hold four drop-in sessions and an online survey. Community engagement events will
take place in each locality, and we will reach out to groups we seldom hear from. Our
engagement team will utilise existing networks to disseminate the survey.`,
    jargon: ['Community engagement', 'locality', 'reach out', 'engagement', 'utilise', 'disseminate'],
    acronyms: [],
  },
  {
    id: 'equality-impact-plain',
    kind: 'committee-paper',
    text: `An equality impact assessment has been carried out. It found that the proposal would have a
greater impact on disabled people and carers, who use the day centre most. To reduce this
impact, transport will be offered to the new venue for 12 months. The full assessment is
at Appendix C.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'impact-verbs',
    kind: 'committee-paper',
    text: `The closure will impact on around 40 families. Groups impacted by the change have been
contacted. Reducing the grant could significantly impact the charity's ability to retain
volunteers.`,
    jargon: ['impact on', 'impacted', 'impact', 'retain'],
    acronyms: [],
  },
  {
    id: 'glossary-explained',
    kind: 'glossary',
    text: `Capacity building (training and practical support for small groups) will continue
through the Council for Voluntary Service.

Glossary

Best Value: the legal duty on councils to keep improving how they run services.
Full cost recovery: funding that pays for a project's share of overheads as well as its
direct costs.

The Best Value review will look at full cost recovery in all grant agreements.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'best-value-unexplained',
    kind: 'committee-paper',
    text: `The Best Value review of community transport concluded that the service remains fit for
purpose. However, benchmarking against neighbouring authorities suggests there is headroom to
streamline the booking process.`,
    jargon: ['Best Value', 'fit for purpose', 'benchmarking', 'headroom', 'streamline'],
    acronyms: [],
  },
  {
    id: 'compact-commitments-plain',
    kind: 'committee-paper',
    text: `The Compact is an agreement between the council, the NHS and local voluntary and community
groups. It commits the council to consult for 12 weeks on changes that affect the sector,
and to give at least three months' notice before a grant is ended. Commissioning and
procurement teams follow the Compact when they plan and buy services.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'partnership-board',
    kind: 'committee-paper',
    text: `The Stronger Communities Partnership Board met on 4 February 2025. Partners agreed to
share data on referrals and to hold a joint event for service users in the spring. The
board's minutes are attached. Partnership working across health and care will be
strengthened through a single point of contact for voluntary groups.`,
    jargon: ['Partnership working', 'single point of contact'],
    acronyms: [],
  },
  {
    id: 'transformation-programme',
    kind: 'committee-paper',
    text: `The transformational programme will reconfigure adult social care around a whole-system
approach. Multi-disciplinary teams will be embedded in each neighbourhood, and touchpoints
with residents will be streamlined.`,
    jargon: ['transformational', 'reconfigure', 'whole-system approach', 'Multi-disciplinary', 'embedded', 'touchpoints', 'streamlined'],
    acronyms: [],
  },
  {
    id: 'grant-conditions',
    kind: 'funding-letter',
    text: `The grant is paid quarterly in arrears. Your organisation must keep records of how the money
is spent and send us a short report every six months. If the project ends early, any unspent
money must be paid back. Please contact Sam Okafor on 01632 960 412 with any questions.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'stakeholder-heavy',
    kind: 'committee-paper',
    text: `Stakeholders were invited to a workshop to co-design the new service model. Stakeholder
engagement will continue throughout the scoping phase, and key stakeholders will be
notified of the outcome.`,
    jargon: ['Stakeholders', 'co-design', 'service model', 'Stakeholder\nengagement', 'scoping', 'key', 'stakeholders', 'notified'],
    acronyms: [],
  },
  {
    id: 'budget-report-terms',
    kind: 'committee-paper',
    text: `A virement of £50,000 from the highways budget is proposed. The police precept is set by
the Police and Crime Commissioner. Expenditure on agency staff was £1.2 million, in excess of
the budget by £200,000.`,
    jargon: ['virement', 'precept', 'in excess of'],
    acronyms: [],
  },
  {
    id: 'dbs-and-living',
    kind: 'voluntary-sector',
    text: `All volunteers who visit people at home need an enhanced DBS check. The charity also runs
two assisted living schemes. Save as a PDF and send it to the volunteer coordinator.`,
    jargon: [],
    acronyms: ['DBS'],
  },
  {
    id: 'names-not-jargon',
    kind: 'committee-paper',
    text: `The Community Engagement Team and the Stakeholder Forum both responded. The Beacon Centre
will host the event, and the Pathfinder Project will report in June.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'whilst-in-terms-of',
    kind: 'committee-paper',
    text: `Whilst the scheme has been popular, in terms of cost it is higher than expected. Numerous
residents have asked for it to continue. Officers anticipate that demand will rise.`,
    jargon: ['Whilst', 'in terms of', 'Numerous', 'anticipate'],
    acronyms: [],
  },
  {
    id: 'consultation-page-plain-2',
    kind: 'consultation-page',
    text: `Why we are consulting

The council has to save £3 million next year. One idea is to close the Eastfield recycling
centre on Wednesdays. Before we decide, we want to know how this would affect you. Tell us by
filling in the short form below. It takes about five minutes.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'funding-ending-euphemism',
    kind: 'committee-paper',
    text: `The service will be decommissioned from April as part of the modernisation of day
opportunities. Slimming down the number of contracts will free up headroom for
outcomes-based commissioning.`,
    jargon: ['decommissioned', 'modernisation', 'day opportunities', 'Slimming down', 'free up headroom', 'outcomes-based commissioning'],
    acronyms: [],
  },
  {
    id: 'flood-upstream',
    kind: 'committee-paper',
    text: `The new storage pond is upstream of the bridge, on land the council already owns. Work will
start in August and should take about ten weeks. Footpaths will stay open.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'tender-legal',
    kind: 'funding-letter',
    text: `The provider shall indemnify the council against all claims. Payment shall be made pro rata
for any part month. Any modification to the specification must be agreed in writing.`,
    jargon: ['shall', 'indemnify', 'shall', 'pro rata', 'modification'],
    acronyms: [],
  },
  {
    id: 'vcs-report-plain',
    kind: 'voluntary-sector',
    text: `Last year our volunteers gave 14,000 hours. We helped 620 people with benefit claims and
debt, and ran weekly coffee mornings in three villages. Most of our money comes from the
council and two charitable trusts. We want to keep the advice line open five days a week.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'hard-to-reach',
    kind: 'consultation-page',
    text: `We want to hear from hard-to-reach groups, including young carers and people whose first
language is not English. Community organisations can signpost people to the survey, and we
can facilitate a session in your venue.`,
    jargon: ['hard-to-reach', 'signpost', 'facilitate'],
    acronyms: [],
  },
  {
    id: 'ensure-implement-plain',
    kind: 'committee-paper',
    text: `Officers will ensure that every group affected receives a letter. If Cabinet agrees, the
changes will be implemented from 1 October 2025, and eligible groups can apply for a one-off
transition grant.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'performance-report',
    kind: 'committee-paper',
    text: `Performance indicators show slippage against the trajectory agreed last year. The baseline
was revised following a change in methodology, and a further tranche of data is expected
shortly.`,
    jargon: ['Performance indicators', 'slippage', 'trajectory', 'baseline', 'methodology', 'tranche'],
    acronyms: [],
  },
  {
    id: 'glossary-dash-means',
    kind: 'glossary',
    text: `- Stakeholders – the people, groups and organisations affected by a decision.
- Co-production means designing a service together with the people who use it.

We will involve stakeholders at every stage and use co-production where we can.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'empowerment-visionary',
    kind: 'voluntary-sector',
    text: `Our visionary approach empowers residents and fosters cohesive communities through
participatory budgeting and holistic support.`,
    jargon: ['visionary', 'empowers', 'fosters', 'cohesive communities', 'participatory', 'holistic'],
    acronyms: [],
  },
  {
    id: 'interface-noun',
    kind: 'consultation-page',
    text: `The online form has a simple interface and works on a phone. If you need help, call us or
visit a library, where staff can fill it in with you.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'wordy-phrases-2',
    kind: 'committee-paper',
    text: `With regard to the hall, the trustees will make a decision at the present time due to the
fact that the lease ends soon. In addition to the rent, the group pays for heating in
accordance with the lease.`,
    jargon: ['With regard to', 'make a decision', 'at the present time', 'due to the fact that', 'In addition to', 'in accordance with'],
    acronyms: [],
  },
  {
    id: 'reside-obtain',
    kind: 'consultation-page',
    text: `People who reside in the borough can obtain a free parking permit for a carer. To
participate, complete the form and notify us of any change of address.`,
    jargon: ['reside', 'obtain', 'participate', 'notify'],
    acronyms: [],
  },
  {
    id: 'acronyms-undefined',
    kind: 'committee-paper',
    text: `The ICB has agreed to fund the scheme for a further year. The JSNA shows rising demand
among older people, and the CVS will coordinate volunteer recruitment. The NHS and local GPs
support the proposal.`,
    jargon: [],
    acronyms: ['ICB', 'JSNA', 'CVS'],
  },
  {
    id: 'acronyms-defined',
    kind: 'committee-paper',
    text: `The integrated care board (ICB) has agreed to fund the scheme. The ICB will review it in
March. The Joint Strategic Needs Assessment (JSNA) shows rising demand, and the JSNA will be
refreshed next year.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'acronyms-line-break',
    kind: 'consultation-page',
    text: `Groups in the voluntary, community and social
enterprise (VCSE) sector are invited to respond. The VCSE
response will be published. SEND (special educational
needs and disabilities) services are not affected.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'acronyms-headings-numerals',
    kind: 'committee-paper',
    text: `FINANCIAL AND LEGAL IMPLICATIONS

Part II of the report contains exempt information. Contributions under S106 agreements and
CIL receipts will fund the new path beside the A38. Figures for Q3 of 2024/25 are in
Appendix IV.`,
    jargon: [],
    acronyms: ['CIL'],
  },
  {
    id: 'acronyms-plural-possessive',
    kind: 'voluntary-sector',
    text: `Many VCOs rely on volunteers. The CVS's annual survey found that small VCOs find it hard
to recruit trustees. Contact info@hertsCVS.org.uk or visit https://www.example.org/VCO-guide
for help.`,
    jargon: [],
    acronyms: ['VCOs', "CVS's"],
  },
  {
    id: 'acronyms-defined-later',
    kind: 'committee-paper',
    text: `The SLA with the provider ends in March. A new service level agreement (SLA) will set out
response times. The EqIA is attached; it was completed by the policy team.`,
    jargon: [],
    acronyms: ['SLA', 'EqIA'],
  },
  {
    id: 'acronyms-emphasis-and-known',
    kind: 'consultation-page',
    text: `Please do NOT send original documents. You can pay by card, and prices include VAT. Your
MP and local councillors have been sent a copy. The survey is also available as a PDF.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'acronyms-mixed-jargon',
    kind: 'committee-paper',
    text: `The MTFS assumes a 5% reduction in VCS grants. Voluntary and community sector (VCS) groups
were told in writing. KPIs will be agreed with each provider prior to the start of the new
arrangements.`,
    jargon: ['prior to'],
    acronyms: ['MTFS', 'VCS', 'KPIs'],
  },
  {
    id: 'acronyms-expansion-after',
    kind: 'committee-paper',
    text: `The PSED (public sector equality duty) applies to this decision. The council must have due
regard to the PSED when it decides. TUPE may apply if staff transfer to a new provider.`,
    jargon: [],
    acronyms: ['TUPE'],
  },
  {
    id: 'cabinet-summary-mixed',
    kind: 'committee-paper',
    text: `Summary

The council funds 42 voluntary groups through its community grants programme. This report
asks Cabinet to agree a new approach from April 2026 that focuses funding on advice, food
support and help for carers. Groups will have 12 weeks to comment. Officers will liaise with
each group and the majority of current grants will continue at their present level.`,
    jargon: ['liaise', 'the majority of'],
    acronyms: [],
  },
  {
    id: 'legal-deem-defer',
    kind: 'committee-paper',
    text: `If no objection is received, the application will be deemed approved. Members may defer
the item to the next meeting. The chair said the applicant had been notified.`,
    jargon: ['deemed', 'notified'],
    acronyms: [],
  },
  {
    id: 'delivering-change',
    kind: 'committee-paper',
    text: `The plan will deliver savings of £400,000 and help to drive out waste. Officers will deploy
additional staff to the contact centre, which acts as a one-stop shop for residents.`,
    jargon: ['deliver', 'drive out', 'deploy', 'one-stop shop'],
    acronyms: [],
  },
  {
    id: 'consultation-page-youth',
    kind: 'consultation-page',
    text: `Youth clubs: what do you think?

We run six youth clubs. Two are in buildings that need expensive repairs. We want to know
whether young people would travel to a nearby club, or would rather we ran sessions in
schools. You can answer the questions online or at any club until 14 September 2025.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'planning-householder',
    kind: 'committee-paper',
    text: `The proposal is for a two-storey side extension. The walls will be finished in white
render to match the existing house, and a new retaining wall will be built along the rear
boundary. Prior to the commencement of development, details of drainage must be submitted and
approved in writing by the local planning authority.`,
    jargon: ['Prior to', 'commencement'],
    acronyms: [],
  },
  {
    id: 'adult-social-care-charging',
    kind: 'consultation-page',
    text: `If you go into a care home, you may be able to delay selling your home through a deferred
payment agreement. The council will assess what you can afford to pay. Carers can get free
advice from the Carers Centre, and anyone can ask for an assessment by phoning us.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'nhs-system-paper',
    kind: 'committee-paper',
    text: `System partners are working together at place to improve flow through the hospital. Step-down
beds will be commissioned across the footprint, and discharge to assess will be embedded as
business as usual by Q4. The ICS will utilise its transformation funding to support this.`,
    jargon: ['System partners', 'at place', 'flow', 'Step-down', 'footprint', 'discharge to assess', 'embedded', 'business as usual', 'utilise', 'transformation funding'],
    acronyms: ['ICS'],
  },
  {
    id: 'housing-tenancy-letter',
    kind: 'funding-letter',
    text: `Your tenancy of the flat will terminate on 2 June 2025. Please return all keys to the housing
office on that day. If you require assistance with removals, notify your housing officer at least
two weeks in advance and we will endeavour to help.`,
    jargon: ['terminate', 'require', 'assistance', 'notify', 'endeavour'],
    acronyms: [],
  },
  {
    id: 'scrutiny-minutes',
    kind: 'committee-paper',
    text: `The committee considered the report on the library service. Members asked how many people
had used the mobile library since it was reintroduced; officers agreed to circulate the figures.
The item was deferred to the next meeting so that the portfolio holder could attend. The chair
thanked the staff for their work.`,
    jargon: ['portfolio holder'],
    acronyms: [],
  },
  {
    id: 'leisure-contract-buzz',
    kind: 'committee-paper',
    text: `The new leisure operator will leverage its national buying power to deliver efficiencies,
and will work proactively with public health to incentivise physical activity across the
borough's localities. A robust performance framework with granular KPIs will be embedded in the
contract.`,
    jargon: ['leverage', 'deliver', 'proactively', 'incentivise', 'localities', 'robust', 'granular', 'embedded'],
    acronyms: ['KPIs'],
  },
  {
    id: 'community-centre-news',
    kind: 'voluntary-sector',
    text: `The community centre reopened in May after the roof was repaired. The café is run by
volunteers and any money it makes goes back into the centre. We are looking for more people to
help on Saturdays, so if you have a few hours to spare, please drop in or give us a ring.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'grants-criteria-wordy',
    kind: 'consultation-page',
    text: `Applicants must be in receipt of a grant from no more than two other public funders. Funding
will not be provided for the purpose of paying debts. Applications which do not comply with these
criteria will not be considered until such time as the missing information is supplied.`,
    jargon: ['in receipt of', 'for the purpose of', 'comply with', 'until such time as'],
    acronyms: [],
  },

  // ── Held-out round 1: written and marked before the rules saw them ─────────────────────
  {
    id: 'ho1-icb-mental-health-contracts',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `Agenda item 7: Community mental health contracts

1. Purpose

1.1 This paper asks the Board to approve a twelve-month extension to the three
community mental health contracts held by VCSE providers. The current contracts expire
on 31 March 2026. An extension will give time for the ICB and the two councils in our
area to agree a joint approach with the Mental Health Alliance.

1.2 All three providers are rated good by the CQC and have agreed to share quarterly
activity data. The SRO for this work is the Director of Mental Health Commissioning. The
extension is within the financial envelope agreed by the Finance and Performance Committee
in November.`,
    jargon: ['financial envelope'],
    acronyms: ['VCSE', 'ICB', 'CQC', 'SRO'],
  },
  {
    id: 'ho1-grants-words-we-use',
    kind: 'glossary',
    round: 'held-out-1',
    text: `Changes to community grants: words we use

Best Value means the legal duty on the council to keep improving the way it runs services,
while keeping costs in mind.

Infrastructure support – help for small groups with things like finding funding, writing
policies and recruiting trustees.

VCS (voluntary and community sector): charities, community groups, faith groups and
social enterprises that are not run for profit.

CVS: the council for voluntary service, which gives advice and training to local groups.

Social prescribing – when a GP or nurse refers someone to a local activity or group
rather than, or as well as, giving them medicine.

We want every VCS group, whatever its size, to be able to comment. The CVS will run two
online briefings, and the Best Value review will be published in the autumn.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho1-libraries-options',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `4. Options considered

4.1 Option 1 is to keep all nine libraries open on their current hours. This would cost
£310,000 more than the budget allows next year and is not recommended.

4.2 Option 2 is to hand two branch libraries to community groups, with the council paying
for the buildings and the book stock. Groups in Hollybank and Marsh Lane have told us they
would like to run their local library, and the council would support them with training,
a key holder rota and help with volunteer recruitment.

4.3 The equality impact assessment shows that the impact of Option 2 would fall mostly on
older residents and parents of young children. Officers met both groups in June to hear
their concerns, and their views are summarised in Appendix D.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho1-letter-monitoring-return',
    kind: 'funding-letter',
    round: 'held-out-1',
    text: `Dear Mrs Adeyemi,

Grant monitoring: Oakfield Befrienders

Thank you for your end-of-year return, which we received on 14 April. Further to our
telephone conversation, I can confirm that the remaining payment of £4,500 will be released
upon receipt of your signed accounts. Should you require any further information, please
do not hesitate to contact me.

We were pleased to read that your volunteers made over 2,000 visits this year. Please
pass on our thanks to them.

Yours sincerely,`,
    jargon: ['Further to', 'upon receipt of', 'require', 'do not hesitate'],
    acronyms: [],
  },
  {
    id: 'ho1-icb-ageing-well',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `Ageing well programme update

The programme continues to make good progress. Anticipatory care is now live in four of the
six PCNs, and the frailty virtual ward has capacity for 40 patients, supported by
ARRS-funded care coordinators. Work is ongoing to embed a population health management
approach across the system, and partners are being asked to sign up to a shared outcomes
framework by the end of Q2. NHS England has asked for a progress report in the spring.

Key risks remain workforce and the sustainability of non-recurrent funding. A deep dive on
the workforce position will come to the next meeting of the Ageing Well Board.`,
    jargon: ['Anticipatory care', 'embed', 'population health management', 'across the system', 'Key', 'non-recurrent funding', 'deep dive'],
    acronyms: ['PCNs', 'ARRS'],
  },
  {
    id: 'ho1-play-areas-s106',
    kind: 'consultation-page',
    round: 'held-out-1',
    text: `Have your say: new play areas in Northgate

We have £180,000 from S106 contributions to spend on play areas in Northgate ward. This is
money that developers pay the council when they build new homes, so that local facilities
can keep up with the number of people living in the area. Read our FAQs below.

We would like to hear from children, parents, carers and anyone else who uses the parks.
The survey closes on 30 November 2025. If you need the survey in another format, email
parks@northgate.example.gov.uk or call 01632 960 118.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho1-health-scrutiny-discharge',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `5. Discharge from hospital

5.1 Delayed discharges remain the biggest pressure on the acute trust. The BCF plan for
2025/26 includes £1.1 million for home care capacity, and the HWB signed off the plan in
June. A further £300,000 will come from the DFG underspend. The average LOS for patients
over 75 has fallen to 8.2 days (see Appendix II).

5.2 Officers are working with the Better Care Fund (BCF) leads in the ICB to agree how the
money is shared. Healthwatch has asked that patients and carers are told earlier about
their discharge date, and the trust has agreed to do this.

5.3 Carers UK and Age UK have been invited to the next meeting.`,
    jargon: [],
    acronyms: ['BCF', 'HWB', 'DFG', 'LOS', 'ICB'],
  },
  {
    id: 'ho1-letter-grant-award',
    kind: 'funding-letter',
    round: 'held-out-1',
    text: `Dear Mr Kowalski,

Community Chest grant: Brookside Men's Shed

I am pleased to tell you that your application for £2,800 has been successful. The money
will pay for the new workbench, tools and a year's insurance, as set out in your bid.

Before we can pay the grant, we need a copy of your safeguarding policy and confirmation
that the two volunteers who work with young people have an up-to-date Disclosure and Barring
Service (DBS) check. Please send these by 15 January. Once we have them, the money will be
paid into your bank account within ten working days.

If your plans change, please tell us as soon as you can.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho1-sector-strategy-refresh',
    kind: 'voluntary-sector',
    round: 'held-out-1',
    text: `Our refreshed strategy for working with the sector

Over the next three years we want to move from transactional grant-giving to a relational
model of partnership. We will work with anchor institutions to unlock social value and
leverage inward investment, and we will champion a test-and-learn culture so that learning
is shared across the whole ecosystem.

To deliver these ambitions, we will set up a VCSE Assembly, refresh the local Compact, link
our grants to the JHWS, and hold an annual State of the Sector conference.`,
    jargon: ['transactional', 'relational model', 'anchor institutions', 'unlock', 'leverage', 'test-and-learn', 'ecosystem', 'deliver'],
    acronyms: ['VCSE', 'JHWS'],
  },
  {
    id: 'ho1-planning-committee-mill-road',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `PLANNING COMMITTEE – 12 MARCH 2026

Application 25/00871/FUL: Land east of Mill Road, Ashby

RECOMMENDATION: Approve, subject to a legal agreement under section 106 to secure (i) 30%
affordable housing, (ii) a contribution of £95,000 towards primary school places, and
(iii) a travel plan. The application was called in by Cllr Dewhurst. The scheme accords
with policy H4 of the Local Plan and the NPPF, and will achieve a 10% BNG on site.

Notwithstanding the officer recommendation, members may refuse the application if they
consider that the harm to the conservation area outweighs the public benefits. The site
lies within Flood Zone 1 and the LLFA raises no objection to the drainage strategy.`,
    jargon: ['Notwithstanding'],
    acronyms: ['NPPF', 'BNG', 'LLFA'],
  },
  {
    id: 'ho1-meals-on-wheels',
    kind: 'consultation-page',
    round: 'held-out-1',
    text: `Meals on wheels: proposed changes

At the moment the council delivers hot meals to about 260 people every weekday. We are
proposing to deliver frozen meals once a week instead, with a microwave for anyone who
needs one. We know this could affect people who rely on a daily visit, so volunteers from
Tenbury Good Neighbours would call or visit on the other days.

We have tried to think about the impact on everyone who uses the service. If you think we
have missed something, please tell us. Your partner, a relative or a carer can fill in the
form for you.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho1-scrutiny-early-help',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `6.1 The early help offer has been redesigned following a comprehensive review. Whilst
demand has risen, the service has been able to absorb the increase by working smarter and
upskilling frontline staff. The number of families with an open EHA has risen by 18%, and
most new cases come through the MASH. Performance is on track against all KPIs apart from
re-referral rates, which are being closely monitored.

6.2 In order to mitigate the risk of further slippage, the service will commission a
short-term piece of work from an external provider. A verbal update will be provided at the
meeting.`,
    jargon: ['offer', 'Whilst', 'working smarter', 'upskilling', 'In order to', 'mitigate', 'slippage'],
    acronyms: ['EHA', 'MASH', 'KPIs'],
  },
  {
    id: 'ho1-charity-annual-report',
    kind: 'voluntary-sector',
    round: 'held-out-1',
    text: `Chair's report

This was a year of change for Westbury Community Action. We became a CIO in September,
which means the trustees are no longer personally liable for the charity's debts. We also
moved into the old library building on a 25-year lease from the town council.

Our advice team helped 1,140 people, most with Universal Credit, PIP or council tax
problems. The HAF programme gave 380 children a free holiday club place with a hot lunch,
and our digital inclusion volunteers ran weekly drop-ins for people who wanted help getting
online. Our accounts follow the Charities SORP. We are grateful to the National Lottery
Community Fund, the county council and our own supporters.`,
    jargon: [],
    acronyms: ['CIO', 'PIP', 'HAF', 'SORP'],
  },
  {
    id: 'ho1-urgent-care-engagement',
    kind: 'consultation-page',
    round: 'held-out-1',
    text: `How we involved people

Between May and July the ICB spoke to 640 people about the future of the two UTCs in the
east of the county. We engaged an independent research company to run six focus groups, and
our partners in Healthwatch, PALS (the Patient Advice and Liaison Service) and the Carers'
Hub helped us reach people who rarely take part.

Stakeholders told us that opening hours matter more than location. Going forward we will
engage with local communities earlier, and co-design the new model with patients and staff.`,
    jargon: ['Stakeholders', 'Going forward', 'engage with', 'co-design'],
    acronyms: ['ICB', 'UTCs'],
  },
  {
    id: 'ho1-abbreviations-table',
    kind: 'glossary',
    round: 'held-out-1',
    text: `Abbreviations used in this report

| Abbreviation | Meaning |
| --- | --- |
| ASC | adult social care |
| JSNA | joint strategic needs assessment |
| LD | learning disability |
| VCFSE | voluntary, community, faith and social enterprise |

The JSNA chapter on learning disability was updated in 2025. ASC spending on LD services
has grown by 9% a year, and VCFSE providers now run most day services in the district.`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho1-household-support-fund',
    kind: 'committee-paper',
    round: 'held-out-1',
    text: `HOUSEHOLD SUPPORT FUND

1. Summary

1.1 The government has given the council £2.4 million from the Household Support Fund
(HSF) for 2025/26. This report sets out how the money will be spent. Most of it will go to
families with children who get free school meals (FSM), and the rest will be shared through
local food banks and the Citizens Advice service.

1.2 The local MP has asked for an update on how quickly the money reaches people. The
council's Financial Inclusion Team will report monthly to the DWP, as the grant conditions
say. The HSF cannot be used to pay rent arrears.`,
    jargon: [],
    acronyms: ['DWP'],
  },
  // ── Held-out round 2: written and marked by a reviewer who had not seen the term lists ─
  {
    id: 'ho2-budget-monitoring-q2',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `2.1 The Council set a balanced budget for 2025/26 in February, with a net revenue budget of
£214.6 million. At the end of quarter two, the forecast outturn is an overspend of £3.8
million, mainly in children's placements and home to school transport. Officers have found
savings of £1.2 million that can be made this year without cutting front-line services, and the
remaining gap will be met from the general reserve if it cannot be closed by the end of March.

2.2 The Section 151 Officer's view is that reserves remain adequate, but that using them to
balance the budget year after year is not sustainable. Going forward, directorates will be
asked to bring forward proposals that leverage the full potential of our digital platforms to
drive efficiencies. The Medium Term Financial Strategy (MTFS) will be refreshed in December and
reported to Cabinet and to the Overview and Scrutiny Committee before the budget is set.
Capital receipts in respect of the sale of the former depot are now expected in 2026/27 rather
than this year, and the MTFS assumes the later date. The Council's external auditor has not
raised any concerns about the CIPFA Financial Management Code.`,
    jargon: ['Going forward', 'leverage', 'drive efficiencies', 'in respect of'],
    acronyms: ['CIPFA'],
  },
  {
    id: 'ho2-temporary-accommodation',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `3.1 There are 1,412 households on the housing register in Band A or B, and 286 households in
temporary accommodation, of whom 94 are in bed and breakfast. Families with children should not
stay in bed and breakfast for more than six weeks; at the end of September, 31 families had
been there longer than that.

3.2 To reduce this, the Council will buy up to 40 homes on the open market over the next two
years, funded from the HRA and Right to Buy receipts, and let them as temporary homes.
Purchases will commence in January. We will also work with housing associations to increase the
number of new lettings offered to households on the register. In order to make sure that
families are kept informed, each household will have a named officer who will contact them at
least every two weeks.

3.3 Ward members will be told of any purchase in their ward before it completes. The scheme was
considered by the Housing Scrutiny Panel on 4 November, which asked that the first annual
review report on the number of families moved out of B&B.`,
    jargon: ['commence', 'In order to'],
    acronyms: ['HRA'],
  },
  {
    id: 'ho2-library-hours-digital',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `4.1 Visits to the borough's eleven libraries have recovered to 87 per cent of their 2019 level,
and the number of children joining the Summer Reading Challenge rose for the third year
running. Loans of e-books and audiobooks now make up just over a quarter of all loans.

4.2 The proposal is to keep all eleven libraries open but to change opening hours at four of
them, so that they open later on weekday mornings, when few people use them, and stay open
until 7pm on two evenings a week. Staff and Friends groups were asked for their views in
September, and a public consultation will run for twelve weeks from 13 January.

4.3 The library service will also work with Age UK and the local CVS to offer help with using
phones, tablets and online forms. This holistic, person-centred offer will enable a step change
in digital inclusion across the piece. An Equality Impact Assessment (EqIA) has been completed
and is at Appendix B.`,
    jargon: ['holistic', 'person-centred', 'offer', 'step change', 'across the piece'],
    acronyms: ['CVS'],
  },
  {
    id: 'ho2-adult-social-care-waits',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `5.1 The Council arranges care and support for around 4,300 adults, three-quarters of them in
their own homes. Demand for home care has grown by 9 per cent in a year, and the average cost
of a residential placement for an older person has risen to £1,046 a week.

5.2 Under the Care Act 2014 the Council must assess anyone who appears to need care and
support, and must meet eligible needs. At present 612 people are waiting for an assessment, and
the longest has waited 19 weeks. To bring this down, the service will take on six agency social
workers until March and will ask people with lower-level needs whether they would like a phone
assessment rather than a visit.

5.3 The Better Care Fund (BCF) plan for 2025/26 was agreed by the Health and Wellbeing Board in
June. The BCF pools money from the Council and the NHS and pays for reablement, equipment and
adaptations, and for the discharge team at the hospital. The CQC assessment of the Council's
adult social care services is expected next year, and a self-assessment will come to this
committee in the spring.`,
    jargon: [],
    acronyms: ['CQC'],
  },
  {
    id: 'ho2-planning-mill-lane',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `6.1 The application seeks full planning permission for 48 homes on land east of Mill Lane, of
which 14 (30 per cent) would be affordable. The site is allocated for housing in the Local
Plan, so the principle of development is accepted. The main issues are the design and layout,
the effect on the living conditions of neighbours, highway safety and drainage.

6.2 Thirty-two letters of objection have been received, mostly about traffic on Mill Lane and
flooding at the junction with Church Road. The County Council as local highway authority has no
objection subject to conditions, including a new footway along the site frontage. The LLFA has
asked for a surface water drainage scheme to be agreed before work starts, and this is covered
by condition 9.

6.3 A Section 106 agreement will secure the affordable homes and a contribution of £212,000
towards primary school places. The scheme would provide a biodiversity net gain of 11 per cent.
On balance, officers consider that the benefits outweigh the limited harm identified, and the
recommendation is to grant permission subject to the conditions in Appendix 1 and completion of
the Section 106 agreement.`,
    jargon: [],
    acronyms: ['LLFA'],
  },
  {
    id: 'ho2-bin-collections-consultation',
    kind: 'consultation-page',
    round: 'held-out-2',
    text: `Have your say on changes to bin collections

We are thinking about collecting general rubbish every three weeks instead of every two.
Recycling and food waste would still be collected every week. About half of what goes in the
grey bin could be recycled, and the change could save around £900,000 a year.

Before we decide, we want to hear from you. The survey takes about ten minutes and is open
until 5pm on Friday 27 March. You can fill it in online, pick up a paper copy from any library,
or ask for it in large print or another language by calling 01632 960418.

We are particularly keen to hear from larger households, people who use nappies or continence
products, and anyone who would find the change hard to manage. We will also hold drop-in
sessions at Market Hall and at Northfield Community Centre. All the feedback will be reported
to Cabinet in June, alongside the results of the EqIA, before any decision is taken.`,
    jargon: [],
    acronyms: ['EqIA'],
  },
  {
    id: 'ho2-icb-finance-month-6',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `7.1 The ICB's financial plan for 2025/26 is to break even across the system, but this relies on
efficiency savings of £148 million, of which £41 million have not yet been identified. At month
6 the system is reporting a deficit of £12.3 million year to date, driven by pay costs, the
continued use of escalation beds and high spending on prescribing.

7.2 The Board is asked to note the actions being taken to close the gap, and to support the
proposal to hold a deep dive on urgent and emergency care at the December meeting. Partners
have agreed a joint recovery plan, which will be overseen by the System Finance Group, and a
grip and control review of agency spending has begun at both acute trusts.

7.3 Work with the VCSE Alliance on the new neighbourhood health model is going well, and the
first six Integrated Neighbourhood Teams (INTs) will start in April. A key enabler will be
shared care records, so that GPs, community nurses and social workers can see the same
information.`,
    jargon: ['deep dive', 'grip and control', 'enabler'],
    acronyms: ['ICB', 'VCSE'],
  },
  {
    id: 'ho2-community-chest-award',
    kind: 'funding-letter',
    round: 'held-out-2',
    text: `Dear Ms Okafor,

Thank you for your application to the Community Chest on behalf of Riverside Tenants and
Residents Association. I am pleased to tell you that the panel has awarded a grant of £4,500
towards the cost of the summer play scheme.

The grant will be paid into the association's bank account within 20 working days. Please send
us a short report by 31 October telling us how many children took part, what activities were
run and how the money was spent, with copies of receipts for anything over £250, including VAT.

If the scheme does not go ahead, or costs less than expected, please let us know so that we can
discuss what happens to the grant. As a condition of the grant, please mention the Council's
support in any publicity and use the logo we have attached.

If you have any questions, please contact me on 01632 960227 or by email. I hope the scheme
goes well.

Yours sincerely,

Priya Shah
Community Grants Officer`,
    jargon: [],
    acronyms: [],
  },
  {
    id: 'ho2-key-decisions-scrutiny',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `8.1 Under the Council's Constitution, a key decision is one that results in spending or savings
of £500,000 or more, or has a significant effect on communities in two or more wards. Key
decisions must be published in the Forward Plan at least 28 days before they are taken, unless
the Chair of Overview and Scrutiny agrees that the decision is urgent.

8.2 In the last year, 47 key decisions were taken, of which three used the urgency procedure.
In one of those cases the report was not published until the day before Cabinet, which did not
give members enough time to read it. The committee may wish to consider whether to recommend to
Council that the Constitution be amended to require at least five clear working days between
publication of a report and the decision.

8.3 Members should also be aware that decisions taken by officers under delegated powers are
recorded on the website. The Monitoring Officer has confirmed that all of them were taken
within the scheme of delegation. With a view to improving transparency, Democratic Services
will circulate a monthly summary to all members.`,
    jargon: ['With a view to'],
    acronyms: [],
  },
  {
    id: 'ho2-send-high-needs',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `9.1 The number of children and young people with an Education, Health and Care Plan has risen
from 2,140 to 2,980 in three years. Only 41 per cent of new plans were issued within the
20-week legal limit last year, compared with 50 per cent nationally. Parents told us, through
the Parent Carer Forum, that the delays cause real distress and that they often do not know who
to contact.

9.2 The high needs block of the DSG is forecast to overspend by £6.1 million this year, taking
the total deficit to £19.4 million. The statutory override, which keeps this deficit off the
Council's main balance sheet, is due to end in March 2028.

9.3 We will recruit four more educational psychologists and give every family a named
caseworker. We will also open two new resource bases in mainstream primary schools so that more
children can have their needs met close to home. Progress will be reported to the SEND
Partnership Board every quarter.`,
    jargon: [],
    acronyms: ['DSG', 'SEND'],
  },
  {
    id: 'ho2-vcs-grants-approach',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `10.1 The Council funds 23 voluntary and community organisations through three-year grants worth
£1.9 million a year in total. These grants end in March 2026. This report asks Cabinet to agree
a new approach, in which most of the money is awarded through an open grants round and a
smaller amount is used to commission specific services, such as advice and support for carers.

10.2 In line with the Compact, we will give organisations at least three months' notice of any
change to their funding, and we will consult for twelve weeks on the proposals. We held two
workshops with the sector in the summer, hosted by the VCS infrastructure body, and the main
messages were that organisations want longer grants, less paperwork and earlier decisions.

10.3 The new programme is intended to be outcomes-focused and to empower communities to
co-produce solutions that are fit for purpose and future-proofed. Officers will work with
partners to develop a light-touch monitoring framework, so that small groups are not asked for
more information than is proportionate to the size of the grant.`,
    jargon: ['infrastructure body', 'outcomes-focused', 'empower', 'co-produce', 'solutions', 'fit for purpose', 'future-proofed'],
    acronyms: ['VCS'],
  },
  {
    id: 'ho2-community-safety-priorities',
    kind: 'committee-paper',
    round: 'held-out-2',
    text: `11.1 The Community Safety Partnership has agreed three priorities for the next year: reducing
violence against women and girls, tackling anti-social behaviour (ASB) in the town centre, and
cutting reoffending by young people. Reports of ASB fell by 14 per cent last year, but
residents in Castle and Abbey wards still rate it as their top concern.

11.2 Police and council officers now meet every week to agree actions for the ten streets with
the most reports, and the Council's two new wardens started in September. Where a tenant's
behaviour is causing problems, the housing team can apply for a civil injunction, and the
Council consulted in the summer on a PSPO to control drinking in the town centre.

11.3 The Partnership's strategic assessment will be brought to this committee in March. Members
are invited to put forward any local issues they would like it to cover by contacting the
Community Safety Manager before 31 January.`,
    jargon: [],
    acronyms: ['PSPO'],
  },
  {
    // Added with the per-passage tests: an expansion with a word after it ("… checks (DBS)")
    // does not spell the abbreviation in brackets, so the abbreviation is still unexplained;
    // a full name straight before its abbreviation ("… Service (FCVS)") does explain it.
    id: 'expansion-then-trailing-word',
    kind: 'voluntary-sector',
    text: `Volunteer drivers for the Fenbrook Community Car Scheme

Every new driver needs Disclosure and Barring Service checks (DBS) before their first trip,
and the scheme pays for them. Drivers also sign the Safeguarding Adults Board code (SAB),
which the board last updated in June. The Fenbrook Council for Voluntary Service (FCVS) can
help other groups arrange the same checks for their own volunteers.`,
    jargon: [],
    acronyms: ['DBS', 'SAB'],
  },
];
