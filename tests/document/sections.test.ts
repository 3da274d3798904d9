/**
 * Section headings of committee papers: Markdown, plain text and HTML-derived text, numbered
 * or not, in capitals or title case, and one-line "Label: value" sections.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSections, sectionAt, sectionBody, sectionKind, sectionKinds, type Section } from '../../shared/document/sections.ts';

function summary(text: string, sections: Section[]) {
  return sections.map((section) => ({ kind: section.kind, title: section.title, body: sectionBody(text, section) }));
}

describe('sectionKind', () => {
  it.each([
    ['Purpose of the report', 'purpose'],
    ['PURPOSE', 'purpose'],
    ['Executive summary', 'summary'],
    ['Recommendations', 'recommendations'],
    ['Recommendation to Cabinet', 'recommendations'],
    ['Reasons for recommendations', 'reasons'],
    ['Background', 'background'],
    ['Alternative options considered and rejected', 'options'],
    ['Options considered', 'options'],
    ['Consultation and engagement', 'consultation'],
    ['Financial implications', 'financial'],
    ['Finance', 'financial'],
    ['Legal implications', 'legal'],
    ['Equality implications', 'equality'],
    ['Equalities Impact Assessment', 'equality'],
    ['Equality impact assessment (EqIA)', 'equality'],
    ['Equality and diversity', 'equality'],
    ['Integrated Impact Assessment', 'equality'],
    ['Risk management', 'risk'],
    ['Risk implications', 'risk'],
    ['Human resources implications', 'human-resources'],
    ['Climate and environmental implications', 'sustainability'],
    ['Sustainability', 'sustainability'],
    ['Crime and disorder implications', 'crime-and-disorder'],
    ['Public health implications', 'health'],
    ['Procurement implications', 'procurement'],
    ['Data protection implications', 'data-protection'],
    ['Wards affected', 'wards-affected'],
    ['Key decision', 'key-decision'],
    ['Background papers', 'background-papers'],
    ['Appendices', 'appendices'],
    ['Equality & Diversity Implications', 'equality'],
  ])('%s → %s', (title, kind) => {
    expect(sectionKind(title)).toBe(kind);
  });

  it('gives `other` for headings that are not the usual committee-report headings', () => {
    expect(sectionKind('Thornbury Vale District Council')).toBe('other');
    expect(sectionKind('Millbrook Day Service')).toBe('other');
    expect(sectionKind('Appendix A')).toBe('other');
  });

  it('lists every kind a combined heading names', () => {
    expect(sectionKinds('Financial, legal and equality implications')).toEqual(['financial', 'legal', 'equality']);
    expect(sectionKinds('Financial, legal, crime and disorder implications')).toEqual(['financial', 'legal', 'crime-and-disorder']);
    expect(sectionKinds('Background and purpose')).toEqual(['background', 'purpose']);
  });
});

describe('findSections in Markdown', () => {
  const text = [
    '# Cabinet report',
    '',
    '## 1. Purpose',
    '',
    '1.1 This report asks Cabinet to agree the grants programme.',
    '',
    '## 2. Financial implications',
    '',
    '2.1 The programme costs £412,000.',
    '',
    '| Grant | 2024/25 |',
    '| --- | --- |',
    '| CVS | £96,000 |',
    '',
    '## 3. Equality implications',
    '',
    'Equality implications: None.',
    '',
    '## 4. Background papers',
    '',
    'None.',
  ].join('\n');

  const sections = findSections(text, 'markdown');

  it('finds each numbered heading with its kind, number and level', () => {
    const headings = sections.filter((section) => section.style === 'markdown');
    expect(headings.map((section) => [section.kind, section.number, section.level])).toEqual([
      ['other', undefined, 1],
      ['purpose', '1', 2],
      ['financial', '2', 2],
      ['equality', '3', 2],
      ['background-papers', '4', 2],
    ]);
    expect(headings[1]!.title).toBe('Purpose');
  });

  it('gives each section the span up to the next heading of the same level', () => {
    const financial = sections.find((section) => section.kind === 'financial')!;
    expect(sectionBody(text, financial)).toBe('2.1 The programme costs £412,000.\n\n| Grant | 2024/25 |\n| --- | --- |\n| CVS | £96,000 |');
    const top = sections[0]!;
    expect(top.end).toBe(text.length);
  });

  it('reads "Equality implications: None." as a one-line section inside the heading\'s section', () => {
    const label = sections.find((section) => section.inline)!;
    expect(label.kind).toBe('equality');
    expect(sectionBody(text, label)).toBe('None.');
    const offset = text.indexOf('None.');
    expect(sectionAt(sections, offset)).toBe(label);
  });

  it('does not take table rows or numbered paragraphs for headings', () => {
    expect(sections.some((section) => section.title.includes('Grant'))).toBe(false);
    expect(sections.some((section) => section.title.startsWith('This report'))).toBe(false);
  });

  it('accepts a bold line with a usual heading, and setext headings', () => {
    const bold = '**Equality implications**\n\nThe EqIA is at Appendix B.\n\nRisk\n====\n\nLow.';
    expect(summary(bold, findSections(bold, 'markdown'))).toEqual([
      { kind: 'equality', title: 'Equality implications', body: 'The EqIA is at Appendix B.' },
      { kind: 'risk', title: 'Risk', body: 'Low.' },
    ]);
  });
});

describe('findSections in plain text', () => {
  it('finds numbered headings in every usual style, with subsections nested', () => {
    const text = [
      '1. PURPOSE',
      '',
      'To agree the budget.',
      '',
      '2) Background',
      '',
      '2.1 Grants',
      '',
      'The council funds eleven groups.',
      '',
      '2.2 Day services',
      '',
      'The day centre is open three days a week.',
      '',
      'Section 3: Consultation',
      '',
      'We consulted for 12 weeks.',
    ].join('\n');
    const sections = findSections(text, 'text');
    expect(sections.map((section) => [section.kind, section.number, section.level, section.title])).toEqual([
      ['purpose', '1', 1, 'PURPOSE'],
      ['background', '2', 1, 'Background'],
      ['other', '2.1', 2, 'Grants'],
      ['other', '2.2', 2, 'Day services'],
      ['consultation', '3', 1, 'Consultation'],
    ]);
    const background = sections[1]!;
    expect(sectionBody(text, background)).toContain('The day centre is open');
    expect(sectionBody(text, background)).not.toContain('12 weeks');
  });

  it('finds unnumbered usual headings in title case and capitals', () => {
    const text = 'FINANCIAL IMPLICATIONS\n\nThe grant is met from existing budgets.\n\nEquality Impact Assessment\n\nAn EqIA has been completed.';
    expect(summary(text, findSections(text, 'text'))).toEqual([
      { kind: 'financial', title: 'FINANCIAL IMPLICATIONS', body: 'The grant is met from existing budgets.' },
      { kind: 'equality', title: 'Equality Impact Assessment', body: 'An EqIA has been completed.' },
    ]);
  });

  it('leaves an empty section empty, so rules can see a heading with nothing under it', () => {
    const text = '8. Equality implications\n\n9. Risk\n\nThe risk is low.';
    const sections = findSections(text, 'text');
    expect(sections[0]!.kind).toBe('equality');
    expect(sectionBody(text, sections[0]!)).toBe('');
  });

  it('reads a label with nothing after its colon as a heading for the paragraph below', () => {
    const text = 'Equality implications:\n\nThe closure would affect 46 older people.\n\nRisk:\n\nLow.';
    expect(summary(text, findSections(text, 'text'))).toEqual([
      { kind: 'equality', title: 'Equality implications', body: 'The closure would affect 46 older people.' },
      { kind: 'risk', title: 'Risk', body: 'Low.' },
    ]);
  });

  it('finds usual headings in text from a PDF, where no blank lines set them apart', () => {
    const text = [
      '4. Proposals',
      '4.1 The council proposes to reduce the grant',
      'to the CVS by 30 per cent from April.',
      '5. Equality Implications',
      '5.1 An equality impact assessment is attached.',
      'FINANCIAL IMPLICATIONS',
      'The saving is £28,800.',
    ].join('\n');
    const sections = findSections(text, 'text');
    expect(sections.map((section) => [section.kind, section.number])).toEqual([
      ['proposals', '4'],
      ['equality', '5'],
      ['financial', undefined],
    ]);
    expect(sectionBody(text, sections[1]!)).toBe('5.1 An equality impact assessment is attached.');
  });

  it('ignores ordinary lines and labels that are not headings', () => {
    const text = 'Thornbury Vale District Council\n\nDate: 12 March 2025\n\nThe council will reduce the grant.\nIt will close the centre.';
    expect(findSections(text, 'text')).toEqual([]);
  });

  it('keeps a label section to its own paragraph', () => {
    const text = 'Wards affected: All wards\nKey decision: Yes\n\nThe report follows.';
    const sections = findSections(text, 'text');
    expect(summary(text, sections)).toEqual([
      { kind: 'wards-affected', title: 'Wards affected', body: 'All wards' },
      { kind: 'key-decision', title: 'Key decision', body: 'Yes' },
    ]);
  });
});

describe('findSections with headings from the front end (HTML, Word)', () => {
  it('uses the given headings and their levels', () => {
    const text = 'Have your say\n\nWe want to hear from you.\n\nHow long the consultation runs\n\nTwelve weeks.\n\nEquality impact assessment\n\nIt is attached.';
    const at = (heading: string) => ({ start: text.indexOf(heading), end: text.indexOf(heading) + heading.length });
    const sections = findSections(text, 'html', [
      { ...at('Have your say'), level: 1 },
      { ...at('How long the consultation runs'), level: 2 },
      { ...at('Equality impact assessment'), level: 2 },
    ]);
    expect(sections.map((section) => [section.style, section.level, section.kind])).toEqual([
      ['given', 1, 'other'],
      ['given', 2, 'other'],
      ['given', 2, 'equality'],
    ]);
    expect(sectionBody(text, sections[1]!)).toBe('Twelve weeks.');
    expect(sections[0]!.end).toBe(text.length);
  });

  it('still finds usual headings the markup missed, ranked below the marked-up ones', () => {
    const text = 'Report\n\nFinancial implications\n\nNone.\n\nEquality implications: None.';
    const sections = findSections(text, 'html', [{ start: 0, end: 6, level: 1 }]);
    expect(sections.map((section) => [section.kind, section.level > 1])).toEqual([
      ['other', false],
      ['financial', true],
      ['equality', true],
    ]);
  });
});

describe('sectionAt on a long list of sections', () => {
  /** The plain scan sectionAt answers with for short lists: the highest level, and of those the last. */
  function scan(sections: readonly Section[], offset: number): Section | undefined {
    let best: Section | undefined;
    for (const section of sections) {
      if (offset < section.headingStart || offset >= Math.max(section.end, section.headingEnd)) continue;
      if (!best || section.level >= best.level) best = section;
    }
    return best;
  }

  it('answers as a scan does for every offset of a long paper', () => {
    const paper = Array.from(
      { length: 40 },
      (_, item) => `${item + 1}. Item ${item + 1}\n\n${item + 1}.1 Background\n\nThe hall opens on Mondays.\n\nEquality implications: None.\n\n`,
    ).join('');
    const sections = findSections(paper, 'text');
    expect(sections.length).toBeGreaterThanOrEqual(40);
    for (let offset = -1; offset <= paper.length + 1; offset++) expect(sectionAt(sections, offset)).toBe(scan(sections, offset));
  });

  it('answers as a scan does for overlapping sections of any level, ties included', () => {
    const span = fc.record({ start: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 0, max: 120 }), heading: fc.integer({ min: 0, max: 20 }), level: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(span, { minLength: 32, maxLength: 80 }), fc.array(fc.integer({ min: -5, max: 450 }), { minLength: 1, maxLength: 40 }), (spans, offsets) => {
        const sections = spans.map(
          ({ start, length, heading, level }) =>
            ({ kind: 'other', title: '', headingStart: start, headingEnd: start + heading, start: start + heading, end: start + length, level, style: 'markdown', inline: false }) as unknown as Section,
        );
        for (const offset of offsets) expect(sectionAt(sections, offset)).toBe(scan(sections, offset));
      }),
    );
  });
});
