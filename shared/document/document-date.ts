/**
 * The date a document states about itself: the meeting a report goes to, the report's or
 * letter's date, or when it was published. It becomes the reference date for dates written
 * without a year when no `--reference-date` is given (see facts.ts).
 *
 * Labelled dates win over unlabelled ones ("Date of meeting: 17 September 2025",
 * "Report date", "Publication date: 05/12/2022", "Date:" at the top of a letter); without a
 * label, a committee title line ("Cabinet – 17 September 2025") or the first full date in
 * the opening lines is taken. Only dates with a written year count: a year-less date cannot
 * anchor other year-less dates.
 *
 * This must not use `facts.timeExpressions`: those are resolved against the reference date,
 * which depends on this very function. It reads the lines itself instead.
 */
import { datesIn, utcDate } from '../time/calendar.ts';
import { findTimeExpressionsInText } from '../time/index.ts';

export interface DocumentDate {
  date: Date;
  /** What kind of date it is: `meeting`, `report`, `decision`, `published`, `letter`, `title` or `opening`. */
  kind: string;
  start: number;
  end: number;
}

interface Label {
  pattern: RegExp;
  kind: string;
  /** Lower ranks win. */
  rank: number;
  /** Only looked for in the first lines (a bare "Date:" deep in a document is usually an event). */
  topOnly: boolean;
}

const LEAD = String.raw`^[\s#*|>\-•]*`;
// A word boundary first, so "Dates for your diary" is not a "Date" label.
const SEP = String.raw`\b\s*(?:[:\-–—|]\s*)?`;

const LABELS: readonly Label[] = [
  { pattern: new RegExp(`${LEAD}(?:date\\s+of\\s+(?:the\\s+)?meeting|meeting\\s+date|(?:minutes\\s+of\\s+(?:the\\s+|a\\s+)?(?:[\\w’'-]+\\s+){0,4}?)?meeting\\s+held\\s+on)${SEP}`, 'i'), kind: 'meeting', rank: 0, topOnly: false },
  // Minutes whose title runs over two lines: "MINUTES OF THE ORDINARY MEETING OF … PARISH COUNCIL" / "held at the Village Hall on Thursday 12 February 2026".
  { pattern: /^[\s#*|>\-•]*held\s+(?:(?:at|in)\s+[^\n]{1,80}?\s+)?on\b\s*/i, kind: 'meeting', rank: 0, topOnly: true },
  { pattern: new RegExp(`${LEAD}(?:report\\s+date|date\\s+of\\s+(?:the\\s+)?report)${SEP}`, 'i'), kind: 'report', rank: 1, topOnly: false },
  { pattern: new RegExp(`${LEAD}(?:decision\\s+date|date\\s+of\\s+(?:the\\s+)?decision)${SEP}`, 'i'), kind: 'decision', rank: 1, topOnly: false },
  {
    pattern: new RegExp(`${LEAD}(?:publication\\s+date|date\\s+(?:of\\s+)?publi(?:shed|cation)|published(?:\\s+on)?|first\\s+published|issued(?:\\s+on)?|date\\s+issued|issue\\s+date)${SEP}`, 'i'),
    kind: 'published',
    rank: 2,
    topOnly: false,
  },
  // Not "Date of next meeting: …" at the foot of minutes: that date is another meeting's.
  { pattern: new RegExp(`${LEAD}(?:date|dated)(?!\\s+of\\s+(?:the\\s+)?(?:next|future|following|further)\\b)${SEP}`, 'i'), kind: 'letter', rank: 3, topOnly: true },
];

/**
 * "Cabinet – 17 September 2025", "Overview and Scrutiny Committee, 3 March 2025", and a PDF's
 * header line with the date set to the right ("CABINET                    17 December 2025").
 */
const TITLE_LINE = /\b(?:cabinet|council|committee|board|panel|executive|forum|scrutiny|meeting|sub-committee)\b[^\n]{0,40}?(?:[–—\-,:]\s*|[ \t]{3,}|\t\s*)$/i;

/** "Date of next meeting:", "Future meeting dates –": another meeting's date, not this one's. */
const ANOTHER_MEETING = /\b(?:next|future|following|further)\s+meetings?\b/i;

/** Words that make a date on an opening line an event the document talks about. */
const EVENT_WORDS =
  /\b(?:clos\w*|deadline|until|till|end\w*|expir\w*|by|open\w*|start\w*|launch\w*|from|effect|ceas\w*|terminat\w*|due|respon\w*|submi\w*|runs?|between|commenc\w*|dates|diary|events?|sessions?|drop-ins?|agm|annual general meeting|(?:is|are|will be) on)\b/i;

/** A letter's sign-off: a date standing alone on a line after it is the letter's own date. */
const SIGN_OFF = /^[\s>*_]*(?:(?:kind|best|warm|with\s+best)\s+regards|regards|yours\s+(?:sincerely|faithfully|truly)|many\s+thanks|with\s+thanks)\b/i;

/** How far down "the top of the document" reaches. */
const TOP_LINES = 15;
const LABEL_TOP_LINES = 40;
/** How far after the label the date may start (room for a weekday and "held on"). */
const LABEL_SLACK = 25;

/** Any calendar works here: only dates with a written year are taken. */
const UNUSED_REFERENCE = utcDate(2000, 1, 1);

interface Candidate extends DocumentDate {
  rank: number;
}

export function findDocumentDate(text: string): DocumentDate | null {
  let best: Candidate | null = null;
  const consider = (candidate: Candidate) => {
    if (!best || candidate.rank < best.rank || (candidate.rank === best.rank && candidate.start < best.start)) best = candidate;
  };

  let lineStart = 0;
  let contentLines = 0;
  let openingDate: Candidate | null = null;
  let signedOff = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) contentLines++;
    if (SIGN_OFF.test(line)) signedOff = true;
    // A letter dated under its signature ("Kind regards, / P. Marsh / Head of Service / 3 March 2025").
    else if (signedOff && /\d/.test(line) && line.length < 60) {
      // A line that is only a date, perhaps with its weekday, as the date grammar reads it.
      const date = fullDates(line, lineStart)[0];
      const rest = date ? line.slice(0, date.start - lineStart) + line.slice(date.end - lineStart) : '';
      if (date && /^[\s>*_,.]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*)?$/i.test(rest)) consider({ ...date, kind: 'letter', rank: 3 });
    }

    if (/\d/.test(line) && line.length < 400) {
      for (const label of LABELS) {
        if (label.topOnly && contentLines > LABEL_TOP_LINES) continue;
        const match = label.pattern.exec(line);
        if (!match) continue;
        const date = firstFullDate(line, lineStart, lineStart + match[0].length + LABEL_SLACK);
        if (date) consider({ ...date, kind: label.kind, rank: label.rank });
        break;
      }
      if (contentLines <= TOP_LINES) {
        const dates = fullDates(line, lineStart);
        const first = dates[0];
        if (first) {
          const before = text.slice(lineStart, first.start);
          if (TITLE_LINE.test(before) && !ANOTHER_MEETING.test(before)) consider({ ...first, kind: 'title', rank: 4 });
          // "Closing date: 30 April 2025" at the top is an event, not the document's own date.
          if (!EVENT_WORDS.test(before)) openingDate ??= { ...first, kind: 'opening', rank: 5 };
        }
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (openingDate) consider(openingDate);
  if (!best) return null;
  const { rank: _rank, ...found } = best as Candidate;
  return found;
}

/** Day-precision dates with a written year in one line, in order. */
function fullDates(line: string, lineStart: number): Omit<DocumentDate, 'kind'>[] {
  return datesIn(findTimeExpressionsInText(line, UNUSED_REFERENCE, lineStart))
    .filter((date) => date.yearStated && date.precision === 'day' && date.anchor === null)
    .map((date) => ({ date: date.date, start: date.start, end: date.end }));
}

function firstFullDate(line: string, lineStart: number, latestStart: number): Omit<DocumentDate, 'kind'> | null {
  const first = fullDates(line, lineStart)[0];
  return first && first.start <= latestStart ? first : null;
}
