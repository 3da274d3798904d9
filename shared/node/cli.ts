/**
 * compact-proof's command line: `compact-proof [options] <file|folder|->...`.
 * `main` parses the options, plans the run (files, configs, ignores), checks every file
 * (in worker threads when there are many), writes the report and returns the exit code:
 * 0 clean, 1 errors or too many warnings, 2 usage error, invalid config or unreadable input.
 * Nothing is sent anywhere: a council's draft never leaves the machine.
 */
// First: it must run before any regular expression is compiled.
import './compile-regexps-natively.ts';
// Next: starts the first worker thread while the rest of the CLI loads (early-worker.ts).
import { stopEarlyWorker } from './early-worker.ts';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { severityRank } from '../engine/finding.ts';
import { planAnnotation, writeReviewedCopies } from './annotate.ts';
import { colourWanted } from './colour.ts';
import { LIMIT_DEFAULTS } from '../config/limits.ts';
import { MB } from './extract/types.ts';
import { availableCores, checkFiles } from './pool.ts';
import { formatLetters } from './letter.ts';
import { HELP, parseCommandLine, UsageError, type CliOptions } from './options.ts';
import { checkOutputIsNotAnInput, planRun, STDIN, type Plan } from './plan.ts';
import { progressBar, wantsProgress } from './progress.ts';
import { formatGithub } from './reporters/github.ts';
import { formatHtml } from './reporters/html.ts';
import { formatJson } from './reporters/json.ts';
import { formatConsultations } from './reporters/consultations.ts';
import { formatSarif } from './reporters/sarif.ts';
import { formatStylish, summaryLines } from './reporters/stylish.ts';
import type { ReportOptions } from './reporters/shared.ts';
import type { FileResult } from './results.ts';
import { terminalBlock } from './terminal-text.ts';

/** A message for stderr: it may quote a file name, a config value or an option, so control characters are shown, not obeyed. */
function complain(io: CliIo, message: string): void {
  io.stderr.write(`compact-proof: ${terminalBlock(message)}\n`);
}

declare const __COMPACT_PROOF_VERSION__: string | undefined;
/** Set by build-cli.mjs from package.json; "development" when run from source. */
export const VERSION = typeof __COMPACT_PROOF_VERSION__ === 'string' ? __COMPACT_PROOF_VERSION__ : 'development';

/** Where the CLI reads and writes; replaceable in tests. */
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/**
 * Standard input, but never more than one byte past the fileSizeMB limit: an endless
 * stream (`< /dev/zero`) stops there, and the check reports the input as over the limit.
 */
async function readAll(stream: NodeJS.ReadStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    if (length > maxBytes) break;
  }
  if (length > maxBytes) stream.destroy();
  return Buffer.concat(chunks).subarray(0, maxBytes + 1);
}

function render(results: FileResult[], options: CliOptions, report: ReportOptions): string {
  if (options.letter) return formatLetters(results, options.output?.endsWith('.md') ? 'markdown' : 'text', new Date(), options.letterOtherPoints);
  if (options.summary === 'consultations') return formatConsultations(results, options.format === 'csv' ? 'csv' : 'table');
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, report);
    case 'github':
      return formatGithub(results);
    case 'html':
      return formatHtml(results, report);
    default:
      return formatStylish(results, report);
  }
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const stdinLimit = Math.floor((options.limits.fileSizeMB ?? LIMIT_DEFAULTS.fileSizeMB) * MB);
  const stdinBytes = options.inputs.includes(STDIN) ? await readAll(io.stdin, stdinLimit) : undefined;
  const plan: Plan = planRun(options, io.cwd, stdinBytes);
  if (options.output) checkOutputIsNotAnInput(options.output, plan, io.cwd);
  // Where reviewed copies go is settled before the check, so a bad --annotate fails at once.
  const annotation = options.annotate ? planAnnotation(options.annotate, plan, io.cwd) : undefined;

  for (const problem of plan.configProblems) complain(io, problem);
  for (const folder of plan.emptyFolders) complain(io, `no .txt, .md, .html, .docx or .pdf files found in ${folder}`);
  for (const note of plan.ignoredInputs) complain(io, note);

  const jobs = plan.entries.flatMap((entry) => ('job' in entry ? [entry.job] : []));
  const cores = availableCores();
  if (options.jobs !== undefined && options.jobs > cores) {
    // Each thread holds a copy of the engine (and a file); more threads than cores only costs memory.
    io.stderr.write(`compact-proof: --jobs ${options.jobs} is more than the ${cores} core${cores === 1 ? '' : 's'} this computer has; using ${cores}\n`);
  }
  const bar = wantsProgress(io.stderr, io.env, jobs.length) ? progressBar(io.stderr) : undefined;
  const checked = await checkFiles(jobs, { jobs: Math.min(options.jobs ?? cores, cores), onProgress: bar?.update });
  bar?.clear();

  let next = 0;
  const results = plan.entries.map((entry) => ('job' in entry ? checked[next++]! : entry.failed));
  const threshold = severityRank(options.minSeverity);
  for (const result of results) result.messages = result.messages.filter((message) => severityRank(message.severity) <= threshold);

  for (const result of results) for (const error of result.errors) complain(io, error.message);

  let annotateProblems = 0;
  if (annotation) {
    const byJob = new Map(jobs.map((job, index) => [job, checked[index]!]));
    annotateProblems = await writeReviewedCopies(annotation, byJob, (line) => io.stderr.write(`compact-proof: ${line}\n`));
  }

  // The same colour decision for the report (on stdout, unless written to a file) and the summary on stderr.
  const reportColour = colourWanted(io.env, !options.output && Boolean(io.stdout.isTTY));
  const report = render(results, options, { why: options.why, color: reportColour, cwd: io.cwd, version: VERSION });
  if (options.output) {
    // Checked again at the last moment: the files may have changed while the run was checking.
    checkOutputIsNotAnInput(options.output, plan, io.cwd);
    try {
      await writeFile(resolve(io.cwd, options.output), report);
    } catch (error) {
      complain(io, `could not write the report to ${options.output}: ${(error as Error).message}`);
      return 2;
    }
  } else io.stdout.write(report);
  // Someone at a terminal who is not looking at the stylish report still gets the summary.
  const reportOnScreen = !options.output && options.format === 'stylish' && !options.letter && !options.summary;
  if (!reportOnScreen && io.stderr.isTTY) io.stderr.write(`${summaryLines(results, colourWanted(io.env, Boolean(io.stderr.isTTY))).join('\n')}\n`);

  const unreadable = plan.configProblems.length > 0 || results.some((result) => result.errors.length > 0) || annotateProblems > 0;
  const errors = results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === 'error').length, 0);
  const warnings = results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === 'warning').length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    complain(io, `${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows`);
  }
  if (unreadable) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await mainWithOptions(argv, io);
  } finally {
    // A run that checked no file (help, a usage error), or whose files needed another memory cap.
    stopEarlyWorker();
  }
}

async function mainWithOptions(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCommandLine(argv);
    if (options.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (options.inputs.length === 0) throw new UsageError('no documents given: name one or more files or folders, or "-" to read standard input');
    return await run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      complain(io, `${error.message}\nRun "compact-proof --help" to see the options.`);
      return 2;
    }
    throw error;
  }
}
