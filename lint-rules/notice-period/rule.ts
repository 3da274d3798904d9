/**
 * notice-period: notice from a funder that a grant, contract, service level agreement or
 * other funding will end or change must be at least three calendar months (the Compact; a
 * local profile may ask for more). Finding the notices and doing the arithmetic is in
 * shared/document/notice.ts; this file only turns short notices into findings.
 */
import * as z from 'zod/mini';
import { defineRule } from '../../shared/engine/define-rule.ts';
import { analyseNotices, type NoticeCheck, type NoticeFromSource } from '../../shared/document/notice.ts';
import { ukDateFromIso, type DocumentFacts } from '../../shared/document/facts.ts';
import { describeDays } from '../../shared/time/index.ts';

const options = z.strictObject({
  /** The shortest acceptable notice, in calendar months (never converted to 30-day months). */
  minMonths: z._default(z.int().check(z.minimum(1), z.maximum(24)), 3),
});
type Options = z.infer<typeof options>;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function months(count: number): string {
  const word = NUMBER_WORDS[count] ?? String(count);
  return `${word} calendar ${count === 1 ? 'month' : 'months'}`;
}

/** What the "from" date is, in words a reader recognises. */
const DOCUMENT_DATE_WORDS: Record<string, string> = {
  meeting: 'the meeting date',
  decision: 'the decision date',
  report: 'the report date',
  published: 'the publication date',
  letter: 'the date of this letter',
};

function fromWords(source: NoticeFromSource, facts: DocumentFacts): string {
  if (source === 'decision') return 'the decision';
  if (source === 'notified') return 'the day the organisation was told';
  if (source === 'meeting') return 'the meeting';
  if (source === 'today') return 'today’s date';
  if (source === 'document') return DOCUMENT_DATE_WORDS[facts.documentDate?.kind ?? ''] ?? 'the date of this document';
  return facts.referenceDateSource === 'option'
    ? 'the reference date you gave'
    : facts.referenceDateSource === 'document'
      ? 'the date of this document'
      : 'today’s date';
}

const FIX = 'Give notice in writing, with the reasons for the decision and a chance to respond.';

function statedMessage(check: NoticeCheck, minMonths: number, facts: DocumentFacts): string {
  const required = months(minMonths);
  if (check.noticeDays === 0) {
    return (
      `Funding is ended or changed here with no notice (“${check.stated}”), against the ${required} the Compact asks for except in exceptional circumstances. ` +
      `${FIX.replace('Give notice', `Give at least ${required}’ notice`)}`
    );
  }
  if (check.statedMonths !== null) {
    return (
      `The notice stated here (${check.stated}) is shorter than the ${required} the Compact asks for when funding ends or changes: ` +
      `counted from ${fromWords(check.fromSource, facts)} (${ukDateFromIso(check.from)}) it gives ${describeDays(check.noticeDays)} against ${describeDays(check.requiredDays)}. ` +
      `${FIX.replace('Give notice', `Give at least ${required}’ notice`)}`
    );
  }
  return (
    `The notice stated here (${check.stated}) is ${describeDays(check.noticeDays)}, shorter than ${required}, which are never less than ${check.requiredDays} days. ` +
    `${FIX.replace('Give notice', `Give at least ${required}’ notice`)}`
  );
}

function datesMessage(check: NoticeCheck, minMonths: number, facts: DocumentFacts): string {
  const written = ukDateFromIso(check.to);
  const effective = ukDateFromIso(check.effective);
  const takesEffect = check.to === check.effective ? `The change takes effect on ${effective}` : `The funding ends on ${written}, so the change takes effect on ${effective}`;
  return (
    `${takesEffect}, ${describeDays(check.noticeDays)} after ${fromWords(check.fromSource, facts)} (${ukDateFromIso(check.from)}). ` +
    `${months(minMonths)[0]!.toUpperCase()}${months(minMonths).slice(1)} from ${ukDateFromIso(check.from)} run to ${ukDateFromIso(check.earliestChangeDate)}: ${describeDays(check.requiredDays)}. ` +
    `Move the change to ${ukDateFromIso(check.earliestChangeDate)} or later, or confirm that notice was given by ${ukDateFromIso(check.latestNoticeDate)}. ${FIX}`
  );
}

export default defineRule<Options>({
  id: 'notice-period',
  name: 'Notice of a funding change',
  summary: 'Flags notice shorter than three calendar months when a funder ends, cuts or changes funding.',
  commitment: 'funding-notice',
  defaultSeverity: 'error',
  options,
  examples: {
    flagged: [
      {
        text: 'The council will give one month’s notice to organisations whose grants will not be renewed.',
        actual: 'one month’s',
        data: { basis: 'stated', noticeDays: 31, requiredDays: 90 },
      },
      {
        text: 'The ICB intends to end the grant with 12 weeks’ notice.',
        data: { basis: 'stated', noticeDays: 84, requiredDays: 89 },
      },
      {
        text: 'Cabinet decided on 12 February 2025 that the community transport grant will cease on 31 March 2025.',
        actual: '31 March 2025',
        data: { basis: 'dates', from: '2025-02-12', to: '2025-03-31', noticeDays: 48, requiredDays: 89 },
      },
      {
        text: 'The grant to the Brook Street Lunch Club will end on 30 June 2025. The club was told in writing on 14 May 2025.',
        actual: '30 June 2025',
        data: { basis: 'dates', from: '2025-05-14', effective: '2025-07-01', fromSource: 'notified', noticeDays: 48 },
      },
      {
        text: 'Organisations will be given three months’ notice that their agreement will not be renewed.',
        options: { minMonths: 6 },
        data: { basis: 'stated', requiredDays: 181 },
      },
    ],
    fine: [
      { text: 'Funded organisations will be given 90 days’ notice if their grant is to be reduced or withdrawn.' },
      { text: 'At its meeting on 9 December 2024 the Cabinet agreed that grants to lunch clubs will be reduced with effect from 1 April 2025.' },
      { text: 'Notice of the key decision was given at least 28 clear days before the meeting.' },
      { text: 'Organisations may appeal within 14 days of being told that their funding will stop.' },
      { text: 'If the organisation wishes to end the agreement early, it must give the council one month’s notice in writing.' },
      { text: 'Staff affected by the restructure will receive their contractual notice of one month.' },
      { text: 'The grant agreement runs until 31 March 2026, when the council will decide whether to renew it.' },
    ],
  },
  check({ facts, options, report }) {
    for (const check of analyseNotices(facts, options)) {
      if (check.meets) continue;
      report({
        start: check.span.start,
        end: check.span.end,
        message: check.basis === 'stated' || (check.noticeDays === 0 && check.stated) ? statedMessage(check, options.minMonths, facts) : datesMessage(check, options.minMonths, facts),
        note: 'Short notice leaves a voluntary organisation no time to find other funding, tell its service users or plan for its staff and volunteers.',
        data: {
          noticeDays: check.noticeDays,
          requiredDays: check.requiredDays,
          basis: check.basis,
          from: check.from,
          to: check.to,
          effective: check.effective,
          fromSource: check.fromSource,
          stated: check.stated,
          ...(check.grants ? { grants: check.grants } : {}),
        },
      });
    }
  },
});
