/**
 * "Spot the breach": participants mark the passages they think break the Compact, and the
 * reveal compares their marks with what the engine found. Pure logic, so the scoring is
 * unit-tested and the page only draws the result.
 *
 * A mark matches a finding when the two overlap and the mark is not much wider than the
 * finding: otherwise selecting the whole passage would "find" everything.
 */
import type { Finding } from '../engine/finding.ts';

export interface Mark {
  /** Offsets into the passage, end exclusive. */
  start: number;
  end: number;
}

export interface SpotResult {
  /** Findings at least one mark matched, with the marks that matched them. */
  found: { finding: Finding; marks: Mark[] }[];
  /** Findings no mark matched. */
  missed: Finding[];
  /** Marks that matched no finding. `tooWide` when the mark overlapped a finding but was far wider. */
  wronglyFlagged: { mark: Mark; tooWide: boolean }[];
  /** A one-line summary for screen readers and the projector. */
  summary: string;
}

/** How many characters a mark may run beyond the finding it overlaps and still count. */
export const SLACK_CHARACTERS = 80;

function overlap(a: Mark, b: { offset: number; endOffset: number }): number {
  return Math.max(0, Math.min(a.end, b.endOffset) - Math.max(a.start, b.offset));
}

/** Does this mark point at this finding? */
export function markMatches(mark: Mark, finding: Finding): boolean {
  const shared = overlap(mark, finding);
  if (shared === 0) return false;
  const markLength = mark.end - mark.start;
  const findingLength = finding.endOffset - finding.offset;
  // A mark wider than the finding still counts when the extra is modest, or when at least
  // half of the mark is the finding itself.
  return markLength <= findingLength + SLACK_CHARACTERS || shared * 2 >= markLength;
}

/** Trim white space from a mark's ends, drop empty marks and merge exact repeats. */
export function normaliseMarks(text: string, marks: readonly Mark[]): Mark[] {
  const cleaned: Mark[] = [];
  for (const raw of marks) {
    let start = Math.max(0, Math.min(raw.start, raw.end));
    let end = Math.min(text.length, Math.max(raw.start, raw.end));
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    if (cleaned.some((mark) => mark.start === start && mark.end === end)) continue;
    cleaned.push({ start, end });
  }
  return cleaned.sort((a, b) => a.start - b.start || a.end - b.end);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Score the marks against the findings (information-only findings are not breaches to spot). */
export function scoreSpotTheBreach(text: string, findings: readonly Finding[], marks: readonly Mark[]): SpotResult {
  const breaches = findings.filter((finding) => finding.severity !== 'info');
  const cleaned = normaliseMarks(text, marks);
  const found: SpotResult['found'] = [];
  const missed: Finding[] = [];
  for (const finding of breaches) {
    const matching = cleaned.filter((mark) => markMatches(mark, finding));
    if (matching.length) found.push({ finding, marks: matching });
    else missed.push(finding);
  }
  const wronglyFlagged = cleaned
    .filter((mark) => !breaches.some((finding) => markMatches(mark, finding)))
    .map((mark) => ({ mark, tooWide: breaches.some((finding) => overlap(mark, finding) > 0) }));

  const parts = [`You found ${found.length} of ${plural(breaches.length, 'breach', 'breaches')}`];
  if (missed.length) parts.push(`missed ${missed.length}`);
  parts.push(wronglyFlagged.length ? `and ${plural(wronglyFlagged.length, 'mark did', 'marks did')} not match a breach` : 'and every mark matched a breach');
  const summary = breaches.length === 0 ? `This passage has no breaches to find; ${plural(cleaned.length, 'mark', 'marks')} made.` : `${parts.join(', ')}.`;
  return { found, missed, wronglyFlagged, summary };
}
