/**
 * Lint a web page's extracted text with the user's settings and summarise the result for
 * the side panel. Runs in the background worker, off the page's main thread.
 *
 * The reference date for year-less dates is today, unless the page states its own date
 * (the engine's document-date facts find it), so "closes on 31 May" is judged as a reader
 * would judge it.
 */
import { RULES } from '../../lint-rules/index.ts';
import { resolveConfig, type Config } from '../config/index.ts';
import { COMMITMENTS } from '../engine/commitments.ts';
import type { Finding, Severity } from '../engine/finding.ts';
import { lintDocument, type ResolvedConfig } from '../engine/lint.ts';
import type { DocumentFacts } from '../document/facts.ts';
import { analyseConsultation, type ConsultationOptions } from '../document/consultation.ts';
import type { ExtractedHeading } from './extract.ts';
import type { CheckSummary, ConsultationSummary, RuleInfo } from './messages.ts';

export interface PageText {
  text: string;
  headings: ExtractedHeading[];
}

/** Resolving a config builds the rules' unified processor; keep the last few. */
const resolved = new Map<string, ResolvedConfig>();

function resolveCached(config: Config, sitePhrases: string[]): ResolvedConfig {
  const key = JSON.stringify([config, sitePhrases]);
  let result = resolved.get(key);
  if (!result) {
    result = resolveConfig(config, { allowPhrases: sitePhrases }, 'stored settings');
    if (resolved.size > 8) resolved.clear();
    resolved.set(key, result);
  }
  return result;
}

export function ruleInfo(): Record<string, RuleInfo> {
  return Object.fromEntries(
    RULES.map((rule) => {
      const commitment = COMMITMENTS[rule.commitment];
      return [
        rule.id,
        { id: rule.id, name: rule.name, summary: rule.summary, commitmentTitle: commitment.title, commitmentSummary: commitment.summary, url: rule.url },
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

function consultationOf(facts: DocumentFacts, findings: Finding[], config: ResolvedConfig): ConsultationSummary | null {
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

export function summarise(findings: Finding[], facts: DocumentFacts, config: ResolvedConfig): CheckSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  }
  return {
    total: findings.length,
    bySeverity,
    byRule: [...byRule].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
    rules: ruleInfo(),
    profile: config.profile,
    referenceDate: facts.referenceDate.toISOString().slice(0, 10),
    referenceDateSource: facts.referenceDateSource,
    consultation: consultationOf(facts, findings, config),
  };
}

export function lintPage(
  page: PageText,
  config: Config,
  sitePhrases: string[],
  today: Date = new Date(),
): { findings: Finding[]; summary: CheckSummary } {
  const resolvedConfig = resolveCached(config, sitePhrases);
  const { findings, facts } = lintDocument(page.text, resolvedConfig, { format: 'html', headings: page.headings, today });
  const sections = page.headings.map((heading) => ({ start: heading.start, heading: page.text.slice(heading.start, heading.end).replace(/\s+/g, ' ').trim() }));
  return { findings, summary: { ...summarise(findings, facts, resolvedConfig), sections } };
}
