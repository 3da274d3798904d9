import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutQuotes } from '../../shared/text/quotes.ts';

describe('withoutQuotes', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const marks = fc.constantFrom(['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']);
  it('drops the marks around quoted words and keeps the words', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), word, marks, (quoted, before, [open, close]) => {
        expect(withoutQuotes(`${before} ${open}${quoted.join(' ')}${close}.`)).toBe(`${before} ${quoted.join(' ')}.`);
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });
  it('keeps apostrophes inside words', () => {
    expect(withoutQuotes("the council's grant won't be renewed")).toBe("the council's grant won't be renewed");
    expect(withoutQuotes("we were told it would be 'looked at later'")).toBe('we were told it would be looked at later');
  });
});
