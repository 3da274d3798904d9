/**
 * Scores findings against a passage's labels, rule by rule. Strict: a finding counts as right
 * only when it reports the labelled problem with every figure the label gives (dates, length,
 * whether a reason was given). A finding with the right problem but a wrong figure is both a
 * false positive and a false negative, as a reader would be misled by it.
 */
import { resolveConfig } from '../../shared/config/index.ts';
import type { Finding } from '../../shared/engine/finding.ts';
import { lint } from '../../shared/engine/lint.ts';
import type { Labels, Passage } from './rounds.ts';

export const SCORED_RULES = [
  'consultation-timescale',
  'notice-period',
  'impact-assessment',
  'jargon',
  'undefined-acronym',
  'date-weekday',
] as const;
export type ScoredRule = (typeof SCORED_RULES)[number];

/** The rules that enforce a Compact commitment, whose findings are errors by default. */
export const COMPACT_RULES: readonly ScoredRule[] = ['consultation-timescale', 'notice-period', 'impact-assessment'];

/** What is kept of a finding in a first-run record: enough to score it again. */
export interface RecordedFinding {
  ruleId: string;
  severity: Finding['severity'];
  actual: string;
  offset: number;
  data: Record<string, unknown>;
}

export interface RuleOutcome {
  truePositives: number;
  falsePositives: RecordedFinding[];
  /** Labels no finding matched, as JSON. */
  falseNegatives: string[];
  /** True positives among the findings reported at error severity. */
  errorTruePositives: number;
  errorFindings: number;
}

const config = resolveConfig({});

/** Lints a passage as a user would: the default (national) profile, read on its reference date. */
export function lintPassage(passage: Passage): RecordedFinding[] {
  const findings = lint(passage.text, config, {
    format: passage.format ?? 'text',
    referenceDate: passage.referenceDate,
    today: new Date(`${passage.referenceDate}T00:00:00Z`),
  });
  return findings.map(({ ruleId, severity, actual, offset, data }) => ({ ruleId, severity, actual, offset, data }));
}

type Matcher = (finding: RecordedFinding, label: never) => boolean;

const sameFigures = (finding: RecordedFinding, label: Record<string, unknown>, keys: string[]) =>
  keys.every((key) => !(key in label) || JSON.stringify(finding.data[key] ?? null) === JSON.stringify(label[key]));

/**
 * Labels give the dates the text states; `null` means the text does not state it. A rule may
 * still work one out (from the reference date, or from a stated length), so `null` matches a
 * finding that did not read that date from the text: any finding whose basis is not two dates.
 */
const sameStatedDate = (finding: RecordedFinding, label: Record<string, unknown>, key: 'start' | 'close') => {
  if (!(key in label)) return true;
  if (label[key] === null) return finding.data[key] === null || finding.data.basis !== 'dates';
  return finding.data[key] === label[key];
};

const normalise = (words: string) => words.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** A flagged phrase names a labelled term when one contains the other ("impact on" and "impact"). */
const samePhrase = (actual: string, term: string) => {
  const [a, b] = [normalise(actual), normalise(term)];
  return a === b || a.includes(b) || b.includes(a);
};

const CONSULTATION_PROBLEMS = new Set(['missing', 'too-short']);

/**
 * For each rule: which of its findings are scored, what the labels expect, and how a finding
 * matches a label. Findings a rule gives that no label kind covers (a note that the length
 * cannot be checked, say) are not scored.
 */
const RULE_LABELS: Record<ScoredRule, { scored: (finding: RecordedFinding) => boolean; expected: (labels: Labels) => unknown[]; matches: Matcher }> = {
  'consultation-timescale': {
    scored: (finding) => CONSULTATION_PROBLEMS.has(String(finding.data.problem)),
    expected: (labels) => labels.consultation,
    matches: (finding, label: Record<string, unknown>) =>
      finding.data.problem === label.problem &&
      sameFigures(finding, label, ['lengthDays', 'explained']) &&
      sameStatedDate(finding, label, 'start') &&
      sameStatedDate(finding, label, 'close'),
  },
  // Labels give `to` as the first day the change takes effect, which the rule reports as `effective`.
  'notice-period': {
    scored: () => true,
    expected: (labels) => labels.notice,
    matches: (finding, label: Record<string, unknown>) =>
      'stated' in label
        ? finding.data.basis === 'stated'
        : finding.data.basis === 'dates' && finding.data.from === label.from && (finding.data.effective ?? finding.data.to) === label.to,
  },
  'impact-assessment': {
    scored: () => true,
    expected: (labels) => (labels.impact ? [labels.impact] : []),
    matches: (finding, label: string) => finding.data.problem === label,
  },
  jargon: {
    scored: () => true,
    expected: (labels) => labels.jargon,
    matches: (finding, label: string) => samePhrase(finding.actual, label),
  },
  'undefined-acronym': {
    scored: () => true,
    expected: (labels) => labels.acronyms,
    matches: (finding, label: string) => normalise(finding.actual) === normalise(label),
  },
  'date-weekday': {
    scored: () => true,
    expected: (labels) => labels.weekday,
    matches: (finding, label: { date: string; written: string }) =>
      finding.data.problem === 'wrong-weekday' && finding.data.date === label.date,
  },
};

/**
 * Impact is one judgement per passage, and phrases are labelled once however often they
 * occur, so repeated findings that match an already-matched label are not counted again.
 */
const ONE_LABEL_MANY_FINDINGS = new Set<ScoredRule>(['impact-assessment', 'jargon', 'undefined-acronym']);

export function scoreRule(rule: ScoredRule, labels: Labels, findings: readonly RecordedFinding[]): RuleOutcome {
  const { scored, expected, matches } = RULE_LABELS[rule];
  const ours = findings.filter((finding) => finding.ruleId === rule && scored(finding));
  const wanted = expected(labels);
  const matchedLabels = new Set<number>();
  const outcome: RuleOutcome = { truePositives: 0, falsePositives: [], falseNegatives: [], errorTruePositives: 0, errorFindings: 0 };
  for (const finding of ours) {
    const isError = finding.severity === 'error';
    if (isError) outcome.errorFindings++;
    const fresh = wanted.findIndex((label, at) => !matchedLabels.has(at) && matches(finding, label as never));
    if (fresh !== -1) {
      matchedLabels.add(fresh);
      outcome.truePositives++;
      if (isError) outcome.errorTruePositives++;
      // One finding may stand for several changes ("Three grants end on 30 June": data.grants 3),
      // which a labeller may list one by one.
      for (let more = Number(finding.data.grants ?? 1) - 1; more > 0; more--) {
        const next = wanted.findIndex((label, at) => !matchedLabels.has(at) && matches(finding, label as never));
        if (next === -1) break;
        matchedLabels.add(next);
        outcome.truePositives++;
      }
      continue;
    }
    const repeat = ONE_LABEL_MANY_FINDINGS.has(rule) && wanted.some((label, at) => matchedLabels.has(at) && matches(finding, label as never));
    if (repeat) {
      if (isError) outcome.errorFindings--;
      continue;
    }
    outcome.falsePositives.push(finding);
  }
  wanted.forEach((label, at) => {
    if (!matchedLabels.has(at)) outcome.falseNegatives.push(JSON.stringify(label));
  });
  return outcome;
}

export interface Totals {
  passages: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  errorTruePositives: number;
  errorFindings: number;
}

export const emptyTotals = (): Totals => ({ passages: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, errorTruePositives: 0, errorFindings: 0 });

export function addOutcome(totals: Totals, outcome: RuleOutcome): void {
  totals.passages++;
  totals.truePositives += outcome.truePositives;
  totals.falsePositives += outcome.falsePositives.length;
  totals.falseNegatives += outcome.falseNegatives.length;
  totals.errorTruePositives += outcome.errorTruePositives;
  totals.errorFindings += outcome.errorFindings;
}

/** Precision and recall; `null` where there was nothing to measure (no findings, or nothing labelled). */
export function rates(totals: Totals): { precision: number | null; recall: number | null; errorPrecision: number | null } {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    precision: ratio(totals.truePositives, totals.truePositives + totals.falsePositives),
    recall: ratio(totals.truePositives, totals.truePositives + totals.falseNegatives),
    errorPrecision: ratio(totals.errorTruePositives, totals.errorFindings),
  };
}
