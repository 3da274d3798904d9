/**
 * consultation-timescale: a consultation that invites responses must say when it closes (or
 * how long it runs) and should run for at least 12 weeks; when it is shorter the document
 * should say why. Which passages are consultations, and how long each runs, is worked out in
 * shared/document/consultation.ts; this file only turns that into findings.
 */
import * as z from 'zod/mini';
import { defineRule } from '../../shared/engine/define-rule.ts';
import { analyseConsultations, type ConsultationAnalysis } from '../../shared/document/consultation.ts';
import type { DocumentFacts } from '../../shared/document/facts.ts';
import { addCalendarDays, describeDays, formatUkDate } from '../../shared/time/index.ts';
import { parseIsoDate, ukDateFromIso } from '../../shared/document/facts.ts';

const options = z.strictObject({
  /** The shortest acceptable consultation, in days (84 = 12 weeks). */
  minDays: z._default(z.int().check(z.minimum(1), z.maximum(366)), 84),
  /**
   * Statutory planning and licensing consultations have their own legal periods:
   * `skip` leaves them alone, `check` checks each against its own legal minimum.
   */
  statutory: z._default(z.enum(['skip', 'check']), 'skip'),
});
type Options = z.infer<typeof options>;

const REFERENCE_WORDS: Record<DocumentFacts['referenceDateSource'], string> = {
  option: 'the reference date you gave',
  document: 'the date the document gives for itself',
  today: 'today’s date',
};

/** The first half of the message: how the length was worked out, with the figures. */
function describeLength(found: ConsultationAnalysis, facts: DocumentFacts): string {
  const length = describeDays(found.lengthDays!);
  switch (found.basis) {
    case 'dates':
      return `This consultation ${found.past ? 'ran' : 'runs'} from ${ukDateFromIso(found.start)} to ${ukDateFromIso(found.close)}: ${length}`;
    case 'stated-period':
      return found.close
        ? `This consultation is stated to last ${found.statedLength ?? length}, from ${ukDateFromIso(found.start)} to ${ukDateFromIso(found.close)}: ${length}`
        : `This consultation is stated to last ${found.statedLength ?? length}: ${length}`;
    case 'reference-to-close':
      return `Only the closing date (${ukDateFromIso(found.close)}) is given, so the length is counted from ${REFERENCE_WORDS[found.referenceSource ?? facts.referenceDateSource]} (${ukDateFromIso(found.start)}): ${length}`;
    default:
      return `This consultation runs for ${length}`;
  }
}

function minimumWords(found: ConsultationAnalysis): string {
  const minimum = describeDays(found.requiredDays);
  return found.statutory && !found.skipped && found.requiredDays === found.statutory.minDays
    ? `the legal minimum of ${minimum} for a ${found.statutory.title} consultation`
    : `the minimum of ${minimum}`;
}

function earliestClose(found: ConsultationAnalysis): string | null {
  const start = found.start ? parseIsoDate(found.start) : null;
  return start ? formatUkDate(addCalendarDays(start, found.requiredDays)) : null;
}

export default defineRule<Options>({
  id: 'consultation-timescale',
  name: 'Consultation length',
  summary: 'Flags a consultation with no closing date or length, or one shorter than 12 weeks (84 days).',
  commitment: 'consultation-timescale',
  defaultSeverity: 'error',
  options,
  examples: {
    flagged: [
      {
        text: 'The consultation opens on 3 March 2025 and closes on 14 April 2025.',
        actual: '3 March 2025 and closes on 14 April 2025',
        data: { problem: 'too-short', start: '2025-03-03', close: '2025-04-14', lengthDays: 42, requiredDays: 84, basis: 'dates', explained: false },
      },
      {
        text: 'The consultation on the refreshed Local Compact closes on 28 February 2025.',
        referenceDate: '2025-01-15',
        data: { problem: 'too-short', close: '2025-02-28', lengthDays: 44, basis: 'reference-to-close' },
      },
      {
        text: 'A six-week consultation will run from 10 February to 24 March 2025. It is shorter than the usual 12 weeks because the budget must be set before April.',
        data: { problem: 'too-short', lengthDays: 42, explained: true },
      },
      {
        text: 'Have your say on our draft Voluntary Sector Strategy by completing the online survey.',
        data: { problem: 'missing', close: null, lengthDays: null },
      },
      {
        text: 'The draft Shopfront Design Supplementary Planning Document is open for comment from 3 March 2025 to 21 March 2025.',
        options: { statutory: 'check' },
        data: { problem: 'too-short', lengthDays: 18, requiredDays: 28 },
      },
    ],
    fine: [
      { text: 'The consultation opens on 8 September 2025 and closes at 5pm on 1 December 2025.' },
      { text: 'Following consultation with ward members, the proposal was changed to keep Saturday opening.' },
      { text: 'That authority is delegated to the Director, in consultation with the Portfolio Holder, to agree the details.' },
      { text: 'Representations on the draft Supplementary Planning Document may be made from 6 January to 3 February 2025.' },
      { text: 'A six-week consultation on the draft parish charter will start in the spring.', options: { minDays: 42 } },
    ],
  },
  check({ facts, options, report }) {
    for (const found of analyseConsultations(facts, options)) {
      if (found.skipped || found.problem === 'ok') continue;
      const data = {
        problem: found.problem,
        start: found.start,
        close: found.close,
        lengthDays: found.lengthDays,
        requiredDays: found.requiredDays,
        explained: found.explained,
        basis: found.basis,
        reason: found.reason,
        statutory: found.statutory?.kind ?? null,
      };

      if (found.problem === 'closed') {
        report({
          start: found.span.start,
          end: found.span.end,
          message:
            `This consultation closed on ${ukDateFromIso(found.close)}. No opening date is given, so its length cannot be checked. ` +
            'If the document relies on this consultation, say when it opened.',
          note: 'A decision that rests on a consultation should show it ran long enough for organisations to involve the people they serve.',
          data,
          severity: 'info',
        });
        continue;
      }

      if (found.lengthDays === null) {
        const minimum = describeDays(found.requiredDays);
        const opening = found.start ? `It gives an opening date (${ukDateFromIso(found.start)}) but no closing date or length. ` : 'It gives no closing date and no length. ';
        const latest = earliestClose(found);
        report({
          start: found.span.start,
          end: found.span.end,
          message:
            `This consultation does not say when it closes. ${opening}` +
            `State the closing date${latest ? ` (${latest} or later allows ${minimum})` : ` and allow at least ${minimum}`}, so organisations can plan their response.`,
          note: 'Without a closing date, voluntary organisations cannot plan to involve their members, volunteers and service users in a response.',
          data,
        });
        continue;
      }

      const what = `${describeLength(found, facts)}, shorter than ${minimumWords(found)}.`;
      const latest = earliestClose(found);
      const extend = found.past
        ? `A consultation of ${describeDays(found.requiredDays)} from ${ukDateFromIso(found.start)} would have closed on ${latest ?? 'a later date'}. Say in the document why a shorter period was used, so decision-makers can weigh it`
        : latest
          ? `Move the closing date to ${latest} or later`
          : `Allow at least ${describeDays(found.requiredDays)}`;
      if (found.explained && found.reason) {
        report({
          start: found.span.start,
          end: found.span.end,
          message: `${what} The document explains why: “${found.reason}” Check that the reason is clear and specific.`,
          note: 'A shorter consultation is acceptable when the document gives a clear reason for it.',
          data,
          severity: 'info',
        });
      } else {
        report({
          start: found.span.start,
          end: found.span.end,
          message: found.past ? `${what} ${extend}.` : `${what} ${extend}, or explain in the document why a shorter period is needed.`,
          note: 'A shorter period without a reason leaves organisations too little time to consult their members and service users.',
          data,
        });
      }
    }
  },
});

