/** Every finding and document detail over the examples, fixtures, accuracy rounds (LF and CRLF) and bench corpus, written to a file: run before and after an engine change and diff (tsx tests/hostile/snapshot.ts OUT). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { extractHtml } from '../../shared/node/extract/html.ts';
import { documentDetails } from '../../shared/report/document-details.ts';
import { buildCorpus } from '../bench/corpus.ts';

const config = resolveConfig({});
const today = new Date(Date.UTC(2025, 0, 15));
const out: string[] = [];
let count = 0;
function run(name: string, text: string, format: 'text' | 'markdown' | 'html', extra: { pageTitle?: string; referenceDate?: string } = {}) {
  const findings = lint(text, config, { format, today, referenceDate: extra.referenceDate });
  count += findings.length;
  out.push(`== ${name} ${findings.length}`);
  for (const f of findings) out.push(`${f.ruleId} ${f.severity} ${f.offset}-${f.endOffset} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message} ${JSON.stringify(f.data)}`);
  const headings = format === 'markdown' ? text.split('\n').filter((line) => /^ {0,3}#{1,6}\s/.test(line)) : [];
  out.push(`details ${JSON.stringify(documentDetails({ text, pageTitle: extra.pageTitle, headings }))}`);
}
const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(txt|md|html)$/.test(entry.name)) files.push(path);
  }
};
walk('examples');
walk('tests/fixtures');
for (const path of files.sort()) {
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) {
    const extracted = extractHtml(raw);
    out.push(`extract ${path} ${extracted.text.length} ${JSON.stringify(extracted.headings)} ${JSON.stringify(extracted.paragraphStarts)} ${extracted.pageTitle}`);
    let map = 0;
    for (let i = 0; i < extracted.text.length; i++) map = (map * 31 + extracted.sourceOffset!(i)) % 1000000007;
    out.push(`map ${map} ${JSON.stringify(extracted.text)}`);
    run(path, extracted.text, 'html', { pageTitle: extracted.pageTitle });
  } else run(path, raw, path.endsWith('.md') ? 'markdown' : 'text');
}
for (const round of readdirSync('tests/accuracy/rounds').sort()) {
  const data = JSON.parse(readFileSync(join('tests/accuracy/rounds', round), 'utf8'));
  for (const passage of data.passages) {
    run(`${round}/${passage.id}`, passage.text, passage.format ?? 'text', { referenceDate: passage.referenceDate });
    run(`${round}/${passage.id} crlf`, passage.text.replace(/\n/g, '\r\n'), passage.format ?? 'text', { referenceDate: passage.referenceDate });
  }
}
run('bench corpus 1MB', buildCorpus(1_000_000), 'text');
run('bench corpus 300k md', buildCorpus(300_000, 7), 'markdown');
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
console.log(`findings: ${count}`);
