/**
 * Build the side panel's summary and findings list from a page's results. Plain DOM: real
 * headings, lists and buttons, so it works by keyboard and with a screen reader.
 */
import type { Finding, Severity } from '../../shared/engine/finding.ts';
import type { CheckSummary, ConsultationSummary, PageResults } from '../../shared/dom/messages.ts';
import { britishDate, britishIsoDate, quote } from '../../shared/report/audit-report.ts';
import { ignoreButtonName, phraseOf, type IgnoreWording } from '../../shared/dom/panel-ignore.ts';

const SEVERITY_LABELS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function days(n: number): string {
  const weeks = Math.floor(n / 7);
  const rest = n % 7;
  const inWeeks = rest === 0 ? `${weeks} week${weeks === 1 ? '' : 's'}` : `${weeks} weeks ${rest} day${rest === 1 ? '' : 's'}`;
  return `${n} day${n === 1 ? '' : 's'} (${inWeeks})`;
}

export function statusText(results: PageResults | null): string {
  if (!results || results.status === 'idle') return 'This page has not been checked yet. Press “Check this page”.';
  if (results.status === 'checking') return 'Checking the page…';
  if (results.status === 'error') return `The check did not finish: ${results.error ?? 'unknown problem'}`;
  const when = results.checkedAt ? new Date(results.checkedAt) : null;
  const at = when ? ` at ${when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}` : '';
  const total = results.findings.length;
  return `Checked${at}: ${total === 0 ? 'no findings' : count(total, ['finding', 'findings'])}.`;
}

function definitionList(rows: [string, string][]): HTMLDListElement {
  const list = el('dl', 'facts');
  for (const [term, value] of rows) list.append(el('dt', undefined, term), el('dd', undefined, value));
  return list;
}

function consultationBlock(consultation: ConsultationSummary): HTMLElement {
  const block = el('div', 'consultation');
  block.append(el('h3', undefined, 'Consultation timescale'));
  const rows: [string, string][] = [
    ['Opens', consultation.start ? britishIsoDate(consultation.start) : 'not stated'],
    ['Closes', consultation.close ? britishIsoDate(consultation.close) : 'not stated'],
    ['Length', consultation.lengthDays !== null ? days(consultation.lengthDays) : 'cannot be worked out'],
  ];
  if (consultation.requiredDays !== null) rows.push(['Minimum', days(consultation.requiredDays)]);
  block.append(definitionList(rows));
  if (consultation.lengthDays !== null && consultation.requiredDays !== null) {
    const short = consultation.lengthDays < consultation.requiredDays;
    const verdict = short
      ? `Shorter than the minimum by ${consultation.requiredDays - consultation.lengthDays} days${consultation.explained ? '; the page gives a reason.' : ', and the page gives no reason.'}`
      : 'Meets the minimum.';
    block.append(el('p', short ? 'verdict short' : 'verdict ok', verdict));
  }
  return block;
}

export function renderSummary(summary: CheckSummary): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const severities = el('ul', 'severity-counts');
  for (const severity of ['error', 'warning', 'info'] as const) {
    const item = el('li', `count ${severity}`, count(summary.bySeverity[severity], SEVERITY_LABELS[severity]));
    severities.append(item);
  }
  parts.push(severities);
  if (summary.byRule.length) {
    const table = el('table', 'by-rule');
    table.append(el('caption', undefined, 'Findings by check'));
    const head = el('tr');
    head.append(el('th', undefined, 'Check'), el('th', undefined, 'Findings'));
    head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
    table.append(head);
    for (const { ruleId, count: n } of summary.byRule) {
      const row = el('tr');
      const name = el('th', undefined, summary.rules[ruleId]?.summary ?? ruleId);
      name.setAttribute('scope', 'row');
      row.append(name, el('td', undefined, String(n)));
      table.append(row);
    }
    parts.push(table);
  }
  if (summary.consultation) parts.push(consultationBlock(summary.consultation));
  const source =
    summary.referenceDateSource === 'document' ? 'the date the page gives itself' : summary.referenceDateSource === 'option' ? 'the date set in settings' : 'today';
  parts.push(el('p', 'hint', `Dates without a year were read against ${britishIsoDate(summary.referenceDate)} (${source}).`));
  return parts;
}

export interface FindingActions {
  /** "Ignore on this site" for each finding; called with the finding's index and the button. */
  ignore?: { wording: IgnoreWording; run(index: number, button: HTMLButtonElement): void };
}

/**
 * Findings grouped by rule; each is a button that shows it in the page, followed (when
 * `actions.ignore` is given) by a button that ignores its phrase, as the hover card does.
 */
export function renderFindings(results: PageResults, onChoose: (index: number) => void, actions: FindingActions = {}): HTMLElement[] {
  if (results.findings.length === 0) return [el('p', undefined, 'Nothing on this page breaks the commitments compact-proof checks.')];
  const groups = new Map<string, { finding: Finding; index: number }[]>();
  results.findings.forEach((finding, index) => {
    const group = groups.get(finding.ruleId);
    if (group) group.push({ finding, index });
    else groups.set(finding.ruleId, [{ finding, index }]);
  });
  const parts: HTMLElement[] = [];
  for (const [ruleId, entries] of groups) {
    const rule = results.summary?.rules[ruleId];
    const group = el('section', 'rule-group');
    group.dataset.rule = ruleId;
    group.append(el('h3', undefined, `${rule?.summary ?? ruleId} (${entries.length})`));
    if (rule) group.append(el('p', 'commitment', `Compact commitment: ${rule.commitmentTitle}`));
    const list = el('ol', 'finding-list');
    for (const { finding, index } of entries) {
      const item = el('li');
      const button = el('button', `finding ${finding.severity}`);
      button.type = 'button';
      button.dataset.index = String(index);
      button.append(
        el('span', 'severity', SEVERITY_LABELS[finding.severity][0]),
        el('q', 'quote', quote(finding.actual, 120)),
        el('span', 'message', finding.message),
      );
      if (finding.expected.length) button.append(el('span', 'suggestion', `Try: ${finding.expected.join(' or ')}`));
      button.addEventListener('click', () => onChoose(index));
      item.append(button);
      const ignore = actions.ignore;
      if (ignore && phraseOf(finding)) {
        const ignoreButton = el('button', 'ignore-finding', ignore.wording.label);
        ignoreButton.type = 'button';
        ignoreButton.dataset.index = String(index);
        ignoreButton.setAttribute('aria-label', ignoreButtonName(ignore.wording, finding));
        ignoreButton.addEventListener('click', () => ignore.run(index, ignoreButton));
        item.append(ignoreButton);
      }
      list.append(item);
    }
    group.append(list);
    parts.push(group);
  }
  return parts;
}

export { britishDate };
