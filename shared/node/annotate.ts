/**
 * `--annotate PATH`: after the check, write a reviewed copy of each Word document with its
 * findings as comments (shared/annotate). One .docx input: PATH is the copy's file name (or
 * a folder to put it in). Several: PATH is a folder, and each copy keeps its document's file
 * name there. The originals are only read; a copy is never written over an input.
 */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { annotateDocx, AnnotateError, type AnnotationFinding, type Placement } from '../annotate/annotate-docx.ts';
import { ruleInfo } from '../report/consultation-summary.ts';
import { extractText, readBytes } from './read-input.ts';
import { InputError } from './extract/types.ts';
import { UsageError } from './options.ts';
import { isDirectory, shortPath, type Plan } from './plan.ts';
import type { FileJob, FileResult, Message } from './results.ts';

function isDocx(job: FileJob): boolean {
  return (job.extension ?? extname(job.path)).toLowerCase() === '.docx';
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export interface AnnotateTarget {
  /** Where each Word job's copy goes, by the job's position in the plan. */
  destinations: Map<FileJob, string>;
  /** Inputs that are not Word documents, so get no copy (said on stderr). */
  skipped: string[];
  cwd: string;
}

/** Work out where the copies go, before anything is checked, so a bad PATH fails fast (exit 2). */
export function planAnnotation(target: string, plan: Plan, cwd: string): AnnotateTarget {
  const jobs = plan.entries.flatMap((entry) => ('job' in entry ? [entry.job] : []));
  const words = jobs.filter(isDocx);
  const skipped = jobs.filter((job) => !isDocx(job)).map((job) => job.displayPath);
  if (words.length === 0) {
    throw new UsageError(`--annotate writes a reviewed copy of Word documents, but none of the documents to check is a .docx file`);
  }
  const path = resolve(cwd, target);
  const namesAFile = target.toLowerCase().endsWith('.docx') && !isDirectory(path);
  if (namesAFile && words.length > 1) {
    throw new UsageError(
      `--annotate "${target}" names one file, but ${words.length} Word documents are being checked; give a folder instead, for example --annotate reviewed/`,
    );
  }
  if (!namesAFile && existsSync(path) && !isDirectory(path)) {
    throw new UsageError(`--annotate "${target}" is a file that is not a .docx; give a .docx file name for one document, or a folder`);
  }

  const destinations = new Map<FileJob, string>();
  const used = new Set<string>();
  for (const job of words) {
    let destination = namesAFile ? path : join(path, basename(job.bytes ? job.displayPath : job.path));
    // Two documents with the same name from different folders: number the second.
    for (let n = 2; used.has(destination); n++) destination = join(path, `${basename(job.path, extname(job.path))} (${n}).docx`);
    used.add(destination);
    destinations.set(job, destination);
  }
  const inputs = new Set(jobs.filter((job) => !job.bytes).map((job) => real(job.path)));
  for (const destination of destinations.values()) {
    if (inputs.has(real(destination)) || inputs.has(destination)) {
      throw new UsageError(
        `--annotate would write the reviewed copy to ${shortPath(destination, cwd)}, which is one of the documents being checked; compact-proof never writes over an input. Choose another file name or folder`,
      );
    }
  }
  return { destinations, skipped, cwd };
}

function toAnnotation(message: Message, rules: ReturnType<typeof ruleInfo>): AnnotationFinding {
  const rule = rules[message.ruleId];
  const commitment = rule ? `${rule.commitmentTitle}. ${rule.commitmentSummary}` : message.note;
  return {
    severity: message.severity,
    message: message.message,
    offset: message.offset,
    endOffset: message.endOffset,
    actual: message.actual,
    expected: message.expected,
    commitment,
  };
}

function describePlacements(placements: Placement[]): string {
  const count = (kind: Placement) => placements.filter((placement) => placement === kind).length;
  const total = placements.length;
  const parts = [`${total} comment${total === 1 ? '' : 's'}`];
  const notes = count('note');
  const loose = count('paragraph') + count('document');
  if (notes) parts.push(`${notes} on a footnote’s mark`);
  if (loose) parts.push(`${loose} on ${loose === 1 ? 'its paragraph' : 'their paragraphs'}, not the exact words`);
  return parts.join(', ');
}

/**
 * Write the reviewed copies. Returns the number of documents that could not be given one
 * (each said on stderr, naming the file); the others are still written.
 */
export async function writeReviewedCopies(
  target: AnnotateTarget,
  results: Map<FileJob, FileResult>,
  write: (line: string) => void,
  date?: Date,
): Promise<number> {
  for (const skipped of target.skipped) write(`--annotate: no reviewed copy of ${skipped}: only Word .docx documents can have comments added`);
  const rules = ruleInfo();
  let problems = 0;
  for (const [job, destination] of target.destinations) {
    const result = results.get(job);
    if (!result || result.errors.length) continue; // already reported: it could not be read
    try {
      const bytes = job.bytes ?? (await readBytes(job.path, job.limits));
      // The same extraction the check used, so the findings' offsets point into this text.
      const extracted = await extractText(bytes, '.docx', job.limits);
      const annotated = await annotateDocx(bytes, extracted.text, result.messages.map((message) => toAnnotation(message, rules)), { date });
      mkdirSync(resolve(destination, '..'), { recursive: true });
      await writeFile(destination, annotated.bytes);
      write(`wrote a reviewed copy of ${job.displayPath} to ${shortPath(destination, target.cwd)} (${describePlacements(annotated.placements)})`);
    } catch (error) {
      problems++;
      const reason = error instanceof AnnotateError || error instanceof InputError ? error.message : (error as Error).message;
      write(`could not write a reviewed copy of ${job.displayPath} to ${shortPath(destination, target.cwd)}: ${reason}`);
    }
  }
  return problems;
}
