/**
 * chrono-node as an independent oracle for shared/time: both read every corpus text (the four
 * corpora and every passage of every tests/accuracy/**\/*.json file) and must agree on every
 * full date, or the disagreement must be triaged in chrono-triage.ts. What counts as a full
 * date, and how year-less dates and the reference date are treated, is in chrono-compare.ts.
 *
 * The test fails on a disagreement with no triage entry (and prints the entry to fill in), on
 * an entry that matches no disagreement any more (so the file stays honest), and if shared/ or
 * lint-rules/ import chrono-node (it is a dev dependency for this test only).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareAll, type Comparison, type Disagreement } from './chrono-compare.ts';
import { CHRONO_TRIAGE, type TriageEntry, type Verdict } from './chrono-triage.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function key(item: Disagreement | TriageEntry): string {
  return JSON.stringify([item.corpus, item.id, item.onlyBy, item.date, item.iso]);
}

function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:[cm]?[jt]s|tsx|jsx)$/.test(entry)) files.push(path);
  }
  return files;
}

describe('chrono-node differential over the corpora', () => {
  let comparison: Comparison;
  let disagreements: Map<string, Disagreement>;
  const triage = new Map(CHRONO_TRIAGE.map((entry) => [key(entry), entry]));

  // chrono reads about 0.3 MB of corpus text in a few seconds; a busy two-core machine is slower.
  beforeAll(() => {
    comparison = compareAll();
    disagreements = new Map(comparison.disagreements.map((item) => [key(item), item]));
  }, 120_000);

  it('prints the summary', () => {
    const byVerdict: Record<Verdict, number> = { ours: 0, chrono: 0, intended: 0 };
    for (const item of comparison.disagreements) {
      const entry = triage.get(key(item));
      if (entry) byVerdict[entry.verdict]++;
    }
    const untriaged = comparison.disagreements.length - byVerdict.ours - byVerdict.chrono - byVerdict.intended;
    console.log(
      `chrono-node oracle: ${comparison.texts} texts, ${comparison.compared} full dates compared, ${comparison.agreements} agreements, ` +
        `${comparison.disagreements.length} disagreements (ours ${byVerdict.ours}, chrono ${byVerdict.chrono}, intended ${byVerdict.intended}` +
        `${untriaged ? `, untriaged ${untriaged}` : ''})`,
    );
    expect(comparison.texts).toBeGreaterThan(0);
  });

  it('has a triage entry for every disagreement', () => {
    const missing = comparison.disagreements.filter((item) => !triage.has(key(item)));
    const toAdd = missing.map((item) => `  { ${JSON.stringify(item).slice(1, -1)}, verdict: '…', why: '…' },`);
    expect(toAdd, `add these to tests/time/chrono-triage.ts with a verdict:\n${toAdd.join('\n')}`).toEqual([]);
  });

  it('has no triage entry that matches nothing', () => {
    const stale = CHRONO_TRIAGE.filter((entry) => !disagreements.has(key(entry))).map((entry) => `${entry.corpus} ${entry.id}: ${JSON.stringify(entry.date)}`);
    expect(stale, 'these entries no longer match a disagreement: remove them (an "ours" entry goes once fixed)').toEqual([]);
  });

  it('has each triage entry once, with a reason', () => {
    expect(triage.size).toBe(CHRONO_TRIAGE.length);
    for (const entry of CHRONO_TRIAGE) expect(entry.why.length, `${entry.corpus} ${entry.id}`).toBeGreaterThan(10);
  });

  it('keeps chrono-node out of what ships: shared/ and lint-rules/ never import it', () => {
    const importers = [...sourceFiles(join(ROOT, 'shared')), ...sourceFiles(join(ROOT, 'lint-rules'))].filter((file) =>
      readFileSync(file, 'utf8').includes('chrono-node'),
    );
    expect(importers).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(manifest.dependencies?.['chrono-node']).toBeUndefined();
    expect(manifest.devDependencies?.['chrono-node']).toBeDefined();
  });
});
