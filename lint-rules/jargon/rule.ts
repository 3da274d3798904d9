/**
 * jargon: management-speak, local-government shorthand, wordy phrases and legalese that have
 * a plainer equivalent. One pass over each sentence's tokens with a phrase index built once
 * at module load (the data is in terms.ts); a term the document explains is not flagged.
 */
import * as z from 'zod/mini';
import { defineRule } from '../../shared/engine/define-rule.ts';
import type { PhraseIndex } from '../../shared/engine/phrase-index.ts';
import { paragraphSentences, sentenceTokens, type Token } from '../../shared/engine/tokens.ts';
import { alternativesFor, buildIndex, termKey, type IndexedForm } from './compile.ts';
import { isExplainedHere } from './explained.ts';
import { SKIPPABLE_BEFORE_OBJECT, DEFAULT_TERM_KINDS, TERM_KINDS, TERMS, type TermKind, type TermRow } from './terms.ts';

const extraTerm = z.strictObject({
  /** The word or phrase to flag, in its base form. */
  term: z.string().check(z.minLength(2)),
  /** Plain replacements; leave empty when there is no single-word fix. */
  alternatives: z._default(z.array(z.string()), []),
  kind: z._default(z.enum(TERM_KINDS), 'jargon'),
  /** Why it gets in the way, shown with the finding. */
  note: z._default(z.string(), ''),
  /** Also match verb forms ("-s", "-ed", "-ing"). */
  verb: z._default(z.boolean(), false),
});

const options = z.strictObject({
  /** The organisation's own terms to flag, with their plain alternatives. */
  extraTerms: z._default(z.array(extraTerm), []),
  /** Terms never to flag (any form: "stakeholder" also quietens "stakeholders"). */
  ignore: z._default(z.array(z.string()), []),
  /** Which kinds of term to check: all but `formal` unless set (see TermKind in terms.ts). */
  kinds: z._default(z.array(z.enum(TERM_KINDS)), [...DEFAULT_TERM_KINDS]),
});
type Options = z.infer<typeof options>;

/** Built once, shared by every document. */
const BUILT_IN_INDEX = buildIndex(TERMS);

/** Indexes with the user's extra terms, kept per options object so each config builds one once. */
const indexesWithExtras = new WeakMap<object, PhraseIndex<IndexedForm>>();

function indexFor(extraTerms: Options['extraTerms']): PhraseIndex<IndexedForm> {
  if (extraTerms.length === 0) return BUILT_IN_INDEX;
  let index = indexesWithExtras.get(extraTerms);
  if (!index) {
    const rows: TermRow[] = extraTerms.map((extra) => ({
      term: extra.term,
      alternatives: extra.alternatives,
      kind: extra.kind,
      note: extra.note,
      source: 'own',
      verb: extra.verb,
    }));
    // The user's rows go first so that, for the same phrase, theirs wins.
    index = buildIndex([...rows, ...TERMS]);
    indexesWithExtras.set(extraTerms, index);
  }
  return index;
}

/** Words after which an "-ed" form is a participle: "has undertaken", not "has undertook". */
const PARTICIPLE_AFTER = new Set(['has', 'have', 'had', 'having', 'be', 'been', 'being', 'is', 'are', 'was', 'were', "'s"]);
const SKIPPABLE = new Set(SKIPPABLE_BEFORE_OBJECT);

/** The first word after the match that is not "the", "our", "better" and the like. */
function objectWord(tokens: readonly Token[], to: number): string | undefined {
  for (let index = to; index < tokens.length && index < to + 4; index++) {
    const token = tokens[index]!;
    if (token.breakBefore) return undefined;
    if (!SKIPPABLE.has(token.norm)) return token.norm;
  }
  return undefined;
}

function fitsContext(row: TermRow, tokens: readonly Token[], from: number, to: number): boolean {
  const context = row.context;
  if (!context) return true;
  if (context.previousWord) {
    const previous = from > 0 && !tokens[from]!.breakBefore ? tokens[from - 1]!.norm : undefined;
    if (!previous || !context.previousWord.includes(previous)) return false;
  }
  if (context.notPreviousWord && from > 0 && !tokens[from]!.breakBefore && context.notPreviousWord.includes(tokens[from - 1]!.norm)) {
    return false;
  }
  const next = to < tokens.length && !tokens[to]!.breakBefore ? tokens[to]!.norm : undefined;
  if (context.notNextWord && next && context.notNextWord.includes(next)) return false;
  if (context.nextWord) {
    const object = objectWord(tokens, to);
    if (!object || !context.nextWord.includes(object)) return false;
  }
  return true;
}

/** For an `asWritten` row: each word starts with the same case as in the row ("Best Value", not "best value"). */
function writtenAsRow(row: TermRow, actual: string): boolean {
  const initials = (text: string) => text.split(/[\s\-‐‑‒–—]+/).filter(Boolean).map((word) => /^\p{Lu}/u.test(word));
  const wanted = initials(row.term);
  const found = initials(actual);
  return wanted.length === found.length && wanted.every((upper, at) => upper === found[at]);
}

/** “Team”, “Don't”, and the one-letter “A” of a title-cased phrase; not a word in capitals such as “NHS” or “DON'T”. */
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && (word.length === 1 || /\p{Ll}/u.test(word));

/**
 * "Community Engagement Team", "the Stakeholder Forum", "the relevant Portfolio Holder": a
 * capitalised match inside a sentence is part of a name or a title, which the council cannot
 * simply reword. (Writers also capitalise ordinary terms, "Third Sector organisations", but a
 * one-word name such as a choir called "Synergy" looks the same, so the benefit of the doubt
 * goes to the name.)
 */
function partOfName(row: TermRow, tokens: readonly Token[], from: number, to: number): boolean {
  if (!/^[a-z]/.test(row.term)) return false; // The row itself is a name ("Best Value").
  if (row.inNames) return false; // A kind of thing, jargon even in a title ("the Review Task and Finish Group").
  const first = tokens[from]!.text;
  if (!isCapitalised(first)) return false;
  // A phrase all in capitals ("A NUMBER OF") is a shouted heading, not a name.
  if (!tokens.slice(from, to).some((token) => /\p{Ll}/u.test(token.text))) return false;
  // A paragraph number ("3.1 Going forward") does not make the next word part of a name.
  let sentenceStart = true;
  for (let index = 0; index < from && sentenceStart; index++) if (/\p{L}/u.test(tokens[index]!.text)) sentenceStart = false;
  if (!sentenceStart) return true;
  const next = tokens[to];
  return next !== undefined && !next.breakBefore && isCapitalised(next.text);
}

/** Match the case of the flagged text: “Going forward” → “From now on”. */
function matchCase(actual: string, alternative: string): string {
  if (!/\p{Ll}/u.test(actual) && (actual.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return alternative.toUpperCase();
  if (/^\p{Lu}/u.test(actual)) return alternative.charAt(0).toUpperCase() + alternative.slice(1);
  return alternative;
}

function quoteList(alternatives: readonly string[]): string {
  const quoted = alternatives.map((alternative) => `“${alternative}”`);
  if (quoted.length === 1) return quoted[0]!;
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function messageFor(row: TermRow, actual: string, expected: readonly string[]): string {
  if (row.omit) return `Leave out “${actual}”: the sentence reads the same without it.`;
  if (expected.length === 0) return `Replace “${actual}” with plain words that say what you mean.`;
  if (expected.length === 1) return `Replace “${actual}” with “${expected[0]}”.`;
  return `Replace “${actual}” with plain words such as ${quoteList(expected)}.`;
}

const SOURCE_NOTES: Record<TermRow['source'], string> = {
  LGA: 'The Local Government Association lists it among words councils should avoid.',
  GOVUK: 'The GOV.UK style guide lists it among words to avoid.',
  PEC: 'Plain English guidance prefers the everyday word.',
  seed: '',
  own: '',
};

function noteFor(row: TermRow): string {
  const parts = [row.note, SOURCE_NOTES[row.source]];
  if (row.kind === 'jargon') parts.push('If the term has to stay, explain it where it is first used.');
  return parts.filter(Boolean).join(' ');
}

interface Candidate {
  start: number;
  end: number;
  key: string;
  row: TermRow;
  expected: string[];
}

export default defineRule<Options>({
  id: 'jargon',
  name: 'Jargon',
  summary: 'Flags jargon, management-speak, wordy phrases and legalese that have a plainer alternative.',
  commitment: 'plain-language',
  defaultSeverity: 'warning',
  options,
  examples: {
    flagged: [
      { text: 'Going forward, we will work with stakeholders to agree the timetable.', actual: 'Going forward' },
      { text: 'The team will utilise the hall for drop-in sessions.', actual: 'utilise', data: { term: 'utilise', kind: 'wordy' } },
      { text: 'Officers have been working in silos, which impacted on the service.', actual: 'silos' },
      { text: 'The grant will be paid in order to cover room hire.', actual: 'in order to' },
      {
        text: 'Each bid must include a sustainability plan.',
        actual: 'sustainability plan',
        options: { extraTerms: [{ term: 'sustainability plan', alternatives: ['plan for future funding'], kind: 'jargon', note: '', verb: false }] },
      },
    ],
    fine: [
      { text: 'The impact on service users is set out in the equality impact assessment.' },
      { text: 'Item 4 on the agenda is a key decision about the Compact and commissioning.' },
      { text: 'Capacity building (training and support for small local groups) will continue.' },
      { text: 'Best Value – the duty to keep improving how services are run.\n\nThe Best Value review starts in May.' },
      { text: 'We will share stakeholder views with the board.', options: { ignore: ['stakeholder'] } },
      { text: 'Whereby the grant is repaid, no further claim may be made.', options: { kinds: ['jargon', 'wordy'] } },
    ],
  },
  check({ tree, text, options, report }) {
    const index = indexFor(options.extraTerms);
    const kinds = new Set<TermKind>(options.kinds);
    // "stakeholders" in the list also quietens "stakeholder", and the other way round (via the row's key).
    const ignored = new Set(options.ignore.flatMap((term) => [termKey(term), termKey(term).replace(/s$/, '')]));
    const explained = new Set<string>();
    const candidates: Candidate[] = [];

    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      // Most paragraphs hold no word that starts a term: rule them out from their text, before
      // their words are read (a long text's paragraphs are parsed again on reading).
      const from = paragraph.position?.start.offset;
      const to = paragraph.position?.end.offset;
      if (from !== undefined && to !== undefined && !index.mayMatchIn(text.slice(from, to))) continue;
      for (const sentence of paragraphSentences(paragraph)) {
        const tokens = sentenceTokens(sentence);
        for (const match of index.match(tokens)) {
          const { term, form } = match.value;
          const row = term.row;
          if (!kinds.has(row.kind) || ignored.has(term.key)) continue;
          if (!fitsContext(row, tokens, match.from, match.to)) continue;
          if (row.asWritten && !writtenAsRow(row, text.slice(match.start, match.end))) continue;
          const previous = match.from > 0 ? tokens[match.from - 1]!.norm : undefined;
          if (isExplainedHere(text, match.start, match.end, previous)) {
            explained.add(term.key);
            continue;
          }
          if (partOfName(row, tokens, match.from, match.to)) continue;
          const actual = text.slice(match.start, match.end);
          if (ignored.has(termKey(actual))) continue;
          const participle = previous !== undefined && PARTICIPLE_AFTER.has(previous);
          const expected = alternativesFor(row, form, participle).map((alternative) => matchCase(actual, alternative));
          candidates.push({ start: match.start, end: match.end, key: term.key, row, expected });
        }
      }
    }

    // A term explained anywhere in the document (a glossary at the end, say) is fine everywhere.
    for (const candidate of candidates) {
      if (explained.has(candidate.key)) continue;
      const { row } = candidate;
      const actual = text.slice(candidate.start, candidate.end);
      report({
        start: candidate.start,
        end: candidate.end,
        message: messageFor(row, actual, candidate.expected),
        expected: candidate.expected,
        note: noteFor(row),
        data: { term: row.term, kind: row.kind, source: row.source },
        // Wordy phrases slow the reader down but do not hide the meaning: a hint, not a warning.
        severity: row.kind === 'wordy' || row.kind === 'formal' ? 'info' : undefined,
      });
    }
  },
});
