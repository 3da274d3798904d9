/**
 * Start the engine before the first real check. The first lint in a fresh background worker
 * is slow: V8 compiles the rules' large regular expressions and the hot code the first times
 * they run (a cold 10,000-word check lints at about a third of the warm speed). When the side
 * panel opens, it asks the worker to warm up: the worker resolves the user's settings (which
 * builds the rules) and lints a short built-in paper a few times, one small run per task, so
 * a real check that arrives meanwhile waits for one short run at most.
 *
 * The text is a short committee report shaped like a real page's text (numbered sections, a table,
 * lists), because a few runs over varied text warm far more of the engine than many over one
 * paragraph. It touches every rule: a consultation with dates and a length, notice of a funding
 * change, a cut with and without an impact assessment, abbreviations, jargon and a weekday.
 * It is never shown and its findings are thrown away.
 */
export const WARM_UP_TEXT = `Cabinet, Tuesday 3 March 2026, 6.30 pm: reports pack

Venue: Council Chamber, Town Hall. Contact: Democratic Services, telephone 01234 567890.

4. Voluntary sector grants 2026/27

Report of	Director of Communities
Cabinet member	Councillor Patel, Communities and Wellbeing
Wards affected	Northgate; Millbrook
Key decision	Yes

1.1 Purpose of the report

1.1.1 This report asks Cabinet to agree changes to the day centre for older people and to the grants the council gives to the voluntary and community sector (VCS) from April. It follows the review that members asked for last year and sets out the options, the savings each would make and what residents told us.

1.1.2 Going forward, officers will work with partners to leverage external funding and deliver a joined-up offer across the district, so that the council can continue to meet its statutory duties within the budget agreed in February.

1.2 Recommendations

That Cabinet:

agrees to reduce the grant to Rivermead Community Transport by 20 per cent from 1 April 2026;

agrees to give Eastmoor Citizens Advice one month's notice in writing that its funding will end on 31 March 2026;

notes the results of the consultation summarised at Appendix A;

delegates authority to the Director of Communities to agree the final terms of each SLA.

1.3 Background

1.3.1 The council has funded Ashdown Carers Network since 2009 to run a befriending service in Northgate. Around 340 residents use it each month, most of them over 75, and it relies on 45 volunteers who give their time each week.

1.3.2 The VCS has told us, through the CVS forum and direct stakeholder engagement, that short-term funding makes it hard to plan or to keep staff. The Compact commits the council to three-year funding where it can, and to full cost recovery.

1.4 Grants affected

Table 4: current and proposed grants
Organisation	Service	2025/26 grant	Proposed 2026/27	Change
Kingsford Food Partnership	lunch club	£24,500	£18,000	Reduced by 26%
Vale Youth Clubs Trust	youth club programme	£61,000	£0	Ended
Northgate Befriending Scheme	befriending service	£12,750	£12,750	No change
Harbour Street Foodbank	advice service	£8,400	£8,650	Increased by 3%

1.5 Options considered

Option 1: no change. Keep every grant at its present level. This would not achieve the savings in the medium-term financial strategy.

Option 2: reduce grants evenly. Reduce every grant by 10 per cent. Smaller groups told us this would put their services at risk.

Option 3 (recommended): targeted reductions. Reduce the grants to the services with other funding available, and protect the lunch clubs and the advice services.

1.6 Consultation

1.6.1 A public consultation on these proposals will run for six weeks from Monday 2 March 2026 and close on Sunday 12 April 2026. Responses can be made online, by post or at drop-in sessions in each library, and paper copies are available on request.

1.6.2 We will publish a summary of what people told us and how it changed the proposals within three months of the consultation closing. In order to reach people who do not use the internet, officers will attend five community events and the Millbrook ward forum on Wednesday 18 March 2026.

1.7 Financial implications

1.7.1 The proposals would save £45,000 in 2026/27 and £90,000 in a full year. These savings form part of the MTFS agreed by Council in February, and the changes must take effect from the start of the financial year to achieve them.

Year	Saving	Cumulative
2026/27	£45,000	£45,000
2027/28	£90,000	£135,000

1.8 Legal implications

1.8.1 The council must have due regard to the Public Sector Equality Duty under section 149 of the Equality Act 2010 when it takes this decision. The grant agreements allow either party to end them with three months' notice in writing, notwithstanding the provisions of clause 14.

1.9 Equality implications

1.9.1 An equality impact assessment has been carried out and is attached at Appendix B. It finds that older and disabled residents who use the day centre would be most affected, and sets out how the council will reduce that impact.

1.10 Risks

Organisations may not find other funding in time and may have to close services.

Volunteers may leave if the service is reduced, which would be hard to reverse.

1.10.1 The council will close the lunch club on Friday 31 July 2026 and cease funding the befriending service. Officers will report to the Overview and Scrutiny Committee on Thursday 10 September 2026.

Contact officer: Priya Shah, Communities Team, telephone 01234 567321.`;

/** The warm-up text's headings, found as the page's would be: the numbered section titles. */
export function warmUpHeadings(text: string = WARM_UP_TEXT): { start: number; end: number; level: number }[] {
  const headings: { start: number; end: number; level: number }[] = [];
  for (const match of text.matchAll(/^(\d+(?:\.\d+)?)\.? [A-Z][^\n.]*$/gm)) {
    headings.push({ start: match.index, end: match.index + match[0].length, level: match[1]!.includes('.') ? 3 : 2 });
  }
  return headings;
}

/** How many times the warm-up lints the text: enough for V8 to compile the hot regular expressions. */
export const WARM_UP_RUNS = 4;

export interface WarmUpDeps {
  /** Lint the warm-up text once with the user's settings (throws nothing the caller needs). */
  lintOnce(text: string, headings: { start: number; end: number; level: number }[]): void;
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
        const headings = warmUpHeadings();
        let runs = 0;
        for (; runs < WARM_UP_RUNS && !busy(); runs++) {
          await pause();
          if (busy()) break;
          deps.lintOnce(WARM_UP_TEXT, headings);
        }
        return runs;
      })();
      return warming;
    },
  };
}
