/**
 * The linked documents a group checked from a page, for the audit report and the challenge
 * letter: each named by its link's words and address, with its findings by page (PDF) or
 * paragraph (Word, OpenDocument), or the reason it could not be checked. Pure: no DOM.
 */
import { SEVERITY_LABELS, type Finding } from '../engine/finding.ts';
import { quote } from './audit-report.ts';

export interface LinkedDocumentReport {
  title: string;
  url: string;
  /** Set when the document was read; `unit` names what `at` counts. */
  unit?: 'page' | 'paragraph';
  findings?: { finding: Finding; at: number }[];
  /** Why it could not be checked, when it could not. */
  problem?: string;
}

/** "“Consultation paper” (linked PDF), page 2". */
export function linkedPlace(document: Pick<LinkedDocumentReport, 'title' | 'unit'>, at: number): string {
  return `the linked document “${document.title}”, ${document.unit ?? 'page'} ${at}`;
}

/** The report's "Linked documents" section, or nothing when none was checked. */
export function linkedDocumentsSection(documents: readonly LinkedDocumentReport[]): string[] {
  if (documents.length === 0) return [];
  const lines = ['## Linked documents', ''];
  lines.push('Documents the page links to, downloaded and checked on this computer when asked for.', '');
  for (const document of documents) {
    lines.push(`### ${document.title}`, '', `- Address: ${document.url}`);
    if (document.problem) {
      lines.push(`- Not checked: ${document.problem}`, '');
      continue;
    }
    const findings = document.findings ?? [];
    lines.push(`- ${findings.length === 0 ? 'No findings.' : `${findings.length} finding${findings.length === 1 ? '' : 's'}:`}`, '');
    for (const { finding, at } of findings) {
      lines.push(`- ${document.unit === 'paragraph' ? 'Paragraph' : 'Page'} ${at}, ${SEVERITY_LABELS[finding.severity].toLowerCase()}: “${quote(finding.actual)}”`);
      lines.push(`  ${finding.message}`);
    }
    if (findings.length) lines.push('');
  }
  return lines;
}

/** The report with the section added before its "Left out" part (or at the end). */
export function withLinkedDocuments(report: string, documents: readonly LinkedDocumentReport[]): string {
  const section = linkedDocumentsSection(documents);
  if (section.length === 0) return report;
  const text = section.join('\n').trimEnd();
  const leftOut = report.indexOf('\n## Left out');
  if (leftOut === -1) return `${report.trimEnd()}\n\n${text}\n`;
  return `${report.slice(0, leftOut).trimEnd()}\n\n${text}\n${report.slice(leftOut)}`;
}
