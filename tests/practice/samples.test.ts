/**
 * The practice library is only useful if the engine agrees with it: each flawed passage must
 * give a finding of its rule and each rewrite none. Rules still being written are skipped
 * (their samples wait for them); every registered rule must have a sample.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lint-rules/index.ts';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { SAMPLES, sampleById } from '../../shared/practice/samples.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const registered = new Set(RULES.map((rule) => rule.id));

describe('practice samples', () => {
  it('has a flawed passage and a rewrite for every registered rule', () => {
    const covered = new Set(SAMPLES.map((sample) => sample.ruleId));
    for (const rule of RULES) expect(covered, `a sample for ${rule.id}`).toContain(rule.id);
  });

  it('has unique ids, and every pair really differs', () => {
    expect(new Set(SAMPLES.map((sample) => sample.id)).size).toBe(SAMPLES.length);
    for (const sample of SAMPLES) {
      expect(sample.flawed).not.toBe(sample.compliant);
      expect(sample.teachingPoint.length).toBeGreaterThan(40);
      expect(sampleById(sample.id)).toBe(sample);
    }
  });

  it('is written in British English', () => {
    const american = /\b(organization|organize|recognize|prioritize|analyze|color|center|behavior|program)\b/i;
    for (const sample of SAMPLES) {
      for (const text of [sample.title, sample.flawed, sample.compliant, sample.teachingPoint]) expect(text).not.toMatch(american);
    }
  });

  it('gives rewrites that no registered rule flags under the national profile, so "after" is clean on the page', () => {
    const config = resolveConfig({});
    for (const sample of SAMPLES) {
      const findings = lint(sample.compliant, config, { referenceDate: sample.referenceDate });
      expect(findings.map((finding) => `${finding.ruleId}: ${finding.actual}`), sample.id).toEqual([]);
    }
  });

  it.skipIf(!registered.has('notice-period'))('shows a local Compact changing the result: three months’ notice falls short of the Eastleigh code', () => {
    const sample = sampleById('notice-advice-centre-grant')!;
    const findings = lint(sample.compliant, resolveConfig({ profile: 'eastleigh' }), { referenceDate: sample.referenceDate });
    expect(findings.map((finding) => finding.ruleId)).toContain('notice-period');
  });

  for (const sample of SAMPLES) {
    const skip = !registered.has(sample.ruleId);
    describe(`${sample.id} (${sample.ruleId}${skip ? ', rule not registered yet' : ''})`, () => {
      it.skipIf(skip)('the flawed passage gives a finding of its rule', () => {
        const findings = lintWithRule(sample.ruleId, sample.flawed, {}, { referenceDate: sample.referenceDate });
        expect(findings.filter((finding) => finding.ruleId === sample.ruleId).length).toBeGreaterThan(0);
      });

      it.skipIf(skip)('the rewrite gives none', () => {
        const findings = lintWithRule(sample.ruleId, sample.compliant, {}, { referenceDate: sample.referenceDate });
        expect(findings.filter((finding) => finding.ruleId === sample.ruleId && finding.severity !== 'info')).toEqual([]);
      });
    });
  }
});
