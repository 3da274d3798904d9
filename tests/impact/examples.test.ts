/**
 * The bundled consultation web pages, read the way the CLI reads HTML (text plus the page's
 * own headings): the compliant page raises no impact-assessment finding, the flawed one does,
 * and the sections of each are found from the headings the page marks up.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../shared/node/extract/html.ts';
import { findSections } from '../../shared/document/sections.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

function page(name: string) {
  return extractHtml(readFileSync(join(examples, name), 'utf8'));
}

describe('bundled consultation pages', () => {
  it('finds the sections of the compliant page from its headings', () => {
    const { text, headings } = page('good-consultation.html');
    const titles = findSections(text, 'html', headings).map((section) => section.title);
    expect(titles).toContain('How long the consultation runs');
    expect(titles).toContain('Before we decide');
  });

  it('raises no impact-assessment finding on the compliant page', () => {
    const { text, headings } = page('good-consultation.html');
    expect(lintWithRule('impact-assessment', text, {}, { format: 'html', headings })).toEqual([]);
  });

  it('flags the closure proposed on the flawed page as having no assessment', () => {
    const { text, headings } = page('short-consultation.html');
    const findings = lintWithRule('impact-assessment', text, {}, { format: 'html', headings });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.data).toMatchObject({ problem: 'missing', assessment: null });
    expect(findings[0]!.actual).toMatch(/^It is proposed that the Millbrook Day Service will be decommissioned/);
  });
});
