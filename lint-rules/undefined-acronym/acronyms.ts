/**
 * Data for `undefined-acronym`.
 *
 * WELL_KNOWN: abbreviations most adults in England read without thinking, so never flagged.
 * Keep this list short: an acronym a council officer uses every day may still be unknown to
 * a volunteer. Add one only if it is used more often than its expansion in everyday speech
 * (people say "NHS" and "GP", not "National Health Service" and "general practitioner").
 *
 * NOT_ACRONYMS: ordinary words written in capitals for emphasis ("do NOT send originals") or
 * as labels ("NOTE:"). They are not abbreviations, so they are never flagged. Other common
 * English words in capitals are recognised from the word list in `common-words.ts`.
 *
 * WORD_ACRONYMS: abbreviations spelled like common English words, which the rule still
 * checks when they stand in running text ("NICE guidance"). Every acronym in EXPANSIONS is
 * treated the same way ("SEND", "BID"), so only those with no row there are listed.
 *
 * EXPANSIONS: acronyms common in council, NHS and voluntary-sector papers, with their usual
 * expansion, offered as the suggested fix (`expected`). Each row gives its source: `seed`
 * for abbreviations that appear in the Compact documents this project started from, `LGA`
 * for ones on the Local Government Association's jargon list, `own` for the rest.
 * References such as "S106" are not listed: figures with letters are not flagged at all.
 */
export interface AcronymRow {
  acronym: string;
  expansion: string;
  source: 'own' | 'seed' | 'LGA';
}

export const WELL_KNOWN: readonly string[] = [
  // Public services and politics
  'UK', 'NHS', 'GP', 'MP', 'MEP', 'EU', 'UN', 'BBC', 'ITV', 'HM', 'VAT', 'PC', 'CEO', 'OAP',
  // Everyday writing
  'TV', 'ID', 'OK', 'PDF', 'IT', 'FAQ', 'CV', 'DIY', 'PS', 'RSVP', 'URL', 'USA', 'US', 'PhD', 'Q&A', 'B&B',
  // Time
  'AM', 'PM', 'BST', 'GMT',
  // Health
  'COVID', 'HIV', 'A&E',
  // Trade unions, known by these names rather than any expansion (GMB has none in use; UNISON is not an abbreviation)
  'UNISON', 'GMB', 'TUC',
];

export const NOT_ACRONYMS: readonly string[] = [
  'A', 'ALL', 'AND', 'ANY', 'ARE', 'AS', 'AT', 'BE', 'BUT', 'BY', 'CAN', 'DO', 'DONT', 'EACH', 'FOR', 'FREE', 'FROM',
  'HAS', 'HAVE', 'IF', 'IN', 'IS', 'MUST', 'NEW', 'NO', 'NOT', 'NOTE', 'NOW', 'OF', 'ON', 'ONLY', 'OR', 'OUR', 'THE',
  'THIS', 'TO', 'URGENT', 'WE', 'WILL', 'YES', 'YOU', 'YOUR',
  // Formulas of minutes and decisions that are not common enough to be in common-words.ts
  'ADJOURN', 'DEFER', 'DEFERRED', 'DELEGATE', 'ENDORSE', 'ENDORSED', 'RATIFY', 'RATIFIED', 'RESCIND',
  // Royal Mail's name for reply-paid addresses ("FREEPOST KESTERMOOR COUNCIL")
  'FREEPOST',
];

export const WORD_ACRONYMS: readonly string[] = [
  // National Institute for Health and Care Excellence: its letters do not spell the name, so it has no row below.
  'NICE',
];

export const EXPANSIONS: readonly AcronymRow[] = [
  // Voluntary and community sector
  { acronym: 'VCS', expansion: 'voluntary and community sector', source: 'seed' },
  { acronym: 'VCO', expansion: 'voluntary and community organisation', source: 'seed' },
  { acronym: 'VCSE', expansion: 'voluntary, community and social enterprise', source: 'own' },
  { acronym: 'VCFS', expansion: 'voluntary, community and faith sector', source: 'own' },
  { acronym: 'VCFSE', expansion: 'voluntary, community, faith and social enterprise', source: 'own' },
  { acronym: 'CVS', expansion: 'council for voluntary service', source: 'seed' },
  { acronym: 'CVC', expansion: 'county voluntary council', source: 'own' },
  { acronym: 'TSO', expansion: 'third sector organisation', source: 'own' },
  { acronym: 'CSO', expansion: 'civil society organisation', source: 'own' },
  { acronym: 'SO', expansion: 'statutory organisation', source: 'seed' },
  { acronym: 'CIC', expansion: 'community interest company', source: 'own' },
  { acronym: 'CIO', expansion: 'charitable incorporated organisation', source: 'own' },
  { acronym: 'FCR', expansion: 'full cost recovery', source: 'own' },
  { acronym: 'SROI', expansion: 'social return on investment', source: 'own' },
  { acronym: 'ABCD', expansion: 'asset-based community development', source: 'own' },
  { acronym: 'NAVCA', expansion: 'National Association for Voluntary and Community Action', source: 'own' },
  { acronym: 'NCVO', expansion: 'National Council for Voluntary Organisations', source: 'own' },
  { acronym: 'WCVA', expansion: 'Wales Council for Voluntary Action', source: 'own' },
  { acronym: 'OCS', expansion: 'Office for Civil Society', source: 'own' },
  // Partnerships and local government
  { acronym: 'LSP', expansion: 'local strategic partnership', source: 'seed' },
  { acronym: 'LAA', expansion: 'local area agreement', source: 'LGA' },
  { acronym: 'MAA', expansion: 'multi-area agreement', source: 'LGA' },
  { acronym: 'CAA', expansion: 'Comprehensive Area Assessment', source: 'LGA' },
  { acronym: 'LA', expansion: 'local authority', source: 'own' },
  { acronym: 'LGA', expansion: 'Local Government Association', source: 'own' },
  { acronym: 'LEP', expansion: 'local enterprise partnership', source: 'own' },
  { acronym: 'OSC', expansion: 'overview and scrutiny committee', source: 'own' },
  { acronym: 'SMT', expansion: 'senior management team', source: 'own' },
  { acronym: 'CMT', expansion: 'corporate management team', source: 'own' },
  { acronym: 'SLT', expansion: 'senior leadership team', source: 'own' },
  { acronym: 'NDPB', expansion: 'non-departmental public body', source: 'own' },
  { acronym: 'ALB', expansion: "arm's length body", source: 'own' },
  { acronym: 'ALMO', expansion: "arm's length management organisation", source: 'own' },
  { acronym: 'LGSCO', expansion: 'Local Government and Social Care Ombudsman', source: 'own' },
  { acronym: 'DCLG', expansion: 'Department for Communities and Local Government', source: 'own' },
  { acronym: 'MHCLG', expansion: 'Ministry of Housing, Communities and Local Government', source: 'own' },
  { acronym: 'DLUHC', expansion: 'Department for Levelling Up, Housing and Communities', source: 'own' },
  // Health and care
  { acronym: 'PCT', expansion: 'primary care trust', source: 'seed' },
  { acronym: 'CCG', expansion: 'clinical commissioning group', source: 'own' },
  { acronym: 'ICB', expansion: 'integrated care board', source: 'own' },
  { acronym: 'ICS', expansion: 'integrated care system', source: 'own' },
  { acronym: 'ICP', expansion: 'integrated care partnership', source: 'own' },
  { acronym: 'HWB', expansion: 'health and wellbeing board', source: 'own' },
  { acronym: 'JSNA', expansion: 'joint strategic needs assessment', source: 'own' },
  { acronym: 'JHWS', expansion: 'joint health and wellbeing strategy', source: 'own' },
  { acronym: 'ASC', expansion: 'adult social care', source: 'own' },
  { acronym: 'SEND', expansion: 'special educational needs and disabilities', source: 'own' },
  { acronym: 'ACE', expansion: 'adverse childhood experience', source: 'own' },
  // Equality
  { acronym: 'EqIA', expansion: 'equality impact assessment', source: 'own' },
  // "EIA" also means environmental impact assessment in planning papers; equality is the usual sense in ours.
  { acronym: 'EIA', expansion: 'equality impact assessment', source: 'own' },
  { acronym: 'IIA', expansion: 'integrated impact assessment', source: 'own' },
  { acronym: 'PSED', expansion: 'public sector equality duty', source: 'own' },
  { acronym: 'BME', expansion: 'black and minority ethnic', source: 'seed' },
  { acronym: 'BAME', expansion: 'black, Asian and minority ethnic', source: 'own' },
  // Money, contracts and performance
  { acronym: 'SLA', expansion: 'service level agreement', source: 'seed' },
  { acronym: 'MoU', expansion: 'memorandum of understanding', source: 'own' },
  { acronym: 'PbR', expansion: 'payment by results', source: 'own' },
  { acronym: 'KPI', expansion: 'key performance indicator', source: 'own' },
  { acronym: 'PI', expansion: 'performance indicator', source: 'own' },
  { acronym: 'MTFS', expansion: 'medium-term financial strategy', source: 'own' },
  { acronym: 'MTFP', expansion: 'medium-term financial plan', source: 'own' },
  { acronym: 'CIL', expansion: 'community infrastructure levy', source: 'own' },
  { acronym: 'UKSPF', expansion: 'UK Shared Prosperity Fund', source: 'own' },
  { acronym: 'BID', expansion: 'business improvement district', source: 'own' },
  { acronym: 'RAG', expansion: 'red, amber, green', source: 'own' },
  { acronym: 'FTE', expansion: 'full-time equivalent', source: 'own' },
  // Law and checks
  { acronym: 'TUPE', expansion: 'Transfer of Undertakings (Protection of Employment) Regulations', source: 'own' },
  { acronym: 'FOI', expansion: 'freedom of information', source: 'own' },
  { acronym: 'GDPR', expansion: 'General Data Protection Regulation', source: 'own' },
  { acronym: 'DBS', expansion: 'Disclosure and Barring Service', source: 'own' },
  { acronym: 'CRB', expansion: 'Criminal Records Bureau', source: 'own' },
];
