/** gitignore-style patterns used by ignorePatterns, --ignore-path and .compactproofignore. */
import { describe, expect, it } from 'vitest';
import { IgnoreList } from '../../shared/node/ignore.ts';

const base = '/pack';
const ignores = (patterns: string[], path: string, isDirectory = false) => new IgnoreList(patterns, base).ignores(`${base}/${path}`, isDirectory);

describe('IgnoreList', () => {
  it('matches a bare name at any depth', () => {
    expect(ignores(['draft.md'], 'draft.md')).toBe(true);
    expect(ignores(['draft.md'], 'a/b/draft.md')).toBe(true);
    expect(ignores(['draft.md'], 'final.md')).toBe(false);
  });

  it('anchors patterns with a slash to the pattern file’s folder', () => {
    expect(ignores(['/draft.md'], 'draft.md')).toBe(true);
    expect(ignores(['/draft.md'], 'a/draft.md')).toBe(false);
    expect(ignores(['papers/*.pdf'], 'papers/x.pdf')).toBe(true);
    expect(ignores(['papers/*.pdf'], 'old/papers/x.pdf')).toBe(false);
  });

  it('supports *, ?, ** and character classes', () => {
    expect(ignores(['*.old.*'], 'report.old.md')).toBe(true);
    expect(ignores(['item-00?.md'], 'item-007.md')).toBe(true);
    expect(ignores(['item-00?.md'], 'item-070.md')).toBe(false);
    expect(ignores(['archive/**/x.md'], 'archive/2019/q1/x.md')).toBe(true);
    expect(ignores(['archive/**/x.md'], 'archive/x.md')).toBe(true);
    expect(ignores(['item-[12].md'], 'item-2.md')).toBe(true);
    expect(ignores(['item-[!12].md'], 'item-2.md')).toBe(false);
  });

  it('treats a trailing slash as folders only, and ignores everything inside an ignored folder', () => {
    expect(ignores(['drafts/'], 'drafts', true)).toBe(true);
    expect(ignores(['drafts/'], 'drafts')).toBe(false);
    expect(ignores(['drafts/'], 'drafts/one.md')).toBe(true);
    expect(ignores(['drafts/', '!drafts/keep.md'], 'drafts/keep.md')).toBe(true);
  });

  it('re-includes with !, last match wins, and skips comments and blank lines', () => {
    const patterns = ['# agenda pack', '', '*.html', '!keep.html'];
    expect(ignores(patterns, 'a.html')).toBe(true);
    expect(ignores(patterns, 'keep.html')).toBe(false);
    expect(ignores(patterns, '# agenda pack')).toBe(false);
  });

  it('never ignores a path outside its folder', () => {
    expect(new IgnoreList(['*.md'], base).ignores('/elsewhere/a.md')).toBe(false);
  });
});

describe('IgnoreList on hostile patterns (issue 12)', () => {
  it('matches a pattern with many ** in time linear in the path and the pattern', () => {
    // A backtracking regular expression took 12.5 s on this pattern; the automaton takes milliseconds.
    const list = new IgnoreList(['**a**a**a**a**a**a**a**a**b'], base);
    const began = performance.now();
    expect(list.ignores(`${base}/${'a'.repeat(200)}.md`)).toBe(false);
    expect(list.ignores(`${base}/${'a/'.repeat(100)}ab`)).toBe(true);
    // Generous: only a return to exponential matching would take this long.
    expect(performance.now() - began).toBeLessThan(1000);
  });

  it('names the line and the pattern when a pattern cannot be read', () => {
    expect(() => new IgnoreList(['drafts/', '', '[z-a].txt'], base)).toThrow(
      expect.objectContaining({ line: 3, pattern: '[z-a].txt', message: 'the ignore pattern "[z-a].txt" is not valid: the range z-a in [ ] runs backwards; write it as a-z' }),
    );
  });

  it('keeps the meaning of classes, ** and folders', () => {
    expect(ignores(['[]x].md'], 'y.md')).toBe(false);
    expect(ignores(['[]x].md'], 'x.md')).toBe(true);
    expect(ignores(['[]x].md'], '].md')).toBe(true);
    expect(ignores(['[a-c]?.md'], 'b7.md')).toBe(true);
    expect(ignores(['[a-c]?.md'], 'd7.md')).toBe(false);
    expect(ignores(['a/**'], 'a/b/c.md')).toBe(true);
    expect(ignores(['**/c.md'], 'a/b/c.md')).toBe(true);
    expect(ignores(['a/**/c.md'], 'a/c.md')).toBe(true);
    expect(ignores(['a/**/c.md'], 'ab/c.md')).toBe(false);
    expect(ignores(['*.md'], 'a/b.md')).toBe(true);
    expect(ignores(['/*.md'], 'a/b.md')).toBe(false);
    expect(ignores(['[!a]*'], 'b.md')).toBe(true);
    expect(ignores(['x[/]y'], 'x/y')).toBe(false);
  });
});
