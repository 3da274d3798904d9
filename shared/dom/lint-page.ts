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
import { lintDocument, LintBudgetExceeded, type ResolvedConfig } from '../engine/lint.ts';
import type { DocumentFacts } from '../document/facts.ts';
import { consultationOf, ruleInfo } from '../report/consultation-summary.ts';
import type { ExtractedHeading } from './extract.ts';
import type { CheckSummary } from './messages.ts';

// Moved to shared/report so the CLI's reports use the same summary; still exported here.
export { ruleInfo, toConsultationSummary } from '../report/consultation-summary.ts';

export interface PageText {
  text: string;
  headings: ExtractedHeading[];
  /** Where the page's links are in the text (impact-assessment counts a linked assessment). */
  links?: { start: number; end: number; href: string }[];
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
    rules: ruleInfo(config),
    profile: config.profile,
    referenceDate: facts.referenceDate.toISOString().slice(0, 10),
    referenceDateSource: facts.referenceDateSource,
    consultation: consultationOf(facts, findings, config),
  };
}

/**
 * How much of a page the background worker will check. Any page on the web can be opened, and
 * the worker checks one page at a time, so a hostile or enormous page must not hold it: pages
 * with more text than `maxChars` are refused before any work, and a check that runs past
 * `maxMs` stops (see LintBudget in shared/engine/lint.ts). Long council pages are far smaller:
 * a 50-page Google Doc is about 170,000 characters.
 */
export const PAGE_LIMITS = { maxChars: 2_000_000, maxMs: 30_000 } as const;

/** A page over a limit, in words the side panel shows after "The check did not finish:". */
export function pageLimitMessage(error: LintBudgetExceeded): string {
  const number = (value: number) => value.toLocaleString('en-GB');
  if (error.reason === 'too-large') {
    return `this page is too large to check. Its text is ${number(error.actual)} characters long, and compact-proof checks pages of up to ${number(error.limit)} characters. No findings are shown.`;
  }
  return `checking this page took longer than ${number(Math.round(error.limit / 1000))} seconds, so compact-proof stopped. The page may be very long or unusually built. No findings are shown.`;
}

export function lintPage(
  page: PageText,
  config: Config,
  sitePhrases: string[],
  today: Date = new Date(),
  limits: { maxChars: number; maxMs: number; now?: () => number } = PAGE_LIMITS,
): { findings: Finding[]; summary: CheckSummary } {
  const resolvedConfig = resolveCached(config, sitePhrases);
  try {
    const { findings, facts } = lintDocument(page.text, resolvedConfig, { format: 'html', headings: page.headings, links: page.links, today, budget: limits });
    // The letter names where each point is ("Under “Opening hours”:"), not a line number.
    const sections = page.headings.map((heading) => ({ start: heading.start, heading: page.text.slice(heading.start, heading.end).replace(/\s+/g, ' ').trim() }));
    return { findings, summary: { ...summarise(findings, facts, resolvedConfig), sections } };
  } catch (error) {
    if (error instanceof LintBudgetExceeded) throw new Error(pageLimitMessage(error));
    throw error;
  }
}
