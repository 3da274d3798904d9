/**
 * Lint a web page's extracted text with the user's settings and summarise the result for
 * the side panel. Runs in the background worker, off the page's main thread.
 *
 * The reference date for year-less dates is today, unless the page states its own date
 * (the engine's document-date facts find it), so "closes on 31 May" is judged as a reader
 * would judge it.
 */
import { resolveConfig, type Config } from '../config/index.ts';
import type { Finding, Severity } from '../engine/finding.ts';
import { lintDocument, type ResolvedConfig } from '../engine/lint.ts';
import type { DocumentFacts } from '../document/facts.ts';
import { consultationOf, ruleInfo } from '../report/consultation-summary.ts';
import type { ExtractedHeading } from './extract.ts';
import type { CheckSummary } from './messages.ts';

// Moved to shared/report so the CLI's reports use the same summary; still exported here.
export { ruleInfo, toConsultationSummary } from '../report/consultation-summary.ts';

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
  return { findings, summary: summarise(findings, facts, resolvedConfig) };
}
