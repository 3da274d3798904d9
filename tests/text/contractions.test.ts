import { describe, expect, it } from 'vitest';
import { withoutContractions } from '../../shared/text/contractions.ts';

describe('withoutContractions', () => {
  const cases: [string, string][] = [
    ["we're not renewing the SLA", 'we are not renewing the SLA'],
    ["the grant won't continue", 'the grant will not continue'],
    ['we haven’t carried out an assessment', 'we have not carried out an assessment'],
    ["I'm afraid we can't fund it", 'I am afraid we cannot fund it'],
    ["it's short cos we didn't have time", 'it is short cos we did not have time'],
    ["they'll close and we'd rather not", 'they will close and we would rather not'],
  ];
  for (const [written, full] of cases) it(written, () => expect(withoutContractions(written)).toBe(full));
  it('leaves possessives and plain text alone', () => {
    expect(withoutContractions("the council's grant and the charities' funding")).toBe("the council's grant and the charities' funding");
    const plain = 'The council will end the grant.';
    expect(withoutContractions(plain)).toBe(plain);
  });
});
