/**
 * Accuracy figures for the README, computed from the rounds and their first-run records:
 * the latest blind round, all blind rounds together, the real texts, and (last, because it
 * includes the fixes the rounds prompted) the rules as they are now on every round.
 *
 *   npm run accuracy          prints every round's figures and the misses
 *   npm run accuracy -- --table   prints the README's Accuracy table
 *   npm run accuracy -- --update-readme   writes it into README.md
 *   npm run accuracy -- --write-known-misses   lists what the rules still get wrong
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * `jargonWarnings` scores jargon without its wordy-phrase notes (`info`: "in order to",
 * "undertake"), which some labellers mark and others leave, so a reader can see both.
 */
export type RuleTotals = Record<ScoredRule, Totals> & { compactErrors: Totals; jargonWarnings: Totals };

function newRuleTotals(): RuleTotals {
  const totals = Object.fromEntries(SCORED_RULES.map((rule) => [rule, emptyTotals()])) as RuleTotals;
  totals.compactErrors = emptyTotals();
  totals.jargonWarnings = emptyTotals();
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
      const warnings = findings.filter((finding) => !(finding.ruleId === 'jargon' && finding.severity === 'info'));
      addOutcome(into.jargonWarnings, scoreRule('jargon', passage.labels, warnings));
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
  const precisionOnly = (totals: Totals) => two(rates(totals).precision);
  rows.push(
    `| \`jargon\` without its wordy-phrase notes: precision | ${latest ? precisionOnly(latest.totals.jargonWarnings) : '–'} | ${precisionOnly(figures.allBlind.jargonWarnings)} | ${precisionOnly(figures.real.jargonWarnings)} | ${precisionOnly(figures.now.jargonWarnings)} |`,
  );
  rows.push(
    `| Compact breaches reported as errors: precision | ${latest ? errorRow(latest.totals) : '–'} | ${errorRow(figures.allBlind)} | ${errorRow(figures.real)} | ${errorRow(figures.now)} |`,
  );
  return [...header, ...rows, '', roundsTable()].join('\n');
}

/** The first run of every round on its own, in the order the rounds were scored. */
function roundsTable(rounds = readAllRounds()): string {
  const ordered = [...rounds].sort((a, b) => order(a) - order(b) || a.round.localeCompare(b.round));
  const header = [`| First run of each round | ${ordered.map((round) => `${round.round} (${round.passages.length}, rules at ${readFirstRun(round)?.commit ?? '?'})`).join(' | ')} |`, `| --- |${' --- |'.repeat(ordered.length)}`];
  const totals = ordered.map((round) => tally([round], firstRunFindings));
  const rows = RULE_ROWS.map(({ rule, label }) => `| ${label} | ${totals.map((t) => pr(t[rule])).join(' | ')} |`);
  rows.push(`| Compact errors: precision | ${totals.map((t) => two(rates(t.compactErrors).errorPrecision)).join(' | ')} |`);
  return [...header, ...rows].join('\n');
}

/** Rounds in the order they were first run (this session's order; later rounds go after, by name). */
const RUN_ORDER = ['blind-1', 'real-consultation', 'real-letters-nhs', 'real-reports', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9', 'blind-10', 'blind-11', 'blind-12', 'blind-13', 'blind-14', 'blind-15', 'blind-16', 'blind-17', 'blind-18', 'blind-19', 'blind-20', 'blind-21', 'blind-22'];
function order(round: Round): number {
  const at = RUN_ORDER.indexOf(round.round);
  return at === -1 ? RUN_ORDER.length : at;
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

const README = new URL('../../README.md', import.meta.url).pathname;
const TABLE_START = '<!-- accuracy-table: written by npm run accuracy -- --update-readme -->';
const TABLE_END = '<!-- /accuracy-table -->';

/** Writes the table into the README between its markers (the only place it is written by hand is nowhere). */
function updateReadme(): void {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
  writeFileSync(README, `${readme.slice(0, start + TABLE_START.length)}\n${accuracyTable()}\n${readme.slice(end)}`);
  console.log('README.md: accuracy table updated');
}

const KNOWN_MISSES = new URL('./known-misses.ts', import.meta.url).pathname;

/**
 * Lists every passage the rules now get wrong, each with what is wrong, as known-misses.ts.
 * Run after a batch of fixes, then read the diff: each line added is a miss someone accepted.
 */
function writeKnownMisses(rounds = readAllRounds()): void {
  const entries: string[] = [];
  for (const round of rounds) {
    for (const passage of round.passages) {
      for (const rule of SCORED_RULES) {
        const outcome = scoreRule(rule, passage.labels, currentFindings(round, passage.id));
        const what = [
          ...outcome.falseNegatives.map((label) => `misses ${label}`),
          ...outcome.falsePositives.map((finding) => `wrongly reports “${finding.actual.replace(/\s+/g, ' ').slice(0, 60)}” (${String(finding.data.problem ?? finding.data.term ?? finding.data.acronym ?? finding.data.basis ?? '')})`),
        ];
        if (what.length) entries.push(`  ${JSON.stringify(`${passage.id}/${rule}`)}: ${JSON.stringify(what.join('; '))},`);
      }
    }
  }
  const head = readFileSync(KNOWN_MISSES, 'utf8').split('export const KNOWN_MISSES')[0]!;
  writeFileSync(KNOWN_MISSES, `${head}export const KNOWN_MISSES: Record<string, string> = {\n${entries.join('\n')}\n};\n`);
  console.log(`known-misses.ts: ${entries.length} passage/rule pairs`);
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  if (process.argv.includes('--write-known-misses')) writeKnownMisses();
  else if (process.argv.includes('--update-readme')) updateReadme();
  else console.log(process.argv.includes('--table') ? accuracyTable() : fullReport());
}
