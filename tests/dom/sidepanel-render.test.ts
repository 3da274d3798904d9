// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { renderFindings, renderSummary, statusText } from '../../entrypoints/sidepanel/render.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import type { PageResults } from '../../shared/dom/messages.ts';
import { ignoreWording } from '../../shared/dom/panel-ignore.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

function resultsFor(text: string): PageResults {
  const { findings, summary } = lintPage({ text, headings: [] }, {}, [], TEST_TODAY);
  return {
    status: 'done',
    page: { title: 'A page', url: 'https://example.org/' },
    checkedAt: '2025-01-15T10:05:00.000Z',
    findings,
    summary,
    ignoredPhrases: [],
    autoCheck: false,
  };
}

describe('side panel rendering', () => {
  it('says what state the check is in', () => {
    expect(statusText(null)).toMatch(/not been checked yet/);
    expect(statusText({ ...resultsFor('Fine words.'), status: 'checking' })).toBe('Checking the page…');
    expect(statusText({ ...resultsFor('Fine words.'), status: 'error', error: 'the tab closed' })).toBe('The check did not finish: the tab closed');
    expect(statusText(resultsFor('The SLA ends.'))).toMatch(/^Checked at \d\d:\d\d: 1 finding\.$/);
  });

  it('groups findings by check, quotes them, and reports the one chosen', () => {
    const results = resultsFor('The SLA ends. The DASS agreed.');
    const choose = vi.fn();
    const [level] = renderFindings(results, choose);
    const group = level!.querySelector('.rule-group')!;
    document.body.replaceChildren(level!);
    expect(level!.querySelector('h3')!.textContent).toBe('Warnings (2)');
    // The reader's name for the check, with its description underneath.
    expect(group.querySelector('h4')!.textContent).toBe('Abbreviations (2)');
    expect(group.querySelector('.rule-description')!.textContent).toMatch(/^Flags an acronym/);
    expect(group!.querySelector('.commitment')!.textContent).toBe('Compact commitment: Clear, jargon-free information');
    const buttons = [...group!.querySelectorAll('button.finding')] as HTMLButtonElement[];
    expect(buttons.map((button) => button.querySelector('.quote')!.textContent)).toEqual(['SLA', 'DASS']);
    buttons[1]!.click();
    expect(choose).toHaveBeenCalledWith(1);
  });

  it('gives each finding an “Ignore on this site” button, named with its phrase, that reports the finding', () => {
    const results = resultsFor('The SLA ends. The DASS agreed.');
    const run = vi.fn();
    const [group] = renderFindings(results, () => undefined, { ignore: { wording: ignoreWording(results), run } });
    document.body.replaceChildren(group!);
    document.body.replaceChildren(group!);
    const buttons = [...group!.querySelectorAll('button.ignore-finding')] as HTMLButtonElement[];
    expect(buttons.map((button) => button.textContent)).toEqual(['Ignore on this site', 'Ignore on this site']);
    // The accessible name starts with the visible label (so speech control finds it) and names the phrase.
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(['Ignore on this site: SLA', 'Ignore on this site: DASS']);
    expect(buttons.every((button) => button.type === 'button' && button.tabIndex === 0)).toBe(true);
    buttons[1]!.click();
    expect(run).toHaveBeenCalledWith(1, buttons[1]);
    // Without the action, no button.
    const [plain] = renderFindings(results, () => undefined);
    expect(plain!.querySelector('button.ignore-finding')).toBeNull();
  });

  it('shows counts and a short consultation’s timescale in British dates', () => {
    const summary = {
      ...resultsFor('Fine words.').summary!,
      consultation: { start: '2025-02-03', close: '2025-03-03', lengthDays: 28, requiredDays: 84, explained: false, problem: 'too-short' },
    };
    document.body.replaceChildren(...renderSummary(summary, []));
    expect(document.querySelector('.severity-counts')!.textContent).toBe('0 errors0 warnings0 notes');
    expect(document.querySelector('.page-verdict')!.textContent).toBe('Nothing on this page breaks the Compact commitments compact-proof checks.');
    const consultation = document.querySelector('.consultation')!;
    expect(consultation.textContent).toContain('Opens3 February 2025');
    expect(consultation.textContent).toContain('Length28 days (4 weeks)');
    expect(consultation.querySelector('.verdict')!.textContent).toBe('Shorter than the minimum by 56 days, and the page gives no reason.');
    expect(document.body.textContent).toContain('Dates without a year were read against 15 January 2025 (today).');
  });

  it('leads with the Compact breaches and says in one sentence how the page breaks the Compact', () => {
    // Abbreviations and jargon come first on the page; the breach is at the end.
    const results = resultsFor(
      'The SLA and the DASS set out how we will leverage partnerships going forward.\n\nThe consultation on the day centres runs from 3 February 2025 until 3 March 2025.',
    );
    expect(results.findings[0]!.severity).toBe('warning');
    const choose = vi.fn();
    const parts = renderFindings(results, choose);
    document.body.replaceChildren(...renderSummary(results.summary!, results.findings), ...parts);
    expect(document.querySelector('.page-verdict')!.textContent).toMatch(/^This page breaks the Compact on consultation length \(1 breach\); it also has \d+ warnings\.$/);
    expect(parts.map((part) => part.querySelector('h3')!.textContent)).toEqual([
      'Compact breaches (1)',
      `Warnings (${results.findings.length - 1})`,
    ]);
    const buttons = [...document.querySelectorAll('button.finding')] as HTMLButtonElement[];
    expect(buttons[0]!.classList.contains('error')).toBe(true);
    expect(document.querySelector('.rule-group h4')!.textContent).toBe('Consultation length (1)');
    // The first button still reveals the finding it shows, whatever its place in the list.
    buttons[0]!.click();
    expect(results.findings[choose.mock.calls[0]![0]]!.ruleId).toBe('consultation-timescale');
    // The table of checks names them as readers do, breaches first.
    expect(document.querySelector('.by-rule tr:nth-of-type(2) th')!.textContent).toBe('Consultation length');
  });
});
