/**
 * Generative tests for the `jargon` term list: every row, in every form the rule claims to
 * match, is flagged exactly once wherever it sits in an ordinary sentence; and a row that is
 * not a name is never flagged inside a capitalised name. The sentences are built from the rows
 * themselves (and the context words each row asks for), so a new row is covered the day it is
 * added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';
import { TERM_KINDS } from './terms.ts';
import { formsOf } from './compile.ts';
import { TERMS, type TermRow } from './terms.ts';

/** Each test lints a thousand or so sentences: seconds, not the default five, on a busy machine. */
const SLOW = 60_000;

/** Fixed so every run sees the same sentences; set JARGON_SEED to explore others. */
const SEED = Number(process.env.JARGON_SEED ?? 20261202);

/** Every kind, `formal` too: these tests are about matching, which is the same for each kind. */
const flagged = (text: string) => lintWithRule('jargon', text, { kinds: [...TERM_KINDS] }).map((finding) => finding.actual);

/** Lower case, -ise, and hyphens or line breaks read as spaces: how a finding is compared with what was written. */
const comparable = (words: string) =>
  words
    .toLowerCase()
    .replace(/[-‐‑‒–—\s]+/g, ' ')
    .replace(/iz(e|es|ed|ing|ation|ations)\b/g, 'is$1')
    .trim();

/** The first word of every form of every row: a neighbour that is one of these could start another match. */
const STARTS_A_TERM = new Set(TERMS.flatMap((row) => formsOf(row).map((form) => comparable(form.phrase).split(' ')[0]!)));

/** A context word that does not itself begin a term, so the sentence holds exactly one match. */
function quietWord(words: readonly string[] | undefined): string | undefined {
  return words?.find((word) => !STARTS_A_TERM.has(word)) ?? words?.[0];
}

/** The words a row needs around it to be read in its jargon use ("will impact", "deliver savings"). */
function surroundings(row: TermRow): { before: string; after: string } {
  return { before: quietWord(row.context?.previousWord) ?? '', after: quietWord(row.context?.nextWord) ?? '' };
}

/** Openings and endings that are plain, start no term, and neither explain nor name what sits between them. */
const OPENINGS = ['Yesterday members noted', 'Officers reported that', 'In May the panel heard', 'Our letter said', 'Residents told us'];
// No ending starts with a preposition, which could lengthen the match ("impact" + "on …", "comply" + "with …").
const ENDINGS = ['again today', 'this spring', 'last year', 'before Easter', 'twice a week'];

/** A row's written form as the rule should see it: with the row's own capitals for a name-like row. */
function asTheRowWritesIt(row: TermRow, phrase: string): string {
  if (!row.asWritten) return phrase;
  const rowWords = row.term.split(/([\s-]+)/);
  return phrase
    .split(/([\s-]+)/)
    .map((word, at) => (/^\p{Lu}/u.test(rowWords[at] ?? '') ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join('');
}

interface Case {
  row: TermRow;
  written: string;
}

/** Every form of every row, written as the row writes it. */
const CASES: Case[] = TERMS.flatMap((row) => formsOf(row).map(({ phrase }) => ({ row, written: asTheRowWritesIt(row, phrase) })));

function sentence(opening: string, { row, written }: Case, ending: string): string {
  const { before, after } = surroundings(row);
  return `${[opening, before, written, after, ending].filter(Boolean).join(' ')}.`;
}

/** The finding for the row's own words: the flagged text is the form, whatever the context words around it. */
function expectFlaggedOnce(text: string, written: string): void {
  const found = flagged(text);
  expect(found, text).toHaveLength(1);
  expect(comparable(found[0]!), text).toBe(comparable(written));
}

describe('jargon: every row in every form', () => {
  it('has forms to test for every row', () => {
    expect(CASES.length).toBeGreaterThan(TERMS.length);
  });

  it('flags each form once in a plain sentence', () => {
    const failures: string[] = [];
    for (const item of CASES) {
      const text = sentence(OPENINGS[0]!, item, ENDINGS[0]!);
      const found = flagged(text);
      if (found.length !== 1 || comparable(found[0]!) !== comparable(item.written)) failures.push(`${text} → ${JSON.stringify(found)}`);
    }
    expect(failures).toEqual([]);
  }, SLOW);

  it('flags each form once whatever surrounds it, in any case, spelling and hyphenation', () => {
    const spelling = (written: string, choice: { upper: boolean; ize: boolean; spaced: boolean }) => {
      let text = written;
      if (choice.ize) text = text.replace(/is(e|es|ed|ing|ation|ations)\b/g, 'iz$1');
      if (choice.spaced) text = text.replace(/-/g, ' ');
      return choice.upper ? text.toUpperCase() : text;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...ENDINGS),
        fc.record({ upper: fc.boolean(), ize: fc.boolean(), spaced: fc.boolean() }),
        (item, opening, ending, choice) => {
          // Capitals carry the meaning of a name-like row ("Best Value", not "BEST VALUE" or "best value"); keep them.
          const written = item.row.asWritten ? item.written : spelling(item.written, choice);
          expectFlaggedOnce(sentence(opening, { row: item.row, written }, ending), written);
        },
      ),
      { numRuns: 1000, seed: SEED },
    );
  }, SLOW);

  it('flags a form broken over a line once', () => {
    const multiWord = CASES.filter((item) => item.written.includes(' '));
    fc.assert(
      fc.property(fc.constantFrom(...multiWord), fc.nat(), (item, at) => {
        const gaps = [...item.written.matchAll(/ /g)].map((match) => match.index!);
        const gap = gaps[at % gaps.length]!;
        const written = `${item.written.slice(0, gap)}\n${item.written.slice(gap + 1)}`;
        expectFlaggedOnce(sentence(OPENINGS[1]!, { row: item.row, written }, ENDINGS[1]!), written);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, SLOW);
});

describe('jargon: names', () => {
  const titleCase = (phrase: string) => phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
  /** Rows that can stand in a name: not a name themselves, no words needed around them. */
  const nameable = CASES.filter(({ row }) => /^[a-z]/.test(row.term) && !row.context?.previousWord && !row.context?.nextWord);
  const HEADS = ['Team', 'Board', 'Forum', 'Project', 'Partnership', 'Fund'];

  it('never flags a term inside a capitalised name, unless the row says the name is itself the jargon', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nameable), fc.constantFrom(...HEADS), ({ row, written }, head) => {
        const text = `We wrote to the ${titleCase(written)} ${head} about the change.`;
        expect(flagged(text), text).toHaveLength(row.inNames ? 1 : 0);
      }),
      { numRuns: 800, seed: SEED },
    );
  }, SLOW);

  it('flags, in a name, the rows that name a kind of thing', () => {
    const kinds = nameable.filter(({ row }) => row.inNames);
    expect(kinds.length).toBeGreaterThan(0);
    for (const { written } of kinds) {
      const text = `The Housing Review ${titleCase(written)} met on Monday.`;
      expect(flagged(text), text).toHaveLength(1);
    }
  }, SLOW);
});
