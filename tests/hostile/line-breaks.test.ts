/**
 * Unusual but honest input: lone carriage returns (old Mac files, some exports) end lines
 * as line feeds and CRLF do, so findings get the lines a reader sees, with offsets one for
 * one; and a non-leap 29 February is described once, not twice.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../shared/text/line-index.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const PAPER = [
  'Cabinet report',
  '',
  'The consultation runs from 2 June 2025 to 16 June 2025.',
  '',
  'The VCS forum met on Tuesday 3 March 2025.',
];

describe('line breaks', () => {
  it('counts LF, CRLF and a lone CR as one line break each', () => {
    const index = new LineIndex('a\nb\r\nc\rd\r\re');
    expect([0, 2, 5, 7, 9, 10].map((offset) => index.at(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 5, column: 1 },
      { line: 6, column: 1 },
    ]);
    expect(index.lineCount).toBe(6);
    expect(index.lineSpanAt(3, 'a\nb\r\nc\rd\r\re')).toEqual({ start: 2, end: 3 });
    expect(index.lineSpanAt(5, 'a\nb\r\nc\rd\r\re')).toEqual({ start: 5, end: 6 });
  });

  it('puts findings on the same lines and offsets whether lines end in LF, CRLF or CR', () => {
    for (const rule of ['consultation-timescale', 'date-weekday', 'undefined-acronym']) {
      const where = (text: string) => lintWithRule(rule, text).map(({ line, column, endLine, message }) => ({ line, column, endLine, message }));
      const lf = where(PAPER.join('\n'));
      expect(lf.length, rule).toBeGreaterThan(0);
      expect(lf.some((finding) => finding.line > 1), rule).toBe(true);
      expect(where(PAPER.join('\r')), `${rule} with CR`).toEqual(lf);
      expect(where(PAPER.join('\r\n')), `${rule} with CRLF`).toEqual(lf);
      // Offsets are into the text as given: the CR file is as long as the LF file.
      const offsets = (text: string) => lintWithRule(rule, text).map(({ offset, endOffset, actual }) => ({ offset, endOffset, actual }));
      expect(offsets(PAPER.join('\r'))).toEqual(offsets(PAPER.join('\n')));
    }
  });
});

describe('impossible dates', () => {
  it('says once that a non-leap 29 February does not exist', () => {
    const [finding] = lintWithRule('date-weekday', 'The grant ends on 29 February 2023.');
    expect(finding?.message).toBe('29 February 2023 does not exist: 2023 is not a leap year. Check the date and write the day that is meant.');
  });
});
