// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageChecker, type PageCheckerDeps } from '../../shared/dom/page-checker.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { OWN_UI_TAG } from '../../shared/dom/extract.ts';
import { cardShadowRoot } from '../../shared/dom/hover-card.ts';
import { personClicks } from '../helpers/trusted-events.ts';
import type { HighlightApi } from '../../shared/dom/highlight.ts';
import type { PageResults } from '../../shared/dom/messages.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

/** Records highlights the way CSS.highlights would (happy-dom has none). */
function recordingHighlights() {
  const registry = new Map<string, Range[]>();
  const api: HighlightApi = {
    registry: {
      set: (name, highlight) => registry.set(name, (highlight as unknown as { ranges: Range[] }).ranges),
      delete: (name) => registry.delete(name),
      get: () => undefined,
    },
    create: () => {
      const ranges: Range[] = [];
      return { ranges, priority: 0, add: (range: AbstractRange) => ranges.push(range as Range), clear: () => (ranges.length = 0), size: 0 } as never;
    },
  };
  const texts = () => [...registry.entries()].flatMap(([, ranges]) => ranges.map((range) => range.toString()));
  return { api, registry, texts };
}

/** The real lint service, called directly instead of through the background worker. */
function deps(highlights: HighlightApi, ignored: string[], announced: PageResults[]): PageCheckerDeps {
  return {
    lint: async (text, headings) => ({ ...lintPage({ text, headings }, {}, ignored, TEST_TODAY), ignoredPhrases: [...ignored], autoCheck: false }),
    ignorePhrase: async (phrase) => {
      ignored.push(phrase);
    },
    unignorePhrase: async (phrase) => {
      ignored.splice(ignored.indexOf(phrase), 1);
    },
    announce: (results) => announced.push(results),
    highlightApi: highlights,
    yieldToPage: async () => undefined,
    recheckDelayMs: 20,
  };
}

describe('PageChecker', () => {
  beforeEach(() => {
    document.documentElement.querySelectorAll(OWN_UI_TAG).forEach((node) => node.remove());
    document.body.innerHTML =
      '<nav>Pay your SLA charges</nav><main><h1>Community grants</h1><p id="p">We will <b>lever</b>age funding. The SLA ends soon.</p></main>';
  });

  it('lints the visible text, highlights findings across inline tags and announces the results', async () => {
    const highlights = recordingHighlights();
    const announced: PageResults[] = [];
    const checker = new PageChecker(document, deps(highlights.api, [], announced));
    const results = await checker.check();
    expect(results.status).toBe('done');
    expect(results.findings.map((finding) => finding.actual)).toEqual(expect.arrayContaining(['leverage', 'SLA']));
    expect(highlights.texts()).toEqual(expect.arrayContaining(['leverage', 'SLA']));
    // The SLA in the navigation is not the one flagged: it is not part of the page's text.
    const sla = results.findings.find((finding) => finding.actual === 'SLA')!;
    expect(sla.offset).toBeGreaterThan(results.findings.find((finding) => finding.actual === 'leverage')!.offset);
    expect(announced.map((r) => r.status)).toEqual(['checking', 'done']);
    expect(results.timings!.total).toBeGreaterThanOrEqual(0);
    checker.stop();
  });

  it('re-checks without an ignored phrase, and brings it back on undo', async () => {
    const highlights = recordingHighlights();
    const ignored: string[] = [];
    const dependencies = deps(highlights.api, ignored, []);
    const checker = new PageChecker(document, dependencies);
    await checker.check();
    await dependencies.ignorePhrase('leverage');
    await checker.check();
    expect(highlights.texts()).not.toContain('leverage');
    expect(checker.results.ignoredPhrases).toEqual(['leverage']);
    await dependencies.unignorePhrase('leverage');
    await checker.check();
    expect(highlights.texts()).toContain('leverage');
    checker.stop();
  });

  it('keeps “Ignored … Undo” on screen through the re-check that ignoring starts, and Undo works', async () => {
    const highlights = recordingHighlights();
    const ignored: string[] = [];
    const checker = new PageChecker(document, deps(highlights.api, ignored, []));
    const results = await checker.check();
    expect(checker.reveal(results.findings.findIndex((finding) => finding.actual === 'SLA'))).toBe(true);
    const shadow = cardShadowRoot(document.querySelector(OWN_UI_TAG)!)!;
    const card = shadow.querySelector('.card') as HTMLElement;
    personClicks(shadow.querySelector('button.ignore') as HTMLButtonElement);
    // The re-check has run: SLA is no longer highlighted.
    await expect.poll(() => checker.results.ignoredPhrases).toEqual(['SLA']);
    await expect.poll(() => checker.results.status).toBe('done');
    expect(highlights.texts()).not.toContain('SLA');
    // …and the card is still there, with Undo usable.
    expect(card.hidden).toBe(false);
    expect(shadow.querySelector('.status')!.textContent).toBe('Ignored “SLA” on this site.');
    const undo = shadow.querySelector('button.undo') as HTMLButtonElement;
    expect(undo.isConnected).toBe(true);
    expect(shadow.activeElement).toBe(undo);
    personClicks(undo);
    await expect.poll(() => highlights.texts()).toContain('SLA');
    expect(ignored).toEqual([]);
    await expect.poll(() => card.hidden).toBe(true);
    checker.stop();
  });

  it('reveals a finding with a flash, and refuses an index it does not have', async () => {
    const highlights = recordingHighlights();
    const checker = new PageChecker(document, deps(highlights.api, [], []));
    const results = await checker.check();
    const index = results.findings.findIndex((finding) => finding.actual === 'SLA');
    expect(checker.reveal(index)).toBe(true);
    expect(highlights.registry.get('compact-proof-flash')!.map(String)).toEqual(['SLA']);
    expect(checker.reveal(999)).toBe(false);
    checker.stop();
  });

  it('re-checks after the page changes, once it has been quiet', async () => {
    const highlights = recordingHighlights();
    const announced: PageResults[] = [];
    const checker = new PageChecker(document, deps(highlights.api, [], announced));
    await checker.check();
    document.getElementById('p')!.textContent = 'The CYPP will be reviewed.';
    await expect.poll(() => highlights.texts(), { timeout: 3000 }).toContain('CYPP');
    expect(announced.filter((r) => r.status === 'done')).toHaveLength(2);
    checker.stop();
  });

  it('re-checks a page that never settles (a ticking countdown) within the longest wait', async () => {
    const highlights = recordingHighlights();
    const announced: PageResults[] = [];
    // Quiet time longer than the page's tick, so waiting for quiet alone would never re-check.
    const checker = new PageChecker(document, { ...deps(highlights.api, [], announced), recheckDelayMs: 200, recheckMaxWaitMs: 400 });
    await checker.check();
    const countdown = document.createElement('p');
    document.querySelector('main')!.append(countdown);
    let seconds = 100;
    const tick = setInterval(() => {
      countdown.textContent = `The CYPP consultation closes in ${seconds--} seconds.`;
    }, 50);
    try {
      await expect.poll(() => highlights.texts(), { timeout: 3000, interval: 50 }).toContain('CYPP');
      expect(announced.filter((r) => r.status === 'done').length).toBeGreaterThanOrEqual(2);
    } finally {
      clearInterval(tick);
      checker.stop();
    }
  });

  it('runs one check at a time, queueing one more for calls made meanwhile', async () => {
    let lints = 0;
    const highlights = recordingHighlights();
    const base = deps(highlights.api, [], []);
    const checker = new PageChecker(document, { ...base, lint: (...args) => (lints++, base.lint(...args)) });
    await Promise.all([checker.check(), checker.check(), checker.check()]);
    expect(lints).toBe(2);
    checker.stop();
  });
});
