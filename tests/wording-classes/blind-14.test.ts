/**
 * Classes of wording that blind round 14's first run showed the rules misreading, tested as
 * classes. Passages are written for this file.
 *
 * - "If, after that review, the council proposes to end your funding, we will tell you …": an
 *   aside after "If" does not end the condition; a promise about how cuts would be made is not a cut.
 * - "close Maple House", a place by its name, described just before as something people rely on.
 * - "stop free collections": a free service is relied on.
 * - A paper that says outright its assessment is put off ("will be completed once a decision …
 *   has been made") is not saved by a description of who uses the service and what they would get.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const impact = (text: string) => lintWithRule('impact-assessment', text, {}, { referenceDate: '2026-01-28' }).map((finding) => (finding.data as { problem: string }).problem);

describe('impact-assessment: conditions with an aside', () => {
  for (const aside of ['after that review', 'at any point', 'in future', 'following the review']) {
    it(`If, ${aside}, the council proposes to end your funding, …`, () => {
      expect(impact(`If, ${aside}, the council proposes to change or end your funding, we will tell you in writing at least six months before the change.`)).toEqual([]);
    });
  }
});

describe('impact-assessment: a place closed by its name', () => {
  const descriptions = ['It has eight beds and is used by about 65 families each year.', 'The centre offers day care to 40 older people.', 'The library runs sessions for children and adults.'];
  for (const description of descriptions) {
    for (const name of ['Maple House', 'the Birchfield Centre', 'Eastwick Hub']) {
      it(`${description} … proposing to close ${name}`, () => {
        const text = `${name} provides short breaks. ${description} The building needs repairs.\n\nThe council is proposing to close ${name}.`;
        expect(impact(text)).toEqual(['missing']);
      });
    }
  }
  it('a name with nothing relied on before it is not taken for a service', () => {
    expect(impact('The road has been resurfaced. The council is proposing to close Mill Lane for two days.')).toEqual([]);
  });
});

describe('impact-assessment: free services, and an assessment put off outright', () => {
  for (const free of ['free collections', 'free school meals', 'free transport']) {
    it(`We're proposing to stop ${free} for residents on council tax support`, () => {
      expect(impact(`We're proposing to stop ${free} for residents on council tax support. Tell us what you think.`)).toEqual(['missing']);
    });
  }
  it('users and alternatives described, the assessment put off: put off', () => {
    const text =
      'Maple House is used by about 65 families each year. The council is proposing to close Maple House and offer families short breaks in other ways instead.\n\nAn equality impact assessment will be completed once a decision on the future of the centre has been made.';
    expect(impact(text)).toEqual(['deferred']);
  });
  it('users and alternatives described, with nothing said of an assessment: an assessment in words', () => {
    const text = 'Maple House is used by about 65 families each year. The council is proposing to close Maple House and offer families short breaks in other ways instead.';
    expect(impact(text)).toEqual([]);
  });
});

describe('undefined-acronym: trade unions known by their names', () => {
  for (const union of ['UNISON', 'GMB', 'TUC']) {
    it(`${union} is not spelled out`, () => {
      const found = lintWithRule('undefined-acronym', `Staff and the recognised trade unions (${union === 'TUC' ? 'through the TUC' : union}) were consulted on the restructure.`, {}, { referenceDate: '2026-01-28' });
      expect(found).toEqual([]);
    });
  }
});
