/**
 * Worker thread entry: checks the files the main thread sends, one at a time, and sends
 * each result back with its index so results can be put in input order.
 */
// First: it must run before any regular expression is compiled.
import './compile-regexps-natively.ts';
import { parentPort } from 'node:worker_threads';
import { checkFile } from './lint-file.ts';
import type { FileJob } from './results.ts';

parentPort?.on('message', async ({ index, job }: { index: number; job: FileJob }) => {
  parentPort!.postMessage({ index, result: await checkFile(job) });
});
