/**
 * Words in capitals that `undefined-acronym` must leave alone because they are not
 * abbreviations: ordinary English words written in capitals (minute formulas such as
 * RESOLVED and NOTED, banners such as PRESS RELEASE or OPEN, emphasis such as "click HERE"),
 * names that the document also writes in lower case ("KENT" beside "Kent"), units after a
 * figure ("120 KB"), Freepost addresses and reference codes.
 */
import { COMMON_WORDS } from './common-words.ts';

/**
 * Words COMMON_WORDS does not hold: two-letter words ("PI", "LA" and "RE" are left out on
 * purpose), the names of months and days and their short forms ("12 JUNE", "TUE"), the
 * words that number parts of a document ("ANNEX", "SCHEDULE"), and those a document calls
 * itself by in its banner ("MEMO", "BULLETIN").
 */
const OTHER_WORDS = [
  'AM', 'AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IF', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OF', 'OH', 'ON', 'OR', 'SO', 'TO', 'UP', 'US', 'WE',
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
  'JAN', 'FEB', 'MAR', 'APR', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC',
  'MONDAY', 'TUESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'MON', 'TUE', 'TUES', 'WED', 'THU', 'THUR', 'THURS', 'FRI', 'SAT', 'SUN',
  'ANNEX', 'ANNEXE', 'SCHEDULE', 'APPENDIX', 'CHAPTER', 'SECTION', 'PART', 'ITEM', 'PARAGRAPH',
  // What a document calls itself in its banner ("MEMO - 30 June 2025", "BRIEFING NOTE").
  'MEMO', 'MEMORANDUM', 'BRIEFING', 'BULLETIN', 'NEWSLETTER', 'ENDS', 'EMBARGOED',
];

let dictionary: Set<string> | undefined;

/**
 * Is this (lower-case) word a common English word, or a regular form of one ("wards",
 * "policies", "noted", "closing")? The list holds many forms but not all of them.
 */
export function isCommonWord(lower: string): boolean {
  const words = (dictionary ??= new Set([...COMMON_WORDS.flatMap((line) => line.split(' ')), ...OTHER_WORDS.map((word) => word.toLowerCase())]));
  if (words.has(lower)) return true;
  const stems: string[] = [];
  if (lower.endsWith('ies')) stems.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) stems.push(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) stems.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) stems.push(lower.slice(0, -2), lower.slice(0, -1));
  if (lower.endsWith('ing')) stems.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`);
  return stems.some((stem) => stem.length >= 3 && words.has(stem));
}

/**
 * Units written in capitals or with capitals, as they follow a figure: "120 KB", "2.5MB",
 * "5 MW", "40 MPH". Only after a figure: "PB" alone may be a personal budget.
 */
const UNITS = new Set([
  'KB', 'MB', 'GB', 'TB', 'PB', 'Kb', 'Mb', 'Gb', 'KiB', 'MiB', 'GiB', 'KBPS', 'MBPS', 'GBPS',
  'KW', 'MW', 'GW', 'TW', 'KWH', 'MWh', 'MWH', 'GWh', 'GWH', 'TWh', 'MVA', 'KV', 'MV', 'KVA',
  'MHz', 'GHz', 'KHZ', 'MHZ', 'GHZ', 'dB', 'DB', 'KM', 'KG', 'MM', 'CM', 'ML', 'MPH', 'KPH', 'BTU', 'DPI', 'PPI', 'PPM',
  'LPM', 'CFM', 'PSI', 'MPa', 'GPa', 'KN', 'MJ', 'GJ', 'KJ', 'HA', 'SQM', 'SQFT', 'FT', 'MT', 'KT',
]);

/** A unit straight after a figure, with or without a space: "120 KB", "1.5GB". */
export function isUnitAfterFigure(acronym: string, text: string, start: number): boolean {
  return UNITS.has(acronym) && /\d[ \t\u00a0]?$/.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * Royal Mail Freepost addresses: "FREEPOST COLDWATER VALE CVS", "Freepost RTKE-UZYX-HJBA".
 * The capitals and codes after "Freepost" on the same line are an address, not abbreviations.
 * Returns the [start, end) spans of the addresses' names.
 */
export function freepostSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const freepost = /\bfreepost\b/gi;
  for (let match = freepost.exec(text); match; match = freepost.exec(text)) {
    const from = match.index + match[0].length;
    const name = /^(?:[ \t]*:)?(?:[ \t]+[A-Z0-9][A-Z0-9&'’.-]*)+/.exec(text.slice(from, from + 200));
    if (name) spans.push([from, from + name[0].length]);
  }
  return spans;
}

/**
 * A code straight after a reference label: "Our ref: JB/KL", "Reference: HRTW", "Ref. no.
 * SLG-DP", "Case number ABX". Only the first word after the label.
 */
const REFERENCE_LABEL =
  /\b(?:(?:our|your)\s+ref\b\.?|ref\b\.?|ref\.?\s*no\b\.?|reference\s*(?:no\b\.?|number|:)|case\s*(?:no\b\.?|number))[ \t]*[:#]?[ \t]*\S{0,20}$/i;
export function afterReferenceLabel(text: string, start: number): boolean {
  return REFERENCE_LABEL.test(text.slice(Math.max(0, start - 40), start));
}

/** A letter's or email's subject marker: "RE: Family support grant", "Re: your application". */
export function isSubjectMarker(acronym: string, text: string, start: number, end: number): boolean {
  return acronym === 'RE' && /(?:^|\n)[ \t*_]*$/.test(text.slice(Math.max(0, start - 10), start)) && /^[ \t]*:/.test(text.slice(end, end + 3));
}
