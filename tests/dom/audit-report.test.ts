import { describe, expect, it } from 'vitest';
import { britishDate, britishIsoDate, buildAuditReport, quote } from '../../shared/report/audit-report.ts';
import type { Finding } from '../../shared/engine/finding.ts';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'undefined-acronym',
    severity: 'warning',
    message: 'Spell out “SLA” the first time it is used.',
    offset: 0,
    endOffset: 3,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
    actual: 'SLA',
    expected: [],
    note: 'Compact commitment: Clear, jargon-free information. Write plainly.',
    url: '',
    data: {},
    ...overrides,
  };
}

const rules = {
  'undefined-acronym': { summary: 'Abbreviations not spelled out at first use', commitmentTitle: 'Clear, jargon-free information' },
};

describe('buildAuditReport', () => {
  it('names the page, the date checked and each finding with its quote and commitment', () => {
    const report = buildAuditReport({
      page: { title: 'Day centre review – consultation', url: 'https://consult.example.gov.uk/day-centres' },
      checkedAt: new Date(Date.UTC(2025, 2, 1, 15, 30)),
      findings: [
        finding({}),
        finding({ actual: 'VCS', message: 'Spell out “VCS”.', severity: 'info', expected: ['voluntary and community sector (VCS)'] }),
      ],
      rules,
    });
    expect(report).toContain('# Compact audit: Day centre review – consultation');
    expect(report).toContain('- Page: https://consult.example.gov.uk/day-centres');
    expect(report).toContain('- Checked: 1 March 2025');
    expect(report).toContain('2 findings: 1 warning, 1 note.');
    expect(report).toContain('## Warnings (1)');
    expect(report).toContain('### Abbreviations not spelled out at first use (1 finding)');
    expect(report).toContain('Compact commitment: Clear, jargon-free information.');
    expect(report).toContain('1. Warning: “SLA”');
    expect(report).toContain('2. Note: “VCS”');
    expect(report).toContain('   Suggested: “voluntary and community sector (VCS)”');
  });

  it('falls back to the commitment named in the note for a rule it has no description of', () => {
    const report = buildAuditReport({
      page: { title: 'Grants', url: 'https://example.org/' },
      checkedAt: new Date(Date.UTC(2025, 0, 9)),
      findings: [finding({ ruleId: 'notice-period', note: 'Too short. Compact commitment: Notice when funding ends or changes. More.' })],
      rules: {},
    });
    expect(report).toContain('### notice-period (1 finding)');
    expect(report).toContain('Compact commitment: Notice when funding ends or changes.');
  });

  it('shows the consultation timescale in British dates, days and weeks', () => {
    const report = buildAuditReport({
      page: { title: 'Library hours', url: 'https://example.org/libraries' },
      checkedAt: new Date(Date.UTC(2025, 1, 3)),
      findings: [],
      rules,
      consultation: { start: '2025-02-03', close: '2025-03-03', lengthDays: 28, requiredDays: 84, explained: false },
    });
    expect(report).toContain('- Opens: 3 February 2025');
    expect(report).toContain('- Closes: 3 March 2025');
    expect(report).toContain('- Length: 28 days (4 weeks)');
    expect(report).toContain('- Minimum expected: 84 days (12 weeks)');
    // The verdict line, as in the side panel.
    expect(report).toMatch(/- Minimum expected: 84 days \(12 weeks\)\n\nShorter than the minimum by 56 days, and the page gives no reason\.\n/);
    expect(report).toContain('Nothing on this page breaks the Compact');
  });

  it('says a consultation meets the minimum, or that its reason is given', () => {
    const base = { page: { title: 'Parks', url: 'https://example.org/parks' }, checkedAt: new Date(Date.UTC(2025, 1, 3)), findings: [], rules };
    expect(buildAuditReport({ ...base, consultation: { start: '2025-01-06', close: '2025-04-07', lengthDays: 91, requiredDays: 84 } })).toContain(
      '\nMeets the minimum.\n',
    );
    expect(
      buildAuditReport({ ...base, consultation: { start: '2025-02-03', close: '2025-03-03', lengthDays: 28, requiredDays: 84, explained: true } }),
    ).toContain('Shorter than the minimum by 56 days; the page gives a reason.');
  });

  it('leads with the Compact breaches, then warnings, then notes, each in page order, under reader names', () => {
    const named = {
      'undefined-acronym': { name: 'Abbreviations', summary: 'Flags an acronym that is not spelled out where it is first used.', commitmentTitle: 'Clear, jargon-free information' },
      'consultation-timescale': { name: 'Consultation length', summary: 'Flags a short consultation.', commitmentTitle: 'Consultation timescales' },
      'impact-assessment': { name: 'Impact assessment', summary: 'Flags a cut with no assessment.', commitmentTitle: 'Assess the impact before cutting funding' },
    };
    // In page order the acronyms come first, as on a CMS page with a menu full of them.
    const report = buildAuditReport({
      page: { title: 'Budget', url: 'https://example.org/budget' },
      checkedAt: new Date(Date.UTC(2025, 1, 3)),
      findings: [
        finding({ offset: 0, endOffset: 3, actual: 'SLA' }),
        finding({ offset: 10, endOffset: 14, actual: 'DASS' }),
        finding({ ruleId: 'impact-assessment', severity: 'error', offset: 200, endOffset: 260, actual: 'We will close the day centre.', message: 'No impact assessment.' }),
        finding({ ruleId: 'consultation-timescale', severity: 'info', offset: 90, endOffset: 120, actual: 'closes in 6 weeks', message: 'Short, but explained.' }),
        finding({ ruleId: 'consultation-timescale', severity: 'error', offset: 100, endOffset: 140, actual: 'runs for 4 weeks', message: 'Too short.' }),
      ],
      rules: named,
    });
    expect(report).toContain(
      'This page breaks the Compact on consultation length and impact assessment (2 breaches); it also has 2 warnings and 1 note.',
    );
    const order = ['## Compact breaches (2)', '### Consultation length (1 finding)', '1. Error: “runs for 4 weeks”', '### Impact assessment (1 finding)',
      '2. Error: “We will close the day centre.”', '## Warnings (2)', '### Abbreviations (2 findings)', 'Flags an acronym that is not spelled out',
      '3. Warning: “SLA”', '4. Warning: “DASS”', '## Notes (1)', '5. Note: “closes in 6 weeks”'];
    const positions = order.map((text) => report.indexOf(text));
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists phrases ignored on the site so the reader knows they were left out', () => {
    const report = buildAuditReport({
      page: { title: '', url: 'https://example.org/' },
      checkedAt: new Date(Date.UTC(2025, 0, 1)),
      findings: [],
      rules,
      ignoredPhrases: ['Best Value'],
    });
    expect(report).toContain('# Compact audit: untitled page');
    expect(report).toContain('Phrases ignored on this site: “Best Value”.');
  });
});

describe('date and quote helpers', () => {
  it('writes dates the British way', () => {
    expect(britishDate(new Date(Date.UTC(2026, 10, 23)))).toBe('23 November 2026');
    expect(britishIsoDate('2025-12-01')).toBe('1 December 2025');
    expect(britishIsoDate('not a date')).toBe('not a date');
  });

  it('flattens and shortens long quotes', () => {
    expect(quote('a\n\n  b')).toBe('a b');
    expect(quote('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
