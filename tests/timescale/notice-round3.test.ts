/**
 * notice-period: classes of wording found by blind round 3's first run, each tested with new
 * passages in our own words (fictional councils and groups; nothing copied from the round):
 *
 * - one sentence that ends or changes several grants counts them (`data.grants`);
 * - a change dated by a month with no year ("would stop after March", "cut from April"),
 *   placed in the first such month after the day notice is counted from;
 * - a change already made "with immediate effect" on a dated statement: the change takes
 *   effect on the statement's date (a dated title such as "Statement from … – Friday 7 March
 *   2025", or "Posted 3 February 2025"), so the dates are reported, 0 days apart;
 * - a decisions table that sums up a change the text then sets out names one change: the
 *   text's reading of the date stands and the row is not reported again.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

type Data = Record<string, unknown>;
const notices = (text: string, referenceDate: string): Data[] =>
  lintWithRule('notice-period', text, {}, { referenceDate }).map((finding) => finding.data as Data);

describe('a sentence that ends several grants at once', () => {
  it('counts the grants the sentence names', () => {
    const text = [
      'Update for members – Pennard Vale District Council',
      '',
      'Four grants from the Village Halls Fund will stop on 31 July 2025: the halls at Cleeve, Horton, Ashby Parva and Nether Wick.',
      '',
      'We wrote to each hall committee on 2 June 2025.',
    ].join('\n');
    const [finding, ...rest] = notices(text, '2025-06-05');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ basis: 'dates', from: '2025-06-02', effective: '2025-08-01', grants: 4 });
  });

  it('counts a decision not to renew "the two advice contracts"', () => {
    const text = 'On 14 May 2025 the Executive decided not to renew the two advice contracts that end on 30 June 2025.';
    expect(notices(text, '2025-05-20')).toEqual([expect.objectContaining({ from: '2025-05-14', effective: '2025-07-01', grants: 2 })]);
  });

  it('does not count "one of the three grants" or "two-year grants"', () => {
    const one = 'On 14 May 2025 the Executive decided that one of the three grants to Holm Vale choirs will end on 30 June 2025.';
    const [first] = notices(one, '2025-05-20');
    expect(first).toMatchObject({ effective: '2025-07-01' });
    expect(first).not.toHaveProperty('grants');
    const term = 'On 14 May 2025 the Executive decided that its two-year grants to sports clubs will end on 30 June 2025.';
    expect(notices(term, '2025-05-20')[0]).not.toHaveProperty('grants');
  });
});

describe('a change dated by a month with no year', () => {
  it('reads "would stop after March" from the day the group was told', () => {
    const text = [
      'Posted 10 February 2025 by the Chair',
      '',
      'On Tuesday 28 January we heard that our grant from Holloway Moor Council would stop after March. It pays for the Friday youth club.',
    ].join('\n');
    expect(notices(text, '2025-02-10')).toEqual([
      expect.objectContaining({ basis: 'dates', from: '2025-01-28', to: '2025-03-31', effective: '2025-04-01' }),
    ]);
  });

  it('reads a cut "from April" as the first of April after the letter', () => {
    const text = 'Our letter of 6 January 2025 confirmed that the council will reduce the grant to Lowther Street Food Bank from April.';
    expect(notices(text, '2025-01-10')).toEqual([expect.objectContaining({ from: '2025-01-06', effective: '2025-04-01' })]);
  });

  it('places the month in the next year when it has already passed, and is silent when that gives enough notice', () => {
    const text = 'On 5 May 2025 the council decided that the grant to Tansy Lane Allotments will end after March.';
    expect(notices(text, '2025-05-06')).toEqual([]);
  });

  it('leaves alone a month with no change, or a change that is only being considered', () => {
    expect(notices('On 6 January 2025 we met the trustees of Hobb Lane Scouts, whose grant runs until March.', '2025-01-10')).toEqual([]);
    expect(notices('On 6 January 2025 the council said it may reduce the grant to Hobb Lane Scouts from April.', '2025-01-10')).toEqual([]);
  });
});

describe('a change made with immediate effect on a dated statement', () => {
  it('reports the statement’s date as both the notice and the change', () => {
    const text = [
      'Statement from Brackenholt Borough Council – Thursday 13 March 2025',
      '',
      'The council has withdrawn what remained of this year’s grant to Brackenholt Carers’ Network with immediate effect, as the year’s grants budget is overspent.',
    ].join('\n');
    const findings = lintWithRule('notice-period', text, {}, { referenceDate: '2025-03-20' });
    expect(findings.map((finding) => finding.data)).toEqual([
      expect.objectContaining({ basis: 'dates', noticeDays: 0, from: '2025-03-13', to: '2025-03-13', effective: '2025-03-13', fromSource: 'document' }),
    ]);
    expect(findings[0]!.message).toContain('with no notice');
  });

  it('keeps undated "with immediate effect" as stated notice of none', () => {
    const [finding] = notices('The grant to Orme Road Youth Club will be withdrawn with immediate effect.', '2025-03-20');
    expect(finding).toMatchObject({ basis: 'stated', noticeDays: 0, to: null });
  });
});

describe('a decisions table above the text that sets out the same change', () => {
  const table = (organisation: string) =>
    [
      '# Executive – 12 March 2025: decisions',
      '',
      'Item | Decision | Effective',
      '--- | --- | ---',
      'Library opening hours | Approved | 1 May 2025',
      `Toy library grant (${organisation}) | Grant ended | 30 April 2025`,
      '',
      '### Toy library grant',
      '',
      'The Executive agreed to end the £9,000 grant to Fernhill Families for the toy library when the present award ends on 30 April 2025.',
    ].join('\n');

  it('reports the change once, as the text reads its date', () => {
    expect(notices(table('Fernhill Families'), '2025-03-13')).toEqual([
      expect.objectContaining({ from: '2025-03-12', to: '2025-04-30', effective: '2025-05-01' }),
    ]);
  });

  it('keeps a row about another organisation', () => {
    expect(notices(table('Brindle Playgroups'), '2025-03-13').map((data) => data.effective)).toEqual(['2025-04-30', '2025-05-01']);
  });
});
