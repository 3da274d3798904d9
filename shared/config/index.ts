/**
 * Validate a user's configuration and resolve it against the rule registry and profiles:
 * profile options first, then the user's options, then each rule's defaults, all checked
 * by the rule's own schema. The result is what the engine runs.
 */
import * as z from 'zod/mini';
import { RULES } from '../../lint-rules/index.ts';
import type { ResolvedConfig } from '../engine/lint.ts';
import { ConfigError, describeIssues, reservedKeyProblems } from './errors.ts';
import { DEFAULT_PROFILE, getProfile, PROFILES } from './profiles.ts';
import { configSchema, type Config, type RuleSetting, type SeveritySetting } from './schema.ts';

export { ConfigError } from './errors.ts';
export { PROFILES, DEFAULT_PROFILE } from './profiles.ts';
export { configSchema, type Config, SEVERITY_SETTINGS } from './schema.ts';
export { LIMITS, LIMIT_DEFAULTS, LIMIT_NAMES, howToRaise, parseLimitValue, type LimitName, type Limits } from './limits.ts';

export const RULE_IDS = RULES.map((rule) => rule.id);

/** Parse and check a config object (from JSON, the options page or a test). Throws ConfigError. */
export function parseConfig(input: unknown, origin = 'configuration'): Config {
  // JSON.parse keeps "__proto__" as an ordinary key, which the schema would then skip without a word.
  const reserved = reservedKeyProblems(input);
  if (reserved.length) throw new ConfigError(origin, reserved);
  const result = configSchema.safeParse(input);
  if (!result.success) throw new ConfigError(origin, describeIssues(result.error.issues, input, configSchema));
  const problems: string[] = [];
  for (const id of Object.keys(result.data.rules ?? {})) {
    if (!RULE_IDS.includes(id)) problems.push(`"rules.${id}" is not a rule compact-proof knows; rules: ${RULE_IDS.join(', ')}`);
  }
  if (problems.length) throw new ConfigError(origin, problems);
  // Check rule options now, so a bad option is reported against the file it came from.
  resolveConfig(result.data, {}, origin);
  return result.data;
}

function splitSetting(setting: RuleSetting | undefined): { severity?: SeveritySetting; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  if (typeof setting === 'string') return { severity: setting };
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] };
  return setting;
}

export interface ConfigOverrides {
  profile?: string;
  /** Severities from the command line, e.g. `--rule jargon=off`. */
  rules?: Record<string, SeveritySetting>;
  allowPhrases?: string[];
}

/** Apply profile, user options and overrides. Throws ConfigError naming the bad key. */
export function resolveConfig(config: Config = {}, overrides: ConfigOverrides = {}, origin = 'configuration'): ResolvedConfig {
  const profileId = overrides.profile ?? config.profile ?? DEFAULT_PROFILE;
  const profile = getProfile(profileId);
  if (!profile) {
    throw new ConfigError(origin, [`"profile" is ${JSON.stringify(profileId)}; expected one of: ${PROFILES.map((p) => JSON.stringify(p.id)).join(', ')}`]);
  }
  const problems: string[] = [];
  const rules: ResolvedConfig['rules'] = [];
  for (const rule of RULES) {
    const user = splitSetting(config.rules?.[rule.id]);
    const severity = overrides.rules?.[rule.id] ?? user.severity ?? rule.defaultSeverity;
    const merged = { ...(profile.rules as Record<string, Record<string, unknown>>)[rule.id], ...user.options };
    const parsed = (rule.options as z.ZodMiniType).safeParse(merged);
    if (!parsed.success) {
      for (const problem of describeIssues(parsed.error.issues, merged, rule.options as z.ZodMiniType, ['rules', rule.id, 'options'])) problems.push(problem);
      continue;
    }
    if (severity === 'off') continue;
    rules.push({ rule, severity, options: parsed.data });
  }
  if (problems.length) throw new ConfigError(origin, problems);
  return {
    profile: profile.id,
    rules,
    allowPhrases: [...(config.allowPhrases ?? []), ...(overrides.allowPhrases ?? [])],
  };
}
