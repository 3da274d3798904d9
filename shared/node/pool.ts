/**
 * Check files in worker threads, each file isolated: a worker has a memory cap (the
 * memoryMB limit, through resourceLimits) and each file a time limit (secondsPerFile). A
 * file that runs out of memory or time loses only its own worker: it is reported as over
 * that limit, a fresh worker takes the next file, and every other file is still checked.
 * Workers take the next file as soon as they finish the last (papers differ a lot in
 * size); results are put back in input order. The main thread only hands out work, so
 * nothing a document does can stop the run from finishing and reporting.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { newWorker, stopEarlyWorker, takeEarlyWorker, workerScript } from './early-worker.ts';
import { howToRaise, type LimitName } from '../config/limits.ts';
import { formatLimit } from './extract/types.ts';
import { checkFile } from './lint-file.ts';
import type { FileJob, FileResult } from './results.ts';

export interface PoolOptions {
  /** Worker threads to check files on. */
  jobs?: number;
  /** Called after each file, for the progress bar. */
  onProgress?: (done: number, total: number) => void;
}


export function availableCores(): number {
  return Math.max(1, availableParallelism());
}

export function defaultJobs(): number {
  return availableCores();
}

export async function checkFiles(jobs: FileJob[], options: PoolOptions = {}): Promise<FileResult[]> {
  const threads = Math.max(1, Math.min(options.jobs ?? defaultJobs(), jobs.length));
  const script = workerScript();
  // Run from source (tests that import the CLI directly) there is no bundled worker to isolate files in.
  if (!script) return checkInThisThread(jobs, options);
  return checkInWorkers(jobs, threads, script, options);
}

async function checkInThisThread(jobs: FileJob[], options: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const job of jobs) {
    results.push(await checkFile(job));
    options.onProgress?.(results.length, jobs.length);
  }
  return results;
}

/** The result for a file whose worker had to be stopped (or died) while checking it. */
function stoppedResult(job: FileJob, limit: LimitName | undefined, why: string, durationMs: number): FileResult {
  const message = limit
    ? `could not check ${job.displayPath}: ${why}, over the limit of ${formatLimit(limit, job.limits[limit])} (${limit}); ${howToRaise(limit, job.limits[limit])}`
    : `could not check ${job.displayPath}: unexpected error: ${why}`;
  return { file: job.displayPath, messages: [], errors: [{ message }], ...(limit ? { overLimit: limit } : {}), durationMs };
}

const MAX_TIMER_MS = 2 ** 31 - 1;

interface Slot {
  worker?: Worker;
  /** The memory cap the worker was started with. */
  memoryMB?: number;
  /** The file the worker is on, when it was given it, and the timer that stops it. */
  busy?: { index: number; started: number; timer: NodeJS.Timeout };
}

function checkInWorkers(jobs: FileJob[], threads: number, script: string, options: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;

  return new Promise((resolve) => {
    const slots: Slot[] = Array.from({ length: threads }, () => ({}));

    const finishIfDone = () => {
      if (done < jobs.length) return;
      for (const slot of slots) void slot.worker?.terminate();
      resolve(results);
    };

    const record = (index: number, result: FileResult) => {
      if (results[index]) return; // Already reported (a stopped worker's late message).
      results[index] = result;
      done++;
      options.onProgress?.(done, jobs.length);
    };

    /** Stop the slot's worker for good (it is replaced when the next file needs one). */
    const retire = (slot: Slot) => {
      if (slot.busy) clearTimeout(slot.busy.timer);
      slot.busy = undefined;
      const worker = slot.worker;
      slot.worker = undefined;
      if (worker) {
        worker.removeAllListeners();
        worker.on('error', () => {}); // Errors from a worker being stopped are of no interest now.
        void worker.terminate();
      }
    };

    /** The slot's worker stopped (memory, crash) or must be stopped (time) while on a file. */
    const lose = (slot: Slot, limit: LimitName | undefined, why: string) => {
      const busy = slot.busy;
      retire(slot);
      if (busy) record(busy.index, stoppedResult(jobs[busy.index]!, limit, why, performance.now() - busy.started));
      feed(slot);
      finishIfDone();
    };

    const startWorker = (slot: Slot, memoryMB: number) => {
      // The worker started while the CLI was loading, when its memory cap is this one.
      const worker = takeEarlyWorker(memoryMB) ?? newWorker(script, memoryMB);
      slot.worker = worker;
      slot.memoryMB = memoryMB;
      worker.on('message', ({ index, result }: { index: number; result: FileResult }) => {
        if (slot.worker !== worker || slot.busy?.index !== index) return;
        clearTimeout(slot.busy.timer);
        slot.busy = undefined;
        record(index, result);
        feed(slot);
        finishIfDone();
      });
      worker.on('error', (error: NodeJS.ErrnoException) => {
        if (slot.worker !== worker) return;
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') lose(slot, 'memoryMB', 'it needed more memory');
        else lose(slot, undefined, error.message);
      });
      worker.on('exit', (code) => {
        if (slot.worker !== worker) return;
        lose(slot, undefined, `the thread checking it stopped (exit code ${code})`);
      });
    };

    /** Give the slot the next file, starting a worker (with the file's memory cap) if needed. */
    const feed = (slot: Slot) => {
      if (next >= jobs.length) {
        retire(slot);
        return;
      }
      const index = next++;
      const job = jobs[index]!;
      // Workers are reused from file to file; a file under a different memory cap needs a new one.
      if (slot.worker && slot.memoryMB !== job.limits.memoryMB) retire(slot);
      if (!slot.worker) startWorker(slot, job.limits.memoryMB);
      // Timers cannot wait longer than about 24 days; a limit beyond that means no time limit.
      const timer = setTimeout(() => lose(slot, 'secondsPerFile', 'checking it took too long'), Math.min(job.limits.secondsPerFile * 1000, MAX_TIMER_MS));
      if (job.limits.secondsPerFile * 1000 > MAX_TIMER_MS) clearTimeout(timer);
      slot.busy = { index, started: performance.now(), timer };
      slot.worker!.postMessage({ index, job });
    };

    if (jobs.length === 0) resolve(results);
    for (const slot of slots) feed(slot);
  });
}
