import { describe, expect, it } from 'vitest';
import { lintPage, toConsultationSummary } from '../../shared/dom/lint-page.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const text = 'How to respond\n\nThe SLA with the day centre ends soon. The SLA will be reviewed.';

describe('lintPage', () => {
  it('lints page text with the stored config and summarises the findings by rule and severity', () => {
    const { findings, summary } = lintPage({ text, headings: [{ start: 0, end: 14, level: 2 }] }, {}, [], TEST_TODAY);
    const acronyms = findings.filter((finding) => finding.ruleId === 'undefined-acronym');
    expect(acronyms.map((finding) => finding.actual)).toEqual(['SLA']);
    expect(summary.total).toBe(findings.length);
    expect(summary.byRule.find((entry) => entry.ruleId === 'undefined-acronym')?.count).toBe(1);
    expect(summary.bySeverity.warning + summary.bySeverity.error + summary.bySeverity.info).toBe(findings.length);
    expect(summary.rules['undefined-acronym']?.commitmentTitle).toBe('Clear, jargon-free information');
    expect(summary.profile).toBe('england-national');
    expect(summary.referenceDate).toBe('2025-01-15');
  });

  it('leaves out phrases ignored on the site and rules switched off in the config', () => {
    expect(lintPage({ text, headings: [] }, {}, ['SLA'], TEST_TODAY).findings.some((f) => f.actual === 'SLA')).toBe(false);
    const off = lintPage({ text, headings: [] }, { rules: { 'undefined-acronym': 'off' } }, [], TEST_TODAY);
    expect(off.findings.some((f) => f.ruleId === 'undefined-acronym')).toBe(false);
  });
});

describe('toConsultationSummary', () => {
  it('reads a timescale from the analysis or from a finding’s data', () => {
    expect(toConsultationSummary({ start: '2025-02-03', close: new Date(Date.UTC(2025, 2, 3)), lengthDays: 28, requiredDays: 84, explained: false, problem: 'too-short' })).toEqual({
      start: '2025-02-03', close: '2025-03-03', lengthDays: 28, requiredDays: 84, explained: false, problem: 'too-short',
    });
    expect(toConsultationSummary({ unrelated: true })).toBeNull();
    expect(toConsultationSummary(null)).toBeNull();
  });
});
