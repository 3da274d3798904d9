/**
 * Speed where people wait, as behaviour (the figures are in `npm run bench:extension`):
 * the side panel starts the engine as soon as it opens, and a 100,000-word committee page
 * stays responsive while it is checked. No timed assertion, except a bound ten times the
 * 50 ms goal that only a page blocked for good would break.
 */
import './extension-globals.ts';
import { test, expect } from './fixtures.ts';

interface EngineStats {
  warmUpRuns: number;
  lastLintMs: number;
}

test('the side panel starts and warms the engine when it opens, before any page is checked', async ({ context, site, serviceWorker, openSidePanel }) => {
  const stats = () => serviceWorker.evaluate(() => ({ ...(globalThis as unknown as { compactProof: { engineStats: EngineStats } }).compactProof.engineStats }));
  const page = await context.newPage();
  await page.goto(`${site.origin}/good-consultation.html`);
  expect((await stats()).warmUpRuns).toBe(0);
  await openSidePanel(page);
  // Four runs over the built-in text (WARM_UP_RUNS), with nothing checked yet.
  await expect.poll(async () => (await stats()).warmUpRuns, { timeout: 20_000 }).toBe(4);
  expect((await stats()).lastLintMs).toBe(0);
});

test('a 100,000-word committee page stays responsive while it is checked, and every finding is painted', async ({ context, site, serviceWorker, tabIdOf }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(`${site.origin}/generated/council/100000`);
  await page.evaluate(() => {
    const scope = window as unknown as { longTasks: number[] };
    scope.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const tabId = await tabIdOf(page);
  // The toolbar button's path; a timer set as the check starts must fire while it still runs.
  const checking = serviceWorker.evaluate(
    (id) => (globalThis as unknown as { compactProof: { checkTab(id: number): Promise<{ status: string; findingCount: number }> } }).compactProof.checkTab(id),
    tabId,
  );
  await page.evaluate(() => setTimeout(() => ((window as unknown as { timerAt: number }).timerAt = performance.now()), 0));
  const outcome = await checking;
  const endedAt = await page.evaluate(() => performance.now());
  const { timerAt, longTasks } = await page.evaluate(() => {
    const scope = window as unknown as { timerAt?: number; longTasks: number[] };
    return { timerAt: scope.timerAt ?? null, longTasks: scope.longTasks };
  });
  expect(outcome.status).toBe('done');
  expect(timerAt).not.toBeNull();
  expect(timerAt!).toBeLessThan(endedAt);
  // Catastrophic bound only: ten times the 50 ms goal (the benchmark measures the real figure).
  expect(Math.max(0, ...longTasks)).toBeLessThan(500);
  // Painted in batches, every finding is there in the end.
  const highlighted = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0));
  expect(outcome.findingCount).toBeGreaterThan(1000);
  expect(highlighted).toBe(outcome.findingCount);
});
