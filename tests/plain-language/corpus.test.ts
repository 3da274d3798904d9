/**
 * Precision first: the plain-language rules, run over a hand-marked corpus of committee
 * papers, consultation pages and funding letters, must rarely flag what a careful editor
 * would leave alone. Recall is reported and held above a floor so it cannot quietly drop.
 *
 * Held-out rounds (passages with a `round`), first run, before any rule change for them:
 *
 * - held-out-1 (16 passages: ICB and committee papers, consultation pages, grant letters, a
 *   charity report, a glossary and an abbreviations table; 32 jargon marks, 26 acronym marks):
 *   - jargon: precision 1.000, recall 0.375 (12 correct, 0 false, 20 missed). Every miss was
 *     a term not on the list (NHS system language, letter clichés such as "further to",
 *     "upon receipt of", "do not hesitate", strategy buzzwords, "key risks", "mitigate").
 *   - undefined-acronym: precision 0.962, recall 0.962 (25 correct, 1 false, 1 missed).
 *     False: "FUL" inside the planning reference "25/01432/FUL" (since renumbered 25/00871/FUL,
 *     which changes nothing for the rules). Missed: "ARRS" in the hyphenated "ARRS-funded".
 *   After the fixes that generalise (letters joined to figures by "/" or "-" are a reference;
 *   an acronym with a lower-case tail such as "-funded" is still the acronym; 22 new jargon rows
 *   with contexts, such as "require" only after "you"/"we" and "further to" only before a
 *   letter, call or meeting): jargon 1.000/0.844 (27, 0, 5) on the round, 1.000/0.923 on the
 *   whole corpus (180, 0, 15); undefined-acronym 1.000/1.000 on both (26 and 41 correct).
 *   Still missed, on purpose: NHS terms of art with no plain swap that fits ("anticipatory
 *   care", "population health management"), and words too often literal to list
 *   ("ecosystem" in parks papers, "across the system", "relational model").
 *
 * - held-out-2 (12 passages, 2,125 words: committee papers on budget monitoring, temporary
 *   accommodation, libraries, adult social care, a planning application, key decisions, SEND,
 *   voluntary-sector grants and community safety; an ICB finance paper; a bin-collection
 *   consultation page; a grant award letter. Written and marked by a reviewer who had not seen
 *   the term lists or this corpus; 22 jargon marks, 12 acronym marks; 6 passages with no jargon
 *   marks):
 *   - jargon: precision 0.933, recall 0.636 (14 correct, 1 false, 8 missed). False:
 *     "directorates" (budget paper), the council's normal name for its departments, left alone by
 *     this editor although the development passage cabinet-grants-review marks it: the two
 *     editors disagree. Missed: "drive efficiencies", "person-centred" and "offer" (in "holistic,
 *     person-centred offer"; only "early help offer" is caught), "grip and control", "With a view
 *     to", "infrastructure body", "solutions" (in "co-produce solutions"), "future-proofed".
 *   - undefined-acronym: precision 1.000, recall 1.000 (12 correct, 0 false, 0 missed), with
 *     NHS, GPs, VAT, "Age UK", B&B after "bed and breakfast", 2025/26 and five acronyms
 *     defined in their passage correctly left alone.
 *   Whole corpus with the round added, no rule changed: jargon 0.995/0.894 (194, 1, 23),
 *   undefined-acronym 1.000/1.000 (53, 0, 0). Findings per 1,000 words on the round: 7.1
 *   jargon, 5.6 acronym; no jargon finding on the six passages with no jargon marks.
 */
import { describe, expect, it } from 'vitest';
import { PLAIN_LANGUAGE_CORPUS } from '../corpus/plain-language.ts';
import { lintWithRule } from '../helpers/lint-with.ts';
import { locate, score, type Score } from './score.ts';

type Passage = (typeof PLAIN_LANGUAGE_CORPUS)[number];

function measure(ruleId: string, goldOf: (passage: Passage) => string[], passages: readonly Passage[] = PLAIN_LANGUAGE_CORPUS): Score {
  return score(
    passages.map((passage) => ({
      passage: passage.id,
      findings: lintWithRule(ruleId, passage.text),
      gold: locate(passage.text, goldOf(passage)),
    })),
  );
}

function describeScore(ruleId: string, result: Score, label = 'whole corpus'): string {
  const lines = [
    `${ruleId} (${label}): precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives} correct, ${result.falsePositives.length} false, ${result.falseNegatives.length} missed)`,
    ...result.falsePositives.map((fp) => `  false: ${fp.passage}: ${JSON.stringify(fp.actual)}`),
    ...result.falseNegatives.map((fn) => `  missed: ${fn.passage}: ${JSON.stringify(fn.text)}`),
  ];
  return lines.join('\n');
}

describe('plain-language corpus', () => {
  it('has at least 40 passages with unique ids, every mark found in its passage', () => {
    expect(PLAIN_LANGUAGE_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PLAIN_LANGUAGE_CORPUS.map((passage) => passage.id)).size).toBe(PLAIN_LANGUAGE_CORPUS.length);
    for (const passage of PLAIN_LANGUAGE_CORPUS) {
      expect(() => locate(passage.text, passage.jargon), passage.id).not.toThrow();
      expect(() => locate(passage.text, passage.acronyms), passage.id).not.toThrow();
    }
    // Both clean passages and marked ones, so the score says something about each.
    expect(PLAIN_LANGUAGE_CORPUS.filter((passage) => passage.jargon.length === 0 && passage.acronyms.length === 0).length).toBeGreaterThan(10);
    expect(PLAIN_LANGUAGE_CORPUS.filter((passage) => passage.jargon.length > 0).length).toBeGreaterThan(20);
  });

  /** Each held-out round, scored on its own: how the rules do on text they were not tuned on. */
  const rounds = [...new Set(PLAIN_LANGUAGE_CORPUS.flatMap((passage) => (passage.round ? [passage.round] : [])))];

  it.each(['jargon', 'undefined-acronym'] as const)('%s: prints the figures of each held-out round separately', (ruleId) => {
    const goldOf = (passage: Passage) => (ruleId === 'jargon' ? passage.jargon : passage.acronyms);
    const development = PLAIN_LANGUAGE_CORPUS.filter((passage) => !passage.round);
    console.info(describeScore(ruleId, measure(ruleId, goldOf, development), 'development set'));
    for (const round of rounds) {
      const passages = PLAIN_LANGUAGE_CORPUS.filter((passage) => passage.round === round);
      expect(passages.length, round).toBeGreaterThanOrEqual(12);
      console.info(describeScore(ruleId, measure(ruleId, goldOf, passages), round));
    }
  });

  it('jargon: precision at least 0.95, recall held above 0.85', () => {
    const result = measure('jargon', (passage) => passage.jargon);
    console.info(describeScore('jargon', result));
    expect(result.precision, describeScore('jargon', result)).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, describeScore('jargon', result)).toBeGreaterThanOrEqual(0.85);
  });

  it('undefined-acronym: precision at least 0.95, recall held above 0.95', () => {
    const result = measure('undefined-acronym', (passage) => passage.acronyms);
    console.info(describeScore('undefined-acronym', result));
    expect(result.precision, describeScore('undefined-acronym', result)).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, describeScore('undefined-acronym', result)).toBeGreaterThanOrEqual(0.95);
  });
});
