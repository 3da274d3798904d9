/**
 * Drawing for the practice page: the highlight layer behind the text area, the findings
 * list with full explanations, and the spot-the-breach reveal. Browser only (DOM). All text
 * goes in through textContent, never innerHTML, so a pasted passage cannot inject markup.
 */
import type { Finding } from '../../engine/finding.ts';
import { quote as shortened } from '../../report/audit-report.ts';
import { explainFinding } from '../explain.ts';
import { segmentText, type Span } from '../segments.ts';
import type { Mark, SpotResult } from '../spot-the-breach.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'For information' };

/** The flagged words in quotation marks, cut short as the audit report cuts them. */
function quote(text: string, limit = 160): string {
  return `“${shortened(text, limit)}”`;
}

/**
 * Fill the layer behind the text area. It holds the same text in the same font, with
 * transparent letters, so each <mark> sits exactly behind the words it highlights.
 */
export function renderHighlights(layer: HTMLElement, text: string, spans: readonly Span[]): void {
  const fragment = document.createDocumentFragment();
  for (const segment of segmentText(text, spans)) {
    if (segment.tags.length === 0) {
      fragment.append(segment.text);
      continue;
    }
    const mark = el('mark', segment.tags.join(' '), segment.text);
    fragment.append(mark);
  }
  // A text area shows an empty last line after a final line break; the layer must too.
  fragment.append('\u200b');
  layer.replaceChildren(fragment);
}

/** Spans for the normal view: one per finding, styled by severity. */
export function findingSpans(findings: readonly Finding[]): Span[] {
  return findings.map((finding) => ({ start: finding.offset, end: finding.endOffset, tag: `hl sev-${finding.severity}` }));
}

/** Spans for spot mode: the participant's marks, and after the reveal what was found, missed or wrong. */
export function spotSpans(marks: readonly Mark[], result: SpotResult | null): Span[] {
  if (!result) return marks.map((mark) => ({ ...mark, tag: 'hl spot-mark' }));
  return [
    ...result.found.map(({ finding }) => ({ start: finding.offset, end: finding.endOffset, tag: 'hl spot-found' })),
    ...result.missed.map((finding) => ({ start: finding.offset, end: finding.endOffset, tag: 'hl spot-missed' })),
    ...result.wronglyFlagged.map(({ mark }) => ({ ...mark, tag: 'hl spot-wrong' })),
  ];
}

export interface FindingCallbacks {
  /** Select the finding's words in the text area. */
  onShow(finding: Finding): void;
}

/** One finding with its full explanation: what is wrong, why, the commitment, what a compliant version says. */
export function renderFinding(finding: Finding, callbacks: FindingCallbacks, headingLevel: 'h3' | 'h4' = 'h3'): HTMLLIElement {
  const explanation = explainFinding(finding);
  const item = el('li', `finding sev-${finding.severity}`);
  item.dataset.ruleId = finding.ruleId;

  const heading = el(headingLevel, 'finding-heading');
  const show = el('button', 'finding-quote', quote(finding.actual, 80));
  show.type = 'button';
  show.setAttribute('aria-label', `Show ${quote(finding.actual, 80)} in the passage, line ${finding.line}`);
  show.addEventListener('click', () => callbacks.onShow(finding));
  heading.append(show, ' ', el('span', 'severity', `${SEVERITY_LABEL[finding.severity]} · ${explanation.ruleName}`));
  item.append(heading);

  item.append(el('p', 'finding-message', explanation.message));
  if (explanation.why) {
    const why = el('p', 'finding-why');
    why.append(el('strong', undefined, 'Why it matters: '), explanation.why);
    item.append(why);
  }
  if (explanation.commitment) {
    const commitment = el('p', 'finding-commitment');
    commitment.append(el('strong', undefined, `Compact commitment: ${explanation.commitment.title}. `), explanation.commitment.summary);
    item.append(commitment);
  }
  if (explanation.suggestions.length) {
    const suggestion = el('p', 'finding-suggestion');
    suggestion.append(el('strong', undefined, 'A compliant version says: '), explanation.suggestions.map((value) => quote(value)).join(' or '));
    item.append(suggestion);
  }
  if (explanation.example) {
    const details = el('details', 'finding-example');
    details.append(el('summary', undefined, explanation.suggestions.length ? 'A worked example: before and after' : 'What a compliant version says: a worked example'));
    const before = el('p');
    before.append(el('strong', undefined, 'Before: '), explanation.example.flawed);
    const after = el('p');
    after.append(el('strong', undefined, 'After: '), explanation.example.compliant);
    details.append(before, after, el('p', 'quiet', explanation.example.teachingPoint));
    item.append(details);
  }
  return item;
}

export function renderFindings(list: HTMLElement, findings: readonly Finding[], callbacks: FindingCallbacks): void {
  // Appended one by one: spreading a long list into one call can overflow the stack.
  list.replaceChildren();
  for (const finding of findings) list.append(renderFinding(finding, callbacks));
}

export function describeCounts(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings: this passage keeps the Compact commitments compact-proof checks.';
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }))
    .filter((entry) => entry.count > 0)
    .map(({ severity, count }) => `${count} ${severity === 'info' ? 'for information' : count === 1 ? severity : `${severity}s`}`);
  return `${findings.length === 1 ? '1 finding' : `${findings.length} findings`}: ${counts.join(', ')}.`;
}

/** The reveal: a summary, then what was found, missed and wrongly flagged, each with its explanation. */
export function renderSpotResult(container: HTMLElement, text: string, result: SpotResult, callbacks: FindingCallbacks): void {
  const heading = el('h3', 'spot-summary', result.summary);
  heading.id = 'spot-summary';
  heading.tabIndex = -1;
  const parts: HTMLElement[] = [heading];

  const section = (title: string, className: string, items: HTMLLIElement[]) => {
    const wrapper = el('section', `spot-group ${className}`);
    wrapper.append(el('h4', undefined, `${title} (${items.length})`));
    if (items.length) {
      const list = el('ul');
      for (const item of items) list.append(item);
      wrapper.append(list);
    } else {
      wrapper.append(el('p', 'quiet', 'None.'));
    }
    parts.push(wrapper);
  };

  section('Found', 'spot-found-list', result.found.map(({ finding }) => renderFinding(finding, callbacks, 'h4')));
  section('Missed', 'spot-missed-list', result.missed.map((finding) => renderFinding(finding, callbacks, 'h4')));
  section(
    'Wrongly flagged',
    'spot-wrong-list',
    result.wronglyFlagged.map(({ mark, tooWide }) => {
      const item = el('li', 'finding spot-wrong-item');
      item.append(el('p', 'finding-heading', quote(text.slice(mark.start, mark.end), 120)));
      item.append(
        el(
          'p',
          undefined,
          tooWide
            ? 'This mark covers a breach but also much more around it: select just the words that break the Compact.'
            : 'compact-proof found no breach here. Talk it through: is there a commitment this passage breaks that the checks cannot see?',
        ),
      );
      return item;
    }),
  );
  container.replaceChildren(...parts);
}
