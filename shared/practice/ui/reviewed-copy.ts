/**
 * "Download a reviewed copy": the Word document the trainer or officer opened, with every
 * finding as a comment on the flagged words, made in the browser (the document is never
 * uploaded). The same writer as the CLI's --annotate (shared/annotate), loaded only when the
 * button is pressed.
 */
import type { Finding } from '../../engine/finding.ts';
import { ruleInfo } from '../../report/consultation-summary.ts';
import type { Placement } from '../../annotate/annotate-docx.ts';

export interface OpenedWordDocument {
  name: string;
  bytes: Uint8Array;
  /** The text the document was read as when opened (what the findings point into). */
  text: string;
}

/** "paper.docx" → "paper (reviewed).docx". */
export function reviewedFileName(name: string): string {
  const stem = name.replace(/\.docx$/i, '') || 'document';
  return `${stem} (reviewed).docx`;
}

export async function makeReviewedCopy(document: OpenedWordDocument, findings: readonly Finding[]): Promise<{ blob: Blob; placements: Placement[] }> {
  const { annotateDocx } = await import('../../annotate/annotate-docx.ts');
  const rules = ruleInfo();
  const annotated = await annotateDocx(
    document.bytes,
    document.text,
    findings.map((finding) => {
      const rule = rules[finding.ruleId];
      return { ...finding, commitment: rule ? `${rule.commitmentTitle}. ${rule.commitmentSummary}` : finding.note };
    }),
  );
  const blob = new Blob([annotated.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  return { blob, placements: annotated.placements };
}

/** "7 comments" or "7 comments (1 on its paragraph rather than the exact words)". */
export function describeCopy(placements: readonly Placement[]): string {
  const total = placements.length;
  const loose = placements.filter((placement) => placement === 'paragraph' || placement === 'document').length;
  const notes = placements.filter((placement) => placement === 'note').length;
  const extras = [
    notes ? `${notes} on a footnote’s mark` : '',
    loose ? `${loose} on ${loose === 1 ? 'its paragraph' : 'their paragraphs'} rather than the exact words` : '',
  ].filter(Boolean);
  return `${total} comment${total === 1 ? '' : 's'}${extras.length ? ` (${extras.join('; ')})` : ''}`;
}
