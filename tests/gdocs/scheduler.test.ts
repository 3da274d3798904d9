import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckScheduler, type CheckReason, type CheckResult, type Clock } from '../../shared/dom/google-docs/scheduler.ts';

const TIMINGS = { idleDelayMs: 4_000, followUpDelayMs: 10_000, intervalMs: 60_000, firstBackoffMs: 15_000, maxBackoffMs: 120_000 };

const fakeClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A scheduler whose checks answer from a script of results, recording each reason. */
function harness(results: CheckResult[] | ((reason: CheckReason) => CheckResult), visible = { value: true }) {
  const reasons: CheckReason[] = [];
  const scheduler = new CheckScheduler({
    check: async (reason) => {
      reasons.push(reason);
      if (typeof results === 'function') return results(reason);
      return results.shift() ?? 'unchanged';
    },
    isVisible: () => visible.value,
    clock: fakeClock,
    timings: TIMINGS,
  });
  return { scheduler, reasons, visible };
}

describe('CheckScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2025, 2, 4, 9, 0, 0)));
  });
  afterEach(() => vi.useRealTimers());

  it('checks at once on start, then on the slow timer while visible', async () => {
    const { scheduler, reasons } = harness(() => 'unchanged');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(reasons).toEqual(['start']);
    expect(scheduler.status.lastCheckedAt).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(59_999);
    expect(reasons).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(1);
    expect(reasons).toEqual(['start', 'timer']);
    scheduler.stop();
  });

  it('waits for a pause in typing: each keystroke pushes the check back', async () => {
    const { scheduler, reasons } = harness(() => 'changed');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    for (let key = 0; key < 10; key++) {
      scheduler.noteEdit();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(reasons).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reasons).toEqual(['start', 'edit']);
    scheduler.stop();
  });

  it('looks once more if the check after typing still found the old text (Docs had not saved yet)', async () => {
    const { scheduler, reasons } = harness(['changed', 'unchanged', 'changed', 'unchanged']);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.noteEdit();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(reasons).toEqual(['start', 'edit']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reasons).toEqual(['start', 'edit', 'follow-up']);
    // A follow-up that finds new text goes back to the slow timer, not another follow-up.
    await vi.advanceTimersByTimeAsync(59_000);
    expect(reasons).toEqual(['start', 'edit', 'follow-up']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reasons).toEqual(['start', 'edit', 'follow-up', 'timer']);
    scheduler.stop();
  });

  it('backs off after failures, doubling up to the maximum, and never loops tightly', async () => {
    const { scheduler, reasons } = harness(() => 'failed');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    // Ten minutes of a signed-out tab: 15 s, 30 s, 60 s, 120 s, 120 s, … → a handful of requests.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reasons.length).toBeLessThanOrEqual(8);
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    expect(scheduler.backoffMs(1)).toBe(15_000);
    expect(scheduler.backoffMs(2)).toBe(30_000);
    expect(scheduler.backoffMs(9)).toBe(120_000);
    expect(scheduler.status.failures).toBe(reasons.length);
    expect(scheduler.status.lastCheckedAt).toBeNull();
    scheduler.stop();
  });

  it('does not let typing cut a back-off short', async () => {
    const { scheduler, reasons } = harness(['failed', 'changed']);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.noteEdit();
    await vi.advanceTimersByTimeAsync(14_999);
    expect(reasons).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(1);
    expect(reasons).toEqual(['start', 'edit']);
    expect(scheduler.status.failures).toBe(0);
    scheduler.stop();
  });

  it('lets a person check again at once, even during a back-off', async () => {
    const { scheduler, reasons } = harness(['failed', 'changed']);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.checkNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(reasons).toEqual(['start', 'user']);
    scheduler.stop();
  });

  it('never runs two checks at once: a request during a check runs after it', async () => {
    let finish: (result: CheckResult) => void = () => undefined;
    const reasons: CheckReason[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const scheduler = new CheckScheduler({
      check: (reason) => {
        reasons.push(reason);
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        return new Promise<CheckResult>((resolve) => {
          finish = (result) => {
            concurrent -= 1;
            resolve(result);
          };
        });
      },
      isVisible: () => true,
      clock: fakeClock,
      timings: TIMINGS,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.checkNow();
    scheduler.noteEdit();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reasons).toEqual(['start']);
    finish('changed');
    await vi.advanceTimersByTimeAsync(0);
    expect(reasons).toEqual(['start', 'user']);
    expect(maxConcurrent).toBe(1);
    finish('changed');
    // The edit made during the first check came too soon before the second for Docs to
    // have saved it, so it is still owed a check a pause after it was made.
    await vi.advanceTimersByTimeAsync(2_999);
    expect(reasons).toEqual(['start', 'user']);
    await vi.advanceTimersByTimeAsync(1);
    expect(reasons).toEqual(['start', 'user', 'edit']);
    finish('changed');
    scheduler.stop();
  });

  it('does nothing while the tab is hidden and catches up when it is shown again', async () => {
    const { scheduler, reasons, visible } = harness(() => 'unchanged');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    visible.value = false;
    scheduler.setVisible(false);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reasons).toEqual(['start']);
    expect(scheduler.status.nextCheckAt).toBeNull();
    visible.value = true;
    scheduler.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(reasons).toEqual(['start', 'visible']);
    scheduler.stop();
  });

  it('skips a timer that fires while hidden even if it was not told', async () => {
    const { scheduler, reasons, visible } = harness(() => 'unchanged');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    visible.value = false;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(reasons).toEqual(['start']);
    scheduler.stop();
  });

  it('stops for good', async () => {
    const { scheduler, reasons } = harness(() => 'changed');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.stop();
    scheduler.noteEdit();
    scheduler.checkNow();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reasons).toEqual(['start']);
  });

  it('reports its plan so the panel can say when it last checked', async () => {
    const statuses: (number | null)[] = [];
    const scheduler = new CheckScheduler({
      check: async () => 'changed',
      isVisible: () => true,
      clock: fakeClock,
      timings: TIMINGS,
      onStatus: (status) => statuses.push(status.lastCheckedAt),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe(Date.UTC(2025, 2, 4, 9, 0, 0));
    expect(scheduler.status.nextReason).toBe('timer');
    scheduler.stop();
  });
});
