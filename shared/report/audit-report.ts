/**
 * A plain-text audit report of one checked page, in Markdown that also reads well as plain
 * text: what was checked and when, a summary, the consultation's timescale when there is one,
 * then every finding with its quote, what to do and the Compact commitment it rests on.
 * Voluntary groups paste it into an e-mail or a response to the council.
 *
 * Pure: no DOM, no clock (the caller passes the date checked).
 */
import { SEVERITY_LABELS, type Finding, type Severity } from '../engine/finding.ts';
import { groupForReading, SEVERITY_HEADINGS, timescaleVerdict, verdictSentence } from './reading-order.ts';

export interface ReportRule {
  /** The reader's name for the check ("Abbreviations"); sections are headed with it. */
  name?: string;
  /** What the check flags; given under the heading. */
  summary: string;
  commitmentTitle: string;
  commitmentSummary?: string;
}

export interface ReportConsultation {
  start: string | null;
  close: string | null;
  lengthDays: number | null;
  requiredDays: number | null;
  explained?: boolean;
}

export interface AuditReportInput {
  page: { title: string; url: string };
  checkedAt: Date;
  findings: readonly Finding[];
  /** Rule descriptions by rule id (from the registry); unknown rules fall back to the finding's note. */
  rules: Record<string, ReportRule>;
  profileTitle?: string;
  consultation?: ReportConsultation | null;
  /** Phrases the user chose to ignore on this site; listed so the reader knows they were left out. */
  ignoredPhrases?: readonly string[];
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "1 March 2025", the way a British reader writes a date. */
export function britishDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** An ISO `YYYY-MM-DD` date as "1 March 2025"; anything else unchanged. */
export function britishIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? britishDate(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : iso;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Flatten white space and cap the length, so a quote fits on one line. */
export function quote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The commitment for a finding: from the registry, else from the finding's own note. */
function commitmentOf(finding: Finding, rules: Record<string, ReportRule>): string {
  const rule = rules[finding.ruleId];
  if (rule) return rule.commitmentTitle;
  const match = /Compact commitment: ([^.]+)\./.exec(finding.note);
  return match ? match[1]! : 'not recorded';
}

function weeks(days: number): string {
  const whole = Math.floor(days / 7);
  const rest = days % 7;
  return rest === 0 ? plural(whole, 'week') : `${plural(whole, 'week')} and ${plural(rest, 'day')}`;
}

function consultationLines(consultation: ReportConsultation): string[] {
  const lines = ['## Consultation timescale', ''];
  lines.push(`- Opens: ${consultation.start ? britishIsoDate(consultation.start) : 'not stated'}`);
  lines.push(`- Closes: ${consultation.close ? britishIsoDate(consultation.close) : 'not stated'}`);
  if (consultation.lengthDays !== null) lines.push(`- Length: ${plural(consultation.lengthDays, 'day')} (${weeks(consultation.lengthDays)})`);
  if (consultation.requiredDays !== null) lines.push(`- Minimum expected: ${plural(consultation.requiredDays, 'day')} (${weeks(consultation.requiredDays)})`);
  const verdict = timescaleVerdict(consultation);
  if (verdict) lines.push('', verdict.text);
  else if (consultation.explained) lines.push('- The page gives a reason for the shorter period.');
  lines.push('');
  return lines;
}

export function buildAuditReport(input: AuditReportInput): string {
  const { page, findings, rules } = input;
  const lines: string[] = [];
  lines.push(`# Compact audit: ${page.title.trim() || 'untitled page'}`, '');
  lines.push(`- Page: ${page.url}`);
  lines.push(`- Checked: ${britishDate(input.checkedAt)}`);
  if (input.profileTitle) lines.push(`- Standard: ${input.profileTitle}`);
  lines.push('- Checked with compact-proof, on this computer; the page was not sent anywhere.', '');

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  lines.push('## Summary', '');
  lines.push(verdictSentence(findings, (ruleId) => rules[ruleId]?.name), '');
  if (findings.length > 0) {
    const parts = (['error', 'warning', 'info'] as const)
      .filter((severity) => counts[severity] > 0)
      .map((severity) => plural(counts[severity], SEVERITY_LABELS[severity].toLowerCase()));
    lines.push(`${plural(findings.length, 'finding')}: ${parts.join(', ')}.`, '');
  }

  if (input.consultation) for (const line of consultationLines(input.consultation)) lines.push(line);

  // Compact breaches first, then warnings, then notes; within each, checks by reader name and
  // findings in page order. Numbers run on through the whole report, so a reader can cite them.
  let number = 0;
  for (const { severity, checks, count } of groupForReading(findings)) {
    lines.push(`## ${SEVERITY_HEADINGS[severity]} (${count})`, '');
    for (const { ruleId, entries } of checks) {
      const rule = rules[ruleId];
      lines.push(`### ${rule?.name ?? rule?.summary ?? ruleId} (${plural(entries.length, 'finding')})`, '');
      if (rule?.name) lines.push(rule.summary, '');
      lines.push(`Compact commitment: ${commitmentOf(entries[0]!.finding, rules)}.`, '');
      for (const { finding } of entries) {
        number++;
        lines.push(`${number}. ${SEVERITY_LABELS[finding.severity]}: “${quote(finding.actual)}”`);
        lines.push(`   ${finding.message}`);
        if (finding.expected.length) lines.push(`   Suggested: ${finding.expected.map((text) => `“${text}”`).join(' or ')}`);
      }
      lines.push('');
    }
  }

  if (input.ignoredPhrases?.length) {
    lines.push('## Left out', '');
    lines.push(`Phrases ignored on this site: ${input.ignoredPhrases.map((phrase) => `“${phrase}”`).join(', ')}.`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
