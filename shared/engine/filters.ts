/**
 * Filters applied after the rules run (as alex does): rules stay pure and never see the
 * user's allow-lists or inline comments.
 */
import type { Finding } from './finding.ts';

interface DisabledSpan {
  start: number;
  end: number;
  /** Empty means every rule. */
  rules: string[];
}

const DIRECTIVE = /<!--\s*compact-proof-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/** Spans switched off by `<!-- compact-proof-disable [rule …] -->` … `<!-- compact-proof-enable [rule …] -->`. */
export function disabledSpans(text: string): DisabledSpan[] {
  const spans: DisabledSpan[] = [];
  const open = new Map<string, number>(); // rule id ('' = all) → start offset
  for (const match of text.matchAll(DIRECTIVE)) {
    const kind = match[1]!;
    const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
    const at = match.index!;
    const after = at + match[0].length;
    if (kind === 'disable-next-line') {
      const lineEnd = text.indexOf('\n', after);
      const nextEnd = lineEnd === -1 ? text.length : text.indexOf('\n', lineEnd + 1);
      spans.push({ start: after, end: nextEnd === -1 ? text.length : nextEnd, rules });
    } else if (kind === 'disable') {
      for (const rule of rules.length ? rules : ['']) if (!open.has(rule)) open.set(rule, after);
    } else {
      const closing = rules.length ? rules : [...open.keys()];
      for (const rule of closing) {
        const start = open.get(rule);
        if (start === undefined) continue;
        spans.push({ start, end: at, rules: rule ? [rule] : [] });
        open.delete(rule);
      }
    }
  }
  for (const [rule, start] of open) spans.push({ start, end: text.length, rules: rule ? [rule] : [] });
  return spans;
}

export function withoutDisabled(findings: Finding[], text: string): Finding[] {
  if (!text.includes('compact-proof-')) return findings;
  const spans = disabledSpans(text);
  if (spans.length === 0) return findings;
  return findings.filter(
    (finding) =>
      !spans.some(
        (span) =>
          finding.offset >= span.start &&
          finding.offset < span.end &&
          (span.rules.length === 0 || span.rules.includes(finding.ruleId)),
      ),
  );
}

function normalisePhrase(value: string): string {
  return value.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Drop findings on allowed phrases: a finding whose flagged text is an allowed phrase, or
 * that lies inside an occurrence of one (so allowing "Best Value review" also quietens
 * "Best Value" within it). Matching ignores case and runs of white space.
 */
export function withoutAllowedPhrases(findings: Finding[], text: string, phrases: readonly string[]): Finding[] {
  if (phrases.length === 0 || findings.length === 0) return findings;
  const wanted = phrases.map(normalisePhrase).filter(Boolean);
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const spans: { start: number; end: number }[] = [];
  for (const phrase of wanted) {
    const pattern = new RegExp(phrase.split(' ').map(escapeRegExp).join('\\s+'), 'g');
    for (const match of lower.matchAll(pattern)) spans.push({ start: match.index!, end: match.index! + match[0].length });
  }
  return findings.filter((finding) => {
    if (wanted.includes(normalisePhrase(finding.actual))) return false;
    return !spans.some((span) => finding.offset >= span.start && finding.endOffset <= span.end);
  });
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
