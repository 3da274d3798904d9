/**
 * Data for `impact-assessment`: the words that make a sentence a proposal to cut, and the
 * words that show (or put off, or wave away) an assessment of its impact.
 *
 * Each row is a fragment of a regular expression, matched case-insensitively at word
 * boundaries, with the source that made us add it:
 *
 * - `compact`: the Compact's own wording on funding changes (2009 paragraphs 13.1 to 13.5);
 * - `domain`: phrasings collected from real council papers and templates (equality assessment
 *   names, Public Sector Equality Duty wording, committee-report headings);
 * - `seed`: the source documents the project started from;
 * - `own`: added by us from experience of council papers, with a test passage in
 *   tests/corpus/impact-assessment.ts.
 *
 * Keep fragments small and readable: one idea a row. rule.ts joins each list into one
 * expression at load time.
 */
export type PhraseSource = 'compact' | 'domain' | 'seed' | 'own';

export interface PhraseRow {
  /** A regular-expression fragment; no capturing groups (use `(?:…)`). */
  pattern: string;
  source: PhraseSource;
}

/** Verbs and nouns of cutting, ending or handing over a service or its funding. */
export const CUT_ACTIONS: readonly PhraseRow[] = [
  { pattern: String.raw`reduc(?:e|es|ed|ing|tion|tions)`, source: 'compact' },
  { pattern: String.raw`(?<!the |an |at |year |year-)end(?:s|ed|ing)?(?! of\b| date| dates| point| result| user| users|-)`, source: 'compact' },
  { pattern: String.raw`cut(?:s|ting)?(?! off date| off point)`, source: 'own' },
  { pattern: String.raw`ceas(?:e|es|ed|ing)|cessation`, source: 'domain' },
  { pattern: String.raw`withdr(?:aw|aws|awn|awing|awal|ew)`, source: 'own' },
  { pattern: String.raw`decommission(?:s|ed|ing)?`, source: 'own' },
  { pattern: String.raw`re-?provi(?:de|des|ded|ding|sion|sioned|sioning)`, source: 'own' },
  { pattern: String.raw`(?:not|no longer) (?:intend|intends|plan|plans|propose|proposes|wish|wishes) to (?:renew|re-?commission|extend|continue|fund)|decided not to (?:renew|re-?commission|extend|continue|fund)`, source: 'own' },
  { pattern: String.raw`not (?:to )?(?:be )?offer(?:ing|ed)? (?:a |an |any )?(?:further |new |replacement )?(?:grant|funding|contract|award)s?\b|not (?:to )?(?:be )?renew(?:ed|ing)?|non-?renewal|not (?:to )?(?:be )?re-?commission(?:ed|ing)?|not (?:to )?(?:be )?extend(?:ed|ing)?|not (?:to )?(?:be )?continu(?:e|ed|ing)`, source: 'own' },
  { pattern: String.raw`terminat(?:e|es|ed|ing|ion)`, source: 'own' },
  // "the agreement will come to an end", "bring the contract to an end".
  { pattern: String.raw`(?:com(?:e|es|ing)|came) to (?:an end|a close)|(?:brought|bring(?:s|ing)?)(?= (?:[^\s.;:]+ ){1,6}?to an end\b)`, source: 'own' },
  { pattern: String.raw`clos(?:e|es|ed|ing|ure|ures)(?! to\b| working| partnership| relationships?| liaison| contact| links?| monitoring| attention| co-?operation| collaboration| date| dates|ly\b| of (?:the )?consultation)`, source: 'own' },
  // "stopping the grant to…", "is to stop its scheme": the object decides; a bus stop or stopping at a place is not a cut.
  { pattern: String.raw`(?<!bus |tram |request |one-|non-)stop(?:s|ped|ping)?(?! smoking| at\b(?! (?:the )?(?:end|close) of)| in\b| outside\b| near\b| by\b| here\b| there\b| off\b| over\b)`, source: 'own' },
  { pattern: String.raw`discontinu(?:e|es|ed|ing|ation)`, source: 'own' },
  { pattern: String.raw`remov(?:e|es|ed|ing|al of)`, source: 'own' },
  { pattern: String.raw`delet(?:e|es|ed|ing|ion of)`, source: 'own' },
  { pattern: String.raw`scal(?:e|es|ed|ing) back|phas(?:e|es|ed|ing) out|wind(?:ing)? down|(?<!\b(?:two|in|into|both|equal) )halv(?:e|es|ed|ing)|taper(?:s|ed|ing)? (?:to zero|off|away|down)|step(?:s|ped|ping)? down`, source: 'own' },
  // A sum that goes down: "the Council's contribution would fall to £20,000".
  { pattern: String.raw`(?:fall|falls|fell|falling|drop|drops|dropped|dropping)(?= (?:to|by) (?:£|\d))`, source: 'own' },
  { pattern: String.raw`no longer (?:(?:need|have|be able|able|want|wish|afford) to )?(?:be )?(?:fund|funded|provide|provided|commission|commissioned|support|supported|offer|offered|run|manage|managed|operate|operated|available|open to)`, source: 'own' },
  // Tighter eligibility: "will only be available to residents aged 75 and over", "restrict the service to…".
  { pattern: String.raw`only (?:(?:helps?|supports?|funds?|pays? for|serves?|covers?|accepts?|takes?|offers? help to) )?(?:for |to )?(?:those|people|residents|passengers|households|users|families|children|adults|carers|tenants|pupils|members|patients|clients)\b|(?:will|would|shall|to|should|is|are)(?: in (?:the )?future| from now on| from then on| now| then)? only be (?:available|open|offered|provided|funded|given|issued|prescribed)|restrict(?:s|ing)?|(?:be|been|is|are|being) (?:restricted|limited|confined) to|(?:to|will|would|shall|propose to|proposed to|proposing to) limit|limiting`, source: 'own' },
  { pattern: String.raw`tighten(?:s|ed|ing)?|(?:tighter|stricter|narrower) (?:eligibility|criteria|rules|thresholds?)|rais(?:e|es|ed|ing) the (?:age|eligibility|qualifying) (?:threshold|limit|criteria|age)`, source: 'own' },
  // Re-provision in other words: "a move away from building-based provision", "replace
  // the four grants with one contract" (rule.ts asks replace for its object right after it).
  { pattern: String.raw`(?:move|moves|moving|shift|shifts|shifting) away from|replac(?:e|es|ed|ing)`, source: 'own' },
  // A contract left to run out: "will be allowed to expire", "allow the contract to expire", "will lapse",
  // "will not be put out to tender again", "will not be replaced".
  { pattern: String.raw`(?:allowed|left|permitted|let) to (?:expire|lapse|run out)|allow(?:s|ing)? (?:[\w'’-]+ ){1,5}?to (?:expire|lapse|run out)|let (?:[\w'’-]+ ){1,5}?(?:expire|lapse|run out)|(?:will|would|to) lapse|not (?:be )?(?:put out to tender|re-?tendered|re-?procured)|not (?:to )?(?:be )?replac(?:e|ed|ing)\b`, source: 'own' },
  // Services brought together in fewer places: "bring the three cafés into a single offer", "merge the two centres".
  { pattern: String.raw`(?:merg|consolidat|amalgamat|centralis)(?:e|es|ed|ing|ion of)|bring(?:s|ing)?(?= (?:together )?(?:[^\s.;:]+ ){1,10}?into (?:a |one )?(?:single|one)\b)`, source: 'own' },
  // Fewer places: "bring the clinics together on fewer sites", "run from two bases instead of four".
  { pattern: String.raw`(?<=\b(?:on|at|in|into|onto|to|across|from) )fewer (?:sites|locations|venues|buildings|bases|premises|hubs)`, source: 'own' },
  // Less of a service, said with a comparative: "new, shorter opening hours", "fewer sessions".
  { pattern: String.raw`(?:shorter|reduced|fewer|restricted)(?= (?:opening |operating |library |centre )?(?:hours|sessions|days|visits|places|beds|appointments)\b)`, source: 'own' },
  // A lower sum said as a comparison: "will be £21,000, down from £30,000", "receive 40% of
  // their current award", "a lower grant of £5,000" (amounts in brackets are compared in rule.ts).
  { pattern: String.raw`down from(?= (?:£|\d))|(?:[1-9]\d?(?:\.\d+)?%|half|a third|two thirds|a quarter|three quarters) of (?:their|its|your|the|our|each) (?:current|present|existing|previous|usual|normal|this year's) (?:annual )?(?:award|grant|funding|allocation|budget|contribution|payment|amount)s?|(?:lower|reduced|smaller) (?=(?:annual |monthly |quarterly )?(?:amount|rate|grant|award|sum|level of (?:grant|funding)|allocation|contribution)\b)`, source: 'own' },
  // Handed to someone else: "the contract will pass to a regional provider", "bring the service
  // in-house", "the SLA will not be carried forward".
  { pattern: String.raw`(?:pass(?:es|ed|ing)?|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)) (?:[\w'’-]+ ){0,8}?to (?:a |an |another |the )?(?:new |different |regional |national |single |other |preferred |external )?(?:provider|organisation|supplier|operator|contractor)s?\b|(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|mov(?:e|es|ed|ing)) (?:[\w'’-]+ ){0,12}?in-house|in-?sourc(?:e|es|ed|ing)|(?:not|no longer) (?:be )?(?:carried|rolled) (?:forward|over)`, source: 'own' },
  // Fewer days or hours: "the advice line will open on three days a week instead of five".
  { pattern: String.raw`(?:open|run|operate)s?(?: on| for)? (?:one|two|three|four|five|six|\d+) (?:days?|hours?|sessions?|evenings?|mornings?|afternoons?)(?: a| per| each) (?:week|day|month|fortnight) (?:instead of|rather than|down from)`, source: 'own' },
];

/**
 * What voluntary organisations and service users rely on: grants, contracts, services and
 * places. A cut to one of these is what the Compact's commitment is about.
 */
export const RELIED_ON: readonly PhraseRow[] = [
  { pattern: String.raw`(?:core |annual |revenue |community |voluntary sector )?grants?(?! applications?| application forms?| forms?| accounts?| monitoring| returns?| reports?| conditions| criteria| panels?| schemes? opens?| management| systems?| portals?| database| software)`, source: 'compact' },
  { pattern: String.raw`(?:core |annual |revenue )?funding`, source: 'compact' },
  { pattern: String.raw`(?:voluntary|community|third) sector(?: [\w-]+)? budgets?|grants? (?:budgets?|pot|fund)`, source: 'own' },
  // Not a contract of employment: staff redundancies are not a cut to a service others rely on.
  { pattern: String.raw`(?<!employment |staff |employee |employees' |zero-hours? |fixed-term |job |permanent )contracts?(?! of employment)|service level agreements?|SLAs?|commissions?(?!er)`, source: 'own' },
  // A funding agreement named as such, or "your agreement" in a letter to a funded organisation.
  { pattern: String.raw`(?:grant|funding|partnership|service|delivery) agreements?|your agreement`, source: 'own' },
  { pattern: String.raw`services?(?! users?| user's| charges?| plans?| review| reviews| manager| managers| area| areas| management systems?| systems?| portals?| database| software)`, source: 'own' },
  { pattern: String.raw`day (?:centres?|services?|care|opportunities)|(?:community |resource |children's |family |youth |drop-in |advice )centres?`, source: 'own' },
  { pattern: String.raw`lunch(?:eon)? clubs?|caf(?:é|e)s?|hubs?|(?:community )?kitchens?|food banks?|pantry|pantries|leisure centres?|youth clubs?|meals on wheels|respite|befriending|helplines?|(?:advice|phone|telephone|support) lines?|drop-ins?|advice services?|community transport|dial-a-ride|ring-and-ride|door-to-door (?:transport|service|minibus)|minibus(?:es)?(?! stop)|mobile library|libraries|library|clinics?|(?:day |community |leisure |sports |care |respite |youth |library )?facilit(?:y|ies)(?! management| costs?)`, source: 'own' },
  { pattern: String.raw`provision|subsid(?:y|ies)|allocation|award|payments? to|(?:monthly|quarterly|annual|yearly|grant|contract|core) payments?|contributions? (?:of £[\d,.]+(?: ?(?:k|m|million))? (?:a year |each year |per year )?)?(?:to|towards)|(?:annual|yearly|core|financial) contributions?|(?:council(?:'s|’s)|county council(?:'s|’s)|our|its|this|that|these) contributions?|grant aid`, source: 'own' },
  { pattern: String.raw`eligibility|access to (?:the |its |our )?(?:[\w-]+ ){0,2}?(?:services?|support|scheme|centres?|clubs?|provision)`, source: 'own' },
  // Public places and health services people use, by name.
  { pattern: String.raw`(?:public )?toilets?|(?:public )?conveniences|minor injur(?:y|ies) units?|MIUs?|urgent (?:treatment|care) centres?|UTCs?|walk-in centres?|(?:GP )?surger(?:y|ies)|pharmac(?:y|ies)|hospital wards?|hospital beds|swimming pools?|leisure pools?|playgrounds?|play areas?|recycling centres?|household waste (?:and recycling )?(?:sites?|centres?)|museums?|theatres?|community (?:halls?|rooms?|spaces?)|village halls?|bus routes?|buses`, source: 'own' },
  { pattern: String.raw`(?:residential|care|nursing) homes?|hostels?|refuges?|shelters?|(?:sheltered|supported) housing|extra care`, source: 'own' },
  { pattern: String.raw`(?:discretionary )?(?:rate )?relief|top-ups?|concessions?|discounts?|free (?:[\w-]+ )?(?:passes|places|parking|sessions|swimming|travel|offer|collections?|meals|transport|school meals)`, source: 'own' },
  { pattern: String.raw`(?<!civic |contact |recycling |shopping |town |city |data |call |garden |sorting |distribution |test |vaccination )centres?`, source: 'own' },
  { pattern: String.raw`(?:the|this|its|their|our|financial|core|ongoing|council) support|support (?:for|to|services?|groups?|workers?)`, source: 'own' },
  { pattern: String.raw`scheme|programme|project|(?:opening|operating) hours|sessions|places|beds`, source: 'own' },
  // Care by its kind: "routine nail cutting and callus care would only be offered to …".
  { pattern: String.raw`(?:foot|nail|callus|dental|eye|home|respite|personal|social|community|palliative|end[- ]of[- ]life|routine|wound|continence|day|child|after-school) care`, source: 'own' },
  // Equipment and care people are given: "powered wheelchairs would only be provided to…".
  { pattern: String.raw`(?:powered |electric |manual )?wheelchairs?|hearing aids?|mobility (?:aids?|scooters?)|(?:community |disability )?equipment|continence (?:products|supplies|pads)|prescriptions?|patient transport|(?:home )?adaptations?|care packages?|personal budgets?|direct payments?`, source: 'own' },
];

/**
 * Objects of "reduce", "end" or "close" that are not something people rely on: reducing
 * costs or isolation, closing a gap or an office. A cut aimed at one of these is not a proposal.
 */
export const NOT_RELIED_ON: readonly PhraseRow[] = [
  { pattern: String.raw`(?:the )?(?:[\w-]+ )?(?:costs?|overheads|spend(?:ing)? on consultants|expenditure on|energy|emissions|carbon|waste|paperwork|bureaucracy|duplication)`, source: 'own' },
  { pattern: String.raw`(?:the )?(?:[\w-]+ )?(?:isolation|loneliness|inequalit(?:y|ies)|demand|admissions|waiting (?:times?|lists?)|delays?|backlog|burden|risk|reliance|dependence|pressure)`, source: 'own' },
  { pattern: String.raw`(?:the )?(?:budget )?(?:gap|deficit)|(?:the )?(?:car parks?|offices?|printers?|software|IT systems?|vehicles?|fleet|lease|photocopiers?|agency staff)`, source: 'own' },
  { pattern: String.raw`(?:the |any )?(?:barriers|obstacles|red tape|restrictions|conditions|corners)`, source: 'own' },
  { pattern: String.raw`(?:the )?(?:deadline|time limit|timescale|closing date)`, source: 'own' },
  // Staff, not a service: "reduce the number of posts", "delete two roles", "reduce the
  // number of library management posts" (a team's name may stand before the staff noun).
  { pattern: String.raw`(?:the )?(?:number of (?:[\w-]+ ){0,3}?)?(?:staff|posts?|roles?|jobs?|headcount|workforce|FTEs?|managers|vacanc(?:y|ies))\b`, source: 'own' },
];

/** Names of an equality assessment, in the forms councils use. */
export const ASSESSMENT_NAMES: readonly PhraseRow[] = [
  { pattern: String.raw`equalit(?:y|ies)(?:,? diversity)?(?: and (?:diversity|inclusion|health inequalit(?:y|ies)|health|human rights))? impact (?:and outcome )?(?:assessments?|analys[ie]s)`, source: 'domain' },
  { pattern: String.raw`equalit(?:y|ies) (?:analys[ie]s|assessments?|screening|screening assessments?)`, source: 'domain' },
  { pattern: String.raw`EqIAs?|EQIAs?`, source: 'domain' },
  // Equality among other qualifiers: "Equality and Quality Impact Assessment", "Quality and
  // Equality Impact Assessment" (QEIA, common in the NHS), "Health, Equality and Wellbeing
  // Impact Assessment". A Quality Impact Assessment alone is not about people (NOT_EQUALITY_QUALIFIERS).
  { pattern: String.raw`(?:[a-z-]+,? (?:and |& )?){1,3}equalit(?:y|ies)(?:,? (?:and |& )?[a-z-]+){0,3} impact (?:assessments?|analys[ie]s)|equalit(?:y|ies)(?:,? (?:and |& )?[a-z-]+){1,3} impact (?:assessments?|analys[ie]s)|Q?EQIAs?|QEIAs?|QIEAs?`, source: 'domain' },
  // NHS: Equality and Health Inequalities Impact Assessment.
  { pattern: String.raw`EHIAs?|EqHIAs?|EQHIAs?`, source: 'domain' },
  { pattern: String.raw`integrated impact assessments?|community impact assessments?`, source: 'domain' },
  { pattern: String.raw`(?:full |initial |an |the |this |our |a )(?:equality )?impact assessments?`, source: 'own' },
  { pattern: String.raw`(?:the|this|an|our) assessment (?:at|in) (?:appendix|annex)`, source: 'own' },
  // An assessment named by what it asks: "an assessment of what ending the grants would mean
  // for the men who use the sheds", "an assessment of how the change will affect carers".
  { pattern: String.raw`(?:an|the|our|a|this) assessment of (?:what|how) (?:[\w'’-]+ ){1,8}?(?:would|will|might|could) (?:mean for|affect)`, source: 'own' },
];

/** Words that, just before "impact assessment", make it about something other than equality. */
export const NOT_EQUALITY_QUALIFIERS: readonly PhraseRow[] = [
  { pattern: String.raw`environmental|environment|ecological|landscape|visual|air quality|noise|flood|flood risk|carbon|climate|sustainability`, source: 'domain' },
  { pattern: String.raw`quality|data protection|privacy|health|traffic|transport|heritage|business|regulatory|economic|financial|risk`, source: 'domain' },
];

/** The Public Sector Equality Duty in the words papers use (Equality Act 2010, section 149). */
export const PSED_PHRASES: readonly PhraseRow[] = [
  { pattern: String.raw`due regard`, source: 'domain' },
  { pattern: String.raw`public sector equality duty|PSED|general equality duty|the equality duty`, source: 'domain' },
  { pattern: String.raw`section 149(?: of the equality act(?: 2010)?)?|s\.? ?149`, source: 'domain' },
  { pattern: String.raw`protected characteristics?`, source: 'domain' },
  { pattern: String.raw`advance equality of opportunity|foster good relations|eliminate (?:unlawful )?discrimination`, source: 'domain' },
];

/** The people whose loss the Compact asks councils to assess (2009 paragraph 13.1), and the groups papers name. */
export const PEOPLE: readonly PhraseRow[] = [
  { pattern: String.raw`service users?|users of (?:the|this|these|that) (?:services?|centres?|clubs?)|people who (?:use|attend|rely on|access)|those who (?:use|attend|rely on)`, source: 'compact' },
  { pattern: String.raw`beneficiar(?:y|ies)|volunteers?|clients?|customers|attendees|members of (?:the|each) (?:club|group)|(?:former|current|existing|regular) (?:users|members|attenders)`, source: 'compact' },
  { pattern: String.raw`older (?:people|residents|adults)|disabled (?:people|residents|adults|children)|people with (?:disabilities|dementia|learning disabilities|a disability)|carers?|families|young people|children|women|pregnant women|ethnic minorit(?:y|ies)[a-z ]*|(?:the )?vulnerable (?:people|residents|adults)`, source: 'domain' },
  { pattern: String.raw`(?:\d+|several|many|some) (?:people|residents|users|families|clients|members|volunteers)`, source: 'own' },
  { pattern: String.raw`(?:disabled |older |young )?(?:claimants|tenants|patients|pupils|students|learners|survivors|refugees|asylum seekers|rough sleepers|homeless people|people on low incomes)`, source: 'own' },
  { pattern: String.raw`protected (?:characteristics?|groups?)|groups? (?:that|who) share`, source: 'domain' },
];

/**
 * Anyone a cut can land on, in the loosest words: enough to recognise a dismissal ("no
 * impact on residents") or a deferral, never enough on its own to count as an assessment.
 */
export const ANYONE: readonly PhraseRow[] = [
  { pattern: String.raw`residents|people|persons|households?|you|your family|users|passengers|visitors|members|the public|communit(?:y|ies)|groups|anyone|individuals|them|those affected`, source: 'own' },
];

/** Words of effect: how a cut would land on people. */
export const IMPACT_WORDS: readonly PhraseRow[] = [
  // "with effect from 1 October", "takes effect", "comes into effect" date a change; they say nothing of its effect on people.
  { pattern: String.raw`impacts?|impacted|(?<!\b(?:with|into|take|takes|taking|took|taken|in|that|this) )effects?|affect(?:s|ed|ing)?|consequences?`, source: 'compact' },
  { pattern: String.raw`disadvantag(?:e|ed|es)|disproportionate(?:ly)?|adverse(?:ly)?|los(?:e|es|ing)|loss of|no longer (?:have|be able)|travel further|reduced access|isolat(?:ed|ion)`, source: 'own' },
];

/** Short bodies that wave the equality question away ("None.", "N/A"). */
export const DISMISSIVE_BODIES: readonly PhraseRow[] = [
  { pattern: String.raw`none|nil|n\/?a|not applicable|not relevant|no implications|none (?:arising|identified|at this stage|directly)|there are none|no equalit(?:y|ies) implications|[-–—]`, source: 'domain' },
  // A size with nothing behind it: "Not significant.", "Minimal.", "Negligible".
  { pattern: String.raw`not significant|insignificant|minimal|negligible|minor|none (?:expected|anticipated|foreseen)|no (?:significant|material) (?:impact|implications|effect)`, source: 'own' },
  { pattern: String.raw`(?:none|nil|n\/?a|not applicable|not relevant|no implications|none arising)(?: to| for| from| in| arising from)? (?:this|the) (?:report|decision|proposals?|recommendations?)`, source: 'own' },
  { pattern: String.raw`not (?:required|needed|necessary|considered necessary|undertaken)|none required|no (?:eqia|assessment) (?:required|needed|necessary)`, source: 'own' },
];

/**
 * Who uses the service, in a paper's own words ("used mainly by young people", "around 120
 * people use the drop-in"). With MITIGATION elsewhere in the paper this is an assessment in
 * words: it says who loses and what will soften the loss.
 */
export const USER_PROFILE: readonly PhraseRow[] = [
  { pattern: String.raw`(?:is|are) used (?:mainly |mostly |largely |chiefly )?by`, source: 'own' },
  // A count of people, not a phone number ("phone 01632 960418, or come to …").
  { pattern: String.raw`(?:around |about |over |nearly |some )?(?<!\d[\s-]?)(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*) (?:[\w'’-]+ ){1,5}?(?:use|uses|attend|attends|rely on|visit|are supported by|come to)`, source: 'own' },
  { pattern: String.raw`(?:most|many|half|a third|two thirds) of (?:them|the (?:people|users|members|clients))`, source: 'own' },
  { pattern: String.raw`(?:all|each of the|every one of the) (?:\d+ )?(?:people|members|users|clients|families|residents|attendees|carers) (?:have been|has been|were|will be) (?:visited|contacted|reviewed|assessed|offered|spoken to|written to and visited)`, source: 'own' },
];

/** What the council will do to soften a cut for the people affected. */
export const MITIGATION: readonly PhraseRow[] = [
  { pattern: String.raw`mitigat(?:e|es|ed|ing|ion)|instead|alternative (?:provision|services?|support|arrangements?)|transition(?:al)? (?:period|funding|arrangements?)`, source: 'own' },
  { pattern: String.raw`will (?:be )?(?:offer|offered|provide|provided|pay for|paid for|fund|run|support|help|signpost|keep(?! (?:you|members|everyone|readers|residents|people) (?:posted|informed|updated))|move to)|(?:can|could|will) still|(?:have|has) chosen|paid (?:for )?by the council|soften|lessen|cushion`, source: 'own' },
];

/** Short bodies that put the equality question off ("To follow.", "TBC"). */
export const DEFERRING_BODIES: readonly PhraseRow[] = [
  { pattern: String.raw`to follow|to come|tbc|tbd|(?:to|will) be (?:confirmed|completed|added|provided|circulated|tabled|undertaken|carried out|done|prepared|produced|developed|written|drafted|published|reported)|pending|awaited|in preparation|being prepared|will follow`, source: 'own' },
];
