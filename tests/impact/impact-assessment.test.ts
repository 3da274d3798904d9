// Mutations tried by hand (each in a scratch copy, never committed), and the per-passage tests
// that failed. With the corpus test as it was (first finding only, floors of 0.95), (a), (b)
// and the first form of (c) passed every test in tests/impact and the other corpus folders:
//   (a) "Not applicable – this is a budget decision" read as missing, not dismissed (the
//       DISMISSIVE_START check dropped)                       → dismissed-budget-decision
//   (b) "no implications for …" read as absent, not dismissed → dismissed-protected-characteristics
//   (c) "n/a" dropped from the first DISMISSIVE_BODIES row      → dismissed-na-heading, dismissed-bold-label-na;
//       "n/a" dropped from every dismissive answer            → those two, dismissed-eia-na, dismissed-decision-record-na
/**
 * impact-assessment: the hand-labelled corpus, one test per passage (every finding: how many,
 * and each one's problem; none on a passage labelled fine), with precision and recall printed
 * as a report; the bundled example paper; and the behaviours the README promises.
 *
 * First-run scores on unseen rows (the corpus score below includes the fixes they prompted):
 *   first unseen batch: about 0.71 precision / 0.68 recall;
 *   eleventh batch (the `heldOut` rows, 24 cases: 13 to flag, 11 fine): 18 of 24 right,
 *     precision 0.889, recall 0.615 (TP 8, FP 1, FN 5).
 * The test prints the held-out rows' score separately from the whole corpus's.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as phrases from '../../lint-rules/impact-assessment/phrases.ts';
import { COMMITMENTS } from '../../shared/engine/commitments.ts';
import { PART_CHARS } from '../../shared/engine/lint.ts';
import { IMPACT_CASES, type ExpectedProblem, type ImpactCase } from '../corpus/impact-assessment.ts';
import { figures, remembered, showFinding, showFindings } from '../helpers/corpus-findings.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function problemsOf(text: string, format: 'text' | 'markdown' | 'html' = 'text', options: Record<string, unknown> = {}, headings?: { start: number; end: number; level: number }[]) {
  return lintWithRule('impact-assessment', text, options, { format, headings });
}

/**
 * Passages that propose several cuts, each reported (one finding per recommended decision),
 * with the proposals the findings quote, in order. Every other passage labelled with a
 * problem gets exactly one finding.
 */
const SEVERAL_FINDINGS: Readonly<Record<string, readonly string[]>> = {
  'missing-several-recommendations': ['to reduce the grant to Lowfield Mind by £10,000;', 'to cease funding the Lowfield Lunch Club;'],
  'deferred-paper-to-follow': [
    "to close the Parkside and Redwood children's centres from 1 January 2026;",
    'to reduce the grant to Home-Start Vale by 20 per cent.',
  ],
  'missing-cabinet-library-hours': [
    'That Cabinet agrees to reduce opening hours at Hartley, Moss Lane and Kingsbury libraries from 36 to 24 hours a week from 1 May 2026.',
    'That Cabinet agrees to withdraw the annual grant of £18,500 to Vale Reading Friends, which delivers books to housebound readers.',
  ],
};

const corpusFindings = remembered((item: ImpactCase) => problemsOf(item.text, item.format ?? 'text'));

describe('impact-assessment on the labelled corpus', () => {
  it('has at least 50 realistic cases of every kind', () => {
    expect(IMPACT_CASES.length).toBeGreaterThanOrEqual(50);
    const kinds = new Set(IMPACT_CASES.map((item) => item.expected));
    expect([...kinds].sort()).toEqual(['deferred', 'dismissed', 'missing', null].sort());
    expect(new Set(IMPACT_CASES.map((item) => item.id)).size).toBe(IMPACT_CASES.length);
    for (const id of Object.keys(SEVERAL_FINDINGS)) expect(IMPACT_CASES.find((item) => item.id === id)?.expected, id).toBeTruthy();
  });

  describe('each passage gives exactly the findings its label implies', () => {
    it.each(IMPACT_CASES)('$id: $about', (item) => {
      const findings = corpusFindings(item);
      if (item.expected === null) {
        expect(findings.map(showFinding), 'a passage labelled fine must raise nothing').toEqual([]);
        return;
      }
      const several = SEVERAL_FINDINGS[item.id];
      // Every finding, not only the first: how many, and each one's problem.
      expect(findings.map((finding) => finding.data.problem), showFindings(findings)).toEqual(Array(several?.length ?? 1).fill(item.expected));
      if (several) expect(findings.map((finding) => finding.actual)).toEqual(several);
      for (const finding of findings) {
        expect(finding.data.proposal, showFinding(finding)).toEqual(expect.any(String));
        // A dismissal or a deferral quotes the words that dismissed or deferred the assessment.
        if (item.expected !== 'missing') expect(finding.data.assessment, showFinding(finding)).toMatch(/\S/);
      }
    });
  });

  it('prints precision and recall, for the held-out rows and the whole corpus (a report; the passages above are the test)', () => {
    const heldOut = IMPACT_CASES.filter((item) => item.heldOut);
    if (heldOut.length) score(heldOut, 'held-out rows only');
    score(IMPACT_CASES, 'whole corpus');
  }, 60_000);
});

/**
 * Precision and recall over some rows, printed with the rows that went wrong. Every finding
 * counts: one of the labelled kind is a true positive (at most one per passage), and any
 * other, or a second one where one was expected, is a false positive.
 */
function score(cases: readonly ImpactCase[], label: string) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const wrong: string[] = [];
  for (const item of cases) {
    const findings = corpusFindings(item);
    const problems = findings.map((finding) => finding.data.problem as ExpectedProblem);
    const right = problems.filter((problem) => problem === item.expected).length;
    const expectedCount = item.expected === null ? 0 : (SEVERAL_FINDINGS[item.id]?.length ?? 1);
    // A finding of the wrong kind counts against both: it misleads and it misses.
    if (item.expected !== null && right > 0) truePositives++;
    if (item.expected !== null && right === 0) falseNegatives++;
    falsePositives += problems.length - right + Math.max(0, right - expectedCount);
    if (right !== problems.length || problems.length !== expectedCount) {
      wrong.push(`${item.id} (${item.about}): expected ${expectedCount} × ${item.expected}, got [${problems.join(', ')}]`);
    }
  }
  console.log(
    `impact-assessment (${label}): ${cases.length} cases, ${figures(truePositives, falsePositives, falseNegatives)}` +
      (wrong.length ? `\n  ${wrong.join('\n  ')}` : ''),
  );
}

describe('impact-assessment on the bundled example paper', () => {
  const paper = readFileSync(join(root, 'examples', 'cabinet-report-grants.md'), 'utf8');
  const findings = problemsOf(paper, 'markdown');

  it('flags both recommended cuts as dismissed by "Equality implications: None."', () => {
    expect(findings.map((finding) => finding.data.problem)).toEqual(['dismissed', 'dismissed']);
    expect(findings.map((finding) => finding.actual)).toEqual([
      'That Cabinet agrees to reduce the core grant to Thornbury Vale CVS by 30 per cent from 1 April 2025.',
      'That Cabinet agrees to decommission the Millbrook Day Service for older people from 30 June 2025.',
    ]);
    for (const finding of findings) {
      expect(finding.data.assessment).toBe('Equality implications: None.');
      expect(finding.data.proposal).toBe(finding.actual);
      expect(finding.note).toContain(COMMITMENTS['impact-assessment'].title);
    }
  });

  it('is quiet once the paper carries an assessment', () => {
    const fixed = paper.replace(
      'Equality implications: None.',
      'An Equality Impact Assessment has been completed and is attached at Appendix C. It finds that closing the day service would fall hardest on older people with dementia who live alone.',
    );
    expect(problemsOf(fixed, 'markdown')).toEqual([]);
  });
});

describe('impact-assessment behaviour', () => {
  it('reports at the proposal, with problem, quoted proposal and the assessment found', () => {
    const text = 'Background\n\nThe lunch club has met since 1998.\n\nIt is proposed to cease the grant to the Elm Street Lunch Club. An EqIA will be completed after the decision.';
    const [finding, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(finding!.actual).toBe('It is proposed to cease the grant to the Elm Street Lunch Club.');
    expect(text.slice(finding!.offset, finding!.endOffset)).toBe(finding!.actual);
    expect(finding!.data).toEqual({
      problem: 'deferred',
      proposal: 'It is proposed to cease the grant to the Elm Street Lunch Club.',
      assessment: 'An EqIA will be completed after the decision.',
    });
    expect(finding!.message).toMatch(/before the decision/);
  });

  it('gives `assessment: null` when nothing at all is found, and a message saying what a compliant paper contains', () => {
    const [finding] = problemsOf('The council will decommission the Brookside day service in June.');
    expect(finding!.data).toMatchObject({ problem: 'missing', assessment: null });
    expect(finding!.message).toMatch(/equality impact assessment/);
    expect(finding!.message).toMatch(/appendix/);
  });

  it('reads "EIA" as equality only when its expansion or nearby words say so', () => {
    const cut = 'The grant to the Dales Advice Project will end in March 2026.';
    expect(problemsOf(`${cut} The Environmental Impact Assessment (EIA) for the depot has been completed.`)).toHaveLength(1);
    expect(problemsOf(`${cut} An EIA has been completed.`)).toHaveLength(1);
    expect(problemsOf(`${cut} An EIA looking at equality has been completed.`)).toEqual([]);
    expect(problemsOf(`Equality Impact Assessment (EIA) guidance applies.\n\n${cut} The EIA has been completed.`)).toEqual([]);
  });

  it('reads a form\'s question about the assessment by its answer, and quotes both', () => {
    const decision = 'Decision: to end the grant to the Vale Lunch Club from April 2026.\n\nHas an equality impact assessment been carried out?';
    const [dismissed] = problemsOf(`${decision} No – not required for a small grant.`);
    expect(dismissed!.data).toMatchObject({ problem: 'dismissed', assessment: 'Has an equality impact assessment been carried out? No – not required for a small grant.' });
    expect(problemsOf(`${decision} No.`)[0]!.data.problem).toBe('missing');
    expect(problemsOf(`${decision} Yes – see Appendix 2.`)).toEqual([]);
  });

  it('accepts a council\'s own name for its assessment through `assessmentNames`', () => {
    const text = 'It is proposed to close the Riverside Day Centre. Our Fairness Assessment of the proposal is attached.';
    expect(problemsOf(text)).toHaveLength(1);
    expect(problemsOf(text, 'text', { assessmentNames: ['Fairness Assessment'] })).toEqual([]);
  });

  it('accepts a bare statement of the duty only with `acceptDutyStatement`', () => {
    const text = 'It is proposed to reduce the grant to Lowfield CVS. Members must have due regard to the Public Sector Equality Duty.';
    expect(problemsOf(text)[0]!.data.problem).toBe('missing');
    expect(problemsOf(text, 'text', { acceptDutyStatement: true })).toEqual([]);
  });

  it('uses headings the front end passes in (HTML), so an empty equality section is seen', () => {
    const text = 'Proposal\n\nThe Millbrook day service will close in June.\n\nEquality impact assessment\n\nNext steps\n\nA report will follow.';
    const heading = (value: string, level: number) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length, level });
    const findings = problemsOf(text, 'html', {}, [heading('Proposal', 2), heading('Equality impact assessment', 2), heading('Next steps', 2)]);
    expect(findings.map((finding) => finding.data.problem)).toEqual(['dismissed']);
    expect(findings[0]!.data.assessment).toBe('Equality impact assessment (left empty)');
  });

  it('reports each recommended cut, and only the first proposal when there are no recommendations', () => {
    const recommendations = 'Recommendations\n\n1. To reduce the grant to Lowfield Mind by £10,000.\n\n2. To cease funding the Lowfield Lunch Club.\n\nProposals\n\nThe grant to Lowfield Mind would be reduced.';
    expect(problemsOf(recommendations).map((finding) => finding.actual)).toEqual([
      'To reduce the grant to Lowfield Mind by £10,000.',
      'To cease funding the Lowfield Lunch Club.',
    ]);
    const prose = 'The grant to Lowfield Mind would be reduced. The lunch club grant would also end.';
    expect(problemsOf(prose).map((finding) => finding.actual)).toEqual(['The grant to Lowfield Mind would be reduced.']);
  });

  it('judges a very large paper, linted in parts, as one paper', () => {
    const filler = 'The council has supported community groups across the district for many years.\n\n'.repeat(Math.ceil(PART_CHARS / 80) + 50);
    const proposal = 'It is proposed to close the Willow Day Centre.\n\n';
    expect((proposal + filler).length).toBeGreaterThan(PART_CHARS);
    const assessed = `${proposal}${filler}An Equality Impact Assessment has been completed and is attached at Appendix B.`;
    expect(problemsOf(assessed)).toEqual([]);
    const unassessed = `${proposal}${filler}It is also proposed that the Oak Lane lunch club grant would end.`;
    expect(problemsOf(unassessed).map((finding) => finding.actual)).toEqual(['It is proposed to close the Willow Day Centre.']);
    // Two documents of over 150,000 characters: generous time on a shared machine (this is not a speed test).
  }, 60_000);

  it('can be switched off for a passage with an inline comment', () => {
    const text = '<!-- compact-proof-disable impact-assessment -->\nIt is proposed to close the Willow Day Centre.\n<!-- compact-proof-enable impact-assessment -->';
    expect(problemsOf(text, 'markdown')).toEqual([]);
  });
});

describe('impact-assessment data file', () => {
  const lists = Object.entries(phrases).filter((entry): entry is [string, phrases.PhraseRow[]] => Array.isArray(entry[1]));

  it('has well-formed rows: a pattern that compiles, no capturing groups, a known source, no duplicates', () => {
    expect(lists.length).toBeGreaterThanOrEqual(8);
    for (const [name, rows] of lists) {
      const seen = new Set<string>();
      for (const row of rows) {
        expect(() => new RegExp(row.pattern, 'i'), `${name}: ${row.pattern}`).not.toThrow();
        expect(row.pattern, `${name}: capturing group`).not.toMatch(/\((?!\?)/);
        expect(['compact', 'domain', 'seed', 'own'], `${name}: source`).toContain(row.source);
        expect(seen.has(row.pattern), `${name}: duplicate ${row.pattern}`).toBe(false);
        seen.add(row.pattern);
      }
    }
  });
});
