/**
 * compact-proof's command line: `compact-proof [options] <file|folder|->...`.
 * `main` parses the options, plans the run (files, configs, ignores), checks every file
 * (in worker threads when there are many), writes the report and returns the exit code:
 * 0 clean, 1 errors or too many warnings, 2 usage error, invalid config or unreadable input.
 * Nothing is sent anywhere: a council's draft never leaves the machine.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { severityRank } from '../engine/finding.ts';
import { planAnnotation, writeReviewedCopies } from './annotate.ts';
import { colourWanted } from './colour.ts';
import { checkFiles } from './pool.ts';
import { formatLetters } from './letter.ts';
import { HELP, parseCommandLine, UsageError, type CliOptions } from './options.ts';
import { checkOutputIsNotAnInput, planRun, STDIN, type Plan } from './plan.ts';
import { progressBar, wantsProgress } from './progress.ts';
import { formatGithub } from './reporters/github.ts';
import { formatHtml } from './reporters/html.ts';
import { formatJson } from './reporters/json.ts';
import { formatSarif } from './reporters/sarif.ts';
import { formatStylish, summaryLines } from './reporters/stylish.ts';
import type { ReportOptions } from './reporters/shared.ts';
import type { FileResult } from './results.ts';

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

async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function render(results: FileResult[], options: CliOptions, report: ReportOptions): string {
  if (options.letter) return formatLetters(results, options.output?.endsWith('.md') ? 'markdown' : 'text');
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
  const stdinBytes = options.inputs.includes(STDIN) ? await readAll(io.stdin) : undefined;
  const plan: Plan = planRun(options, io.cwd, stdinBytes);
  if (options.output) checkOutputIsNotAnInput(options.output, plan, io.cwd);
  // Where reviewed copies go is settled before the check, so a bad --annotate fails at once.
  const annotation = options.annotate ? planAnnotation(options.annotate, plan, io.cwd) : undefined;

  for (const problem of plan.configProblems) io.stderr.write(`compact-proof: ${problem}\n`);
  for (const folder of plan.emptyFolders) io.stderr.write(`compact-proof: no .txt, .md, .html, .docx or .pdf files found in ${folder}\n`);
  for (const note of plan.ignoredInputs) io.stderr.write(`compact-proof: ${note}\n`);

  const jobs = plan.entries.flatMap((entry) => ('job' in entry ? [entry.job] : []));
  const bar = wantsProgress(io.stderr, io.env, jobs.length) ? progressBar(io.stderr) : undefined;
  const checked = await checkFiles(jobs, { jobs: options.jobs, onProgress: bar?.update });
  bar?.clear();

  let next = 0;
  const results = plan.entries.map((entry) => ('job' in entry ? checked[next++]! : entry.failed));
  const threshold = severityRank(options.minSeverity);
  for (const result of results) result.messages = result.messages.filter((message) => severityRank(message.severity) <= threshold);

  for (const result of results) for (const error of result.errors) io.stderr.write(`compact-proof: ${error.message}\n`);

  let annotateProblems = 0;
  if (annotation) {
    const byJob = new Map(jobs.map((job, index) => [job, checked[index]!]));
    annotateProblems = await writeReviewedCopies(annotation, byJob, (line) => io.stderr.write(`compact-proof: ${line}\n`));
  }

  // The same colour decision for the report (on stdout, unless written to a file) and the summary on stderr.
  const reportColour = colourWanted(io.env, !options.output && Boolean(io.stdout.isTTY));
  const report = render(results, options, { why: options.why, color: reportColour, cwd: io.cwd, version: VERSION });
  if (options.output) {
    try {
      await writeFile(resolve(io.cwd, options.output), report);
    } catch (error) {
      io.stderr.write(`compact-proof: could not write the report to ${options.output}: ${(error as Error).message}\n`);
      return 2;
    }
  } else io.stdout.write(report);
  // Someone at a terminal who is not looking at the stylish report still gets the summary.
  const reportOnScreen = !options.output && options.format === 'stylish' && !options.letter;
  if (!reportOnScreen && io.stderr.isTTY) io.stderr.write(`${summaryLines(results, colourWanted(io.env, Boolean(io.stderr.isTTY))).join('\n')}\n`);

  const unreadable = plan.configProblems.length > 0 || results.some((result) => result.errors.length > 0) || annotateProblems > 0;
  const errors = results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === 'error').length, 0);
  const warnings = results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === 'warning').length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(`compact-proof: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
  }
  if (unreadable) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
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
      io.stderr.write(`compact-proof: ${error.message}\nRun "compact-proof --help" to see the options.\n`);
      return 2;
    }
    throw error;
  }
}
