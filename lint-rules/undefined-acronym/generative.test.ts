/**
 * `undefined-acronym` on generated text: glossaries and definition tables in every layout,
 * names given in full before the short form, headings and banners in capitals made of
 * ordinary words, minute formulas, units, Freepost addresses and reference codes. Each
 * property also checks that the same text without the explanation is still flagged, so a
 * rule that flagged nothing could not pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';
import { WELL_KNOWN } from './acronyms.ts';

const SEED = 20261202;
const flagged = (text: string) => lintWithRule('undefined-acronym', text).map((finding) => finding.actual);
const check = <T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => void, numRuns = 150) =>
  fc.assert(
    fc.property(arbitrary, (value) => {
      property(value);
    }),
    { seed: SEED, numRuns },
  );

/**
 * Abbreviations that cannot be English words or names: three or four consonants (no vowel, no
 * Y), leaving out the well-known ones (BBC, GMT…) and units (KB, MB…).
 */
const CONSONANTS = 'BCDFGHJKLMNPQRSTVWXZ'.split('');
const SKIP = new Set([...WELL_KNOWN, 'KB', 'MB', 'GB', 'TB', 'PB', 'KW', 'MW', 'GW', 'TW', 'MPH', 'KPH', 'BTU', 'DPI', 'PPM', 'PPI', 'FC', 'RC', 'CFC', 'RFC', 'LLP', 'PLC']);

/** Made-up words in lower case, to build expansions whose initials give the abbreviation. */
const TAILS = ['ander', 'ossom', 'elling', 'arton', 'ilver', 'umber', 'ention', 'arish', 'ouncil', 'ealth', 'upport', 'ettle'];
const expansionFor = (letters: string[], tails: number[]) => letters.map((letter, at) => letter.toLowerCase() + TAILS[tails[at]! % TAILS.length]);

const abbreviation = fc
  .array(fc.constantFrom(...CONSONANTS), { minLength: 3, maxLength: 4 })
  .filter((letters) => !SKIP.has(letters.join('')));

/** An abbreviation and an expansion spelling it, in lower case, Title Case or capitals. */
const defined = fc
  .record({
    letters: abbreviation,
    tails: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    casing: fc.constantFrom('lower', 'title', 'upper'),
  })
  .map(({ letters, tails, casing }) => {
    const words = expansionFor(letters, tails).map((word) =>
      casing === 'upper' ? word.toUpperCase() : casing === 'title' ? word[0]!.toUpperCase() + word.slice(1) : word,
    );
    return { acronym: letters.join(''), expansion: words.join(' ') };
  });

const USE = (acronym: string) => `The ${acronym} will write to every group that applied before the summer.`;

describe('undefined-acronym, generated: glossaries and definition tables', { timeout: 60_000 }, () => {
  const layouts: ((acronym: string, expansion: string, separator: string) => string)[] = [
    (acronym, expansion, separator) => `${acronym}${separator}${expansion}`,
    (acronym, expansion, separator) => `- ${acronym}${separator}${expansion}`,
    (acronym, expansion, separator) => `• ${acronym}${separator}${expansion} (the body that runs the scheme)`,
    (acronym, expansion) => `| ${acronym} | ${expansion} |`,
    (acronym, expansion) => `${acronym} | ${expansion}`,
    (acronym, expansion) => `${acronym}\n${expansion}`,
    (acronym, expansion, separator) => `${expansion}${separator}${acronym}`,
  ];

  it('an entry before or after the use explains the abbreviation, in any layout and with any separator', () => {
    check(
      fc.record({
        pair: defined,
        separator: fc.constantFrom(' – ', ' - ', ': ', ' | ', '\t', ' = ', ' — ', '   '),
        layout: fc.integer({ min: 0, max: layouts.length - 1 }),
        heading: fc.constantFrom('Glossary', 'Words used in this paper', 'Abbreviations', 'Abbreviation | Meaning'),
        after: fc.boolean(),
      }),
      ({ pair, separator, layout, heading, after }) => {
        const entry = layouts[layout]!(pair.acronym, pair.expansion, separator);
        const glossary = `${heading}\n${entry}\nPTO – please turn over`;
        const body = USE(pair.acronym);
        const text = after ? `${body}\n\n${glossary}` : `${glossary}\n\n${body}`;
        expect(flagged(text), text).not.toContain(pair.acronym);
        expect(flagged(body), body).toContain(pair.acronym);
      },
    );
  });

  it('a glossary entry whose words do not spell the abbreviation explains nothing', () => {
    check(fc.record({ pair: defined, separator: fc.constantFrom(' – ', ': ', ' | ') }), ({ pair, separator }) => {
      const text = `${USE(pair.acronym)}\n\nGlossary\n${pair.acronym}${separator}see the note at the end of the paper`;
      expect(flagged(text), text).toContain(pair.acronym);
    });
  });
});

describe('undefined-acronym, generated: the full form given before the short one', { timeout: 60_000 }, () => {
  it('a name in capitals anywhere before, in a title line or an earlier sentence, explains it', () => {
    check(
      fc.record({
        letters: abbreviation,
        tails: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        where: fc.constantFrom('title', 'sentence', 'same sentence', 'or'),
      }),
      ({ letters, tails, where }) => {
        const acronym = letters.join('');
        const name = expansionFor(letters, tails).map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
        const text = {
          title: `Kestermoor ${name}\nBoard meeting – 4 June 2025\n\nThe ${acronym} agreed the plan.`,
          sentence: `The ${name} met in May. Members thanked the volunteers.\n\nThe ${acronym} agreed the plan.`,
          'same sentence': `Grants from the ${name} have doubled, and the ${acronym} will publish the list.`,
          or: `The report covers the ${name}, or ${acronym}, which pays for adaptations.`,
        }[where];
        expect(flagged(text), text).not.toContain(acronym);
        expect(flagged(`The ${acronym} agreed the plan.`)).toContain(acronym);
      },
    );
  });

  it('a name followed by a word for what it is, then the abbreviation in brackets, explains it; any other word does not', () => {
    check(
      fc.record({
        letters: abbreviation,
        tails: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        kind: fc.constantFrom('scheme', 'programme', 'fund', 'partnership', 'sector', 'network'),
        other: fc.constantFrom('checks', 'inspectors', 'code', 'volunteers', 'report'),
      }),
      ({ letters, tails, kind, other }) => {
        const acronym = letters.join('');
        const name = expansionFor(letters, tails).map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
        const good = `The ${name} ${kind} (${acronym}) opens in May.`;
        const bad = `Every driver needs ${name} ${other} (${acronym}) before the first trip.`;
        expect(flagged(good), good).toEqual([]);
        expect(flagged(bad), bad).toEqual([acronym]);
      },
    );
  });
});

/**
 * Ordinary words that councils write in capitals in headings, banners and minutes, chosen by
 * hand (not taken from the rule's word list).
 */
const HEADING_WORDS = [
  'SUMMARY', 'BACKGROUND', 'PURPOSE', 'RECOMMENDATIONS', 'FINANCIAL', 'IMPLICATIONS', 'LEGAL', 'RISK', 'RISKS',
  'APPENDIX', 'CONSULTATION', 'DECISION', 'REASONS', 'OPTIONS', 'CONSIDERED', 'EQUALITY', 'PRESS', 'RELEASE', 'OPEN',
  'CLOSED', 'BETA', 'UPDATE', 'NOTICE', 'PUBLIC', 'MEETING', 'AGENDA', 'ITEM', 'MINUTES', 'PRESENT', 'APOLOGIES',
  'ACTION', 'DRAFT', 'CONFIDENTIAL', 'IMPORTANT', 'NEWS', 'FUNDING', 'GRANTS', 'CONTACT', 'DETAILS', 'NEXT', 'STEPS',
  'KEY', 'POINTS', 'PAPERS', 'WARDS', 'AFFECTED', 'REPORT', 'COMMUNITY', 'HOUSING', 'LIBRARIES', 'PARKS', 'TRANSPORT',
  'YOUTH', 'SERVICES', 'BUDGET', 'PROPOSALS', 'OUTCOME', 'FEEDBACK', 'HAVE', 'YOUR', 'SAY', 'CLOSING', 'DATE', 'HELP',
];
const headingWords = fc.array(fc.constantFrom(...HEADING_WORDS), { minLength: 1, maxLength: 5 });
const numbering = fc.constantFrom('', '2. ', '4.1 ', 'Item 7: ', 'PART A – ');
const trailer = fc.constantFrom('', ' – 3 March 2025', ' (continued)', ':');

describe('undefined-acronym, generated: capitals that are not abbreviations', { timeout: 60_000 }, () => {
  it('headings and banners of ordinary words in capitals are not flagged; an abbreviation inside one that the text uses still is', () => {
    check(fc.record({ words: headingWords, numbering, trailer, acronym: abbreviation, at: fc.nat() }), ({ words, numbering, trailer, acronym, at }) => {
      const heading = `${numbering}${words.join(' ')}${trailer}`;
      const text = `${heading}\n\nThe council will write to every group before the end of June.`;
      expect(flagged(text), text).toEqual([]);
      const abbreviated = acronym.join('');
      const inside = [...words];
      inside.splice(at % (words.length + 1), 0, abbreviated);
      const withAbbreviation = `${numbering}${inside.join(' ')}${trailer}\n\nThe ${abbreviated} will write to every group before the end of June.`;
      const [finding, ...rest] = lintWithRule('undefined-acronym', withAbbreviation);
      expect(rest, withAbbreviation).toEqual([]);
      // Reported where readers first meet it: in the heading.
      expect(finding?.actual, withAbbreviation).toBe(abbreviated);
      expect(finding!.offset, withAbbreviation).toBeLessThan(withAbbreviation.indexOf('\n'));
    });
  });

  it('a name found only in capitals (a place or a council in a heading) is not flagged', () => {
    const place = fc
      .tuple(fc.constantFrom('ASH', 'COLD', 'BRACK', 'ORM', 'FEN', 'KESTER', 'WYTH'), fc.constantFrom('WELL', 'BY', 'FORD', 'MOOR', 'TON', 'LEY', 'HAM'))
      .map(([head, tail]) => head + tail);
    check(fc.record({ place, words: headingWords }), ({ place, words }) => {
      const text = `${place} BOROUGH COUNCIL\n${words.join(' ')}\n\nThe council will write to every group before the end of June.`;
      expect(flagged(text), text).toEqual([]);
    });
  });

  it('ordinary words in capitals for emphasis inside a sentence are not flagged, beside an abbreviation that is', () => {
    check(fc.record({ word: fc.constantFrom(...HEADING_WORDS), acronym: abbreviation }), ({ word, acronym }) => {
      const abbreviated = acronym.join('');
      const text = `Please read the ${word} section, then send it to the ${abbreviated} office.`;
      expect(flagged(text), text).toEqual([abbreviated]);
    });
  });

  it('minute formulas are not flagged however they are laid out', () => {
    const formula = fc.constantFrom('RESOLVED', 'RESOLVED THAT', 'AGREED', 'NOTED', 'APPROVED', 'DEFERRED', 'ENDORSED', 'PRESENT', 'APOLOGIES');
    const layout = fc.constantFrom(
      (word: string) => `${word}:\n(1) That the report be noted.`,
      (word: string) => `${word} – That the Committee agrees the grants.`,
      (word: string) => `(2) the draft plan be ${word}; and`,
      (word: string) => `Members ${word} that the scheme should continue.`,
      (word: string) => `${word}. The Chair thanked the officers.`,
    );
    check(fc.record({ formula, layout }), ({ formula, layout }) => {
      const text = `Fallowfield Parish Council\nMinutes of the meeting held on 3 June 2025\n\n${layout(formula)}`;
      expect(flagged(text), text).toEqual([]);
    });
  });

  it('units after a figure are not flagged; the same letters as an abbreviation elsewhere are', () => {
    check(
      fc.record({
        unit: fc.constantFrom('KB', 'MB', 'GB', 'MW', 'GW', 'KW', 'MPH', 'MWh', 'GWh', 'MHz'),
        figure: fc.constantFrom('120', '1.5', '48', '2,400', '3'),
        space: fc.constantFrom(' ', '', '\u00a0'),
        acronym: abbreviation,
      }),
      ({ unit, figure, space, acronym }) => {
        const abbreviated = acronym.join('');
        const text = `Download the form (Word file, ${figure}${space}${unit}) and send it to the ${abbreviated}.`;
        expect(flagged(text), text).toEqual([abbreviated]);
      },
    );
  });

  it('Freepost addresses and reference codes are not flagged', () => {
    const name = fc.array(fc.constantFrom('KESTERMOOR', 'COUNCIL', 'CONSULTATION', 'RTKE', 'UZYX-HJBA', 'GRANTS', 'TEAM'), { minLength: 1, maxLength: 4 });
    check(
      fc.record({
        freepost: fc.constantFrom('FREEPOST', 'Freepost'),
        name,
        code: abbreviation,
        reference: fc.constantFrom((code: string) => `Our ref: ${code}/JB`, (code: string) => `(${code} 09/10 3247)`, (code: string) => `Reference: ${code}`, (code: string) => `${code}-2025-014`),
      }),
      ({ freepost, name, code, reference }) => {
        const text = `Send your form to ${freepost} ${name.join(' ')}. ${reference(code.join(''))}`;
        expect(flagged(text), text).toEqual([]);
      },
    );
  });
});
