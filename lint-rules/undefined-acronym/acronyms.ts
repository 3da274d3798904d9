/**
 * Data for `undefined-acronym`.
 *
 * WELL_KNOWN: abbreviations most readers in England know without expansion, so never
 * flagged. Keep this list short: an acronym a council officer uses every day may still be
 * unknown to a volunteer.
 *
 * EXPANSIONS: acronyms common in council and voluntary-sector papers, with their usual
 * expansion, offered as the suggested fix (`expected`). Each row gives its source.
 */
export interface AcronymRow {
  acronym: string;
  expansion: string;
  source: 'own' | 'seed' | 'LGA';
}

export const WELL_KNOWN: readonly string[] = [
  'UK', 'NHS', 'MP', 'MPs', 'BBC', 'EU', 'USA', 'US', 'UN', 'TV', 'ID', 'OK', 'PDF', 'IT', 'VAT', 'GP', 'GPs',
  'AM', 'PM', 'BST', 'GMT', 'FAQ', 'FAQs', 'CV', 'DIY', 'ITV', 'HM', 'PS', 'RSVP', 'URL', 'HTML', 'COVID',
];

export const EXPANSIONS: readonly AcronymRow[] = [
  { acronym: 'VCS', expansion: 'voluntary and community sector', source: 'seed' },
  { acronym: 'VCSE', expansion: 'voluntary, community and social enterprise', source: 'own' },
  { acronym: 'VCO', expansion: 'voluntary and community organisation', source: 'seed' },
  { acronym: 'CVS', expansion: 'council for voluntary service', source: 'seed' },
  { acronym: 'SLA', expansion: 'service level agreement', source: 'own' },
  { acronym: 'EqIA', expansion: 'equality impact assessment', source: 'own' },
  { acronym: 'LSP', expansion: 'local strategic partnership', source: 'seed' },
  { acronym: 'CSO', expansion: 'civil society organisation', source: 'own' },
  { acronym: 'PSED', expansion: 'public sector equality duty', source: 'own' },
  { acronym: 'LGA', expansion: 'Local Government Association', source: 'own' },
  { acronym: 'ICB', expansion: 'integrated care board', source: 'own' },
  { acronym: 'SEND', expansion: 'special educational needs and disabilities', source: 'own' },
];
