/**
 * The engine's budget (LintOptions.budget): text over the character cap is refused before any
 * work, and a lint past its time stops at the next checkpoint, for callers (the extension's
 * background worker) that check text from anywhere. Clocks are fakes that count their calls,
 * so nothing here depends on the machine's speed.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint, lintDocument, LintBudgetExceeded, PART_CHARS } from '../../shared/engine/lint.ts';
import { lintPage, PAGE_LIMITS } from '../../shared/dom/lint-page.ts';
import { RULES } from '../../lint-rules/index.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const config = resolveConfig({});
const PARAGRAPH = 'The CVS will leverage its funding going forward. The consultation closes on 3 March 2025.';
/** A document of `blocks` paragraphs. */
const documentOf = (blocks: number) => Array.from({ length: blocks }, (_, index) => `${index + 1}. ${PARAGRAPH}`).join('\n\n');

/** A clock that moves on `step` milliseconds each time it is read, and counts the reads. */
function steppingClock(step: number) {
  let time = 0;
  const clock = { reads: 0, now: () => (clock.reads++, (time += step)) };
  return clock;
}

describe('the lint budget', () => {
  it('refuses text over the character cap before doing any work', () => {
    const clock = steppingClock(1);
    const error = (() => {
      try {
        lintDocument('x'.repeat(1_001), config, { budget: { maxChars: 1_000, maxMs: 10, now: clock.now } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LintBudgetExceeded);
    expect(error).toMatchObject({ reason: 'too-large', limit: 1_000, actual: 1_001 });
    expect(clock.reads).toBe(0);
    // Exactly at the cap is fine.
    expect(() => lint('x'.repeat(1_000), config, { budget: { maxChars: 1_000 } })).not.toThrow();
  });

  it('stops a lint that runs past its time at the next checkpoint', () => {
    const clock = steppingClock(1_000);
    expect(() => lint(documentOf(50), config, { today: TEST_TODAY, budget: { maxMs: 5_000, now: clock.now } })).toThrow(
      expect.objectContaining({ reason: 'too-slow', limit: 5_000 }),
    );
    // It stopped soon after the limit: the checkpoint that first saw 6 s had passed, not at the end.
    expect(clock.reads).toBe(7);
  });

  it('has a checkpoint for every group of blocks parsed and between every two rules', () => {
    const clock = steppingClock(0);
    const blocks = 640;
    lint(documentOf(blocks), config, { today: TEST_TODAY, budget: { maxMs: 1, now: clock.now } });
    // The start, ten groups of 64 blocks, one before each rule, one after the rules.
    expect(clock.reads).toBe(1 + blocks / 64 + RULES.length + 1);
  });

  it('finds exactly what an unbounded lint finds when the budget is not reached, over two parts', () => {
    const text = documentOf(Math.ceil((PART_CHARS * 1.3) / PARAGRAPH.length));
    const clock = steppingClock(0);
    const bounded = lint(text, config, { today: TEST_TODAY, budget: { maxChars: text.length, maxMs: 1, now: clock.now } });
    expect(bounded).toEqual(lint(text, config, { today: TEST_TODAY }));
    expect(bounded.length).toBeGreaterThan(100);
  }, 120_000);
});

describe('lintPage limits (the extension’s background check)', () => {
  it('are 2,000,000 characters and 30 seconds', () => {
    expect(PAGE_LIMITS).toEqual({ maxChars: 2_000_000, maxMs: 30_000 });
  });

  it('say plainly when a page is too large', () => {
    const page = { text: 'a '.repeat(1_000_001), headings: [] };
    expect(() => lintPage(page, {}, [], TEST_TODAY)).toThrow(
      'this page is too large to check. Its text is 2,000,002 characters long, and compact-proof checks pages of up to 2,000,000 characters. No findings are shown.',
    );
  });

  it('say plainly when a page took too long', () => {
    const clock = steppingClock(10_000);
    expect(() => lintPage({ text: documentOf(20), headings: [] }, {}, [], TEST_TODAY, { ...PAGE_LIMITS, now: clock.now })).toThrow(
      'checking this page took longer than 30 seconds, so compact-proof stopped. The page may be very long or unusually built. No findings are shown.',
    );
  });
});
