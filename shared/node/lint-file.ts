/**
 * Check one input: read it, extract its text, lint it, and point each finding back into
 * the original file. Runs in a worker thread or in the main thread; either way the result
 * is plain data.
 */
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveConfig } from '../config/index.ts';
import { documentDetails } from '../report/document-details.ts';
import { lintDocument, type ResolvedConfig } from '../engine/lint.ts';
import { consultationOf } from '../report/consultation-summary.ts';
import { LineIndex } from '../text/line-index.ts';
import type { Finding } from '../engine/finding.ts';
import { collectWhenHeapIsLarge } from './keep-memory-flat.ts';
import { extractText, readBytes } from './read-input.ts';
import { InputError, LimitError, type ExtractedText } from './extract/types.ts';
import type { FileJob, FileResult, Message } from './results.ts';

/** Resolved configs by config key and command-line overrides: each is built once per thread. */
const resolved = new Map<string, ResolvedConfig>();

function configFor(job: FileJob): ResolvedConfig {
  const key = JSON.stringify([job.config.key, job.profile, job.ruleOverrides]);
  let config = resolved.get(key);
  if (!config) {
    config = resolveConfig(job.config.config, { profile: job.profile, rules: job.ruleOverrides }, job.config.key);
    resolved.set(key, config);
  }
  return config;
}

/** Move a finding found in extracted HTML back onto the original file's offsets, lines and columns. */
function toSource(finding: Finding, extracted: ExtractedText, sourceLines: LineIndex): Message {
  const map = extracted.sourceOffset!;
  const offset = map(finding.offset);
  // The end is exclusive: map the last flagged character and step past it.
  const endOffset = finding.endOffset > finding.offset ? map(finding.endOffset - 1) + 1 : offset;
  const start = sourceLines.at(offset);
  const end = sourceLines.at(endOffset);
  return { ...finding, offset, endOffset, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The title and responsible body a challenge letter should name, read from the document. */
function detailsOf(extracted: ExtractedText) {
  const headings =
    extracted.format === 'markdown'
      ? extracted.text.split('\n').filter((line) => /^ {0,3}#{1,6}\s/.test(line))
      : (extracted.headings ?? []).map((heading) => extracted.text.slice(heading.start, heading.end));
  return documentDetails({ text: extracted.text, pageTitle: extracted.pageTitle, headings });
}

export async function checkFile(job: FileJob): Promise<FileResult> {
  const began = performance.now();
  try {
    const bytes = job.bytes ?? (await readBytes(job.path, job.limits));
    const extracted = await extractText(bytes, job.extension ?? extname(job.path), job.limits);
    const config = configFor(job);
    const { findings, facts } = lintDocument(extracted.text, config, {
      format: extracted.format,
      headings: extracted.headings,
      referenceDate: job.referenceDate,
      afterPart: collectWhenHeapIsLarge,
    });
    const sourceLines = extracted.sourceOffset && extracted.sourceText !== undefined ? new LineIndex(extracted.sourceText) : undefined;
    const messages = findings.map((finding): Message => {
      const message = sourceLines ? toSource(finding, extracted, sourceLines) : { ...finding };
      if (extracted.locate) message.location = extracted.locate(finding.offset);
      if (job.keepText) {
        message.textOffset = finding.offset;
        message.textEndOffset = finding.endOffset;
      }
      return message;
    });
    const { title, responsibleBody } = detailsOf(extracted);
    // Worked out here, beside the findings, so the HTML report shows the same timescale as the side panel.
    const consultation = consultationOf(facts, findings, config);
    return {
      file: job.displayPath,
      title,
      responsibleBody,
      consultation,
      messages,
      errors: [],
      ...(job.keepText ? { text: extracted.text } : {}),
      durationMs: performance.now() - began,
    };
  } catch (error) {
    // Anything but an InputError is a bug in compact-proof: still name the file, and keep going.
    const message =
      error instanceof InputError
        ? `could not check ${job.displayPath}: ${error.message}`
        : `could not check ${job.displayPath}: unexpected error: ${(error as Error)?.stack ?? String(error)}`;
    return {
      file: job.displayPath,
      messages: [],
      errors: [{ message }],
      ...(error instanceof LimitError ? { overLimit: error.limit } : {}),
      durationMs: performance.now() - began,
    };
  }
}
