/**
 * A document or a file name carrying escape sequences cannot drive the terminal: the stylish
 * report, --letter, the GitHub format and error messages show every control character as a
 * visible stand-in, while JSON and SARIF keep the exact text (escaped, so it still cannot).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatGithub } from '../../shared/node/reporters/github.ts';
import { formatJson } from '../../shared/node/reporters/json.ts';
import { formatSarif } from '../../shared/node/reporters/sarif.ts';
import { formatStylish, summaryLines } from '../../shared/node/reporters/stylish.ts';
import type { FileResult } from '../../shared/node/results.ts';
import { jsonForTerminal, terminalBlock, terminalLine } from '../../shared/node/terminal-text.ts';
import { buildCli, runCli } from './helpers/run-cli.ts';
import { tempFolder } from './helpers/workspace.ts';

vi.setConfig({ testTimeout: 60_000 });

const ESC = '\u001b';
const CLEAR_SCREEN = `${ESC}[2J${ESC}[H`;
const SET_TITLE = `${ESC}]0;owned\u0007`;
const HIDDEN_LINK = `${ESC}]8;;https://example.invalid/${ESC}\\`;
const C1_CSI = '\u009b2J';
const RIGHT_TO_LEFT_OVERRIDE = '\u202e';
const ALL = [CLEAR_SCREEN, SET_TITLE, HIDDEN_LINK, C1_CSI, RIGHT_TO_LEFT_OVERRIDE, '\r', '\b', '\u007f'].join('');

/** Anything a terminal would act on: C0 other than line feed, DEL, C1, bidi controls, line separators. */
const UNSAFE_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminalLine and terminalBlock', () => {
  it('show every control character as a visible stand-in', () => {
    expect(terminalLine(`a${CLEAR_SCREEN}b`)).toBe('a␛[2J␛[Hb');
    expect(terminalLine(SET_TITLE)).toBe('␛]0;owned␇');
    expect(terminalLine('\u0000\t\n\r\b\u007f')).toBe('␀␉␊␍␈␡');
    expect(terminalLine(`${C1_CSI}x`)).toBe('<U+009B>2Jx');
    expect(terminalLine(`abc${RIGHT_TO_LEFT_OVERRIDE}def\u2066\u2069\u2028`)).toBe('abc<U+202E>def<U+2066><U+2069><U+2028>');
    expect(terminalLine(ALL)).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
  });

  it('leave ordinary text, accents, curly quotes and Welsh alone', () => {
    const text = 'Café “consultation” — Cyngor Sir Ynys Môn ŵ ŷ, £5,000 · 12 weeks';
    expect(terminalLine(text)).toBe(text);
    expect(terminalBlock(text)).toBe(text);
  });

  it('keep line feeds and tabs only in a block', () => {
    expect(terminalBlock(`Dear [name],\n\tWe${ESC}[2J write\r\n`)).toBe('Dear [name],\n\tWe␛[2J write␍\n');
  });

  it('jsonForTerminal escapes what a terminal acts on and reads back to the exact text', () => {
    const value = { file: `pap${SET_TITLE}er.md`, text: ALL, plain: 'Café “quoted”' };
    const json = jsonForTerminal(value);
    expect(json).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json)).toEqual(value);
  });
});

/** A finding that quotes hostile text, as a rule quoting the document's words would. */
const hostile: FileResult = {
  file: `paper${SET_TITLE}.md`,
  title: `Grants${CLEAR_SCREEN} review`,
  messages: [
    {
      ruleId: 'jargon',
      severity: 'warning',
      message: `Replace “lever${CLEAR_SCREEN}age” with plain words${RIGHT_TO_LEFT_OVERRIDE}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 8,
      offset: 0,
      endOffset: 8,
      actual: `lever${CLEAR_SCREEN}age`,
      expected: [`use${C1_CSI}`],
      note: `Clear information${HIDDEN_LINK}`,
      url: 'https://example.org/rules/jargon',
      location: { kind: 'paragraph', paragraph: 2, heading: `Back${ESC}[1Aground` },
    } as FileResult['messages'][number],
  ],
  errors: [],
  durationMs: 1,
};
const report = { why: true, color: true, cwd: '/tmp', version: 'test' };

describe('reporters', () => {
  it('stylish shows the hostile text visibly and keeps only its own colour codes', () => {
    const output = formatStylish([hostile, { ...hostile, file: `second${ESC}c.md` }], report);
    const withoutOwnColours = output.replace(/\u001b\[\d+m/g, '');
    expect(withoutOwnColours).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect(withoutOwnColours).toContain('paper␛]0;owned␇.md');
    expect(withoutOwnColours).toContain('Replace “lever␛[2J␛[Hage” with plain words<U+202E>');
    expect(withoutOwnColours).toContain('Suggested: use<U+009B>2J');
    expect(withoutOwnColours).toContain('Why: Clear information␛]8;;https://example.invalid/␛\\');
    expect(withoutOwnColours).toContain('paragraph 2 (under “Back␛[1Aground”)');
    expect(summaryLines([hostile, { ...hostile, durationMs: 50, file: `slow${ESC}[2K.md` }], false).join('\n')).toContain('Slowest paper: slow␛[2K.md');
  });

  it('GitHub annotations show control characters visibly and still escape line breaks', () => {
    const output = formatGithub([{ ...hostile, messages: [{ ...hostile.messages[0]!, message: `two\nlines${ESC}[2J` }] }]);
    expect(output.trimEnd()).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect(output).toContain('two%0Alines␛[2J');
  });

  it('JSON and SARIF keep the exact text, escaped', () => {
    const json = formatJson([hostile]);
    expect(json).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    const parsed = JSON.parse(json) as { file: string; messages: { message: string; actual: string }[] }[];
    expect(parsed[0]!.file).toBe(hostile.file);
    expect(parsed[0]!.messages[0]!.message).toBe(hostile.messages[0]!.message);
    const sarif = formatSarif([hostile], report);
    expect(sarif).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect(JSON.stringify(JSON.parse(sarif))).toContain(JSON.stringify(hostile.messages[0]!.message).slice(1, -1));
  });
});

describe('the built CLI with a hostile document and file name', () => {
  const folder = tempFolder('compact-proof-terminal-');
  const name = `paper${SET_TITLE}${RIGHT_TO_LEFT_OVERRIDE}.md`;
  beforeAll(() => {
    buildCli();
    folder.write(
      name,
      `# Grants${CLEAR_SCREEN} review\n\nWe will leverage${C1_CSI} synergies with partners.${HIDDEN_LINK}\n\nThe CVS will coordinate responses.\r\n`,
    );
    folder.write('.compactproofrc.json', JSON.stringify({ rules: { [`jargon${ESC}[2J`]: 'error' } }));
    folder.write('ok/.compactproofrc.json', '{}');
    folder.write(`ok/${name}`, readFileSync(join(folder.path, name)));
  }, 60_000);
  afterAll(() => folder.remove());

  it('prints the stylish report with the file name made visible', async () => {
    const run = await runCli([`ok/${name}`], { cwd: folder.path });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('paper␛]0;owned␇<U+202E>.md');
    expect(run.stdout).toContain('leverage');
    expect(run.stdout + run.stderr).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
  });

  it('prints --letter with the document’s title and file name made visible', async () => {
    const run = await runCli(['--letter', `ok/${name}`], { cwd: folder.path });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('“Grants␛[2J␛[H review”');
    expect(run.stdout).toContain('paper␛]0;owned␇<U+202E>.md');
    expect(run.stdout).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    const written = await runCli(['--letter', '-o', 'letter.md', `ok/${name}`], { cwd: folder.path });
    expect(written.code).toBe(0);
    expect(readFileSync(join(folder.path, 'letter.md'), 'utf8')).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
  });

  it('shows control characters in error messages: a config key, a missing file, an option', async () => {
    const config = await runCli([name], { cwd: folder.path });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('jargon␛[2J');
    const missing = await runCli([`gone${CLEAR_SCREEN}.txt`], { cwd: folder.path });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone␛[2J␛[H.txt');
    const option = await runCli(['--format', `json${SET_TITLE}`, `ok/${name}`], { cwd: folder.path });
    expect(option.code).toBe(2);
    for (const run of [config, missing, option]) expect(run.stderr).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
  });

  it('keeps the exact file name in JSON and SARIF, escaped', async () => {
    const json = await runCli(['-f', 'json', `ok/${name}`], { cwd: folder.path });
    expect(json.stdout).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect((JSON.parse(json.stdout) as { file: string }[])[0]!.file).toBe(`ok/${name}`);
    const sarif = await runCli(['-f', 'sarif', `ok/${name}`], { cwd: folder.path });
    expect(sarif.stdout).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    // SARIF names the file by URI, so the override is percent-encoded there.
    expect(sarif.stdout).toContain(encodeURIComponent(RIGHT_TO_LEFT_OVERRIDE));
  });
});
