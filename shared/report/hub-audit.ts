/**
 * The consultation-hub audit's table: one row per consultation, with its opening and closing
 * dates as its own page states them, its length, a verdict against the minimum and whether a
 * reason for a shorter period is given. The side panel ("Audit this hub") and the CLI
 * (`--summary consultations`) both build their rows here, so the two never disagree.
 *
 * The dates come from the consultation-timescale facts (shared/document/consultation.ts via
 * `consultationOf`), never from a second date reader. Pure: no DOM, no `node:` modules.
 */
import type { Finding } from '../engine/finding.ts';
import { draftChallengeLetter, responsibleBodyFromTitle, type ChallengeLetter } from './challenge-letter.ts';
import type { ConsultationSummary } from './consultation-summary.ts';

/** One consultation of a hub (or one saved page, for the CLI). */
export interface HubRow {
  title: string;
  /** The consultation's own page: a web address, or the file's path for the CLI. */
  link: string;
  /** The dates as the hub's list shows them ("Closes 24 Sep 2025"), when it shows any. */
  listedDates?: string;
  /** What its own page says about its timescale; null when the page describes none. */
  consultation: ConsultationSummary | null;
  /** Why the page could not be read, when it could not. */
  error?: string;
  /** The page's consultation-timescale findings, for a challenge letter. */
  findings?: Finding[];
}

export type VerdictKind = 'meets' | 'short' | 'short-explained' | 'no-dates' | 'unread';

export interface Verdict {
  kind: VerdictKind;
  /** For the table: "Meets the minimum", "Too short by 56 days". */
  text: string;
}

/** The national Compact's minimum, used only when the page gives no figure of its own. */
export const DEFAULT_MINIMUM_DAYS = 84;

export function verdictOf(row: HubRow): Verdict {
  if (row.error) return { kind: 'unread', text: 'Page could not be read' };
  const consultation = row.consultation;
  if (!consultation || consultation.lengthDays === null) {
    const which = !consultation || (!consultation.start && !consultation.close) ? 'No dates found' : !consultation.start ? 'No opening date found' : 'No closing date found';
    return { kind: 'no-dates', text: which };
  }
  const minimum = consultation.requiredDays ?? DEFAULT_MINIMUM_DAYS;
  if (consultation.lengthDays >= minimum) return { kind: 'meets', text: 'Meets the minimum' };
  const by = minimum - consultation.lengthDays;
  const days = `${by} day${by === 1 ? '' : 's'}`;
  return consultation.explained
    ? { kind: 'short-explained', text: `Too short by ${days}; a reason is given` }
    : { kind: 'short', text: `Too short by ${days}` };
}

/** "4 weeks", "4 weeks 2 days", "1 week". */
export function inWeeks(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const weekWords = `${weeks} week${weeks === 1 ? '' : 's'}`;
  return rest === 0 ? weekWords : `${weekWords} ${rest} day${rest === 1 ? '' : 's'}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-03-07` → "7 March 2025". */
export function britishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The table's columns, in order, as a reader names them. */
export const HUB_COLUMNS = ['Consultation', 'Opens', 'Closes', 'Days', 'Weeks', 'Minimum', 'Verdict', 'Reason for a shorter period', 'Link'] as const;

/** A row's cells as text, in `HUB_COLUMNS` order. */
export function rowCells(row: HubRow): string[] {
  const c = row.consultation;
  const verdict = verdictOf(row);
  const short = verdict.kind === 'short' || verdict.kind === 'short-explained';
  const minimum = c?.requiredDays ?? null;
  return [
    row.title,
    c?.start ? britishDate(c.start) : 'not stated',
    c?.close ? britishDate(c.close) : 'not stated',
    c?.lengthDays != null ? String(c.lengthDays) : '',
    c?.lengthDays != null ? inWeeks(c.lengthDays) : '',
    minimum !== null ? inWeeks(minimum) : '',
    row.error ? `${verdict.text}: ${row.error}` : verdict.text,
    // Only a shorter period needs a reason; for the rest the question does not arise.
    short ? (c?.explained ? 'Given' : 'Not given') : '',
    row.link,
  ];
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV (RFC 4180, CRLF line ends). Dates are ISO so a spreadsheet sorts them;
 * the length is given in days and in weeks (to one decimal place).
 */
export function hubCsv(rows: readonly HubRow[]): string {
  const header = ['title', 'opens', 'closes', 'length_days', 'length_weeks', 'minimum_days', 'verdict', 'reason_for_shorter_period', 'link', 'dates_in_list'];
  const lines = [header.join(',')];
  for (const row of rows) {
    const c = row.consultation;
    const verdict = verdictOf(row);
    const short = verdict.kind === 'short' || verdict.kind === 'short-explained';
    lines.push(
      [
        row.title,
        c?.start ?? '',
        c?.close ?? '',
        c?.lengthDays != null ? String(c.lengthDays) : '',
        c?.lengthDays != null ? (c.lengthDays / 7).toFixed(1) : '',
        c?.requiredDays != null ? String(c.requiredDays) : '',
        row.error ? `${verdict.text}: ${row.error}` : verdict.text,
        short ? (c?.explained ? 'given' : 'not given') : '',
        row.link,
        row.listedDates ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** How many rows of each verdict, in a sentence: "30 consultations: 20 meet the minimum, 8 are too short (2 with a reason), 2 have no dates." */
export function hubSummaryLine(rows: readonly HubRow[]): string {
  const count = (kind: VerdictKind) => rows.filter((row) => verdictOf(row).kind === kind).length;
  const meets = count('meets');
  const short = count('short') + count('short-explained');
  const explained = count('short-explained');
  const noDates = count('no-dates');
  const unread = count('unread');
  const parts = [
    `${meets} meet${meets === 1 ? 's' : ''} the minimum`,
    `${short} ${short === 1 ? 'is' : 'are'} too short${explained ? ` (${explained} with a reason given)` : ''}`,
  ];
  if (noDates) parts.push(`${noDates} ${noDates === 1 ? 'has' : 'have'} no dates we could find`);
  if (unread) parts.push(`${unread} could not be read`);
  return `${rows.length} consultation${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/**
 * The table as plain text to paste into an e-mail: a summary line, then one block per
 * consultation (a wide table would wrap badly in an e-mail).
 */
export function hubText(rows: readonly HubRow[], heading: string): string {
  const blocks = rows.map((row) => {
    const cells = rowCells(row);
    const lines = [cells[0]!];
    HUB_COLUMNS.forEach((column, index) => {
      if (index === 0 || !cells[index]) return;
      lines.push(`  ${column}: ${cells[index]}`);
    });
    if (row.listedDates) lines.push(`  Dates in the hub's list: ${row.listedDates}`);
    return lines.join('\n');
  });
  return `${heading}\n${hubSummaryLine(rows)}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * A fixed-width table for a terminal: title (cut to fit), opens, closes, days, weeks,
 * verdict, reason, link. Columns are padded to the widest cell.
 */
export function hubTable(rows: readonly HubRow[]): string {
  const pick = [0, 1, 2, 3, 4, 6, 7, 8];
  const header = pick.map((index) => HUB_COLUMNS[index]!).map((name) => (name === 'Reason for a shorter period' ? 'Reason' : name));
  const body = rows.map((row) => {
    const cells = rowCells(row);
    return pick.map((index) => {
      const cell = cells[index]!;
      return index === 0 && cell.length > 48 ? `${cell.slice(0, 47)}…` : cell;
    });
  });
  const widths = header.map((name, column) => body.reduce((widest, cells) => Math.max(widest, cells[column]!.length), name.length));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line), '', hubSummaryLine(rows)].join('\n') + '\n';
}

/**
 * A challenge letter for one row, drafted by the shared letter builder from that page's
 * consultation-timescale findings (so it says the same as a letter drafted from the page).
 */
export function letterForRow(row: HubRow, dateChecked: Date | string, lineNumbers: boolean): ChallengeLetter {
  return draftChallengeLetter(row.findings ?? [], {
    documentTitle: row.title,
    documentUrlOrFile: row.link,
    responsibleBody: responsibleBodyFromTitle(row.title),
    dateChecked,
    lineNumbers,
  });
}
