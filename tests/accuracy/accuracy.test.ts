/**
 * Every passage of every accuracy round is its own assertion, rule by rule: the rules must
 * give exactly the labelled findings (with their figures) and nothing else, or the passage
 * must be on the known-misses list. The first-run figures are reported, computed from the
 * recorded first runs, and the README's table must be the one these records give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracyTable, computeFigures, currentFindings } from './figures.ts';
import { readFirstRun } from './first-run.ts';
import { KNOWN_MISSES } from './known-misses.ts';
import { readAllRounds } from './rounds.ts';
import { SCORED_RULES, scoreRule } from './score.ts';

const rounds = readAllRounds();

describe('accuracy rounds', () => {
  it('have unique passage ids and a first run recorded for every passage', () => {
    const ids = rounds.flatMap((round) => round.passages.map((passage) => passage.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const round of rounds) {
      const firstRun = readFirstRun(round);
      expect(firstRun, `${round.round} has no first-run record: run npm run accuracy:first-run before changing any rule`).toBeDefined();
      expect(Object.keys(firstRun!.findings).sort()).toEqual(round.passages.map((passage) => passage.id).sort());
    }
  });

  it('keep every real text with its address, the day it was found and its licence, and no address twice in a batch', () => {
    for (const round of rounds.filter((candidate) => candidate.round.startsWith('real-'))) {
      for (const passage of round.passages) {
        expect(passage.source, `${passage.id} has no source`).toMatchObject({ url: expect.stringMatching(/^https?:\/\//), licence: expect.any(String), found: expect.any(String) });
      }
      const urls = round.passages.map((passage) => passage.source!.url);
      expect(new Set(urls).size, `${round.round} repeats an address`).toBe(urls.length);
    }
  });

  it('label jargon and acronyms with words quoted from the passage itself', () => {
    const normalise = (words: string) => words.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
    for (const round of rounds) {
      for (const passage of round.passages) {
        const text = normalise(passage.text);
        for (const term of [...passage.labels.jargon, ...passage.labels.acronyms]) expect(text, `${passage.id}: “${term}” is not in the text`).toContain(normalise(term));
      }
    }
  });

  it('carry the adjudicated jargon labels of the real texts (tests/accuracy/jargon-agreement.md)', () => {
    const adjudication = JSON.parse(readFileSync(new URL('./jargon-adjudication.json', import.meta.url), 'utf8')) as Record<string, { a: string[]; b: string[]; kept: string[] }>;
    const real = rounds.filter((round) => round.round.startsWith('real-')).flatMap((round) => round.passages);
    expect(Object.keys(adjudication).sort()).toEqual(real.map((passage) => passage.id).sort());
    for (const passage of real) {
      const { a, b, kept } = adjudication[passage.id]!;
      expect(passage.labels.jargon, passage.id).toEqual(kept);
      // The adjudicator ruled only on terms one of the two labellers listed.
      const listed = [...a, ...b].map((term) => term.toLowerCase());
      for (const term of kept) expect(listed.some((other) => other.includes(term.toLowerCase()) || term.toLowerCase().includes(other)), `${passage.id}: ${term}`).toBe(true);
    }
  });

  it('list only known misses that exist', () => {
    for (const key of Object.keys(KNOWN_MISSES)) {
      const [id, rule] = key.split('/');
      expect(ids().has(id!), `${key}: no such passage`).toBe(true);
      expect(SCORED_RULES as readonly string[], `${key}: no such rule`).toContain(rule);
    }
  });

  it("README's Accuracy table is the one the first-run records give", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = accuracyTable(computeFigures(rounds));
    console.log(table);
    expect(readme, 'run npm run accuracy -- --update-readme and commit the README').toContain(table);
  }, 300_000); // lints every passage of every round once (the per-passage tests then reuse it)
});

function ids(): Set<string> {
  return new Set(rounds.flatMap((round) => round.passages.map((passage) => passage.id)));
}

for (const round of rounds) {
  describe(round.round, () => {
    for (const passage of round.passages) {
      for (const rule of SCORED_RULES) {
        const key = `${passage.id}/${rule}`;
        const knownMiss = KNOWN_MISSES[key];
        const test = knownMiss ? it.fails : it;
        test(`${key}${knownMiss ? ` (known miss: ${knownMiss})` : ''}`, () => {
          const outcome = scoreRule(rule, passage.labels, currentFindings(round, passage.id));
          expect({
            missed: outcome.falseNegatives,
            wrong: outcome.falsePositives.map((finding) => `${finding.severity} “${finding.actual}” ${JSON.stringify(finding.data)}`),
          }).toEqual({ missed: [], wrong: [] });
        });
      }
    }
  });
}
