/**
 * One measurement in a fresh process (so peak memory belongs to it alone):
 *   node .tmp/bench/measure.mjs <bytes> <lint|lint-warm|parse|parse-whole>
 * Prints one JSON line: words, milliseconds, words per second, peak RSS in MB.
 */
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { resolveConfig } from '../../shared/config/index.ts';
import { lintDocument } from '../../shared/engine/lint.ts';
import { parseText } from '../../shared/engine/parse.ts';
import { buildCorpus, countWords } from './corpus.ts';

const [bytesArgument = '1000000', mode = 'lint'] = process.argv.slice(2);
const text = buildCorpus(Number(bytesArgument));
const words = countWords(text);
const config = resolveConfig({});
const today = new Date(Date.UTC(2025, 5, 1));

const lintAll = () => lintDocument(text, config, { format: 'markdown', today }).findings.length;
const work: Record<string, () => unknown> = {
  lint: lintAll,
  // The same lint once the JIT has compiled the hot code, as in a long-running process (the
  // extension's background worker, the CLI's workers on an agenda pack). Nothing is cached
  // between runs: every run builds its own trees and facts.
  'lint-warm': lintAll,
  parse: () => parseText(text).children.length,
  // What any retext linter pays: retext-english parsing the whole text as one tree.
  'parse-whole': () => unified().use(retextEnglish).parse(text).children.length,
};

// Warm up on a small slice so start-up compilation is not counted against the first size;
// 'lint-warm' warms up on the whole text until the JIT has settled.
lintDocument(text.slice(0, 20000), config, { format: 'markdown', today });
if (mode === 'lint-warm') for (let run = 0; run < 4; run++) lintAll();
// Collect the corpus builder's garbage so the peak reflects the linter, not the test rig.
(globalThis as { gc?: () => void }).gc?.();
const baselineRss = process.memoryUsage().rss;

const started = performance.now();
const result = work[mode]!();
const milliseconds = performance.now() - started;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// What the result and the caches still hold once garbage is collected: the peak above is
// mostly garbage V8 has not yet collected, because it lets the heap grow before compacting.
(globalThis as { gc?: () => void }).gc?.();
const liveHeapMb = process.memoryUsage().heapUsed / 1048576;

console.log(
  JSON.stringify({
    mode,
    bytes: text.length,
    words,
    milliseconds: Math.round(milliseconds),
    wordsPerSecond: Math.round(words / (milliseconds / 1000)),
    peakRssMb: Math.round(peakRssMb),
    liveHeapMb: Math.round(liveHeapMb),
    baselineRssMb: Math.round(baselineRss / 1048576),
    findings: mode.startsWith('lint') ? result : undefined,
  }),
);
