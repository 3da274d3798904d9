/**
 * Limits on the work one input may cost the command line: how big a file may be, how far
 * a Word file may unpack, how many pages a PDF may have, how much text may be checked, and
 * the time and memory one file may take. Each is checked before the work it bounds, so a
 * hostile or broken file is refused with a message instead of taking the machine down.
 * Set in `.compactproofrc.json` under "limits" or with `--limit NAME=VALUE`; described for
 * users in docs/limits-and-safety.md.
 */
import * as z from 'zod/mini';

export interface LimitDefinition {
  /** What the limit bounds, finishing the sentence "the limit on …". */
  bounds: string;
  /** The unit, for messages: "MB", "pages", "characters", "seconds". */
  unit: string;
  default: number;
  /** Whole numbers only (pages, characters). */
  whole: boolean;
}

/**
 * The defaults are generous for real papers (the largest agenda packs we have seen are a
 * few hundred pages and a few MB of text) and far below what takes a machine down.
 */
export const LIMITS = {
  fileSizeMB: { bounds: 'the size of a file (or of standard input)', unit: 'MB', default: 100, whole: false },
  unpackedSizeMB: { bounds: 'the size a Word file’s text parts or a PDF’s compressed streams unpack to', unit: 'MB', default: 200, whole: false },
  pdfPages: { bounds: 'the number of pages in a PDF', unit: 'pages', default: 5000, whole: true },
  characters: { bounds: 'the length of the text checked in one file', unit: 'characters', default: 25_000_000, whole: true },
  secondsPerFile: { bounds: 'the time spent checking one file', unit: 'seconds', default: 600, whole: false },
  memoryMB: { bounds: 'the memory used while checking one file', unit: 'MB', default: 2048, whole: false },
} as const satisfies Record<string, LimitDefinition>;

export type LimitName = keyof typeof LIMITS;
export type Limits = Record<LimitName, number>;
export const LIMIT_NAMES = Object.keys(LIMITS) as LimitName[];

export const LIMIT_DEFAULTS: Limits = Object.fromEntries(LIMIT_NAMES.map((name) => [name, LIMITS[name].default])) as Limits;

/** The memory cap below which a check cannot even start (the engine itself needs some). */
export const MINIMUM_MEMORY_MB = 64;

function limitValueSchema(name: LimitName) {
  const checks = [z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)];
  const number = LIMITS[name].whole ? z.int().check(...checks) : z.number().check(...checks);
  return name === 'memoryMB' ? number.check(z.minimum(MINIMUM_MEMORY_MB)) : number;
}

/** `"limits": { "fileSizeMB": 50, … }` in a config file; every key optional. */
export const limitsSchema = z.strictObject(
  Object.fromEntries(LIMIT_NAMES.map((name) => [name, z.optional(limitValueSchema(name))])) as {
    [name in LimitName]: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
  },
);

/** Check one `--limit NAME=VALUE` value; returns the number or a message saying what is allowed. */
export function parseLimitValue(name: LimitName, written: string): number | string {
  const value = /^\s*$/.test(written) ? Number.NaN : Number(written);
  const result = limitValueSchema(name).safeParse(value);
  if (result.success) return result.data;
  const what = LIMITS[name].whole ? 'a whole number' : 'a number';
  const minimum = name === 'memoryMB' ? `of at least ${MINIMUM_MEMORY_MB}` : 'greater than 0';
  return `expected ${what} ${minimum}`;
}

/** How a user raises a limit, for the message that says a file went over it. */
export function howToRaise(name: LimitName, current: number): string {
  const suggestion = LIMITS[name].whole ? Math.ceil(current * 2) : current * 2;
  return `to check it anyway, raise the limit with --limit ${name}=${suggestion} or "limits": { "${name}": ${suggestion} } in .compactproofrc.json`;
}
