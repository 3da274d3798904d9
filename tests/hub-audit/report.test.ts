/**
 * The hub audit's table (shared/report/hub-audit.ts): verdicts, cells, CSV and text, as the
 * side panel and the CLI both show them.
 */
import { describe, expect, it } from 'vitest';
import { hubCsv, hubSummaryLine, hubTable, hubText, letterForRow, rowCells, verdictOf, type HubRow } from '../../shared/report/hub-audit.ts';
import type { ConsultationSummary } from '../../shared/report/consultation-summary.ts';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';

const summary = (start: string | null, close: string | null, lengthDays: number | null, explained = false, requiredDays: number | null = 84): ConsultationSummary => ({
  start,
  close,
  lengthDays,
  requiredDays,
  explained,
  problem: null,
});
const row = (title: string, consultation: ConsultationSummary | null, extra: Partial<HubRow> = {}): HubRow => ({ title, link: `https://x.example/${title.length}`, consultation, ...extra });

describe('verdicts', () => {
  it('meets, too short with and without a reason, no dates, unread', () => {
    expect(verdictOf(row('a', summary('2025-01-06', '2025-03-31', 84)))).toEqual({ kind: 'meets', text: 'Meets the minimum' });
    expect(verdictOf(row('a', summary('2025-01-06', '2025-03-30', 83)))).toEqual({ kind: 'short', text: 'Too short by 1 day' });
    expect(verdictOf(row('a', summary('2025-01-06', '2025-02-03', 28, true)))).toEqual({ kind: 'short-explained', text: 'Too short by 56 days; a reason is given' });
    expect(verdictOf(row('a', summary(null, '2025-02-03', null))).text).toBe('No opening date found');
    expect(verdictOf(row('a', summary('2025-01-06', null, null))).text).toBe('No closing date found');
    expect(verdictOf(row('a', null)).text).toBe('No dates found');
    expect(verdictOf(row('a', null, { error: 'the site answered 500' })).kind).toBe('unread');
  });

  it('uses the minimum the page was judged against (a profile or config can change it)', () => {
    expect(verdictOf(row('a', summary('2025-01-06', '2025-02-03', 28, false, 28))).kind).toBe('meets');
    expect(rowCells(row('a', summary('2025-01-06', '2025-02-03', 28, false, 42)))[5]).toBe('6 weeks');
  });
});

describe('cells, CSV and text', () => {
  const rows = [
    row('Day services, "phase 2"', summary('2025-02-03', '2025-03-05', 30)),
    row('=HYPERLINK("evil")', summary('2025-01-06', '2025-03-31', 84)),
    row('Budget', null, { error: 'the site answered 404', listedDates: 'Closes 3 Mar 2025' }),
  ];

  it('a row reads as the table shows it: British dates, days, weeks and days', () => {
    expect(rowCells(rows[0]!)).toEqual(['Day services, "phase 2"', '3 February 2025', '5 March 2025', '30', '4 weeks 2 days', '12 weeks', 'Too short by 54 days', 'Not given', 'https://x.example/23']);
  });

  it('CSV quotes commas and quotes, defuses spreadsheet formulas, and uses ISO dates and CRLF', () => {
    const lines = hubCsv(rows).split('\r\n');
    expect(lines[1]).toBe('"Day services, ""phase 2""",2025-02-03,2025-03-05,30,4.3,84,Too short by 54 days,not given,https://x.example/23,');
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""evil"")",`)).toBe(true);
    expect(lines[3]).toBe(',,,,,,Page could not be read: the site answered 404,,https://x.example/6,Closes 3 Mar 2025'.replace(/^/, 'Budget'));
    expect(lines.at(-1)).toBe('');
  });

  it('the summary line counts each verdict', () => {
    expect(hubSummaryLine(rows)).toBe('3 consultations: 1 meets the minimum, 1 is too short, 1 could not be read.');
  });

  it('text for an e-mail: one block per consultation, empty cells left out', () => {
    const text = hubText(rows, 'Consultation hub audit');
    expect(text.startsWith('Consultation hub audit\n3 consultations: 1 meets the minimum')).toBe(true);
    expect(text).toContain('Budget\n  Opens: not stated\n  Closes: not stated\n  Verdict: Page could not be read: the site answered 404\n  Link: https://x.example/6\n  Dates in the hub\'s list: Closes 3 Mar 2025');
  });

  it('the terminal table lines its columns up', () => {
    const lines = hubTable(rows).split('\n');
    const verdictAt = lines[0]!.indexOf('Verdict');
    expect(lines[2]!.slice(verdictAt).startsWith('Too short by 54 days')).toBe(true);
    expect(lines[3]!.slice(verdictAt).startsWith('Meets the minimum')).toBe(true);
  });
});

describe('letterForRow', () => {
  it('drafts a letter from the row’s findings, naming the consultation and its page', () => {
    const page = 'Day services\n\nWe want to hear your views. This consultation runs from 3 February 2025 to 3 March 2025.\n';
    const findings = lint(page, resolveConfig()).filter((finding) => finding.ruleId === 'consultation-timescale');
    expect(findings.length).toBeGreaterThan(0);
    const letter = letterForRow(row('Day services – Millford District Council', summary('2025-02-03', '2025-03-03', 28), { findings }), '2026-12-03', false);
    expect(letter.hasFindings).toBe(true);
    expect(letter.text).toContain('“Day services – Millford District Council”');
    expect(letter.text).toContain('Millford District Council\n');
    expect(letter.text).toContain('https://x.example/40');
    expect(letter.text).toContain('28 days (4 weeks), shorter than the minimum of 84 days (12 weeks)');
  });

  it('says no letter is needed when the page gave nothing to raise', () => {
    expect(letterForRow(row('Parks', summary('2025-01-06', '2025-03-31', 84)), '2026-12-03', false).hasFindings).toBe(false);
  });
});
