/**
 * The CLI's first worker thread, started as soon as the CLI's bundle is loaded (cli.ts
 * imports this module first), before the options are read and the run is planned. A worker
 * takes about 0.2 s to start (Node compiles its own modules again in a new thread, then the
 * worker's bundle), and the main thread needs about as long to load the CLI and plan the run:
 * on two or more cores the two now overlap instead of one waiting for the other (issue 17).
 *
 * It is started with the default memory cap; the pool takes it for the first file only when
 * the file's cap is the same (a config file may set another), and otherwise it is stopped.
 * Until the pool takes it, it does not keep the process alive, and a run that checks no file
 * (a usage error) stops it; a command line that asks for help or the version starts none. Nothing is started when the CLI runs from source (tests
 * that import it), as there is no bundled worker to run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LIMIT_DEFAULTS } from '../config/limits.ts';

/** The worker's young generation (new objects), in MB: see workerOptions. */
const YOUNG_GENERATION_MB = 16;

/** The bundled worker sits beside the bundled CLI (see build-cli.mjs). */
export function workerScript(): string | undefined {
  const path = fileURLToPath(new URL('./lint-worker.mjs', import.meta.url));
  return existsSync(path) ? path : undefined;
}

/** A new worker thread with a memory cap of `memoryMB`. */
export function newWorker(script: string, memoryMB: number): Worker {
  return new Worker(script, {
    // The old generation is where a document's text, trees and findings live; the cap
    // makes V8 stop this worker (not the process) when a file needs more. A young
    // generation of 16 MB (V8 would let it reach 48) holds less short-lived garbage at
    // the peak, at no cost we could measure (issue 17: peak RSS at 5 MB ≤ 200 MB).
    resourceLimits: { maxOldGenerationSizeMb: memoryMB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

let early: { worker: Worker; memoryMB: number; stopped: boolean } | undefined;

/** The command line asks only for help or the version: no file will be checked. */
function asksOnlyForHelp(argv: readonly string[]): boolean {
  return argv.some((argument) => argument === '--help' || argument === '-h' || argument === '--version' || argument === '-v');
}

function startEarly(): void {
  const script = workerScript();
  if (!script || asksOnlyForHelp(process.argv.slice(2))) return;
  const memoryMB = LIMIT_DEFAULTS.memoryMB;
  const worker = newWorker(script, memoryMB);
  const started = { worker, memoryMB, stopped: false };
  // Not waited for yet: it must not keep the process alive, and if it fails before it is
  // used, a fresh worker is started instead.
  worker.unref();
  worker.on('error', () => {
    started.stopped = true;
  });
  worker.on('exit', () => {
    started.stopped = true;
  });
  early = started;
}

/** The early worker, if it is still running and has this memory cap; it is then the caller's. */
export function takeEarlyWorker(memoryMB: number): Worker | undefined {
  const taken = early;
  if (!taken || taken.stopped || taken.memoryMB !== memoryMB) return undefined;
  early = undefined;
  taken.worker.removeAllListeners();
  taken.worker.ref();
  return taken.worker;
}

/** Stop the early worker if nothing took it (the run checked no file, or needed another cap). */
export function stopEarlyWorker(): void {
  const left = early;
  early = undefined;
  if (!left) return;
  left.worker.removeAllListeners();
  left.worker.on('error', () => {});
  void left.worker.terminate();
}

startEarly();
