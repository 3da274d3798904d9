import { describe, expect, it } from 'vitest';
import { compileNow } from '../../shared/text/compile-now.ts';

describe('compileNow', () => {
  it('leaves global and sticky patterns ready to match from the start', () => {
    const global = /\bgrant(s)?\b/gi;
    const sticky = /the/y;
    global.lastIndex = 5;
    sticky.lastIndex = 3;
    compileNow(global, sticky);
    expect(global.lastIndex).toBe(0);
    expect(sticky.lastIndex).toBe(0);
    expect('Grants and a grant.'.match(global)).toEqual(['Grants', 'grant']);
    expect(sticky.test('the end')).toBe(true);
  });

  it('finds exactly what an unprimed copy finds', () => {
    const source = String.raw`(?<!the )end(?:s|ed|ing)?(?! of\b)|clos(?:e|ed|ure)(?! to\b)`;
    const primed = new RegExp(source, 'gi');
    compileNow(primed);
    const text = 'The end of March. Funding ends; the centre closed, close to the ends of the year. Closure.';
    expect([...text.matchAll(primed)].map((match) => [match.index, match[0]])).toEqual(
      [...text.matchAll(new RegExp(source, 'gi'))].map((match) => [match.index, match[0]]),
    );
  });
});
