/**
 * gitignore-style patterns, for `ignorePatterns` in the config file, `--ignore-path FILE`
 * and `.compactproofignore`. Supported: `#` comments, `!` to re-include, a trailing `/` for
 * folders only, a leading or inner `/` to anchor to the pattern file's folder, `*`, `?`,
 * `**` and `[abc]`. As in git, once a folder is ignored nothing inside it comes back.
 */
import { relative, sep } from 'node:path';

interface Pattern {
  regex: RegExp;
  negate: boolean;
  directoryOnly: boolean;
}

function globToRegExp(glob: string, anchored: boolean): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*') {
      if (glob[index + 1] === '*') {
        const slashAfter = glob[index + 2] === '/';
        source += slashAfter ? '(?:.*/)?' : '.*';
        index += slashAfter ? 2 : 1;
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close === -1) source += '\\[';
      else {
        const body = glob.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        index = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`${anchored ? '^' : '^(?:.*/)?'}${source}$`);
}

export function compilePatterns(lines: readonly string[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const rawLine of lines) {
    let line = rawLine.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    if (line === '') continue;
    patterns.push({ regex: globToRegExp(line, anchored), negate, directoryOnly });
  }
  return patterns;
}

export class IgnoreList {
  private readonly patterns: Pattern[];

  constructor(
    lines: readonly string[],
    /** Folder the patterns are relative to. */
    private readonly base: string,
  ) {
    this.patterns = compilePatterns(lines);
  }

  /** Is this absolute path ignored? */
  ignores(absolutePath: string, isDirectory = false): boolean {
    if (this.patterns.length === 0) return false;
    const path = relative(this.base, absolutePath).split(sep).join('/');
    if (path === '' || path.startsWith('../') || path === '..') return false;
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      if (this.matches(parts.slice(0, depth).join('/'), true)) return true;
    }
    return this.matches(path, isDirectory);
  }

  private matches(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const pattern of this.patterns) {
      if (pattern.directoryOnly && !isDirectory) continue;
      if (pattern.regex.test(path)) ignored = !pattern.negate;
    }
    return ignored;
  }
}
