/**
 * Word forms for the jargon list. A row is written once ("utilise", "stakeholder"); the rule
 * also matches its other forms ("utilised", "stakeholders") and bends the suggested
 * replacement the same way, so "utilised" gets “used”, not “use”.
 */
import { pluralsOf } from '../../shared/engine/phrase-index.ts';

export type VerbForm = 's' | 'ed' | 'ing';

interface Irregular {
  s?: string;
  past: string;
  participle?: string;
  ing?: string;
}

/** Irregular verbs that appear in the list or in its suggested replacements. */
const IRREGULAR: Record<string, Irregular> = {
  begin: { past: 'began', participle: 'begun', ing: 'beginning' },
  bring: { past: 'brought' },
  build: { past: 'built' },
  buy: { past: 'bought' },
  choose: { past: 'chose', participle: 'chosen' },
  cut: { past: 'cut', ing: 'cutting' },
  do: { s: 'does', past: 'did', participle: 'done' },
  drive: { past: 'drove', participle: 'driven' },
  find: { past: 'found' },
  get: { past: 'got', ing: 'getting' },
  give: { past: 'gave', participle: 'given' },
  go: { s: 'goes', past: 'went', participle: 'gone' },
  hold: { past: 'held' },
  keep: { past: 'kept' },
  lead: { past: 'led' },
  let: { past: 'let', ing: 'letting' },
  make: { past: 'made' },
  meet: { past: 'met' },
  pay: { past: 'paid' },
  put: { past: 'put', ing: 'putting' },
  run: { past: 'ran', participle: 'run', ing: 'running' },
  say: { past: 'said' },
  seek: { past: 'sought' },
  send: { past: 'sent' },
  set: { past: 'set', ing: 'setting' },
  show: { past: 'showed', participle: 'shown' },
  speed: { past: 'sped' },
  spread: { past: 'spread' },
  take: { past: 'took', participle: 'taken' },
  tell: { past: 'told' },
  think: { past: 'thought' },
  undertake: { past: 'undertook', participle: 'undertaken' },
  write: { past: 'wrote', participle: 'written' },
};

/** Verbs whose last consonant doubles before -ed and -ing (stress on the last syllable). */
const DOUBLES = new Set(['defer', 'refer', 'transfer', 'commit', 'submit', 'permit', 'admit', 'occur', 'prefer', 'plan', 'stop', 'drop', 'fit', 'regret', 'embed']);

/**
 * One form of a verb. `participle` picks "given" over "gave" for the -ed form (after "has",
 * "been" and the like); for regular verbs the two are the same.
 */
export function verbForm(verb: string, form: VerbForm, participle = false): string {
  const irregular = IRREGULAR[verb];
  if (form === 's') {
    if (irregular?.s) return irregular.s;
    return pluralsOf(verb)[0]!;
  }
  if (form === 'ed') {
    if (irregular) return participle ? (irregular.participle ?? irregular.past) : irregular.past;
    if (DOUBLES.has(verb)) return `${verb}${verb.at(-1)}ed`;
    if (verb.endsWith('e')) return `${verb}d`;
    if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
    return `${verb}ed`;
  }
  if (irregular?.ing) return irregular.ing;
  if (DOUBLES.has(verb)) return `${verb}${verb.at(-1)}ing`;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(verb) || /[aiu]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

/** Put the first word of a phrase in a verb form: ("make sure", "ed") → "made sure". */
export function inflectFirstWord(phrase: string, form: VerbForm, participle = false): string {
  const [first, ...rest] = phrase.split(' ');
  return [verbForm(first!, form, participle), ...rest].join(' ');
}

/** Put the last word of a phrase in the plural: "funding source" → "funding sources". */
export function pluraliseLastWord(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop()!;
  return [...words, pluralsOf(last)[0]!].join(' ');
}
