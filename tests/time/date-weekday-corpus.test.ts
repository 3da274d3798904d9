// Mutations tried by hand (each in a scratch copy, never committed), and the tests that failed:
//   weekdays checked only on dates with a year (lint-rules/date-weekday/rule.ts)
//                                   → "Cabinet – 1 September 2025 … Monday 17 September …"
//   "until" / "through" / en dash dropped as range gaps (shared/time/resolve.ts)
//                                   → the three reversed-range rows with no "from", added for them
/**
 * A labelled set of passages for the date-weekday rule, written for this project: each row
 * says which problem (if any) the rule must report, and where. Each row is its own test and
 * must give exactly its findings, in order; precision and recall over the rows that ran are
 * printed as a report.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

type Problem = 'wrong-weekday' | 'impossible-date' | 'reversed-range';

interface Row {
  text: string;
  /** The problems the rule must report, each with the text it must point at; [] for none. */
  expected: [Problem, string][];
  referenceDate?: string;
}

const ROWS: Row[] = [
  // Wrong weekdays
  { text: 'The consultation closes at 5pm on Thursday 4 April 2025.', expected: [['wrong-weekday', '5pm on Thursday 4 April 2025']] },
  { text: 'Responses are due by midnight on Sunday 28 March 2025.', expected: [['wrong-weekday', 'midnight on Sunday 28 March 2025']] },
  { text: 'Our survey opened on Tuesday 14 October 2024 and closes on Monday 6 January 2025.', expected: [['wrong-weekday', 'Tuesday 14 October 2024']] },
  { text: 'Grant scheme launch: week commencing Tuesday 16 January 2023.', expected: [['wrong-weekday', 'week commencing Tuesday 16 January 2023']] },
  { text: 'Closing date: Thurs 24 February 2023', expected: [['wrong-weekday', 'Thurs 24 February 2023']] },
  { text: 'Representations must be received no later than 5pm on Friday 13th February 2012.', expected: [['wrong-weekday', '5pm on Friday 13th February 2012']] },
  { text: 'The deadline is Wednesday, 16 May 2025 at 12 noon.', expected: [['wrong-weekday', 'Wednesday, 16 May 2025 at 12 noon']] },
  { text: 'Consultation runs from Monday 2 June 2025 to Thursday 22 August 2025.', expected: [['wrong-weekday', 'Thursday 22 August 2025']] },
  { text: 'Cabinet – 1 September 2025\n\nThe panel will meet on Monday 17 September to hear from groups.', expected: [['wrong-weekday', 'Monday 17 September']] },
  { text: 'Your funding ends on Friday 31 March 2026.', expected: [['wrong-weekday', 'Friday 31 March 2026']] },
  { text: 'Send comments by Fri 31/07/2025.', expected: [['wrong-weekday', 'Fri 31/07/2025']] },
  { text: 'The final drop-in session is on SATURDAY 19 DECEMBER 2025.', expected: [['wrong-weekday', 'SATURDAY 19 DECEMBER 2025']] },
  { text: 'The notice period runs until Thursday the 9th of January 2026.', expected: [['wrong-weekday', 'Thursday the 9th of January 2026']] },
  // Impossible dates
  { text: 'The consultation closes on 31 February 2025.', expected: [['impossible-date', '31 February 2025']] },
  { text: 'Funding will cease on 31/04/2025.', expected: [['impossible-date', '31/04/2025']] },
  { text: 'We will write to you by 29 February 2025 with our decision.', expected: [['impossible-date', '29 February 2025']] },
  { text: 'Closing date: 31 June 2025', expected: [['impossible-date', '31 June 2025']] },
  { text: 'Responses to be received by 31.9.2025.', expected: [['impossible-date', '31.9.2025']] },
  { text: 'The survey runs until 30 February.', expected: [['impossible-date', '30 February']] },
  // Reversed ranges
  { text: 'The consultation will run from 1 June 2025 to 3 March 2025.', expected: [['reversed-range', 'from 1 June 2025 to 3 March 2025']] },
  { text: 'It opens on 30 September 2025 and closes on 1 August 2025.', expected: [['reversed-range', '30 September 2025 and closes on 1 August 2025']] },
  { text: 'Dates: 22 November 2022 → 31 January 2022', expected: [['reversed-range', '22 November 2022 → 31 January 2022']] },
  { text: 'The engagement period is from 30 May to 11 May 2025.', expected: [['reversed-range', 'from 30 May to 11 May 2025']] },
  // Each range connector on its own, with no "from" before the first date
  { text: 'The drop-in sessions run 14 October 2025 until 9 September 2025.', expected: [['reversed-range', '14 October 2025 until 9 September 2025']] },
  { text: 'Exhibition at the Corn Exchange: 20 March 2025 – 6 March 2025.', expected: [['reversed-range', '20 March 2025 – 6 March 2025']] },
  { text: 'Bids are accepted 30 June 2025 through 2 June 2025.', expected: [['reversed-range', '30 June 2025 through 2 June 2025']] },

  // Fine: correct weekdays in many forms
  { text: 'The consultation closes at 5pm on Friday 4 April 2025.', expected: [] },
  { text: 'Our survey opened on Monday 14 October 2024 and closes on Monday 6 January 2025.', expected: [] },
  { text: 'Grant scheme launch: week commencing Monday 16 January 2023. Closing date: Fri 24 Feb 2023.', expected: [] },
  { text: 'The Budget consultation will run for four weeks until Sunday 11 December.', referenceDate: '2022-12-05', expected: [] },
  { text: 'Consultation is open until Friday 4th September 2015.', expected: [] },
  { text: 'Representations must be received no later than 5pm on Monday 13th February 2012.', expected: [] },
  { text: 'Cabinet – 1 September 2025\n\nThe panel will meet on Wednesday 17 September to hear from groups.', expected: [] },
  { text: 'Your funding ends on Tuesday 31 March 2026, and we will write to you by Friday 19 December 2025.', expected: [] },
  { text: 'Send comments by Thu 31/07/2025.', expected: [] },
  { text: 'We met on Thursday 29 February 2024.', expected: [] },
  { text: 'The drop-ins run from Friday 19 December 2025 to Friday 9 January 2026.', expected: [] },
  // Fine: ranges across New Year, and year-less ranges
  { text: 'The launch of the Budget Consultation from 5 December, closing on 8 January 2023.', expected: [] },
  { text: 'The office is closed from 20 December to 5 January.', expected: [] },
  { text: 'Applications are accepted between 1st and 30th September 2025.', expected: [] },
  // Fine: numbers that are not dates
  { text: 'Grants of £12.50 per head, as set out in paragraph 13.1, were agreed at 10.00 AM.', expected: [] },
  { text: 'The 2023/24 budget and the 2024-2025 plan were approved under S106 agreements.', expected: [] },
  { text: 'Agenda item 4: the 3-day call-in period was waived.', expected: [] },
  { text: 'Sun cream is advised on Sat trips; we may march to the park.', expected: [] },
  { text: 'Around 40% of the 1,250 respondents use the service 3 times a week.', expected: [] },
  { text: 'Please call 01962 845000 between 9 and 5, Monday to Friday.', expected: [] },
  { text: 'The plan was refreshed in March 2024 and runs to the end of the financial year.', expected: [] },
];

const counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };

describe('date-weekday corpus', () => {
  it('has flagged and fine passages', () => {
    expect(ROWS.filter((row) => row.expected.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(ROWS.filter((row) => row.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  for (const row of ROWS) {
    it(row.text.replace(/\n/g, ' '), () => {
      const findings = lintWithRule('date-weekday', row.text, {}, row.referenceDate ? { referenceDate: row.referenceDate } : {});
      const found = findings.map((finding): [Problem, string] => [finding.data.problem as Problem, finding.actual]);
      const key = ([problem, actual]: [Problem, string]) => `${problem}:${actual}`;
      const expectedKeys = new Set(row.expected.map(key));
      const foundKeys = new Set(found.map(key));
      for (const item of foundKeys) expectedKeys.has(item) ? counts.truePositive++ : counts.falsePositive++;
      for (const item of expectedKeys) if (!foundKeys.has(item)) counts.falseNegative++;
      expect(found).toEqual(row.expected);
    });
  }

  afterAll(() => {
    const precision = counts.truePositive / Math.max(1, counts.truePositive + counts.falsePositive);
    const recall = counts.truePositive / Math.max(1, counts.truePositive + counts.falseNegative);
    // A report, not a test: the rows above are the test, and a filtered run scores only the rows it ran.
    console.log(`date-weekday: ${ROWS.length} passages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  });
});
