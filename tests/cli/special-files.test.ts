/**
 * Unusual inputs (issue 12): FIFOs and devices are refused rather than waited on or read
 * for ever; UTF-16 text with a byte-order mark is read, and other encodings are named;
 * names that are not valid UTF-8 are reported as such; bad config values are named.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, runCli } from './helpers/run-cli.ts';
import { handWrittenPdf } from './helpers/pdf.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

vi.setConfig({ testTimeout: 60_000 });

const folder = tempFolder();
const GOOD = 'The CVS will be consulted.\n';

interface JsonResult {
  file: string;
  messages: { actual: string; line: number; column: number }[];
  errors: { message: string }[];
}

async function check(args: string[], cwd = folder.path) {
  const run = await runCli(['--format', 'json', ...args], { cwd });
  return { ...run, results: JSON.parse(run.stdout || '[]') as JsonResult[] };
}

function expectGoodChecked(results: JsonResult[]) {
  const good = results.find((result) => result.file === 'good.txt');
  expect(good).toMatchObject({ errors: [] });
  expect(good!.messages.map((message) => message.actual)).toEqual(['CVS']);
}

const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
};

beforeAll(() => {
  buildCli();
  folder.write('.compactproofrc.json', onlyRule('undefined-acronym'));
  folder.write('good.txt', GOOD);
  folder.write('utf16le.txt', utf16('Paper\nThe CVS will be consulted.\n', 'le'));
  folder.write('utf16be.md', utf16('# Paper\n\nThe CVS will be consulted.\n', 'be'));
  folder.write('utf32.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('T\0\0\0')]));
  folder.write('windows-1252.txt', Buffer.from([0x93, 0x54, 0x68, 0x65, 0x94, 0x20, 0x43, 0x56, 0x53]));
  folder.write('utf16-no-bom.txt', Buffer.from('The CVS will be consulted.', 'utf16le'));
  folder.write('renamed.txt', handWrittenPdf([['The CVS will be consulted.']]));
}, 60_000);
afterAll(() => folder.remove());

describe('special files', () => {
  it.skipIf(!existsSync('/usr/bin/mkfifo'))('refuses a named pipe (FIFO) at once instead of waiting on it, and checks the others', async () => {
    execFileSync('mkfifo', [join(folder.path, 'pipe.txt')]);
    const { code, stderr, results } = await check(['pipe.txt', 'good.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('could not check pipe.txt: it is a named pipe (FIFO), not a regular file; compact-proof reads regular files, or standard input when given "-"');
    expectGoodChecked(results);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses a device such as /dev/zero instead of reading it for ever', async () => {
    const { code, stderr, results } = await check(['/dev/zero', 'good.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('could not check /dev/zero: it is a device (such as /dev/zero or a terminal), not a regular file');
    expectGoodChecked(results);
  });

  it('reports a file whose name is not valid UTF-8 as such, named on the command line or found in a folder', async () => {
    const odd = tempFolder();
    odd.write('.compactproofrc.json', onlyRule('undefined-acronym'));
    odd.write('papers/good.md', GOOD);
    // Byte 0xFF never appears in UTF-8; Node can only make such a name from bytes.
    writeFileSync(Buffer.concat([Buffer.from(`${odd.path}/papers/bad-`), Buffer.from([0xff]), Buffer.from('.txt')]), GOOD);
    try {
      const named = await check(['papers/bad-\uFFFD.txt'], odd.path);
      expect(named.code).toBe(2);
      expect(named.stderr).toContain('could not check papers/bad-\uFFFD.txt: its name is not valid UTF-8');
      expect(named.stderr).not.toContain('does not exist');
      const walked = await check(['papers'], odd.path);
      expect(walked.code).toBe(2);
      expect(walked.stderr).toContain('could not check papers/bad-\uFFFD.txt: its name is not valid UTF-8');
    } finally {
      odd.remove();
    }
  });
});

describe('encodings', () => {
  it('reads UTF-16LE and UTF-16BE text with a byte-order mark, with the right lines and columns', async () => {
    const { code, results } = await check(['utf16le.txt', 'utf16be.md']);
    expect(code).toBe(0);
    for (const result of results) {
      expect(result.errors).toEqual([]);
      expect(result.messages).toMatchObject([{ actual: 'CVS', line: result.file.endsWith('.md') ? 3 : 2, column: 5 }]);
    }
  });

  it.each([
    ['utf32.txt', 'it is UTF-32 text, which compact-proof does not read'],
    ['windows-1252.txt', 'it is not valid UTF-8 text (it looks like Windows-1252 (Western European) text)'],
    ['utf16-no-bom.txt', 'it looks like UTF-16LE text without a byte-order mark'],
    ['renamed.txt', 'it is not a text file: it looks like a PDF file; name it .pdf'],
  ])('names what %s seems to be when refusing it, and checks the others', async (file, why) => {
    const { code, stderr, results } = await check([file, 'good.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain(`could not check ${file}: ${why}`);
    expectGoodChecked(results);
  });
});

describe('config and ignore-file messages', () => {
  async function withConfig(config: string, ignore?: string) {
    const place = tempFolder();
    try {
      place.write('.compactproofrc.json', config);
      if (ignore !== undefined) place.write('.compactproofignore', ignore);
      place.write('paper.txt', GOOD);
      return await runCli(['paper.txt'], { cwd: place.path });
    } finally {
      place.remove();
    }
  }

  it('reports a number too large for JSON (1e999) with its value, not as null', async () => {
    const run = await withConfig('{ "rules": { "consultation-timescale": ["error", { "minDays": 1e999 }] } }');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"rules.consultation-timescale.options.minDays" is Infinity (a number too large to use)');
    expect(run.stderr).not.toContain('null');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('names a "%s" key as not allowed instead of ignoring it', async (key) => {
    const run = await withConfig(`{ "rules": { "${key}": { "severity": "off" } } }`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`"rules.${key}" is not allowed: __proto__, constructor, prototype are reserved names`);
  });

  it('exits 2 naming the ignore file, the line and the pattern when a pattern is invalid', async () => {
    const run = await withConfig('{}', '# drafts\n[z-a].txt\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('compact-proof: .compactproofignore, line 2: the ignore pattern "[z-a].txt" is not valid: the range z-a in [ ] runs backwards; write it as a-z');
    expect(run.stderr).not.toMatch(/SyntaxError|at .*\.mjs/);
  });

  it('names an invalid pattern in the config file\'s ignorePatterns', async () => {
    const run = await withConfig('{ "ignorePatterns": ["drafts/", "[z-a].txt"] }');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"ignorePatterns.1" is "[z-a].txt", which is not a valid pattern: the range z-a in [ ] runs backwards');
  });
});
