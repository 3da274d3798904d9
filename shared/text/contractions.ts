/**
 * Contractions written out ("we're not renewing" → "we are not renewing", "won't" → "will
 * not"), for rules that read a sentence's meaning and return a judgement rather than
 * positions: hurried emails and letters use them, and the rules' patterns are written in full.
 * The result is not the same length as the input, so never use it for offsets.
 */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bshan['’]t\b/gi, 'shall not'],
  [/\bcan['’]t\b/gi, 'cannot'],
  [/\b(\w+)n['’]t\b/gi, '$1 not'],
  [/\b(we|you|they)['’]re\b/gi, '$1 are'],
  [/\b(I)['’]m\b/g, '$1 am'],
  [/\b(we|you|they|I)['’]ve\b/gi, '$1 have'],
  [/\b(we|you|they|I|it|he|she)['’]ll\b/gi, '$1 will'],
  [/\b(we|you|they|I|it|he|she)['’]d\b/gi, '$1 would'],
  [/\b(it|that|there|he|she)['’]s\b/gi, '$1 is'],
];

const MIGHT_CONTRACT = /['’]/;

export function withoutContractions(text: string): string {
  if (!MIGHT_CONTRACT.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out;
}
