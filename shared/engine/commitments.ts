/**
 * The Compact commitments compact-proof checks, in our own words. Every rule names one of
 * these, and every finding's note ends with it, so a reader always sees what the finding
 * rests on. Sources are given so trainers and officers can look them up.
 */
export interface Commitment {
  id: CommitmentId;
  /** Short name shown in reports and the side panel. */
  title: string;
  /** What the commitment asks of a public body, in plain words. */
  summary: string;
  /** Where it comes from. */
  source: string;
}

export type CommitmentId =
  | 'plain-language'
  | 'consultation-timescale'
  | 'funding-notice'
  | 'impact-assessment'
  | 'accurate-dates';

export const COMMITMENTS: Record<CommitmentId, Commitment> = {
  'plain-language': {
    id: 'plain-language',
    title: 'Clear, jargon-free information',
    summary:
      'Public bodies should write consultations and papers in simple language, cut unnecessary jargon, and explain any term or abbreviation that has to stay.',
    source:
      'Local Compacts such as the Hampshire Compact (consultation code, clause 3.4(c)); government Consultation Principles (2016, 2018), principle A.',
  },
  'consultation-timescale': {
    id: 'consultation-timescale',
    title: 'Consultation timescales',
    summary:
      'Formal written consultations should state when they open and close and run for at least 12 weeks; when a shorter period is unavoidable the document should say why.',
    source:
      'The Compact (2010), consultation commitments; 1998 Compact code on consultation, paragraphs 11.1 and 11.2; Cabinet Office Code of Practice on Consultation (2008), criterion 2.',
  },
  'funding-notice': {
    id: 'funding-notice',
    title: 'Notice when funding ends or changes',
    summary:
      'A funder should give at least three months’ notice in writing, with clear reasons and a chance to respond, before ending or changing a funding relationship.',
    source:
      'The Compact (2009), paragraphs 13.3 and 13.4; the Compact (2010), section 4; Best Value Statutory Guidance (2011).',
  },
  'impact-assessment': {
    id: 'impact-assessment',
    title: 'Assess the impact before cutting funding',
    summary:
      'Before deciding to reduce or end funding, a public body should assess the impact on beneficiaries, service users and volunteers, and show it has had due regard to equality.',
    source:
      'The Compact (2009), paragraph 13.1; the Compact (2010), section 4; Public Sector Equality Duty, Equality Act 2010 section 149.',
  },
  'accurate-dates': {
    id: 'accurate-dates',
    title: 'Clear information about the process',
    summary:
      'People need to be able to trust the dates in a consultation or notice: a wrong weekday or an impossible date leaves them unsure when to respond.',
    source:
      'Cabinet Office Code of Practice on Consultation (2008), criterion 3 (be clear about the consultation process).',
  },
};
