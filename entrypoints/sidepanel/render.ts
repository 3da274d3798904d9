/**
 * Build the side panel's summary and findings list from a page's results. Plain DOM: real
 * headings, lists and buttons, so it works by keyboard and with a screen reader.
 */
import type { Finding, Severity } from '../../shared/engine/finding.ts';
import type { CheckSummary, ConsultationSummary, PageResults } from '../../shared/dom/messages.ts';
import { britishDate, britishIsoDate, quote } from '../../shared/report/audit-report.ts';
import { consultationBox } from '../../shared/report/consultation-summary.ts';
import { ignoreButtonName, phraseOf, type IgnoreWording } from '../../shared/dom/panel-ignore.ts';
import { groupForReading, SEVERITY_HEADINGS, verdictSentence } from '../../shared/report/reading-order.ts';

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

/**
 * What part of the page was read, and the button that switches: "Read the page's main content
 * (…), leaving out …" with "Check the whole page", or the other way round.
 */
export function scopeText(results: PageResults | null): { text: string; toggle: string; wholePage: boolean } | null {
  const content = results?.status === 'done' ? results.content : undefined;
  if (!content) return null;
  const frames = framesText(results?.framesNotChecked);
  if (content.source === 'whole-page') {
    return { text: `Read the whole page, menus, banners and footers included.${frames}`, toggle: 'Check the main content only', wholePage: false };
  }
  const how: Record<Exclude<typeof content.source, 'whole-page'>, string> = {
    main: 'main content',
    article: 'article',
    cms: 'content area',
    'largest-text': 'largest block of text',
  };
  return {
    text: `Read the page’s ${how[content.source]} (${content.element}), leaving out menus, banners, cookie notices, breadcrumbs, share links and footers.${frames}`,
    toggle: 'Check the whole page',
    wholePage: true,
  };
}

/** " Also read: 1 embedded frame from this page's site. Not checked: “Map of venues”, from another site; open it in its own tab to check it." */
function framesText(frames: PageResults['framesNotChecked']): string {
  if (!frames) return '';
  const checked = frames.checked ?? frames.sameSite;
  const names = frames.names ?? [];
  const notChecked = names.length || frames.otherSites;
  let text = '';
  if (checked > 0) text += ` Also read: ${checked === 1 ? 'an embedded frame' : `${checked} embedded frames`} from this page’s own site.`;
  if (notChecked > 0) {
    const count = notChecked === 1 ? 'an embedded frame from another site' : `${notChecked} embedded frames from other sites`;
    const which = names.length ? `${count} (${names.join(', ')})` : count;
    text += ` Not checked: ${which}. Open ${notChecked === 1 ? 'it' : 'each'} in its own tab to check ${notChecked === 1 ? 'it' : 'them'}.`;
  }
  return text;
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
  // The same rows and verdict as the CLI's HTML report (shared/report/consultation-summary.ts).
  const { rows, verdict } = consultationBox(consultation, britishIsoDate);
  block.append(definitionList(rows));
  if (verdict) block.append(el('p', verdict.short ? 'verdict short' : 'verdict ok', verdict.text));
  return block;
}

/** The check's reader name ("Abbreviations"), else its id. */
function nameOf(summary: CheckSummary | null | undefined, ruleId: string): string {
  return summary?.rules[ruleId]?.name ?? ruleId;
}

/**
 * The summary: first one sentence saying whether the page breaks the Compact and how, then
 * the counts, the findings by check (breaches first) and the consultation's timescale.
 */
export function renderSummary(summary: CheckSummary, findings: readonly Finding[]): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const breaks = summary.bySeverity.error > 0;
  parts.push(el('p', `page-verdict ${breaks ? 'breaks' : 'clear'}`, verdictSentence(findings, (ruleId) => summary.rules[ruleId]?.name)));
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
    for (const { ruleId, count: n } of byRuleBreachesFirst(summary, findings)) {
      const row = el('tr');
      const name = el('th', undefined, nameOf(summary, ruleId));
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

/** Checks with a breach first (in the order breaches appear), then the rest by count. */
function byRuleBreachesFirst(summary: CheckSummary, findings: readonly Finding[]): CheckSummary['byRule'] {
  const breachOrder = groupForReading(findings).find((group) => group.severity === 'error')?.checks.map((check) => check.ruleId) ?? [];
  const rank = (ruleId: string) => (breachOrder.includes(ruleId) ? breachOrder.indexOf(ruleId) : breachOrder.length);
  return [...summary.byRule].sort((a, b) => rank(a.ruleId) - rank(b.ruleId));
}

export interface FindingActions {
  /** "Ignore on this site" for each finding; called with the finding's index and the button. */
  ignore?: { wording: IgnoreWording; run(index: number, button: HTMLButtonElement): void };
}

/**
 * Findings as a reader needs them: Compact breaches first, then warnings, then notes (one
 * section each), and within each the checks by their reader names, findings in page order.
 * Each finding is a button that shows it in the page, followed (when `actions.ignore` is
 * given) by a button that ignores its phrase, as the hover card does.
 */
export function renderFindings(results: PageResults, onChoose: (index: number) => void, actions: FindingActions = {}): HTMLElement[] {
  if (results.findings.length === 0) return [el('p', undefined, 'Nothing on this page breaks the commitments compact-proof checks.')];
  const parts: HTMLElement[] = [];
  for (const { severity, checks, count: total } of groupForReading(results.findings)) {
    const level = el('section', `severity-group ${severity}`);
    level.dataset.severity = severity;
    level.append(el('h3', undefined, `${SEVERITY_HEADINGS[severity]} (${total})`));
    for (const { ruleId, entries } of checks) level.append(checkGroup(results, ruleId, entries, onChoose, actions));
    parts.push(level);
  }
  return parts;
}

function checkGroup(
  results: PageResults,
  ruleId: string,
  entries: { finding: Finding; index: number }[],
  onChoose: (index: number) => void,
  actions: FindingActions,
): HTMLElement {
  const rule = results.summary?.rules[ruleId];
  const group = el('section', 'rule-group');
  group.dataset.rule = ruleId;
  group.append(el('h4', undefined, `${nameOf(results.summary, ruleId)} (${entries.length})`));
  // Under a breach the description follows the findings, so the first breach is on the panel's first screen.
  const breach = entries[0]?.finding.severity === 'error';
  const description = rule ? el('p', 'rule-description', rule.summary) : null;
  if (description && !breach) group.append(description);
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
  if (description && breach) group.append(description);
  return group;
}

export { britishDate };
