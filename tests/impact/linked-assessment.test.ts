/**
 * impact-assessment with a web page's links: a link to an equality (or equality and health
 * inequalities) impact assessment is a sign that one exists, so the rule reports the link,
 * as a note, instead of "missing". Only "missing" changes: a dismissal or a deferral in the
 * paper's own words is still reported, and a link to something else is no evidence.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

const CUT = 'Recommendation\n\nThat Cabinet agrees to reduce the grant to Eastgate Advice Centre by 30 per cent from 1 April 2025.';

/** The text with `words` appended as a paragraph, and a link over those words. */
function withLink(text: string, words: string, href: string) {
  const full = `${text}\n\n${words}`;
  const start = full.length - words.length;
  return { text: full, links: [{ start, end: full.length, href }] };
}

function impactFindings(text: string, links: { start: number; end: number; href: string }[]) {
  return lintWithRule('impact-assessment', text, {}, { links });
}

describe('impact-assessment: a linked equality impact assessment', () => {
  it('reports "missing" when nothing is linked', () => {
    const [finding] = impactFindings(CUT, []);
    expect(finding?.data.problem).toBe('missing');
    expect(finding?.severity).toBe('warning');
  });

  it.each([
    ['Equality impact assessment: Eastgate grant (PDF)', 'https://council.example/documents/eastgate.pdf'],
    ['Equality and health inequalities impact assessment', 'https://ics.example/papers/item-7.docx'],
    ['EqIA for the grants review', '/downloads/review.pdf'],
    ['Appendix B', 'https://council.example/media/1234/eqia-eastgate-grant.pdf'],
    ['Download', '/files/Equality_Impact_Assessment_2025.odt'],
  ])('reports the link "%s" (%s) instead, as a note', (words, href) => {
    const { text, links } = withLink(CUT, words, href);
    const findings = impactFindings(text, links);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.data).toMatchObject({ problem: 'linked', assessment: words, link: href });
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toContain(href);
    expect(finding!.message).not.toMatch(/shows no assessment/);
  });

  it.each([
    ['Environmental impact assessment', '/files/environmental-statement.pdf'],
    ['Budget book 2025 (PDF)', '/files/budget-book.pdf'],
    ['Have your say', 'https://council.example/consultations/eastgate'],
  ])('does not count a link to something else ("%s")', (words, href) => {
    const { text, links } = withLink(CUT, words, href);
    expect(impactFindings(text, links).map((finding) => finding.data.problem)).toEqual(['missing']);
  });

  it('still reports a dismissal in the paper’s own words', () => {
    const dismissed = 'It is proposed that the Riverside Day Centre is decommissioned from 1 July 2025.\n\nEquality implications: None.';
    const { text, links } = withLink(dismissed, 'Equality impact assessment', '/eqia.pdf');
    expect(impactFindings(text, links).map((finding) => finding.data.problem)).toEqual(['dismissed']);
  });

  it('reads a linked title in a list of documents as the link, not as an empty equality section', () => {
    const page = `${CUT}\n\nDocuments\n\n- Cabinet report (PDF)\n- `;
    const words = 'Equality impact assessment';
    const text = `${page}${words}`;
    const findings = impactFindings(text, [{ start: page.length, end: text.length, href: '/media/7/eqia.pdf' }]);
    expect(findings.map((finding) => finding.data.problem)).toEqual(['linked']);
  });
});
