/**
 * outputConflict: the report is never written over anything the run read. Real files in a
 * temporary folder, because identity (device and inode) is what is being compared.
 */
import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputConflict, resolvedPath, type ReadFile, type ReadSet } from '../../shared/node/output-target.ts';
import { tempFolder } from './helpers/workspace.ts';

const folder = tempFolder('compact-proof-output-');
afterAll(() => folder.remove());

const paper = folder.write('paper.txt', 'The CVS will coordinate responses.\n');
const config = folder.write('A/.compactproofrc.json', '{ "rules": { "nope": "error" } }');
const ignoreFile = folder.write('.compactproofignore', 'drafts/\n');
folder.write('drafts/old.md', '# Old draft\n');
folder.write('drafts/notes.bin', 'not a document');
mkdirSync(join(folder.path, 'reports'));
linkSync(paper, join(folder.path, 'hard-link.txt'));
symlinkSync(paper, join(folder.path, 'soft-link.txt'));
symlinkSync(join(folder.path, 'A'), join(folder.path, 'A-link'));
symlinkSync(join(folder.path, 'nowhere.txt'), join(folder.path, 'dangling.txt'));

const file = (path: string, role: ReadFile['role'] = 'document'): ReadFile => ({ path: join(folder.path, path), displayPath: path, role });
const readSet = (files: ReadFile[], skippedFolders: string[] = []): ReadSet => ({ files, skippedFolders });
const conflict = (output: string, read: ReadSet) => outputConflict(output, folder.path, read);

describe('outputConflict', () => {
  const documents = readSet([file('paper.txt')]);

  it('allows a new file, or an existing file that was not read', () => {
    expect(conflict('report.json', documents)).toBeUndefined();
    expect(conflict('reports/report.json', documents)).toBeUndefined();
    folder.write('old-report.json', '[]');
    expect(conflict('old-report.json', documents)).toBeUndefined();
  });

  it('refuses an input however its path is spelt', () => {
    for (const output of ['paper.txt', './paper.txt', 'reports/../paper.txt', join(folder.path, 'paper.txt')]) {
      expect(conflict(output, documents)).toMatch(/^--output ".*" is the same file as paper\.txt, one of the documents named or found; compact-proof never writes over an input/);
    }
  });

  it('refuses a hard link or a symbolic link to an input, compared by device and inode', () => {
    expect(conflict('hard-link.txt', documents)).toContain('is the same file as paper.txt');
    expect(conflict('soft-link.txt', documents)).toContain('is the same file as paper.txt');
    // And the other way round: the input is the link, the target the file behind it.
    expect(conflict('paper.txt', readSet([file('hard-link.txt')]))).toContain('hard-link.txt');
  });

  it('refuses a config file that was read even though it is invalid, through a linked folder too', () => {
    const read = readSet([file('A/.compactproofrc.json', 'config')]);
    expect(conflict('A/.compactproofrc.json', read)).toContain('a config file in use; compact-proof never writes over it');
    expect(conflict('A-link/.compactproofrc.json', read)).toContain('a config file in use');
    expect(config).toBeTruthy();
  });

  it('refuses the ignore file', () => {
    expect(conflict('.compactproofignore', readSet([file('.compactproofignore', 'ignore')]))).toContain('an ignore file in use');
    expect(ignoreFile).toBeTruthy();
  });

  it('refuses the name given to stdin, whether or not it exists', () => {
    expect(conflict('paper.txt', readSet([file('paper.txt', 'stdin-name')]))).toContain('the name given with --stdin-filename');
    expect(conflict('reports/../piped.md', readSet([file('piped.md', 'stdin-name')]))).toContain('the name given with --stdin-filename');
  });

  it('refuses an existing document inside a named folder that an ignore pattern skipped', () => {
    const read = readSet([file('.')], [join(folder.path, 'drafts')]);
    expect(conflict('drafts/old.md', read)).toContain('a folder named as an input');
    // Not a document compact-proof reads, or a new file: nothing is lost.
    expect(conflict('drafts/notes.bin', read)).toBeUndefined();
    expect(conflict('drafts/new.md', read)).toBeUndefined();
  });

  it('fails closed: a link to nowhere, a folder, or a file it cannot examine is refused', () => {
    expect(conflict('dangling.txt', documents)).toContain('is a link to a file that does not exist');
    expect(conflict('reports', documents)).toContain('is a folder, not a file');
    expect(conflict('paper.txt/report.json', documents)).toBeUndefined(); // a path that cannot exist: the write fails with its own message
  });

  it('resolves links in the part of a path that exists', () => {
    expect(resolvedPath(join(folder.path, 'A-link', 'new', 'file.txt'))).toBe(join(resolvedPath(join(folder.path, 'A')), 'new', 'file.txt'));
  });
});
