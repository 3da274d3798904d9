/**
 * A document's text as HTML with every finding's words marked and numbered: the body of the
 * HTML report's "document text" section. Each finding's marked words are followed by a small
 * numbered link to the finding in the list (whose id the caller gives), and that link is the
 * target the list links back to.
 *
 * Findings may overlap (two rules on the same words), so the text is cut into runs with the
 * segmentText the practice page uses, and a run is marked with the most serious finding covering it.
 * Pure: no DOM and no Node, so any front door can use it.
 */
import { severityRank, type Severity } from '../engine/finding.ts';
import { segmentText } from '../text/segments.ts';

export interface MarkedFinding {
  /** Offsets in `text` (UTF-16, end exclusive); a finding with no length gets only its number. */
  start: number;
  end: number;
  /** The finding's number in the list, as the reader sees it. */
  number: number;
  severity: Severity;
}

export interface MarkedTextOptions {
  /** The id of the numbered link after finding N (the list links here). */
  markId: (number: number) => string;
  /** The id of finding N in the list (the numbered link goes there). */
  findingId: (number: number) => string;
  /** What finding N's link is called for a screen reader after its number ("Compact breach"). */
  severityName: (severity: Severity) => string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs: runs of text between blank lines, without their leading and trailing white space. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  const blank = /\n[ \t\r\f\v]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, end });
  };
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** The last paragraph starting at or before `offset` (the first, for an offset before it). */
function paragraphHolding(paragraphs: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (paragraphs[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function reference(finding: MarkedFinding, options: MarkedTextOptions): string {
  return (
    `<a class="ref ${finding.severity}" id="${escapeHtml(options.markId(finding.number))}" href="#${escapeHtml(options.findingId(finding.number))}">` +
    `<span class="hidden">Finding </span>${finding.number}<span class="hidden"> (${escapeHtml(options.severityName(finding.severity))})</span></a>`
  );
}

/**
 * The text as `<p>` elements (line breaks inside a paragraph are kept by the page's
 * `white-space: pre-wrap`), with the findings marked. Every finding gets its numbered link,
 * even one that points at white space between paragraphs (it goes at the nearest paragraph's end).
 */
export function markedTextHtml(text: string, findings: readonly MarkedFinding[], options: MarkedTextOptions): string {
  const paragraphs = paragraphsOf(text);
  if (!paragraphs.length) return '';
  // Each finding's number goes in the paragraph holding its last character, at its end
  // (or that paragraph's end, when the finding runs on into the gap after it).
  const referencesByParagraph = paragraphs.map(() => [] as { at: number; finding: MarkedFinding }[]);
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.number - b.number);
  for (const finding of sorted) {
    const last = Math.max(finding.start, finding.end - 1);
    const index = paragraphHolding(paragraphs, last);
    const paragraph = paragraphs[index]!;
    referencesByParagraph[index]!.push({ at: Math.min(Math.max(finding.end, paragraph.start), paragraph.end), finding });
  }
  for (const references of referencesByParagraph) references.sort((a, b) => a.at - b.at || a.finding.number - b.finding.number);

  // Findings sorted by start, swept once across the paragraphs.
  let next = 0;
  let open: MarkedFinding[] = [];
  const html: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    open = open.filter((finding) => finding.end > paragraph.start);
    while (next < sorted.length && sorted[next]!.start < paragraph.end) open.push(sorted[next++]!);
    const covering = open.filter((finding) => finding.end > finding.start && finding.end > paragraph.start);
    const spans = covering.map((finding, at) => ({ start: finding.start - paragraph.start, end: finding.end - paragraph.start, tag: String(at) }));
    const references = referencesByParagraph[index]!;
    let pending = 0;
    const parts: string[] = [];
    const flushReferences = (upTo: number) => {
      while (pending < references.length && references[pending]!.at <= upTo) parts.push(reference(references[pending++]!.finding, options));
    };
    for (const segment of segmentText(text.slice(paragraph.start, paragraph.end), spans)) {
      const worst = segment.tags.length
        ? segment.tags.map((tag) => covering[Number(tag)]!.severity).reduce((a, b) => (severityRank(a) <= severityRank(b) ? a : b))
        : undefined;
      const words = (from: number, to: number) => {
        if (to <= from) return;
        const escaped = escapeHtml(text.slice(from, to));
        const previous = parts[parts.length - 1];
        const opening = `<mark class="${worst}">`;
        // Two runs under the same severity with no number between them read as one mark.
        if (worst && previous?.startsWith(opening)) parts[parts.length - 1] = `${previous.slice(0, -'</mark>'.length)}${escaped}</mark>`;
        else parts.push(worst ? `${opening}${escaped}</mark>` : escaped);
      };
      // A number that falls inside the run (a finding with no words of its own) cuts it in two.
      let cursor = paragraph.start + segment.start;
      flushReferences(cursor);
      while (pending < references.length && references[pending]!.at < paragraph.start + segment.end) {
        words(cursor, references[pending]!.at);
        cursor = references[pending]!.at;
        flushReferences(cursor);
      }
      words(cursor, paragraph.start + segment.end);
    }
    flushReferences(Infinity);
    html.push(`<p>${parts.join('')}</p>`);
  });
  return html.join('\n');
}
