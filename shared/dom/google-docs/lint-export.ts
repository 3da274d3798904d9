/**
 * Lint a Google Docs export: convert its HTML to text and headings, refuse documents too
 * long to check while the officer types, run the shared engine, and quote each finding's
 * sentence. Runs in the side panel (it needs DOMParser, which the background worker lacks),
 * so the Docs tab itself never pays for linting.
 */
import type { ResolvedConfig } from '../../engine/lint.ts';
import { lintDocument } from '../../engine/lint.ts';
import type { Finding } from '../../engine/finding.ts';
import type { DocumentFacts } from '../../document/facts.ts';
import { docsTextFromHtml, type DocsHeading } from './export-html.ts';
import { sentenceAround } from './sentence.ts';
import type { ProblemDetails } from './states.ts';

/** About 300 pages of a committee paper; beyond this, use the CLI on a downloaded copy. */
export const MAX_WORDS = 150_000;

export interface QuotedFinding extends Finding {
  /** The whole sentence the finding is in, for "Copy sentence". */
  sentence: string;
}

export interface DocsLint {
  text: string;
  headings: DocsHeading[];
  words: number;
  findings: QuotedFinding[];
  facts: DocumentFacts;
  /** Time spent converting and linting, in milliseconds. */
  lintMs: number;
}

export type DocsLintOutcome = { state: 'ok'; lint: DocsLint } | { state: 'too-large'; details: ProblemDetails };

export interface LintExportOptions {
  today?: Date;
  referenceDate?: string;
  parser?: DOMParser;
  maxWords?: number;
  now?: () => number;
}

export function lintDocsExport(html: string, config: ResolvedConfig, options: LintExportOptions = {}): DocsLintOutcome {
  const now = options.now ?? (() => performance.now());
  const maxWords = options.maxWords ?? MAX_WORDS;
  const began = now();
  const { text, headings, words } = docsTextFromHtml(html, options.parser);
  if (words > maxWords) return { state: 'too-large', details: { words, limitWords: maxWords } };
  const { findings, facts } = lintDocument(text, config, {
    format: 'html',
    headings,
    today: options.today,
    referenceDate: options.referenceDate,
  });
  const quoted = findings.map((finding) => ({ ...finding, sentence: sentenceAround(text, finding.offset, finding.endOffset).text }));
  return { state: 'ok', lint: { text, headings, words, findings: quoted, facts, lintMs: now() - began } };
}
