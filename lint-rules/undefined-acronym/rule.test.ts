/** Behaviour of `undefined-acronym` on realistic council text, beyond its README examples. */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';
import { EXPANSIONS, NOT_ACRONYMS, WELL_KNOWN } from './acronyms.ts';
import { spells } from './rule.ts';

const flagged = (text: string, options: Record<string, unknown> = {}, format?: 'markdown' | 'text') =>
  lintWithRule('undefined-acronym', text, options, format ? { format } : {}).map((finding) => finding.actual);
const findings = (text: string) => lintWithRule('undefined-acronym', text);

describe('undefined-acronym: what is not an acronym', () => {
  it('skips headings in capitals, numbered or not', () => {
    expect(flagged('2. FINANCIAL IMPLICATIONS\n\nRECOMMENDATIONS\n\nThe grant is met from reserves.')).toEqual([]);
    expect(flagged('SUMMARY\n\nThe plan is agreed.')).toEqual([]);
  });

  it('skips a run of capitals inside a sentence', () => {
    expect(flagged('Responses MUST BE RECEIVED BY noon on Friday.')).toEqual([]);
  });

  it('skips words written in capitals for emphasis', () => {
    expect(flagged('Please do NOT send original documents. NOTE: the office is closed.')).toEqual([]);
  });

  it('skips Roman numerals, and other numerals after "Part", "Appendix" and the like', () => {
    expect(flagged('See Part II and Appendix IV, stage III of the plan, and Schedule XII.')).toEqual([]);
    expect(flagged('The report is in Appendix CD.')).toEqual([]);
    expect(flagged('The MCC report is due.')).toEqual(['MCC']);
  });

  it('skips references with figures: S106, A38, Q3, 2023/24, COVID-19', () => {
    expect(flagged('S106 money will improve the A38 junction in Q3 of 2023/24, delayed by COVID-19.')).toEqual([]);
  });

  it('skips letters that are part of a reference number, but not an acronym beside a figure', () => {
    expect(flagged('Application 25/01432/FUL and appeal APP/X1234/W/24/567 were refused; see LLFA-2024-03.')).toEqual([]);
    expect(flagged('The ICB/CCG handover and the VCS/VCSE forum in 2025/26.')).toEqual(['ICB', 'CCG', 'VCS', 'VCSE']);
  });

  it('skips names that mix cases but are not acronyms', () => {
    expect(flagged('McDonald House and the iPad loan scheme reopened.')).toEqual([]);
  });

  it('skips acronyms inside URLs and e-mail addresses', () => {
    expect(flagged('Write to info@NWCVS.org.uk or see https://example.org/VCSE/guide for details.')).toEqual([]);
  });

  it('allows the well-known list and the `allow` option', () => {
    expect(flagged('The NHS, your GP and your MP can help. Prices include VAT.')).toEqual([]);
    expect(flagged('The ICB met.', { allow: ['ICB'] })).toEqual([]);
  });
});

describe('undefined-acronym: what is an acronym', () => {
  it('treats a plural and a possessive as the same acronym, and reports only the first use', () => {
    expect(flagged('Many VCOs applied. Each VCO was told.')).toEqual(['VCOs']);
    expect(flagged('The CVS’s survey and the CVS report.')).toEqual(['CVS']);
    expect(flagged("The CVS's survey was published.")).toEqual(['CVS']);
  });

  it('finds an acronym joined to lower-case words: "ARRS-funded", "VCSE-led"', () => {
    expect(flagged('ARRS-funded coordinators and VCSE-led projects started.')).toEqual(['ARRS', 'VCSE']);
    const [finding] = findings('Our VCSE-led projects started.');
    expect(finding!.actual).toBe('VCSE');
    expect(flagged('The voluntary, community and social enterprise (VCSE) sector runs VCSE-led projects.')).toEqual([]);
    expect(flagged('COVID-19 and X-ray clinics, with the UK-wide scheme.')).toEqual([]);
  });

  it('suggests the expansion, in the plural for a plural acronym', () => {
    const [finding] = findings('Small VCOs find it hard to recruit.');
    expect(finding!.expected).toEqual(['voluntary and community organisations (VCOs)']);
    expect(finding!.data).toMatchObject({ acronym: 'VCOs', definedLater: false, expansion: 'voluntary and community organisation' });
  });

  it('flags an unknown acronym without inventing an expansion', () => {
    const [finding] = findings('The XYZQ panel meets monthly.');
    expect(finding!.actual).toBe('XYZQ');
    expect(finding!.expected).toEqual([]);
    expect(finding!.data.expansion).toBeNull();
  });

  it('says when the explanation comes too late', () => {
    const [finding] = findings('The SLA ends in March. A new service level agreement (SLA) is being drafted.');
    expect(finding!.data.definedLater).toBe(true);
    expect(finding!.note).toContain('later on');
  });
});

describe('undefined-acronym: definitions', () => {
  it('accepts an expansion wrapped over a line break, either way round', () => {
    expect(flagged('Groups in the voluntary, community and social\nenterprise (VCSE) sector may apply. The VCSE network agreed.')).toEqual([]);
    expect(flagged('SEND (special educational\nneeds and disabilities) services are not affected.')).toEqual([]);
  });

  it('does not take words from the paragraph before as an expansion', () => {
    expect(flagged('We thank the voluntary and community sector.\n\n(VCS) groups may apply.')).toEqual(['VCS']);
  });

  it('accepts "(the ACR)", quotes, "means" and glossary lines', () => {
    expect(flagged('The integrated care board (the ICB) agreed.')).toEqual([]);
    expect(flagged('The local strategic partnership (“LSP”) met.')).toEqual([]);
    expect(flagged('JSNA means joint strategic needs assessment.')).toEqual([]);
    expect(flagged('Glossary\n\n- CIL – community infrastructure levy\n\nCIL receipts rose.')).toEqual([]);
    expect(flagged('| MTFS | medium-term financial strategy |\n\nThe MTFS is agreed.')).toEqual([]);
  });

  it('accepts a short name in brackets after an organisation’s full name', () => {
    expect(flagged('Haringey CVS (HAVCO) runs the forum. HAVCO meets monthly.')).toEqual(['CVS']);
    expect(flagged('The local authority (SOs) agreed.')).toEqual(['SOs']);
  });

  it('accepts an expansion in any case', () => {
    expect(flagged('The Joint Strategic Needs Assessment (JSNA) is out; the JSNA shows need.')).toEqual([]);
    expect(flagged('KEY PERFORMANCE INDICATORS (KPIs) are agreed.')).toEqual([]);
  });

  it('matches the letters of an expansion', () => {
    expect(spells('EqIA', ['equality', 'impact', 'assessment'])).toBe(true);
    expect(spells('MoU', ['memorandum', 'of', 'understanding'])).toBe(true);
    expect(spells('VCS', ['voluntary', 'sector'])).toBe(false);
  });
});

describe('undefined-acronym data', () => {
  it('has no duplicates, and no acronym both well known and expanded', () => {
    const expanded = EXPANSIONS.map((row) => row.acronym.toUpperCase());
    expect(new Set(expanded).size).toBe(expanded.length);
    expect(new Set(WELL_KNOWN).size).toBe(WELL_KNOWN.length);
    for (const known of WELL_KNOWN) expect(expanded, known).not.toContain(known.toUpperCase());
    expect(new Set(NOT_ACRONYMS).size).toBe(NOT_ACRONYMS.length);
  });

  it('gives every expansion a source and letters that spell the acronym', () => {
    for (const row of EXPANSIONS) {
      expect(['own', 'seed', 'LGA'], row.acronym).toContain(row.source);
      const words = row.expansion.split(/[\s,()]+/).filter(Boolean);
      expect(spells(row.acronym, words) || spells(row.acronym, words.slice(0, -1)), `${row.acronym}: ${row.expansion}`).toBe(true);
    }
  });

  it('keeps the well-known list short', () => {
    expect(WELL_KNOWN.length).toBeLessThanOrEqual(40);
  });
});
