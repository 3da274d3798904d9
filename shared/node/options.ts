/**
 * The command line: option definitions (node:util parseArgs), the help text, and checks
 * that turn every bad value into a usage error naming the option, the value and what is
 * allowed (exit code 2).
 */
import { parseArgs } from 'node:util';
import { PROFILES, RULE_IDS, SEVERITY_SETTINGS } from '../config/index.ts';
import { parseIsoDate } from '../document/facts.ts';
import type { Severity } from '../engine/finding.ts';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
const MIN_SEVERITIES = ['info', 'warning', 'error'] as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CliOptions {
  inputs: string[];
  format: Format;
  output?: string;
  referenceDate?: string;
  profile?: string;
  config?: string;
  ruleOverrides: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  maxWarnings?: number;
  minSeverity: Severity;
  why: boolean;
  letter: boolean;
  ignorePath?: string;
  stdinFilename?: string;
  jobs?: number;
  help: boolean;
  version: boolean;
}

const DEFINITIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'reference-date': { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'min-severity': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  why: { type: 'boolean' },
  letter: { type: 'boolean' },
  'ignore-path': { type: 'string' },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const HELP = `Usage: compact-proof [options] <file|folder|->...

Checks council and NHS documents against the Compact with the voluntary and community
sector: consultation timescales, notice when funding ends or changes, impact assessments
and plain language. Reads .txt, .md, .html, .docx and .pdf; folders are searched for
those files; "-" reads standard input. Nothing leaves your computer.

Options:
  -f, --format NAME          stylish (default), json, sarif or github
  -o, --output FILE          write the report to FILE instead of the screen (never an input)
      --reference-date DATE  date (YYYY-MM-DD) that dates without a year and "next month"
                             are read against; default: the date the document gives itself,
                             else today
      --profile NAME         ${PROFILES.map((profile) => profile.id).join(' or ')}
  -c, --config FILE          use this config file instead of the nearest .compactproofrc.json
      --rule ID=SEVERITY     set a rule to off, info, warning or error (repeatable)
      --max-warnings N       fail (exit 1) when there are more than N warnings
      --min-severity LEVEL   show only findings at least this serious: info, warning or error
  -q, --quiet                show errors only (same as --min-severity error)
      --why                  print the Compact commitment behind each finding under it
      --letter               print a challenge letter built from the findings
      --ignore-path FILE     gitignore-style patterns of files to skip
                             (default: .compactproofignore in the current folder)
      --stdin-filename NAME  name (and so format and config) for the text read from "-"
  -j, --jobs N               threads to check many files on (default: one per core)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors, or too many
warnings; 2 a usage error, an invalid config file or an input that could not be read.
`;

function positiveWhole(option: string, value: string, minimum: number): number {
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new UsageError(`--${option} is "${value}"; expected a whole number of at least ${minimum}`);
  }
  return Number(value);
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} is "${value}"; expected one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function parseRuleOverride(value: string): [string, CliOptions['ruleOverrides'][string]] {
  const match = /^([^=]+)=(.*)$/.exec(value);
  if (!match) throw new UsageError(`--rule is "${value}"; expected ID=SEVERITY, for example --rule undefined-acronym=off`);
  const [, id, severity] = match as unknown as [string, string, string];
  if (!RULE_IDS.includes(id)) throw new UsageError(`--rule names "${id}", which is not a rule compact-proof knows; rules: ${RULE_IDS.join(', ')}`);
  return [id, oneOf('rule', severity, SEVERITY_SETTINGS)];
}

export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: DEFINITIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;

  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && !parseIsoDate(referenceDate)) {
    throw new UsageError(`--reference-date is "${referenceDate}"; expected a real calendar date written YYYY-MM-DD, such as 2025-03-01`);
  }
  const profile = values.profile;
  if (profile !== undefined) oneOf('profile', profile, PROFILES.map((p) => p.id));

  const ruleOverrides: CliOptions['ruleOverrides'] = {};
  for (const value of values.rule ?? []) {
    const [id, severity] = parseRuleOverride(value);
    ruleOverrides[id] = severity;
  }

  const minSeverity = values.quiet ? 'error' : oneOf('min-severity', values['min-severity'] ?? 'info', MIN_SEVERITIES);

  return {
    inputs: positionals,
    format: oneOf('format', values.format ?? 'stylish', FORMATS),
    output: values.output,
    referenceDate,
    profile,
    config: values.config,
    ruleOverrides,
    maxWarnings: values['max-warnings'] === undefined ? undefined : positiveWhole('max-warnings', values['max-warnings'], 0),
    minSeverity,
    why: values.why ?? false,
    letter: values.letter ?? false,
    ignorePath: values['ignore-path'],
    stdinFilename: values['stdin-filename'],
    jobs: values.jobs === undefined ? undefined : positiveWhole('jobs', values.jobs, 1),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
