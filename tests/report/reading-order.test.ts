import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../shared/engine/finding.ts';
import { breachesFirst, groupForReading, timescaleVerdict, verdictSentence } from '../../shared/report/reading-order.ts';
import { RULES } from '../../lint-rules/index.ts';

function at(ruleId: string, severity: Severity, offset: number, actual = `${ruleId}@${offset}`): Finding {
  return {
    ruleId, severity, message: 'm', offset, endOffset: offset + 5, line: 1, column: offset + 1, endLine: 1, endColumn: offset + 6,
    actual, expected: [], note: '', url: '', data: {},
  };
}

const NAMES = Object.fromEntries(RULES.map((rule) => [rule.id, rule.name]));
const nameOf = (ruleId: string) => NAMES[ruleId];

describe('breachesFirst', () => {
  it('puts errors before warnings before notes, each in page order, keeping each finding’s index', () => {
    // A CMS page: 13 acronym warnings in the menu before the 3 errors in the content.
    const findings = [
      ...Array.from({ length: 13 }, (_, n) => at('undefined-acronym', 'warning', n * 10)),
      at('consultation-timescale', 'info', 150),
      at('impact-assessment', 'error', 400),
      at('consultation-timescale', 'error', 300),
      at('notice-period', 'error', 500),
    ];
    const ordered = breachesFirst(findings);
    expect(ordered.slice(0, 3).map((entry) => [entry.finding.ruleId, entry.index])).toEqual([
      ['consultation-timescale', 15],
      ['impact-assessment', 14],
      ['notice-period', 16],
    ]);
    expect(ordered.slice(3, 16).map((entry) => entry.finding.offset)).toEqual(Array.from({ length: 13 }, (_, n) => n * 10));
    expect(ordered.at(-1)!.finding.severity).toBe('info');
    // Nothing lost, nothing doubled.
    expect(new Set(ordered.map((entry) => entry.index)).size).toBe(findings.length);
  });
});

describe('groupForReading', () => {
  it('groups by severity, then by check in the order each first appears', () => {
    const groups = groupForReading([
      at('jargon', 'warning', 0),
      at('undefined-acronym', 'warning', 5),
      at('jargon', 'warning', 50),
      at('impact-assessment', 'error', 90),
    ]);
    expect(groups.map((group) => [group.severity, group.count, group.checks.map((check) => check.ruleId)])).toEqual([
      ['error', 1, ['impact-assessment']],
      ['warning', 3, ['jargon', 'undefined-acronym']],
    ]);
    expect(groups[1]!.checks[0]!.entries.map((entry) => entry.finding.offset)).toEqual([0, 50]);
  });

  it('keeps a check’s findings of different severities apart', () => {
    const groups = groupForReading([at('consultation-timescale', 'info', 0), at('consultation-timescale', 'error', 30)]);
    expect(groups.map((group) => group.severity)).toEqual(['error', 'info']);
  });
});

describe('verdictSentence', () => {
  it('says the page breaks the Compact, on what, and what else there is, in one sentence', () => {
    const sentence = verdictSentence(
      [at('undefined-acronym', 'warning', 0), at('impact-assessment', 'error', 90), at('consultation-timescale', 'error', 40), at('jargon', 'info', 9)],
      nameOf,
    );
    expect(sentence).toBe('This page breaks the Compact on consultation length and impact assessment (2 breaches); it also has 1 warning and 1 note.');
    expect(sentence.match(/\./g)).toHaveLength(1);
    expect(verdictSentence([at('notice-period', 'error', 0)], nameOf)).toBe('This page breaks the Compact on notice of a funding change (1 breach).');
  });

  it('says plainly when nothing breaks the Compact, naming the kinds of warning', () => {
    expect(verdictSentence([at('jargon', 'warning', 0), at('undefined-acronym', 'warning', 9), at('jargon', 'warning', 20)], nameOf)).toBe(
      'This page does not break the Compact on the points compact-proof checks, but it has 3 warnings (jargon and abbreviations).',
    );
    expect(verdictSentence([at('consultation-timescale', 'info', 0)], nameOf)).toBe(
      'This page does not break the Compact on the points compact-proof checks, but it has 1 note.',
    );
    expect(verdictSentence([], nameOf)).toBe('Nothing on this page breaks the Compact commitments compact-proof checks.');
  });

  it('falls back to the check’s id when it has no reader name', () => {
    expect(verdictSentence([at('local-rule', 'error', 0)], () => undefined)).toBe('This page breaks the Compact on local-rule (1 breach).');
  });
});

describe('timescaleVerdict', () => {
  it('says how far short a consultation falls and whether a reason is given', () => {
    expect(timescaleVerdict({ lengthDays: 28, requiredDays: 84 })).toEqual({ short: true, text: 'Shorter than the minimum by 56 days, and the page gives no reason.' });
    expect(timescaleVerdict({ lengthDays: 83, requiredDays: 84, explained: true })).toEqual({ short: true, text: 'Shorter than the minimum by 1 day; the page gives a reason.' });
    expect(timescaleVerdict({ lengthDays: 84, requiredDays: 84 })).toEqual({ short: false, text: 'Meets the minimum.' });
    expect(timescaleVerdict({ lengthDays: null, requiredDays: 84 })).toBeNull();
  });
});
