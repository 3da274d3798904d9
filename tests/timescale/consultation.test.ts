/**
 * consultation-timescale and analyseConsultation: the figures a reader can check by hand,
 * where findings point, the statutory setting and profile, and robustness.
 */
import { describe, expect, it } from 'vitest';
import { analyseConsultation, analyseConsultations } from '../../shared/document/consultation.ts';
import { createFacts } from '../../shared/document/facts.ts';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { parseText } from '../../shared/engine/parse.ts';
import { RULES } from '../../lint-rules/index.ts';
import { lintWithRule, TEST_TODAY } from '../helpers/lint-with.ts';

const DEFAULTS = { minDays: 84, statutory: 'skip' as const };

function factsOf(text: string, referenceDate?: string) {
  return createFacts({ text, tree: parseText(text), format: 'text', referenceDate, today: TEST_TODAY });
}

function lintWithProfile(profile: string, text: string) {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === 'consultation-timescale' ? 'warning' : 'off']));
  return lint(text, resolveConfig({ profile: profile as never, rules: rules as never }), { today: TEST_TODAY });
}

describe('analyseConsultation (for the side panel)', () => {
  it('gives the computed timescale of a compliant consultation', () => {
    const result = analyseConsultation(factsOf('The consultation opens on 8 September 2025 and closes at 5pm on 1 December 2025.'), DEFAULTS);
    expect(result).toMatchObject({
      isConsultation: true,
      problem: 'ok',
      start: '2025-09-08',
      close: '2025-12-01',
      lengthDays: 84,
      requiredDays: 84,
      basis: 'dates',
      explained: false,
      statutory: null,
    });
  });

  it('says when a document is not a consultation', () => {
    const result = analyseConsultation(factsOf('The recommendation was agreed after consultation with the Cabinet Member.'), DEFAULTS);
    expect(result.isConsultation).toBe(false);
    expect(result.problem).toBeNull();
    expect(result.lengthDays).toBeNull();
  });

  it('recognises a statutory consultation and its legal minimum', () => {
    const text = 'Representations on the draft Supplementary Planning Document may be made from 6 January to 3 February 2025.';
    expect(analyseConsultation(factsOf(text), DEFAULTS)).toMatchObject({ skipped: true, statutory: { kind: 'supplementary-planning-document', minDays: 28 } });
    expect(analyseConsultation(factsOf(text), { ...DEFAULTS, statutory: 'check' })).toMatchObject({ skipped: false, requiredDays: 28, lengthDays: 28 });
  });

  it('checks each round when a page lists two consultation periods', () => {
    const text = 'Key dates\n\nFirst public consultation: 22 November 2021 → 31 January 2022\n\nSecond public consultation: 4 July 2022 → 9 September 2022';
    const results = analyseConsultations(factsOf(text), DEFAULTS);
    expect(results.map((result) => [result.start, result.close, result.lengthDays])).toEqual([
      ['2021-11-22', '2022-01-31', 70],
      ['2022-07-04', '2022-09-09', 67],
    ]);
  });
});

describe('consultation-timescale messages state the figures', () => {
  it('gives both dates, days and weeks, the minimum and the closing date that would comply', () => {
    const [finding] = lintWithRule('consultation-timescale', 'The consultation opens on 3 March 2025 and closes on 14 April 2025.');
    expect(finding!.message).toContain('from 3 March 2025 to 14 April 2025');
    expect(finding!.message).toContain('42 days (6 weeks)');
    expect(finding!.message).toContain('84 days (12 weeks)');
    expect(finding!.message).toContain('26 May 2025');
    expect(finding!.severity).toBe('warning');
    expect(finding!.note).toContain('Consultation timescales');
  });

  it('points at the closing date when opening and closing dates are given apart', () => {
    const [finding] = lintWithRule('consultation-timescale', 'Public consultation\n\nOpens: 1 September 2025\n\nCloses: 3 November 2025');
    expect(finding!.actual).toBe('3 November 2025');
    expect(finding!.data).toMatchObject({ start: '2025-09-01', close: '2025-11-03', lengthDays: 63, basis: 'dates' });
  });

  it('says when the length is counted from the reference date, and which one', () => {
    const text = 'The consultation on the refreshed Local Compact closes on 28 February 2025.';
    const given = lintWithRule('consultation-timescale', text, {}, { referenceDate: '2025-01-20' })[0]!;
    expect(given.message).toContain('Only the closing date (28 February 2025) is given');
    expect(given.message).toContain('the reference date you gave (20 January 2025)');
    expect(given.data).toMatchObject({ basis: 'reference-to-close', lengthDays: 39 });
    const today = lintWithRule('consultation-timescale', text)[0]!;
    expect(today.message).toContain('today’s date (15 January 2025)');
    expect(today.data.lengthDays).toBe(44);
  });

  it('never measures a closing date against itself when the document date is only a guess from the text', () => {
    // With no reference date and no labelled date, the document's first date (here the close) may be taken as its own date.
    const [finding] = lintWithRule('consultation-timescale', 'Draft Compact refresh\n\nThe consultation on the refreshed Local Compact closes on 28 February 2025.');
    expect(finding!.data).toMatchObject({ start: '2025-01-15', close: '2025-02-28', lengthDays: 44, basis: 'reference-to-close' });
    expect(finding!.message).toContain('today’s date (15 January 2025)');
  });

  it('reports an explained short consultation at info severity, quoting the reason', () => {
    const text = 'A six-week consultation will run from 10 February to 24 March 2025. It is shorter than usual because the budget must be set before April.';
    const [finding] = lintWithRule('consultation-timescale', text);
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toContain('“It is shorter than usual because the budget must be set before April.”');
    expect(finding!.data).toMatchObject({ explained: true, reason: 'It is shorter than usual because the budget must be set before April.' });
  });

  it('points a missing period at the place the consultation is introduced', () => {
    const text = 'Budget 2025/26\n\nWe are now consulting on proposals to change how community grants are awarded.';
    const [finding] = lintWithRule('consultation-timescale', text);
    expect(finding!.data).toMatchObject({ problem: 'missing', start: null, close: null, lengthDays: null, basis: 'none' });
    expect(finding!.actual).toBe('consulting');
    expect(finding!.line).toBe(3);
  });

  it('uses the past tense and asks for the reason when the consultation has already run', () => {
    const text = 'A public consultation on the proposals ran for six weeks, from 6 January 2025 to 17 February 2025.';
    const [finding] = lintWithRule('consultation-timescale', text);
    expect(finding!.message).toContain('ran from 6 January 2025 to 17 February 2025');
    expect(finding!.message).toContain('would have closed on 31 March 2025');
  });
});

describe('consultation-timescale settings', () => {
  it('follows minDays', () => {
    const text = 'A six-week consultation on the draft parish charter will start in the spring.';
    expect(lintWithRule('consultation-timescale', text, { minDays: 42 })).toEqual([]);
    expect(lintWithRule('consultation-timescale', text, { minDays: 43 })[0]!.data).toMatchObject({ lengthDays: 42, requiredDays: 43 });
  });

  it('leaves statutory planning consultations alone by default and checks them under planning-statutory', () => {
    const text = 'The draft Shopfront Design Supplementary Planning Document is open for comment from 3 March 2025 to 21 March 2025.';
    expect(lintWithProfile('england-national', text)).toEqual([]);
    const [finding] = lintWithProfile('planning-statutory', text);
    expect(finding!.data).toMatchObject({ lengthDays: 18, requiredDays: 28, statutory: 'supplementary-planning-document' });
    expect(finding!.message).toContain('legal minimum of 28 days (4 weeks) for a supplementary planning document consultation');
  });
});

describe('consultation-timescale robustness', () => {
  it('does not crash or report on impossible and reversed dates', () => {
    for (const text of [
      'The consultation runs from 31 February 2025 to 30 February 2025.',
      'The consultation runs from 1 June 2025 to 3 March 2025.',
      'The consultation closes on.',
      'Consultation',
      '',
    ]) {
      expect(() => lintWithRule('consultation-timescale', text)).not.toThrow();
    }
    expect(lintWithRule('consultation-timescale', 'The consultation runs from 1 June 2025 to 3 March 2025.').filter((f) => f.data.problem === 'too-short')).toEqual([]);
  });
});
