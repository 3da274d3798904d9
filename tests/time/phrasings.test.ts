/**
 * The phrasing table: how councils, NHS bodies and government write dates and durations,
 * with what the time grammar must make of each (kind, resolved value, exact text and so
 * exact offsets). Traps (money, paragraph numbers, times alone, budget years) are in the
 * same table: they must give nothing, or only what they really are.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressionsInText } from '../../shared/time/index.ts';
import type { TimeExpression } from '../../shared/time/types.ts';

/** [kind, value, text] with value: ISO date, "from..to cue", "amount unit", "startYear" or "" for invalid dates. */
type Expected = [TimeExpression['kind'], string, string];

interface Case {
  text: string;
  expected: Expected[];
  /** ISO reference date for year-less dates; 15 January 2025 unless given. */
  reference?: string;
}

function describeValue(expression: TimeExpression): string {
  switch (expression.kind) {
    case 'date':
      return expression.anchor ? `${expression.iso} ${expression.anchor}` : expression.iso;
    case 'range':
      return `${expression.from?.iso ?? ''}..${expression.to.iso} ${expression.cue}${expression.reversed ? ' reversed' : ''}`;
    case 'duration':
      return `${expression.amount} ${expression.unit}`;
    case 'financial-year':
      return String(expression.startYear);
    case 'invalid-date':
      return '';
  }
}

const CASES: Case[] = [
  // Day, month and year in words
  { text: 'The meeting is on 1 March 2025.', expected: [['date', '2025-03-01', '1 March 2025']] },
  { text: 'It starts on 1st March 2025.', expected: [['date', '2025-03-01', '1st March 2025']] },
  { text: 'Closing date: Friday 14 February 2025', expected: [['date', '2025-02-14', 'Friday 14 February 2025']] },
  { text: 'The stage closes on the 23rd of December 2022.', expected: [['date', '2022-12-23', 'the 23rd of December 2022']] },
  { text: 'The stage closes on the 23rd December 2022.', expected: [['date', '2022-12-23', 'the 23rd December 2022']] },
  { text: 'Start date Fri 28 May 2021', expected: [['date', '2021-05-28', 'Fri 28 May 2021']] },
  { text: 'End date Sun 25 Jul 2021', expected: [['date', '2021-07-25', 'Sun 25 Jul 2021']] },
  { text: 'It is open until Friday the 28th of August.', reference: '2015-06-01', expected: [['range', '..2015-08-28 until', 'until Friday the 28th of August']] },
  { text: 'Commencing on 14th April 2015.', expected: [['date', '2015-04-14', '14th April 2015']] },
  { text: 'Received 15 January 2024', expected: [['date', '2024-01-15', '15 January 2024']] },
  { text: 'Decided on 1 march 2025 by the board.', expected: [['date', '2025-03-01', '1 march 2025']] },
  { text: 'It ran on Tuesday, 16 July 2024.', expected: [['date', '2024-07-16', 'Tuesday, 16 July 2024']] },
  { text: 'MONDAY 17 SEPTEMBER 2001', expected: [['date', '2001-09-17', 'MONDAY 17 SEPTEMBER 2001']] },
  { text: 'Published March 3, 2025.', expected: [['date', '2025-03-03', 'March 3, 2025']] },
  { text: 'Payment is due on 5 Sept. 2025.', expected: [['date', '2025-09-05', '5 Sept. 2025']] },
  {
    text: 'Funding runs from the first of April 2025 to the thirty-first of March 2026.',
    expected: [['range', '2025-04-01..2026-03-31 from-to', 'from the first of April 2025 to the thirty-first of March 2026']],
  },
  { text: 'First of all, the second March event was cancelled.', expected: [] },
  { text: 'We met on 29 February 2024.', expected: [['date', '2024-02-29', '29 February 2024']] },

  // Numeric dates, always day first
  { text: 'Dated 03/02/2025.', expected: [['date', '2025-02-03', '03/02/2025']] },
  { text: 'Dated 3.2.2025 in the minutes.', expected: [['date', '2025-02-03', '3.2.2025']] },
  { text: 'Publication date: 05/12/22', expected: [['date', '2022-12-05', '05/12/22']] },
  { text: 'Received: 20/12/2022', expected: [['date', '2022-12-20', '20/12/2022']] },
  { text: 'The review ran 11.8.2011-6.10.2011.', expected: [['range', '2011-08-11..2011-10-06 dash', '11.8.2011-6.10.2011']] },
  { text: 'Exported on 2025-03-01.', expected: [['date', '2025-03-01', '2025-03-01']] },
  { text: 'Letter of 16/02/2015 (ref. 44).', expected: [['date', '2015-02-16', '16/02/2015']] },

  // Ranges
  {
    text: 'The launch of the Budget Consultation from 5 December, closing on 8 January 2023.',
    expected: [['range', '2022-12-05..2023-01-08 from-to', 'from 5 December, closing on 8 January 2023']],
  },
  {
    text: 'The consultation will run for four weeks until Sunday 11 December.',
    reference: '2022-12-05',
    expected: [
      ['duration', '4 week', 'four weeks'],
      ['range', '..2022-12-11 until', 'until Sunday 11 December'],
    ],
  },
  {
    text: 'for a period of 12 weeks commencing on 14th April 2015 and ending on 7th July 2015',
    expected: [
      ['duration', '12 week', '12 weeks'],
      ['range', '2015-04-14..2015-07-07 commencing-ending', '14th April 2015 and ending on 7th July 2015'],
    ],
  },
  { text: 'Once the consultation closes on 6th October 2011, we will report.', expected: [['date', '2011-10-06', '6th October 2011']] },
  {
    text: 'These proposals will be consulted upon from 7 November 2023 to 22 December 2023.',
    expected: [['range', '2023-11-07..2023-12-22 from-to', 'from 7 November 2023 to 22 December 2023']],
  },
  {
    text: 'Start date Fri 28 May 2021, 5:00pm / End date Sun 25 Jul 2021, 11:59pm',
    expected: [['range', '2021-05-28..2021-07-25 opens-closes', 'Fri 28 May 2021, 5:00pm / End date Sun 25 Jul 2021, 11:59pm']],
  },
  {
    text: '22 November 2021 → 31 January 2022 First public consultation',
    expected: [['range', '2021-11-22..2022-01-31 arrow', '22 November 2021 → 31 January 2022']],
  },
  {
    text: '04 July → 09 September 2022 Second public consultation',
    expected: [['range', '2022-07-04..2022-09-09 arrow', '04 July → 09 September 2022']],
  },
  { text: 'Consultation is open until Friday 4th September 2015.', expected: [['range', '..2015-09-04 until', 'until Friday 4th September 2015']] },
  {
    text: 'From 20 September to 29 October 2010, we gathered views.',
    expected: [['range', '2010-09-20..2010-10-29 from-to', 'From 20 September to 29 October 2010']],
  },
  {
    text: 'Applications are accepted between 1st and 30th September 2025.',
    expected: [['range', '2025-09-01..2025-09-30 between', 'between 1st and 30th September 2025']],
  },
  { text: 'Drop-ins run Monday 3rd – Friday 7th March 2025.', expected: [['range', '2025-03-03..2025-03-07 dash', 'Monday 3rd – Friday 7th March 2025']] },
  { text: 'Open between 1 and 5pm on 3 March 2025.', expected: [['date', '2025-03-03', '5pm on 3 March 2025']] },
  { text: 'The exhibition runs 20–29 October 2010.', expected: [['range', '2010-10-20..2010-10-29 dash', '20–29 October 2010']] },
  {
    text: 'It opens on 1 March 2025 and closes on 30 May 2025.',
    expected: [['range', '2025-03-01..2025-05-30 opens-closes', '1 March 2025 and closes on 30 May 2025']],
  },
  {
    text: 'The survey opens on 3 March and will close on 28 April 2025.',
    expected: [['range', '2025-03-03..2025-04-28 opens-closes', '3 March and will close on 28 April 2025']],
  },
  {
    text: 'The consultation is open until 4pm on Monday 15 January 2024.',
    expected: [['range', '..2024-01-15 until', 'until 4pm on Monday 15 January 2024']],
  },
  {
    text: 'The consultation is open until 23:59 on 28 January 2024.',
    expected: [['range', '..2024-01-28 until', 'until 23:59 on 28 January 2024']],
  },
  {
    text: 'Our first budget consultation ran from Tuesday 16 July 2024 to Sunday 1 September 2024.',
    expected: [['range', '2024-07-16..2024-09-01 from-to', 'from Tuesday 16 July 2024 to Sunday 1 September 2024']],
  },
  {
    text: 'From 20 December to 10 January the office is closed.',
    expected: [['range', '2024-12-20..2025-01-10 from-to', 'From 20 December to 10 January']],
  },
  {
    text: 'Renewing grants for a further year until 31st March 2013.',
    expected: [['range', '..2013-03-31 until', 'until 31st March 2013']],
  },

  // Lists of days share the month and year of the last date
  {
    text: 'Drop-ins on 3, 10 and 17 March 2025.',
    expected: [
      ['date', '2025-03-03', '3'],
      ['date', '2025-03-10', '10'],
      ['date', '2025-03-17', '17 March 2025'],
    ],
  },
  {
    text: 'Sessions on the 2nd and 3rd of March 2025',
    expected: [
      ['date', '2025-03-02', 'the 2nd'],
      ['date', '2025-03-03', '3rd of March 2025'],
    ],
  },
  { text: 'See paragraphs 3, 4 and 5 of the report.', expected: [] },
  { text: 'We funded 12, 15 and 20 groups.', expected: [] },

  // Vague anchors
  { text: 'Grant scheme launch: Week commencing 16 January 2023', expected: [['date', '2023-01-16 week-commencing', 'Week commencing 16 January 2023']] },
  { text: 'Closing date: 24 February 2023', expected: [['date', '2023-02-24', '24 February 2023']] },
  {
    text: 'The draft was launched on the 16th October and the consultation closed at the end of December 2017.',
    reference: '2017-10-20',
    expected: [['range', '2017-10-16..2017-12-31 opens-closes', 'the 16th October and the consultation closed at the end of December 2017']],
  },
  { text: 'Funding will stop at the end of the financial year.', expected: [['date', '2025-03-31 end-of-financial-year', 'the end of the financial year']] },
  {
    text: 'Funding will stop at the end of the financial year.',
    reference: '2025-06-01',
    expected: [['date', '2026-03-31 end-of-financial-year', 'the end of the financial year']],
  },
  { text: 'The grant is to be withdrawn at the end of the month.', reference: '2025-03-10', expected: [['date', '2025-03-31 end-of-month', 'the end of the month']] },
  { text: 'We will decide by the end of next month.', reference: '2024-12-10', expected: [['date', '2025-01-31 end-of-month', 'the end of next month']] },
  { text: 'Support continues to the end of the year.', reference: '2025-03-10', expected: [['date', '2025-12-31 end-of-month', 'the end of the year']] },
  { text: 'Questions at the end of the meeting.', expected: [] },
  { text: 'Decisions are due by the end of March.', expected: [['date', '2025-03-31 end-of-month', 'the end of March']] },
  {
    text: 'Support continues until the end of the 2024/25 financial year.',
    expected: [['range', '..2025-03-31 until', 'until the end of the 2024/25 financial year']],
  },
  { text: 'Providers will withdraw by October 2023.', expected: [['date', '2023-10-01 month-only', 'October 2023']] },
  { text: 'A three-month consultation during June, July and August 2009.', expected: [['duration', '3 month', 'three-month'], ['date', '2009-08-01 month-only', 'August 2009']] },

  // Financial years
  { text: 'The 2024/25 settlement', expected: [['financial-year', '2024', '2024/25']] },
  { text: 'Budget 2024-2025', expected: [['financial-year', '2024', '2024-2025']] },
  { text: 'grants for 2012/13', expected: [['financial-year', '2012', '2012/13']] },
  { text: 'the 2023/24 budget', expected: [['financial-year', '2023', '2023/24']] },

  // Times attached to dates do not change the day
  { text: 'no later than 5pm on Monday 13th February 2012', expected: [['date', '2012-02-13', '5pm on Monday 13th February 2012']] },
  { text: 'Send it by midnight on 3 March 2025.', expected: [['date', '2025-03-03', 'midnight on 3 March 2025']] },
  { text: 'Send it by 4.30 p.m. on 5 March 2025.', expected: [['date', '2025-03-05', '4.30 p.m. on 5 March 2025']] },
  { text: 'MONDAY 17 SEPTEMBER 2001 AT 10.00 AM', expected: [['date', '2001-09-17', 'MONDAY 17 SEPTEMBER 2001 AT 10.00 AM']] },
  { text: 'The deadline is 25 July 2021 at 11:59pm.', expected: [['date', '2021-07-25', '25 July 2021 at 11:59pm']] },

  // Durations
  { text: 'The draft will be the subject of a six weeks consultation.', expected: [['duration', '6 week', 'six weeks']] },
  { text: 'We consult for 12 weeks.', expected: [['duration', '12 week', '12 weeks']] },
  { text: 'There will now follow a 12-week formal consultation.', expected: [['duration', '12 week', '12-week']] },
  { text: 'a formal three months consultation', expected: [['duration', '3 month', 'three months']] },
  { text: 'It was scheduled to take a fortnight.', expected: [['duration', '2 week', 'a fortnight']] },
  { text: 'We allow 28 days for comments.', expected: [['duration', '28 day', '28 days']] },
  { text: 'We will give 90 days’ notice.', expected: [['duration', '90 day', '90 days’']] },
  { text: 'Only one month\'s notice was given.', expected: [['duration', '1 month', "one month's"]] },
  { text: 'To give a minimum of 3 months\' notice to all current grant recipients.', expected: [['duration', '3 month', "a minimum of 3 months'"]] },
  { text: 'an extended six-month notice of funding reduction', expected: [['duration', '6 month', 'six-month']] },
  { text: 'being not less than 4 weeks from the start', expected: [['duration', '4 week', 'not less than 4 weeks']] },
  { text: 'at least three months’ notice of the reductions', expected: [['duration', '3 month', 'at least three months’']] },
  { text: 'we allow a minimum of 21 days notification', expected: [['duration', '21 day', 'a minimum of 21 days']] },
  { text: 'appeal within 14 days of being informed', expected: [['duration', '14 day', 'within 14 days']] },
  { text: 'a period of twenty-eight days', expected: [['duration', '28 day', 'twenty-eight days']] },
  { text: 'with 28 clear days’ notice of the meeting', expected: [['duration', '28 day', '28 clear days’']] },
  { text: 'a reply within 10 working days', expected: [['duration', '10 day', 'within 10 working days']] },
  { text: 'They had a month\'s notice.', expected: [['duration', '1 month', "a month's"]] },
  { text: 'Payment up to 28 days after invoice.', expected: [['duration', '28 day', 'up to 28 days']] },
  { text: 'withdrawing £40,000 of funding with two weeks’ notice', expected: [['duration', '2 week', 'two weeks’']] },
  { text: 'funding for three years', expected: [['duration', '3 year', 'three years']] },
  { text: 'extend the time by 4 weeks', expected: [['duration', '4 week', '4 weeks']] },
  { text: 'Consultations typically last 6-8 weeks.', expected: [['duration', '6 week', '6-8 weeks']] },
  { text: 'We will give two or three months’ notice.', expected: [['duration', '2 month', 'two or three months’']] },
  { text: 'It ran for between six and eight weeks.', expected: [['duration', '6 week', 'between six and eight weeks']] },

  // Traps: not dates
  { text: 'A grant of £12.50 per visit.', expected: [] },
  { text: 'See paragraph 13.1 of the Compact.', expected: [] },
  { text: 'paragraphs 13.3 and 13.4 apply', expected: [] },
  { text: 'to suspend the 3-day call-in period', expected: [['duration', '3 day', '3-day']] },
  { text: 'Agenda item 4', expected: [] },
  { text: 'Back to Agenda Page Paper 7 - 30 January 2004', expected: [['date', '2004-01-30', '30 January 2004']] },
  { text: 'Agenda item 4 March 2025 meeting', expected: [['date', '2025-03-01 month-only', 'March 2025']] },
  { text: 'Agenda item 4: grants', expected: [] },
  { text: 'The meeting starts at 10.00 AM', expected: [] },
  { text: 'contributions under S106 agreements', expected: [] },
  { text: 'Doors open at 4pm.', expected: [] },
  { text: 'Responses by 11:59pm', expected: [] },
  { text: '40% of respondents agreed', expected: [] },
  { text: 'withdrawing £40,000 of funding', expected: [] },
  { text: 'The bus runs three times a week.', expected: [] },
  { text: 'In March 12 organisations replied.', expected: [] },
  { text: 'for people aged 65 years old and over', expected: [] },
  { text: 'We may decide to march on.', expected: [] },
  { text: 'version 1.2.3 of the form', expected: [] },
  { text: 'Call 01234 567890 for help.', expected: [] },
  { text: 'Bring sun cream on Sat if it is hot.', expected: [] },
  { text: 'There were 31 responses in 2024.', expected: [] },
  { text: 'The team meets every Friday.', expected: [] },

  // Impossible dates and reversed ranges never throw
  { text: 'Reply by 31 February 2025.', expected: [['invalid-date', '', '31 February 2025']] },
  { text: 'Reply by 30/02/2025.', expected: [['invalid-date', '', '30/02/2025']] },
  { text: 'Reply by 29 February 2023.', expected: [['invalid-date', '', '29 February 2023']] },
  { text: 'Reply by 31 April 2025.', expected: [['invalid-date', '', '31 April 2025']] },
  { text: 'Reply by 30 February.', expected: [['invalid-date', '', '30 February']] },
  { text: 'Reply by 12/25/2025.', expected: [['invalid-date', '', '12/25/2025']] },
  {
    text: 'The consultation runs from 1 June 2025 to 3 March 2025.',
    expected: [['range', '2025-06-01..2025-03-03 from-to reversed', 'from 1 June 2025 to 3 March 2025']],
  },
  {
    text: 'It runs from 30 May to 11 May 2025.',
    expected: [['range', '2025-05-30..2025-05-11 from-to reversed', 'from 30 May to 11 May 2025']],
  },
  {
    text: 'between 1 February and 30 February 2025',
    expected: [
      ['date', '2025-02-01', '1 February'],
      ['invalid-date', '', '30 February 2025'],
    ],
  },

  // Year inference from the reference date
  { text: 'The drop-in is on Monday 3 March.', expected: [['date', '2025-03-03', 'Monday 3 March']] },
  { text: 'Funding will cease on 31 March.', reference: '2024-12-01', expected: [['date', '2025-03-31', '31 March']] },
  { text: 'The consultation launched on 16 October.', reference: '2022-12-05', expected: [['date', '2022-10-16', '16 October']] },
];

function reference(iso = '2025-01-15'): Date {
  return new Date(`${iso}T00:00:00Z`);
}

describe('time phrasing table', () => {
  it('has at least 80 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  for (const testCase of CASES) {
    it(testCase.text, () => {
      const found = findTimeExpressionsInText(testCase.text, reference(testCase.reference));
      const actual = found.map((expression): Expected => [expression.kind, describeValue(expression), expression.text]);
      expect(actual).toEqual(testCase.expected);
      for (const expression of found) {
        // Offsets point at exactly the text reported, and the first occurrence of it.
        expect(testCase.text.slice(expression.start, expression.end)).toBe(expression.text);
      }
    });
  }
});
