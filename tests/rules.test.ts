/**
 * The rule contract, enforced for every rule in the registry (as remark-lint does): the
 * folder is named after the id, the README has the required sections and shows every
 * example, examples run and give the stated result, options parse to defaults, and data
 * files have no duplicate or malformed rows.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../lint-rules/index.ts';
import { COMMITMENTS } from '../shared/engine/commitments.ts';
import { lintWithRule } from './helpers/lint-with.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'lint-rules');

const REQUIRED_SECTIONS = ['## What it flags', '## Compact commitment', '## Examples', '## Options', '## When not to use it'];

describe('rule registry', () => {
  it('lists every rule folder exactly once, in a stable order', () => {
    const folders = readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory());
    expect(RULES.map((rule) => rule.id).sort()).toEqual(folders.sort());
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  it('appears in the project README’s rules table with its README link and default severity', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows).toHaveLength(RULES.length);
    for (const rule of RULES) {
      const row = rows.find((line) => line.startsWith(`| [\`${rule.id}\`](lint-rules/${rule.id}/README.md)`));
      expect(row, rule.id).toBeDefined();
      expect(row!.trimEnd().endsWith(`| \`${rule.defaultSeverity}\` |`), `${rule.id} severity`).toBe(true);
    }
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    const folder = join(rulesDir, rule.id);
    const readmePath = join(folder, 'README.md');

    it('has a kebab-case id matching its folder, a rule.ts, a summary and a known commitment', () => {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(existsSync(join(folder, 'rule.ts'))).toBe(true);
      expect(rule.summary.length).toBeGreaterThan(10);
      // The reader's name for the check: a few words, capitalised, no full stop, not the description.
      expect(rule.name).toMatch(/^[A-Z][a-z]+(?: [a-z]+){0,4}$/);
      expect(RULES.filter((other) => other.name === rule.name)).toHaveLength(1);
      expect(COMMITMENTS[rule.commitment]).toBeDefined();
      expect(rule.url.endsWith(`/lint-rules/${rule.id}/README.md`)).toBe(true);
    });

    it('has a README with every required section, naming its commitment', () => {
      expect(existsSync(readmePath)).toBe(true);
      const readme = readFileSync(readmePath, 'utf8');
      for (const section of REQUIRED_SECTIONS) expect(readme, `README section "${section}"`).toContain(section);
      expect(readme).toContain(COMMITMENTS[rule.commitment].title);
    });

    it('shows every example in its README, so the docs cannot go stale', () => {
      const readme = readFileSync(readmePath, 'utf8').replace(/\s+/g, ' ');
      for (const example of [...rule.examples.flagged, ...rule.examples.fine]) {
        expect(readme, `README shows: ${example.text}`).toContain(example.text.replace(/\s+/g, ' '));
      }
    });

    it('has at least two flagged and two fine examples', () => {
      expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(2);
      expect(rule.examples.fine.length).toBeGreaterThanOrEqual(2);
    });

    it('gives its defaults from an empty options object and documents each option', () => {
      const parsed = rule.options.safeParse({});
      expect(parsed.success).toBe(true);
      const readme = readFileSync(readmePath, 'utf8');
      for (const key of Object.keys(parsed.data as object)) expect(readme, `README documents option ${key}`).toContain(`\`${key}\``);
    });

    for (const example of rule.examples.flagged) {
      it(`flags: ${example.text.slice(0, 70)}`, () => {
        const findings = lintWithRule(rule.id, example.text, example.options ?? {}, { referenceDate: example.referenceDate });
        expect(findings.length, 'at least one finding').toBeGreaterThan(0);
        for (const finding of findings) {
          expect(finding.ruleId).toBe(rule.id);
          expect(finding.message.length).toBeGreaterThan(10);
          expect(finding.note).toContain(COMMITMENTS[rule.commitment].title);
          for (const expected of finding.expected) expect(expected).not.toMatch(/\b(?:use|instead|consider)\b.*\b(?:or|instead)\b/i);
        }
        if (example.actual !== undefined) expect(findings.map((finding) => finding.actual)).toContain(example.actual);
        if (example.data) {
          const match = findings.find((finding) => Object.entries(example.data!).every(([key, value]) => JSON.stringify(finding.data[key]) === JSON.stringify(value)));
          expect(match, `a finding with data ${JSON.stringify(example.data)}; got ${JSON.stringify(findings.map((f) => f.data))}`).toBeDefined();
        }
      });
    }

    it('writes every example finding\'s message and note with single spaces between words and sentences', () => {
      for (const example of rule.examples.flagged) {
        const findings = lintWithRule(rule.id, example.text, example.options ?? {}, { referenceDate: example.referenceDate });
        for (const finding of findings) {
          expect(finding.message, `message for: ${example.text}`).not.toMatch(/\s{2}|^\s|\s$/);
          expect(finding.note, `note for: ${example.text}`).not.toMatch(/\s{2}|^\s|\s$/);
        }
      }
    });

    for (const example of rule.examples.fine) {
      it(`does not flag: ${example.text.slice(0, 70)}`, () => {
        const findings = lintWithRule(rule.id, example.text, example.options ?? {}, { referenceDate: example.referenceDate });
        expect(findings.map((finding) => `${finding.actual}: ${finding.message}`)).toEqual([]);
      });
    }
  });
}
