/**
 * Limits on the work one file may cost (issue 12): bombs and giants are refused before the
 * work, with exit 2 and a message naming the file, the limit and how to raise it, while
 * every other file is still checked. Small limits keep the inputs small.
 */
import { beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { bigText, docxBomb, pdfFlateBomb, pdfManyPages } from '../fuzz/hostile-inputs.ts';
import { buildCli, runCli } from './helpers/run-cli.ts';
import { makeDocx } from './helpers/docx.ts';
import { handWrittenPdf } from './helpers/pdf.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

// Each test spawns the CLI; a busy two-core machine needs room.
vi.setConfig({ testTimeout: 120_000 });

const folder = tempFolder();
const GOOD = 'The CVS will be consulted.\n';

interface JsonResult {
  file: string;
  messages: { actual: string }[];
  errors: { message: string }[];
}

async function check(args: string[], input?: string | Buffer) {
  const run = await runCli(['--format', 'json', ...args], { cwd: folder.path, input });
  return { ...run, results: JSON.parse(run.stdout || '[]') as JsonResult[] };
}

/** The good file was checked as usual: its one finding is there. */
function expectGoodChecked(results: JsonResult[], file = 'good.txt') {
  const good = results.find((result) => result.file === file);
  expect(good).toMatchObject({ errors: [] });
  expect(good!.messages.map((message) => message.actual)).toEqual(['CVS']);
}

beforeAll(async () => {
  buildCli();
  folder.write('.compactproofrc.json', onlyRule('undefined-acronym'));
  folder.write('good.txt', GOOD);
  folder.write('bomb.docx', await docxBomb(6));
  folder.write('lying.docx', await docxBomb(6, { lie: true }));
  folder.write('flate.pdf', await pdfFlateBomb(6));
  folder.write('pages.pdf', pdfManyPages(400));
  folder.write('big.txt', bigText(3));
  folder.write('honest.docx', makeDocx([{ paragraph: 'The CVS will be consulted.' }]));
  folder.write('honest.pdf', handWrittenPdf([['The CVS will be consulted.']]));
}, 120_000);
afterAll(() => folder.remove());

describe('bombs and giants', () => {
  it('refuses each, naming the file, the limit and how to raise it, and still checks the others (exit 2)', async () => {
    const { code, stderr, results } = await check(
      ['--limit', 'unpackedSizeMB=2', '--limit', 'pdfPages=100', '--limit', 'fileSizeMB=2', 'bomb.docx', 'lying.docx', 'flate.pdf', 'pages.pdf', 'big.txt', 'honest.docx', 'honest.pdf', 'good.txt'],
    );
    expect(code).toBe(2);
    const error = (file: string) => results.find((result) => result.file === file)!.errors[0]?.message ?? '';
    expect(error('bomb.docx')).toMatch(/^could not check bomb\.docx: its text unpacks to \d+ MB, over the limit of 2 MB \(unpackedSizeMB\); to check it anyway, raise the limit with --limit unpackedSizeMB=4 or "limits": \{ "unpackedSizeMB": 4 \}/);
    expect(error('lying.docx')).toMatch(/could not check lying\.docx: its part word\/document\.xml unpacks to more than the 1 KB it declares, so it is a "zip bomb"/);
    expect(error('flate.pdf')).toMatch(/could not check flate\.pdf: .*unpacks to too much, over the limit of 2 MB \(unpackedSizeMB\)/);
    expect(error('pages.pdf')).toMatch(/could not check pages\.pdf: it has 400 pages, over the limit of 100 pages \(pdfPages\); .*--limit pdfPages=200/);
    expect(error('big.txt')).toMatch(/could not check big\.txt: it is 3 MB, over the limit of 2 MB \(fileSizeMB\)/);
    for (const file of ['bomb.docx', 'flate.pdf', 'pages.pdf', 'big.txt']) expect(stderr).toContain(`compact-proof: could not check ${file}: `);
    expectGoodChecked(results);
    expectGoodChecked(results, 'honest.docx');
    expectGoodChecked(results, 'honest.pdf');
  });

  it('applies the limits of the config file over each paper, and --limit over both', async () => {
    folder.write('strict/.compactproofrc.json', onlyRule('undefined-acronym', 'warning', { limits: { unpackedSizeMB: 0.0001 } }));
    folder.write('strict/paper.docx', makeDocx([{ paragraph: 'The CVS will be consulted.' }]));
    const strict = await check(['strict/paper.docx', 'honest.docx']);
    expect(strict.code).toBe(2);
    expect(strict.results[0]!.errors[0]!.message).toMatch(/could not check strict\/paper\.docx: its text unpacks to \d+ bytes, over the limit of 0\.0001 MB \(unpackedSizeMB\); to check it anyway, raise the limit with --limit unpackedSizeMB=0\.0002/);
    expectGoodChecked(strict.results, 'honest.docx');
    const raised = await check(['--limit', 'unpackedSizeMB=1', 'strict/paper.docx']);
    expect(raised.code).toBe(0);
    expectGoodChecked(raised.results, 'strict/paper.docx');
  });

  it('refuses a text longer than the characters limit before checking it', async () => {
    const { code, results } = await check(['--limit', 'characters=1000', 'big.txt', 'good.txt']);
    expect(code).toBe(2);
    expect(results[0]!.errors[0]!.message).toMatch(/could not check big\.txt: its text is [\d,]+ characters long, over the limit of 1,000 characters \(characters\); .*--limit characters=2000/);
    expectGoodChecked(results);
  });

  it('stops reading standard input one byte past the size limit', async () => {
    const { code, results } = await check(['--limit', 'fileSizeMB=1', '-'], Buffer.alloc(3 * 1024 * 1024, 'a'));
    expect(code).toBe(2);
    expect(results[0]!.errors[0]!.message).toMatch(/could not check <stdin>: it is over the limit of 1 MB \(fileSizeMB\)/);
  });
});

describe('time and memory per file', () => {
  // A slow file in a folder whose config gives it one second; the good file keeps the defaults.
  beforeAll(() => {
    folder.write('slow/.compactproofrc.json', onlyRule('undefined-acronym', 'warning', { limits: { secondsPerFile: 1 } }));
    // 12 MB on one line takes several seconds even on an idle machine (2 MB once did; it now takes under one).
    folder.write('slow/paper.txt', bigText(12, { oneLine: true }));
    // More characters than the default limit allows, so memory is the limit it meets.
    folder.write('hungry/.compactproofrc.json', onlyRule('undefined-acronym', 'warning', { limits: { memoryMB: 64, characters: 40_000_000 } }));
    // 32 MB on one line: the text and its masked copy alone are as much as 64 MB of heap holds.
    // (3 MB once did not fit, then 8 MB did not; since long lines are cut into blocks, and a
    // long text's paragraphs are parsed lightly, 24 MB fits.)
    folder.write('hungry/paper.txt', bigText(32, { oneLine: true }));
  });

  it('reports a file that takes longer than secondsPerFile, and checks the others', async () => {
    const { code, results } = await check(['slow/paper.txt', 'good.txt']);
    expect(code).toBe(2);
    expect(results[0]!.errors[0]!.message).toMatch(
      /^could not check slow\/paper\.txt: checking it took too long, over the limit of 1 seconds? \(secondsPerFile\); to check it anyway, raise the limit with --limit secondsPerFile=2/,
    );
    expectGoodChecked(results);
  });

  it('reports a file that needs more than memoryMB, and checks the others', async () => {
    const { code, results } = await check(['hungry/paper.txt', 'good.txt']);
    expect(code).toBe(2);
    expect(results[0]!.errors[0]!.message).toMatch(/^could not check hungry\/paper\.txt: it needed more memory, over the limit of 64 MB \(memoryMB\); .*--limit memoryMB=128/);
    expectGoodChecked(results);
  });
});

describe('the --limit option and the "limits" config key', () => {
  it.each([
    [['--limit', 'fileSizeMb=3'], /--limit is "fileSizeMb=3", but "fileSizeMb" is not a limit compact-proof knows \(did you mean "fileSizeMB"\?\)/],
    [['--limit', 'pdfPages=2.5'], /"2\.5" is not allowed for pdfPages \(pages\); expected a whole number greater than 0/],
    [['--limit', 'memoryMB=10'], /"10" is not allowed for memoryMB \(MB\); expected a number of at least 64/],
    [['--limit', 'secondsPerFile'], /--limit is "secondsPerFile"; expected NAME=VALUE/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await runCli([...args, 'good.txt'], { cwd: folder.path });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('names a bad limit in a config file with its value', async () => {
    const bad = tempFolder();
    try {
      bad.write('.compactproofrc.json', JSON.stringify({ limits: { fileSizeMB: -1, pages: 3 } }));
      bad.write('paper.txt', GOOD);
      const run = await runCli(['paper.txt'], { cwd: bad.path });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('"limits.fileSizeMB" is -1; expected more than 0');
      expect(run.stderr).toContain('"limits.pages" is not a setting compact-proof knows; allowed here: fileSizeMB, unpackedSizeMB, pdfPages, characters, secondsPerFile, memoryMB');
    } finally {
      bad.remove();
    }
  });
});

describe('--jobs', () => {
  it('is capped at the cores available, with a message, and the files are still checked', async () => {
    const { code, stderr, results } = await check(['-j', '1000', 'good.txt', 'honest.docx']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/compact-proof: --jobs 1000 is more than the \d+ cores? this computer has; using \d+/);
    expectGoodChecked(results);
  });
});
