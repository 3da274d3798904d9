/**
 * When to re-check a Google Doc. Docs saves a few seconds after typing stops, so we wait
 * for a pause in editing before fetching; a slow timer catches edits we did not see (a
 * co-author's, or a paste). Nothing runs while the tab is hidden, two checks never overlap,
 * and after a failure each automatic retry waits twice as long as the last, so a
 * signed-out or offline tab never hammers Google.
 *
 * Time is injected, so tests drive it with fake timers.
 */

export type CheckReason = 'start' | 'edit' | 'follow-up' | 'timer' | 'visible' | 'retry' | 'user' | 'online';

/** What one check found: new text, the same text as last time, or no text at all. */
export type CheckResult = 'changed' | 'unchanged' | 'failed';

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerTimings {
  /** Quiet time after the last keystroke before checking (Docs has usually saved by then). */
  idleDelayMs: number;
  /** If a check straight after editing found the old text (not saved yet), look once more after this. */
  followUpDelayMs: number;
  /** The slow timer while the tab is visible. */
  intervalMs: number;
  /** First wait after a failure; doubled for each further failure, up to the maximum. */
  firstBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_TIMINGS: SchedulerTimings = {
  idleDelayMs: 4_000,
  followUpDelayMs: 10_000,
  intervalMs: 60_000,
  firstBackoffMs: 15_000,
  maxBackoffMs: 10 * 60_000,
};

export interface SchedulerStatus {
  /** When a check last succeeded (ms since the epoch). */
  lastCheckedAt: number | null;
  lastAttemptAt: number | null;
  /** Failures in a row since the last success. */
  failures: number;
  /** When the next automatic check is due, or null when none is planned (tab hidden, stopped). */
  nextCheckAt: number | null;
  nextReason: CheckReason | null;
  running: boolean;
}

export interface SchedulerOptions {
  /** Runs one check. The scheduler never calls it again before it settles. */
  check(reason: CheckReason): Promise<CheckResult>;
  isVisible(): boolean;
  clock?: Clock;
  timings?: Partial<SchedulerTimings>;
  /** Told after every change of plan, so the panel can show "last checked" and "next check". */
  onStatus?(status: SchedulerStatus): void;
}

export class CheckScheduler {
  private readonly clock: Clock;
  private readonly timings: SchedulerTimings;
  private timer: unknown = null;
  private nextAt: number | null = null;
  private nextReason: CheckReason | null = null;
  private running = false;
  private stopped = false;
  private queuedUserCheck: CheckReason | null = null;
  private lastCheckedAt: number | null = null;
  private lastAttemptAt: number | null = null;
  private lastEditAt: number | null = null;
  private failures = 0;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? browserClock;
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
  }

  get status(): SchedulerStatus {
    return {
      lastCheckedAt: this.lastCheckedAt,
      lastAttemptAt: this.lastAttemptAt,
      failures: this.failures,
      nextCheckAt: this.nextAt,
      nextReason: this.nextReason,
      running: this.running,
    };
  }

  /** The wait before the next automatic attempt after `failures` failures in a row. */
  backoffMs(failures = this.failures): number {
    if (failures <= 0) return 0;
    return Math.min(this.timings.firstBackoffMs * 2 ** (failures - 1), this.timings.maxBackoffMs);
  }

  /** First check, straight away. */
  start(): void {
    this.stopped = false;
    this.plan(this.clock.now(), 'start');
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
    this.report();
  }

  /** The officer typed: check once they pause, but never sooner than a failure's back-off allows. */
  noteEdit(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    this.lastEditAt = now;
    // A running check will plan the next one when it ends (see `run`).
    if (this.running) return;
    this.plan(Math.max(now + this.timings.idleDelayMs, this.earliestRetry()), 'edit');
  }

  setVisible(visible: boolean): void {
    if (this.stopped || this.running) return;
    if (!visible) {
      this.cancel();
      this.report();
      return;
    }
    const now = this.clock.now();
    if (this.failures > 0) this.plan(Math.max(now, this.earliestRetry()), 'retry');
    else if (this.lastCheckedAt === null || now - this.lastCheckedAt >= this.timings.intervalMs) this.plan(now, 'visible');
    else this.plan(this.lastCheckedAt + this.timings.intervalMs, 'timer');
  }

  /**
   * Check now because a person asked ("Check again") or the connection came back. One
   * request per click, so this ignores the back-off; if a check is running, one more
   * follows it.
   */
  checkNow(reason: 'user' | 'online' = 'user'): void {
    if (this.stopped) return;
    if (this.running) {
      this.queuedUserCheck = reason;
      return;
    }
    this.plan(this.clock.now(), reason);
  }

  private earliestRetry(): number {
    return this.failures > 0 && this.lastAttemptAt !== null ? this.lastAttemptAt + this.backoffMs() : 0;
  }

  private cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = null;
    this.nextReason = null;
  }

  private plan(at: number, reason: CheckReason): void {
    this.cancel();
    this.nextAt = at;
    this.nextReason = reason;
    this.timer = this.clock.setTimeout(() => void this.run(reason), Math.max(0, at - this.clock.now()));
    this.report();
  }

  private async run(reason: CheckReason): Promise<void> {
    this.timer = null;
    this.nextAt = null;
    this.nextReason = null;
    const automatic = reason !== 'user' && reason !== 'online';
    if (this.stopped || (automatic && !this.options.isVisible())) {
      this.report();
      return;
    }
    this.running = true;
    const startedAt = this.clock.now();
    this.lastAttemptAt = startedAt;
    this.report();
    let result: CheckResult;
    try {
      result = await this.options.check(reason);
    } catch {
      result = 'failed';
    }
    this.running = false;
    if (this.stopped) return;
    const now = this.clock.now();
    if (result === 'failed') this.failures += 1;
    else {
      this.failures = 0;
      this.lastCheckedAt = now;
    }

    if (this.queuedUserCheck) {
      const queued = this.queuedUserCheck;
      this.queuedUserCheck = null;
      this.plan(now, queued);
    } else if (result === 'failed') {
      this.plan(now + this.backoffMs(), 'retry');
    } else if (this.lastEditAt !== null && this.lastEditAt > startedAt - this.timings.idleDelayMs) {
      // An edit made too late for this check to see it (Docs saves a few seconds after typing).
      this.plan(Math.max(now, this.lastEditAt + this.timings.idleDelayMs), 'edit');
    } else if (reason === 'edit' && result === 'unchanged') {
      this.plan(now + this.timings.followUpDelayMs, 'follow-up');
    } else {
      this.plan(now + this.timings.intervalMs, 'timer');
    }
  }

  private report(): void {
    this.options.onStatus?.(this.status);
  }
}
