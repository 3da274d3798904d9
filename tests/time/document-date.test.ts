/** The date a document states about itself, which becomes the reference for year-less dates. */
import { describe, expect, it } from 'vitest';
import { createFacts } from '../../shared/document/facts.ts';
import { parseText } from '../../shared/engine/parse.ts';

const TODAY = new Date(Date.UTC(2025, 0, 15));

function factsOf(text: string, referenceDate?: string) {
  return createFacts({ text, tree: parseText(text), format: 'text', today: TODAY, referenceDate });
}

function documentDate(text: string) {
  const found = factsOf(text).documentDate;
  return found && { iso: found.date.toISOString().slice(0, 10), kind: found.kind, text: text.slice(found.start, found.end) };
}

describe('document date', () => {
  it('reads a labelled meeting date, even when a report date follows', () => {
    expect(documentDate('Report to Cabinet\nDate of meeting: Wednesday 17 September 2025\nReport date: 1 September 2025\n')).toEqual({
      iso: '2025-09-17',
      kind: 'meeting',
      text: 'Wednesday 17 September 2025',
    });
  });

  it('reads a committee title line', () => {
    expect(documentDate('Riverside Borough Council\nCabinet – 17 September 2025\n\nGrants review')).toMatchObject({ iso: '2025-09-17', kind: 'title' });
  });

  it('reads "Date:" at the top of a letter', () => {
    expect(documentDate('Dear Ms Patel,\n\nDate: 3 March 2025\n\nYour grant ends on 31 March.')).toMatchObject({ iso: '2025-03-03', kind: 'letter' });
  });

  it('prefers a publication label at the foot over a date mentioned in the opening lines', () => {
    expect(documentDate('Budget consultation\n\nThe scheme began on 1 April 2024.\n\nPublication date: 05/12/2022')).toMatchObject({
      iso: '2022-12-05',
      kind: 'published',
    });
    expect(documentDate('Published 3 March 2025\n\nText')).toMatchObject({ iso: '2025-03-03', kind: 'published' });
  });

  it('falls back to the first full date near the top, time and all', () => {
    expect(documentDate('HERTFORDSHIRE COUNTY COUNCIL\n\nCABINET\n\nMONDAY 17 SEPTEMBER 2001 AT 10.00 AM\n\nTHE COMPACT')).toEqual({
      iso: '2001-09-17',
      kind: 'opening',
      text: 'MONDAY 17 SEPTEMBER 2001 AT 10.00 AM',
    });
  });

  it('ignores a date deep in the body and dates with no year', () => {
    const body = Array.from({ length: 30 }, (_, line) => `Paragraph ${line + 1} of the report.`).join('\n');
    expect(documentDate(`Grants review\n${body}\nThe scheme began on 1 April 2024.`)).toBeNull();
    expect(documentDate('Date: 3 March\n\nText')).toBeNull();
    expect(documentDate('Closing date: 30 April 2025')).toBeNull();
    expect(documentDate('Dates for your diary: 14/10/25 and 21/10/25')).toBeNull();
  });

  it('makes the document date the reference for year-less dates, unless a reference date is given', () => {
    const text = 'Cabinet – 5 December 2022\n\nThe consultation runs until Sunday 11 December.';
    const facts = factsOf(text);
    expect(facts.referenceDateSource).toBe('document');
    const until = facts.timeExpressions.find((expression) => expression.kind === 'range');
    expect(until?.kind === 'range' && until.to.iso).toBe('2022-12-11');

    const given = factsOf(text, '2030-01-01');
    expect(given.referenceDateSource).toBe('option');
    expect(factsOf('No dates here.').referenceDateSource).toBe('today');
  });
});
