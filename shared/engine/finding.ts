/**
 * The shape every front end consumes. A finding is plain data so it can cross a
 * `postMessage`, be written as JSON or SARIF, and be compared in tests.
 * Field names follow vfile-message (`actual`, `expected`, `note`, `url`) so anything
 * that speaks vfile understands them.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Ordered from most to least serious; used when comparing severities. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * What people read for each severity (the card, the side panel, the settings page, the
 * audit report). The stored value stays the CLI's (`info`), but a person reads "Note".
 */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The less serious of two severities (a rule may soften its own finding, never harden it). */
export function milderSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One plain-English sentence or two: what is wrong and what to do. */
  message: string;
  /** Start and end offsets (UTF-16 code units, end exclusive) in the linted text. */
  offset: number;
  endOffset: number;
  /** 1-based line and column of `offset` and `endOffset`. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The flagged text, exactly as it stands in the document. */
  actual: string;
  /** Clean replacement strings only (possibly none); explanations belong in `note`. */
  expected: string[];
  /** Why it matters, naming the Compact commitment the rule rests on. */
  note: string;
  /** The rule's documentation. */
  url: string;
  /** Rule-specific facts (dates, lengths, the quoted proposal…), documented in each rule's README. */
  data: Record<string, unknown>;
}
