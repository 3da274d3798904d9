/**
 * Every disagreement between shared/time and chrono-node's en-GB parser on a full date in the
 * corpora (see chrono-compare.ts for what is compared), with a verdict:
 *
 * - `ours`: our mistake. Fix the grammar in general terms, add the smallest case to
 *   tests/time/generative-regressions.test.ts, and the entry goes (the oracle test fails on an
 *   entry that no longer matches anything).
 * - `chrono`: chrono's mistake, with why.
 * - `intended`: a deliberate difference, with why (README, "Decisions").
 *
 * tests/time/chrono-oracle.test.ts fails on a disagreement that has no entry here, and prints
 * the entry to add; a new accuracy round or corpus row is covered by the same rule.
 *
 * Triage so far: two classes were ours and are fixed. A start year was carried back over a
 * period of whole months ("from 1st July until 31st March 2011" started in 2011 and ran
 * backwards; it now starts on 1 July 2010, as chrono read it). And a numbered paragraph's first
 * line, wrapped by a PDF ("2.1 Saving: … Existing grants end 31 March" / "2026 and will not be
 * re-procured."), was taken for a heading, so the date lost its year (blind-10; the fix is in
 * shared/text/blocks.ts). Every entry left is chrono's.
 */
export type Verdict = 'ours' | 'chrono' | 'intended';

export interface TriageEntry {
  /** The corpus ("consultation-timescale") or the round file under tests/ ("accuracy/rounds/blind-1.json"). */
  corpus: string;
  id: string;
  /** Who found the date the other did not. */
  onlyBy: 'ours' | 'chrono';
  /** The date's text as that reader gave it. */
  date: string;
  iso: string;
  verdict: Verdict;
  why: string;
}

const BETWEEN_AND =
  'chrono does not read "between … and …" as one period, so it leaves the start without the year written at the end; the period names one year';
const START_DAY_FROM_END =
  'chrono reads "from D1 Month1 to/through D2 Month2 Year" with the start\'s day taken from the end ("July … 23"), marked uncertain; the start is the first day written';
const BARE_START_DAY = 'chrono reads only the end of "between 1st and 30th September 2025"; the bare start day takes the month and year written at the end';
const BEGAN_CLOSED =
  'chrono does not join "began on … and closed on … 2019" (or "opens on … and closes on … 2026", "launches w/c … and will close on … 2026") into one period, so the start gets no year; the period names one year';
const REFERENCE_NUMBER = 'a decision reference number ("CAB 09/10 3247"), not a date: chrono reads the last number as a four-digit year';
const HEADING_YEAR_THEN_DATE =
  'a heading ending in a year or financial year is followed on the next line by a numeric date; chrono joins the year to the start of the next line and loses the date';
const BUDDHIST_ERA = 'chrono reads "2025 be confirmed" as the year 2025 of the Buddhist Era, so its date is 14 January 1482; the date is 14 January 2025';
const TWO_DIGIT_YEAR_RANGE =
  'chrono reads "5-Feb-25 to 30-Apr-25" as just "Apr-25" (April 2025, no day) and loses both dates; it reads "on 5-Feb-25" alone correctly, as 5 February 2025';

export const CHRONO_TRIAGE: readonly TriageEntry[] = [
  // ── Corpora ──────────────────────────────────────────────────────────────────
  { corpus: 'consultation-timescale', id: 'c05', onlyBy: 'ours', date: '1st', iso: '2025-09-01', verdict: 'chrono', why: BARE_START_DAY },
  {
    corpus: 'consultation-timescale',
    id: 'c10',
    onlyBy: 'ours',
    date: '6.10.2025',
    iso: '2025-10-06',
    verdict: 'chrono',
    why: 'chrono reads "11.8.2025-6" as one date and loses the second; "11.8.2025-6.10.2025" is two dotted dates joined by a dash',
  },
  { corpus: 'consultation-timescale', id: 'c42', onlyBy: 'ours', date: '1 May', iso: '2025-05-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'consultation-timescale', id: 'h20', onlyBy: 'ours', date: '3 June', iso: '2024-06-03', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'consultation-timescale', id: 'r10', onlyBy: 'ours', date: '1 February', iso: '2024-02-01', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'consultation-timescale', id: 't17', onlyBy: 'ours', date: '1 July', iso: '2025-07-01', verdict: 'chrono', why: BETWEEN_AND },

  // ── Blind round 1 ────────────────────────────────────────────────────────────
  { corpus: 'accuracy/rounds/blind-1.json', id: 'b1-07', onlyBy: 'ours', date: 'Monday 1 September', iso: '2025-09-01', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-1.json', id: 'b1-13', onlyBy: 'ours', date: '1 July', iso: '2025-07-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-1.json', id: 'b1-42', onlyBy: 'ours', date: '14 July', iso: '2025-07-14', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-1.json', id: 'b1-43', onlyBy: 'ours', date: '3 February', iso: '2025-02-03', verdict: 'chrono', why: BETWEEN_AND },

  // ── Real consultation pages ──────────────────────────────────────────────────
  {
    corpus: 'accuracy/rounds/real-consultation.json',
    id: 'rc-001',
    onlyBy: 'ours',
    date: 'midnight 17 March 2024',
    iso: '2024-03-17',
    verdict: 'chrono',
    why: 'chrono reads "for 14 weeks until midnight 17 March 2024" as one relative date, 14 weeks after the reference date, and loses the written closing date',
  },
  {
    corpus: 'accuracy/rounds/real-consultation.json',
    id: 'rc-002',
    onlyBy: 'ours',
    date: '04 July',
    iso: '2022-07-04',
    verdict: 'chrono',
    why: 'chrono does not read an arrow as a range ("04 July → 09 September 2022"), so the start gets no year',
  },
  { corpus: 'accuracy/rounds/real-consultation.json', id: 'rc-015', onlyBy: 'ours', date: '15 July', iso: '2019-07-15', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/real-consultation.json', id: 'rc-030', onlyBy: 'ours', date: '8 August', iso: '2013-08-08', verdict: 'chrono', why: BETWEEN_AND },
  {
    corpus: 'accuracy/rounds/real-consultation.json',
    id: 'rc-039',
    onlyBy: 'ours',
    date: 'Tuesday 3 September',
    iso: '2019-09-03',
    verdict: 'chrono',
    why: BEGAN_CLOSED,
  },

  // ── Real letters and NHS papers ──────────────────────────────────────────────
  {
    corpus: 'accuracy/rounds/real-letters-nhs.json',
    id: 'rl-018',
    onlyBy: 'ours',
    date: '25 April 2012',
    iso: '2012-04-25',
    verdict: 'chrono',
    why: 'chrono loses a date at the end of a heading when the next paragraph starts with a number ("25 April 2012⏎⏎24 (24) VOLUNTARY…")',
  },
  { corpus: 'accuracy/rounds/real-letters-nhs.json', id: 'rl-041', onlyBy: 'ours', date: '31 August', iso: '2012-08-31', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/real-letters-nhs.json', id: 'rl-043', onlyBy: 'chrono', date: '09/10 3247', iso: '3247-10-09', verdict: 'chrono', why: REFERENCE_NUMBER },
  {
    corpus: 'accuracy/rounds/real-letters-nhs.json',
    id: 'rl-045',
    onlyBy: 'chrono',
    date: '12/13 8221',
    iso: '8221-12-13',
    verdict: 'chrono',
    why: `${REFERENCE_NUMBER}; we never read "12/13" as a date`,
  },
  { corpus: 'accuracy/rounds/real-letters-nhs.json', id: 'rl-048', onlyBy: 'ours', date: '15/01/2008', iso: '2008-01-15', verdict: 'chrono', why: HEADING_YEAR_THEN_DATE },
  { corpus: 'accuracy/rounds/real-letters-nhs.json', id: 'rl-048', onlyBy: 'chrono', date: '2008/09\n15', iso: '2008-09-15', verdict: 'chrono', why: HEADING_YEAR_THEN_DATE },
  { corpus: 'accuracy/rounds/real-letters-nhs.json', id: 'rl-056', onlyBy: 'ours', date: '2 January', iso: '2014-01-02', verdict: 'chrono', why: BETWEEN_AND },

  // ── Real reports and decision records ────────────────────────────────────────
  { corpus: 'accuracy/rounds/real-reports.json', id: 'rr-003', onlyBy: 'ours', date: '07/10/2009', iso: '2009-10-07', verdict: 'chrono', why: HEADING_YEAR_THEN_DATE },
  { corpus: 'accuracy/rounds/real-reports.json', id: 'rr-003', onlyBy: 'chrono', date: '2011\n07/10', iso: '2011-07-10', verdict: 'chrono', why: HEADING_YEAR_THEN_DATE },
  { corpus: 'accuracy/rounds/real-reports.json', id: 'rr-005', onlyBy: 'ours', date: '31 August', iso: '2012-08-31', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/real-reports.json', id: 'rr-006', onlyBy: 'chrono', date: '09/10 3247', iso: '3247-10-09', verdict: 'chrono', why: REFERENCE_NUMBER },
  { corpus: 'accuracy/rounds/real-reports.json', id: 'rr-032', onlyBy: 'ours', date: '13/02/2013', iso: '2013-02-13', verdict: 'chrono', why: HEADING_YEAR_THEN_DATE },
  {
    corpus: 'accuracy/rounds/real-reports.json',
    id: 'rr-032',
    onlyBy: 'ours',
    date: '31st March 2016',
    iso: '2016-03-31',
    verdict: 'chrono',
    why: 'chrono reads "2016 be approved" as the year 2016 of the Buddhist Era (1473), so its date is 31 March 1473',
  },
  {
    corpus: 'accuracy/rounds/real-reports.json',
    id: 'rr-032',
    onlyBy: 'chrono',
    date: '31st March 2016 be',
    iso: '1473-03-31',
    verdict: 'chrono',
    why: 'chrono reads "2016 be approved" as the year 2016 of the Buddhist Era; the date is 31 March 2016',
  },

  // ── Blind round 2 ────────────────────────────────────────────────────────────
  { corpus: 'accuracy/rounds/blind-2.json', id: 'b2-02', onlyBy: 'ours', date: '5-Feb-25', iso: '2025-02-05', verdict: 'chrono', why: TWO_DIGIT_YEAR_RANGE },
  { corpus: 'accuracy/rounds/blind-2.json', id: 'b2-02', onlyBy: 'ours', date: '30-Apr-25', iso: '2025-04-30', verdict: 'chrono', why: TWO_DIGIT_YEAR_RANGE },
  { corpus: 'accuracy/rounds/blind-2.json', id: 'b2-17', onlyBy: 'ours', date: '1 April', iso: '2025-04-01', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-2.json', id: 'b2-42', onlyBy: 'ours', date: '14 January 2025', iso: '2025-01-14', verdict: 'chrono', why: BUDDHIST_ERA },
  { corpus: 'accuracy/rounds/blind-2.json', id: 'b2-42', onlyBy: 'chrono', date: 'on 14 January 2025 be', iso: '1482-01-14', verdict: 'chrono', why: BUDDHIST_ERA },

  // ── Blind round 3 ────────────────────────────────────────────────────────────
  { corpus: 'accuracy/rounds/blind-3.json', id: 'b3-08', onlyBy: 'ours', date: '12 May', iso: '2025-05-12', verdict: 'chrono', why: START_DAY_FROM_END },
  {
    corpus: 'accuracy/rounds/blind-3.json',
    id: 'b3-09',
    onlyBy: 'ours',
    date: 'the 1st',
    iso: '2025-07-01',
    verdict: 'chrono',
    why: 'chrono reads only the end of "between the 1st and the 31st of July 2025"; the bare start day takes the month and year written at the end',
  },
  {
    corpus: 'accuracy/rounds/blind-3.json',
    id: 'b3-10',
    onlyBy: 'ours',
    date: 'Thursday 23 April 2025',
    iso: '2025-04-23',
    verdict: 'chrono',
    why: 'chrono reads "afternoon on Thursday 23 April 2025" as a casual "afternoon" on the reference date and loses the written date (it reads "on Thursday 23 April 2025" alone); the wrong weekday (23 April 2025 is a Wednesday) is the weekday rule\'s to report',
  },
  { corpus: 'accuracy/rounds/blind-3.json', id: 'b3-28', onlyBy: 'ours', date: '1 July', iso: '2025-07-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-3.json', id: 'b3-31', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-4.json', id: 'b4-20', onlyBy: 'ours', date: '1 July', iso: '2024-07-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-5.json', id: 'b5-16', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-6.json', id: 'b6-02', onlyBy: 'ours', date: '1 July', iso: '2025-07-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-6.json', id: 'b6-04', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-6.json', id: 'b6-39', onlyBy: 'ours', date: 'Monday 2 February', iso: '2026-02-02', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-7.json', id: 'b7-08', onlyBy: 'ours', date: '7 July', iso: '2026-07-07', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-7.json', id: 'b7-16', onlyBy: 'ours', date: 'Monday 13 April', iso: '2026-04-13', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-7.json', id: 'b7-31', onlyBy: 'ours', date: 'Monday 5 January', iso: '2026-01-05', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-7.json', id: 'b7-33', onlyBy: 'ours', date: 'w/c 2 November', iso: '2026-11-02', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-7.json', id: 'b7-35', onlyBy: 'ours', date: '1 June', iso: '2026-06-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-8.json', id: 'b8-04', onlyBy: 'ours', date: 'the 7th of April', iso: '2025-04-07', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-9.json', id: 'b9-01', onlyBy: 'ours', date: '7 July', iso: '2025-07-07', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-9.json', id: 'b9-40', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-10.json', id: 'b10-04', onlyBy: 'ours', date: '1 July', iso: '2024-07-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-10.json', id: 'b10-11', onlyBy: 'ours', date: 'Monday 18 August', iso: '2025-08-18', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-10.json', id: 'b10-27', onlyBy: 'ours', date: '9 June', iso: '2025-06-09', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-11.json', id: 'b11-02', onlyBy: 'ours', date: 'Mon 2nd March', iso: '2026-03-02', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-12.json', id: 'b12-30', onlyBy: 'ours', date: '3 March', iso: '2026-03-03', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-15.json', id: 'b15-21', onlyBy: 'ours', date: '1 June', iso: '2026-06-01', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-15.json', id: 'b15-24', onlyBy: 'ours', date: 'Friday 5 February', iso: '2027-02-05', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-16.json', id: 'b16-17', onlyBy: 'ours', date: '14 July', iso: '2025-07-14', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-17.json', id: 'b17-22', onlyBy: 'ours', date: 'Monday 1 September', iso: '2025-09-01', verdict: 'chrono', why: BEGAN_CLOSED },
  { corpus: 'accuracy/rounds/blind-17.json', id: 'b17-11', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: BETWEEN_AND },

  { corpus: 'accuracy/rounds/blind-17.json', id: 'b17-27', onlyBy: 'ours', date: '3 June', iso: '2025-06-03', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-20.json', id: 'b20-10', onlyBy: 'ours', date: '6 January', iso: '2025-01-06', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-20.json', id: 'b20-18', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-21.json', id: 'b21-7', onlyBy: 'ours', date: '2', iso: '2025-06-02', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-21.json', id: 'b21-28', onlyBy: 'ours', date: '2 June', iso: '2025-06-02', verdict: 'chrono', why: START_DAY_FROM_END },
  { corpus: 'accuracy/rounds/blind-22.json', id: 'b22-1', onlyBy: 'ours', date: 'Monday 8 January', iso: '2024-01-08', verdict: 'chrono', why: BETWEEN_AND },
  { corpus: 'accuracy/rounds/blind-22.json', id: 'b22-11', onlyBy: 'ours', date: '3 June', iso: '2024-06-03', verdict: 'chrono', why: START_DAY_FROM_END },
  {
    corpus: 'accuracy/rounds/blind-11.json',
    id: 'b11-34',
    onlyBy: 'ours',
    date: '17 February 2027',
    iso: '2027-02-17',
    verdict: 'chrono',
    why: 'chrono reads "this morning, 17 February 2027" as one expression, so it gives the date with "this morning" in front; the date is the same day',
  },
];
