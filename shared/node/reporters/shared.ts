/** Small helpers the reporters share. */
import type { Severity } from '../../engine/finding.ts';
import type { FindingLocation } from '../extract/types.ts';
import type { FileResult, Message } from '../results.ts';

export interface ReportOptions {
  /** Print each finding's note (the Compact commitment in full) under it. */
  why: boolean;
  /** ANSI colours (stylish only). */
  color: boolean;
  /** Folder paths are shown relative to (SARIF's source root). */
  cwd: string;
  version: string;
}

/** "paragraph 4 (under “Consultation”)" or "page 2, line 7": for Word and PDF findings. */
export function describeLocation(location: FindingLocation): string {
  if (location.kind === 'page') return `page ${location.page}, line ${location.line}`;
  return `paragraph ${location.paragraph}${location.heading ? ` (under “${location.heading}”)` : ''}`;
}

/** Where a finding sits, in the form a reader of that file can use. */
export function position(message: Message): string {
  return message.location ? describeLocation(message.location) : `${message.line}:${message.column}`;
}

export interface Totals {
  bySeverity: Record<Severity, number>;
  byRule: Map<string, number>;
  problems: number;
  unreadable: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  let unreadable = 0;
  for (const result of results) {
    if (result.errors.length) unreadable++;
    for (const message of result.messages) {
      bySeverity[message.severity]++;
      byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
    }
  }
  return { bySeverity, byRule, problems: bySeverity.error + bySeverity.warning + bySeverity.info, unreadable };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
