/**
 * The configuration file (`.compactproofrc.json`), shared by the CLI and the extension's
 * options page (import/export uses exactly this format). Rule options are checked against
 * each rule's own schema when the config is resolved.
 */
import * as z from 'zod/mini';
import { limitsSchema } from './limits.ts';
import { PROFILE_IDS } from './profiles.ts';

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const severitySettingSchema = z.enum(SEVERITY_SETTINGS);

/** Three spellings, as in ESLint: `"warning"`, `["warning", {…options}]` or `{"severity": …, "options": {…}}`. */
export const ruleSettingSchema = z.union([
  severitySettingSchema,
  z.tuple([severitySettingSchema, z.record(z.string(), z.unknown())]),
  z.strictObject({
    severity: z.optional(severitySettingSchema),
    options: z.optional(z.record(z.string(), z.unknown())),
  }),
]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const configSchema = z.strictObject({
  /** Lets editors offer completion; ignored by compact-proof. */
  $schema: z.optional(z.string()),
  profile: z.optional(z.enum(PROFILE_IDS)),
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
  /** Phrases never to flag, whatever the rule (case and spacing ignored). */
  allowPhrases: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Files and folders the CLI skips (globs relative to the config file). */
  ignorePatterns: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Limits on the work one file may cost the CLI (see limits.ts); the extension ignores them. */
  limits: z.optional(limitsSchema),
});

export type Config = z.infer<typeof configSchema>;
