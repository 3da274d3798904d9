/**
 * Helpers for the per-passage corpus tests: each passage is linted once per rule (the
 * per-passage assertions and the printed precision and recall share the result), and a
 * finding is shown in full when an assertion fails.
 */
import type { Finding } from '../../shared/engine/finding.ts';

/** Lint each key once: `run(key)` is computed the first time and remembered. */
export function remembered<K, V>(run: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, run(key));
    return cache.get(key)!;
  };
}

/** One line per finding, for failure messages and reports. */
export function showFinding(finding: Finding): string {
  return `${finding.severity} ${JSON.stringify(finding.data)} “${finding.actual}”: ${finding.message}`;
}

export function showFindings(findings: readonly Finding[]): string {
  return findings.length ? findings.map(showFinding).join('\n    ') : '(nothing)';
}

/**
 * The figures a row states, read from a finding: `severity` from the finding, every other
 * key from its data. Compared with the row's expectation as a whole, so one wrong figure
 * shows beside the right ones.
 */
export function statedFigures(finding: Finding, expected: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, key === 'severity' ? finding.severity : finding.data[key]]));
}

/** Precision and recall from counts, as the reports print them. */
export function figures(truePositives: number, falsePositives: number, falseNegatives: number): string {
  const precision = truePositives / Math.max(truePositives + falsePositives, 1);
  const recall = truePositives / Math.max(truePositives + falseNegatives, 1);
  return `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (TP ${truePositives}, FP ${falsePositives}, FN ${falseNegatives})`;
}
