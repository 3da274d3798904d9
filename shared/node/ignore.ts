/**
 * gitignore-style patterns, for `ignorePatterns` in the config file, `--ignore-path FILE`
 * and `.compactproofignore`. Supported: `#` comments, `!` to re-include, a trailing `/` for
 * folders only, a leading or inner `/` to anchor to the pattern file's folder, `*`, `?`,
 * `**` and `[abc]`. As in git, once a folder is ignored nothing inside it comes back.
 *
 * Patterns are matched by our own small automaton, not by translating them into regular
 * expressions: a pattern such as `**a**a**a**a**a**a**a**a**b` makes a backtracking regular
 * expression take seconds on one path, while the automaton's work is at most the path's
 * length times the pattern's, whatever the pattern.
 */
import { relative, sep } from 'node:path';

/** One step of a pattern. */
type Token =
  | { kind: 'char'; char: string }
  /** `?`: any one character but `/`. */
  | { kind: 'any' }
  /** `*`: any run of characters without `/`. */
  | { kind: 'star' }
  /** `**` not followed by `/`: any run of characters. */
  | { kind: 'globstar' }
  /** `**​/` (and the start of an unanchored pattern): nothing, or any run of characters ending in `/`. Two states: start, inside. */
  | { kind: 'folders' }
  | { kind: 'folders-inside' }
  /** `[…]`: one character (never `/`) in, or with `!`/`^` not in, the ranges. */
  | { kind: 'class'; negate: boolean; ranges: [string, string][] };

interface Pattern {
  tokens: Token[];
  negate: boolean;
  directoryOnly: boolean;
}

/** A pattern that cannot be read, with the reason in words. */
export class IgnorePatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
    /** The pattern's line in its file (1-based), or its position in a list. */
    readonly line: number,
  ) {
    super(`the ignore pattern "${pattern}" is not valid: ${reason}`);
    this.name = 'IgnorePatternError';
  }
}

/** Read a `[…]` class starting at `open`; returns the token and the index of its `]`, or undefined when it is not closed. */
function readClass(glob: readonly string[], open: number): { token: Token; close: number } | undefined {
  let at = open + 1;
  const negate = glob[at] === '!' || glob[at] === '^';
  if (negate) at++;
  const bodyStart = at;
  const ranges: [string, string][] = [];
  // As in git, a `]` straight after the opening (or the `!`) is an ordinary character.
  while (at < glob.length && (glob[at] !== ']' || at === bodyStart)) {
    const from = glob[at]!;
    if (glob[at + 1] === '-' && at + 2 < glob.length && glob[at + 2] !== ']') {
      const to = glob[at + 2]!;
      if (to < from) throw new Error(`the range ${from}-${to} in [ ] runs backwards; write it as ${to}-${from}`);
      ranges.push([from, to]);
      at += 3;
    } else {
      ranges.push([from, from]);
      at++;
    }
  }
  if (at >= glob.length) return undefined;
  return { token: { kind: 'class', negate, ranges }, close: at };
}

function tokenize(pattern: string, anchored: boolean): Token[] {
  // By code point, as the path is read, so a character outside the BMP is one character.
  const glob = Array.from(pattern);
  const tokens: Token[] = anchored ? [] : [{ kind: 'folders' }, { kind: 'folders-inside' }];
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*') {
      if (glob[index + 1] === '*') {
        // Runs of three or more stars mean the same as two.
        while (glob[index + 1] === '*') index++;
        if (glob[index + 1] === '/') {
          tokens.push({ kind: 'folders' }, { kind: 'folders-inside' });
          index++;
        } else tokens.push({ kind: 'globstar' });
      } else if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '[') {
      const read = readClass(glob, index);
      if (read) {
        tokens.push(read.token);
        index = read.close;
      } else tokens.push({ kind: 'char', char: '[' });
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

function consumes(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
    case 'star':
      return char !== '/';
    case 'globstar':
    case 'folders':
    case 'folders-inside':
      return true;
    case 'class': {
      if (char === '/') return false;
      const inside = token.ranges.some(([from, to]) => char >= from && char <= to);
      return inside !== token.negate;
    }
  }
}

/**
 * Run the pattern's automaton over the path, keeping the set of states it can be in
 * (state i: before token i; state tokens.length: matched). O(path length × tokens).
 */
export function matchTokens(tokens: readonly Token[], path: string): boolean {
  const count = tokens.length;
  let current = new Uint8Array(count + 1);
  let following = new Uint8Array(count + 1);

  /** Add a state and every state reachable from it without reading a character. */
  const add = (set: Uint8Array, state: number) => {
    while (state <= count && !set[state]) {
      set[state] = 1;
      const token = tokens[state];
      if (!token) return;
      if (token.kind === 'star' || token.kind === 'globstar') state += 1;
      else if (token.kind === 'folders') state += 2;
      else return;
    }
  };

  add(current, 0);
  for (const char of path) {
    following.fill(0);
    let alive = false;
    for (let state = 0; state < count; state++) {
      if (!current[state]) continue;
      const token = tokens[state]!;
      if (!consumes(token, char)) continue;
      alive = true;
      switch (token.kind) {
        case 'star':
        case 'globstar':
          add(following, state);
          break;
        case 'folders':
          // The first character of a folder run: the run may already end with it.
          add(following, char === '/' ? state + 2 : state + 1);
          if (char === '/') add(following, state + 1);
          break;
        case 'folders-inside':
          add(following, state);
          if (char === '/') add(following, state + 1);
          break;
        default:
          add(following, state + 1);
      }
    }
    if (!alive) return false;
    [current, following] = [following, current];
  }
  return current[count] === 1;
}

/** Read pattern lines; throws IgnorePatternError naming the line of one that cannot be read. */
export function compilePatterns(lines: readonly string[]): Pattern[] {
  const patterns: Pattern[] = [];
  lines.forEach((rawLine, index) => {
    let line = rawLine.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#')) return;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    if (line === '') return;
    try {
      patterns.push({ tokens: tokenize(line, anchored), negate, directoryOnly });
    } catch (error) {
      throw new IgnorePatternError(rawLine.trim(), (error as Error).message, index + 1);
    }
  });
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
      if (matchTokens(pattern.tokens, path)) ignored = !pattern.negate;
    }
    return ignored;
  }
}
