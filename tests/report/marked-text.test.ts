/**
 * The document text of the HTML report: every finding's words marked, its number after them
 * linking to the finding, overlapping findings, paragraphs, and the document's own markup
 * shown as text.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { markedTextHtml, type MarkedFinding } from '../../shared/report/marked-text.ts';

const OPTIONS = {
  markId: (number: number) => `text-${number}`,
  findingId: (number: number) => `finding-${number}`,
  severityName: (severity: string) => ({ error: 'Compact breach', warning: 'Warning', info: 'Note' })[severity]!,
};

function render(text: string, findings: MarkedFinding[]): HTMLElement {
  const window = new Window();
  const container = window.document.createElement('div');
  container.innerHTML = markedTextHtml(text, findings, OPTIONS);
  return container as unknown as HTMLElement;
}

/** The text a reader sees, without the numbered links. */
function visibleText(container: HTMLElement): string[] {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const reference of copy.querySelectorAll('a.ref')) reference.remove();
  return [...copy.querySelectorAll('p')].map((paragraph) => paragraph.textContent!);
}

function at(text: string, words: string, number: number, severity: MarkedFinding['severity'] = 'warning'): MarkedFinding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return { start, end: start + words.length, number, severity };
}

describe('markedTextHtml', () => {
  const text = 'The consultation runs for six weeks.\n\nWe will leverage synergies going forward.\n';

  it('keeps the text, one paragraph per block, and marks exactly the flagged words', () => {
    const container = render(text, [at(text, 'six weeks', 1, 'error'), at(text, 'leverage synergies', 2)]);
    expect(visibleText(container)).toEqual(['The consultation runs for six weeks.', 'We will leverage synergies going forward.']);
    expect([...container.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.className])).toEqual([
      ['six weeks', 'error'],
      ['leverage synergies', 'warning'],
    ]);
  });

  it('follows each finding’s words with its number, linking to the finding, and is the target the finding links back to', () => {
    const container = render(text, [at(text, 'six weeks', 1, 'error'), at(text, 'leverage synergies', 2)]);
    const references = [...container.querySelectorAll('a.ref')];
    expect(references.map((reference) => [reference.id, reference.getAttribute('href'), reference.textContent])).toEqual([
      ['text-1', '#finding-1', 'Finding 1 (Compact breach)'],
      ['text-2', '#finding-2', 'Finding 2 (Warning)'],
    ]);
    expect(references[0]!.previousElementSibling!.textContent).toBe('six weeks');
    // Only the number shows; the rest is for screen readers.
    expect([...references[0]!.querySelectorAll('.hidden')].map((hidden) => hidden.textContent)).toEqual(['Finding ', ' (Compact breach)']);
  });

  it('marks overlapping findings with the most serious one over the shared words, and numbers both', () => {
    const overlapping = 'Members are asked to agree the VCS grant cuts today.';
    const container = render(overlapping, [at(overlapping, 'VCS grant', 3), at(overlapping, 'grant cuts', 1, 'error'), at(overlapping, 'VCS', 4, 'info')]);
    expect([...container.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.className])).toEqual([
      ['VCS', 'warning'],
      [' ', 'warning'],
      ['grant', 'error'],
      [' cuts', 'error'],
    ]);
    expect(visibleText(container)).toEqual([overlapping]);
    const order = [...container.querySelector('p')!.childNodes].map((node) => (node as Element).id || node.textContent);
    expect(order).toEqual(['Members are asked to agree the ', 'VCS', 'text-4', ' ', 'grant', 'text-3', ' cuts', 'text-1', ' today.']);
  });

  it('marks words under two findings of the same severity as one passage', () => {
    const sentence = 'The grant ends on 1 April 2025 going forward.';
    const container = render(sentence, [at(sentence, 'grant ends on 1 April 2025 going forward', 1, 'error'), at(sentence, 'going forward', 2, 'error')]);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['grant ends on 1 April 2025 going forward']);
    expect([...container.querySelectorAll('a.ref')].map((reference) => reference.id)).toEqual(['text-1', 'text-2']);
  });

  it('marks a finding that runs over two paragraphs in both, and numbers it once at its end', () => {
    const container = render(text, [{ start: text.indexOf('weeks'), end: text.indexOf(' synergies'), number: 1, severity: 'error' }]);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['weeks.', 'We will leverage']);
    expect(container.querySelectorAll('a.ref').length).toBe(1);
    expect(container.querySelectorAll('p')[1]!.querySelector('a.ref')!.previousElementSibling!.textContent).toBe('We will leverage');
  });

  it('numbers a finding with no words of its own where it points, and one in the gap between paragraphs at the paragraph’s end', () => {
    const gap = text.indexOf('\n\n') + 1;
    const container = render(text, [{ start: 4, end: 4, number: 1, severity: 'error' }, { start: gap, end: gap + 1, number: 2, severity: 'info' }]);
    expect(container.querySelectorAll('mark').length).toBe(0);
    const [first] = [...container.querySelectorAll('p')];
    expect([...first!.childNodes].map((node) => (node as Element).id || node.textContent)).toEqual(['The ', 'text-1', 'consultation runs for six weeks.', 'text-2']);
  });

  it('shows the document’s own markup as text', () => {
    const markup = 'The <b>CVS</b> & "partners" will respond.';
    const container = render(markup, [at(markup, '<b>CVS</b>', 1)]);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')!.textContent).toBe('<b>CVS</b>');
    expect(visibleText(container)).toEqual([markup]);
  });

  it('gives nothing for a text with no words', () => {
    expect(markedTextHtml(' \n\n ', [], OPTIONS)).toBe('');
  });
});
