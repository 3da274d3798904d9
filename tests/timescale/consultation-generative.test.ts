/**
 * Property tests for how consultation-timescale reads pages it has never seen: the classes of
 * wording found in the accuracy rounds, composed at random rather than listed. Each property
 * builds a page from dates it chose itself and says exactly what the rule must report.
 *
 * - date fields in either order, present or past tense, above or below the invitation;
 * - a table of consultations with Opens and Closes columns (one finding per short row);
 * - a hub page whose items each give a range, a closing date alone, or are statutory;
 * - countdowns ("Closes in 9 days") on a page with no dates: never "does not say when it closes";
 * - a consultation that has closed, with only its closing date: a note, never "missing";
 * - grant rounds and timetable stages that are not consultations: no finding.
 *
 * Each property runs hundreds of pages, so each has a generous time limit: a slow run on a busy
 * machine is not a failure of the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';
import { DAY_MS as DAY, WRITTEN_STYLES, iso, written } from '../helpers/written-dates.ts';


const firstDay = Date.UTC(2024, 0, 1) / DAY;
const startDay = fc.integer({ min: firstDay, max: firstDay + 900 });
const length = fc.integer({ min: 14, max: 140 });
const style = fc.integer({ min: 0, max: WRITTEN_STYLES - 1 });
const SEED = 20261202;

const OPEN_LABELS = ['Opened', 'Opens', 'Consultation opened:', 'Start date:', 'Open date:'];
const CLOSE_LABELS = ['Closes', 'Closing date:', 'Consultation closes:', 'End date:', 'Close date:'];
const INVITATIONS = ['Have your say on our draft play areas plan.', 'Tell us what you think of the proposals by completing the survey.', 'We want to hear your views on the draft strategy.'];

describe('consultation-timescale reads generated pages', () => {
  it('reads date fields in either order, on their own lines or joined, above or below the invitation', () => {
    fc.assert(
      fc.property(
        startDay,
        length,
        style,
        fc.constantFrom(...OPEN_LABELS),
        fc.constantFrom(...CLOSE_LABELS),
        fc.boolean(),
        fc.constantFrom('\n', ' · ', ' / '),
        fc.boolean(),
        fc.constantFrom(...INVITATIONS),
        (start, days, form, openLabel, closeLabel, closeFirst, joiner, fieldsFirst, invitation) => {
          const close = start + days;
          const open = `${openLabel} ${written(start, form)}`;
          const closing = `${closeLabel} ${written(close, form + 1)}`;
          const fields = closeFirst ? `${closing}${joiner}${open}` : `${open}${joiner}${closing}`;
          const body = fieldsFirst ? `${fields}\n\n${invitation}` : `${invitation}\n\n${fields}`;
          const page = `Draft Play Areas Plan\n\n${body}`;
          const findings = lintWithRule('consultation-timescale', page, {}, { referenceDate: iso(start + 1) });
          if (days >= 84) {
            expect(findings).toEqual([]);
          } else {
            expect(findings.map((finding) => finding.data)).toEqual([
              expect.objectContaining({ problem: 'too-short', start: iso(start), close: iso(close), lengthDays: days }),
            ]);
          }
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);

  it('gives one finding for each short row of a table of consultations, and none for the rest', () => {
    const row = fc.record({ name: fc.constantFrom('Allotment rules', 'Youth strategy', 'Library hours', 'Parks charter', 'Bus routes'), start: startDay, days: length, form: style });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, namedHeader) => {
        const header = namedHeader ? 'Consultation | Opens | Closes | Service' : 'Topic | Start date | Closing date | Team';
        const lines = rows.map((r) => `${r.name} | ${written(r.start, r.form)} | ${written(r.start + r.days, r.form)} | Communities`);
        const page = `Forward plan of public consultations\n\nThese are the consultations we will run this year.\n\n${header}\n${lines.join('\n')}`;
        const findings = lintWithRule('consultation-timescale', page, {}, { referenceDate: '2023-12-01' });
        const expected = rows
          .filter((r) => r.days < 84)
          .map((r) => ({ start: iso(r.start), close: iso(r.start + r.days), lengthDays: r.days }));
        const unique = [...new Map(expected.map((e) => [`${e.start}/${e.close}`, e])).values()];
        expect(findings.map(({ data }) => ({ start: data.start, close: data.close, lengthDays: data.lengthDays })).sort((a, b) => String(a.start).localeCompare(String(b.start)))).toEqual(
          unique.sort((a, b) => a.start.localeCompare(b.start)),
        );
      }),
      { numRuns: 200, seed: SEED },
    );
  }, 60_000);

  it('judges each item of a hub page on its own: ranges, closing dates alone, and statutory items', () => {
    const item = fc.record({ kind: fc.constantFrom('range', 'close-only', 'local-plan'), start: fc.integer({ min: firstDay + 30, max: firstDay + 600 }), days: length, form: style });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), (items) => {
        const reference = Math.min(...items.map((i) => i.start)) - 1;
        const lines = items.map((i, at) => {
          const [from, to] = [written(i.start, i.form), written(i.start + i.days, i.form)];
          if (i.kind === 'range') return `• Service review ${at + 1}\n  Tell us what you think. Runs from ${from} to ${to}.`;
          if (i.kind === 'close-only') return `• Opening hours ${at + 1}\n  Tell us which sessions you would use. Closes ${to}.`;
          return `• Local Plan review ${at + 1} – Regulation 19 stage. Representations can be made from ${from} to ${to}.`;
        });
        const page = `Consultations – Have Your Say\n\nOPEN CONSULTATIONS\n${lines.join('\n')}`;
        const findings = lintWithRule('consultation-timescale', page, {}, { referenceDate: iso(reference) });
        const expected = items
          .filter((i) => i.kind !== 'local-plan')
          .map((i) => (i.kind === 'range' ? { close: iso(i.start + i.days), lengthDays: i.days } : { close: iso(i.start + i.days), lengthDays: i.start + i.days - reference }))
          .filter((e) => e.lengthDays < 84);
        const got = findings.map(({ data }) => ({ close: data.close, lengthDays: data.lengthDays }));
        const key = (e: { close: unknown; lengthDays: unknown }) => `${e.close}/${e.lengthDays}`;
        expect([...new Set(got.map(key))].sort()).toEqual([...new Set(expected.map(key))].sort());
      }),
      { numRuns: 200, seed: SEED },
    );
  }, 60_000);

  it('never says a page with a countdown does not say when it closes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.constantFrom('Closes in {n} days', '{n} days left', '{n} days left to respond', 'Closing in {n} days'), fc.constantFrom(...INVITATIONS), (n, countdown, invitation) => {
        const page = `Library opening hours\n\n${countdown.replace('{n}', String(n))}\n\n${invitation}`;
        const problems = lintWithRule('consultation-timescale', page, {}, { referenceDate: '2025-05-01' }).map((finding) => finding.data.problem);
        expect(problems).toEqual([]);
      }),
      { numRuns: 100, seed: SEED },
    );
  }, 60_000);

  it('reports a closed consultation by the date it read, never as missing', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 200 }), style, fc.constantFrom('The consultation closed on {d}.', 'Consultation closed: {d}', 'Closed {d}', 'Responses were due by 5pm on {d}.'), fc.constantFrom(...INVITATIONS), (close, after, form, line, invitation) => {
        const page = `${invitation}\n\n${line.replace('{d}', written(close, form))}`;
        const findings = lintWithRule('consultation-timescale', page, {}, { referenceDate: iso(close + after) });
        expect(findings.map((finding) => finding.data.problem)).not.toContain('missing');
        expect(findings.map((finding) => finding.data)).toEqual([expect.objectContaining({ problem: 'closed', close: iso(close) })]);
        expect(findings[0]!.severity).toBe('info');
      }),
      { numRuns: 200, seed: SEED },
    );
  }, 60_000);

  it('leaves grant rounds and timetable stages that are not consultations alone', () => {
    const stage = fc.constantFrom('Prepare draft proposals', 'Review by officers', 'Presentation of proposals', 'Prepare final report', 'Officer assessment of bids');
    fc.assert(
      fc.property(startDay, fc.integer({ min: 7, max: 60 }), style, fc.array(fc.tuple(stage, startDay, fc.integer({ min: 3, max: 60 })), { minLength: 1, maxLength: 4 }), (start, days, form, stages) => {
        const grantRound = `Community grants 2025\n\nApplications open: ${written(start, form)}\nClosing date for applications: ${written(start + days, form)}\n\nApply online using the form below.`;
        expect(lintWithRule('consultation-timescale', grantRound, {}, { referenceDate: iso(start) })).toEqual([]);
        const timetable = [
          'Review timetable',
          '',
          'Stage | Dates',
          `Public consultation | ${written(start, form)} to ${written(start + 90, form)}`,
          ...stages.map(([name, from, span]) => `${name} | ${written(from, form)} to ${written(from + span, form)}`),
        ].join('\n');
        expect(lintWithRule('consultation-timescale', timetable, {}, { referenceDate: iso(start) })).toEqual([]);
      }),
      { numRuns: 200, seed: SEED },
    );
  }, 60_000);
});
