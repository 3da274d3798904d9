/**
 * A document's consultation timescale as a small summary (opens, closes, length, minimum),
 * worked out once from the document facts and shown the same way everywhere: the side
 * panel, the audit report and the CLI's HTML report. Pure: no DOM, no `node:` modules.
 */
import { summaryWithFigures } from './rule-figures.ts';
import { RULES } from '../../lint-rules/index.ts';
import { COMMITMENTS } from '../engine/commitments.ts';
import type { Finding } from '../engine/finding.ts';
import type { ResolvedConfig } from '../engine/lint.ts';
import type { DocumentFacts } from '../document/facts.ts';
import { analyseConsultation, type ConsultationOptions } from '../document/consultation.ts';
import { timescaleVerdict } from './reading-order.ts';

/** A consultation's timescale as worked out from the document (all dates ISO `YYYY-MM-DD`). */
export interface ConsultationSummary {
  start: string | null;
  close: string | null;
  lengthDays: number | null;
  requiredDays: number | null;
  /** The document explains why the period is shorter than the minimum. */
  explained: boolean;
  /** What the consultation-timescale check found, e.g. `too-short`, `missing`, or `ok`. */
  problem: string | null;
}

/** What a report needs to know about a rule. */
export interface RuleInfo {
  id: string;
  /** The reader's name for the check ("Abbreviations"), from the rule's metadata. */
  name: string;
  /** What the check flags, in a sentence: shown under the name where it helps. */
  summary: string;
  commitmentTitle: string;
  commitmentSummary: string;
  url: string;
}

/** Every registered rule's summary and the Compact commitment it rests on, by rule id. */
export function ruleInfo(config?: { rules: { rule: { id: string }; options: unknown }[] }): Record<string, RuleInfo> {
  // Descriptions say the figures the settings use ("six calendar months" under a six-month profile).
  const optionsOf = new Map(config?.rules.map((enabled) => [enabled.rule.id, enabled.options]));
  return Object.fromEntries(
    RULES.map((rule) => {
      const commitment = COMMITMENTS[rule.commitment];
      return [
        rule.id,
        { id: rule.id, name: rule.name, summary: summaryWithFigures(rule.id, rule.summary, optionsOf.get(rule.id)), commitmentTitle: commitment.title, commitmentSummary: commitment.summary, url: rule.url },
      ];
    }),
  );
}

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Read a timescale from whichever field names the analysis uses. */
export function toConsultationSummary(value: unknown): ConsultationSummary | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (record.isConsultation === false || record.skipped === true) return null;
  const pick = (...names: string[]) => names.map((name) => record[name]).find((field) => field !== undefined && field !== null);
  const summary: ConsultationSummary = {
    start: isoDate(pick('start', 'open', 'opens', 'startDate')),
    close: isoDate(pick('close', 'closes', 'end', 'closeDate')),
    lengthDays: numberOrNull(pick('lengthDays', 'days', 'length')),
    requiredDays: numberOrNull(pick('requiredDays', 'minimumDays', 'minDays')),
    explained: pick('explained') === true,
    problem: typeof pick('problem') === 'string' ? (pick('problem') as string) : null,
  };
  const known = summary.start || summary.close || summary.lengthDays !== null || summary.problem;
  return known ? summary : null;
}

/** The document's consultation timescale, or null when it describes no consultation. */
export function consultationOf(facts: DocumentFacts, findings: readonly Finding[], config: ResolvedConfig): ConsultationSummary | null {
  try {
    const ruleOptions = config.rules.find((entry) => entry.rule.id === 'consultation-timescale')?.options;
    // The rule's options when it is on (a profile may change the minimum); otherwise the national Compact's 12 weeks.
    const options: ConsultationOptions = { minDays: 84, statutory: 'skip', ...(ruleOptions as Partial<ConsultationOptions> | undefined) };
    const summary = toConsultationSummary(analyseConsultation(facts, options));
    if (summary) return summary;
  } catch {
    // An analysis failure must not stop the findings from showing.
  }
  // Otherwise the consultation-timescale finding, if any, carries the same facts.
  const finding = findings.find((candidate) => candidate.ruleId === 'consultation-timescale');
  return finding ? toConsultationSummary(finding.data) : null;
}

/** "28 days (4 weeks)", "30 days (4 weeks 2 days)". */
export function daysAndWeeks(n: number): string {
  const weeks = Math.floor(n / 7);
  const rest = n % 7;
  const inWeeks = rest === 0 ? `${weeks} week${weeks === 1 ? '' : 's'}` : `${weeks} weeks ${rest} day${rest === 1 ? '' : 's'}`;
  return `${n} day${n === 1 ? '' : 's'} (${inWeeks})`;
}

/**
 * The rows of a timescale box (label, value) and its one-line verdict, worded once so the
 * side panel and the HTML report never disagree. `britishIsoDate` is passed in to keep this
 * module free of the report's date formatting choices.
 */
export function consultationBox(
  consultation: ConsultationSummary,
  formatDate: (iso: string) => string,
  documentWord = 'page',
): { rows: [string, string][]; verdict: { short: boolean; text: string } | null } {
  const rows: [string, string][] = [
    ['Opens', consultation.start ? formatDate(consultation.start) : 'not stated'],
    ['Closes', consultation.close ? formatDate(consultation.close) : 'not stated'],
    ['Length', consultation.lengthDays !== null ? daysAndWeeks(consultation.lengthDays) : 'cannot be worked out'],
  ];
  if (consultation.requiredDays !== null) rows.push(['Minimum', daysAndWeeks(consultation.requiredDays)]);
  // The same verdict line as the audit report's (shared/report/reading-order.ts).
  return { rows, verdict: timescaleVerdict(consultation, documentWord) };
}
