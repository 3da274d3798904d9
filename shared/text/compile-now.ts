/**
 * Have V8 compile regular expressions to machine code now, once, rather than when they first
 * run. V8 normally compiles a pattern first to bytecode for its interpreter and, when it runs
 * again, to machine code; for the rules' largest patterns (3,000 characters and more,
 * case-insensitive, hundreds of alternatives) the bytecode compiler alone takes 40–90 ms each,
 * against about 10 ms for the native compiler, and the cold first check of a page paid both
 * (issue 17). V8 compiles straight to machine code when a pattern first runs on a subject of
 * 1,000 characters or more, so running each once on such a string at module load does that.
 * The run itself matches nothing and takes microseconds. The CLI gets the same for every pattern
 * from a V8 flag (shared/node/compile-regexps-natively.ts); a browser cannot set one.
 */
const LONG_ENOUGH = ' '.repeat(1024);

export function compileNow(...patterns: RegExp[]): void {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    pattern.test(LONG_ENOUGH);
    pattern.lastIndex = 0;
  }
}
