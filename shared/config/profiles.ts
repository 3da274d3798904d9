/**
 * Built-in profiles. A profile only changes rule options (thresholds), never code: the
 * national Compact is the default, and local Compacts that set different figures are
 * variants. Users can still set any option directly in their config file.
 */
export interface Profile {
  id: string;
  title: string;
  description: string;
  source: string;
  /** Rule options by rule id; merged under the user's own options. */
  rules: Record<string, Record<string, unknown>>;
}

export const PROFILES = [
  {
    id: 'england-national',
    title: 'National Compact (England)',
    description:
      'Written consultations of at least 12 weeks (84 days), with reasons when shorter; at least three calendar months’ notice when funding ends or changes; plain language.',
    source: 'The Compact (2010); the Compact (2009), paragraph 13.3; Best Value Statutory Guidance (2011).',
    rules: {},
  },
  {
    id: 'eastleigh',
    title: 'Eastleigh Borough Council funding code',
    description:
      'As the national Compact, but six months’ notice before an agreement or contract with a voluntary or community organisation is ended or not renewed.',
    source: 'Eastleigh Borough Council, “Ceasing funding to voluntary and community organisations”.',
    rules: { 'notice-period': { minMonths: 6 } },
  },
  {
    id: 'planning-statutory',
    title: 'National Compact, with statutory planning and licensing periods checked',
    description:
      'As the national Compact, but statutory consultations are checked against their own legal minimums instead of being left out: 21 days for planning applications, 28 days for supplementary planning documents, development consent and licensing, 42 days for the Local Plan.',
    source:
      'Town and Country Planning (Local Planning) (England) Regulations 2012, regulations 12, 13 and 19; Planning Act 2008, section 42; Licensing Act 2003 regulations.',
    rules: { 'consultation-timescale': { statutory: 'check' } },
  },
] as const satisfies readonly Profile[];

export type ProfileId = (typeof PROFILES)[number]['id'];

export const DEFAULT_PROFILE: ProfileId = 'england-national';

export const PROFILE_IDS = PROFILES.map((profile) => profile.id) as [ProfileId, ...ProfileId[]];

export function getProfile(id: string): Profile | undefined {
  return PROFILES.find((profile) => profile.id === id);
}
