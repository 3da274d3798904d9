/**
 * Pathological inputs: each shape that once made the engine, the HTML extractor or the
 * document details quadratic (or overflowed the stack) is run at three sizes, each double
 * the last, and must grow about linearly. Linear work grows four times from the smallest to
 * the largest, quadratic work sixteen times; the bound is eight, and a largest run under a
 * quarter of a second passes whatever the ratio, so a busy machine does not fail the suite
 * while a return to the old paths (seconds to minutes at the sizes) does. Speed
 * goals live in the benchmarks; this only catches a catastrophic regression. Issue 12 has
 * the reproductions; the timings before and after are in the commit history.
 */
import { describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import type { SourceFormat } from '../../shared/text/source-format.ts';
import { extractHtml } from '../../shared/node/extract/html.ts';
import { documentDetails } from '../../shared/report/document-details.ts';

vi.setConfig({ testTimeout: 60_000 });

const config = resolveConfig({});

/**
 * Doubling the input may at most about double the time (linear: 2, quadratic: 4). One slow
 * run on a loaded machine (CI, other jobs, garbage collection) can make a single step look
 * quadratic, so the check fails only when both steps grow faster than this, or the whole
 * quadrupling grows more than a quadratic would: this suite is to catch a catastrophic
 * regression, not to time code.
 */
const MOST_STEP_GROWTH = 3.5;
const MOST_GROWTH = 16;
/** A largest run faster than this passes: too quick to matter, and too quick to time well. */
const FAST_ENOUGH_MS = 250;
/**
 * Runs shorter than this are counted as this long when the growth is worked out: a 10 ms run
 * that one garbage collection turns into 68 ms at double the size looked quadratic on a busy
 * clean-clone run ("Mr. " at 10 / 68 / 264 ms), while the old quadratic paths took seconds.
 */
const TIMING_FLOOR_MS = 30;

function millisecondsFor(run: () => unknown): number {
  const began = performance.now();
  run();
  return performance.now() - began;
}

/**
 * Run `work` on `build(n)`, `build(2n)` and `build(4n)` and check the time grows about
 * linearly. The smallest size is run once first to warm up the code.
 */
function expectLinear(build: (count: number) => string, count: number, work: (input: string) => unknown): void {
  const inputs = [build(count), build(count * 2), build(count * 4)];
  work(inputs[0]!);
  // The best of three runs for each size: a pause for garbage collection or another process
  // lands in one run, rarely in all three.
  const times = inputs.map((input) => Math.min(millisecondsFor(() => work(input)), millisecondsFor(() => work(input)), millisecondsFor(() => work(input))));
  const [smallest, middle, largest] = (times as [number, number, number]).map((time) => Math.max(time, TIMING_FLOOR_MS)) as [number, number, number];
  const summary = `times ${times.map((time) => time.toFixed(0)).join(' / ')} ms for ${inputs.map((input) => input.length).join(' / ')} characters`;
  if (largest <= FAST_ENOUGH_MS) return;
  const bothStepsQuadratic = middle / smallest > MOST_STEP_GROWTH && largest / middle > MOST_STEP_GROWTH;
  expect(bothStepsQuadratic, `both doublings grew more than ${MOST_STEP_GROWTH}×: ${summary}`).toBe(false);
  expect(largest / smallest, summary).toBeLessThanOrEqual(MOST_GROWTH);
}

const lintAs = (format: SourceFormat) => (text: string) => lint(text, config, { format, today: new Date(Date.UTC(2025, 0, 15)) });
const details = (text: string) => documentDetails({ text, pageTitle: text.slice(0, 100_000), headings: [text.slice(0, 100_000)] });
const repeat = (unit: string) => (count: number) => unit.repeat(count);

describe('the engine stays linear on one very long line', () => {
  it('many dates on one line (the document-date cue was read from the line start for every date)', () => {
    expectLinear(repeat('1 March 2025. '), 2500, lintAs('text'));
  });

  it('"Mr. " and "A.B." repeated', () => {
    expectLinear(repeat('Mr. '), 6000, lintAs('text'));
    expectLinear(repeat('A.B.'), 6000, lintAs('text'));
  });

  it('a line with no white space ("1." overflowed the parser’s stack; "1/" was quadratic)', () => {
    expectLinear(repeat('1.'), 12_000, lintAs('text'));
    expectLinear(repeat('1/'), 12_000, lintAs('text'));
  });

  it('Markdown link targets and tags with no end on the line', () => {
    expectLinear(repeat(']('), 12_000, lintAs('markdown'));
    expectLinear(repeat('<a '), 8000, lintAs('markdown'));
  });

  it('HTML comments with no end', () => {
    expectLinear(repeat('<!--'), 12_000, lintAs('text'));
  });

  it('a document of lone carriage returns, as text and Markdown', () => {
    expectLinear(repeat('\r'), 25_000, lintAs('text'));
    expectLinear(repeat('\r'), 25_000, lintAs('markdown'));
    expectLinear(repeat('Draft plan.\r'), 3000, lintAs('markdown'));
  });
});

describe('the HTML extractor stays linear', () => {
  it('"<a " repeated: a tag that never closes', () => {
    expectLinear(repeat('<a '), 15_000, extractHtml);
    expectLinear(repeat('<a "'), 15_000, extractHtml);
    expectLinear(repeat('<p title="x>'), 8000, extractHtml);
  });

  it('stray end tags under many open elements', () => {
    expectLinear((count) => '<div>'.repeat(count) + '</b>'.repeat(count), 25_000, extractHtml);
  });

  it('an unclosed <title> repeated, and white space inside <pre>', () => {
    expectLinear(repeat('<title '), 15_000, extractHtml);
    expectLinear((count) => `<pre>a${' '.repeat(count)}`, 50_000, extractHtml);
  });

  it('the extracted text of "<a " repeated lints linearly', () => {
    expectLinear(repeat('<a '), 10_000, (html) => lintAs('html')(extractHtml(html).text));
  });
});

describe('the document details stay linear', () => {
  it('on the issue’s inputs', () => {
    expectLinear(repeat('A.B.'), 25_000, details);
    expectLinear(repeat('Mr. '), 25_000, details);
    expectLinear(repeat('\r'), 100_000, details);
    expectLinear((count) => `a${' '.repeat(count)}b`, 100_000, details);
  });
});
