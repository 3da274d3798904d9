/**
 * Notice given by a funder when a grant, contract, service level agreement or other funding
 * ends or changes, and whether it reaches the Compact minimum (three calendar months by
 * default). Used by the `notice-period` rule and by summaries that want every notice found,
 * compliant or not.
 *
 * Two kinds of evidence:
 * - stated notice: "one month's notice", "28 days' notice", "notice of four weeks";
 * - notice implied by dates: an end or change date ("will cease on 31 March", "reduced with
 *   effect from 1 April 2025") against the date of decision or notification (a cabinet date,
 *   the letter's date, "following the decision on …") or, failing that, the reference date.
 *
 * Counting convention (also in lint-rules/notice-period/README.md): funding that ends "on
 * 31 March" is paid to the end of that day, so the change takes effect on 1 April; a change
 * "from 1 April" takes effect on 1 April. Notice of N calendar months is enough when
 * notification date + N months falls on or before the day the change takes effect
 * (1 January → ends 31 March is exactly three months). Notice stated in days or weeks is
 * compared with the shortest N calendar months can be (89 days for three), so "90 days"
 * meets three months and "12 weeks" (84 days) does not.
 */
import type { DocumentFacts } from './facts.ts';
import { sentencesWithTimes, type SentenceSpan } from './consultation.ts';
import {
  addCalendarDays,
  addCalendarMonths,
  datesIn,
  daysBetween,
  toIso,
  utcDate,
  type DateExpression,
  type DurationExpression,
} from '../time/index.ts';

export interface NoticeOptions {
  /** The Compact minimum in calendar months (3 nationally; Eastleigh's code sets 6). */
  minMonths: number;
}

/**
 * Where the notice is counted from.
 * - `decision`: a decision or meeting date in the same sentence ("Cabinet decided on …");
 * - `document`: the date the document gives for itself ("Date: …", "Date of meeting: …", "Published: …");
 * - `reference`: the reference date (the one given to compact-proof, else today);
 * - `today`: today, when the only other date is a guess taken from the text itself.
 */
export type NoticeFromSource = 'decision' | 'document' | 'reference' | 'today';

export interface NoticeCheck {
  basis: 'stated' | 'dates';
  /** The stated notice, or the end or change date, to point a reader at. */
  span: { start: number; end: number };
  /** Length of the notice in days (for months: counted from `from`). */
  noticeDays: number;
  /** What the minimum comes to in days (for dates and months: counted from `from`). */
  requiredDays: number;
  /** ISO date the notice is counted from. */
  from: string;
  fromSource: NoticeFromSource;
  /** ISO end or change date as written (dates basis only). */
  to: string | null;
  /** ISO day the change takes effect: the day after a last funded day (dates basis only). */
  effective: string | null;
  /** The stated notice as written (stated basis only), e.g. "one month’s". */
  stated: string | null;
  /** Stated notice in calendar months, when given in months or years. */
  statedMonths: number | null;
  /** True when the notice reaches the minimum. */
  meets: boolean;
  /** For dates: the latest day notice could have been given; for all: the earliest compliant change date. */
  latestNoticeDate: string | null;
  earliestChangeDate: string | null;
}

// ── Vocabulary ───────────────────────────────────────────────────────────────

const FUNDING =
  /\b(?:grants?|funding|funded|funds?|contracts?|service level agreements?|SLAs?|agreements?|commission(?:ed|ing)?|decommission\w*|awards?|subsid(?:y|ies)|support)\b|\b(?:council|authority|ICB|board|trust|department|NHS|our)(?:['’]s|s['’])?\s+(?:[\w-]+\s+)?contributions?\b/i;
const CHANGE =
  /\b(?:end|ends|ending|ended|cease[sd]?|ceasing|terminat\w*|withdraw\w*|stop\w*|reduc\w*|cut|cuts|renew\w*|decommission\w*|chang\w*|var(?:y|ied|ies|iation)|conclud\w*|discontinu\w*|fall|falls|decrease[sd]?|lower(?:ed)?|remov\w*|recommission\w*)\b|\b(?:not|no longer)\s+(?:be\s+)?(?:continu|extend)\w*/i;
/** A decision or intention about the future, not a description of an agreement's term. */
const INTENT =
  /\b(?:will|shall|would|is to|are to|to be|intends?|plans?|proposed?|proposes|decided|agreed|agrees|has been decided|is being|are being|resolved|resolves|approves?|approved(?!\s+by\b)|recommended|recommends)\b/i;
/**
 * A proposal or recommendation written as an instruction, after an item number or code:
 * "ASC-07 Reduce the grant to …", "4.2 End the grant …", "Proposal 14: Cease …".
 */
const PROPOSAL_ITEM =
  /^\s*(?:(?:proposal|option|saving|item|ref(?:erence)?)\s*)?[(\[]?[A-Za-z]{0,6}[-./ ]?\d[\w./-]*[)\]]?[:.)]?\s+(?:Reduce|End|Cease|Withdraw|Stop|Cut|Decommission|Remove|Terminate|Discontinue|Close|Do not renew|Not renew)\b/;

/**
 * A proposal item whose instruction's object is funding: "ASC-07 Reduce the grant to …",
 * "2.3 Cease the community transport grant", not "1.2 Reduce waiting times for grant decisions".
 */
function proposalItem(sentence: string): boolean {
  const item = PROPOSAL_ITEM.exec(sentence);
  if (!item) return false;
  const object = /^\s*((?:(?!(?:for|to|of|in|at|from|by|with|on)\b)[\w’'-]+\s*){1,4})/i.exec(sentence.slice(item[0].length));
  return object !== null && FUNDING.test(object[1]!);
}

/** Notices that are not about funding a voluntary organisation. */
const EXCLUSIONS: RegExp[] = [
  // Statutory meeting notice: key decisions, agendas, motions, public speaking, call-in.
  /\b(?:notice of (?:the |a |an |any |this |its |each |every )?(?:meeting|motion)|key decision|forward plan|agenda|call(?:ed)?[- ]in|public speaking|speak at (?:the |a )?meeting|before the meeting|clear days)\b/i,
  // Staff and employment notice.
  /\b(?:staff|employees?|employment|redundanc\w*|resign\w*|contractual notice|notice pay|TUPE|workforce)\b/i,
  // Highways and parking.
  /\b(?:road closure|the road will|roads? will be closed|traffic|parking|highway|resurfacing|roadworks|street works)\b/i,
  // The organisation's own notice to the funder.
  /\b(?:give|giving|gives|gave|given|provide|serve|send)\s+(?:the\s+)?(?:council|us|authority|funder|commissioner|trust|ICB|board)\b/i,
  /\bnotif(?:y|ies|ied)\s+(?:the\s+)?(?:council|us|authority|funder)\b/i,
];

/** "notice" right after a duration: "three months' notice", "28 days notice", "one month's written notice". */
const NOTICE_AFTER = /^\s*(?:['’]s?|s['’])?\s*(?:(?:written|prior|formal|advance|clear)\s+)?notice\b/i;
/** "notice" shortly before a duration: "notice of four weeks", "Notice period to end the funding: 1 month". */
const NOTICE_BEFORE = /\bnotice\b[^.;\n]{0,50}$/i;

const NOTICE_WORD = /\bnotice\b/i;

/** "Notice period: 4 weeks", "Notice period (either party): 1 month". */
const NOTICE_PERIOD_LABEL = /\bnotice period\b[^.\n]{0,30}:/i;
/** A date that ends funding: "cease on", "end on", "terminated on", "withdrawn at the end of". The last funded day. */
const END_CUE =
  /\b(?:cease[sd]?|ceasing|end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|stop(?:s|ped)?|withdrawn|withdraw|expire[sd]?|finish(?:es|ed)?|closed?)(?:\s+(?!(?:on|at|by|from|until|and|start\w*|begin\w*|open\w*|runs?|running)\b)[\w’'-]+){0,8}?(?:\s+(?:on|at|by))?(?:\s+the)?\s*$/i;
/** The last funded day after a negation: "will not continue beyond 31 March", "will not be renewed after 31 March". */
const NOT_BEYOND_CUE = /\b(?:not|no longer)\b(?:\s+[\w’'-]+){0,10}?\s+(?:beyond|after|past)(?:\s+the)?\s*$/i;
/** A date a change takes effect: "from 1 April", "with effect from", "as of". */
const EFFECT_CUE = /\b(?:from|with effect from|w\.?e\.?f\.?|as of|as from|starting|effective(?: from)?|beginning)(?:\s+the)?\s*$/i;
/** A decision or notification date in the same sentence: "Cabinet decided on", "At its meeting on", "Following the decision on". */
const DECISION_CUE =
  /\b(?:decided|decision|decide|agreed|approved|resolved|meeting|meets|met|asked|considered|notified|wrote|written|dated|announced|informed|told|serve|served|issue|issued|notice|cabinet|committee|executive|board)\b(?:\s+[\w’'-]+){0,6}?\s+(?:on|of)(?:\s+the)?\s*$/i;
/** Notification by a date: "will write to all organisations by 31 January 2025". */
const NOTIFY_BY_CUE = /\b(?:write|writing|notify|inform|tell|letters?|give notice)\b(?:\s+[\w’'-]+){0,6}?\s+by(?:\s+the)?\s*$/i;
/** Clause boundaries inside a sentence. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\b|\band new\b/gi;
/** A rule about future changes in general, not a particular change: "any change will take effect from 1 April". */
const HYPOTHETICAL = /\bany (?:change|reduction|variation|decision)s?\b/i;

/** Funding ended with no notice at all. */
const NO_NOTICE = /\bwith immediate effect\b|\bwithout (?:any |prior |further )?notice\b/i;
const NEGATION = /\b(?:not|never|no)\b/i;
/** The document's own date: "Date: …", "Date of meeting: …", "Dated …", "Published: …". */
const DOCUMENT_DATE_CUE =
  /(?:^|\n|\*|\|)\s*(?:date(?: of (?:meeting|decision|letter|issue|publication))?|dated|published|issued|letter dated|sent)\s*\**\s*[:\-–]?\s*\**\s*$/i;

/** Words before a date at the top that make it the date of a meeting or its decisions. */
const MEETING_HEADING = /\b(?:meeting|minutes|held on|decisions? (?:made|taken))\b/i;

// ── Helpers ──────────────────────────────────────────────────────────────────

/** The fewest days that `months` calendar months can span, whatever day they start (89 for three). */
export function shortestMonthsSpan(months: number): number {
  let shortest = Infinity;
  // Any 4-year cycle covers every pattern of month lengths, leap years included.
  for (let year = 2023; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 28, 29, 30, 31]) {
        const start = utcDate(year, month, day);
        if (start.getUTCMonth() !== month - 1) continue;
        shortest = Math.min(shortest, daysBetween(start, addCalendarMonths(start, months)));
      }
    }
  }
  return shortest;
}

/**
 * The sentence's dates and durations with ranges opened up into their two dates: for notice,
 * "reduced from 1 April 2025 and will end on 30 September 2025" holds two change dates, even
 * when the time grammar reads it as one range.
 */
function flatTimes(sentence: SentenceSpan): (DateExpression | DurationExpression)[] {
  const flat: (DateExpression | DurationExpression)[] = [];
  for (const time of sentence.times) {
    if (time.kind === 'date' || time.kind === 'duration') flat.push(time);
    else if (time.kind === 'range') flat.push(...datesIn([time]));
  }
  return flat;
}

/** The words between the previous date or duration (or the sentence start) and `start`. */
function windowBefore(sentence: SentenceSpan, text: string, start: number): string {
  const previous = flatTimes(sentence).filter((time) => time.end <= start).pop();
  return text.slice(previous ? previous.end : sentence.start, start);
}

/** Today as midnight UTC (injectable through the facts, so tests are deterministic). */
function todayOf(facts: DocumentFacts): Date {
  const now = facts.input.today ?? new Date();
  return utcDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The clause of the sentence that holds [start, end). */
function clauseAround(sentence: SentenceSpan, text: string, start: number, end: number): string {
  let from = sentence.start;
  let to = sentence.end;
  for (const match of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + match.index;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

function excluded(text: string): boolean {
  return EXCLUSIONS.some((pattern) => pattern.test(text));
}

interface FromDate {
  date: Date;
  source: NoticeFromSource;
}

/**
 * The document's own date: a "Date: …" style label, else a labelled date the document-date
 * recogniser found. Its unlabelled guess (the first full date near the top) is not used: in
 * a short notice that is often the end date itself.
 */
function documentDate(facts: DocumentFacts, sentences: SentenceSpan[]): Date | null {
  for (const sentence of sentences) {
    for (const time of sentence.times) {
      if (time.kind !== 'date' || time.precision !== 'day') continue;
      const lineStart = facts.text.lastIndexOf('\n', time.start - 1) + 1;
      if (DOCUMENT_DATE_CUE.test(facts.text.slice(Math.max(lineStart - 1, 0), time.start))) return time.date;
    }
  }
  const own = facts.documentDate;
  if (own && own.kind !== 'opening') return own.date;
  // A meeting heading: "Minutes of the meeting of the Cabinet held on Wednesday, 11 February 2026".
  if (own && MEETING_HEADING.test(facts.text.slice(facts.text.lastIndexOf('\n', own.start - 1) + 1, own.start))) return own.date;
  // "This letter is dated 20 May 2025", anywhere in the text.
  for (const sentence of sentences) {
    for (const time of sentence.times) {
      if (time.kind === 'date' && time.precision === 'day' && /\b(?:letter|notice) (?:is |was )?dated\s*$/i.test(windowBefore(sentence, facts.text, time.start))) return time.date;
    }
  }
  // A letter's date on a line of its own near the top ("17 March 2025").
  for (const sentence of sentences) {
    for (const time of sentence.times) {
      if (time.kind !== 'date' || time.precision !== 'day' || !time.yearStated) continue;
      if (facts.lines.at(time.start).line > 12) return null;
      const lineStart = facts.text.lastIndexOf('\n', time.start - 1) + 1;
      let lineEnd = facts.text.indexOf('\n', time.end);
      if (lineEnd === -1) lineEnd = facts.text.length;
      if (/^[\s*#]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(facts.text.slice(lineStart, time.start)) && /^[\s*.]*$/.test(facts.text.slice(time.end, lineEnd))) {
        return time.date;
      }
    }
  }
  return null;
}

// ── Stated notice ────────────────────────────────────────────────────────────

function statedNotice(duration: DurationExpression, sentence: SentenceSpan, text: string): boolean {
  if (duration.qualifier === 'within' || duration.working || duration.clear) return false;
  if (duration.nextWord === 'notice' || NOTICE_AFTER.test(text.slice(duration.end, duration.end + 30))) return true;
  return NOTICE_BEFORE.test(windowBefore(sentence, text, duration.start));
}

function checkStated(duration: DurationExpression, from: FromDate, minMonths: number): NoticeCheck {
  const required = addCalendarMonths(from.date, minMonths);
  const base = {
    basis: 'stated' as const,
    span: { start: duration.start, end: duration.end },
    from: toIso(from.date),
    fromSource: from.source,
    to: null,
    effective: null,
    stated: duration.text,
    latestNoticeDate: null,
  };
  if (duration.months !== null) {
    const noticeDays = daysBetween(from.date, addCalendarMonths(from.date, duration.months));
    return {
      ...base,
      noticeDays,
      requiredDays: daysBetween(from.date, required),
      statedMonths: duration.months,
      meets: duration.months >= minMonths,
      earliestChangeDate: toIso(required),
    };
  }
  const noticeDays = duration.days ?? 0;
  const requiredDays = shortestMonthsSpan(minMonths);
  return { ...base, noticeDays, requiredDays, statedMonths: null, meets: noticeDays >= requiredDays, earliestChangeDate: toIso(required) };
}

function noNotice(span: { start: number; end: number }, words: string, from: FromDate, minMonths: number): NoticeCheck {
  const required = addCalendarMonths(from.date, minMonths);
  return {
    basis: 'stated',
    span,
    noticeDays: 0,
    requiredDays: daysBetween(from.date, required),
    from: toIso(from.date),
    fromSource: from.source,
    to: null,
    effective: null,
    stated: words,
    statedMonths: null,
    meets: false,
    latestNoticeDate: null,
    earliestChangeDate: toIso(required),
  };
}

// ── Notice from dates ────────────────────────────────────────────────────────

function changeDate(date: DateExpression, window: string): { effective: Date } | null {
  if (END_CUE.test(window) || NOT_BEYOND_CUE.test(window)) return { effective: addCalendarDays(date.date, 1) };
  if (EFFECT_CUE.test(window)) return { effective: date.date };
  return null;
}

function checkDates(date: DateExpression, effective: Date, from: FromDate, minMonths: number): NoticeCheck | null {
  const noticeDays = daysBetween(from.date, effective);
  if (noticeDays <= 0) return null;
  const required = addCalendarMonths(from.date, minMonths);
  return {
    basis: 'dates',
    span: { start: date.start, end: date.end },
    noticeDays,
    requiredDays: daysBetween(from.date, required),
    from: toIso(from.date),
    fromSource: from.source,
    to: date.iso,
    effective: toIso(effective),
    stated: null,
    statedMonths: null,
    meets: required.getTime() <= effective.getTime(),
    latestNoticeDate: toIso(addCalendarMonths(effective, -minMonths)),
    earliestChangeDate: toIso(required),
  };
}

// ── Public API ───────────────────────────────────────────────────────────────

/** Every funding notice found, compliant or not, in text order. */
export function analyseNotices(facts: DocumentFacts, options: NoticeOptions): NoticeCheck[] {
  const text = facts.text;
  const sentences = sentencesWithTimes(facts);
  const ownDate = documentDate(facts, sentences);
  // When the reference date is only a guess from the first date in the text (often the end
  // date itself), count from today instead: the earliest notice could now be given.
  const guessed = facts.referenceDateSource === 'document' && facts.documentDate?.kind === 'opening';
  const fallback: FromDate = ownDate
    ? { date: ownDate, source: 'document' }
    : guessed
      ? { date: todayOf(facts), source: 'today' }
      : { date: facts.referenceDate, source: 'reference' };
  // Each paragraph's sentences joined (" first second …"), built and tested only for the
  // paragraphs a candidate sentence asks about: building all of them, and testing FUNDING
  // over the whole paragraph once per sentence in it, was most of this function's time.
  const paragraphSentences = new Map<number, string[]>();
  for (const sentence of sentences) {
    const list = paragraphSentences.get(sentence.paragraph);
    if (list) list.push(sentence.text);
    else paragraphSentences.set(sentence.paragraph, [sentence.text]);
  }
  const joined = new Map<number, string>();
  const paragraphText = (index: number): string => {
    let text = joined.get(index);
    if (text === undefined) {
      const list = paragraphSentences.get(index);
      text = list ? ` ${list.join(' ')}` : '';
      joined.set(index, text);
    }
    return text;
  };
  const funded = new Map<number, boolean>();
  const paragraphAboutFunding = (index: number): boolean => {
    let about = funded.get(index);
    if (about === undefined) {
      about = FUNDING.test(paragraphText(index));
      funded.set(index, about);
    }
    return about;
  };

  const checks: NoticeCheck[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const changeHere = CHANGE.test(sentence.text);
    // A sentence that names neither a change nor notice can be none of the three cases
    // below (a notice-period line and a change nearby both need the word "notice"): rule
    // it out before the exclusions and funding tests, as most sentences of a paper are.
    if (!changeHere && !NOTICE_WORD.test(sentence.text)) continue;
    if (excluded(sentence.text)) continue;
    const aboutFunding = FUNDING.test(sentence.text) || paragraphAboutFunding(sentence.paragraph);
    // A "Notice period: …" line in a grant's terms is about ending the grant by definition;
    // its funding context may be in the heading above it.
    const noticePeriodLine =
      NOTICE_PERIOD_LABEL.test(sentence.text) && [1, 2].some((back) => paragraphAboutFunding(sentence.paragraph - back));
    // Stated notice may follow the sentence that names the change: "The ICB will not
    // recommission these services. Providers affected will be given eight weeks' notice."
    const changeNearby = !changeHere && aboutFunding && NOTICE_WORD.test(sentence.text) && CHANGE.test(paragraphText(sentence.paragraph));
    if (!noticePeriodLine && !changeNearby && (!aboutFunding || !changeHere)) continue;

    // A decision date in the same sentence is the best "from".
    let from: FromDate = fallback;
    const times = flatTimes(sentence);
    for (const time of times) {
      if (time.kind !== 'date' || time.precision !== 'day') continue;
      const window = windowBefore(sentence, text, time.start);
      if (changeDate(time, window)) continue;
      if (DECISION_CUE.test(window) || NOTIFY_BY_CUE.test(window)) {
        from = { date: time.date, source: 'decision' };
        break;
      }
    }

    let stated = false;
    for (const time of sentence.times) {
      if (time.kind !== 'duration' || !statedNotice(time, sentence, text)) continue;
      stated = true;
      // Months are counted from a date; without one, today stands in (only the day counts differ).
      checks.push(checkStated(time, from, options.minMonths));
    }
    // "terminated with immediate effect", "withdrawn without notice": no notice at all.
    const none = NO_NOTICE.exec(sentence.text);
    if (!stated && none && INTENT.test(sentence.text) && !NEGATION.test(sentence.text.slice(0, none.index))) {
      stated = true;
      const start = sentence.start + none.index;
      checks.push(noNotice({ start, end: start + none[0].length }, none[0], from, options.minMonths));
    }
    // A sentence that states its notice is judged on that; dates in it are its context.
    if (stated || (changeNearby && !noticePeriodLine)) continue;

    for (const time of times) {
      if (time.kind !== 'date') continue;
      const change = changeDate(time, windowBefore(sentence, text, time.start));
      if (!change) continue;
      // The decision must be in the date's own clause: "The agreements end on 31 March 2025,
      // and new agreements will start on 1 April" describes a term, not a decision to end.
      const clause = clauseAround(sentence, text, time.start, time.end);
      if ((!INTENT.test(clause) && !proposalItem(sentence.text)) || HYPOTHETICAL.test(clause)) continue;
      const check = checkDates(time, change.effective, from, options.minMonths);
      if (!check) continue;
      const key = `${check.from}/${check.effective}`;
      if (seen.has(key)) continue;
      seen.add(key);
      checks.push(check);
    }
  }
  return checks;
}
