/**
 * Precision and recall of a rule against the hand-marked corpus. A finding counts as
 * correct when it overlaps a span the editor marked (one finding per marked span), so
 * "impact on" matches a marked "impact" and "headroom" matches a marked "free up headroom".
 */
import type { Finding } from '../../shared/engine/finding.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Score {
  truePositives: number;
  falsePositives: { passage: string; actual: string }[];
  falseNegatives: { passage: string; text: string }[];
  precision: number;
  recall: number;
}

/** Whitespace-tolerant, case-insensitive pattern for a marked string, on word boundaries. */
function patternFor(marked: string): RegExp {
  const body = marked
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Find each marked string in order: the n-th listing of a string is its n-th occurrence after the previous mark. */
export function locate(text: string, marked: readonly string[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const item of marked) {
    const pattern = patternFor(item);
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) throw new Error(`"${item}" not found (in order) in: ${text.slice(0, 60)}…`);
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    from = match.index + 1;
  }
  return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function score(results: { passage: string; findings: Finding[]; gold: Span[] }[]): Score {
  let truePositives = 0;
  const falsePositives: Score['falsePositives'] = [];
  const falseNegatives: Score['falseNegatives'] = [];
  for (const { passage, findings, gold } of results) {
    const used = new Set<number>();
    for (const finding of findings) {
      const index = gold.findIndex((span, at) => !used.has(at) && overlaps(span, { start: finding.offset, end: finding.endOffset }));
      if (index === -1) falsePositives.push({ passage, actual: finding.actual });
      else {
        used.add(index);
        truePositives++;
      }
    }
    gold.forEach((span, at) => {
      if (!used.has(at)) falseNegatives.push({ passage, text: span.text });
    });
  }
  const flagged = truePositives + falsePositives.length;
  const marked = truePositives + falseNegatives.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: marked === 0 ? 1 : truePositives / marked,
  };
}
