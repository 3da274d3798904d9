/** The issue 12 reproductions, one stage at a time, with wall and CPU time: tsx tests/hostile/repro.ts CASE [html|text|md|details]. */
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { extractHtml } from '../../shared/node/extract/html.ts';
import { documentDetails } from '../../shared/report/document-details.ts';

const CASES: Record<string, () => string> = {
  dates110k: () => '1 March 2025. '.repeat(110000),
  dates130k: () => '1 March 2025. '.repeat(130000),
  dates40k: () => '1 March 2025. '.repeat(40000),
  openA: () => '<a '.repeat(60000),
  divEnd: () => '<div>'.repeat(100000) + '</b>'.repeat(100000),
  ab: () => 'A.B.'.repeat(25000),
  mr: () => 'Mr. '.repeat(25000),
  cr: () => '\r'.repeat(100000),
  spaces: () => 'a' + ' '.repeat(100000) + 'b',
};
const [name, stage = 'all'] = process.argv.slice(2);
const text = CASES[name!]!();
const config = resolveConfig({});
const time = (label: string, run: () => unknown) => {
  const began = performance.now();
  const cpu = process.cpuUsage();
  try {
    run();
    const used = process.cpuUsage(cpu);
    console.log(`${name} ${label}: ${((performance.now() - began) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
  } catch (error) {
    console.log(`${name} ${label}: FAILED after ${((performance.now() - began) / 1000).toFixed(2)} s: ${(error as Error).message}`);
  }
};
if (stage === 'all' || stage === 'html') {
  let extracted = { text: '' };
  time('extractHtml', () => (extracted = extractHtml(text)));
  time('lint(html extract)', () => lint(extracted.text, config, { format: 'html' }));
}
if (stage === 'all' || stage === 'text') time('lint text', () => lint(text, config, { format: 'text' }));
if (stage === 'all' || stage === 'md') time('lint markdown', () => lint(text, config, { format: 'markdown' }));
if (stage === 'all' || stage === 'details') time('documentDetails', () => documentDetails({ text, pageTitle: text.slice(0, 100000), headings: [text] }));
