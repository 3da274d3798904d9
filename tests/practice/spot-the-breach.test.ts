import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/engine/finding.ts';
import { COMMITMENTS } from '../../shared/engine/commitments.ts';
import { explainFinding, splitNote } from '../../shared/practice/explain.ts';
import { segmentText } from '../../shared/practice/segments.ts';
import { markMatches, normaliseMarks, scoreSpotTheBreach, SLACK_CHARACTERS } from '../../shared/practice/spot-the-breach.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const text =
  'The CVS will collate responses. The consultation closes in four weeks. Each VCO must send a return to the SLA team by Friday. Thank you for taking part.';

function at(phrase: string, severity: Finding['severity'] = 'warning', ruleId = 'test-rule'): Finding {
  const offset = text.indexOf(phrase);
  if (offset === -1) throw new Error(`not in text: ${phrase}`);
  return {
    ruleId,
    severity,
    message: `About ${phrase}`,
    offset,
    endOffset: offset + phrase.length,
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: offset + phrase.length + 1,
    actual: phrase,
    expected: [],
    note: '',
    url: '',
    data: {},
  };
}

function markOn(phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

const cvs = at('CVS');
const fourWeeks = at('The consultation closes in four weeks.');
const sla = at('SLA');

describe('scoreSpotTheBreach', () => {
  it('sorts findings into found and missed, and marks into right and wrong', () => {
    const result = scoreSpotTheBreach(text, [cvs, fourWeeks, sla], [markOn('CVS'), markOn('closes in four weeks'), markOn('Thank you')]);
    expect(result.found.map((entry) => entry.finding)).toEqual([cvs, fourWeeks]);
    expect(result.missed).toEqual([sla]);
    expect(result.wronglyFlagged).toEqual([{ mark: markOn('Thank you'), tooWide: false }]);
    expect(result.summary).toBe('You found 2 of 3 breaches, missed 1, and 1 mark did not match a breach.');
  });

  it('counts a perfect round as such', () => {
    const result = scoreSpotTheBreach(text, [cvs, sla], [markOn('The CVS'), markOn('SLA team')]);
    expect(result.found).toHaveLength(2);
    expect(result.missed).toEqual([]);
    expect(result.wronglyFlagged).toEqual([]);
    expect(result.summary).toBe('You found 2 of 2 breaches, and every mark matched a breach.');
  });

  it('does not let one mark over the whole passage find everything', () => {
    const result = scoreSpotTheBreach(text, [cvs, sla], [{ start: 0, end: text.length }]);
    expect(result.found).toEqual([]);
    expect(result.missed).toEqual([cvs, sla]);
    expect(result.wronglyFlagged).toEqual([{ mark: { start: 0, end: text.length }, tooWide: true }]);
  });

  it('accepts a mark a little wider than the finding, or mostly made of it', () => {
    const sentence = markOn('Each VCO must send a return to the SLA team by Friday.');
    expect(sentence.end - sentence.start).toBeLessThanOrEqual(sla.endOffset - sla.offset + SLACK_CHARACTERS);
    expect(markMatches(sentence, sla)).toBe(true);
    expect(markMatches(markOn('consultation closes in four weeks. Each VCO'), fourWeeks)).toBe(true);
    expect(markMatches(markOn('Thank you'), sla)).toBe(false);
  });

  it('leaves information-only findings out of the breaches to find', () => {
    const info = at('Thank you for taking part.', 'info');
    const result = scoreSpotTheBreach(text, [cvs, info], [markOn('CVS')]);
    expect(result.found).toHaveLength(1);
    expect(result.missed).toEqual([]);
  });

  it('says so when there is nothing to find', () => {
    expect(scoreSpotTheBreach(text, [], [markOn('CVS')]).summary).toBe('This passage has no breaches to find; 1 mark made.');
  });

  it('scores real engine findings', () => {
    const passage = 'The CVS will collate responses from each VCO.';
    const findings = lintWithRule('undefined-acronym', passage);
    expect(findings.map((finding) => finding.actual)).toEqual(['CVS', 'VCO']);
    const result = scoreSpotTheBreach(passage, findings, [{ start: 4, end: 7 }]);
    expect(result.found.map((entry) => entry.finding.actual)).toEqual(['CVS']);
    expect(result.missed.map((finding) => finding.actual)).toEqual(['VCO']);
  });
});

describe('normaliseMarks', () => {
  it('trims white space, drops empty and repeated marks, and orders them', () => {
    expect(
      normaliseMarks('  abc  def ', [
        { start: 7, end: 10 },
        { start: 0, end: 6 },
        { start: 2, end: 5 },
        { start: 5, end: 7 },
        { start: 10, end: 7 },
      ]),
    ).toEqual([
      { start: 2, end: 5 },
      { start: 7, end: 10 },
    ]);
  });
});

describe('segmentText', () => {
  it('cuts the text at every span edge and tags each run with the spans covering it', () => {
    const segments = segmentText('abcdefghij', [
      { start: 2, end: 6, tag: 'a' },
      { start: 4, end: 8, tag: 'b' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.tags])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['gh', ['b']],
      ['ij', []],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('abcdefghij');
  });

  it('clips spans to the text and ignores empty ones', () => {
    expect(segmentText('abc', [{ start: 2, end: 99, tag: 'x' }, { start: 1, end: 1, tag: 'y' }]).map((s) => [s.text, s.tags])).toEqual([
      ['ab', []],
      ['c', ['x']],
    ]);
    expect(segmentText('', [])).toEqual([]);
  });
});

describe('explainFinding', () => {
  it('splits the rule’s reasoning from the commitment and finds the commitment and a worked example', () => {
    const [finding] = lintWithRule('undefined-acronym', 'The CVS will coordinate responses from local groups.');
    const explanation = explainFinding(finding!);
    expect(explanation.commitment).toBe(COMMITMENTS['plain-language']);
    expect(explanation.why).toMatch(/Readers outside the council/);
    expect(explanation.why).not.toContain('Compact commitment');
    expect(explanation.message).toContain('“CVS”');
    expect(explanation.message).not.toContain('`');
    expect(explanation.example?.ruleId).toBe('undefined-acronym');
  });

  it('falls back to the commitment named in the note for an unknown rule', () => {
    const note = `A wrong weekday confuses people. Compact commitment: ${COMMITMENTS['accurate-dates'].title}. ${COMMITMENTS['accurate-dates'].summary}`;
    expect(splitNote(note)).toEqual({ why: 'A wrong weekday confuses people.', commitmentTitle: COMMITMENTS['accurate-dates'].title });
    const explanation = explainFinding({ ...cvs, ruleId: 'not-a-rule', note, expected: ['', 'Friday'] });
    expect(explanation.commitment).toBe(COMMITMENTS['accurate-dates']);
    expect(explanation.suggestions).toEqual(['Friday']);
    expect(explanation.ruleSummary).toBe('not-a-rule');
  });
});
