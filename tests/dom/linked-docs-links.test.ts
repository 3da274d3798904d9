// @vitest-environment happy-dom
/**
 * Finding a page's document links (what "Check linked documents" lists) and where every
 * link's words are in the checked text (what impact-assessment reads), and the audit
 * report's "Linked documents" section.
 */
import { describe, expect, it } from 'vitest';
import { documentKindOf, findDocumentLinks, linkSpans } from '../../shared/dom/linked-docs/links.ts';
import { extractVisibleText, segmentIndex } from '../../shared/dom/extract.ts';
import { linkedDocumentsSection, withLinkedDocuments } from '../../shared/report/linked-documents.ts';
import type { Finding } from '../../shared/engine/finding.ts';

/** happy-dom's documents live at http://localhost:3000/; relative links resolve against it. */
const PAGE = 'http://localhost:3000/consultations/grants';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('main') ?? document.body;
}

describe('document links', () => {
  it('finds PDF, Word and OpenDocument links once each, with their words and whether they are on this site', () => {
    const root = mount(`<main>
      <a href="/files/paper.pdf">Consultation paper (PDF, 52 KB)</a>
      <a href="https://cdn.example.net/report.DOCX?version=2">Cabinet report</a>
      <a href="notes.odt#top"></a>
      <a href="/files/paper.pdf#page=3">Page 3 of the paper</a>
      <a href="/files/budget.xlsx">Budget</a>
      <a href="mailto:grants@council.example">Email us</a>
      <a href="/files/pdf-guide">A guide about PDFs</a>
    </main>`);
    expect(findDocumentLinks(root, PAGE)).toEqual([
      { url: 'http://localhost:3000/files/paper.pdf', text: 'Consultation paper', kind: 'pdf', sameSite: true },
      { url: 'https://cdn.example.net/report.DOCX?version=2', text: 'Cabinet report', kind: 'docx', sameSite: false },
      { url: 'http://localhost:3000/notes.odt', text: 'notes.odt', kind: 'odt', sameSite: true },
    ]);
  });

  it('reads the kind from the path, not the query', () => {
    expect(documentKindOf('https://council.example/download?file=a.pdf')).toBeNull();
    expect(documentKindOf('https://council.example/a.Pdf?download=1')).toBe('pdf');
    expect(documentKindOf('not a url')).toBeNull();
  });

  it('places each link’s words in the extracted text', () => {
    const root = mount('<main><p>Read the <a href="/eqia.pdf">Equality impact assessment</a> (PDF, 20 KB) before you respond.</p><p><a href="/x"><span>Two</span> <b>parts</b></a></p></main>');
    const extracted = extractVisibleText(root);
    const spans = linkSpans(root, extracted, segmentIndex(extracted));
    expect(spans.map((span) => [extracted.text.slice(span.start, span.end), span.href])).toEqual([
      ['Equality impact assessment', 'http://localhost:3000/eqia.pdf'],
      ['Two parts', 'http://localhost:3000/x'],
    ]);
  });
});

describe('the audit report’s linked documents', () => {
  const finding = { ruleId: 'jargon', severity: 'warning', actual: 'leverage', message: 'Use “use”.', offset: 3 } as unknown as Finding;

  it('names each document, its address, and each finding’s page or paragraph', () => {
    const lines = linkedDocumentsSection([
      { title: 'Consultation paper', url: 'https://council.example/paper.pdf', unit: 'page', findings: [{ finding, at: 2 }] },
      { title: 'Cabinet report', url: 'https://council.example/report.docx', unit: 'paragraph', findings: [{ finding, at: 14 }] },
      { title: 'Draft budget', url: 'https://council.example/budget.pdf', problem: 'It is password-protected.' },
    ]).join('\n');
    expect(lines).toContain('### Consultation paper\n\n- Address: https://council.example/paper.pdf');
    expect(lines).toContain('- Page 2, warning: “leverage”');
    expect(lines).toContain('- Paragraph 14, warning: “leverage”');
    expect(lines).toContain('- Not checked: It is password-protected.');
  });

  it('goes before "Left out", and leaves a report without linked documents as it was', () => {
    const report = '# Compact audit: x\n\n## Summary\n\nFine.\n\n## Left out\n\nPhrases ignored.\n';
    expect(withLinkedDocuments(report, [])).toBe(report);
    const joined = withLinkedDocuments(report, [{ title: 'Paper', url: 'https://council.example/p.pdf', unit: 'page', findings: [] }]);
    expect(joined.indexOf('## Linked documents')).toBeGreaterThan(joined.indexOf('## Summary'));
    expect(joined.indexOf('## Linked documents')).toBeLessThan(joined.indexOf('## Left out'));
    expect(joined).toContain('- No findings.');
  });
});
