/**
 * Classes of wording that blind round 21's first run showed the rules misreading, fixed after
 * it and so measured only by the next round. Passages are written for this file; each class is
 * built from every pairing of its parts (or from generated dates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';
import { DAY_MS, iso, written } from '../helpers/written-dates.ts';

const data = (text: string, referenceDate: string) =>
  lintWithRule('consultation-timescale', text, {}, { referenceDate }).map((finding) => finding.data as Record<string, unknown>);
const firstDay = Date.UTC(2024, 0, 8) / DAY_MS;

describe('a public body’s consultation told by a newsletter is not the newsletter’s', () => {
  for (const [lead, body] of [
    ['Our local Integrated Care Board (ICB), the NHS body that plans health services for the area,', 'ICB'],
    ['Your local council', 'council'],
    ['The local health trust', 'trust'],
  ] as const) {
    for (const follow of [`The ${body}'s consultation closes on 30 November.`, 'Its survey closes on 30 November.']) {
      it(`${lead} … ${follow}`, () => {
        const text = `Community Matters: November 2025\n\n1. Have your say on mental health support\n${lead} is consulting on its plans for community mental health support. ${follow} Please send your views to them directly.`;
        expect(data(text, '2025-11-03')).toEqual([]);
      });
    }
  }
  it('"the council is asking residents…" in a voluntary group’s newsletter', () => {
    const text =
      "Oakfield Neighbours' Network: Winter Newsletter\n\nThe trustees have decided to hand back the keys to the Hub. We wrote to the council on 1 December to give notice.\n\nThe council wants to hear from you\nThe council is asking residents what it should spend money on next year. Its budget survey closes on 12 January. Please fill it in!";
    expect(data(text, '2025-12-15')).toEqual([]);
  });
  it('"This is an NHS consultation, not a council one"', () => {
    expect(data('Have your say on mental health support\n\nThis is an NHS consultation, not a council one, so please send your views to the ICB directly.', '2025-11-03')).toEqual([]);
  });
  it('the council’s own page saying "the council is asking residents" still counts', () => {
    const text = 'Budget 2026/27: have your say\n\nThe council is asking residents what it should spend money on next year. The survey closes on 12 January 2026.';
    expect(data(text, '2025-12-15').map((found) => found.problem)).toEqual(['too-short']);
  });
});

describe('a closing date on the line after its cue, on a page that gives its publication date', () => {
  it('counts from the publication date to the closing date', () => {
    fc.assert(
      fc.property(fc.integer({ min: firstDay, max: firstDay + 700 }), fc.integer({ min: 14, max: 120 }), fc.integer({ min: 1, max: 10 }), fc.constantFrom('closes at\n11:59pm on', 'closes on\n', 'has a closing date of\n'), (published, length, readLater, cue) => {
        const text = `Open consultation\n\nCharity shop rates relief: proposed changes\n\nPublished ${written(published, 0)}\n\nThis consultation ${cue} ${written(published + length, 0)}\n\nSummary\nWe are seeking views on proposals to change the relief.`;
        const found = data(text, iso(published + Math.min(readLater, length - 1)));
        expect(found.map((one) => [one.start, one.lengthDays])).toEqual(length >= 84 ? [] : [[iso(published), length]]);
      }),
      { seed: 20261203, numRuns: 100 },
    );
  });
});

describe('a "Closing date:" label on a line of its own, with the date below it', () => {
  it('is read as the closing date', () => {
    const text = 'Open consultation\n\nPublished 8 January 2024\n\nClosing date:\n22 January 2024\n\nSummary\nWe are seeking views on proposals to change the relief.';
    expect(data(text, '2024-01-09').map((found) => [found.start, found.close, found.lengthDays])).toEqual([['2024-01-08', '2024-01-22', 14]]);
  });
});

describe('an FAQ answer to "When does the consultation close?"', () => {
  for (const question of ['Q. When does the consultation close?', 'When is the closing date?', 'What is the deadline for responses?']) {
    it(question, () => {
      const text = `Household Support Fund: how should we spend the next round?\n\n${question}\nA. At 5pm on Sunday 1 March 2026. It opened on Monday 19 January 2026.`;
      expect(data(text, '2026-01-26').map((found) => [found.start, found.close, found.lengthDays])).toEqual([['2026-01-19', '2026-03-01', 41]]);
    });
  }
});

describe('a past engagement given by its length beside a coming consultation given by dates', () => {
  for (const past of ['Our early engagement ran for eight weeks in May and June 2025.', 'Our initial engagement ran for eight weeks last spring.', 'Our public engagement ran for eight weeks in May.']) {
    it(past, () => {
      const text = `Cabinet: 23 July 2025\n\nHow the draft was written\n${past} We heard from 430 residents.\n\nNext steps\nThe formal consultation will run for 12 weeks, from Monday 1 September to Monday 24 November 2025.`;
      expect(data(text, '2025-07-16').map((found) => found.lengthDays)).toEqual([56]);
    });
  }
  it('a twelve-week engagement beside it is fine', () => {
    const text = 'Cabinet: 23 July 2025\n\nOur early engagement ran for twelve weeks last spring.\n\nThe formal consultation will run for 12 weeks, from Monday 1 September to Monday 24 November 2025.';
    expect(data(text, '2025-07-16')).toEqual([]);
  });
});

describe('notice-period: a lettered recommendation in the present tense under "That Cabinet:"', () => {
  for (const verb of ['reduces the advice services grant paid to Hallam Vale Advice by 30%', 'ends the advice services grant paid to Hallam Vale Advice', 'withdraws the grant to Hallam Vale Advice']) {
    for (const mark of ['(a)', 'a)', '1.', '-']) {
      it(`${mark} ${verb}`, () => {
        const text = `Cabinet, Wednesday 16 July 2025\nAgenda item 9: Advice services grant\n\nRecommendations\nThat Cabinet:\n${mark} ${verb} from 1 October 2025;\n${mark === '-' ? '-' : '(b)'} notes the savings.`;
        const found = lintWithRule('notice-period', text, {}, { referenceDate: '2025-07-08' }).map((finding) => (finding.data as { from: string }).from);
        expect(found).toEqual(['2025-07-16']);
      });
    }
  }
});

describe('impact-assessment: a named assessment put off outweighs a description of who uses the service', () => {
  for (const deferral of ['The committee noted that an EHIA for this change will be brought to the June meeting.', 'An equality impact assessment will be completed once the decision has been made.']) {
    it(deferral, () => {
      const text = `Item 4: Befriending service\nThe committee considered the befriending contract with Age Together, which supports 260 isolated older people by phone and home visits.\nAGREED: that the contract will not be renewed.\n${deferral}`;
      expect(lintWithRule('impact-assessment', text, {}, { referenceDate: '2026-04-16' }).map((finding) => (finding.data as { problem: string }).problem)).toEqual(['deferred']);
    });
  }
});
