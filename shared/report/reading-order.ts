/**
 * The order and the words a reader needs findings in, shared by the side panel, the copied
 * audit report and the challenge letter, so all three agree.
 *
 * A linter lists findings in page order, which on a long page buries the one Compact breach
 * under a hundred abbreviation warnings. Readers want the breaches (errors) first, then the
 * warnings, then the notes, each in page order, and groups named the way they would name them
 * ("Abbreviations", not the rule's description).
 *
 * Pure: no DOM, no clock.
 */
import { severityRank, type Finding, type Severity } from '../engine/finding.ts';

/** A finding with its index in the original list (the side panel reveals findings by index). */
export interface PlacedFinding {
  finding: Finding;
  index: number;
}

/** Findings of one check within one severity, in page order. */
export interface CheckGroup {
  ruleId: string;
  entries: PlacedFinding[];
}

/** Everything of one severity, its checks in the order they first appear on the page. */
export interface SeverityGroup {
  severity: Severity;
  checks: CheckGroup[];
  count: number;
}

/** Headings for each severity as a reader meets them. */
export const SEVERITY_HEADINGS: Record<Severity, string> = {
  error: 'Compact breaches',
  warning: 'Warnings',
  info: 'Notes',
};

const COUNT_WORDS: Record<Severity, [string, string]> = {
  error: ['breach', 'breaches'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

function plural(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Page order: where a finding starts, then where it ends, then the original order. */
function byPage(a: PlacedFinding, b: PlacedFinding): number {
  return a.finding.offset - b.finding.offset || a.finding.endOffset - b.finding.endOffset || a.index - b.index;
}

/** Errors first, then warnings, then notes; each in page order. */
export function breachesFirst(findings: readonly Finding[]): PlacedFinding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || byPage(a, b));
}

/**
 * Findings grouped for reading: one group per severity (most serious first, empty ones left
 * out), and within it one group per check, in the order each check first appears on the page.
 */
export function groupForReading(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const placed of breachesFirst(findings)) {
    let group = groups.at(-1);
    if (group?.severity !== placed.finding.severity) {
      group = { severity: placed.finding.severity, checks: [], count: 0 };
      groups.push(group);
    }
    let check = group.checks.find((candidate) => candidate.ruleId === placed.finding.ruleId);
    if (!check) {
      check = { ruleId: placed.finding.ruleId, entries: [] };
      group.checks.push(check);
    }
    check.entries.push(placed);
    group.count++;
  }
  return groups;
}

/** "consultation length", "notice of a funding change": a reader name inside a sentence. */
function inSentence(name: string): string {
  // Leave names that start with an abbreviation ("NHS …") as they are.
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function andList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * One sentence: does the page break the Compact, and how. `nameOf` gives a check's reader
 * name (from the rule's metadata); unknown checks fall back to their id.
 *
 * - "This page breaks the Compact on consultation length and impact assessment (3 breaches); it also has 13 warnings and 1 note."
 * - "This page does not break the Compact on the points compact-proof checks, but it has 4 warnings (abbreviations and jargon)."
 * - "Nothing on this page breaks the Compact commitments compact-proof checks."
 */
export function verdictSentence(findings: readonly Finding[], nameOf: (ruleId: string) => string | undefined): string {
  if (findings.length === 0) return 'Nothing on this page breaks the Compact commitments compact-proof checks.';
  const groups = groupForReading(findings);
  const of = (severity: Severity) => groups.find((group) => group.severity === severity);
  const names = (group: SeverityGroup) => andList(group.checks.map((check) => inSentence(nameOf(check.ruleId) ?? check.ruleId)));
  const errors = of('error');
  const warnings = of('warning');
  const notes = of('info');
  if (errors) {
    const rest = andList([warnings, notes].flatMap((group) => (group ? [plural(group.count, COUNT_WORDS[group.severity])] : [])));
    return `This page breaks the Compact on ${names(errors)} (${plural(errors.count, COUNT_WORDS.error)})${rest ? `; it also has ${rest}` : ''}.`;
  }
  const rest = andList([
    ...(warnings ? [`${plural(warnings.count, COUNT_WORDS.warning)} (${names(warnings)})`] : []),
    ...(notes ? [plural(notes.count, COUNT_WORDS.info)] : []),
  ]);
  return `This page does not break the Compact on the points compact-proof checks, but it has ${rest}.`;
}

/** A consultation's timescale, as the panel and the report show it. */
export interface TimescaleFacts {
  lengthDays: number | null;
  requiredDays: number | null;
  explained?: boolean;
}

/**
 * The timescale's verdict line ("Shorter than the minimum by 56 days, and the page gives no
 * reason."), or null when the length or the minimum is unknown.
 */
export function timescaleVerdict(consultation: TimescaleFacts, documentWord = 'page'): { short: boolean; text: string } | null {
  const { lengthDays, requiredDays } = consultation;
  if (lengthDays === null || requiredDays === null) return null;
  if (lengthDays >= requiredDays) return { short: false, text: 'Meets the minimum.' };
  const by = requiredDays - lengthDays;
  const days = `${by} day${by === 1 ? '' : 's'}`;
  return {
    short: true,
    text: `Shorter than the minimum by ${days}${consultation.explained ? `; the ${documentWord} gives a reason.` : `, and the ${documentWord} gives no reason.`}`,
  };
}
