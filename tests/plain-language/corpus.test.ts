/**
 * Precision first: the plain-language rules, run over a hand-marked corpus of committee
 * papers, consultation pages and funding letters, must rarely flag what a careful editor
 * would leave alone. Recall is reported and held above a floor so it cannot quietly drop.
 */
import { describe, expect, it } from 'vitest';
import { PLAIN_LANGUAGE_CORPUS } from '../corpus/plain-language.ts';
import { lintWithRule } from '../helpers/lint-with.ts';
import { locate, score, type Score } from './score.ts';

function measure(ruleId: string, goldOf: (passage: (typeof PLAIN_LANGUAGE_CORPUS)[number]) => string[]): Score {
  return score(
    PLAIN_LANGUAGE_CORPUS.map((passage) => ({
      passage: passage.id,
      findings: lintWithRule(ruleId, passage.text),
      gold: locate(passage.text, goldOf(passage)),
    })),
  );
}

function describeScore(ruleId: string, result: Score): string {
  const lines = [
    `${ruleId}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives} correct, ${result.falsePositives.length} false, ${result.falseNegatives.length} missed)`,
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

  it('jargon: precision at least 0.95, recall held above 0.75', () => {
    const result = measure('jargon', (passage) => passage.jargon);
    console.info(describeScore('jargon', result));
    expect(result.precision, describeScore('jargon', result)).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, describeScore('jargon', result)).toBeGreaterThanOrEqual(0.75);
  });

  it('undefined-acronym: precision at least 0.95, recall held above 0.9', () => {
    const result = measure('undefined-acronym', (passage) => passage.acronyms);
    console.info(describeScore('undefined-acronym', result));
    expect(result.precision, describeScore('undefined-acronym', result)).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, describeScore('undefined-acronym', result)).toBeGreaterThanOrEqual(0.9);
  });
});
