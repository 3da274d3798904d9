/**
 * Check many files using every core: the main thread plus worker threads, each taking the
 * next file as soon as it finishes the last (papers differ a lot in size), with results
 * put back in input order. A handful of files is checked in the main thread alone:
 * starting a worker (loading the engine again) costs more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile } from './lint-file.ts';
import type { FileJob, FileResult } from './results.ts';

/** Below this many files, one thread is faster than starting workers. */
export const MIN_FILES_FOR_WORKERS = 6;

export interface PoolOptions {
  /** Threads to lint on, the main thread included; 1 checks everything in the main thread. */
  jobs?: number;
  /** Called after each file, for the progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The bundled worker sits beside the bundled CLI (see build-cli.mjs). */
function workerScript(): string | undefined {
  const path = fileURLToPath(new URL('./lint-worker.mjs', import.meta.url));
  return existsSync(path) ? path : undefined;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function checkFiles(jobs: FileJob[], options: PoolOptions = {}): Promise<FileResult[]> {
  const wanted = Math.min(options.jobs ?? defaultJobs(), jobs.length);
  const script = workerScript();
  if (wanted <= 1 || jobs.length < MIN_FILES_FOR_WORKERS || !script) return checkInThisThread(jobs, options);
  return checkInWorkers(jobs, wanted, script, options);
}

async function checkInThisThread(jobs: FileJob[], options: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const job of jobs) {
    results.push(await checkFile(job));
    options.onProgress?.(results.length, jobs.length);
  }
  return results;
}

function checkInWorkers(jobs: FileJob[], threads: number, script: string, options: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;

  return new Promise((resolve) => {
    const workers: Worker[] = [];
    const finish = () => {
      for (const worker of workers) void worker.terminate();
      resolve(results);
    };
    const record = (index: number, result: FileResult) => {
      results[index] = result;
      done++;
      options.onProgress?.(done, jobs.length);
      if (done === jobs.length) finish();
    };
    /** The main thread takes its share too, so `threads` threads lint and only threads − 1 engines are started. */
    const checkHere = async () => {
      while (next < jobs.length) {
        const index = next++;
        record(index, await checkFile(jobs[index]!));
        // Let the workers' results in between files.
        await new Promise((resolveTurn) => setImmediate(resolveTurn));
      }
    };

    for (let n = 0; n < threads - 1; n++) {
      const worker = new Worker(script);
      workers.push(worker);
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) return;
        current = next++;
        worker.postMessage({ index: current, job: jobs[current] });
      };
      worker.on('message', ({ index, result }: { index: number; result: FileResult }) => {
        current = -1;
        record(index, result);
        feed();
      });
      worker.on('error', (error) => {
        // A crashed worker loses only the file it was on; the other threads carry on.
        if (current !== -1) {
          const job = jobs[current]!;
          record(current, {
            file: job.displayPath,
            messages: [],
            errors: [{ message: `could not check ${job.displayPath}: unexpected error: ${error.message}` }],
            durationMs: 0,
          });
          current = -1;
        }
      });
      feed();
    }
    void checkHere();
  });
}
