/**
 * What a challenge letter needs to know about a document besides its findings: a title a
 * reader would recognise it by, and the council or NHS body responsible for it. Both are
 * read from the document itself: a web page's <title>, a committee paper's "Title:" line,
 * its headings, and the body's name in its first lines.
 *
 * Pure TypeScript: no DOM, no `node:` imports. Used by the CLI's `--letter` (which has the
 * whole text) and usable by the side panel (which may have only the page title).
 */
import { responsibleBodyFromTitle } from './challenge-letter.ts';

export interface DocumentSource {
  /** The document's text, as checked. */
  text?: string;
  /** An HTML page's <title>, or a browser tab's title. */
  pageTitle?: string;
  /** The document's headings in order, as plain text (without Markdown's `#`). */
  headings?: readonly string[];
}

export interface DocumentDetails {
  title?: string;
  responsibleBody?: string;
}

/** How many of the first lines to search for a committee paper's title or the body's name. */
const FIRST_LINES = 40;
const BODY_LINES = 12;
const TITLE_LIMIT = 120;
/**
 * How much of a line, a heading or a page title is read. A title or a body's name is far
 * shorter; reading no further keeps the name patterns' work bounded on a hostile line (a
 * line of 100,000 characters of "A.B." or "Mr. " made them try a name from every capital
 * letter to the end of the line: seconds to minutes).
 */
const LINE_LIMIT = 1000;

/** Words that may sit inside a body's name without being capitalised. */
const LINKING = '(?:of|upon|on|and|the|in|&)';
/** A capitalised word in a name: "Thornbury", "St", "Newcastle-under-Lyme", "King’s". */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${LINKING}))*`;

/**
 * The usual ways a public body is named. Anchored versions test a whole line; the same
 * patterns without anchors find a name inside a line. Charities and trusts that are not
 * NHS bodies are deliberately not matched: a letter must not be addressed to the wrong body.
 */
const BODY_PATTERNS = [
  // "Thornbury Vale District Council", "Royal Borough of Kingston upon Thames Council"
  `${NAME}\\s+Council`,
  // "NHS Westshire Integrated Care Board", "NHS England"
  `NHS\\s+${NAME}\\s+(?:Integrated\\s+Care\\s+Board|ICB|Clinical\\s+Commissioning\\s+Group|CCG|Health\\s+Board)`,
  'NHS\\s+(?:England|Scotland|Wales)',
  // "Westshire Hospitals NHS Foundation Trust"
  `${NAME}\\s+NHS(?:\\s+Foundation)?\\s+Trust`,
  // "Westshire Integrated Care Board", "Westshire Combined Authority"
  `${NAME}\\s+(?:Integrated\\s+Care\\s+Board|ICB|Clinical\\s+Commissioning\\s+Group|CCG|Combined\\s+Authority|Fire\\s+and\\s+Rescue\\s+Authority)`,
  // "Department for Education", "Ministry of Housing, Communities and Local Government"
  `(?:Department|Ministry)\\s+(?:for|of)\\s+${NAME_WORD}(?:,?\\s+(?:${NAME_WORD}|${LINKING}))*`,
];
const WHOLE_BODY = new RegExp(`^(?:The\\s+)?(?:${BODY_PATTERNS.join('|')})$`, 'u');

/** Words that are part of the kind of council, not its name: "County Council" alone names no one. */
const GENERIC = new Set(['The', 'Council', 'District', 'Borough', 'County', 'City', 'Town', 'Parish', 'Metropolitan', 'Royal', 'Unitary', 'NHS']);
/** Capitalised words that often come before a name in a heading but are not part of it. */
const LEADING = new Set(['The', 'To', 'For', 'From', 'By', 'At', 'Report', 'Reports', 'Cabinet', 'Committee', 'Meeting', 'Agenda', 'Item', 'Minutes', 'Consultation', 'Notice', 'Welcome']);

/** A line as a reader sees it: no Markdown heading marks, emphasis or list markers, single spaces. */
function plainLine(line: string): string {
  return withoutClosingHashes(
    line
      .slice(0, LINE_LIMIT)
      .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)/, '')
      .replace(/(\*\*|__|\*)(.+?)\1/g, '$2'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A Markdown heading's closing hashes ("## Title ##") taken off, as `/\s+#+\s*$/` would,
 * but read from the end: that pattern tries every white-space run in the line in turn.
 */
function withoutClosingHashes(line: string): string {
  const trimmed = line.trimEnd();
  let hashes = trimmed.length;
  while (hashes > 0 && trimmed[hashes - 1] === '#') hashes--;
  if (hashes === trimmed.length || hashes === 0 || !/\s/.test(trimmed[hashes - 1]!)) return line;
  return trimmed.slice(0, hashes).trimEnd();
}

function namesSomeone(name: string): boolean {
  return name.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && !GENERIC.has(word));
}

/** Is this line nothing but a public body's name ("Thornbury Vale District Council")? */
export function isBodyName(line: string): boolean {
  const plain = plainLine(line).replace(/[.:]$/, '');
  const words = plain.split(/\s+/);
  // "Cabinet Report To Millford District Council" is a heading about the body, not its name.
  if (words.length > 10 || (words[0] !== 'The' && LEADING.has(words[0]!))) return false;
  return WHOLE_BODY.test(plain) && namesSomeone(plain);
}

/** The first public body named inside a line, without words such as "Report to" before it. */
function bodyInLine(line: string): string | undefined {
  for (const pattern of BODY_PATTERNS) {
    const match = new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'u').exec(line);
    if (!match) continue;
    const words = match[0].split(/\s+/);
    while (words.length > 1 && (LEADING.has(words[0]!) || /^(?:of|upon|on|and|the|in|&)$/.test(words[0]!))) words.shift();
    const name = words.join(' ').replace(/[.,;:]$/, '');
    if (namesSomeone(name) && isBodyName(name)) return name;
  }
  return undefined;
}

/** The first `count` lines with a letter in them; a line ends at LF, CRLF or a lone CR. */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  const lineBreak = /\r\n?|\n/g;
  for (let start = 0; start <= text.length && lines.length < count; ) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const plain = plainLine(text.slice(start, Math.min(end, start + LINE_LIMIT)));
    if (/\p{L}/u.test(plain)) lines.push(plain);
    if (!found) break;
    start = end + found[0].length;
  }
  return lines;
}

/** "Title: Community grants…" or "Report title – …": the line committee papers give their title on. */
const TITLE_FIELD = /^(?:report\s+title|title\s+of\s+(?:the\s+)?report|title|subject|report\s+subject)\s*(?::|–|—|-)\s*(\S.*)$/i;

/** A label on a line of its own, as a Word table's cell gives it: "Report title", then the title. */
const TITLE_LABEL = /^(?:report\s+title|title\s+of\s+(?:the\s+)?report|title|subject|report\s+subject)\s*:?$/i;

function titleField(lines: readonly string[]): string | undefined {
  for (let index = 0; index < lines.length; index++) {
    const inline = TITLE_FIELD.exec(lines[index]!)?.[1]?.trim();
    if (inline) return inline;
    const next = lines[index + 1];
    if (TITLE_LABEL.test(lines[index]!) && next && !TITLE_LABEL.test(next) && !/:$/.test(next)) return next;
  }
  return undefined;
}

function clip(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_LIMIT ? `${flat.slice(0, TITLE_LIMIT - 1).trimEnd()}…` : flat;
}

/**
 * A page title without the body's own name: "Day centre review – consultation – Millford
 * District Council" → "Day centre review – consultation". The body is named in the letter's
 * address instead. A title that is nothing but the body's name gives nothing.
 */
/** The names publishing sites add to every page's title: " - GOV.UK", " | Citizen Space", "Have Your Say Riverton". */
const SITE_NAME = /^(?:GOV\.UK|NHS\.UK|Citizen Space|Engagement ?HQ|Have your say(?:\s+\S+){0,3}|(?:\S+\s+){0,4}(?:Consultation|Engagement) (?:Hub|Portal))$/i;

function withoutBody(title: string, body: string | undefined, dropSiteName = true): string | undefined {
  const parts = title.split(/(\s+[–—|·:-]\s+)/);
  const kept: string[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const part = parts[index]!.trim();
    if (!part || (body && part === body) || isBodyName(part) || (dropSiteName && index > 0 && SITE_NAME.test(part))) continue;
    if (kept.length) kept.push(parts[index - 1]!);
    kept.push(part);
  }
  const result = kept.join('').trim();
  // A title that is only the body and the site's name ("NHS Westshire ICB | Have your say") keeps the site's name.
  if (!result && dropSiteName) return withoutBody(title, body, false);
  return result || undefined;
}

/** A section heading such as "1. Purpose" or "2 Recommendations" says nothing about the document. */
function isSectionHeading(heading: string): boolean {
  return /^\d+(?:\.\d+)*\.?\s+\S+(?:\s+\S+)?$/.test(heading);
}

/**
 * The title and responsible body of a document, as well as they can be told from its text.
 * Title, in order: a committee paper's "Title:" line; the page's <title> without the body's
 * name; the first heading that is not just the body's name or a numbered section; the first
 * line that is not just the body's name. Body: the one the page title names, else one named
 * in the first lines (a line of its own first, then inside a line). Either may be undefined.
 */
export function documentDetails(source: DocumentSource): DocumentDetails {
  const text = source.text ?? '';
  const lines = firstLines(text, FIRST_LINES);
  const pageTitle = source.pageTitle?.slice(0, LINE_LIMIT).replace(/\s+/g, ' ').trim() || undefined;

  const responsibleBody =
    (pageTitle ? responsibleBodyFromTitle(pageTitle) : undefined) ??
    (pageTitle && isBodyName(pageTitle) ? plainLine(pageTitle) : undefined) ??
    lines.slice(0, BODY_LINES).find(isBodyName)?.replace(/[.:]$/, '') ??
    lines.slice(0, BODY_LINES).map(bodyInLine).find(Boolean);

  const field = titleField(lines);
  const fromPage = pageTitle ? withoutBody(pageTitle, responsibleBody) : undefined;
  const heading = source.headings?.map(plainLine).find((line) => /\p{L}/u.test(line) && !isBodyName(line) && !isSectionHeading(line));
  const firstLine = lines.find((line) => !isBodyName(line));
  const title = field ?? fromPage ?? heading ?? firstLine;

  return { title: title ? clip(title) : undefined, responsibleBody };
}
