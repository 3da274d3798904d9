/**
 * Accuracy figures for the README, computed from the rounds and their first-run records:
 * the latest blind round, all blind rounds together, the real texts, and (last, because it
 * includes the fixes the rounds prompted) the rules as they are now on every round.
 *
 *   npm run accuracy          prints every round's figures and the misses
 *   npm run accuracy -- --table   prints the README's Accuracy table
 */
import { basename } from 'node:path';
import { readFirstRun } from './first-run.ts';
import { readAllRounds, type Round } from './rounds.ts';
import {
  COMPACT_RULES,
  SCORED_RULES,
  addOutcome,
  emptyTotals,
  lintPassage,
  rates,
  scoreRule,
  type RecordedFinding,
  type ScoredRule,
  type Totals,
} from './score.ts';

export type RuleTotals = Record<ScoredRule, Totals> & { compactErrors: Totals };

function newRuleTotals(): RuleTotals {
  const totals = Object.fromEntries(SCORED_RULES.map((rule) => [rule, emptyTotals()])) as RuleTotals;
  totals.compactErrors = emptyTotals();
  return totals;
}

/** Adds a round's outcomes, given the findings for each passage (first-run or current). */
export function tally(rounds: readonly Round[], findingsFor: (round: Round, id: string) => readonly RecordedFinding[] | undefined, into = newRuleTotals()): RuleTotals {
  for (const round of rounds) {
    for (const passage of round.passages) {
      const findings = findingsFor(round, passage.id);
      if (!findings) continue;
      for (const rule of SCORED_RULES) {
        const outcome = scoreRule(rule, passage.labels, findings);
        addOutcome(into[rule], outcome);
        if (COMPACT_RULES.includes(rule)) addOutcome(into.compactErrors, outcome);
      }
    }
  }
  return into;
}

const firstRunFindings = (round: Round, id: string) => readFirstRun(round)?.findings[id];

const current = new Map<string, RecordedFinding[]>();
export function currentFindings(round: Round, id: string): RecordedFinding[] {
  const key = `${round.round}/${id}`;
  let findings = current.get(key);
  if (!findings) {
    findings = lintPassage(round.passages.find((passage) => passage.id === id)!);
    current.set(key, findings);
  }
  return findings;
}

export interface Figures {
  latestBlind: { round: string; totals: RuleTotals } | undefined;
  allBlind: RuleTotals;
  real: RuleTotals;
  now: RuleTotals;
  blindRounds: number;
  blindPassages: number;
  realPassages: number;
}

export function computeFigures(rounds = readAllRounds()): Figures {
  const blind = rounds.filter((round) => round.round.startsWith('blind-'));
  const real = rounds.filter((round) => round.round.startsWith('real-'));
  const latest = blind.at(-1);
  return {
    latestBlind: latest && { round: latest.round, totals: tally([latest], firstRunFindings) },
    allBlind: tally(blind, firstRunFindings),
    real: tally(real, firstRunFindings),
    now: tally(rounds, currentFindings),
    blindRounds: blind.length,
    blindPassages: blind.reduce((sum, round) => sum + round.passages.length, 0),
    realPassages: real.reduce((sum, round) => sum + round.passages.length, 0),
  };
}

const two = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const pr = (totals: Totals) => {
  const { precision, recall } = rates(totals);
  return `${two(precision)} / ${two(recall)}`;
};
const RULE_ROWS: { rule: ScoredRule; label: string }[] = [
  { rule: 'consultation-timescale', label: '`consultation-timescale`' },
  { rule: 'notice-period', label: '`notice-period`' },
  { rule: 'impact-assessment', label: '`impact-assessment`' },
  { rule: 'jargon', label: '`jargon`' },
  { rule: 'undefined-acronym', label: '`undefined-acronym`' },
  { rule: 'date-weekday', label: '`date-weekday`' },
];

/** The README's table: first runs first, the rules as they are now last. */
export function accuracyTable(figures = computeFigures()): string {
  const latest = figures.latestBlind;
  const header = [
    `| Rule | First run, latest blind round (${latest?.round ?? 'none'}) | First run, all ${figures.blindRounds} blind rounds (${figures.blindPassages} passages) | First run, real public texts (${figures.realPassages}) | Now, on all of them |`,
    '| --- | --- | --- | --- | --- |',
  ];
  const rows = RULE_ROWS.map(({ rule, label }) =>
    `| ${label} | ${latest ? pr(latest.totals[rule]) : '–'} | ${pr(figures.allBlind[rule])} | ${pr(figures.real[rule])} | ${pr(figures.now[rule])} |`,
  );
  const errorRow = (totals: RuleTotals) => {
    const { errorPrecision } = rates(totals.compactErrors);
    return `${two(errorPrecision)} (${totals.compactErrors.errorTruePositives} of ${totals.compactErrors.errorFindings})`;
  };
  rows.push(
    `| Compact breaches reported as errors: precision | ${latest ? errorRow(latest.totals) : '–'} | ${errorRow(figures.allBlind)} | ${errorRow(figures.real)} | ${errorRow(figures.now)} |`,
  );
  return [...header, ...rows].join('\n');
}

function describe(label: string, totals: RuleTotals): string {
  const lines = [`${label}`];
  for (const rule of SCORED_RULES) {
    const t = totals[rule];
    lines.push(`  ${rule.padEnd(24)} ${pr(t)}  (TP ${t.truePositives}, FP ${t.falsePositives}, FN ${t.falseNegatives})`);
  }
  const e = totals.compactErrors;
  lines.push(`  ${'errors (Compact rules)'.padEnd(24)} precision ${two(rates(e).errorPrecision)} (${e.errorTruePositives} of ${e.errorFindings})`);
  return lines.join('\n');
}

/** Every round's first run and current figures, with each miss, for people working on the rules. */
export function fullReport(rounds = readAllRounds()): string {
  const parts: string[] = [];
  for (const round of rounds) {
    const firstRun = readFirstRun(round);
    parts.push(describe(`${round.round}: first run${firstRun ? ` (${firstRun.ranOn}, rules at ${firstRun.commit})` : ' NOT RECORDED'}`, tally([round], firstRunFindings)));
    parts.push(describe(`${round.round}: now`, tally([round], currentFindings)));
    for (const passage of round.passages) {
      for (const rule of SCORED_RULES) {
        const outcome = scoreRule(rule, passage.labels, currentFindings(round, passage.id));
        for (const missed of outcome.falseNegatives) parts.push(`    ${passage.id} ${rule} missed ${missed}`);
        for (const wrong of outcome.falsePositives) parts.push(`    ${passage.id} ${rule} wrongly ${wrong.severity} “${wrong.actual}” ${JSON.stringify(wrong.data)}`);
      }
    }
  }
  return parts.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  console.log(process.argv.includes('--table') ? accuracyTable() : fullReport());
}
