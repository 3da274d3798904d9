/**
 * Speed work must not change what the linter finds: the findings on the benchmark corpus
 * (1 MB of plain text and 300 KB of Markdown, built deterministically) are compared with the
 * record in bench-findings.json, rule by rule and by a digest of every finding's rule, place,
 * message and data. A change that is meant to alter findings (an accuracy fix) updates the
 * record on purpose: `UPDATE_BENCH_FINDINGS=1 npx vitest run tests/bench`, and the diff of
 * the record shows which rules moved.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { buildCorpus } from './corpus.ts';

const RECORD = new URL('./bench-findings.json', import.meta.url);

interface Summary {
  total: number;
  byRule: Record<string, number>;
  digest: string;
}

function summarise(text: string, format: 'text' | 'markdown'): Summary {
  const findings = lint(text, resolveConfig({}), { format, today: new Date(Date.UTC(2025, 5, 1)) });
  const hash = createHash('sha256');
  const byRule: Record<string, number> = {};
  for (const finding of findings) {
    byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    hash.update(`${finding.ruleId} ${finding.severity} ${finding.offset}-${finding.endOffset} ${finding.line}:${finding.column} ${finding.message} ${JSON.stringify(finding.data)}\n`);
  }
  return { total: findings.length, byRule, digest: hash.digest('hex') };
}

describe('findings on the benchmark corpus', () => {
  it('are the recorded ones, rule by rule and finding by finding', { timeout: 300_000 }, () => {
    const now = {
      'plain text, 1 MB': summarise(buildCorpus(1_000_000), 'text'),
      'Markdown, 300 KB': summarise(buildCorpus(300_000, 7), 'markdown'),
    };
    if (process.env.UPDATE_BENCH_FINDINGS) writeFileSync(RECORD, JSON.stringify(now, null, 2) + '\n');
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as typeof now;
    // Counts first, so a failure says which rule moved before the digest says that something did.
    for (const name of Object.keys(now) as (keyof typeof now)[]) {
      expect(now[name].byRule, name).toEqual(recorded[name].byRule);
      expect(now[name].digest, name).toBe(recorded[name].digest);
    }
  });
});
