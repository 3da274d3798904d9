/**
 * Quotation marks dropped, so quoted words read as words: a grantee's account that the council
 * said it would be 'looked at later', or that its contract "will be allowed to expire". Single
 * marks go only at the edges of words, so apostrophes ("council's", "don't") stay.
 */
export function withoutQuotes(text: string): string {
  if (!/["“”‘]|'\s|\s'|'$/.test(text)) return text;
  return text.replace(/(^|[\s(])[‘'"“]+/g, '$1').replace(/[’'"”]+(?=[\s.,;:!?)]|$)/g, '').replace(/["“”]/g, '');
}
