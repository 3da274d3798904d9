/**
 * Decide whether `--output FILE` may be written. compact-proof never writes over a file it
 * read or was asked to read: a document named on the command line or found in a folder
 * (checked, skipped by an ignore pattern, or left unchecked because its config is invalid),
 * the name given with `--stdin-filename`, and every config or ignore file it read, whether or
 * not that file was valid.
 *
 * Files are compared by identity (device and inode, after following links), so a symbolic
 * link, a hard link or another spelling of the same path is caught; a file that does not exist
 * yet is compared by its resolved path. Whenever the answer is unclear (a file that cannot be
 * examined, a link that leads nowhere) the write is refused: fail closed.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isSupported } from './read-input.ts';

/** Why compact-proof read a file, for the message that refuses to write over it. */
export type ReadRole = 'document' | 'stdin-name' | 'config' | 'ignore';

export interface ReadFile {
  /** Absolute path, as it was read. */
  path: string;
  /** The path as the user would recognise it (relative to the working folder where it can be). */
  displayPath: string;
  role: ReadRole;
}

/** Every file a run read or meant to read, and the named folders whose contents an ignore pattern skipped. */
export interface ReadSet {
  files: ReadFile[];
  /**
   * Folders skipped whole by an ignore pattern: their documents are the user's inputs too,
   * even though they were not listed one by one.
   */
  skippedFolders: string[];
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** `dev:ino` of the file a path leads to, `missing` when nothing is there, or the error that stopped us looking. */
function identityOf(path: string): { id: string; stats: Stats } | 'missing' | { error: Error } {
  try {
    const stats = statSync(path);
    return { id: `${stats.dev}:${stats.ino}`, stats };
  } catch (error) {
    return isMissing(error) ? 'missing' : { error: error as Error };
  }
}

/**
 * The path with every link in its existing part resolved, for a file that may not exist yet:
 * the deepest folder that exists is resolved and the rest is kept as written.
 */
export function resolvedPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(resolvedPath(parent), basename(absolute));
  }
}

function within(folder: string, path: string): boolean {
  return path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function describeRole(file: ReadFile): string {
  switch (file.role) {
    case 'document':
      return `is the same file as ${file.displayPath}, one of the documents named or found; compact-proof never writes over an input`;
    case 'stdin-name':
      return `is ${file.displayPath}, the name given with --stdin-filename; compact-proof never writes over an input`;
    case 'config':
      return `is the same file as ${file.displayPath}, a config file in use; compact-proof never writes over it`;
    case 'ignore':
      return `is the same file as ${file.displayPath}, an ignore file in use; compact-proof never writes over it`;
  }
}

/**
 * Why `--output` must not be written, as a sentence naming the file it would overwrite, or
 * undefined when it is safe. `output` is as the user typed it; `cwd` is the working folder.
 */
export function outputConflict(output: string, cwd: string, read: ReadSet): string | undefined {
  const target = resolve(cwd, output);
  const refuse = (why: string) => `--output "${output}" ${why}. Choose another file name`;

  // A link that leads nowhere would create a file somewhere else: refuse rather than guess where.
  let linkStats: Stats | undefined;
  try {
    linkStats = lstatSync(target);
  } catch (error) {
    if (!isMissing(error)) return refuse(`cannot be examined (${(error as Error).message}), so compact-proof cannot be sure it is not one of the inputs`);
  }
  const targetIdentity = identityOf(target);
  if (typeof targetIdentity === 'object' && 'error' in targetIdentity) {
    return refuse(`cannot be examined (${targetIdentity.error.message}), so compact-proof cannot be sure it is not one of the inputs`);
  }
  if (targetIdentity === 'missing' && linkStats?.isSymbolicLink()) return refuse('is a link to a file that does not exist');
  if (targetIdentity !== 'missing' && targetIdentity.stats.isDirectory()) return refuse('is a folder, not a file');

  const targetPath = resolvedPath(target);
  for (const file of read.files) {
    const identity = identityOf(file.path);
    if (identity === 'missing') {
      // Not there (yet): the same resolved path is the same file.
      if (resolvedPath(file.path) === targetPath) return refuse(describeRole(file));
      continue;
    }
    if ('error' in identity) {
      // We cannot tell what this input is; if the target exists it might be the same file.
      if (targetIdentity !== 'missing' || resolvedPath(file.path) === targetPath) {
        return refuse(`might be the same file as ${file.displayPath}, which cannot be examined (${identity.error.message})`);
      }
      continue;
    }
    if (targetIdentity !== 'missing' && identity.id === targetIdentity.id) return refuse(describeRole(file));
  }

  if (targetIdentity !== 'missing' && isSupported(target)) {
    for (const folder of read.skippedFolders) {
      if (within(resolvedPath(folder), targetPath)) {
        return refuse(`is a document in ${folder}, a folder named as an input (an ignore pattern skips it); compact-proof never writes over an input`);
      }
    }
  }
  return undefined;
}
