/**
 * Reviewed copies of Word documents (shared/annotate): every comment is read back from the
 * written copy and must cover exactly the flagged words; the document's text and formatting
 * must be what they were; every part that needs no change keeps its bytes.
 *
 * The findings are the real rules' findings on a real-looking paper (tables, a numbered
 * list, header and footer, a footnote, an existing comment, tracked changes, fields, a
 * hyperlink, a text box, words split over runs), plus hand-made findings for the awkward
 * cases the rules rarely make (a range over two paragraphs, overlapping ranges).
 */
import { LIMIT_DEFAULTS } from '../../shared/config/limits.ts';
import { describe, expect, it } from 'vitest';
import { lint } from '../../shared/engine/lint.ts';
import type { Finding } from '../../shared/engine/finding.ts';
import { resolveConfig } from '../../shared/config/index.ts';
import { extractDocx } from '../../shared/node/extract/docx.ts';
import { annotateDocx, type AnnotationFinding } from '../../shared/annotate/annotate-docx.ts';
import { makeDocx } from '../cli/helpers/docx.ts';
import { writeAgendaPack } from '../cli/helpers/agenda-pack.ts';
import { formattedText, parts, readComments } from './read-back.ts';
import { makeCommitteePaper } from './word-fixture.ts';
import { zip } from '../cli/helpers/zip.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DATE = new Date('2025-03-01T09:30:00Z');
const config = resolveConfig({}, {}, 'test');

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function findingsFor(bytes: Uint8Array): Promise<{ text: string; findings: (Finding & AnnotationFinding)[] }> {
  const { text, headings } = await extractDocx(bytes, LIMIT_DEFAULTS);
  const found = lint(text, config, { format: 'html', headings, referenceDate: '2025-01-06' });
  return {
    text,
    findings: found.map((finding) => ({ ...finding, commitment: `Commitment for ${finding.ruleId}.` })),
  };
}

/** A finding made by hand on the first occurrence of `phrase` in the linted text. */
function handMade(text: string, phrase: string, severity: AnnotationFinding['severity'] = 'warning'): AnnotationFinding {
  const offset = text.indexOf(phrase);
  if (offset === -1) throw new Error(`"${phrase}" is not in the text`);
  return { severity, message: `About “${phrase}”.`, offset, endOffset: offset + phrase.length, actual: phrase, expected: [], commitment: 'A commitment.' };
}

describe('a reviewed copy of a committee paper', async () => {
  const { bytes, parts: originalParts } = makeCommitteePaper();
  const original = Buffer.from(bytes);
  const { text, findings } = await findingsFor(bytes);
  const copy = await annotateDocx(bytes, text, findings, { date: DATE });
  const comments = await readComments(copy.bytes);
  const ours = comments.filter((comment) => comment.author === 'compact-proof');

  it('finds what the rules find on the paper (the cases below depend on it)', () => {
    const flagged = findings.map((finding) => finding.actual);
    expect(flagged).toEqual(expect.arrayContaining(['CVS', 'utilise', 'key', 'stakeholders', 'Going forward', 'ICB', 'NCVO']));
    expect(findings.some((finding) => finding.ruleId === 'consultation-timescale' && finding.severity === 'error')).toBe(true);
  });

  it('adds one comment per finding, by compact-proof, after the officer’s own', () => {
    expect(ours.length).toBe(findings.length);
    expect(comments[0]).toMatchObject({ id: '0', author: 'Sam Patel', paragraphs: ['Check the title with legal.'], anchored: 'Report of the Head of Communities' });
    expect(new Set(comments.map((comment) => comment.id)).size).toBe(comments.length);
    for (const comment of ours) expect(comment.date).toBe('2025-03-01T09:30:00Z');
  });

  it('anchors each comment on exactly the flagged words: across runs, in a hyperlink, a tracked insertion and a field result', () => {
    findings.forEach((finding, index) => {
      const comment = ours[index]!;
      if (copy.placements[index] !== 'words') return;
      expect(flat(comment.anchored), `${finding.ruleId} on “${finding.actual}”`).toBe(flat(finding.actual));
    });
    const placed = (actual: string) => copy.placements[findings.findIndex((finding) => finding.actual === actual)];
    for (const actual of ['CVS', 'utilise', 'key', 'stakeholders', 'Going forward']) expect(placed(actual)).toBe('words');
    const timescale = findings.findIndex((finding) => finding.ruleId === 'consultation-timescale');
    expect(copy.placements[timescale]).toBe('words');
    expect(ours[timescale]!.anchored).toContain('6 January 2025'); // the REF field's result
  });

  it('writes the message with its severity, the suggestion and the commitment', () => {
    findings.forEach((finding, index) => {
      const [first, ...rest] = ours[index]!.paragraphs;
      const prefix = { error: 'Compact breach: ', warning: 'Warning: ', info: 'Note: ' }[finding.severity];
      expect(first).toBe(`${prefix}${finding.message}`);
      if (finding.expected.length) expect(rest[0]).toBe(`Suggested: ${finding.expected.map((text) => `“${text}”`).join(' or ')}`);
      expect(rest).toContain(`Compact commitment: ${finding.commitment}`);
    });
  });

  it('puts a comment on words in a text box on the paragraph holding the box, and says so', () => {
    const index = findings.findIndex((finding) => finding.actual === 'ICB');
    expect(copy.placements[index]).toBe('paragraph');
    expect(ours[index]!.anchored).toContain('See the box.');
    expect(ours[index]!.paragraphs.at(-1)).toMatch(/could not place this comment on the words “ICB” themselves .* on this paragraph\./);
  });

  it('puts a comment on words in a footnote on the footnote’s mark, and says so', async () => {
    const index = findings.findIndex((finding) => finding.actual === 'NCVO');
    expect(copy.placements[index]).toBe('note');
    expect(ours[index]!.anchored).toBe(''); // the mark is a footnoteReference, not text
    expect(ours[index]!.paragraphs.at(-1)).toMatch(/The words “NCVO” are in the note marked here/);
    const document = new TextDecoder().decode((await parts(copy.bytes)).get('word/document.xml'));
    expect(document).toMatch(new RegExp(`<w:commentRangeStart w:id="${ours[index]!.id}"/><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd`));
  });

  it('leaves the text, its formatting and the original file as they were', async () => {
    expect(Buffer.from(bytes).equals(original)).toBe(true);
    expect((await extractDocx(copy.bytes, LIMIT_DEFAULTS)).text).toBe(text);
    expect(await formattedText(copy.bytes)).toEqual(await formattedText(bytes));
  });

  it('keeps every other part byte for byte', async () => {
    const written = await parts(copy.bytes);
    expect([...written.keys()].sort()).toEqual(Object.keys(originalParts).sort());
    for (const [name, content] of Object.entries(originalParts)) {
      if (name === 'word/document.xml' || name === 'word/comments.xml') continue;
      expect(Buffer.from(written.get(name)!).equals(Buffer.from(content, 'utf8')), name).toBe(true);
    }
    // The officer's comment is still there, word for word.
    expect(new TextDecoder().decode(written.get('word/comments.xml'))).toContain(originalParts['word/comments.xml']!.match(/<w:comment .*?<\/w:comment>/)![0]);
  });
});

describe('a paper with no comments yet', async () => {
  const { bytes, parts: originalParts } = makeCommitteePaper({ existingComments: false });
  const { text, findings } = await findingsFor(bytes);
  const copy = await annotateDocx(bytes, text, findings, { date: DATE });
  const written = await parts(copy.bytes);

  it('gets a comments part, registered in the relationships and content types', () => {
    const decode = (name: string) => new TextDecoder().decode(written.get(name));
    expect(decode('word/comments.xml')).toContain('w:author="compact-proof"');
    expect(decode('word/_rels/document.xml.rels')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"/);
    expect(decode('[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    // The relationship id is new.
    const ids = [...decode('word/_rels/document.xml.rels').matchAll(/Id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps every other part byte for byte', () => {
    for (const [name, content] of Object.entries(originalParts)) {
      if (['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) continue;
      expect(Buffer.from(written.get(name)!).equals(Buffer.from(content, 'utf8')), name).toBe(true);
    }
  });

  it('numbers its comments from 0', async () => {
    expect((await readComments(copy.bytes)).map((comment) => comment.id)).toEqual(findings.map((_, index) => String(index)));
  });
});

describe('awkward ranges', async () => {
  const { bytes } = makeCommitteePaper();
  const { text } = await extractDocx(bytes, LIMIT_DEFAULTS);

  it('anchors a range over two paragraphs from the first to the second', async () => {
    const finding = handMade(text, 'Purpose\n\nThe CVS');
    const copy = await annotateDocx(bytes, text, [finding], { date: DATE });
    const [, comment] = await readComments(copy.bytes);
    expect(copy.placements).toEqual(['words']);
    expect(comment!.anchored).toBe('Purpose\nThe CVS');
    expect(comment!.endParagraph).toBe(comment!.startParagraph + 1);
    expect((await extractDocx(copy.bytes, LIMIT_DEFAULTS)).text).toBe(text);
  });

  it('anchors overlapping and nested ranges, and ranges that share a run, each exactly', async () => {
    const findings = [
      handMade(text, 'key stakeholders list'),
      handMade(text, 'stakeholders'),
      handMade(text, 'Read the key'),
      handMade(text, 'e'), // one letter inside "Read"
      handMade(text, 'closes on 17 February'),
      handMade(text, '2025 and closes'), // starts inside the field result
    ];
    const copy = await annotateDocx(bytes, text, findings, { date: DATE });
    const ours = (await readComments(copy.bytes)).filter((comment) => comment.author === 'compact-proof');
    expect(copy.placements.every((placement) => placement === 'words')).toBe(true);
    expect(ours.map((comment) => comment.anchored)).toEqual(findings.map((finding) => finding.actual));
    expect(await formattedText(copy.bytes)).toEqual(await formattedText(bytes));
  });

  it('a finding whose words cannot be found anywhere goes at the start of the document, and says so', async () => {
    const finding: AnnotationFinding = { ...handMade(text, 'Purpose'), offset: text.length + 5, endOffset: text.length + 9, actual: 'gone' };
    const copy = await annotateDocx(bytes, 'nothing in common at all', [finding], { date: DATE });
    const [, comment] = await readComments(copy.bytes);
    expect(copy.placements).toEqual(['document']);
    expect(comment!.paragraphs.at(-1)).toContain('so it is on the start of the document');
  });

  it('refuses a Strict Open XML document, saying how to save one it can annotate', async () => {
    const strict = makeCommitteePaper({ body: '<w:p><w:r><w:t>The CVS will reply.</w:t></w:r></w:p>' });
    const parts = { ...strict.parts, 'word/document.xml': strict.parts['word/document.xml']!.replaceAll('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main') };
    await expect(annotateDocx(zip(parts), 'The CVS will reply.', [handMade('The CVS will reply.', 'CVS')])).rejects.toThrow(/Strict Open XML.*save it as an ordinary Word Document \(\.docx\)/);
  });

  it('refuses what is not a Word document, naming the problem', async () => {
    await expect(annotateDocx(new TextEncoder().encode('not a zip'), '', [])).rejects.toThrow(/could not be opened as a zip archive/);
  });
});

describe('every Word paper of the test agenda pack', () => {
  it('gets every finding on exactly its words, with the text unchanged', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'compact-proof-annotate-'));
    try {
      writeAgendaPack(folder, 40);
      const papers = readdirSync(folder).filter((name) => name.endsWith('.docx'));
      expect(papers.length).toBeGreaterThan(3);
      let total = 0;
      for (const name of papers) {
        const bytes = readFileSync(join(folder, name));
        const { text, findings } = await findingsFor(bytes);
        const copy = await annotateDocx(bytes, text, findings, { date: DATE });
        const comments = await readComments(copy.bytes);
        expect(copy.placements.filter((placement) => placement !== 'words'), name).toEqual([]);
        findings.forEach((finding, index) => expect(flat(comments[index]!.anchored), `${name}: ${finding.ruleId}`).toBe(flat(finding.actual)));
        expect((await extractDocx(copy.bytes, LIMIT_DEFAULTS)).text).toBe(text);
        total += findings.length;
      }
      expect(total).toBeGreaterThan(10);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('a table cell and a heading from the simple test builder anchor too', async () => {
    const bytes = makeDocx([{ heading: 'The CVS grant' }, { table: [['Partner', 'Role'], ['The ICB', 'Going forward, it will fund the service.']] }]);
    const { text, findings } = await findingsFor(bytes);
    const copy = await annotateDocx(bytes, text, findings, { date: DATE });
    const comments = await readComments(copy.bytes);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    findings.forEach((finding, index) => expect(flat(comments[index]!.anchored)).toBe(flat(finding.actual)));
  });
});
