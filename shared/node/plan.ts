/**
 * Turn the command line's inputs into an ordered plan: a job for each file to check (with
 * the configuration that applies to it), or a ready-made failure for an input that cannot
 * be checked (missing, or under an invalid config file). Ignored files are left out.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { LIMIT_DEFAULTS, type Limits } from '../config/limits.ts';
import { BUILT_IN, ConfigFiles, type LoadedConfig } from './config-file.ts';
import { MB } from './extract/types.ts';
import { IgnoreList, IgnorePatternError } from './ignore.ts';
import { UsageError, type CliOptions } from './options.ts';
import { outputConflict, type ReadFile, type ReadSet } from './output-target.ts';
import { describeReadError, fileTooLarge, notARegularFile } from './read-input.ts';
import type { FileJob, FileResult } from './results.ts';
import { expandInputs } from './walk.ts';

export const IGNORE_FILE_NAME = '.compactproofignore';
export const STDIN = '-';

export type PlanEntry = { job: FileJob } | { failed: FileResult };

export interface Plan {
  entries: PlanEntry[];
  /** Invalid config files, each reported once however many inputs they cover. */
  configProblems: string[];
  /**
   * Notes about inputs the user named that ignore patterns skip: a file, a folder, or a
   * folder all of whose documents are ignored. Files met while walking a folder get none.
   */
  ignoredInputs: string[];
  /** Folders that held no document compact-proof reads (worth saying: a path may be wrong). */
  emptyFolders: string[];
  /** Every file the run read or meant to read, valid or not: what `--output` must never overwrite. */
  read: ReadSet;
}

/** A path relative to the working folder when it is inside it, as people type paths. */
export function shortPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path;
}

/** False for a missing path too: a missing input is reported by the walk. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function failed(file: string, message: string, overLimit?: string): PlanEntry {
  return { failed: { file, messages: [], errors: [{ message }], ...(overLimit ? { overLimit } : {}), durationMs: 0 } };
}

/**
 * Why a file cannot be checked, found from its metadata alone (so a FIFO is never opened
 * and a giant never read), or undefined when it may be. The worker checks again as it reads.
 */
function refusedBeforeReading(path: string, limits: Limits): { message: string; overLimit?: string } | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { message: describeReadError(error as NodeJS.ErrnoException, path).message };
  }
  const special = notARegularFile(stats);
  if (special) return { message: special };
  if (stats.size > limits.fileSizeMB * MB) return { message: fileTooLarge(stats.size, limits).message, overLimit: 'fileSizeMB' };
  return undefined;
}

/** `--ignore-path FILE`, else `.compactproofignore` in the working folder, else nothing. */
function commandLineIgnore(options: CliOptions, cwd: string, readFiles: ReadFile[]): IgnoreList | undefined {
  const path = options.ignorePath ?? (existsSync(join(cwd, IGNORE_FILE_NAME)) ? join(cwd, IGNORE_FILE_NAME) : undefined);
  if (!path) return undefined;
  readFiles.push({ path: resolve(cwd, path), displayPath: shortPath(resolve(cwd, path), cwd), role: 'ignore' });
  let content: string;
  try {
    content = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`--ignore-path "${path}" cannot be read (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message})`);
  }
  try {
    return new IgnoreList(content.split(/\r\n|\r|\n/), dirname(resolve(cwd, path)));
  } catch (error) {
    if (!(error instanceof IgnorePatternError)) throw error;
    // Checking with a broken ignore file could check (or skip) the wrong files: nothing is checked.
    throw new UsageError(`${shortPath(resolve(cwd, path), cwd)}, line ${error.line}: ${error.message}. Fix the pattern and run again`);
  }
}

export function planRun(options: CliOptions, cwd: string, stdinBytes?: Uint8Array): Plan {
  const configFiles = new ConfigFiles();
  const readFiles: ReadFile[] = [];
  const skippedFolders: string[] = [];
  const ignore = commandLineIgnore(options, cwd, readFiles);
  const configIgnores = new Map<string, IgnoreList>();
  const configProblems: string[] = [];
  const ignoredInputs: string[] = [];
  const emptyFolders: string[] = [];
  const entries: PlanEntry[] = [];

  // `--config` applies to every input, so a broken one is a usage error: nothing can be checked.
  let explicit: LoadedConfig | undefined;
  if (options.config) {
    explicit = configFiles.load(resolve(cwd, options.config), options.config);
    if (!explicit.ok) throw new UsageError(explicit.message);
  }

  const configFor = (folder: string): LoadedConfig => {
    if (explicit) return explicit;
    const path = configFiles.findFrom(folder);
    return path ? configFiles.load(path, shortPath(path, cwd)) : { ok: true, source: BUILT_IN, directory: undefined };
  };

  const isIgnored = (absolute: string, config: LoadedConfig, isDirectory = false): boolean => {
    if (ignore?.ignores(absolute, isDirectory)) return true;
    if (!config.ok || !config.directory) return false;
    const patterns = config.source.config.ignorePatterns;
    if (!patterns?.length) return false;
    let list = configIgnores.get(config.source.key);
    if (!list) configIgnores.set(config.source.key, (list = new IgnoreList(patterns, config.directory)));
    return list.ignores(absolute, isDirectory);
  };

  /**
   * A folder is skipped whole (not walked file by file) when the ignore file or the config
   * that applies inside it ignores it. A folder with its own config file is still walked:
   * that config decides for the files in it.
   */
  const isIgnoredFolder = (absolute: string): boolean => {
    if (ignore?.ignores(absolute, true)) return true;
    const config = configFor(absolute);
    return config.ok && isIgnored(absolute, config, true);
  };

  /** Adds a job for the file; returns false when an ignore pattern skips it. */
  const addFile = (path: string, displayPath: string, extra: Partial<FileJob> = {}): boolean => {
    const absolute = resolve(cwd, path);
    const config = configFor(dirname(absolute));
    if (!config.ok) {
      if (!configProblems.includes(config.message)) configProblems.push(config.message);
      entries.push(failed(displayPath, `could not check ${displayPath}: its configuration file ${config.path} is invalid`));
      return true;
    }
    if (isIgnored(absolute, config) && !extra.bytes) return false;
    const limits: Limits = { ...LIMIT_DEFAULTS, ...config.source.config.limits, ...options.limits };
    const refused = extra.bytes ? undefined : refusedBeforeReading(absolute, limits);
    if (refused) {
      entries.push(failed(displayPath, `could not check ${displayPath}: ${refused.message}`, refused.overLimit));
      return true;
    }
    entries.push({
      job: {
        path: absolute,
        displayPath,
        config: config.source,
        profile: options.profile,
        ruleOverrides: options.ruleOverrides,
        referenceDate: options.referenceDate,
        limits,
        // Only the HTML report shows the text; other formats need not carry it back from the workers.
        keepText: options.format === 'html' && !options.letter,
        ...extra,
      },
    });
    return true;
  };

  for (const input of options.inputs) {
    if (input === STDIN) {
      // Named with --stdin-filename, stdin gets that file's format and config.
      const name = options.stdinFilename;
      // The name is very likely the file piped in (`< paper.txt`): never write the report over it.
      if (name) readFiles.push({ path: resolve(cwd, name), displayPath: name, role: 'stdin-name' });
      addFile(name ?? join(cwd, '<stdin>'), name ?? '<stdin>', { bytes: stdinBytes ?? new Uint8Array(), extension: name ? extname(name) : '.txt' });
      continue;
    }
    const isFolder = isDirectory(resolve(cwd, input));
    // Whatever happens to it below, a named input is never a place to write the report.
    readFiles.push({ path: resolve(cwd, input), displayPath: input, role: 'document' });
    // A folder named on the command line that an ignore pattern skips: one note, not a walk.
    if (isFolder && isIgnoredFolder(resolve(cwd, input))) {
      ignoredInputs.push(`${input} is ignored by an ignore pattern, so it was not checked`);
      skippedFolders.push(input);
      continue;
    }
    let pruned = 0;
    const walked = expandInputs([input], (folder) => {
      const skip = isIgnoredFolder(resolve(cwd, folder));
      if (skip) {
        pruned++;
        skippedFolders.push(folder);
      }
      return skip;
    });
    for (const error of walked.errors) entries.push(failed(error.file, error.message));
    // Files met in a folder count as inputs whether they are checked, ignored or under an invalid config.
    for (const file of walked.files) readFiles.push({ path: resolve(cwd, file), displayPath: file, role: 'document' });
    let added = 0;
    for (const file of walked.files) if (addFile(file, file)) added++;
    if (!isFolder) {
      // Only a file the user named gets a note when it is skipped; files met while walking a folder are skipped quietly.
      if (added === 0 && walked.files.length > 0) ignoredInputs.push(`${input} is ignored by an ignore pattern, so it was not checked`);
    } else if (added === 0 && walked.errors.length === 0) {
      if (walked.files.length === 0 && pruned === 0) emptyFolders.push(input);
      else ignoredInputs.push(`every document in ${input} is ignored by an ignore pattern, so none was checked`);
    }
  }
  for (const path of configFiles.readPaths()) readFiles.push({ path, displayPath: shortPath(path, cwd), role: 'config' });
  return { entries, configProblems, ignoredInputs, emptyFolders, read: { files: readFiles, skippedFolders } };
}

/** Refuse an `--output` that would overwrite anything the run read (see output-target.ts). */
export function checkOutputIsNotAnInput(output: string, plan: Plan, cwd: string): void {
  const conflict = outputConflict(output, cwd, plan.read);
  if (conflict) throw new UsageError(conflict);
}
