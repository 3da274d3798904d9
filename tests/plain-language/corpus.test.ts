// Mutations tried by hand (each in a scratch copy, never committed), and the per-passage tests
// that failed:
//   undefined-acronym accepting words after an expansion ("… Service checks (DBS)"; `spells`
//     done at the last letter) → undefined-acronym: expansion-then-trailing-word, a passage
//     added for it (before it, the mutation passed every corpus test)
//   jargon losing the -s form of verbs (lint-rules/jargon/compile.ts) → jargon: empowerment-visionary
//   jargon losing the irregular participle ("undertaken")               → jargon: cabinet-grants-review
//   Both jargon passages are known misses: their ordinary test, held to the known misses
//   exactly, is what fails; an it.fails test alone would not have caught either.
/**
 * Precision first: the plain-language rules, run over a hand-marked corpus of committee
 * papers, consultation pages and funding letters, must rarely flag what a careful editor
 * would leave alone. Each passage is its own test for each rule: every marked term found
 * (a finding overlapping the marked words) and nothing unmarked flagged, apart from the
 * known misses listed below. Precision and recall are printed as a report.
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
import { remembered } from '../helpers/corpus-findings.ts';
import { lintWithRule } from '../helpers/lint-with.ts';
import { TERM_KINDS } from '../../lint-rules/jargon/terms.ts';
import { locate, score, type Score } from './score.ts';

type Passage = (typeof PLAIN_LANGUAGE_CORPUS)[number];
type RuleId = 'jargon' | 'undefined-acronym';

const RULES: readonly RuleId[] = ['jargon', 'undefined-acronym'];
const goldOf = (ruleId: RuleId, passage: Passage): string[] => (ruleId === 'jargon' ? passage.jargon : passage.acronyms);
// This corpus was marked as a full plain-English edit, everyday formal words ("cease") too,
// so the jargon rule runs with every kind, `formal` included (off by default).
const optionsFor = (ruleId: RuleId) => (ruleId === 'jargon' ? { kinds: [...TERM_KINDS] } : {});
const findingsOf = Object.fromEntries(RULES.map((ruleId) => [ruleId, remembered((passage: Passage) => lintWithRule(ruleId, passage.text, optionsFor(ruleId)))])) as Record<
  RuleId,
  (passage: Passage) => ReturnType<typeof lintWithRule>
>;

/**
 * Passages the rules do not yet get right, found when each passage became its own test (the
 * aggregate floors had let them through). For each: the marked terms the rule misses and what
 * it flags that the editor left alone, as the rule stands. The passage's ordinary test holds
 * it to exactly that, so a further slip fails; an `it.fails` test holds it to the full
 * marking, so it fails the day the rule gets the passage right and this entry must go.
 * Figures for the rule as of the commit that added this table; no rule was changed for them.
 */
interface KnownMiss {
  missed?: string[];
  unmarked?: string[];
  why: string;
}
const KNOWN_MISSES: Record<RuleId, Record<string, KnownMiss>> = {
  jargon: {
    'cabinet-grants-review': { missed: ['impact on'], why: '"impact on" is read as a verb only after words such as "will" or "which", not after "that"' },
    'consultation-methods-engagement': { missed: ['engagement'], why: '"engagement" on its own is left alone, as the everyday name of the involvement stage' },
    'empowerment-visionary': { missed: ['fosters'], why: '"foster" is kept as plain (fostering is a council service)' },
    'nhs-system-paper': {
      missed: ['at place', 'flow', 'Step-down', 'footprint', 'discharge to assess', 'transformation funding'],
      why: 'NHS system language that is not on the term list',
    },
    'ho1-icb-ageing-well': {
      missed: ['Anticipatory care', 'population health management', 'across the system'],
      why: 'left off the list on purpose (NHS terms of art; "across the system" too often literal)',
    },
    'ho1-sector-strategy-refresh': { missed: ['relational\nmodel', 'ecosystem'], why: 'left off the list on purpose: too often literal' },
    'ho2-budget-monitoring-q2': { unmarked: ['directorates'], why: 'the two editors disagree on "directorates", which cabinet-grants-review marks' },
    'ho2-library-hours-digital': { missed: ['person-centred'], why: '"person-centred" on its own is not on the term list' },
    'ho2-vcs-grants-approach': { missed: ['infrastructure body', 'solutions'], why: '"infrastructure body" and "solutions" are not on the term list' },
  },
  'undefined-acronym': {},
};

/** What a rule gets wrong in one passage: marked terms it misses, and what it flags that is not marked. */
function errorsIn(ruleId: RuleId, passage: Passage): { missed: string[]; unmarked: string[] } {
  const result = score([{ passage: passage.id, findings: findingsOf[ruleId](passage), gold: locate(passage.text, goldOf(ruleId, passage)) }]);
  return { missed: result.falseNegatives.map((miss) => miss.text), unmarked: result.falsePositives.map((flag) => flag.actual) };
}

function measure(ruleId: RuleId, passages: readonly Passage[] = PLAIN_LANGUAGE_CORPUS): Score {
  return score(
    passages.map((passage) => ({
      passage: passage.id,
      findings: findingsOf[ruleId](passage),
      gold: locate(passage.text, goldOf(ruleId, passage)),
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
    // Every known miss names a passage that exists.
    for (const ruleId of RULES) {
      for (const id of Object.keys(KNOWN_MISSES[ruleId])) expect(PLAIN_LANGUAGE_CORPUS.some((passage) => passage.id === id), `${ruleId}: ${id}`).toBe(true);
    }
  });

  for (const ruleId of RULES) {
    describe(`${ruleId}: each passage, every marked term found and nothing unmarked flagged`, () => {
      for (const passage of PLAIN_LANGUAGE_CORPUS) {
        const known = KNOWN_MISSES[ruleId][passage.id];
        it(passage.id, () => {
          expect(errorsIn(ruleId, passage)).toEqual({ missed: known?.missed ?? [], unmarked: known?.unmarked ?? [] });
        });
        // known miss: see KNOWN_MISSES above; this fails (and so must be removed) once the rule gets the passage right.
        if (known) {
          it.fails(`${passage.id} (known miss: ${known.why})`, () => {
            expect(errorsIn(ruleId, passage)).toEqual({ missed: [], unmarked: [] });
          });
        }
      }
    });
  }

  /** Each held-out round, scored on its own: how the rules do on text they were not tuned on. */
  const rounds = [...new Set(PLAIN_LANGUAGE_CORPUS.flatMap((passage) => (passage.round ? [passage.round] : [])))];

  it.each(RULES)('%s: prints the figures of the development set, each held-out round and the whole corpus (a report; the passages above are the test)', (ruleId) => {
    const development = PLAIN_LANGUAGE_CORPUS.filter((passage) => !passage.round);
    console.info(describeScore(ruleId, measure(ruleId, development), 'development set'));
    for (const round of rounds) {
      const passages = PLAIN_LANGUAGE_CORPUS.filter((passage) => passage.round === round);
      expect(passages.length, round).toBeGreaterThanOrEqual(12);
      console.info(describeScore(ruleId, measure(ruleId, passages), round));
    }
    console.info(describeScore(ruleId, measure(ruleId)));
  });
});
