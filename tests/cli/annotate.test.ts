/**
 * `--annotate`: reviewed copies of Word documents written by the real command line. The
 * copy's comments are read back and checked against the JSON report of the same run; the
 * original is never changed; bad targets are refused with exit code 2 before anything is
 * checked.
 *
 * With COMPACT_PROOF_SOFFICE=1 (and LibreOffice at /usr/bin/soffice, or SOFFICE), a real
 * word processor opens each copy: it is converted to PDF and to ODF, and the ODF's
 * annotations must cover the flagged words. LibreOffice takes about 25 seconds to start on a
 * busy two-core machine, so this check is skipped unless asked for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, runCli } from './helpers/run-cli.ts';
import { tempFolder } from './helpers/workspace.ts';
import { makeCommitteePaper } from '../annotate/word-fixture.ts';
import { parseXml, readComments } from '../annotate/read-back.ts';

// Each test spawns the CLI; a busy two-core machine needs room (hooks too).
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const folder = tempFolder('compact-proof-annotate-');
const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';
const withLibreOffice = process.env.COMPACT_PROOF_SOFFICE === '1' && existsSync(SOFFICE);

interface JsonResult {
  file: string;
  messages: { severity: string; message: string; actual: string; expected: string[]; ruleId: string }[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const ARGS = ['--reference-date', '2025-01-06'];
let paper: Buffer;

beforeAll(() => {
  buildCli();
  paper = makeCommitteePaper().bytes;
  folder.write('paper.docx', paper);
  folder.write('second.docx', makeCommitteePaper({ existingComments: false }).bytes);
  folder.write('notes.md', 'The CVS will coordinate responses.\n');
  folder.write('broken.docx', 'not a Word document at all');
  folder.write('sub/paper.docx', paper);
}, 60_000);
afterAll(() => folder.remove());

describe('one Word document', () => {
  let json: JsonResult[];
  let copy: Buffer;
  let stderr: string;

  beforeAll(async () => {
    const before = statSync(join(folder.path, 'paper.docx')).mtimeMs;
    const run = await runCli([...ARGS, '--format', 'json', '--annotate', 'paper-reviewed.docx', 'paper.docx'], { cwd: folder.path });
    expect(run.code).toBe(1); // the paper's consultation is too short: a Compact breach
    json = JSON.parse(run.stdout);
    stderr = run.stderr;
    copy = readFileSync(join(folder.path, 'paper-reviewed.docx'));
    expect(statSync(join(folder.path, 'paper.docx')).mtimeMs).toBe(before);
  });

  it('says where the copy went and how its comments were placed', () => {
    const count = json[0]!.messages.length;
    expect(stderr).toBe(`compact-proof: wrote a reviewed copy of paper.docx to paper-reviewed.docx (${count} comments, 1 on a footnote’s mark, 1 on its paragraph, not the exact words)\n`);
  });

  it('leaves the original exactly as it was', () => {
    expect(readFileSync(join(folder.path, 'paper.docx')).equals(paper)).toBe(true);
  });

  it('has a comment by compact-proof for every finding in the report, on its words, with the real commitment', async () => {
    const comments = (await readComments(copy)).filter((comment) => comment.author === 'compact-proof');
    const messages = json[0]!.messages;
    expect(comments.length).toBe(messages.length);
    messages.forEach((message, index) => {
      const comment = comments[index]!;
      const prefix = { error: 'Compact breach: ', warning: 'Warning: ', info: 'Note: ' }[message.severity];
      expect(comment.paragraphs[0]).toBe(`${prefix}${message.message}`);
      if (!['ICB', 'NCVO'].includes(message.actual)) expect(flat(comment.anchored)).toBe(flat(message.actual));
    });
    const breach = comments[messages.findIndex((message) => message.ruleId === 'consultation-timescale')]!;
    expect(breach.paragraphs).toContain(
      'Compact commitment: Consultation timescales. Formal written consultations should state when they open and close and run for at least 12 weeks; when a shorter period is unavoidable the document should say why.',
    );
  });

  it('comments only on what the report shows (--min-severity)', async () => {
    const run = await runCli([...ARGS, '--quiet', '--annotate', 'errors-only.docx', 'paper.docx'], { cwd: folder.path });
    expect(run.code).toBe(1);
    const comments = (await readComments(readFileSync(join(folder.path, 'errors-only.docx')))).filter((comment) => comment.author === 'compact-proof');
    expect(comments.map((comment) => comment.paragraphs[0]!.split(':')[0])).toEqual(['Compact breach']);
  });
});

describe('several documents', () => {
  it('writes a copy of each Word document into the folder, keeping its name, and says which inputs got none', async () => {
    const run = await runCli([...ARGS, '--annotate', 'reviewed', 'paper.docx', 'second.docx', 'notes.md', 'broken.docx', 'sub/paper.docx'], { cwd: folder.path });
    expect(run.code).toBe(2); // broken.docx could not be read
    expect(readdirSync(join(folder.path, 'reviewed')).sort()).toEqual(['paper (2).docx', 'paper.docx', 'second.docx']);
    expect(run.stderr).toContain('compact-proof: could not check broken.docx');
    expect(run.stderr).toContain('compact-proof: --annotate: no reviewed copy of notes.md: only Word .docx documents can have comments added');
    expect(run.stderr).toMatch(/wrote a reviewed copy of second\.docx to reviewed\/second\.docx \(\d+ comments/);
    const second = await readComments(readFileSync(join(folder.path, 'reviewed/second.docx')));
    expect(second.length).toBeGreaterThan(3);
    expect(second.every((comment) => comment.author === 'compact-proof')).toBe(true);
  });

  it.each([
    [['--annotate', 'one.docx', 'paper.docx', 'second.docx'], '--annotate "one.docx" names one file, but 2 Word documents are being checked; give a folder instead'],
    [['--annotate', 'paper.docx', 'paper.docx'], '--annotate would write the reviewed copy to paper.docx, which is one of the documents being checked; compact-proof never writes over an input'],
    [['--annotate', '.', 'paper.docx'], 'which is one of the documents being checked'],
    [['--annotate', 'out.docx', 'notes.md'], '--annotate writes a reviewed copy of Word documents, but none of the documents to check is a .docx file'],
    [['--annotate', 'notes.md', 'paper.docx'], '--annotate "notes.md" is a file that is not a .docx'],
    [['paper.docx', '--annotate'], '--annotate needs a value'],
  ])('refuses %j with exit code 2, naming the problem, and writes nothing', async (args, expected) => {
    const run = await runCli([...ARGS, ...args], { cwd: folder.path });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(folder.path, 'paper.docx')).equals(paper)).toBe(true);
    expect(existsSync(join(folder.path, 'one.docx'))).toBe(false);
  });
});

/** The text each compact-proof annotation covers in an ODF document, in order. */
function odfAnnotations(content: string): { author: string; anchored: string }[] {
  const document = parseXml(content);
  const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
  const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
  const open = new Map<string, string>();
  const found: { name: string; author: string; anchored: string }[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        for (const name of open.keys()) open.set(name, open.get(name)! + child.nodeValue);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === OFFICE && element.localName === 'annotation') {
        const name = element.getAttributeNS(OFFICE, 'name') ?? '';
        const author = element.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent ?? '';
        found.push({ name, author, anchored: '' });
        if (name) open.set(name, '');
        continue; // the comment's own text is not the document's
      }
      if (element.namespaceURI === OFFICE && element.localName === 'annotation-end') {
        const name = element.getAttributeNS(OFFICE, 'name')!;
        found.find((annotation) => annotation.name === name)!.anchored = open.get(name) ?? '';
        open.delete(name);
        continue;
      }
      if (element.namespaceURI === TEXT && element.localName === 'tracked-changes') continue;
      if (element.namespaceURI === TEXT && element.localName === 's') for (const name of open.keys()) open.set(name, `${open.get(name)} `);
      if (element.namespaceURI === TEXT && (element.localName === 'p' || element.localName === 'h')) for (const name of open.keys()) open.set(name, `${open.get(name)}\n`);
      walk(element);
    }
  };
  walk(document.documentElement);
  return found.map(({ author, anchored }) => ({ author, anchored }));
}

describe.runIf(withLibreOffice)('the copy in LibreOffice (COMPACT_PROOF_SOFFICE=1)', () => {
  it('opens, converts to PDF, and shows every comment on the flagged words', async () => {
    const run = await runCli([...ARGS, '--format', 'json', '--annotate', 'lo/paper.docx', 'paper.docx'], { cwd: folder.path });
    const messages = (JSON.parse(run.stdout) as JsonResult[])[0]!.messages;
    const profile = `file://${join(folder.path, 'lo-profile')}`;
    const convert = (format: string) =>
      execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', join(folder.path, 'lo'), join(folder.path, 'lo/paper.docx')], {
        timeout: 180_000,
        stdio: 'pipe',
      });
    convert('pdf');
    const pdf = readFileSync(join(folder.path, 'lo/paper.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    convert('odt');
    const odt = await JSZip.loadAsync(readFileSync(join(folder.path, 'lo/paper.odt')));
    const annotations = odfAnnotations(await odt.file('content.xml')!.async('string'));
    const ours = annotations.filter((annotation) => annotation.author === 'compact-proof');
    expect(annotations.filter((annotation) => annotation.author === 'Sam Patel').length).toBe(1);
    expect(ours.length).toBe(messages.length);
    // ODF lists annotations in document order, where a footnote sits at its mark: compare as sets.
    const anchored = ours.map((annotation) => flat(annotation.anchored));
    const exact = messages.filter((message) => !['ICB', 'NCVO'].includes(message.actual)).map((message) => flat(message.actual));
    for (const text of exact) expect(anchored).toContain(text);
    // The footnote's comment covers the note (its mark and text); the text box's its paragraph.
    expect(anchored.some((text) => text.includes('The NCVO guidance'))).toBe(true);
    expect(anchored.some((text) => text.includes('See the box.'))).toBe(true);
  }, 400_000);
});
