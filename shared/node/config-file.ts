/**
 * Find and load `.compactproofrc.json` (or `compactproofrc.json`, as a browser saves it): the nearest one walking up from each input file's
 * folder (stdin: from the working directory), or the one named with `--config`. Each file
 * is read and validated once; an invalid file is reported with its path and the
 * problems shared/config finds (key, bad value, what is allowed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfig, type Config } from '../config/index.ts';
import { compilePatterns, IgnorePatternError } from './ignore.ts';
import type { ConfigSource } from './results.ts';

export const CONFIG_FILE_NAME = '.compactproofrc.json';
/**
 * The same file as a browser saves it: browsers take the leading dot off a download's name,
 * so the extension's "Export" gives `compactproofrc.json`. Found too, after the dotted name.
 */
export const SAVED_CONFIG_FILE_NAME = 'compactproofrc.json';

/** The built-in configuration used when no config file is found. */
export const BUILT_IN: ConfigSource = { key: '<built-in>', config: {} };

export type LoadedConfig = { ok: true; source: ConfigSource; directory: string | undefined } | { ok: false; path: string; message: string };

export class ConfigFiles {
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  /** Path of the nearest config file at or above `directory`, or null. */
  findFrom(directory: string): string | null {
    const start = resolve(directory);
    const seen: string[] = [];
    let current = start;
    let found: string | null = null;
    for (;;) {
      const cached = this.nearest.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(current);
      const candidate = [CONFIG_FILE_NAME, SAVED_CONFIG_FILE_NAME].map((name) => join(current, name)).find((path) => existsSync(path));
      if (candidate) {
        found = candidate;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const folder of seen) this.nearest.set(folder, found);
    return found;
  }

  /** Every config file read or tried, valid or not, by absolute path. */
  readPaths(): string[] {
    return [...this.loaded.keys()];
  }

  /** Read and validate a config file (once); `displayPath` is how messages name it. */
  load(path: string, displayPath = path): LoadedConfig {
    const absolute = resolve(path);
    let result = this.loaded.get(absolute);
    if (!result) {
      result = readConfig(displayPath, absolute);
      this.loaded.set(absolute, result);
    }
    return result;
  }
}

function readConfig(displayPath: string, absolute: string): LoadedConfig {
  let raw: string;
  try {
    raw = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${(error as Error).message})`;
    return { ok: false, path: displayPath, message: `${displayPath}: invalid configuration\n  - ${why}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      path: displayPath,
      message: `${displayPath}: invalid configuration\n  - it is not valid JSON (${(error as Error).message})`,
    };
  }
  try {
    const config: Config = parseConfig(json, displayPath);
    const patternProblem = ignorePatternProblem(config.ignorePatterns ?? []);
    if (patternProblem) return { ok: false, path: displayPath, message: `${displayPath}: invalid configuration\n  - ${patternProblem}` };
    return { ok: true, source: { key: absolute, config }, directory: dirname(absolute) };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, path: displayPath, message: error.message };
    throw error;
  }
}

/** The first ignore pattern that cannot be read, described with its place in the list. */
function ignorePatternProblem(patterns: readonly string[]): string | undefined {
  try {
    compilePatterns(patterns);
    return undefined;
  } catch (error) {
    if (!(error instanceof IgnorePatternError)) throw error;
    return `"ignorePatterns.${error.line - 1}" is ${JSON.stringify(error.pattern)}, which is not a valid pattern: ${error.reason}`;
  }
}
