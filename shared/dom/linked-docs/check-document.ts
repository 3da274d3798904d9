/**
 * Check one linked document: download it (fetch-document.ts), read its text off the page
 * (extract-document.ts), lint it with the same engine and settings as pages (the background
 * worker's `lint`), and place each finding on its page or paragraph.
 */
import type { Finding } from '../../engine/finding.ts';
import { extractDocument, unitAt, type ExtractedDocument } from './extract-document.ts';
import { fetchDocument } from './fetch-document.ts';
import type { DocumentLink } from './links.ts';
import { LinkedDocumentError, type DocumentProblem } from './problems.ts';

export interface PlacedFinding {
  finding: Finding;
  /** The page (PDF) or paragraph (Word, OpenDocument), counting from 1. */
  at: number;
}

export type LinkedDocumentResult =
  | {
      link: DocumentLink;
      status: 'done';
      unit: ExtractedDocument['unit'];
      /** How many pages or paragraphs were read. */
      units: number;
      bytes: number;
      findings: PlacedFinding[];
      /** The text that was linted and, for Word, the file itself (for "Download a reviewed copy"). */
      text: string;
      docx?: Uint8Array;
    }
  | { link: DocumentLink; status: 'failed'; problem: DocumentProblem; message: string };

export interface CheckDeps {
  /** Lint the document's text with the user's settings (the background worker's `lint`). */
  lint(text: string, url: string): Promise<{ findings: Finding[] }>;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Told when the download is done and reading starts. */
  progress?(stage: 'downloading' | 'reading' | 'checking'): void;
}

/** Findings with their page or paragraph, in document order. */
export function placeFindings(document: Pick<ExtractedDocument, 'starts'>, findings: readonly Finding[]): PlacedFinding[] {
  return findings.map((finding) => ({ finding, at: unitAt(document, finding.offset) })).sort((a, b) => a.finding.offset - b.finding.offset);
}

/** "page 2", "paragraph 14". */
export function placeName(unit: ExtractedDocument['unit'], at: number): string {
  return `${unit} ${at}`;
}

export async function checkLinkedDocument(link: DocumentLink, deps: CheckDeps): Promise<LinkedDocumentResult> {
  try {
    deps.progress?.('downloading');
    const bytes = await fetchDocument(link.url, { signal: deps.signal, fetch: deps.fetch });
    if (deps.signal?.aborted) throw new LinkedDocumentError('cancelled', 'You cancelled it.');
    deps.progress?.('reading');
    const extracted = await extractDocument(bytes, link.kind);
    if (deps.signal?.aborted) throw new LinkedDocumentError('cancelled', 'You cancelled it.');
    deps.progress?.('checking');
    const { findings } = await deps.lint(extracted.text, link.url);
    return {
      link,
      status: 'done',
      unit: extracted.unit,
      units: extracted.starts.length,
      bytes: bytes.byteLength,
      findings: placeFindings(extracted, findings),
      text: extracted.text,
      ...(link.kind === 'docx' ? { docx: bytes } : {}),
    };
  } catch (error) {
    if (error instanceof LinkedDocumentError) return { link, status: 'failed', problem: error.problem, message: error.message };
    return { link, status: 'failed', problem: 'damaged', message: `It could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}
