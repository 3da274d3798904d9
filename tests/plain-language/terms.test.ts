/**
 * The jargon list is data, checked here rather than at run time (as retext-equality checks
 * its YAML when it compiles it): no duplicates, clean alternatives, a source on every row.
 */
import { describe, expect, it } from 'vitest';
import { formsOf, termKey } from '../../lint-rules/jargon/compile.ts';
import { EXCLUDED, SKIPPABLE_BEFORE_OBJECT, TERM_KINDS, TERMS } from '../../lint-rules/jargon/terms.ts';
import { EXPANSIONS, WELL_KNOWN } from '../../lint-rules/undefined-acronym/acronyms.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const SOURCES = ['LGA', 'PEC', 'GOVUK', 'seed', 'own'];

/** Words that turn a replacement into advice: "cut (say which)", "use X instead", "or rewrite". */
const ADVICE = /\b(?:say (?:which|how|what|who)|use \w+ instead|unless|rewrite|explain (?:it|this|the)|e\.g|etc|or|avoid)\b|[();:/]/i;

/** Normalised so that "cross-cutting", "cross cutting" and "crosscutting" count as one. */
const squashed = (term: string) => termKey(term).replace(/ /g, '');

describe('jargon terms data', () => {
  it('has a few hundred rows', () => {
    expect(TERMS.length).toBeGreaterThan(250);
  });

  it('has no duplicate terms after normalisation', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const row of TERMS) {
      const key = squashed(row.term);
      if (seen.has(key)) duplicates.push(`${row.term} = ${seen.get(key)}`);
      seen.set(key, row.term);
    }
    expect(duplicates).toEqual([]);
  });

  it('has no two rows that produce the same written form', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const row of TERMS) {
      for (const { phrase } of formsOf(row)) {
        const key = squashed(phrase);
        const other = owner.get(key);
        if (other !== undefined && other !== row.term) clashes.push(`${phrase}: ${other} / ${row.term}`);
        owner.set(key, row.term);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every row a kind, a source and a note in a full sentence', () => {
    for (const row of TERMS) {
      expect(TERM_KINDS, row.term).toContain(row.kind);
      expect(SOURCES, row.term).toContain(row.source);
      expect(row.note, row.term).toMatch(/^[“A-Z].*[.!?]$/);
    }
  });

  it('gives every row clean alternatives, unless the fix is to leave the word out', () => {
    const problems: string[] = [];
    for (const row of TERMS) {
      if (row.omit) {
        if (row.alternatives.length) problems.push(`${row.term}: omit rows have no alternatives`);
        continue;
      }
      if (row.alternatives.length === 0) problems.push(`${row.term}: no alternatives`);
      for (const alternative of row.alternatives) {
        if (alternative.trim() !== alternative || alternative.length === 0) problems.push(`${row.term}: blank or padded “${alternative}”`);
        if (ADVICE.test(alternative)) problems.push(`${row.term}: “${alternative}” is advice, not a replacement`);
        if (alternative.split(' ').length > 6) problems.push(`${row.term}: “${alternative}” is an explanation, not a replacement`);
        if (squashed(alternative) === squashed(row.term)) problems.push(`${row.term}: suggests itself`);
      }
      if (new Set(row.alternatives).size !== row.alternatives.length) problems.push(`${row.term}: repeated alternative`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps acronyms out (the undefined-acronym rule handles them)', () => {
    const acronyms = new Set([...WELL_KNOWN, ...EXPANSIONS.map((row) => row.acronym)].map((value) => value.toLowerCase()));
    for (const row of TERMS) {
      expect(row.term, row.term).not.toMatch(/^[A-Z]{2,}s?$/);
      expect(acronyms.has(row.term.toLowerCase()), row.term).toBe(false);
    }
  });

  it('uses British spelling in terms, alternatives and notes', () => {
    const american = /\b\w+(?:iz(?:e|es|ed|ing|ation)|ization)\b|\b(?:program|center|color|behavior|favor|labor|analyze|judgment)\b/i;
    const allowed = /\b(?:size|sizes|sized|prize|seize|citizen)\b/i;
    for (const row of TERMS) {
      for (const text of [row.term, row.note, ...row.alternatives]) {
        const found = american.exec(text);
        if (found && !allowed.test(found[0])) expect.fail(`${row.term}: American spelling “${found[0]}”`);
      }
    }
  });

  it('writes context words in the normalised form tokens use', () => {
    for (const row of TERMS) {
      const words = [...(row.context?.previousWord ?? []), ...(row.context?.nextWord ?? []), ...(row.context?.notNextWord ?? []), ...(row.context?.notPreviousWord ?? [])];
      for (const word of words) expect(word, row.term).toBe(word.toLowerCase());
    }
    expect(new Set(SKIPPABLE_BEFORE_OBJECT).size).toBe(SKIPPABLE_BEFORE_OBJECT.length);
  });

  it('never lists an excluded term, and never flags one', () => {
    const terms = new Set(TERMS.map((row) => squashed(row.term)));
    const excludedKeys = EXCLUDED.map((entry) => squashed(entry.term));
    expect(new Set(excludedKeys).size, 'no duplicate exclusions').toBe(excludedKeys.length);
    for (const entry of EXCLUDED) {
      expect(terms.has(squashed(entry.term)), entry.term).toBe(false);
      expect(entry.reason.length, entry.term).toBeGreaterThan(5);
    }
    const sentence = EXCLUDED.map((entry) => `The ${entry.term} was mentioned.`).join(' ');
    expect(lintWithRule('jargon', sentence).map((finding) => finding.actual)).toEqual([]);
  });
});
