/**
 * fast-check generators for dates as UK councils write them, for the property tests in
 * generative.test.ts. Each generator builds a piece of text from calendar dates it chose
 * itself, and says what shared/time must read from it: which dates (and times) and which
 * exact text each date covers. The pieces compose: a date is an optional weekday, a day, a
 * month and an optional year in one of five forms; a time can stand before or after it;
 * dates join into ranges with connectors and lead-ins, into labelled fields in either order,
 * and into table rows under an "Open date | Close date" header.
 *
 * What is not generated, by decision (see shared/time/README.md, "Decisions"):
 * - two-digit years after a spaced month name ("5 Feb 25"): "on 5 March 25 people came" is
 *   too common; a two-digit year is read only in compact forms ("5-Feb-25", "05/02/25",
 *   "5.2.25"), and always as 2000–2099;
 * - numeric dates with no year ("5/2"): "12/13 of the groups" is a fraction, not a date;
 * - ranges that leave a year out and run longer than 183 days: the year is then not
 *   recoverable from the other end (README, "Years").
 */
import fc from 'fast-check';

// ── Calendar helpers (independent of shared/time, so the oracle is not the thing tested) ──

export const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(days: number): { year: number; month: number; day: number; weekday: number } {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

export function isoOf(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const MONTHS_FULL = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Indexed by getUTCDay(): Sunday first. */
export const WEEKDAYS_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_SHORT: readonly (readonly string[])[] = [
  ['Sun'], ['Mon'], ['Tue', 'Tues'], ['Wed', 'Weds'], ['Thu', 'Thur', 'Thurs'], ['Fri'], ['Sat'],
];

const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function ordinalWord(day: number): string {
  if (day <= 20) return ORDINAL_WORDS[day]!;
  if (day === 30) return 'thirtieth';
  return `${day < 30 ? 'twenty' : 'thirty'}-${ORDINAL_WORDS[day % 10]}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

// ── What a piece of text must resolve to ─────────────────────────────────────────

export interface ExpectedDate {
  iso: string;
  /** 24-hour "HH:MM", "24:00" for midnight, or null. */
  time: string | null;
  /** Exactly the text the date expression must cover. */
  text: string;
}

export type ExpectedItem =
  | ({ kind: 'date' } & ExpectedDate)
  | { kind: 'range'; from: ExpectedDate | null; to: ExpectedDate };

export interface Case {
  text: string;
  /** ISO reference date for year-less dates. */
  reference: string;
  expected: ExpectedItem[];
}

// ── Dates ───────────────────────────────────────────────────────────────────

export type YearMode = 'four' | 'two' | 'none';

export interface DateStyle {
  form: 'words' | 'numeric' | 'compact' | 'month-first' | 'iso';
  weekday: 'none' | 'full' | 'short';
  weekdayPick: number;
  weekdayDot: boolean;
  weekdayComma: boolean;
  day: 'plain' | 'padded' | 'ordinal' | 'the-ordinal' | 'ordinal-of' | 'the-ordinal-of' | 'the-word-of';
  month: 'full' | 'short' | 'short-dot' | 'sept';
  numericSeparator: '/' | '.' | '-';
  numericPad: boolean;
  yearComma: boolean;
}

export const dateStyleArb: fc.Arbitrary<DateStyle> = fc.record({
  form: fc.constantFrom('words', 'words', 'words', 'numeric', 'numeric', 'compact', 'month-first', 'iso'),
  weekday: fc.constantFrom('none', 'none', 'full', 'short'),
  weekdayPick: fc.nat(2),
  weekdayDot: fc.boolean(),
  weekdayComma: fc.boolean(),
  day: fc.constantFrom('plain', 'plain', 'padded', 'ordinal', 'ordinal', 'the-ordinal', 'ordinal-of', 'the-ordinal-of', 'the-word-of'),
  month: fc.constantFrom('full', 'full', 'short', 'short-dot', 'sept'),
  numericSeparator: fc.constantFrom('/', '/', '.', '-'),
  numericPad: fc.boolean(),
  yearComma: fc.boolean(),
});

/** The year modes a form can take: two digits only in compact and numeric forms, none only in word forms. */
export function yearModesFor(form: DateStyle['form']): readonly YearMode[] {
  switch (form) {
    case 'words':
    case 'month-first':
      return ['four', 'none'];
    case 'compact':
    case 'numeric':
      return ['four', 'two'];
    case 'iso':
      return ['four'];
  }
}

/** A year mode allowed for the form, the preferred one when it is allowed. */
export function fitYear(form: DateStyle['form'], wanted: YearMode, year: number): YearMode {
  const allowed = yearModesFor(form).filter((mode) => mode !== 'two' || (year >= 2000 && year <= 2099));
  return allowed.includes(wanted) ? wanted : allowed[0]!;
}

function weekdayText(days: number, style: DateStyle): string {
  const { weekday } = fromDayNumber(days);
  if (style.weekday === 'full') return `${WEEKDAYS_FULL[weekday]}${style.weekdayComma ? ',' : ''} `;
  if (style.weekday === 'short') {
    const options = WEEKDAYS_SHORT[weekday]!;
    const name = options[style.weekdayPick % options.length]!;
    return `${name}${style.weekdayDot ? '.' : ''}${style.weekdayComma ? ',' : ''} `;
  }
  return '';
}

function monthText(month: number, style: DateStyle): string {
  switch (style.month) {
    case 'full':
      return MONTHS_FULL[month - 1]!;
    case 'short':
      return MONTHS_SHORT[month - 1]!;
    case 'short-dot':
      // "May." is not an abbreviation: May is written in full.
      return month === 5 ? 'May' : `${MONTHS_SHORT[month - 1]}.`;
    case 'sept':
      return month === 9 ? 'Sept' : MONTHS_SHORT[month - 1]!;
  }
}

function dayText(day: number, style: DateStyle['day']): string {
  switch (style) {
    case 'plain':
      return String(day);
    case 'padded':
      return pad(day);
    case 'ordinal':
      return `${day}${ordinalSuffix(day)}`;
    case 'the-ordinal':
      return `the ${day}${ordinalSuffix(day)}`;
    case 'ordinal-of':
      return `${day}${ordinalSuffix(day)} of`;
    case 'the-ordinal-of':
      return `the ${day}${ordinalSuffix(day)} of`;
    case 'the-word-of':
      return `the ${ordinalWord(day)} of`;
  }
}

/**
 * A date written in `style`, with the year as `yearMode` asks. Returns the text; the whole
 * text is what the date expression must cover.
 */
export function renderDate(days: number, style: DateStyle, yearMode: YearMode): string {
  const { year, month, day } = fromDayNumber(days);
  const mode = fitYear(style.form, yearMode, year);
  const yearText = mode === 'four' ? String(year) : mode === 'two' ? pad(year % 100) : '';
  const weekday = style.form === 'iso' ? '' : weekdayText(days, style);
  switch (style.form) {
    case 'words': {
      const written = `${dayText(day, style.day)} ${monthText(month, style)}`;
      return `${weekday}${written}${yearText ? ` ${yearText}` : ''}`;
    }
    case 'month-first': {
      // "March 3, 2025", "Friday, March 3rd": a plain day needs a year or a weekday to be read.
      const ordinal = style.day === 'ordinal' || style.day === 'the-ordinal' || style.day === 'ordinal-of';
      const needsYear = !ordinal && !weekday;
      const shownYear = yearText || (needsYear ? String(year) : '');
      const dayWritten = ordinal ? `${day}${ordinalSuffix(day)}` : String(day);
      return `${weekday}${monthText(month, style)} ${dayWritten}${shownYear ? `${style.yearComma ? ',' : ''} ${shownYear}` : ''}`;
    }
    case 'numeric': {
      const separator = style.numericSeparator;
      const d = style.numericPad ? pad(day) : String(day);
      const m = style.numericPad ? pad(month) : String(month);
      return `${weekday}${d}${separator}${m}${separator}${yearText}`;
    }
    case 'compact': {
      // "5-Feb-25", "05-Feb-2025"
      const d = style.numericPad ? pad(day) : String(day);
      return `${weekday}${d}-${MONTHS_SHORT[month - 1]}-${yearText}`;
    }
    case 'iso':
      return `${year}-${pad(month)}-${pad(day)}`;
  }
}

/** Whether a rendered date has no written year (so it resolves against the reference date or the other end). */
export function yearless(style: DateStyle, yearMode: YearMode, days: number): boolean {
  const mode = fitYear(style.form, yearMode, fromDayNumber(days).year);
  if (mode !== 'none') return false;
  if (style.form === 'month-first') {
    const ordinal = style.day === 'ordinal' || style.day === 'the-ordinal' || style.day === 'ordinal-of';
    return ordinal || style.weekday !== 'none';
  }
  return true;
}

// ── Times of day ─────────────────────────────────────────────────────────────

export interface TimeStyle {
  kind: 'meridiem' | 'clock' | 'noon' | 'midnight';
  hour: number;
  minute: number;
  variant: number;
}

export const timeStyleArb: fc.Arbitrary<TimeStyle> = fc.record({
  kind: fc.constantFrom('meridiem', 'meridiem', 'clock', 'noon', 'midnight'),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.constantFrom(0, 0, 0, 15, 30, 45, 59),
  variant: fc.nat(5),
});

/**
 * A time's text and its 24-hour value. `dotted` is whether a dotted 24-hour time ("17.00")
 * may be written: only where the grammar can tell it from a section number ("17.00 on",
 * "at 17.00").
 */
export function renderTime(style: TimeStyle, dotted: boolean): { text: string; value: string } {
  switch (style.kind) {
    case 'noon':
      return { text: ['noon', 'midday', '12 noon', '12 midday', 'noon', 'midday'][style.variant]!, value: '12:00' };
    case 'midnight':
      return { text: ['midnight', '12 midnight', 'midnight', '12 midnight', 'midnight', 'midnight'][style.variant]!, value: '24:00' };
    case 'clock': {
      const separator = dotted && style.variant % 2 === 1 ? '.' : ':';
      return { text: `${pad(style.hour)}${separator}${pad(style.minute)}`, value: `${pad(style.hour)}:${pad(style.minute)}` };
    }
    case 'meridiem': {
      const hour12 = style.hour % 12 === 0 ? 12 : style.hour % 12;
      const pm = style.hour >= 12;
      const value = `${pad(style.hour)}:${pad(style.minute)}`;
      const marker = [pm ? 'pm' : 'am', pm ? 'pm' : 'am', pm ? 'p.m.' : 'a.m.', pm ? 'PM' : 'AM', pm ? 'pm' : 'am', pm ? 'p.m.' : 'a.m.'][style.variant]!;
      const space = style.variant >= 3 ? ' ' : '';
      const minutes = style.minute === 0 && style.variant % 2 === 0 ? '' : `${style.variant === 1 ? ':' : '.'}${pad(style.minute)}`;
      return { text: `${hour12}${minutes}${space}${marker}`, value };
    }
  }
}

export interface TimePlacement {
  where: 'none' | 'before' | 'after';
  /** Before: " on " or ", " after the time. After: ", ", " at ", " by ", ", by ", " before ". */
  joiner: number;
}

export const timePlacementArb: fc.Arbitrary<TimePlacement> = fc.record({
  where: fc.constantFrom('none', 'none', 'none', 'before', 'after'),
  joiner: fc.nat(4),
});

const JOINERS_BEFORE = [' on ', ' on ', ', ', ' on ', ' on '];
const JOINERS_AFTER = [', ', ' at ', ' by ', ', by ', ' before '];

/** A date with its time, as written and as it must be read. */
export function renderDateWithTime(
  days: number,
  style: DateStyle,
  yearMode: YearMode,
  time: TimeStyle,
  placement: TimePlacement,
): ExpectedDate {
  const date = renderDate(days, style, yearMode);
  const iso = isoOf(days);
  if (placement.where === 'before') {
    const joiner = JOINERS_BEFORE[placement.joiner]!;
    const { text, value } = renderTime(time, joiner === ' on ');
    return { iso, time: value, text: `${text}${joiner}${date}` };
  }
  if (placement.where === 'after') {
    const joiner = JOINERS_AFTER[placement.joiner]!;
    const { text, value } = renderTime(time, joiner !== ', ');
    return { iso, time: value, text: `${date}${joiner}${text}` };
  }
  return { iso, time: null, text: date };
}

// ── Sentences around a single date ───────────────────────────────────────────

interface Lead {
  text: string;
  /** The date is then the close of a range with no start ("open until 5 March"). */
  until?: boolean;
}

const SINGLE_LEADS: readonly Lead[] = [
  { text: '' },
  { text: 'The meeting is on ' },
  { text: 'Please respond by ' },
  { text: 'Responses must reach us no later than ' },
  { text: 'Send your comments before ' },
  { text: 'Closing date: ' },
  { text: 'Closing date for responses: ' },
  { text: 'Deadline: ' },
  { text: 'The consultation closes on ' },
  { text: 'The survey closes ' },
  { text: 'The consultation opens on ' },
  { text: 'Published ' },
  { text: 'Date of decision: ' },
  { text: 'by ' },
  { text: 'no later than ' },
  { text: 'The consultation is open until ', until: true },
  { text: 'Comments are welcome till ', until: true },
  { text: 'The survey runs up to and including ', until: true },
  { text: 'Open until ', until: true },
];

const SUFFIXES = ['', '.', ' for comments.', ', and late responses may not be read.', ' (see below).', ' at the latest.'];

function withSuffix(text: string, suffix: string): string {
  // "p.m." already ends with a full stop.
  if (suffix.startsWith('.') && text.endsWith('.')) return text;
  return `${text}${suffix}`;
}

/** "Deadline: 31 Aug." The sentence's full stop is also the abbreviation's, and the date takes it. */
function absorbStop(date: ExpectedDate, suffix: string): void {
  if (suffix.startsWith('.') && /(?:^|\s)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(date.text)) date.text += '.';
}

/** Dates from 1995 to 2045: well inside the grammar's years (1900–2099). */
const FIRST_DAY = dayNumber(1995, 1, 1);
const LAST_DAY = dayNumber(2045, 12, 31);
export const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
/** Two-digit years are 2000–2099; year-less dates need a reference date within 150 days. */
export const referenceOffsetArb = fc.integer({ min: -150, max: 150 });

export function upper(text: string, yes: boolean): string {
  return yes ? text.toUpperCase() : text;
}

function upperExpected(date: ExpectedDate, yes: boolean): ExpectedDate {
  return yes ? { ...date, text: date.text.toUpperCase() } : date;
}

/** One date in a sentence: weekday, day, month, year, time and a lead-in word or label. */
export const singleDateArb: fc.Arbitrary<Case> = fc
  .record({
    days: dayArb,
    style: dateStyleArb,
    yearMode: fc.constantFrom<YearMode>('four', 'four', 'two', 'none'),
    time: timeStyleArb,
    placement: timePlacementArb,
    lead: fc.constantFrom(...SINGLE_LEADS),
    suffix: fc.constantFrom(...SUFFIXES),
    referenceOffset: referenceOffsetArb,
    /** One case in ten is written in capitals ("CLOSING DATE: FRIDAY 14 FEBRUARY 2025"). */
    capitalsWanted: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ days, style, yearMode, time, placement, lead, suffix, referenceOffset, capitalsWanted }) => {
    const capitals = capitalsWanted === 9;
    const date = upperExpected(renderDateWithTime(days, style, yearMode, time, placement), capitals);
    // "The meeting is on 5pm on …" is not English: a time before the date takes "at".
    let leadText = lead.text;
    if (placement.where === 'before' && leadText.endsWith(' on ')) leadText = `${leadText.slice(0, -3)}at `;
    const text = withSuffix(`${upper(leadText, capitals)}${date.text}`, upper(suffix, capitals));
    absorbStop(date, suffix);
    const reference = isoOf(days + referenceOffset);
    const expected: ExpectedItem = lead.until ? { kind: 'range', from: null, to: date } : { kind: 'date', ...date };
    return { text, reference, expected: [expected] };
  });

// ── Ranges ──────────────────────────────────────────────────────────────────

interface RangeTemplate {
  lead: string;
  connector: string;
  /** The start may be a bare day ("3–28 March 2025", "between 1st and 30th September"). */
  bare: boolean;
}

const RANGE_TEMPLATES: readonly RangeTemplate[] = [
  { lead: '', connector: ' to ', bare: true },
  { lead: 'from ', connector: ' to ', bare: true },
  { lead: 'from ', connector: ' until ', bare: true },
  { lead: 'The consultation runs from ', connector: ' until ', bare: true },
  { lead: 'It is open from ', connector: ' till ', bare: true },
  { lead: '', connector: ' through ', bare: true },
  { lead: 'Consultation period: ', connector: ' to ', bare: true },
  { lead: 'Funding is agreed for the period ', connector: ' to ', bare: false },
  { lead: '', connector: ' – ', bare: true },
  { lead: '', connector: '–', bare: true },
  { lead: '', connector: ' - ', bare: true },
  { lead: '', connector: '-', bare: true },
  { lead: 'from ', connector: ' – ', bare: true },
  { lead: 'Consultation period: ', connector: ' – ', bare: true },
  { lead: 'between ', connector: ' and ', bare: true },
  { lead: 'Responses are invited between ', connector: ' and ', bare: true },
  { lead: 'The consultation opens on ', connector: ' and closes on ', bare: false },
  { lead: 'It will open on ', connector: ' and will close on ', bare: false },
  { lead: 'The consultation runs from ', connector: ', closing on ', bare: false },
  { lead: 'commencing on ', connector: ' and ending on ', bare: false },
  { lead: 'The survey starts on ', connector: ' and ends on ', bare: false },
];

export type RangeYears = 'both' | 'end-only' | 'start-only' | 'none';

/** The longest range whose missing year the grammar recovers from the other end (README, "Years"). */
export const LONGEST_YEARLESS_RANGE = 183;

/** A time before a date after "… on " reads "… at 5pm on": the "on" moves after the time. */
function beforeTime(prefix: string, date: ExpectedDate, placement: TimePlacement): string {
  return placement.where === 'before' && prefix.endsWith(' on ') ? `${prefix.slice(0, -3)}at ` : prefix;
}

export const rangeArb: fc.Arbitrary<Case> = fc
  .record({
    start: dayArb,
    span: fc.integer({ min: 1, max: 400 }),
    startStyle: dateStyleArb,
    endStyle: dateStyleArb,
    years: fc.constantFrom<RangeYears>('both', 'both', 'end-only', 'end-only', 'none', 'start-only'),
    digits: fc.constantFrom<YearMode>('four', 'four', 'two'),
    bare: fc.boolean(),
    template: fc.constantFrom(...RANGE_TEMPLATES),
    startTime: timeStyleArb,
    startPlacement: timePlacementArb,
    endTime: timeStyleArb,
    endPlacement: timePlacementArb,
    referenceOffset: referenceOffsetArb,
    suffix: fc.constantFrom(...SUFFIXES),
    capitalsWanted: fc.integer({ min: 0, max: 9 }),
  })
  .map((input) => {
    const { start, startStyle, endStyle, years, digits, template, referenceOffset, capitalsWanted } = input;
    const span = years === 'both' ? input.span : 1 + (input.span % LONGEST_YEARLESS_RANGE);
    const end = start + span;
    const capitals = capitalsWanted === 9;
    const startYear = years === 'both' || years === 'start-only' ? digits : 'none';
    const endYear = years === 'both' || years === 'end-only' ? digits : 'none';
    // A time after the start reads ", 9am" or " at 9am" before a connector, nothing longer.
    const startPlacement = { ...input.startPlacement, joiner: input.startPlacement.joiner % 2 };
    const s = fromDayNumber(start);
    const e = fromDayNumber(end);
    const bare =
      input.bare &&
      template.bare &&
      s.year === e.year &&
      s.month === e.month &&
      endStyle.form === 'words' &&
      !yearless(endStyle, endYear, end) &&
      startPlacement.where === 'none' &&
      // "between 1 and 5pm on 3 March" is about hours: a bare start day never meets a time before the end.
      input.endPlacement.where !== 'before';
    let from: ExpectedDate;
    if (bare) {
      const dayStyle = startStyle.day === 'ordinal' || startStyle.day === 'the-ordinal' ? startStyle.day : 'plain';
      const weekday = startStyle.weekday === 'full' ? `${WEEKDAYS_FULL[s.weekday]} ` : '';
      from = { iso: isoOf(start), time: null, text: `${weekday}${dayText(s.day, dayStyle)}` };
    } else {
      from = renderDateWithTime(start, startStyle, startYear, input.startTime, startPlacement);
    }
    const to = renderDateWithTime(end, endStyle, endYear, input.endTime, input.endPlacement);
    let connector = template.connector;
    if (connector === '-' && (/-/.test(from.text) || /-/.test(to.text))) connector = ' - ';
    connector = beforeTime(connector, to, input.endPlacement);
    const lead = beforeTime(template.lead, from, startPlacement);
    const text = withSuffix(upper(`${lead}${from.text}${connector}${to.text}`, capitals), upper(input.suffix, capitals));
    const reference = isoOf(start + referenceOffset);
    const expected: ExpectedItem = { kind: 'range', from: upperExpected(from, capitals), to: upperExpected(to, capitals) };
    absorbStop(expected.to, input.suffix);
    return { text, reference, expected: [expected] };
  });

// ── Labelled fields ─────────────────────────────────────────────────────────

const OPEN_LABELS = [
  'Opened', 'Opens', 'Open', 'Opened:', 'Opens:', 'Opening date:', 'Opening date', 'Open date:', 'Start date:',
  'Start date', 'Starts:', 'Launched:', 'Consultation opens:', 'Consultation opened', 'Date opened:', 'Opens on', 'Opened on',
];
const CLOSE_LABELS = [
  'Closes', 'Closed', 'Close', 'Closes:', 'Closing date:', 'Closing date', 'Close date:', 'End date:', 'End date', 'Ends:',
  'Deadline:', 'Consultation closes:', 'Date closed:', 'Closes on', 'Closing date for responses:',
];
const FIELD_SEPARATORS = [' / ', ' | ', '; ', ', ', '   ', ' ', '\n', ' – ', '. ', '\t'];
const FIELD_PREFIXES = ['', 'Have your say on library opening hours. ', 'Library opening hours\n'];

/** "Opened 2 June 2025 / Closes 25 August 2025", "Closes: 25 August 2025 Opened: 2 June 2025". */
export const labelledFieldsArb: fc.Arbitrary<Case> = fc
  .record({
    start: dayArb,
    span: fc.integer({ min: 1, max: 400 }),
    openStyle: dateStyleArb,
    closeStyle: dateStyleArb,
    yearless: fc.integer({ min: 0, max: 4 }),
    digits: fc.constantFrom<YearMode>('four', 'four', 'two'),
    openLabel: fc.constantFrom(...OPEN_LABELS),
    closeLabel: fc.constantFrom(...CLOSE_LABELS),
    closeFirst: fc.boolean(),
    separator: fc.constantFrom(...FIELD_SEPARATORS),
    prefix: fc.constantFrom(...FIELD_PREFIXES),
    closeTime: timeStyleArb,
    closePlacement: timePlacementArb,
    referenceOffset: referenceOffsetArb,
    capitalsWanted: fc.integer({ min: 0, max: 9 }),
  })
  .map((input) => {
    const noYears = input.yearless === 4;
    const span = noYears ? 1 + (input.span % LONGEST_YEARLESS_RANGE) : input.span;
    const open = renderDateWithTime(input.start, input.openStyle, noYears ? 'none' : input.digits, input.closeTime, { where: 'none', joiner: 0 });
    // A time after a date is followed by the next field: ", 5pm" or " at 5pm" only.
    const placement = { ...input.closePlacement, joiner: input.closePlacement.joiner % 2 };
    const close = renderDateWithTime(input.start + span, input.closeStyle, noYears ? 'none' : input.digits, input.closeTime, placement);
    const capitals = input.capitalsWanted === 9;
    const openField = `${input.openLabel} ${open.text}`;
    const closeField = `${beforeTime(`${input.closeLabel} `, close, placement)}${close.text}`;
    const fields = input.closeFirst ? [closeField, openField] : [openField, closeField];
    absorbStop(input.closeFirst ? close : open, input.separator);
    const text = upper(`${input.prefix}${fields.join(input.separator)}`, capitals);
    const expected: ExpectedItem = { kind: 'range', from: upperExpected(open, capitals), to: upperExpected(close, capitals) };
    // Fields on two lines are two paragraphs to the engine, where each year-less date resolves on
    // its own: the reference date then lies between them, so each is its own nearest occurrence.
    const reference = noYears ? input.start + Math.floor(span / 2) + (input.referenceOffset % 80) : input.start + input.referenceOffset;
    return { text, reference: isoOf(reference), expected: [expected] };
  });

// ── Tables ──────────────────────────────────────────────────────────────────

const OPEN_HEADERS = ['Open date', 'Opening date', 'Opens', 'Start date', 'Opened', 'Consultation opens', 'Date opened', 'Launch date'];
const CLOSE_HEADERS = ['Close date', 'Closing date', 'Closes', 'End date', 'Deadline', 'Closing date for responses', 'Date closed'];
const ROW_NAMES = ['Library opening hours', 'Parks strategy', 'Grants policy', 'Day centres'];
const STATUSES = ['Open', 'Closed', 'Open', 'Closing soon'];

/** A header naming an open and a close column, then rows each holding one period. */
export const tableArb: fc.Arbitrary<Case> = fc
  .record({
    format: fc.constantFrom('markdown', 'pipes', 'tabs'),
    openHeader: fc.constantFrom(...OPEN_HEADERS),
    closeHeader: fc.constantFrom(...CLOSE_HEADERS),
    closeFirst: fc.integer({ min: 0, max: 4 }),
    nameColumn: fc.boolean(),
    statusColumn: fc.boolean(),
    rows: fc.array(
      fc.record({
        start: dayArb,
        span: fc.integer({ min: 1, max: 400 }),
        openStyle: dateStyleArb,
        closeStyle: dateStyleArb,
        digits: fc.constantFrom<YearMode>('four', 'four', 'two'),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    yearless: fc.integer({ min: 0, max: 4 }),
    referenceOffset: referenceOffsetArb,
    heading: fc.constantFrom('', 'Current consultations\n\n', 'Consultations we are running:\n'),
  })
  .map((input) => {
    const noYears = input.yearless === 4 && input.rows.length === 1;
    const closeFirst = input.closeFirst === 4;
    const header: string[] = [];
    if (input.nameColumn) header.push('Consultation');
    if (input.statusColumn) header.push('Status');
    header.push(...(closeFirst ? [input.closeHeader, input.openHeader] : [input.openHeader, input.closeHeader]));
    const line = (cells: string[]) => {
      if (input.format === 'markdown') return `| ${cells.join(' | ')} |`;
      if (input.format === 'pipes') return cells.join(' | ');
      return cells.join('\t');
    };
    const lines = [line(header)];
    if (input.format === 'markdown') lines.push(line(header.map(() => '---')));
    const expected: ExpectedItem[] = [];
    input.rows.forEach((row, index) => {
      const span = noYears ? 1 + (row.span % LONGEST_YEARLESS_RANGE) : row.span;
      const none = { where: 'none' as const, joiner: 0 };
      const anyTime = { kind: 'noon' as const, hour: 12, minute: 0, variant: 0 };
      const open = renderDateWithTime(row.start, row.openStyle, noYears ? 'none' : row.digits, anyTime, none);
      const close = renderDateWithTime(row.start + span, row.closeStyle, noYears ? 'none' : row.digits, anyTime, none);
      const cells: string[] = [];
      if (input.nameColumn) cells.push(ROW_NAMES[index % ROW_NAMES.length]!);
      if (input.statusColumn) cells.push(STATUSES[(row.start + index) % STATUSES.length]!);
      cells.push(...(closeFirst ? [close.text, open.text] : [open.text, close.text]));
      lines.push(line(cells));
      expected.push({ kind: 'range', from: open, to: close });
    });
    const reference = isoOf(input.rows[0]!.start + input.referenceOffset);
    return { text: `${input.heading}${lines.join('\n')}`, reference, expected };
  });

// ── The year-less rule ──────────────────────────────────────────────────────

/**
 * The rule shared/time states for a date written without a year, computed here on its
 * own: of the day and month in the reference date's year and the years either side, take
 * the occurrence nearest the reference date (the earlier on a tie); when a weekday is
 * written and does not fit that occurrence, take the nearest occurrence it fits.
 */
export function yearlessOracle(day: number, month: number, weekday: number | null, reference: number): string | null {
  const referenceYear = fromDayNumber(reference).year;
  const candidates: { days: number; distance: number }[] = [];
  for (const year of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    if (!isRealDay(year, month, day)) continue;
    const days = dayNumber(year, month, day);
    candidates.push({ days, distance: Math.abs(days - reference) });
  }
  if (candidates.length === 0) return null;
  const byDistance = [...candidates].sort((a, b) => a.distance - b.distance);
  const nearest = byDistance[0]!;
  if (weekday !== null && fromDayNumber(nearest.days).weekday !== weekday) {
    const fitting = byDistance.find((candidate) => fromDayNumber(candidate.days).weekday === weekday);
    if (fitting) return isoOf(fitting.days);
  }
  return isoOf(nearest.days);
}

/** Any day and month, any reference date, with or without a weekday: the year-less rule decides. */
export const yearlessRuleArb: fc.Arbitrary<Case & { invalid: boolean }> = fc
  .record({
    reference: dayArb,
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    weekdayFrom: fc.integer({ min: -1, max: 1 }),
    withWeekday: fc.boolean(),
    style: dateStyleArb,
  })
  .filter(({ month, day }) => isRealDay(2024, month, day))
  .map(({ reference, month, day, weekdayFrom, withWeekday, style }) => {
    const referenceYear = fromDayNumber(reference).year;
    // The written weekday is the right one for some year near the reference date.
    let weekdayYear = referenceYear + weekdayFrom;
    while (!isRealDay(weekdayYear, month, day)) weekdayYear++;
    const weekday = withWeekday ? fromDayNumber(dayNumber(weekdayYear, month, day)).weekday : null;
    const wordStyle: DateStyle = { ...style, form: 'words', weekday: withWeekday ? 'full' : 'none' };
    const text = renderDate(dayNumber(weekdayYear, month, day), wordStyle, 'none');
    const iso = yearlessOracle(day, month, weekday, reference);
    const expected: ExpectedItem[] = iso === null ? [] : [{ kind: 'date', iso, time: null, text }];
    return { text, reference: isoOf(reference), expected, invalid: iso === null };
  });
