/**
 * axe-core (WCAG 2.1 A and AA) for the e2e specs: accessibility.spec.ts and any spec that
 * checks a state of its own (docs-panel.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/**
 * WCAG 2.1 A/AA violations on the page, or inside `within` (a selector path that may cross
 * an open shadow root, as axe writes it: ['host-element', 'selector inside it']).
 * axe is evaluated through the DevTools protocol, which an extension page's CSP allows.
 */
export async function violations(page: Page, within?: string[]): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(include ? { include: [include] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, within);
}
