/**
 * Turn term rows into a PhraseIndex, once. Each row contributes every form we match
 * (plural, verb forms), and each indexed form remembers how it was made, so the rule can
 * bend the suggested replacements the same way.
 */
import { PhraseIndex, phrasePieces, pluralsOf } from '../../shared/engine/phrase-index.ts';
import { inflectFirstWord, pluraliseLastWord, type VerbForm } from './inflect.ts';
import type { TermRow } from './terms.ts';

export type FormName = 'base' | 'plural' | VerbForm;

export interface CompiledTerm {
  row: TermRow;
  /** The row's term, normalised: lower case, -ise, hyphens read as spaces. Used for `ignore` and explanations. */
  key: string;
}

export interface IndexedForm {
  term: CompiledTerm;
  form: FormName;
}

/** "Cross-cutting", "cross cutting" and "cross–cutting" all give "cross cutting". */
export function termKey(term: string): string {
  return phrasePieces(term).join(' ');
}

/** Every written form of a row that the rule matches, with the name of the form. */
export function formsOf(row: TermRow): { phrase: string; form: FormName }[] {
  const base = row.term.toLowerCase();
  const forms: { phrase: string; form: FormName }[] = [{ phrase: base, form: 'base' }];
  if (row.alsoJoined) forms.push({ phrase: base.replace(/ /g, ''), form: 'base' });
  if (row.verb) {
    for (const form of ['s', 'ed', 'ing'] as const) forms.push({ phrase: inflectFirstWord(base, form), form });
    // Irregular verbs have a separate participle ("undertaken" beside "undertook").
    const participle = inflectFirstWord(base, 'ed', true);
    if (participle !== forms[2]!.phrase) forms.push({ phrase: participle, form: 'ed' });
  } else if (!row.noPlural) {
    const words = base.split(' ');
    for (const plural of pluralsOf(words.pop()!)) {
      forms.push({ phrase: [...words, plural].join(' '), form: 'plural' });
      if (row.alsoJoined) forms.push({ phrase: [...words, plural].join(''), form: 'plural' });
    }
  }
  return forms;
}

export function buildIndex(rows: readonly TermRow[]): PhraseIndex<IndexedForm> {
  const index = new PhraseIndex<IndexedForm>();
  for (const row of rows) {
    const term: CompiledTerm = { row, key: termKey(row.term) };
    for (const { phrase, form } of formsOf(row)) index.add(phrase, { term, form }, { joined: true });
  }
  return index;
}

/**
 * The row's alternatives bent to the matched form: "utilised" → “used”, "stakeholders" →
 * “partners”. `participle` picks "given" over "gave" after "has", "been" and the like.
 */
export function alternativesFor(row: TermRow, form: FormName, participle: boolean): string[] {
  return row.alternatives.map((alternative) => {
    if (form === 'base') return alternative;
    if (form === 'plural') return pluraliseLastWord(alternative);
    return inflectFirstWord(alternative, form, participle);
  });
}
