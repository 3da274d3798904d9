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
