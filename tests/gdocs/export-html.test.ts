// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { docsTextFromHtml } from '../../shared/dom/google-docs/export-html.ts';
import { buildDocsExport, CABINET_PAPER } from '../fixtures/gdocs/export-builder.ts';

describe('docsTextFromHtml', () => {
  const converted = docsTextFromHtml(buildDocsExport(CABINET_PAPER));

  it('gives one block per paragraph, heading, list item and table cell, separated by a blank line', () => {
    const blocks = converted.text.split('\n\n');
    expect(blocks[0]).toBe('Cabinet, 4 March 2025: Review of community grants');
    expect(blocks[1]).toBe('1. Purpose of the report');
    expect(blocks).toContain('Day centre transport: reduced by half.');
    expect(blocks).toContain('Advice line: funding ends in June.');
    expect(blocks).toContain('Lunch club');
    expect(blocks).toContain('£12,000');
    // Spans split mid-sentence are joined without losing or doubling spaces.
    expect(blocks).toContain('Officers will report the results of the consultation to Cabinet in the summer.');
  });

  it('records headings (and the Title style) with their offsets and levels', () => {
    const titles = converted.headings.map((heading) => [converted.text.slice(heading.start, heading.end), heading.level]);
    expect(titles).toEqual([
      ['Cabinet, 4 March 2025: Review of community grants', 1],
      ['1. Purpose of the report', 1],
      ['2. Proposals', 1],
      ['2.1 Next steps', 2],
    ]);
  });

  it('leaves out reviewers’ comments, comment and footnote markers, styles and empty paragraphs', () => {
    expect(converted.text).not.toContain('Should we name the groups here?');
    expect(converted.text).not.toMatch(/\[a\]|\[1\]/);
    expect(converted.text).not.toContain('font-weight');
    expect(converted.text).not.toMatch(/\n\n\n/);
    expect(converted.text).toContain('VCSE groups from 1 April 2025.');
  });

  it('keeps footnote text, turns no-break spaces into plain spaces and <br> into a line break', () => {
    expect(converted.text).toContain('The consultation page will be published on the council website.');
    const withBreak = docsTextFromHtml('<html><body class="doc-content"><p><span>First&nbsp;&nbsp;line</span><br><span>second line</span></p></body></html>');
    expect(withBreak.text).toBe('First line\nsecond line');
  });

  it('counts words', () => {
    expect(docsTextFromHtml('<body><p>one two</p><p>three</p></body>').words).toBe(3);
  });
});
