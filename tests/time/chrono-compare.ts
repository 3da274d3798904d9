/**
 * The chrono-node differential: runs chrono's en-GB parser, an independent date reader, and
 * shared/time (as the rules read a text: through the engine's tree) over every corpus text,
 * and lists where they disagree on a full calendar date. tests/time/chrono-oracle.test.ts
 * holds every disagreement to its entry in chrono-triage.ts.
 *
 * What is compared: **full dates**, whose day, month and year are all written in the text.
 * - Ours: every date (both ends of ranges included) whose year is written in it or at the other
 *   end of its range (`range`, or `rolled` a year from it) or list, at day precision, and not an
 *   approximation without a written day ("the end of March 2025"); impossible dates are not
 *   calendar dates and are left out.
 * - chrono's: every start and end whose day, month and year chrono marks as certain; the start
 *   of a range also when its own year is implied by a certain year at the end ("3 March –
 *   28 April 2025"), as ours takes it.
 * - Year-less dates ("5 December") are left out on both sides: each reader infers the year by
 *   its own rule (ours: the occurrence nearest the reference date; chrono: its own), so a
 *   difference there says nothing about reading. The generative tests cover our rule.
 * - Reference date: the row's own, else the corpora's fixed today (15 January 2025); both
 *   readers get it, though no full date depends on it.
 *
 * A date agrees when both readers find the same calendar day over overlapping text. Any other
 * is a disagreement, named by corpus, id, who found it (`ours` or `chrono`), its text and its
 * ISO date.
 *
 * chrono-node is a dev dependency used only here; shared/ and lint-rules/ never import it
 * (the oracle test checks), so it ships in neither the extension nor the CLI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as chrono from 'chrono-node';
import { parseText } from '../../shared/engine/parse.ts';
import { findTimeExpressions, type DateExpression } from '../../shared/time/index.ts';
import * as consultationCorpus from '../corpus/consultation-timescale.ts';
import * as impactCorpus from '../corpus/impact-assessment.ts';
import * as noticeCorpus from '../corpus/notice-period.ts';
import * as plainLanguageCorpus from '../corpus/plain-language.ts';

export interface CorpusText {
  /** "consultation-timescale", …, or the round file's path under tests/ ("accuracy/rounds/blind-1.json"). */
  corpus: string;
  id: string;
  text: string;
  referenceDate: string;
}

/** The corpora's fixed today, for rows without a reference date of their own. */
export const CORPUS_TODAY = '2025-01-15';

const TESTS_DIR = new URL('..', import.meta.url).pathname;
const ACCURACY_DIR = new URL('../accuracy/', import.meta.url).pathname;

interface Row {
  id: string;
  text: string;
  referenceDate?: string;
}

function isRow(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.id === 'string' && typeof row.text === 'string' && (row.referenceDate === undefined || typeof row.referenceDate === 'string');
}

/** Every row with an id and a text in a corpus module's exported arrays. */
function rowsOf(corpus: string, module: Record<string, unknown>): CorpusText[] {
  const texts: CorpusText[] = [];
  for (const value of Object.values(module)) {
    if (!Array.isArray(value)) continue;
    for (const row of value) {
      if (isRow(row)) texts.push({ corpus, id: row.id, text: row.text, referenceDate: row.referenceDate ?? CORPUS_TODAY });
    }
  }
  return texts;
}

function jsonFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) files.push(...jsonFiles(path));
    else if (entry.endsWith('.json')) files.push(path);
  }
  return files;
}

/** Every passage (an item of a `passages` array with an id and a text) anywhere in a JSON value. */
function passagesIn(value: unknown, found: Row[] = []): Row[] {
  if (Array.isArray(value)) {
    for (const item of value) passagesIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'passages' && Array.isArray(child)) found.push(...child.filter(isRow));
      else passagesIn(child, found);
    }
  }
  return found;
}

/** The four corpora, then every passage of every tests/accuracy/**\/*.json file, so new rounds come in by themselves. */
export function corpusTexts(): CorpusText[] {
  const texts = [
    ...rowsOf('consultation-timescale', consultationCorpus),
    ...rowsOf('notice-period', noticeCorpus),
    ...rowsOf('impact-assessment', impactCorpus),
    ...rowsOf('plain-language', plainLanguageCorpus),
  ];
  for (const file of jsonFiles(ACCURACY_DIR)) {
    const corpus = relative(TESTS_DIR, file);
    for (const row of passagesIn(JSON.parse(readFileSync(file, 'utf8')))) {
      texts.push({ corpus, id: row.id, text: row.text, referenceDate: row.referenceDate ?? CORPUS_TODAY });
    }
  }
  return texts;
}

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  /** The text that reader gave for it (chrono: the whole result, so both ends of a range share it). */
  text: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Our full dates, as the rules read the text: the year written in the date, or at the other end
 * of its range when that end's is written, or at the end of its list ("3, 10 and 17 March 2025").
 */
export function ourDates(text: string, referenceDate: string): FoundDate[] {
  const reference = new Date(`${referenceDate}T00:00:00Z`);
  const dates: DateExpression[] = [];
  for (const expression of findTimeExpressions(parseText(text), reference, text)) {
    if (expression.kind === 'date' && (expression.yearSource === 'stated' || expression.yearSource === 'range')) dates.push(expression);
    if (expression.kind !== 'range') continue;
    const { from, to } = expression;
    // "from 5 December, closing on 8 January 2023": the start's year is the written one, moved back.
    const written = (end: DateExpression, other: DateExpression | null) =>
      end.yearSource === 'stated' || ((end.yearSource === 'range' || end.yearSource === 'rolled') && other?.yearSource === 'stated');
    if (from && written(from, to)) dates.push(from);
    if (written(to, from)) dates.push(to);
  }
  return dates
    .filter((date) => date.precision === 'day' && (date.anchor === null || date.anchor === 'week-commencing'))
    .sort((a, b) => a.start - b.start)
    .map((date) => ({ iso: date.iso, start: date.start, end: date.end, text: date.text }));
}

/**
 * chrono's results that stand for a date not written as one: relative dates ("for six weeks",
 * "in 9 days", "four weeks before"), casual references ("now", "today"), and the end of a
 * period ("the end of March 2026", "the end of the month"), whose day chrono fills in. chrono marks their day, month
 * and year as known because it computes them; they are not full dates in the text.
 */
const NOT_WRITTEN = ['result/relativeDate', 'parser/ENCasualDateParser', 'refiner/ENEndOfPeriodRefiner', 'parser/ENEndOfCurrentMonthParser'];

/** (A casual time, "midnight on Sunday 9 March 2025", still has its date written.) */
function writtenAsDate(tags: Set<string>): boolean {
  for (const tag of tags) if (NOT_WRITTEN.includes(tag)) return false;
  return true;
}

/** chrono's full dates, with its en-GB parser (day first). */
export function chronoDates(text: string, referenceDate: string): FoundDate[] {
  const reference = new Date(`${referenceDate}T12:00:00Z`);
  const dates: FoundDate[] = [];
  for (const result of chrono.en.GB.parse(text, reference)) {
    if (!writtenAsDate(result.tags())) continue;
    const span = { start: result.index, end: result.index + result.text.length, text: result.text };
    const ends = result.end ? [result.start, result.end] : [result.start];
    const endYearCertain = result.end?.isCertain('year') ?? false;
    const isos = new Set<string>();
    for (const [index, components] of ends.entries()) {
      const yearKnown = components.isCertain('year') || (index === 0 && endYearCertain);
      if (!components.isCertain('day') || !components.isCertain('month') || !yearKnown) continue;
      const year = components.get('year');
      const month = components.get('month');
      const day = components.get('day');
      if (year === null || month === null || day === null) continue;
      // "on 24 September 2025 from 2pm to 6pm" is one date with two times.
      isos.add(`${year}-${pad(month)}-${pad(day)}`);
    }
    for (const iso of isos) dates.push({ iso, ...span });
  }
  return dates;
}

export interface Disagreement {
  corpus: string;
  id: string;
  /** Who found the date the other did not. */
  onlyBy: 'ours' | 'chrono';
  /** The date's text as that reader gave it. */
  date: string;
  iso: string;
}

export interface Comparison {
  texts: number;
  /** Dates found by either reader (a pair that agrees counts once). */
  compared: number;
  agreements: number;
  disagreements: Disagreement[];
}

function overlaps(a: FoundDate, b: FoundDate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Both readers over every text; agreements are the same day over overlapping text. */
export function compareAll(texts: readonly CorpusText[] = corpusTexts()): Comparison {
  let agreements = 0;
  let compared = 0;
  const disagreements: Disagreement[] = [];
  for (const { corpus, id, text, referenceDate } of texts) {
    const ours = ourDates(text, referenceDate);
    const theirs = chronoDates(text, referenceDate);
    const matched = new Set<FoundDate>();
    for (const date of ours) {
      const partner = theirs.find((other) => !matched.has(other) && other.iso === date.iso && overlaps(date, other));
      compared++;
      if (partner) {
        matched.add(partner);
        agreements++;
      } else {
        disagreements.push({ corpus, id, onlyBy: 'ours', date: date.text, iso: date.iso });
      }
    }
    for (const date of theirs) {
      if (matched.has(date)) continue;
      compared++;
      disagreements.push({ corpus, id, onlyBy: 'chrono', date: date.text, iso: date.iso });
    }
  }
  return { texts: texts.length, compared, agreements, disagreements };
}
