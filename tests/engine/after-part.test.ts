import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../shared/config/index.ts';
import { lintDocument, PART_CHARS } from '../../shared/engine/lint.ts';
import { collectWhenHeapIsLarge } from '../../shared/node/keep-memory-flat.ts';
import { buildCorpus } from '../bench/corpus.ts';

describe('afterPart (where the CLI keeps memory flat)', () => {
  const config = resolveConfig({});
  const today = new Date(Date.UTC(2025, 5, 1));

  it('is called once after each part of a long document, and once for a short one', { timeout: 120_000 }, () => {
    const text = buildCorpus(PART_CHARS * 3);
    let parts = 0;
    lintDocument(text, config, { today, afterPart: () => parts++ });
    expect(parts).toBeGreaterThanOrEqual(3);
    expect(parts).toBeLessThanOrEqual(4);
    let short = 0;
    lintDocument('The council will consult for six weeks.', config, { today, afterPart: () => short++ });
    expect(short).toBe(1);
  });

  it('changes no finding when it collects garbage between parts', { timeout: 120_000 }, () => {
    const text = buildCorpus(PART_CHARS * 2);
    const plain = lintDocument(text, config, { today }).findings;
    const collected = lintDocument(text, config, { today, afterPart: collectWhenHeapIsLarge }).findings;
    expect(collected).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });
});
