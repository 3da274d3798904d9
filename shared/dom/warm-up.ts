/**
 * Start the engine before the first real check. The first lint in a fresh background worker
 * is slow: V8 compiles the rules' large regular expressions and the hot code the first times
 * they run (a cold 10,000-word check lints at about a third of the warm speed). When the side
 * panel opens, it asks the worker to warm up: the worker resolves the user's settings (which
 * builds the rules) and lints a short built-in paper a few times, one small run per task, so
 * a real check that arrives meanwhile waits for one short run at most.
 *
 * The text touches every rule: a consultation with dates and a length, notice of a funding
 * change, a cut with and without an impact assessment, abbreviations, jargon and a weekday.
 * It is never shown and its findings are thrown away.
 */
export const WARM_UP_TEXT = `Cabinet, Tuesday 3 March 2026: Voluntary sector grants

1. Purpose of the report

This report asks Cabinet to agree changes to the grants the council gives to the voluntary and community sector (VCS) from April. Going forward, officers will leverage external funding in order to deliver a joined-up offer.

2. Recommendations

That Cabinet agrees to reduce the grant to Rivermead Community Transport by 20 per cent from 1 April 2026, and to give Eastmoor Citizens Advice one month's notice in writing that its funding will end on 30 April 2026.

3. Consultation

A public consultation will run for six weeks from Monday 2 March 2026 and close on 13 April 2026. Responses can be made online, by post or at drop-in sessions in each library. The SLA with each group will be reviewed by the CVS forum.

4. Equality implications

An equality impact assessment has been carried out and is attached at Appendix B. It finds that older and disabled residents who use the day centre would be most affected.

5. Risks

The council will close the lunch club on Friday 31 July 2026 and cease funding the befriending service, notwithstanding the views of service users.`;

/** How many times the warm-up lints the text: enough for V8 to compile the hot regular expressions. */
export const WARM_UP_RUNS = 4;

export interface WarmUpDeps {
  /** Lint the warm-up text once with the user's settings (throws nothing the caller needs). */
  lintOnce(text: string): void;
  /** Hand the thread back between runs. */
  pause?: () => Promise<void>;
}

/**
 * Warm the engine once per worker: later calls return the same promise. `busy()` reports a
 * real check in progress or waiting; the remaining runs are then skipped, because the real
 * check warms the engine itself.
 */
export function createWarmUp(deps: WarmUpDeps): { warm(busy?: () => boolean): Promise<number> } {
  let warming: Promise<number> | null = null;
  const pause = deps.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return {
    warm(busy = () => false) {
      warming ??= (async () => {
        let runs = 0;
        for (; runs < WARM_UP_RUNS && !busy(); runs++) {
          await pause();
          if (busy()) break;
          deps.lintOnce(WARM_UP_TEXT);
        }
        return runs;
      })();
      return warming;
    },
  };
}
