/**
 * Small, pure edits to a config in the CLI's format, for the options page. Each returns a new
 * config and keeps the user's spelling where it can, so an imported file round-trips.
 */
import type { Config, SEVERITY_SETTINGS } from '../config/index.ts';

type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export interface RuleChoice {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

/** Read any of the three spellings of a rule setting. */
export function ruleChoice(config: Config, ruleId: string): RuleChoice {
  const setting = config.rules?.[ruleId];
  if (setting === undefined) return { options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  if (Array.isArray(setting)) return { severity: setting[0], options: { ...setting[1] } };
  return { ...(setting.severity ? { severity: setting.severity } : {}), options: { ...(setting.options ?? {}) } };
}

/** Write a rule setting back in its simplest spelling; remove it when it says nothing. */
export function withRuleChoice(config: Config, ruleId: string, choice: RuleChoice): Config {
  const rules = { ...(config.rules ?? {}) };
  const options = Object.fromEntries(Object.entries(choice.options).filter(([, value]) => value !== undefined));
  const hasOptions = Object.keys(options).length > 0;
  if (!choice.severity && !hasOptions) delete rules[ruleId];
  else if (!hasOptions) rules[ruleId] = choice.severity!;
  else if (choice.severity) rules[ruleId] = [choice.severity, options];
  else rules[ruleId] = { options };
  const next: Config = { ...config, rules };
  if (Object.keys(rules).length === 0) delete next.rules;
  return next;
}

export function withSeverity(config: Config, ruleId: string, severity: SeveritySetting | undefined): Config {
  return withRuleChoice(config, ruleId, { ...ruleChoice(config, ruleId), severity });
}

export function withOption(config: Config, ruleId: string, key: string, value: unknown): Config {
  const choice = ruleChoice(config, ruleId);
  return withRuleChoice(config, ruleId, { ...choice, options: { ...choice.options, [key]: value } });
}

export function withProfile(config: Config, profile: string | undefined): Config {
  const next: Config = { ...config };
  if (profile) next.profile = profile as Config['profile'];
  else delete next.profile;
  return next;
}

export function withAllowPhrase(config: Config, phrase: string): Config {
  const clean = phrase.replace(/\s+/g, ' ').trim();
  const phrases = config.allowPhrases ?? [];
  if (!clean || phrases.some((known) => known.toLowerCase() === clean.toLowerCase())) return config;
  return { ...config, allowPhrases: [...phrases, clean] };
}

export function withoutAllowPhrase(config: Config, phrase: string): Config {
  const phrases = (config.allowPhrases ?? []).filter((known) => known !== phrase);
  const next: Config = { ...config, allowPhrases: phrases };
  if (phrases.length === 0) delete next.allowPhrases;
  return next;
}

export type OptionKind = 'number' | 'boolean' | 'list' | 'text';

export interface OptionField {
  key: string;
  kind: OptionKind;
  defaultValue: unknown;
}

/**
 * The editable options of a rule, worked out from its defaults (every option has one):
 * numbers, true/false, lists of words, or text. Anything else is left to the JSON import.
 */
export function optionFields(defaults: Record<string, unknown>): OptionField[] {
  const fields: OptionField[] = [];
  for (const [key, value] of Object.entries(defaults)) {
    if (typeof value === 'number') fields.push({ key, kind: 'number', defaultValue: value });
    else if (typeof value === 'boolean') fields.push({ key, kind: 'boolean', defaultValue: value });
    else if (typeof value === 'string') fields.push({ key, kind: 'text', defaultValue: value });
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) fields.push({ key, kind: 'list', defaultValue: value });
  }
  return fields;
}
