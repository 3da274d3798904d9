// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../shared/engine/finding.ts';
import { mountLetterPanel } from '../../shared/practice/ui/letter-panel.ts';
import { lintWithRule } from '../helpers/lint-with.ts';

const details = { documentTitle: 'Grants review', documentUrlOrFile: 'grants.md', dateChecked: '2025-03-01' };

function mount(findings: Finding[]) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const panel = mountLetterPanel(container, { getFindings: () => findings, getDetails: () => details });
  const output = container.querySelector<HTMLTextAreaElement>('#letter-output')!;
  const status = container.querySelector<HTMLElement>('#letter-status')!;
  const radio = (value: string) => container.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
  return { container, panel, output, status, radio };
}

describe('mountLetterPanel', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });

  it('stays hidden until asked, then shows the Markdown draft and announces it', () => {
    const findings = lintWithRule('undefined-acronym', 'The CVS will coordinate responses from local groups.');
    const { container, output, status } = mount(findings);
    expect(container.querySelector<HTMLElement>('.letter-draft')!.hidden).toBe(true);
    container.querySelector<HTMLButtonElement>('#letter-draft')!.click();
    expect(container.querySelector<HTMLElement>('.letter-draft')!.hidden).toBe(false);
    // An unexplained abbreviation is no Compact breach: no letter unless the group asks for it.
    expect(output.value).toMatch(/^## No challenge letter needed/);
    expect(output.value).toContain('“CVS”');
    expect(status.textContent).toBe('There is nothing to challenge: no Compact breach calls for a letter.');
    const otherPoints = container.querySelector<HTMLInputElement>('#letter-other-points')!;
    expect(otherPoints.closest('label')!.textContent).toContain('Also mention jargon, abbreviations and dates');
    otherPoints.checked = true;
    otherPoints.dispatchEvent(new Event('change'));
    expect(output.value).toContain('## 1. Other points');
    expect(output.value).toContain('The document also uses one term that is jargon or an abbreviation not spelled out: “CVS”.');
    expect(status.textContent).toBe('Letter drafted from one other point. Fill in the parts in square brackets.');
  });

  it('switches to plain text, and says when there is nothing to challenge', () => {
    const { container, output, radio, status, panel } = mount([]);
    panel.draft();
    expect(status.textContent).toBe('There is nothing to challenge: no Compact breach calls for a letter.');
    radio('text').checked = true;
    radio('text').dispatchEvent(new Event('change'));
    expect(output.value).toMatch(/^No challenge letter needed/);
    expect(container.querySelector('#letter-copy')).not.toBeNull();
  });

  it('keeps the user’s edits unless they agree to lose them when switching format', () => {
    const findings = lintWithRule('undefined-acronym', 'The CVS will coordinate responses from local groups.');
    const { output, radio, panel } = mount(findings);
    panel.draft();
    output.value = 'My own edited letter';
    output.dispatchEvent(new Event('input'));
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    radio('text').checked = true;
    radio('text').dispatchEvent(new Event('change'));
    expect(confirm).toHaveBeenCalledOnce();
    expect(output.value).toBe('My own edited letter');
    expect(radio('markdown').checked).toBe(true);
  });

  it('downloads the edited draft in its own format and a fresh draft in the other', async () => {
    const findings = lintWithRule('undefined-acronym', 'The CVS will coordinate responses from local groups.');
    const { container, output, panel } = mount(findings);
    container.querySelector<HTMLInputElement>('#letter-other-points')!.checked = true;
    panel.draft();
    output.value = 'Edited Markdown letter';
    output.dispatchEvent(new Event('input'));
    const saved: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:letter'));
    container.querySelector<HTMLButtonElement>('#letter-download-md')!.click();
    container.querySelector<HTMLButtonElement>('#letter-download-txt')!.click();
    expect(saved).toHaveLength(2);
    expect(await saved[0]!.text()).toBe('Edited Markdown letter');
    expect(await saved[1]!.text()).toContain('1. Other points');
    expect(container.querySelector('#letter-status')!.textContent).toBe('Saved the letter as a plain text file.');
    create.mockRestore();
  });
});
