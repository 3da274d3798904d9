/**
 * Expand the command line's inputs into files: files as given, folders walked (in name
 * order, so runs are repeatable) for the extensions compact-proof reads. Folders that are
 * never documents (node_modules, hidden folders such as .git) are skipped.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeReadError, isSupported, UNDECODABLE_NAME } from './read-input.ts';

export interface WalkResult {
  files: string[];
  /** Inputs that do not exist or cannot be listed, with a message naming them. */
  errors: { file: string; message: string }[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function expandInputs(inputs: readonly string[], isIgnoredFolder: (path: string) => boolean): WalkResult {
  const files: string[] = [];
  const errors: WalkResult['errors'] = [];

  const walk = (folder: string) => {
    let entries;
    try {
      // Names as bytes: a name that is not valid UTF-8 would otherwise turn into one that does not exist.
      entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' }).map((entry) => {
        let name: string;
        let decodable = true;
        try {
          name = STRICT_UTF8.decode(entry.name);
        } catch {
          name = entry.name.toString('utf8');
          decodable = false;
        }
        return { name, decodable, isDirectory: () => entry.isDirectory(), isFile: () => entry.isFile() };
      });
    } catch (error) {
      errors.push({ file: folder, message: `could not check ${folder}: the folder cannot be read (${(error as Error).message})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (!entry.decodable) {
        if (entry.isDirectory() || isSupported(entry.name)) errors.push({ file: path, message: `could not check ${path}: ${UNDECODABLE_NAME}` });
        continue;
      }
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name) || isIgnoredFolder(path)) continue;
        walk(path);
      } else if (entry.isFile() && isSupported(entry.name)) files.push(path);
    }
  };

  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch (error) {
      errors.push({ file: input, message: `could not check ${input}: ${describeReadError(error as NodeJS.ErrnoException, input).message}` });
      continue;
    }
    if (stats.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, errors };
}
