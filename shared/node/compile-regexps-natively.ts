/**
 * Imported first by the CLI and by its worker thread, so it runs before any regular
 * expression is used: V8 then compiles each regular expression straight to machine code
 * instead of first to bytecode for its interpreter. The rules' patterns are large
 * (impact-assessment's cut verbs are 3,400 characters, case-insensitive) and V8's bytecode
 * compiler, with its peephole pass, takes 40–90 ms on one of them where the native compiler
 * takes about 10; a cold CLI run paid that for every large pattern before it ever reached
 * machine code (issue 17: about a tenth of a cold 1 MB lint). V8 flags are per process, so
 * the worker threads get it too; this is no flag or setting for the user.
 * Node only: a browser extension cannot set V8 flags.
 */
import { setFlagsFromString } from 'node:v8';

try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // A runtime without V8's flags: regular expressions work the same, only slower to start.
}
