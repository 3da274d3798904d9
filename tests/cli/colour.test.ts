/**
 * One colour decision for everything the CLI writes: the stylish report on stdout and the
 * summary it writes to a terminal's stderr must agree for every NO_COLOR / FORCE_COLOR
 * setting. Run in-process with stand-in streams, so each can claim to be a terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../shared/node/cli.ts';
import { colourWanted } from '../../shared/node/colour.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

const folder = tempFolder();
beforeAll(() => {
  folder.write('.compactproofrc.json', onlyRule('undefined-acronym'));
  folder.write('cvs.txt', 'The CVS will coordinate responses.\n');
});
afterAll(() => folder.remove());

function stream(isTTY: boolean) {
  let text = '';
  return {
    isTTY,
    write(chunk: string) {
      text += chunk;
      return true;
    },
    get text() {
      return text;
    },
  };
}

async function run(args: string[], env: Record<string, string>, terminals: { stdout: boolean; stderr: boolean }) {
  const stdout = stream(terminals.stdout);
  const stderr = stream(terminals.stderr);
  const io = { stdout, stderr, stdin: process.stdin, env, cwd: folder.path } as unknown as CliIo;
  const code = await main([...args, `${folder.path}/cvs.txt`], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const ANSI = '\u001b[';
const ENVIRONMENTS: [string, Record<string, string>, boolean][] = [
  ['nothing set', {}, true],
  ['NO_COLOR=1', { NO_COLOR: '1' }, false],
  ['NO_COLOR empty (means unset)', { NO_COLOR: '' }, true],
  ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, false],
  ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, false],
  ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, true],
  ['FORCE_COLOR=1 and NO_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
];

describe('colour', () => {
  it.each(ENVIRONMENTS)('with %s, the report on a terminal and the summary on a terminal agree', async (_name, env, coloured) => {
    const report = await run([], env, { stdout: true, stderr: true });
    const summary = await run(['--format', 'json'], env, { stdout: false, stderr: true });
    expect(report.stdout.includes(ANSI), 'stylish report').toBe(coloured);
    expect(summary.stderr).toMatch(/1 problem/);
    expect(summary.stderr.includes(ANSI), 'summary on stderr').toBe(coloured);
    expect(summary.stdout).not.toContain(ANSI);
  });

  it('is off when the stream is not a terminal, unless forced', () => {
    expect(colourWanted({}, false)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '2' }, false)).toBe(true);
    expect(colourWanted({ NO_COLOR: 'yes', FORCE_COLOR: '1' }, true)).toBe(false);
  });
});
