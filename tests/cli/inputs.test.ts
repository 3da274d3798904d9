/**
 * Each kind of input the CLI reads (.txt, .md, .html, .docx, .pdf) and each kind it cannot
 * (broken, password-protected, scanned, binary, wrong encoding): a clear message naming
 * the file, exit code 2, and the other inputs still checked. Word and PDF fixtures are
 * generated here: a .docx is a zip of XML; PDFs are printed by Chromium when installed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeDocx } from './helpers/docx.ts';
import { makePdf, passwordProtectedPdf, scannedPdf } from './helpers/pdf.ts';
import { buildCli, ROOT, runCli } from './helpers/run-cli.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

// Each test spawns the CLI, sometimes several times; a busy two-core machine needs room.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = `${ROOT}tests/fixtures/files`;
const folder = tempFolder();
let config = '';
type JsonResult = { file: string; messages: Record<string, any>[]; errors: { message: string }[] };
const check = async (files: string[], extra: string[] = []) => {
  const run = await runCli(['--format', 'json', '--config', config, '--reference-date', '2025-03-01', ...extra, ...files], { cwd: folder.path });
  return { ...run, results: JSON.parse(run.stdout || '[]') as JsonResult[] };
};

/** 1-based line and column of the first occurrence of `needle` after `after` in a file. */
function positionIn(text: string, needle: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

beforeAll(() => {
  buildCli();
  config = folder.write('only-acronyms.json', onlyRule('undefined-acronym'));
  folder.write(
    'paper.docx',
    makeDocx([
      { heading: 'Grants to community groups' },
      { paragraph: 'This report asks Cabinet to agree next year’s grants.' },
      { heading: 'Consultation', level: 2 },
      { paragraph: 'The CVS will coordinate responses from member groups.' },
      { heading: 'Financial implications', level: 2 },
      { table: [['Group', 'Grant'], ['The LMN trust', '£10,000']] },
    ]),
  );
  folder.write(
    'paper.pdf',
    makePdf([
      ['Cabinet report: grants to community groups.', 'This report asks Cabinet to agree next year’s grants.'],
      ['Consultation', 'Officers met local groups in January.', 'The CVS will coordinate responses from member groups.'],
    ]),
  );
  folder.write('scanned.pdf', scannedPdf());
  folder.write('locked.pdf', passwordProtectedPdf());
  folder.write('broken.pdf', '%PDF-1.4\nThis file stops before it has any objects.\n');
  folder.write('broken.docx', Buffer.from('PK\u0003\u0004 not really a zip archive'));
  folder.write('locked.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  folder.write('binary.txt', Buffer.from([0x47, 0x72, 0x61, 0x6e, 0x74, 0x00, 0x01, 0x02]));
  folder.write('latin1.txt', readFileSync(`${FIXTURES}/latin1.txt`));
  folder.write('good.txt', 'The CVS will coordinate responses.\n');
}, 120_000);
afterAll(() => folder.remove());

describe('text and Markdown', () => {
  it('lints Markdown as written, honouring disable/enable comments', async () => {
    const path = `${FIXTURES}/committee-paper.md`;
    const text = readFileSync(path, 'utf8');
    const { code, results } = await check([path]);
    expect(code).toBe(0);
    const messages = results[0]!.messages;
    expect(messages.map((m) => m.actual)).toEqual(['CVS', 'VCS']);
    expect(messages[0]).toMatchObject(positionIn(text, 'CVS'));
    expect(messages[1]).toMatchObject(positionIn(text, 'VCS'));
  });
});

describe('HTML', () => {
  const path = `${FIXTURES}/consultation.html`;
  const html = readFileSync(path, 'utf8');

  it('maps findings back to lines and columns of the original file', async () => {
    const { code, results } = await check([path]);
    expect(code).toBe(0);
    const [dass] = results[0]!.messages;
    expect(dass).toMatchObject({ actual: 'DASS', ...positionIn(html, 'DASS') });
    expect(html.slice(dass!.offset, dass!.endOffset)).toBe('DASS');
  });

  it('drops scripts, styles, navigation and the site footer, and keeps disable comments working', async () => {
    const { results } = await check([path]);
    // XYZ (script), ABC (style), NAV (menu), QQQ (footer) would be flagged if they were read; SLA is switched off.
    expect(results[0]!.messages.map((m) => m.actual)).toEqual(['DASS']);
  });
});

describe('Word (.docx)', () => {
  it('reads headings, paragraphs and tables, and reports the paragraph and heading', async () => {
    const { code, results } = await check(['paper.docx']);
    expect(code).toBe(0);
    const [cvs, lmn] = results[0]!.messages;
    expect(cvs).toMatchObject({ actual: 'CVS', location: { kind: 'paragraph', paragraph: 4, heading: 'Consultation' } });
    expect(lmn).toMatchObject({ actual: 'LMN', location: { kind: 'paragraph', heading: 'Financial implications' } });
    expect(lmn!.location.paragraph).toBeGreaterThan(5);
  });

  it('shows the paragraph rather than a line number in the stylish format', async () => {
    const run = await runCli(['--config', config, 'paper.docx'], { cwd: folder.path });
    expect(run.stdout).toMatch(/paragraph 4 \(under “Consultation”\)\s+warning\s+Spell out “CVS”/);
  });
});

describe('PDF', () => {
  it('reads the text of each page and reports the page and line', async () => {
    const { code, results } = await check(['paper.pdf']);
    expect(code).toBe(0);
    const [cvs] = results[0]!.messages;
    expect(cvs).toMatchObject({ actual: 'CVS', location: { kind: 'page', page: 2 } });
    expect(cvs!.location.line).toBeGreaterThanOrEqual(2);
  }, 30_000);
});

describe('inputs that cannot be checked', () => {
  it.each([
    ['scanned.pdf', 'no text layer'],
    ['locked.pdf', 'password-protected'],
    ['broken.pdf', 'could not be read as a PDF'],
    ['broken.docx', 'could not be read as a Word document'],
    ['locked.docx', 'password-protected'],
    ['binary.txt', 'binary data'],
    ['latin1.txt', 'not valid UTF-8'],
    ['nowhere.md', 'does not exist'],
  ])('%s: a clear message naming the file, exit 2, and the good file still checked', async (file, why) => {
    const { code, stderr, results } = await check([file, 'good.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain(`could not check ${file}: `);
    expect(stderr).toContain(why);
    expect(results[0]!.errors[0]!.message).toContain(why);
    expect(results[1]).toMatchObject({ file: 'good.txt', errors: [] });
    expect(results[1]!.messages.map((m) => m.actual)).toEqual(['CVS']);
  }, 30_000);
});
