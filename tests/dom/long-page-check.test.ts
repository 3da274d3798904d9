// @vitest-environment happy-dom
/**
 * A long committee page is checked in slices: the page's own timers keep running while its
 * text is read and its highlights painted, and slicing changes nothing in the result.
 */
import { describe, expect, it } from 'vitest';
import { PageChecker } from '../../shared/dom/page-checker.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { defaultYield, extractVisibleText } from '../../shared/dom/extract.ts';
import { findMainContent } from '../../shared/dom/main-content.ts';
import type { HighlightApi } from '../../shared/dom/highlight.ts';
import { councilPage } from '../bench/council-page.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

function countingHighlights() {
  let added = 0;
  const api: HighlightApi = {
    registry: { set: () => undefined, delete: () => false, get: () => undefined },
    create: () => ({ priority: 0, add: () => added++, clear: () => undefined, size: 0 }) as never,
  };
  return { api, added: () => added };
}

describe('checking a long committee page', () => {
  it('lets the page’s timers run while it reads the text, and finds exactly what an unsliced check finds', async () => {
    const html = councilPage(10_000);
    document.body.innerHTML = html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));

    // The page's own work: a timer that re-arms itself, as an animation or a clock would.
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);

    let ticksBeforeLint = -1;
    let yields = 0;
    const highlights = countingHighlights();
    const checker = new PageChecker(document, {
      lint: async (text, headings) => {
        ticksBeforeLint = ticks;
        return { ...lintPage({ text, headings }, {}, [], TEST_TODAY), ignoredPhrases: [], autoCheck: false };
      },
      ignorePhrase: async () => undefined,
      unignorePhrase: async () => undefined,
      announce: () => undefined,
      highlightApi: highlights.api,
      yieldToPage: () => {
        yields++;
        return defaultYield();
      },
    });
    const results = await checker.check();
    running = false;
    checker.stop();

    expect(results.status).toBe('done');
    // Reading the page was split into slices, and the page's timer ran between them.
    expect(yields).toBeGreaterThan(1);
    expect(ticksBeforeLint).toBeGreaterThan(0);

    // The same text read in one go gives the same findings, offset for offset.
    const whole = extractVisibleText(findMainContent(document).root);
    const unsliced = lintPage({ text: whole.text, headings: whole.headings }, {}, [], TEST_TODAY).findings;
    expect(results.findings.length).toBeGreaterThan(50);
    expect(results.findings.map((f) => [f.ruleId, f.offset, f.endOffset, f.message])).toEqual(unsliced.map((f) => [f.ruleId, f.offset, f.endOffset, f.message]));
    expect(highlights.added()).toBe(results.findings.length);
  }, 60_000);
});
