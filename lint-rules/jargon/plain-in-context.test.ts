/**
 * Words the rule used to flag that are plain in their context, a name, or explained in passing:
 * found by measuring the rule on real council and NHS pages (tests/accuracy/). Each passage was
 * written for this test in the style of those pages, and is its own assertion: exactly what is
 * flagged, in order.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';
import { TERM_KINDS } from './terms.ts';

/** Every kind, `formal` too: these tests are about matching, which is the same for each kind. */
const flagged = (text: string) => lintWithRule('jargon', text, { kinds: [...TERM_KINDS] }).map((finding) => finding.actual);

describe('jargon: words plain in context are left alone', () => {
  it('an NHS involvement page: "engagement" names the stage, and the noun "collaboration" is ordinary', () => {
    const text = `Get involved

Our six-week period of engagement on the new walk-in centre ends on 4 July. We are holding
engagement events in Alderby and Fenwick, and the engagement report will be published in the
autumn. This work has grown out of close collaboration with the patient forum.`;
    expect(flagged(text)).toEqual([]);
  });

  it('still flags engagement jargon that says nothing about who is asked', () => {
    const text = 'Stakeholder engagement will run alongside community engagement, and we will collaborate with partners.';
    expect(flagged(text)).toEqual(['Stakeholder engagement', 'community engagement', 'collaborate']);
  });

  it('a police budget page: "precept" explained in passing counts as explained everywhere', () => {
    expect(flagged('The survey asks how much extra you would pay for the part of council tax that funds the police, known as the precept. The precept will be set in February.')).toEqual([]);
    expect(flagged('Parish councils may add an extra charge (called a precept) to the bill. Last year the precept rose by 3%.')).toEqual([]);
    expect(flagged('The fire authority sets the amount of council tax it receives, called the fire precept, each year.')).toEqual([]);
    expect(flagged('We propose a freeze on the precept this year.')).toEqual(['precept']);
  });

  it('"so-called" distances the writer from a word but does not explain it', () => {
    expect(flagged('Grants to the so-called third sector will fall.')).toEqual(['third sector']);
  });

  it('cabinet minutes: "best value" in lower case is plain words; the capitalised duty is flagged', () => {
    expect(flagged('The panel chose the provider that offered best value and the shortest waiting times.')).toEqual([]);
    expect(flagged('The review was carried out under the Best Value duty.')).toEqual(['Best Value']);
  });

  it('cabinet minutes: "impact" and "impacts" as nouns after "to" are not the verb', () => {
    const text = `Members confirmed that regard had been given to impacts on carers. Cabinet approved the grants,
subject to impact assessments, and asked for a report on the impacts of the change.`;
    expect(flagged(text)).toEqual([]);
    expect(flagged('This impacts on families, and it impacts carers most.')).toEqual(['impacts on', 'impacts']);
  });

  it('a grants timetable: "week commencing" names a week', () => {
    expect(flagged('Applications open in the week commencing 3 March. Work on the hall commenced in April.')).toEqual(['commenced']);
  });
});
