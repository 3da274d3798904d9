/**
 * The command line: option definitions, our own argument reader, the help text, and checks
 * that turn every bad value into a usage error naming the option, the value and what is
 * allowed (exit code 2).
 */
import { LIMIT_DEFAULTS, LIMIT_NAMES, LIMITS, parseLimitValue, PROFILES, RULE_IDS, SEVERITY_SETTINGS, type LimitName, type Limits } from '../config/index.ts';
import { parseIsoDate } from '../document/facts.ts';
import type { Severity } from '../engine/finding.ts';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html', 'csv'] as const;
/** What `--summary` can summarise instead of listing findings. */
export const SUMMARIES = ['consultations'] as const;
export type Summary = (typeof SUMMARIES)[number];
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
  /** Where to write reviewed copies of Word documents (a .docx name, or a folder). */
  annotate?: string;
  referenceDate?: string;
  profile?: string;
  config?: string;
  ruleOverrides: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  /** `--limit NAME=VALUE`: these win over the config file's "limits". */
  limits: Partial<Limits>;
  maxWarnings?: number;
  minSeverity: Severity;
  why: boolean;
  letter: boolean;
  /** `--summary consultations`: one row per document (its consultation's dates and verdict) instead of the findings. */
  summary?: Summary;
  /** `--letter-other-points`: the letter adds jargon, abbreviations and dates as one short section. */
  letterOtherPoints: boolean;
  ignorePath?: string;
  stdinFilename?: string;
  jobs?: number;
  help: boolean;
  version: boolean;
}

type OptionName =
  | 'format'
  | 'output'
  | 'annotate'
  | 'reference-date'
  | 'profile'
  | 'config'
  | 'rule'
  | 'limit'
  | 'max-warnings'
  | 'min-severity'
  | 'quiet'
  | 'why'
  | 'letter'
  | 'summary'
  | 'letter-other-points'
  | 'ignore-path'
  | 'stdin-filename'
  | 'jobs'
  | 'help'
  | 'version';

/** "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

interface OptionDefinition {
  short?: string;
  /** For options that take a value: what the value should be, for the "needs a value" message. */
  value?: string;
  multiple?: boolean;
}

/** Every option; those with `value` take one (`--name VALUE` or `--name=VALUE`), the rest are switches. */
const DEFINITIONS: Record<OptionName, OptionDefinition> = {
  format: { short: 'f', value: 'stylish, json, sarif, github or html; csv with --summary' },
  output: { short: 'o', value: 'the name of the file to write the report to' },
  annotate: { value: 'the name of the reviewed copy, such as paper-reviewed.docx, or a folder for several documents' },
  'reference-date': { value: 'a date written YYYY-MM-DD, such as 2025-03-01' },
  profile: { value: orList(PROFILES.map((profile) => profile.id)) },
  config: { short: 'c', value: 'the path of a config file' },
  rule: { value: 'ID=SEVERITY, for example undefined-acronym=off', multiple: true },
  limit: { value: 'NAME=VALUE, for example fileSizeMB=200', multiple: true },
  'max-warnings': { value: 'a whole number of at least 0' },
  'min-severity': { value: 'info, warning or error' },
  quiet: { short: 'q' },
  why: {},
  letter: {},
  summary: { value: 'consultations' },
  'letter-other-points': {},
  'ignore-path': { value: 'the path of a file of ignore patterns' },
  'stdin-filename': { value: 'a file name, such as paper.md' },
  jobs: { short: 'j', value: 'a whole number of at least 1' },
  help: { short: 'h' },
  version: { short: 'v' },
};

/** The limits and their defaults, two to a line, indented under --limit. */
const LIMIT_HELP = [0, 2, 4]
  .map((start) => `                             ${LIMIT_NAMES.slice(start, start + 2).map((name) => `${name} (default ${LIMIT_DEFAULTS[name]})`).join(', ')}${start === 4 ? ';' : ','}`)
  .join('\n');

export const HELP = `Usage: compact-proof [options] <file|folder|->...

Checks council and NHS documents against the Compact with the voluntary and community
sector: consultation timescales, notice when funding ends or changes, impact assessments
and plain language. Reads .txt, .md, .html, .docx and .pdf; folders are searched for
those files; "-" reads standard input. Nothing leaves your computer.

Options:
  -f, --format NAME          stylish (default), json, sarif, github or html (one
                             self-contained page to open, print or attach to an e-mail)
  -o, --output FILE          write the report to FILE instead of the screen (never an input)
      --annotate OUT         also write a reviewed copy of each Word document with every
                             finding as a comment on the flagged words: OUT.docx for one
                             document, or a folder for several (the originals are not changed)
      --reference-date DATE  date (YYYY-MM-DD) that dates without a year and "next month"
                             are read against; default: the date the document gives itself,
                             else today
      --profile NAME         ${PROFILES.map((profile) => profile.id).join(' or ')}
  -c, --config FILE          use this config file instead of the nearest .compactproofrc.json
      --rule ID=SEVERITY     set a rule to off, info, warning or error (repeatable)
      --limit NAME=VALUE     change a limit on the work one file may cost (repeatable):
${LIMIT_HELP}
                             a file over a limit is reported (exit 2), the rest are still
                             checked. See docs/limits-and-safety.md
      --max-warnings N       fail (exit 1) when there are more than N warnings
      --min-severity LEVEL   show only findings at least this serious: info, warning or error
  -q, --quiet                show errors only (same as --min-severity error)
      --why                  print the Compact commitment behind each finding under it
      --letter               print a challenge letter built from the findings instead of
                             a report (plain text, or Markdown with --output NAME.md);
                             not with --format
      --summary consultations
                             instead of the findings, one row per document: the
                             consultation's title, opening and closing dates, length in
                             days and weeks, verdict against the minimum, whether a
                             reason for a shorter period is given, and the file; as a
                             table, or with --format csv as CSV
      --letter-other-points  the letter raises only Compact breaches; with this it also
                             mentions jargon, abbreviations and dates, briefly
      --ignore-path FILE     gitignore-style patterns of files to skip
                             (default: .compactproofignore in the current folder)
      --stdin-filename NAME  name (and so format and config) for the text read from "-"
  -j, --jobs N               threads to check files on (default, and at most: one per core)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors, or too many
warnings; 2 a usage error, an invalid config file, or an input that could not be read
or went over a limit.
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

/** Letters changed, added or dropped to turn one word into the other (for "did you mean"). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to a mistyped one, when it is close enough to be a likely typo. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = candidate.startsWith(name) && name.length >= 3 ? 1 : editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 4)) + 1 ? best : undefined;
}

function parseLimit(value: string): [LimitName, number] {
  const match = /^([^=]+)=(.*)$/.exec(value);
  if (!match) throw new UsageError(`--limit is "${value}"; expected NAME=VALUE, for example --limit fileSizeMB=200`);
  const [, name, written] = match as unknown as [string, string, string];
  if (!(LIMIT_NAMES as string[]).includes(name)) {
    const guess = closest(name, LIMIT_NAMES);
    throw new UsageError(`--limit is "${value}", but "${name}" is not a limit compact-proof knows${guess ? ` (did you mean "${guess}"?)` : ''}; the limits are: ${LIMIT_NAMES.join(', ')}`);
  }
  const parsed = parseLimitValue(name as LimitName, written);
  if (typeof parsed === 'string') throw new UsageError(`--limit is "${value}", but "${written}" is not allowed for ${name} (${LIMITS[name as LimitName].unit}); ${parsed}`);
  return [name as LimitName, parsed];
}

function parseRuleOverride(value: string): [string, CliOptions['ruleOverrides'][string]] {
  const match = /^([^=]+)=(.*)$/.exec(value);
  if (!match) throw new UsageError(`--rule is "${value}"; expected ID=SEVERITY, for example --rule undefined-acronym=off`);
  const [, id, severity] = match as unknown as [string, string, string];
  if (!RULE_IDS.includes(id)) {
    const guess = closest(id, RULE_IDS);
    throw new UsageError(
      `--rule is "${value}", but "${id}" is not a rule compact-proof knows${guess ? ` (did you mean "${guess}"?)` : ''}; the rules are: ${RULE_IDS.join(', ')}`,
    );
  }
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule is "${value}", but "${severity}" is not a setting for the rule ${id}; expected one of: ${SEVERITY_SETTINGS.join(', ')}`);
  }
  return [id, severity as CliOptions['ruleOverrides'][string]];
}

const LONG_NAMES = Object.keys(DEFINITIONS) as OptionName[];
const BY_SHORT = new Map(LONG_NAMES.flatMap((name) => (DEFINITIONS[name].short ? [[DEFINITIONS[name].short!, name] as const] : [])));

interface Parsed {
  values: Partial<Record<OptionName, string[]>>;
  positionals: string[];
}

function unknownOption(written: string): UsageError {
  const name = written.replace(/^-+/, '').replace(/=.*$/, '');
  const guess = written.startsWith('--') ? closest(name, LONG_NAMES) : undefined;
  return new UsageError(
    `"${written}" is not an option compact-proof knows${guess ? ` (did you mean --${guess}?)` : ''}. ` +
      `To check a file whose name begins with "-", put -- before it`,
  );
}

/**
 * Read the arguments ourselves rather than with node:util parseArgs, whose messages name
 * its own internals and which refuses a value that begins with "-" (`--max-warnings -1`)
 * instead of letting us say what is wrong with it. Supported: `--name VALUE`,
 * `--name=VALUE`, `-x VALUE`, `-xVALUE`, grouped switches (`-qv`), `-` for standard input
 * and `--` to end the options.
 */
function readArguments(argv: readonly string[]): Parsed {
  const values: Parsed['values'] = {};
  const positionals: string[] = [];
  const set = (name: OptionName, value: string) => {
    values[name] = DEFINITIONS[name].multiple ? [...(values[name] ?? []), value] : [value];
  };
  /** The next argument as this option's value, unless it is missing or is itself an option. */
  const takeValue = (name: OptionName, index: number, written: string): string => {
    const next = argv[index + 1];
    const looksLikeOption = next !== undefined && (next === '--' || next.startsWith('--') || (/^-[A-Za-z]/.test(next) && BY_SHORT.has(next[1]!)));
    if (next === undefined || looksLikeOption) {
      const example = name === 'rule' ? 'undefined-acronym=off' : name === 'format' ? 'json' : name === 'max-warnings' ? '10' : undefined;
      throw new UsageError(
        `${written} needs a value (${DEFINITIONS[name].value})${example ? `, for example ${written} ${example}` : ''}` +
          (next === undefined ? '' : `; it was followed by the option "${next}" instead`),
      );
    }
    return next;
  };

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      for (const positional of argv.slice(index + 1)) positionals.push(positional);
      break;
    }
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      const name = (equals === -1 ? arg.slice(2) : arg.slice(2, equals)) as OptionName;
      const written = `--${name}`;
      if (!Object.hasOwn(DEFINITIONS, name)) throw unknownOption(arg);
      const definition = DEFINITIONS[name];
      if (!definition.value) {
        if (equals !== -1) throw new UsageError(`${written} is a switch and takes no value, but was given "${arg.slice(equals + 1)}"; write ${written} on its own`);
        set(name, '');
      } else if (equals !== -1) set(name, arg.slice(equals + 1));
      else set(name, takeValue(name, index++, written));
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      // One or more short options: switches may be grouped; an option with a value takes the rest, or the next argument.
      for (let at = 1; at < arg.length; at++) {
        const name = BY_SHORT.get(arg[at]!);
        if (!name) throw unknownOption(`-${arg[at]}`);
        const written = `-${arg[at]}`;
        if (!DEFINITIONS[name].value) {
          set(name, '');
          continue;
        }
        const rest = arg.slice(at + 1).replace(/^=/, '');
        if (rest) set(name, rest);
        else set(name, takeValue(name, index++, written));
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { values, positionals };
}

export function parseCommandLine(argv: readonly string[]): CliOptions {
  const { values, positionals } = readArguments(argv);
  const last = (name: OptionName) => values[name]?.at(-1);
  const on = (name: OptionName) => values[name] !== undefined;

  const referenceDate = last('reference-date');
  if (referenceDate !== undefined && !parseIsoDate(referenceDate)) {
    throw new UsageError(`--reference-date is "${referenceDate}"; expected a real calendar date written YYYY-MM-DD, such as 2025-03-01`);
  }
  const profile = last('profile');
  if (profile !== undefined) oneOf('profile', profile, PROFILES.map((p) => p.id));

  const ruleOverrides: CliOptions['ruleOverrides'] = {};
  for (const value of values.rule ?? []) {
    const [id, severity] = parseRuleOverride(value);
    ruleOverrides[id] = severity;
  }

  const limits: CliOptions['limits'] = {};
  for (const value of values.limit ?? []) {
    const [name, limit] = parseLimit(value);
    limits[name] = limit;
  }

  const minSeverity = on('quiet') ? 'error' : oneOf('min-severity', last('min-severity') ?? 'info', MIN_SEVERITIES);
  const format = oneOf('format', last('format') ?? 'stylish', FORMATS);
  const letter = on('letter') || on('letter-other-points');
  const summary = last('summary') === undefined ? undefined : oneOf('summary', last('summary')!, SUMMARIES);
  if (summary && letter) {
    throw new UsageError('--summary consultations prints a table, and --letter a letter; use one of them at a time');
  }
  if (summary && on('format') && format !== 'csv' && format !== 'stylish') {
    throw new UsageError(`--summary consultations can be written as a table (the default) or with --format csv, not --format ${format}`);
  }
  if (format === 'csv' && !summary) {
    throw new UsageError('--format csv is for the consultations table: add --summary consultations, or choose another format (stylish, json, sarif, github or html)');
  }
  // A pipeline asking for JSON must not silently get a letter in prose instead.
  if (letter && on('format')) {
    throw new UsageError(
      `--letter writes a challenge letter, not a report, so it cannot be used with --format ${last('format')}. ` +
        'Leave out --format for the letter as plain text (or add --output letter.md for Markdown), or leave out --letter for the report',
    );
  }

  return {
    inputs: positionals,
    format,
    output: last('output'),
    annotate: last('annotate'),
    referenceDate,
    profile,
    config: last('config'),
    ruleOverrides,
    limits,
    maxWarnings: last('max-warnings') === undefined ? undefined : positiveWhole('max-warnings', last('max-warnings')!, 0),
    minSeverity,
    why: on('why'),
    letter,
    letterOtherPoints: on('letter-other-points'),
    summary,
    ignorePath: last('ignore-path'),
    stdinFilename: last('stdin-filename'),
    jobs: last('jobs') === undefined ? undefined : positiveWhole('jobs', last('jobs')!, 1),
    help: on('help'),
    version: on('version'),
  };
}
