import { describe, expect, it } from 'vitest';
import { COMMITMENTS } from '../../shared/engine/commitments.ts';
import type { Finding } from '../../shared/engine/finding.ts';
import {
  asRequest,
  draftChallengeLetter,
  formatBritishDate,
  letterFileName,
  PLACEHOLDERS,
  responsibleBodyFromTitle,
  type LetterDetails,
} from '../../shared/report/challenge-letter.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const details: LetterDetails = {
  documentTitle: 'Community grants review 2025',
  documentUrlOrFile: 'https://council.example/grants-review',
  responsibleBody: 'Westbury District Council',
  dateChecked: '2025-03-01',
};

/** A finding as the engine would give it; only what a test cares about needs to be set. */
function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'actual' | 'message'>): Finding {
  return {
    // As the rules' default severities give them: the three Compact checks find breaches.
    severity: ['consultation-timescale', 'notice-period', 'impact-assessment'].includes(overrides.ruleId) ? 'error' : 'warning',
    offset: 0,
    endOffset: overrides.actual.length,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: overrides.actual.length + 1,
    expected: [],
    note: '',
    url: '',
    data: {},
    ...overrides,
  };
}

const shortConsultation = finding({
  ruleId: 'consultation-timescale',
  actual: 'The consultation runs from 3 March 2025 to 31 March 2025.',
  message: 'This consultation runs for 28 days (4 weeks); the Compact asks for at least 84 days (12 weeks).',
  line: 4,
  data: { problem: 'too-short', lengthDays: 28, requiredDays: 84 },
  note: `Compact commitment: ${COMMITMENTS['consultation-timescale'].title}. ${COMMITMENTS['consultation-timescale'].summary}`,
});

const shortNotice = finding({
  ruleId: 'notice-period',
  actual: 'one month’s notice',
  message: 'One month’s notice is shorter than the three months the Compact asks for.',
  line: 9,
  data: { noticeDays: 30, requiredDays: 91, basis: 'stated' },
  note: `Compact commitment: ${COMMITMENTS['funding-notice'].title}. ${COMMITMENTS['funding-notice'].summary}`,
});

const missingAssessment = finding({
  ruleId: 'impact-assessment',
  actual: 'reduce the grant to the Westbury Lunch Club by 40 per cent',
  message: 'This paper proposes cutting funding but has no assessment of the impact on service users.',
  line: 15,
  data: { problem: 'missing', proposal: 'reduce the grant to the Westbury Lunch Club by 40 per cent', assessment: null },
  note: `Compact commitment: ${COMMITMENTS['impact-assessment'].title}.`,
});

/** As a council's settings that make a check's findings breaches would give them. */
function asBreaches(findings: Finding[]): Finding[] {
  return findings.map((item) => ({ ...item, severity: 'error' as const }));
}

describe('draftChallengeLetter', () => {
  it('names the document, where it was found, the body and the date checked', () => {
    const letter = draftChallengeLetter([shortConsultation], details);
    expect(letter.hasFindings).toBe(true);
    expect(letter.text).toContain('“Community grants review 2025”');
    expect(letter.text).toContain('https://council.example/grants-review');
    expect(letter.text).toContain('Westbury District Council');
    expect(letter.text).toContain('1 March 2025');
    expect(letter.subject).toBe('The Compact and “Community grants review 2025”');
  });

  it('quotes each finding with its line and message, and cites the commitment it rests on', () => {
    const letter = draftChallengeLetter([shortConsultation, shortNotice, missingAssessment], details);
    for (const item of [shortConsultation, shortNotice, missingAssessment]) {
      expect(letter.text).toContain(`Line ${item.line}: “${item.actual}”`);
      expect(letter.text).toContain(item.message);
    }
    for (const id of ['consultation-timescale', 'funding-notice', 'impact-assessment'] as const) {
      expect(letter.text).toContain(COMMITMENTS[id].title);
      expect(letter.text).toContain(COMMITMENTS[id].summary);
    }
    // The most serious breaches come first: notice, then impact, then consultation.
    const order = ['funding-notice', 'impact-assessment', 'consultation-timescale'].map((id) =>
      letter.text.indexOf(COMMITMENTS[id as keyof typeof COMMITMENTS].title),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('puts the points with a Compact breach before points with only warnings, and breaches first within a point', () => {
    // A settings profile may make notice a warning; the consultation breach must still lead.
    const breach = { ...shortConsultation, severity: 'error' as const, offset: 400, line: 20 };
    const explained = { ...shortConsultation, severity: 'warning' as const, offset: 10, line: 2, actual: 'The survey runs for six weeks.' };
    const noticeWarning = { ...shortNotice, severity: 'warning' as const };
    const letter = draftChallengeLetter([explained, noticeWarning, breach], details, { otherPoints: true });
    const consultation = letter.text.indexOf(COMMITMENTS['consultation-timescale'].title);
    const notice = letter.text.indexOf(shortNotice.actual);
    expect(consultation).toBeGreaterThan(0);
    expect(consultation).toBeLessThan(notice);
    expect(letter.text.indexOf('Other points')).toBeLessThan(notice);
    expect(letter.text.indexOf('Line 20:')).toBeLessThan(letter.text.indexOf('Line 2:'));
  });

  it('says what the group asks for, for each kind of finding', () => {
    const letter = draftChallengeLetter([shortConsultation, shortNotice, missingAssessment], details);
    expect(letter.text).toMatch(/extended so that it runs for at least 12 weeks/);
    expect(letter.text).toMatch(/publish the reasons for it/);
    expect(letter.text).toMatch(/at least three months’ notice in writing/);
    expect(letter.text).toMatch(/clear reasons for the decision/);
    expect(letter.text).toMatch(/chance to respond/);
    expect(letter.text).toMatch(/before any decision is taken, you assess the impact of the proposal on service users, beneficiaries and volunteers/);
  });

  it('asks for a closed consultation to be reopened rather than extended', () => {
    const closed = { ...shortConsultation, data: { ...shortConsultation.data, start: '2025-01-06', close: '2025-02-17' } };
    const letter = draftChallengeLetter([closed], details);
    expect(letter.text).toContain('the consultation is reopened so that it runs for at least 12 weeks in all');
    expect(letter.text).not.toContain('is extended');
    const open = { ...shortConsultation, data: { ...shortConsultation.data, start: '2025-02-24', close: '2025-03-24' } };
    expect(draftChallengeLetter([open], details).text).toContain('the consultation is extended so that it runs for at least 12 weeks');
  });

  it('does not double the full stop after a quoted sentence, and says “in full” for abbreviations', () => {
    const letter = draftChallengeLetter([missingAssessment, { ...shortConsultation, actual: 'It closes on 31 March 2025.' }], details);
    expect(letter.text).toContain('Line 4: “It closes on 31 March 2025.” This consultation');
    expect(letter.text).toContain('Line 15: “reduce the grant to the Westbury Lunch Club by 40 per cent”. This paper');
    const acronyms = lintWithRule('undefined-acronym', 'The CVS will coordinate responses from local groups.');
    expect(acronyms[0]!.expected.length).toBeGreaterThan(0);
    // Settings that make abbreviations a breach give them a numbered point of their own.
    expect(draftChallengeLetter(asBreaches(acronyms), details).text).toMatch(/; in full: “[^”]+\(CVS\)”/);
  });

  it('asks for the longer notice a local Compact sets, from the rule’s own minimum', () => {
    const sixMonths = { ...shortNotice, data: { ...shortNotice.data, requiredDays: 183 } };
    const letter = draftChallengeLetter([sixMonths], details);
    expect(letter.text).toContain('at least six months’ notice in writing');
    expect(letter.text).not.toContain('have had at least three months’ notice');
  });

  it('asks for an explanation when the paper dismisses the impact, and for the assessment first when it is deferred', () => {
    const dismissed = { ...missingAssessment, data: { ...missingAssessment.data, problem: 'dismissed' } };
    const deferred = { ...missingAssessment, offset: 99, data: { ...missingAssessment.data, problem: 'deferred' } };
    const letter = draftChallengeLetter([dismissed, deferred], details);
    expect(letter.text).toMatch(/explains how that conclusion was reached/);
    expect(letter.text).toMatch(/decision waits until the assessment is finished/);
    const plain = draftChallengeLetter([missingAssessment], details);
    expect(plain.text).not.toMatch(/explains how that conclusion was reached/);
  });

  it('leaves placeholders for the group’s name, contact details and local Compact clause', () => {
    const letter = draftChallengeLetter([shortNotice], details);
    for (const format of [letter.text, letter.markdown]) {
      expect(format).toContain(PLACEHOLDERS.organisationName);
      expect(format).toContain(PLACEHOLDERS.contactDetails);
      expect(format).toContain(PLACEHOLDERS.localCompactClause);
      expect(format).toContain(PLACEHOLDERS.signatory);
    }
  });

  it('uses a placeholder for the responsible body when it is not known', () => {
    const letter = draftChallengeLetter([shortNotice], { ...details, responsibleBody: undefined });
    expect(letter.text).toContain(PLACEHOLDERS.body);
    expect(letter.text).not.toContain('Westbury District Council');
  });

  it('summarises many plain-language findings with a few examples instead of listing them all', () => {
    const terms = ['going forward', 'stakeholder', 'leverage', 'synergy', 'capacity building', 'holistic', 'paradigm', 'silo', 'deep dive', 'thought shower'];
    const many: Finding[] = [];
    for (let index = 0; index < 40; index++) {
      const term = terms[index % terms.length]!;
      many.push(finding({ ruleId: 'jargon', actual: term, message: `Avoid “${term}”.`, offset: index * 50, line: index + 1, expected: term === 'going forward' ? ['from now on'] : [] }));
    }
    const letter = draftChallengeLetter(asBreaches(many), details, { commitmentOf: () => 'plain-language' });
    expect(letter.text).toContain('We found 10 terms that are jargon or unexplained abbreviations, used 40 times in all. Some examples:');
    expect(letter.text).toContain('“going forward” (4 times), first on line 1: jargon; a plainer way to say it: “from now on”.');
    expect(letter.text).toContain('There are 4 other terms of the same kind');
    // Six examples, not forty quotations.
    expect(letter.text.match(/ times\), first on line/g)).toHaveLength(6);
    expect(letter.text).toContain(COMMITMENTS['plain-language'].title);
    expect(letter.text).toMatch(/spells out each abbreviation the first time it is used/);
  });

  it('cites a real engine finding with its rule’s commitment from the registry', () => {
    const findings = lintWithRule('undefined-acronym', 'The CVS will coordinate responses from local groups.');
    expect(findings).toHaveLength(1);
    const letter = draftChallengeLetter(asBreaches(findings), details);
    expect(letter.text).toContain('“CVS”');
    expect(letter.text).toContain('an abbreviation that is not spelled out');
    expect(letter.text).toContain(COMMITMENTS['plain-language'].title);
  });

  it('lists a long run of findings of one kind up to a limit, then counts the rest', () => {
    const twelve = Array.from({ length: 12 }, (_, index) => ({ ...shortNotice, offset: index, line: index + 1 }));
    const letter = draftChallengeLetter(twelve, details);
    expect(letter.text.match(/one month’s notice”/g)).toHaveLength(8);
    expect(letter.text).toContain('We found 4 further passages of the same kind.');
  });

  it('falls back to the commitment named in the note for a rule it does not know', () => {
    const unknown = finding({
      ruleId: 'some-future-rule',
      actual: 'Friday 15 February 2025',
      message: '15 February 2025 is a Saturday, not a Friday.',
      note: `A wrong weekday confuses readers. Compact commitment: ${COMMITMENTS['accurate-dates'].title}. ${COMMITMENTS['accurate-dates'].summary}`,
      severity: 'error',
    });
    const letter = draftChallengeLetter([unknown], details);
    expect(letter.text).toContain(COMMITMENTS['accurate-dates'].title);
    expect(letter.text).toMatch(/correct these dates/);
    const noCommitment = draftChallengeLetter([{ ...unknown, note: '' }], details);
    expect(noCommitment.text).toContain('Other points');
    expect(noCommitment.text).toContain('15 February 2025 is a Saturday');
  });

  it('gives a sensible message, not an empty letter, when there are no findings', () => {
    const letter = draftChallengeLetter([], details);
    expect(letter.hasFindings).toBe(false);
    expect(letter.text).toContain('No challenge letter needed');
    expect(letter.text).toContain('found nothing in “Community grants review 2025”');
    expect(letter.text).not.toContain('Dear');
    expect(letter.text).not.toContain(PLACEHOLDERS.organisationName);
  });

  it('leaves out information-only findings unless asked, and says so', () => {
    const explained = { ...shortConsultation, severity: 'info' as const };
    const withoutInfo = draftChallengeLetter([explained], details);
    expect(withoutInfo.hasFindings).toBe(false);
    expect(withoutInfo.text).toContain('one point for information only');
    const mixed = draftChallengeLetter([explained, shortNotice], details);
    expect(mixed.text).not.toContain(explained.actual);
    expect(mixed.text).toContain('One note (a point for information, not a breach) is left out');
    const withInfo = draftChallengeLetter([explained], details, { includeInfo: true });
    expect(withInfo.text).toContain(explained.actual);
  });

  it('says which information-only findings it left out, not a stock example', () => {
    const wordy = (actual: string, offset: number) =>
      finding({ ruleId: 'jargon', actual, message: `Replace “${actual}”.`, severity: 'info', offset, data: { term: actual, kind: 'wordy', source: 'PEC' } });
    const letter = draftChallengeLetter([shortNotice, wordy('in order to', 10), wordy('terminated', 20), wordy('in order to', 30)], details);
    expect(letter.text).toContain(
      'Three notes (points for information, not breaches) are left out of the letter: wordy phrases that have a shorter alternative (“in order to” twice, “terminated”).',
    );
    // An everyday formal word, when the user has asked for them, is described the same way.
    const formal = finding({ ruleId: 'jargon', actual: 'cease', message: 'Replace “cease”.', severity: 'info', offset: 40, data: { term: 'cease', kind: 'formal', source: 'PEC' } });
    expect(draftChallengeLetter([shortNotice, wordy('in order to', 10), formal], details).text).toContain('wordy phrases that have a shorter alternative (“in order to”, “cease”)');
    expect(letter.text).not.toContain('for example a short consultation whose reasons are given');
    const explained = { ...shortConsultation, severity: 'info' as const };
    const both = draftChallengeLetter([shortNotice, explained, wordy('in order to', 10)], details);
    expect(both.text).toContain(
      `Two notes (points for information, not breaches) are left out of the letter: a short consultation period for which the document gives reasons (line ${explained.line}); and a wordy phrase that has a shorter alternative (“in order to”).`,
    );
    const none = draftChallengeLetter([explained, wordy('in order to', 10)], details);
    expect(none.text).toContain('It noted two points for information only, which do not by themselves call for a challenge: a short consultation period');
    expect(draftChallengeLetter([explained], details).text).toContain('It noted one point for information only, which does not by itself call for a challenge');
  });

  it('counts the forms of one jargon term as one term, naming the other forms', () => {
    const text =
      'The council will decommission the day centre. Officers decommissioned the lunch club last year. ' +
      'We may decommission more services. The hall will be decommissioned in May.';
    const findings = lintWithRule('jargon', text);
    expect(findings.map((f) => f.actual)).toEqual(['decommission', 'decommissioned', 'decommission', 'decommissioned']);
    expect(new Set(findings.map((f) => f.data.term))).toEqual(new Set(['decommission']));
    const letter = draftChallengeLetter(asBreaches(findings), details);
    expect(letter.text).toContain('We found one term that is jargon or an unexplained abbreviation, used 4 times in all:');
    expect(letter.text).toMatch(/^- “decommission” \(4 times, also as “decommissioned”\), first on line 1: jargon/m);
    expect(letter.text.match(/^- “decommission/gm)).toHaveLength(1);
  });

  it('renders Markdown headings and lists, and plain text without Markdown', () => {
    const tricky = { ...shortNotice, actual: 'the *final* grant_payment', line: 3 };
    const letter = draftChallengeLetter([tricky], details);
    expect(letter.markdown).toMatch(/^## 1\. Notice when funding ends or changes$/m);
    expect(letter.markdown).toContain('the \\*final\\* grant\\_payment');
    expect(letter.markdown).toMatch(/^- Line 3:/m);
    expect(letter.text).toContain('the *final* grant_payment');
    expect(letter.text).not.toMatch(/^##/m);
    expect(letter.text).toMatch(/^1\. Notice when funding ends or changes$/m);
  });

  it('shortens very long quotations', () => {
    const long = { ...shortConsultation, actual: 'word '.repeat(100).trim() };
    const letter = draftChallengeLetter([long], details);
    expect(letter.text).toMatch(/“(word ){30,}[^”]*…”/);
    expect(letter.text).not.toContain('word '.repeat(60));
  });

  it('is written in British English and marked as a draft that has not been sent', () => {
    const letter = draftChallengeLetter([shortConsultation, shortNotice, missingAssessment], details);
    const american = /\b(organization|organize|recognize|prioritize|analyze|summarize|color|center|behavior|favor|honor|program|catalog|license[ds]?)\b/i;
    expect(letter.text).not.toMatch(american);
    expect(letter.text).not.toMatch(/\b[a-z]+iz(e|es|ed|ing|ation)\b(?<!\b(size|prize|seize|citizen)\w*)/i);
    expect(letter.text).toContain('It has not been sent anywhere.');
    expect(letter.text).toContain('organisation');
  });
});

describe('responsibleBodyFromTitle', () => {
  it('finds the council or NHS body a page title names, and otherwise does not guess', () => {
    expect(responsibleBodyFromTitle('Day centre redesign consultation – Millford District Council')).toBe('Millford District Council');
    expect(responsibleBodyFromTitle('NHS Westshire Integrated Care Board | Have your say')).toBe('NHS Westshire Integrated Care Board');
    expect(responsibleBodyFromTitle('Library hours - Westbury Borough Council - consultations')).toBe('Westbury Borough Council');
    expect(responsibleBodyFromTitle('Community grants review 2025')).toBeUndefined();
    expect(responsibleBodyFromTitle('Have your say – Westbury Lunch Club')).toBeUndefined();
    expect(responsibleBodyFromTitle('')).toBeUndefined();
  });
});

describe('formatBritishDate and letterFileName', () => {
  it('writes dates the British way', () => {
    expect(formatBritishDate('2025-03-01')).toBe('1 March 2025');
    expect(formatBritishDate(new Date(Date.UTC(2026, 11, 25)))).toBe('25 December 2026');
  });

  it('makes a safe file name from the title', () => {
    expect(letterFileName('Community grants review 2025', 'md')).toBe('challenge-letter-community-grants-review-2025.md');
    expect(letterFileName('  ', 'txt')).toBe('challenge-letter.txt');
  });
});

describe('a letter a voluntary group would send', () => {
  it('asks the council instead of instructing an author', () => {
    expect(asRequest('Move the change to 19 April 2016 or later, or confirm that notice was given by 1 December 2024. Give notice in writing.')).toBe(
      'Please move the change to 19 April 2016 or later, or confirm that notice was given by 1 December 2024. Please give notice in writing.',
    );
    expect(asRequest('This consultation runs for 28 days. Move the closing date to 28 April 2025 or later, or explain in the document why a shorter period is needed.')).toBe(
      'This consultation runs for 28 days. Please move the closing date to 28 April 2025 or later, or explain in the document why a shorter period is needed.',
    );
    // A message that instructs no one is left as it is.
    expect(asRequest('The weekday does not match the date.')).toBe('The weekday does not match the date.');
    const letter = draftChallengeLetter([{ ...shortNotice, message: 'One month is too short. Move the change to 1 June 2025 or later.' }], details);
    expect(letter.text).toContain('Please move the change to 1 June 2025 or later.');
    expect(letter.text).not.toMatch(/\. Move the change/);
  });

  it('places findings on a web page by section heading and quotation, never by line number', () => {
    const onPage: LetterDetails = {
      ...details,
      lineNumbers: false,
      sectionOf: (finding) => (finding.ruleId === 'consultation-timescale' ? 'How to respond' : undefined),
    };
    const acronym = finding({ ruleId: 'undefined-acronym', actual: 'DASS', message: 'Spell out “DASS”.', line: 7, severity: 'warning' });
    const letter = draftChallengeLetter([shortConsultation, shortNotice, acronym], onPage, { otherPoints: true });
    expect(letter.text).not.toMatch(/\bline \d/i);
    expect(letter.text).toContain(`- Under “How to respond”: “${shortConsultation.actual}”`);
    expect(letter.text).toContain(`- “${shortNotice.actual}”.`);
    expect(letter.text).toContain('The document also uses one term that is jargon or an abbreviation not spelled out: “DASS”.');
    // Files keep their line numbers.
    expect(draftChallengeLetter([shortConsultation], details).text).toContain(`Line ${shortConsultation.line}: “`);
  });

  it('places a finding from a linked document by the document and its page, as given', () => {
    const inPdf = { ...shortConsultation, offset: 5 };
    const acronym = finding({ ruleId: 'undefined-acronym', actual: 'DASS', message: 'Spell out “DASS”.', line: 7, severity: 'warning' });
    const onPage: LetterDetails = {
      ...details,
      lineNumbers: false,
      sectionOf: () => 'How to respond',
      placeOf: (candidate) => (candidate === inPdf || candidate === acronym ? 'In the linked document “Consultation paper”, page 2' : undefined),
    };
    const letter = draftChallengeLetter([inPdf, shortNotice, acronym], onPage, { otherPoints: true });
    expect(letter.text).toContain(`- In the linked document “Consultation paper”, page 2: “${inPdf.actual}”`);
    expect(letter.text).toContain(`- Under “How to respond”: “${shortNotice.actual}”`);
    // With the other points asked for, the term is raised in their short paragraph.
    expect(letter.text).toMatch(/also uses one term that is jargon or an abbreviation not spelled out: “DASS”/);
  });
});

describe('only Compact breaches by default', () => {
  const jargonTerms = ['going forward', 'stakeholders', 'leverage', 'SLA', 'VCSE', 'holistic', 'capacity building', 'step change', 'deep dive'];
  // 9 different terms in 14 places, as on a typical council page.
  const plainLanguage = [...jargonTerms, ...jargonTerms.slice(0, 5)].map((term, index) =>
    finding({ ruleId: /^[A-Z]+$/.test(term) ? 'undefined-acronym' : 'jargon', actual: term, message: `Replace “${term}”.`, offset: 1000 + index * 40, line: 30 + index, data: { term } }),
  );
  const wrongDate = finding({ ruleId: 'date-weekday', actual: 'Friday 15 March 2025', message: '15 March 2025 is a Saturday, not a Friday.', offset: 3000, line: 60 });

  it('raises only the breaches, and tells the group what it left out and how to add it', () => {
    const letter = draftChallengeLetter([shortConsultation, ...plainLanguage, wrongDate], details);
    expect(letter.hasFindings).toBe(true);
    expect(letter.text).toContain(COMMITMENTS['consultation-timescale'].title);
    expect(letter.text).not.toContain(COMMITMENTS['plain-language'].title);
    expect(letter.text).not.toContain('Other points');
    expect(letter.text).not.toContain('“going forward”:');
    expect(letter.text).toContain(
      'The letter raises only the Compact breaches. Also found, and left out: 9 different terms that are jargon or abbreviations not spelled out in 14 places, such as “going forward” (twice), “stakeholders” (twice) and “leverage” (twice); and one other point, such as a date that looks wrong.',
    );
    expect(letter.text).toContain('“Also mention jargon, abbreviations and dates”');
  });

  it('adds jargon and abbreviations as one short paragraph when asked, with counts that read correctly', () => {
    const letter = draftChallengeLetter([shortConsultation, ...plainLanguage, wrongDate], details, { otherPoints: true });
    expect(letter.text).toContain('2. Other points');
    expect(letter.text).toContain(
      'The document also uses 9 different terms that are jargon or abbreviations not spelled out in 14 places, for example “going forward” (twice), “stakeholders” (twice), “leverage” (twice) and “SLA” (twice).',
    );
    expect(letter.text).toContain('One passage also looks wrong and may mislead readers:');
    expect(letter.text).toContain('15 March 2025 is a Saturday, not a Friday.');
    // One paragraph, not a list of fourteen quotations.
    expect(letter.text.match(/“going forward”/g)).toHaveLength(1);
    expect(letter.text).not.toContain('left out:');
  });

  it('needs no letter for a page with only jargon, and says what it found', () => {
    const letter = draftChallengeLetter(plainLanguage.slice(0, 1), details);
    expect(letter.hasFindings).toBe(false);
    expect(letter.text).toContain('compact-proof found no Compact breach');
    expect(letter.text).toContain('It did find one term that is jargon or an abbreviation not spelled out: “going forward”.');
    expect(letter.text).not.toMatch(/found nothing .* plain language/);
  });
});

describe('what a first reading of three generated letters found', () => {
  it('does not repeat the “We would ask” list inside the notice point', () => {
    const notice = finding({
      ruleId: 'notice-period',
      actual: '1 April 2025',
      message: 'The change takes effect on 1 April 2025, 20 days after the meeting date. Please move the change to 12 June 2025 or later. Give notice in writing, with the reasons for the decision and a chance to respond.',
      line: 23,
    });
    const letter = draftChallengeLetter([notice], details);
    expect(letter.text).toContain('Please move the change to 12 June 2025 or later.');
    expect(letter.text.match(/with the reasons for the decision and a chance to respond/g)).toBeNull();
    expect(letter.text).toContain('that the notice sets out clear reasons for the decision;');
  });

  it('asks a closed consultation for its reasons, not for a closing date already past', () => {
    const closed = { ...shortConsultation, data: { ...shortConsultation.data, close: '2025-03-31' }, message: 'This consultation runs for 28 days. Move the closing date to 26 May 2025 or later, or explain in the document why a shorter period is needed.' };
    const letter = draftChallengeLetter([closed], { ...details, dateChecked: '2025-06-01' });
    expect(letter.text).toContain('Please explain in the document why a shorter period is needed.');
    expect(letter.text).not.toContain('26 May 2025');
    expect(letter.text).toContain('the consultation is reopened');
    // While it is still open, moving the date is the request.
    expect(draftChallengeLetter([closed], details).text).toContain('Please move the closing date to 26 May 2025 or later, or explain');
  });

  it('gives a long explanation once when two proposals share it', () => {
    const message = 'This proposal cuts funding, yet the paper waves the impact away. Replace the dismissal with an assessment.';
    const first = { ...missingAssessment, actual: 'reduce the core grant by 30 per cent', message, line: 23, offset: 10 };
    const second = { ...missingAssessment, actual: 'decommission the day service', message, line: 25, offset: 90 };
    const letter = draftChallengeLetter([first, second], details);
    expect(letter.text.match(/waves the impact away/g)).toHaveLength(1);
    expect(letter.text).toContain('- Line 25: “decommission the day service”. The same point applies here.');
  });
});
