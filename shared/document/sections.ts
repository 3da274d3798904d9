/**
 * Section headings of a committee paper or consultation document, with the span each covers
 * and a normalised `kind` ("equality", "financial", "recommendations"…), so rules can ask
 * "what does the paper say under Equality implications?" without guessing at headings.
 *
 * We read headings line by line rather than from the nlcst tree: a heading is a matter of
 * layout (a short line on its own, a Markdown `#`, a number in front), which the sentence
 * parser throws away. Four kinds of heading are recognised:
 *
 * - headings the front end already knows (HTML `<h2>`, Word heading styles), passed in;
 * - Markdown headings (`## 8. Equality implications`, or a setext underline);
 * - numbered or unnumbered lines that stand alone and look like a heading
 *   ("4.", "4.1", "4)", "Section 4:"; a known committee-report heading; a line in capitals);
 * - one-line "Label: value" sections with a known label ("Equality implications: None.").
 *
 * Pure TypeScript: no DOM, no `node:` imports.
 */
import type { SourceFormat } from '../text/source-format.ts';

export type SectionKind =
  | 'purpose'
  | 'summary'
  | 'recommendations'
  | 'reasons'
  | 'background'
  | 'options'
  | 'proposals'
  | 'consultation'
  | 'financial'
  | 'legal'
  | 'equality'
  | 'risk'
  | 'human-resources'
  | 'sustainability'
  | 'crime-and-disorder'
  | 'health'
  | 'procurement'
  | 'data-protection'
  | 'wards-affected'
  | 'key-decision'
  | 'implications'
  | 'timetable'
  | 'background-papers'
  | 'appendices'
  | 'contact'
  | 'other';

/** How a heading was recognised; rules rarely need this, tests and debugging do. */
export type HeadingStyle = 'given' | 'markdown' | 'numbered' | 'known' | 'capitals' | 'label';

export interface Section {
  /** The heading as written, without numbering or Markdown marks. */
  title: string;
  /** Normalised kind, e.g. `consultation`, `equality`, `financial`, or `other`. */
  kind: string;
  headingStart: number;
  headingEnd: number;
  /** The section body: from after the heading to the next heading of the same or higher level. */
  start: number;
  end: number;
  level: number;
  /** The section number as written ("4.1"), if any. */
  number?: string;
  style?: HeadingStyle;
  /** True for a one-line "Label: value" section, whose body is the value. */
  inline?: boolean;
  /** Every kind a combined heading names ("Financial and equality implications"); `kind` is the first. */
  kinds?: string[];
}

interface KindPattern {
  kind: SectionKind;
  /** Matched against the normalised title (lower case, "&" read as "and", no numbering). */
  pattern: RegExp;
}

/**
 * Usual committee-report headings (see the README of the impact-assessment rule for the
 * templates they come from). Order matters only where two could match: the first wins.
 * An optional trailing "implications", "considerations", "impact" or "issues" is allowed
 * on most, as templates differ.
 */
const TAIL = String.raw`(?:\s+(?:implications?|considerations?|impacts?|issues|comments|summary|assessment))?`;
const KIND_PATTERNS: KindPattern[] = [
  { kind: 'purpose', pattern: /^(?:purpose(?: of (?:the )?report)?|reasons? for (?:the )?report|report purpose|introduction and purpose)$/ },
  { kind: 'summary', pattern: /^(?:executive |report |cover )?summary$/ },
  { kind: 'reasons', pattern: /^reasons? for (?:the )?(?:recommendations?|decisions?|proposals?)$/ },
  {
    kind: 'recommendations',
    pattern: /^(?:recommendations?(?: to (?:the )?(?:cabinet|council|committee|board|executive))?|recommended decisions?|(?:proposed )?decisions?(?: (?:required|sought|to be taken))?|action required)$/,
  },
  { kind: 'background', pattern: /^(?:(?:introduction and )?background(?: information)?|introduction|context|background and context)$/ },
  {
    kind: 'options',
    pattern: /^(?:(?:alternative |other )?options(?: considered)?(?: and (?:rejected|not recommended))?|available options|options appraisal|preferred option(?: and reasons for (?:the )?recommendations?)?|alternatives? considered)$/,
  },
  { kind: 'proposals', pattern: /^(?:(?:the )?proposals?(?: and reasons)?|detailed proposals?|main issues|issues for consideration|key issues)$/ },
  {
    kind: 'consultation',
    pattern: new RegExp(
      String.raw`^(?:consultation(?: and (?:engagement|co-?production|communications?))?(?: process| undertaken| responses)?|(?:community |public |stakeholder )?engagement(?: and consultation)?|consultees?)` + TAIL + '$',
    ),
  },
  { kind: 'financial', pattern: new RegExp(String.raw`^(?:financial|finance|budget|resource|resources|value for money)(?: and (?:value for money|resources?))?` + TAIL + '$') },
  { kind: 'legal', pattern: new RegExp(String.raw`^(?:legal(?: and (?:democracy|governance|constitutional))?|statutory|constitutional)` + TAIL + '$') },
  {
    kind: 'equality',
    pattern: new RegExp(
      String.raw`^(?:(?:equalit(?:y|ies)(?:,? diversity)?(?: and (?:diversity|inclusion|health|human rights|community cohesion))?(?: impact)?(?: (?:and outcome )?(?:assessment|analysis))?)|equality impact assessment \(?eq?ia\)?|eq?ia|integrated impact assessment|community impact assessment|public sector equality duty|equality duty|diversity|impacts? on (?:the )?(?:service users|users|residents|communities|the community|people|customers|patients|clients|beneficiaries|families|carers)|(?:service user|customer|community|resident) impacts?)` + TAIL + '$',
    ),
  },
  { kind: 'risk', pattern: new RegExp(String.raw`^(?:risks?(?: management| assessment| and opportunities)?)` + TAIL + '$') },
  { kind: 'human-resources', pattern: new RegExp(String.raw`^(?:human resources?|hr|staffing|workforce|personnel|organisational|employment)` + TAIL + '$') },
  {
    kind: 'sustainability',
    pattern: new RegExp(String.raw`^(?:sustainability|environmental|environment|climate(?: change)?(?: and (?:environment(?:al)?|nature|sustainability))?|carbon|net zero)` + TAIL + '$'),
  },
  { kind: 'crime-and-disorder', pattern: new RegExp(String.raw`^(?:crime and disorder|community safety)` + TAIL + '$') },
  { kind: 'health', pattern: new RegExp(String.raw`^(?:(?:public )?health(?: and (?:wellbeing|well-being|safety))?)` + TAIL + '$') },
  { kind: 'procurement', pattern: new RegExp(String.raw`^(?:procurement|contract(?:ual)?|commissioning)` + TAIL + '$') },
  { kind: 'data-protection', pattern: new RegExp(String.raw`^(?:data protection|privacy|information governance|gdpr)` + TAIL + '$') },
  { kind: 'wards-affected', pattern: /^(?:wards?|divisions?)(?: affected)?$|^wards? affected$/ },
  { kind: 'key-decision', pattern: /^key decision(?: reference| number)?$/ },
  { kind: 'implications', pattern: /^(?:(?:other |cross-cutting |corporate )?implications|cross-cutting issues|implications of (?:the )?recommendations?)$/ },
  { kind: 'timetable', pattern: /^(?:timetable(?: for implementation)?|next steps|implementation|timescales?)$/ },
  { kind: 'background-papers', pattern: /^(?:(?:list of )?background (?:papers|documents)|supporting (?:papers|documents)|documents? referred to)$/ },
  { kind: 'appendices', pattern: /^(?:appendices|appendix|appendices attached|list of appendices|annexes)$/ },
  { kind: 'contact', pattern: /^(?:contact(?: officer| point| details)?|report author|author)$/ },
];

/** Normalised title for matching: lower case, "&" → "and", punctuation at the ends dropped. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[*_`]/g, '')
    .replace(/\s*[/]\s*/g, ' and ')
    .replace(/[:.;,\-–—\s]+$/g, '')
    .replace(/^[:.;,\-–—\s]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function matchKind(normalised: string): SectionKind | null {
  for (const { kind, pattern } of KIND_PATTERNS) if (pattern.test(normalised)) return kind;
  return null;
}

/**
 * Every kind a heading names. Usually one; a combined heading such as "Financial, legal and
 * equality implications" or "Background and purpose" names several, in the order written.
 */
const kindsByTitle = new Map<string, SectionKind[]>();

export function sectionKinds(title: string): SectionKind[] {
  // Papers repeat their labels ("Wards affected", "Key decision"); remember each title's kinds.
  const known = kindsByTitle.get(title);
  if (known) return known;
  const kinds = kindsOf(title);
  if (kindsByTitle.size > 5000) kindsByTitle.clear();
  kindsByTitle.set(title, kinds);
  return kinds;
}

function kindsOf(title: string): SectionKind[] {
  const normalised = normaliseTitle(title);
  const whole = matchKind(normalised);
  if (whole) return [whole];
  const core = normalised.replace(/\s+(?:implications|considerations|issues)$/, '');
  const parts = core.split(/,\s*|\s+and\s+/).map((part) => part.trim()).filter(Boolean);
  const kinds: SectionKind[] = [];
  for (let index = 0; index < parts.length; index++) {
    // "crime and disorder" is one heading split in two by the " and " above.
    const pair = index + 1 < parts.length ? matchKind(`${parts[index]} and ${parts[index + 1]}`) : null;
    const kind = pair ?? matchKind(parts[index]!);
    if (pair) index++;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length > 0 ? kinds : ['other'];
}

/** The kind of a heading's title (the first it names), or `other` when it is not a usual committee-report heading. */
export function sectionKind(title: string): SectionKind {
  return sectionKinds(title)[0]!;
}

interface Heading {
  title: string;
  kind: SectionKind;
  headingStart: number;
  headingEnd: number;
  /** Where the body starts (after the heading line or the label's colon). */
  bodyStart: number;
  level: number;
  number?: string;
  style: HeadingStyle;
  inline: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const lineEnd = end === -1 ? text.length : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd).replace(/\r$/, '') });
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/**
 * "4", "4.", "4.1", "4)", "(4)", "Section 4:", "Part 2 -", "Item 7:": the number in front of a
 * heading. Minutes number their items with a committee code ("CAB/111", "EX/25/12", "OSC.14")
 * or the year ("24/031"): the item's number is the last figure.
 */
const NUMBERING =
  /^\s*(?:(?:section|part|paragraph|(?:agenda )?item|minute)\s+)?\(?(?:(?:[A-Z]{2,6}[/.]\s?(?:\d{2,4}[/.])?|\d{2}\/(?=\d{2,4}\b))(\d{1,4})|(\d{1,2}(?:\.\d{1,2}){0,3}|[A-H]|[ivx]{1,4}))(?:[.):]|\s*[-–—])?\s+(?=\S)/i;
/** Wholly bold line in Markdown or Word-derived text: `**Equality implications**`. */
const BOLD_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/;
/** "Label: value" at the start of a line, label possibly in bold. */
const LABEL_LINE = /^\s*(?:[-*•]\s+)?(?:(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z ,&/()'’-]{1,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)?\s*:)\s*(.*)$/;

/** Does this text look like a heading title (short, no closing full stop, starts with a capital)? */
function headingLike(title: string): boolean {
  const trimmed = title.trim();
  if (trimmed.length < 2 || trimmed.length > 90) return false;
  if (!/^[A-Z(]/.test(trimmed.replace(/^[*_]+/, ''))) return false;
  if (/[.;,!?]$/.test(trimmed) && !/\b(?:etc|inc|ltd)\.$/i.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 12) return false;
  // Sentences in disguise: a heading rarely has a finite verb of this kind.
  if (/\b(?:is|are|was|were|will|would|should|has|have|had|agrees?|notes?)\b/.test(trimmed) && words.length > 4) return false;
  return true;
}

/** A line wholly in capitals, with at least two letters: "FINANCIAL IMPLICATIONS". */
function inCapitals(title: string): boolean {
  const letters = title.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !/[.;,]$/.test(title.trim());
}

function isBlank(line: Line | undefined): boolean {
  return !line || line.text.trim().length === 0;
}

function isRule(line: Line | undefined): boolean {
  return line !== undefined && /^\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})\s*$/.test(line.text);
}

/** Table rows, list items, block quotes and code are never headings. */
function isNonHeadingBlock(text: string, format: SourceFormat): boolean {
  // (The tab test first looks for a tab: this runs for every line, most of them long.)
  if (/^\s*\|/.test(text) || (text.includes('\t') && /\t.*\t/.test(text))) return true;
  if (/^\s*>/.test(text)) return true;
  if (format === 'markdown' && /^\s*[-*+]\s/.test(text)) return true;
  return false;
}

function stripMarks(title: string): string {
  return title.replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1').replace(/[*_]{2}/g, '').trim();
}

/** Split "4.1 Community grants" into number and title. */
function splitNumber(title: string): { number?: string; title: string } {
  const match = NUMBERING.exec(title);
  if (!match) return { title: title.trim() };
  return { number: match[1] ?? match[2], title: title.slice(match[0].length).trim() };
}

function depthOf(number: string | undefined): number {
  if (!number || !/^\d/.test(number)) return 1;
  return number.split('.').length;
}

/** Headings from the text itself: Markdown marks, numbered lines, known titles, capitals, labels. */
function headingsInText(text: string, format: SourceFormat, given: Heading[]): Heading[] {
  const found: Heading[] = [];
  const lines = linesOf(text);
  const insideGiven = (offset: number) => given.some((heading) => offset >= heading.headingStart && offset < heading.headingEnd);
  // When the document marks up its headings (Markdown `#`, HTML), inferred headings rank below them.
  const marked = given.length > 0 || (format === 'markdown' && lines.some((line) => MARKDOWN_HEADING.test(line.text)));
  const inferredLevel = (depth: number) => (marked ? 6 + depth : depth);

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const raw = line.text;
    if (raw.trim().length === 0 || insideGiven(line.start)) continue;
    const leading = raw.length - raw.trimStart().length;
    const headingStart = line.start + leading;
    const headingEnd = line.start + raw.trimEnd().length;
    // A line of dashes or equals signs between items parts them as a blank line does.
    const alone = isBlank(lines[index - 1]) || isRule(lines[index - 1]) || isBlank(lines[index + 1]) || index === 0;

    if (format === 'markdown') {
      const atx = MARKDOWN_HEADING.exec(raw);
      if (atx) {
        const { number, title } = splitNumber(stripMarks(atx[2]!));
        found.push({ title, kind: sectionKind(title), headingStart, headingEnd, bodyStart: line.end, level: atx[1]!.length, number, style: 'markdown', inline: false });
        continue;
      }
      // Setext: a line underlined with === or ---.
      const next = lines[index + 1];
      if (next && /^\s*(?:=+|-{2,})\s*$/.test(next.text) && headingLike(stripMarks(raw)) && !isNonHeadingBlock(raw, format)) {
        const { number, title } = splitNumber(stripMarks(raw));
        const level = next.text.includes('=') ? 1 : 2;
        found.push({ title, kind: sectionKind(title), headingStart, headingEnd, bodyStart: next.end, level, number, style: 'markdown', inline: false });
        index++;
        continue;
      }
    }
    if (isNonHeadingBlock(raw, format)) continue;

    // "Label: value" on one line, or a label with nothing after its colon.
    // A label needs its colon: most lines (whole paragraphs) have none, and the pattern's
    // lazy label part is tried at up to sixty lengths before it fails.
    const label = raw.includes(':') ? LABEL_LINE.exec(raw) : null;
    if (label) {
      const number = label[1];
      const title = label[2]!.trim();
      const kind = sectionKind(title);
      if (kind !== 'other') {
        const value = label[3]!.trim();
        const colonEnd = line.start + raw.length - label[3]!.length;
        const labelEnd = line.start + raw.indexOf(label[2]!) + label[2]!.length;
        if (value.length > 0) {
          found.push({ title, kind, headingStart, headingEnd: labelEnd, bodyStart: colonEnd, level: 99, number, style: 'label', inline: true });
        } else {
          found.push({ title, kind, headingStart, headingEnd: labelEnd, bodyStart: line.end, level: inferredLevel(depthOf(number)), number, style: 'known', inline: false });
        }
        continue;
      }
    }

    // Headings are short: skip long lines before the costlier tests below.
    if (raw.length > 120) continue;
    const bold = BOLD_LINE.exec(raw);
    const candidate = stripMarks(bold ? bold[1]! : raw.trim());
    const { number, title } = splitNumber(candidate);
    if (!headingLike(title) && !(inCapitals(title) && title.length <= 90)) continue;
    const kind = sectionKind(title);
    // Text from a PDF has no blank lines around its headings; a usual committee-report
    // heading on a line of its own is still a heading. Anything else must stand apart.
    if (!alone && kind === 'other') continue;
    let style: HeadingStyle | null = null;
    if (kind !== 'other') style = number ? 'numbered' : 'known';
    else if (number && /^\d/.test(number) && headingLike(title) && title.split(/\s+/).length <= 8) style = 'numbered';
    else if (inCapitals(title) && title.split(/\s+/).length <= 10) style = 'capitals';
    // A bold line in Markdown only counts when its words are a usual heading.
    if (bold && kind === 'other' && style !== 'capitals') style = null;
    if (!style) continue;
    found.push({ title, kind, headingStart, headingEnd, bodyStart: line.end, level: inferredLevel(depthOf(number)), number, style, inline: false });
  }
  return found;
}

function givenHeadings(text: string, headings: { start: number; end: number; level: number }[]): Heading[] {
  return headings.map((heading) => {
    const written = text.slice(heading.start, heading.end).trim();
    const { number, title } = splitNumber(stripMarks(written));
    return {
      title,
      kind: sectionKind(title),
      headingStart: heading.start,
      headingEnd: heading.end,
      bodyStart: heading.end,
      level: heading.level,
      number,
      style: 'given' as const,
      inline: false,
    };
  });
}

/** The end of the paragraph a label line starts: the next blank line, or the end of the text. */
function paragraphEnd(text: string, from: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  const match = blank.exec(text);
  return match ? match.index : text.length;
}

export function findSections(
  text: string,
  format: SourceFormat,
  headings?: { start: number; end: number; level: number }[],
): Section[] {
  const given = headings && headings.length > 0 ? givenHeadings(text, headings) : [];
  const all = [...given, ...headingsInText(text, format, given)].sort((a, b) => a.headingStart - b.headingStart);

  const sections: Section[] = [];
  for (let index = 0; index < all.length; index++) {
    const heading = all[index]!;
    let end = text.length;
    if (heading.inline) {
      end = paragraphEnd(text, heading.bodyStart);
      const next = all[index + 1];
      if (next && next.headingStart < end) end = next.headingStart;
    } else {
      for (let later = index + 1; later < all.length; later++) {
        const next = all[later]!;
        if (!next.inline && next.level <= heading.level) {
          end = next.headingStart;
          break;
        }
      }
    }
    // The body starts at its first character of text, after the heading line and blank lines.
    let start = heading.bodyStart;
    while (start < end && /\s/.test(text[start]!)) start++;
    const section: Section = {
      title: heading.title,
      kind: heading.kind,
      headingStart: heading.headingStart,
      headingEnd: heading.headingEnd,
      start,
      end: Math.max(start, trimEnd(text, end)),
      level: heading.level,
      style: heading.style,
      inline: heading.inline,
    };
    if (heading.number) section.number = heading.number;
    const kinds = sectionKinds(heading.title);
    if (kinds.length > 1) section.kinds = kinds;
    sections.push(section);
  }
  return sections;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** The innermost section containing an offset (a label section beats its enclosing heading). */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  if (sections.length >= SECTION_INDEX_FROM && Number.isFinite(offset)) return sectionIndexOf(sections).at(offset);
  let best: Section | undefined;
  for (const section of sections) {
    if (offset < section.headingStart || offset >= Math.max(section.end, section.headingEnd)) continue;
    if (!best || section.level >= best.level) best = section;
  }
  return best;
}

/**
 * From this many sections on, sectionAt answers from an index rather than a scan: the
 * consultation analysis asks for thousands of sentences' sections, and a 1 MB agenda pack
 * has about 3,000 sections (11.7 million section tests per lint before the index, issue 17).
 */
const SECTION_INDEX_FROM = 32;

/**
 * The answer of sectionAt for every stretch between two section boundaries, found once per
 * list of sections (findSections makes each list once and nothing edits it afterwards).
 * The answer is the same as the scan's: of the sections containing the offset, the one of
 * the highest level, and of those the last in the list.
 */
class SectionIndex {
  /** Boundaries in increasing order; stretch i runs from bounds[i] up to bounds[i + 1]. */
  private readonly bounds: number[];
  private readonly answers: (Section | undefined)[];

  constructor(sections: readonly Section[]) {
    const spans = sections
      .map((section, order) => ({ section, order, from: section.headingStart, to: Math.max(section.end, section.headingEnd) }))
      .filter((span) => span.from < span.to);
    this.bounds = [...new Set(spans.flatMap((span) => [span.from, span.to]))].sort((a, b) => a - b);
    const byStart = [...spans].sort((a, b) => a.from - b.from);
    let open: typeof spans = [];
    let next = 0;
    this.answers = this.bounds.map((at) => {
      open = open.filter((span) => span.to > at);
      while (next < byStart.length && byStart[next]!.from <= at) open.push(byStart[next++]!);
      let best: (typeof spans)[number] | undefined;
      for (const span of open) {
        if (!best || span.section.level > best.section.level || (span.section.level === best.section.level && span.order > best.order)) best = span;
      }
      return best?.section;
    });
  }

  at(offset: number): Section | undefined {
    let low = 0;
    let high = this.bounds.length - 1;
    // The last boundary at or before the offset.
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.bounds[middle]! <= offset) low = middle + 1;
      else high = middle - 1;
    }
    return high < 0 ? undefined : this.answers[high];
  }
}

const sectionIndexes = new WeakMap<readonly Section[], { length: number; index: SectionIndex }>();

function sectionIndexOf(sections: readonly Section[]): SectionIndex {
  let cached = sectionIndexes.get(sections);
  if (!cached || cached.length !== sections.length) {
    cached = { length: sections.length, index: new SectionIndex(sections) };
    sectionIndexes.set(sections, cached);
  }
  return cached.index;
}

/** The body of a section as text (for "Equality implications: None." this is "None."). */
export function sectionBody(text: string, section: Section): string {
  return text.slice(section.start, section.end);
}

/**
 * One item of an agenda, a set of minutes or a record of decisions, or one part of a long
 * report that has its own equality section: the stretch within which a rule should reason
 * (an assessment in item 5 does not cover a cut in item 7). `start` is the item's heading.
 */
export interface Item {
  start: number;
  end: number;
  title: string;
  number: string;
}

/**
 * Words that only the papers of a meeting use: agendas, minutes and decision records. The
 * first three are enough on their own; the others count in twos.
 */
const MEETING_SIGNALS: readonly RegExp[] = [
  /^[ \t]*(?:[#*_]+[ \t]*)?agenda[ \t]*$/im,
  /\bminutes of (?:the |a )?(?:[\w-]+ )?(?:meeting|proceedings)\b/i,
  /\b(?:notice|record|schedule) of (?:executive |cabinet )?decisions?\b/i,
  /\bapologies(?: for absence)?\b/i,
  /\bdeclarations? of (?:interests?|pecuniary)\b/i,
  /^\s*(?:present|in attendance|attendees)\s*:/im,
  /\bdate of (?:the )?next meeting\b/i,
  /\b(?:RESOLVED|AGREED|NOTED)\b/,
  // Minutes in their own words: "The committee considered the officer report", "Members noted".
  /\b(?:the (?:committee|cabinet|board|panel|sub-committee|executive)|members) (?:considered|noted|received|agreed|discussed)\b/i,
];
const STRONG_SIGNALS = 3;

/**
 * The items of a document made of several items, or `[]` when it is one paper.
 *
 * Items are the headings numbered with a whole number ("5.", "## 7 Community grants", "Item
 * 9:") whose titles are topics rather than the usual committee-report headings (only those
 * that say "Item", when at least two do), taken in increasing order: a report inside an agenda pack numbers its own sections from 1 again,
 * and those stay inside the item. The document holds several items when at least two such
 * headings are found and either it reads as the papers of a meeting (an agenda heading,
 * "Minutes of the meeting" or a record of decisions; or two of: apologies, declarations of
 * interest, "Present:", the date of the next meeting, RESOLVED/AGREED/NOTED) or at least two
 * of the items have their own equality section. Text before the first item is an item of
 * its own (number "0").
 */
export function findItems(text: string, sections: readonly Section[]): Item[] {
  const candidates = sections.filter((section) => !section.inline && section.kind === 'other' && section.number !== undefined && /^\d{1,3}$/.test(section.number));
  // Headings that say "Item 5" are the items, when there are such headings: an agenda's list
  // of items before them may end in a line that reads as a heading.
  const named = candidates.filter((section) => /^[ \t#*_]*(?:agenda )?item\b/i.test(text.slice(section.headingStart, section.headingEnd)));
  const headings: Section[] = [];
  let last = 0;
  for (const section of named.length >= 2 ? named : candidates) {
    const number = Number(section.number);
    // Increasing, and not far ahead: a restart or a jump is a report's own numbering.
    if (number <= last || (last > 0 && number > last + 3)) continue;
    headings.push(section);
    last = number;
  }
  if (headings.length < 2) return [];
  const items: Item[] = headings.map((heading, at) => ({
    start: heading.headingStart,
    end: headings[at + 1]?.headingStart ?? text.length,
    title: heading.title,
    number: heading.number!,
  }));
  if (!readsAsMeeting(text) && itemsWithEquality(items, sections) < 2) return [];
  return items[0]!.start > 0 ? [{ start: 0, end: items[0]!.start, title: '', number: '0' }, ...items] : items;
}

function readsAsMeeting(text: string): boolean {
  let found = 0;
  for (let at = 0; at < MEETING_SIGNALS.length; at++) {
    if (!MEETING_SIGNALS[at]!.test(text)) continue;
    found += at < STRONG_SIGNALS ? 2 : 1;
    if (found >= 2) return true;
  }
  return false;
}

/** How many items hold an equality section of their own (items and sections both in document order). */
function itemsWithEquality(items: readonly Item[], sections: readonly Section[]): number {
  let count = 0;
  let at = 0;
  for (const item of items) {
    while (at < sections.length && sections[at]!.headingStart <= item.start) at++;
    for (let next = at; next < sections.length && sections[next]!.headingStart < item.end; next++) {
      const section = sections[next]!;
      if (section.kind === 'equality' || (section.kinds ?? []).includes('equality')) {
        count++;
        break;
      }
    }
  }
  return count;
}
