/**
 * No call spreads an array of unbounded length into its arguments: `found.push(...dates)`
 * overflowed the stack on a line of 130,000 dates, and the engine's lines and paragraphs are
 * bounded only by the input. A loop (`for (const date of dates) found.push(date)`) or
 * `reduce` does the same work without the limit. This reads the source rather than running
 * it: the overflow needs inputs far too large for a quick test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['shared', 'lint-rules', 'entrypoints'];

/**
 * Spread arguments bounded by the code or by the user's own actions, not by a document or
 * page: a fixed handful of DOM nodes, the profiles, rules and panel actions, the findings
 * grouped by rule, and the marks, sites and phrases a person adds by hand. Each is the text
 * right after the `...`.
 */
const BOUNDED = [
  'this.statusBox(results)',
  'this.renderFinding(content)',
  'parts)',
  'renderSummary(results!.summary!',
  'foldSummary(renderSummary(results!.summary!',
  'checks)',
  'renderFindings(results!, reveal',
  'state.marks.map(',
  'PROFILES.map(',
  'RULES.map(',
  'EXTRA_ACTIONS.map(',
  'sites.map(',
  '(phrases.length',
  '(site.ignoredPhrases.length',
];

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:ts|mts|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** The innermost bracket still open before `at`: its character and position, or null. */
function openerBefore(source: string, at: number): { char: string; index: number } | null {
  let depth = 0;
  for (let index = at - 1; index >= 0; index--) {
    const char = source[index]!;
    if (char === ')' || char === ']' || char === '}') depth++;
    else if (char === '(' || char === '[' || char === '{') {
      if (depth === 0) return { char, index };
      depth--;
    }
  }
  return null;
}

/** Spread arguments in a file: `...` directly inside a call's parentheses (not a rest parameter). */
function spreadArguments(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (let at = source.indexOf('...'); at !== -1; at = source.indexOf('...', at + 3)) {
    const lineStart = source.lastIndexOf('\n', at) + 1;
    const line = source.slice(lineStart, source.indexOf('\n', at) === -1 ? source.length : source.indexOf('\n', at));
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) continue;
    const opener = openerBefore(source, at);
    if (!opener || opener.char !== '(' || !/[\w$\])]/.test(source[opener.index - 1] ?? '')) continue;
    // A rest parameter: `function name(...args)`, `(...names: string[]) =>`.
    if (/^\.\.\.[\w$]+\s*:/.test(source.slice(at)) || /function\s*[\w$]*\s*$/.test(source.slice(Math.max(0, opener.index - 40), opener.index))) continue;
    if (BOUNDED.some((spread) => source.startsWith(spread, at + 3))) continue;
    found.push(`${file}:${source.slice(0, at).split('\n').length}: ${line.trim()}`);
  }
  return found;
}

describe('spread arguments', () => {
  it('are never used with a list the input can make long', () => {
    const found = ROOTS.flatMap((root) => sourceFiles(root).flatMap(spreadArguments));
    expect(found).toEqual([]);
  });
});
