/**
 * One measurement in a fresh process (so peak memory belongs to it alone):
 *   node .tmp/bench/measure.mjs <bytes> <lint|parse|parse-whole>
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

const work: Record<string, () => unknown> = {
  lint: () => lintDocument(text, config, { format: 'markdown', today }).findings.length,
  parse: () => parseText(text).children.length,
  // What any retext linter pays: retext-english parsing the whole text as one tree.
  'parse-whole': () => unified().use(retextEnglish).parse(text).children.length,
};

// Warm up on a small slice so JIT compilation is not counted against the first size.
lintDocument(text.slice(0, 20000), config, { format: 'markdown', today });
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
    findings: mode === 'lint' ? result : undefined,
  }),
);
