// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../shared/config/index.ts';
import { lintDocsExport } from '../../shared/dom/google-docs/lint-export.ts';
import { buildDocsExport, CABINET_PAPER, longPaper } from '../fixtures/gdocs/export-builder.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

describe('lintDocsExport', () => {
  it('lints the export with the shared engine and quotes each finding’s sentence', () => {
    const outcome = lintDocsExport(buildDocsExport(CABINET_PAPER), resolveConfig({}), { today: TEST_TODAY });
    if (outcome.state !== 'ok') throw new Error(`expected a lint, got ${outcome.state}`);
    const acronym = outcome.lint.findings.find((finding) => finding.ruleId === 'undefined-acronym');
    expect(acronym?.actual).toBe('VCSE');
    expect(acronym?.sentence).toBe('This report asks Cabinet to agree changes to the grants the council gives to VCSE groups from 1 April 2025.');
    // Offsets point into the converted text, which the panel keeps for quoting.
    expect(outcome.lint.text.slice(acronym!.offset, acronym!.endOffset)).toBe('VCSE');
    expect(outcome.lint.headings.length).toBe(4);
    expect(outcome.lint.lintMs).toBeGreaterThanOrEqual(0);
  });

  it('honours the user’s configuration (a rule turned off, an allowed phrase)', () => {
    const html = buildDocsExport(CABINET_PAPER);
    const off = lintDocsExport(html, resolveConfig({ rules: { 'undefined-acronym': 'off' } }), { today: TEST_TODAY });
    const allowed = lintDocsExport(html, resolveConfig({ allowPhrases: ['VCSE'] }), { today: TEST_TODAY });
    for (const outcome of [off, allowed]) {
      if (outcome.state !== 'ok') throw new Error('expected a lint');
      expect(outcome.lint.findings.some((finding) => finding.actual === 'VCSE')).toBe(false);
    }
  });

  it('refuses a document over the word limit without linting it', () => {
    const outcome = lintDocsExport(buildDocsExport(longPaper(4)), resolveConfig({}), { maxWords: 1_000 });
    expect(outcome.state).toBe('too-large');
    if (outcome.state === 'too-large') {
      expect(outcome.details.limitWords).toBe(1_000);
      expect(outcome.details.words).toBeGreaterThan(1_000);
    }
  });
});
