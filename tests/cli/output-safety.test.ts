/**
 * `--output` never writes over a file the run read: each case from issue 12, run through the
 * built CLI as a user runs it. Every refusal exits 2, names the file and leaves it untouched.
 */
import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, runCli } from './helpers/run-cli.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

vi.setConfig({ testTimeout: 60_000 });

const PAPER = 'The CVS will coordinate responses.\n';
const BAD_CONFIG = '{ "rules": { "no-such-rule": "error" } }\n';
const folder = tempFolder('compact-proof-output-cli-');
const contents = new Map<string, string>();
const write = (name: string, content: string) => {
  contents.set(name, content);
  return folder.write(name, content);
};
/** Every file the tests made is exactly as written. */
const expectNothingOverwritten = () => {
  for (const [name, content] of contents) expect(readFileSync(join(folder.path, name), 'utf8'), name).toBe(content);
};

beforeAll(() => {
  buildCli();
  write('.compactproofrc.json', onlyRule('undefined-acronym'));
  write('paper.txt', PAPER);
  write('A/paper.txt', PAPER);
  write('A/.compactproofrc.json', BAD_CONFIG);
  write('.compactproofignore', 'skipped.txt\nold/\n');
  write('skipped.txt', PAPER);
  write('pack/item-1.txt', PAPER);
  write('pack/old/item-0.txt', PAPER);
  linkSync(join(folder.path, 'paper.txt'), join(folder.path, 'hard-link.txt'));
  contents.set('hard-link.txt', PAPER);
  symlinkSync(join(folder.path, 'paper.txt'), join(folder.path, 'soft-link.txt'));
}, 60_000);
afterAll(() => folder.remove());

async function refused(args: string[], named: RegExp, input?: string) {
  const run = await runCli(args, { cwd: folder.path, input });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(named);
  expect(run.stderr).toContain('Choose another file name');
  expect(run.stdout).toBe('');
  expectNothingOverwritten();
}

describe('--output refuses every file the run read', () => {
  it('an input whose config is invalid', async () => {
    await refused(['-o', 'A/paper.txt', 'A/paper.txt'], /--output "A\/paper\.txt" is the same file as A\/paper\.txt, one of the documents named or found/);
  });

  it('the invalid config itself', async () => {
    await refused(['-o', 'A/.compactproofrc.json', 'A/paper.txt'], /is the same file as A\/\.compactproofrc\.json, a config file in use/);
  });

  it('an input skipped by .compactproofignore', async () => {
    await refused(['-o', 'skipped.txt', 'skipped.txt', 'paper.txt'], /is the same file as skipped\.txt, one of the documents/);
  });

  it('a document in a folder the ignore file skips, under a folder named as input', async () => {
    await refused(['-o', 'pack/old/item-0.txt', 'pack'], /is a document in .*old, a folder named as an input/);
  });

  it('the ignore file', async () => {
    await refused(['-o', '.compactproofignore', 'paper.txt'], /is the same file as \.compactproofignore, an ignore file in use/);
    await refused(['--ignore-path', '.compactproofignore', '-o', '.compactproofignore', 'paper.txt'], /an ignore file in use/);
  });

  it('a hard link or a symbolic link to an input', async () => {
    await refused(['-o', 'hard-link.txt', 'paper.txt'], /--output "hard-link\.txt" is the same file as paper\.txt/);
    await refused(['-o', 'soft-link.txt', 'paper.txt'], /--output "soft-link\.txt" is the same file as paper\.txt/);
  });

  it('the file named by --stdin-filename', async () => {
    await refused(['--stdin-filename', 'paper.txt', '-o', 'paper.txt', '-'], /is paper\.txt, the name given with --stdin-filename/, PAPER);
  });

  it('still writes a report to a file that was not read', async () => {
    const run = await runCli(['--format', 'json', '--stdin-filename', 'paper.txt', '-o', 'report.json', '-'], { cwd: folder.path, input: PAPER });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(folder.path, 'report.json'), 'utf8'))[0].messages).toHaveLength(1);
    expectNothingOverwritten();
  });
});
