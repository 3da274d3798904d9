/**
 * Cut a passage into runs of text for a highlight layer (the practice page's, behind its text
 * area, and the HTML report's marked text). Spans may overlap (two rules on the same words,
 * or a participant's mark over a finding), so each run carries every span that covers it; the
 * page styles a run by the spans it belongs to.
 */
export interface Span {
  start: number;
  end: number;
  /** Whatever the page needs to style the span: a finding index, "mark", "missed"… */
  tag: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Tags of the spans covering this run, in the order the spans were given. */
  tags: string[];
}

export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const clipped = spans
    .map((span) => ({ ...span, start: Math.max(0, Math.min(span.start, text.length)), end: Math.max(0, Math.min(span.end, text.length)) }))
    .filter((span) => span.end > span.start);
  for (const span of clipped) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    if (end <= start) continue;
    const tags = clipped.filter((span) => span.start <= start && span.end >= end).map((span) => span.tag);
    segments.push({ text: text.slice(start, end), start, end, tags });
  }
  return segments;
}
