/**
 * Agenda packs: many papers in one run, spread over worker threads, with results in input
 * order; a progress bar only for a person at a terminal; and a start-up time measurement
 * (reported, not asserted: speed goals live in benchmarks).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeAgendaPack } from './helpers/agenda-pack.ts';
import { BIN, buildCli, runCli } from './helpers/run-cli.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

// Each test spawns the CLI, sometimes several times; a busy two-core machine needs room.
vi.setConfig({ testTimeout: 60_000 });

const folder = tempFolder();
let pack: string[] = [];

beforeAll(() => {
  buildCli();
  folder.write('.compactproofrc.json', onlyRule('undefined-acronym'));
  // Twelve short papers in every format: enough to start the worker pool.
  pack = writeAgendaPack(`${folder.path}/pack`, 12, 7, { short: true }).files.map((file) => `pack/${file}`);
}, 60_000);
afterAll(() => folder.remove());

describe('many papers', () => {
  it('gives the same results, in input order, with worker threads as with one thread', async () => {
    const one = await runCli(['--format', 'json', '--jobs', '1', 'pack'], { cwd: folder.path });
    const two = await runCli(['--format', 'json', '--jobs', '2', 'pack'], { cwd: folder.path });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const files = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((result) => result.file);
    expect(files(two.stdout)).toEqual(pack);
    expect(two.stdout).toBe(one.stdout);
    // The pack's papers mention the CVS and the VCS without spelling them out.
    expect(JSON.parse(two.stdout).some((result: { messages: unknown[] }) => result.messages.length > 0)).toBe(true);
  }, 60_000);

  it('ends the stylish report with papers checked, findings by rule and the slowest paper', async () => {
    const run = await runCli(['pack'], { cwd: folder.path });
    expect(run.stdout).toMatch(/in 12 papers checked\.\n/);
    expect(run.stdout).toMatch(/Findings by rule: undefined-acronym \d+\n/);
    expect(run.stdout).toMatch(/Slowest paper: pack\/item-\d{3}\.(md|html|docx|pdf) \(\d+ ms\)\n/);
  }, 60_000);
});

describe('the progress bar', () => {
  const hasScript = existsSync('/usr/bin/script');
  /** Run under `script`, which gives the CLI a terminal (a pty) for stdout and stderr. */
  const inTerminal = (env: Record<string, string>, args = 'pack') =>
    execFileSync('script', ['-qfec', `"${process.execPath}" "${BIN}" ${args}`, '/dev/null'], {
      cwd: folder.path,
      env: { ...process.env, CI: '', GITHUB_ACTIONS: '', ...env },
      encoding: 'utf8',
    });

  it.skipIf(!hasScript)('is drawn on a terminal', () => {
    const output = inTerminal({});
    expect(output).toMatch(/\r\[[#.]{30}\] \d+\/12 papers checked/);
    expect(output).toContain('12/12 papers checked');
  }, 60_000);

  it.skipIf(!hasScript)('is not drawn in CI, even on a terminal', () => {
    // `script` passes the environment through; a non-empty CI variable means CI.
    const output = inTerminal({ CI: 'true' });
    expect(output).not.toContain('papers checked\r');
    expect(output).not.toMatch(/\[[#.]{30}\]/);
  }, 60_000);

  it.skipIf(!hasScript)('comes with the summary on the terminal when the report goes to a file', () => {
    const output = inTerminal({ NO_COLOR: '1' }, '--format json --output report.json pack');
    expect(output).toContain('12/12 papers checked');
    expect(output).toMatch(/in 12 papers checked\.\r?\n/);
    expect(output).toMatch(/Slowest paper: pack\/item-\d{3}/);
    expect(output).not.toContain('"ruleId"');
  }, 60_000);

  it('is not drawn when stderr is piped', async () => {
    const run = await runCli(['pack'], { cwd: folder.path });
    expect(run.stderr).toBe('');
  }, 60_000);
});

describe('start-up time', () => {
  it('is measured for one small file (goal: well under half a second; reported, not asserted)', () => {
    folder.write('small.txt', 'The CVS will coordinate responses.\n');
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [BIN, 'small.txt'], { cwd: folder.path, encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('CVS');
    }
    console.info(`compact-proof start-up on a small file: ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  }, 60_000);
});
