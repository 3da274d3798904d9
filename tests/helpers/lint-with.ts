/** Test helpers: lint with one rule (and its options), as the examples harness does. */
import { resolveConfig } from '../../shared/config/index.ts';
import { lint, type LintOptions } from '../../shared/engine/lint.ts';
import type { Finding } from '../../shared/engine/finding.ts';
import { RULES } from '../../lint-rules/index.ts';

/** A fixed "today" so tests never depend on the day they run. */
export const TEST_TODAY = new Date(Date.UTC(2025, 0, 15));

export function lintWithRule(
  ruleId: string,
  text: string,
  options: Record<string, unknown> = {},
  lintOptions: LintOptions = {},
): Finding[] {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === ruleId ? (['warning', options] as const) : ('off' as const)]));
  const config = resolveConfig({ rules: rules as never });
  return lint(text, config, { today: TEST_TODAY, ...lintOptions });
}
