import { describe, expect, it } from 'vitest';
import { createWarmUp, WARM_UP_RUNS, WARM_UP_TEXT, warmUpHeadings } from '../../shared/dom/warm-up.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

describe('warming the engine when the side panel opens', () => {
  it('lints the built-in text a few times, handing the thread back before each run, once per worker', async () => {
    const events: string[] = [];
    const warmUp = createWarmUp({
      lintOnce: (text, headings) => events.push(`lint ${text === WARM_UP_TEXT} ${headings.length}`),
      pause: async () => {
        events.push('pause');
      },
    });
    const first = warmUp.warm();
    const second = warmUp.warm();
    expect(await first).toBe(WARM_UP_RUNS);
    expect(await second).toBe(WARM_UP_RUNS);
    const lint = `lint true ${warmUpHeadings().length}`;
    expect(events).toEqual(Array.from({ length: WARM_UP_RUNS }, () => ['pause', lint]).flat());
  });

  it('stops as soon as a real check is waiting, so the check is never held up by more than one run', async () => {
    let busy = false;
    let runs = 0;
    const warmUp = createWarmUp({
      lintOnce: () => {
        runs++;
        busy = true; // a page asks to be checked during the first run
      },
      pause: async () => undefined,
    });
    expect(await warmUp.warm(() => busy)).toBe(1);
    expect(runs).toBe(1);
  });

  it('does nothing while a check is already running', async () => {
    let runs = 0;
    const warmUp = createWarmUp({ lintOnce: () => runs++, pause: async () => undefined });
    expect(await warmUp.warm(() => true)).toBe(0);
    expect(runs).toBe(0);
  });

  it('uses a text that reaches every kind of check, with its numbered sections as headings', () => {
    const headings = warmUpHeadings();
    const titles = headings.map((heading) => WARM_UP_TEXT.slice(heading.start, heading.end));
    expect(titles).toContain('4. Voluntary sector grants 2026/27');
    expect(titles).toContain('1.6 Consultation');
    expect(titles.every((title) => !title.endsWith('.'))).toBe(true);
    const { findings } = lintPage({ text: WARM_UP_TEXT, headings }, {}, [], TEST_TODAY);
    const rules = new Set(findings.map((finding) => finding.ruleId));
    for (const rule of ['consultation-timescale', 'notice-period', 'jargon', 'undefined-acronym']) expect(rules).toContain(rule);
  });
});
