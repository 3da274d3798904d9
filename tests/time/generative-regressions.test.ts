/**
 * The smallest counter-examples fast-check found for generative.test.ts, and our mistakes the
 * chrono-node differential found (chrono-oracle.test.ts), kept as plain tests so a regression
 * names itself without a property run. Each class was fixed in the grammar in general terms
 * (shared/time/README.md says how); the traps after each class check that the fix did not
 * start reading what is not a date.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../shared/engine/parse.ts';
import { findTimeExpressions, findTimeExpressionsInText } from '../../shared/time/index.ts';
import type { TimeExpression } from '../../shared/time/types.ts';

const REFERENCE = new Date(Date.UTC(1995, 0, 1));

/** "date ISO text@time" or "range FROM..TO text" for each expression found. */
function read(text: string, reference = REFERENCE): string[] {
  return describeAll(findTimeExpressionsInText(text, reference));
}

function readAsRulesDo(text: string, reference = REFERENCE): string[] {
  return describeAll(findTimeExpressions(parseText(text), reference, text));
}

function describeAll(found: readonly TimeExpression[]): string[] {
  return found.map((expression) => {
    switch (expression.kind) {
      case 'date':
        return `date ${expression.iso} ${expression.text}${expression.time ? `@${expression.time}` : ''}`;
      case 'range':
        return `range ${expression.from?.iso ?? ''}..${expression.to.iso}${expression.to.time ? `@${expression.to.time}` : ''} ${expression.text}`;
      default:
        return `${expression.kind} ${expression.text}`;
    }
  });
}

describe('two-digit years with dots and dashes', () => {
  it('reads "1.1.00" and "1-1-00" as dates in 2000 (counter-examples)', () => {
    expect(read('1.1.00')).toEqual(['date 2000-01-01 1.1.00']);
    expect(read('1-1-00')).toEqual(['date 2000-01-01 1-1-00']);
  });

  it('reads "1.1.00 TO 2 JANUARY 2000" in capitals: "TO" carries the date on (counter-example)', () => {
    expect(read('1.1.00 TO 2 JANUARY 2000')).toEqual(['range 2000-01-01..2000-01-02 1.1.00 TO 2 JANUARY 2000']);
  });

  it('reads a dotted date opening a table row before a weekday (found while building the table generator)', () => {
    const text = 'Consultation opens\tClosing date for responses\n22.08.29\tWed. 19.6.30';
    expect(read(text)).toEqual(['range 2029-08-22..2030-06-19 22.08.29\tWed. 19.6.30']);
  });

  it('still leaves paragraph and version numbers alone', () => {
    expect(read('See paragraph 4.1.12 for the figures.')).toEqual([]);
    expect(read('as set out in 4.1.12, see 3.2.15 and under 2.4.10')).toEqual([]);
    expect(read('the balance as at 31.3.25')).toEqual(['date 2025-03-31 31.3.25']);
    expect(read('4.1.12 The council will review the grant.')).toEqual([]);
    expect(read('Version 1.2.10 of the form')).toEqual([]);
    expect(read('Scores of 13.1.2 and 1-2-3')).toEqual([]);
  });
});

describe('compact dates with the month in words', () => {
  it('reads "1-Jan-1995" and "5-Feb-25" (counter-example and the issue\'s example)', () => {
    expect(read('1-Jan-1995')).toEqual(['date 1995-01-01 1-Jan-1995']);
    expect(read('Consultation period: 5-Feb-25 to 30-Apr-25', new Date(Date.UTC(2025, 0, 15)))).toEqual([
      'range 2025-02-05..2025-04-30 5-Feb-25 to 30-Apr-25',
    ]);
  });

  it('does not read a month word glued into other text', () => {
    expect(read('Covid-19-Mar-2 strain')).toEqual([]);
  });
});

describe('a dash closed up between the two ends of a range', () => {
  it('joins the ends after a month, a year, or a time (counter-examples)', () => {
    expect(read('1 January–3 January 1995')).toEqual(['range 1995-01-01..1995-01-03 1 January–3 January 1995']);
    expect(read('1 January 1995–2 January 1995')).toEqual(['range 1995-01-01..1995-01-02 1 January 1995–2 January 1995']);
    expect(read('1 January 1995-2 January 1995')).toEqual(['range 1995-01-01..1995-01-02 1 January 1995-2 January 1995']);
    expect(read('1 January 1995, 12am-2 January 1995')).toEqual(['range 1995-01-01..1995-01-02 1 January 1995, 12am-2 January 1995']);
  });

  it('still reads "March 2024-25" as a financial year after a month', () => {
    expect(read('the budget for March 2024-25')).toEqual(['financial-year 2024-25']);
  });
});

describe('a time that leads into the next date', () => {
  it('belongs to that date, not to the one before (counter-example)', () => {
    expect(read('The consultation runs from 1 January 1995 until 12am on 2 January 1995')).toEqual([
      'range 1995-01-01..1995-01-02@00:00 from 1 January 1995 until 12am on 2 January 1995',
    ]);
    expect(read('open from Tuesday 4 March 2025 until 11.59pm on Tuesday 27 May 2025')).toEqual([
      'range 2025-03-04..2025-05-27@23:59 from Tuesday 4 March 2025 until 11.59pm on Tuesday 27 May 2025',
    ]);
  });

  it('still takes a time after the date when no date follows it', () => {
    expect(read('Closing date 28 January 2024 at 9.30am, by post')).toEqual(['date 2024-01-28 28 January 2024 at 9.30am@09:30']);
  });
});

describe('a bare start day with "through"', () => {
  it('takes its month and year from the end, like "to" (counter-example)', () => {
    expect(read('1 through 2 January 1995')).toEqual(['range 1995-01-01..1995-01-02 1 through 2 January 1995']);
  });
});

describe('labelled fields', () => {
  it('pairs an opening and a closing field in either order (counter-example and its mirror)', () => {
    expect(read('Opened 1 January 1995 / Closes 2 January 1995')).toEqual([
      'range 1995-01-01..1995-01-02 1 January 1995 / Closes 2 January 1995',
    ]);
    expect(read('Closes: 2 January 1995 Opened: 1 January 1995')).toEqual([
      'range 1995-01-01..1995-01-02 2 January 1995 Opened: 1 January 1995',
    ]);
  });

  it('takes a missing year from the other field, as a range does', () => {
    expect(read('Closes: 8 January 2023 | Opens: 5 December')).toEqual(['range 2022-12-05..2023-01-08 8 January 2023 | Opens: 5 December']);
  });

  it('does not pair prose, fields across a blank line, or two closing fields', () => {
    expect(read('The consultation closes on 14 April 2025; it opened on 3 March 2025.')).toHaveLength(2);
    expect(read('Opened: 1 January 1995\n\nCloses: 2 January 1995')).toHaveLength(2);
    expect(read('Closes: 2 January 1995 / Deadline: 3 January 1995')).toHaveLength(2);
  });
});

describe('tables with opening and closing columns', () => {
  it('pairs the cells of each row under "Open date | Close date" (counter-example)', () => {
    const text = '| Open date | Close date |\n| --- | --- |\n| 1 January 1995 | 2 January 1995 |';
    expect(read(text)).toEqual(['range 1995-01-01..1995-01-02 1 January 1995 | 2 January 1995']);
  });

  it('pairs them whichever column comes first, and with the header a paragraph of its own', () => {
    const text = 'Consultation | Closes | Opens\nLibrary hours | 2 January 1995 | 1 January 1995';
    expect(readAsRulesDo(text)).toEqual(['range 1995-01-01..1995-01-02 2 January 1995 | 1 January 1995']);
    const capitalised = 'Open Date\tClose Date\n1 January 1995\t2 January 1995';
    expect(readAsRulesDo(capitalised)).toEqual(['range 1995-01-01..1995-01-02 1 January 1995\t2 January 1995']);
  });

  it('does not carry a header across a blank line or into a row with another number of cells', () => {
    expect(readAsRulesDo('Open date | Close date\n\n1 January 1995 | 2 January 1995')).toHaveLength(2);
    expect(read('Open date | Close date\nLibrary | 1 January 1995 | 2 January 1995')).toHaveLength(2);
  });
});

describe('a year carried back over a period of whole months (found by the chrono differential)', () => {
  it('moves the start a year when the period runs over whole months for up to a year', () => {
    expect(read('to award a grant from 1st July until 31st March 2011')).toEqual([
      'range 2010-07-01..2011-03-31 from 1st July until 31st March 2011',
    ]);
    expect(read('Funding runs from 1 April to 31 March 2026.')).toEqual(['range 2025-04-01..2026-03-31 from 1 April to 31 March 2026']);
    expect(read('between September and March 2026')).toEqual(['range 2025-09-01..2026-03-31 between September and March 2026']);
  });

  it('still leaves a slip reversed', () => {
    expect(read('from 30 May to 11 May 2025')).toEqual(['range 2025-05-30..2025-05-11 from 30 May to 11 May 2025']);
    expect(read('from 2 July until 31 March 2011')).toEqual(['range 2011-07-02..2011-03-31 from 2 July until 31 March 2011']);
  });
});
