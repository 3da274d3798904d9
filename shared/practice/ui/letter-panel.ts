/**
 * "Draft a challenge letter": a button, an editable draft, and copy / download as Markdown
 * or plain text. Browser only (DOM). The practice page mounts it, and so can the extension's
 * side panel: call `mountLetterPanel(container, { getFindings, getDetails })` with the
 * findings of the current audit. Nothing is sent anywhere: the letter is drafted in the
 * browser and leaves it only if the user copies or saves it.
 */
import type { Finding } from '../../engine/finding.ts';
import { draftChallengeLetter, letterFileName, type ChallengeLetter, type LetterDetails } from '../../report/challenge-letter.ts';

export interface LetterPanelSource {
  getFindings(): readonly Finding[];
  getDetails(): LetterDetails;
}

export interface LetterPanel {
  /** Draft (or redraft) the letter from the current findings and show it. */
  draft(): ChallengeLetter;
  readonly element: HTMLElement;
}

type Format = 'markdown' | 'text';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function copyText(text: string, fallbackField: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard access can be refused (no permission, no focus); selecting and copying the
    // field by hand still works in every browser we support.
    fallbackField.focus();
    fallbackField.select();
    return document.execCommand?.('copy') ?? false;
  }
}

function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { href: url, download: fileName });
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface LetterPanelOptions {
  /** Prefix for element ids, so two panels can share a page. Default "letter". */
  idPrefix?: string;
  /** Label of the button that drafts (or redrafts) the letter. */
  draftLabel?: string;
}

export function mountLetterPanel(container: HTMLElement, source: LetterPanelSource, options: LetterPanelOptions = {}): LetterPanel {
  const idPrefix = options.idPrefix ?? 'letter';
  const root = element('div', { class: 'letter-panel' });
  const draftButton = element('button', { type: 'button', id: `${idPrefix}-draft` }, options.draftLabel ?? 'Draft a challenge letter');

  const formats = element('fieldset', { class: 'letter-format' });
  formats.append(element('legend', {}, 'Format'));
  const radios = new Map<Format, HTMLInputElement>();
  for (const [value, label] of [
    ['markdown', 'Markdown'],
    ['text', 'Plain text'],
  ] as const) {
    const wrapper = element('label');
    const radio = element('input', { type: 'radio', name: `${idPrefix}-format`, value });
    if (value === 'markdown') radio.checked = true;
    radios.set(value, radio);
    wrapper.append(radio, ` ${label}`);
    formats.append(wrapper);
  }

  // Only the Compact breaches by default; the rest as one short paragraph when the group wants it.
  const otherPointsLabel = element('label', { class: 'letter-other-points' });
  const otherPoints = element('input', { type: 'checkbox', id: `${idPrefix}-other-points` });
  otherPointsLabel.append(otherPoints, ' Also mention jargon, abbreviations and dates (one short paragraph)');

  const outputLabel = element('label', { for: `${idPrefix}-output` }, 'Your draft letter (edit it before you use it)');
  const output = element('textarea', { id: `${idPrefix}-output`, rows: '18', spellcheck: 'true' });
  // Full width wherever the panel is mounted, whatever that page's own styles say.
  output.style.width = '100%';
  output.style.boxSizing = 'border-box';
  output.style.display = 'block';
  const copyButton = element('button', { type: 'button', id: `${idPrefix}-copy` }, 'Copy the letter');
  const mdButton = element('button', { type: 'button', id: `${idPrefix}-download-md` }, 'Download as Markdown (.md)');
  const txtButton = element('button', { type: 'button', id: `${idPrefix}-download-txt` }, 'Download as plain text (.txt)');
  const status = element('p', { id: `${idPrefix}-status`, role: 'status', 'aria-live': 'polite', class: 'status' });
  const actions = element('div', { class: 'letter-actions' });
  actions.style.display = 'flex';
  actions.style.flexWrap = 'wrap';
  actions.style.gap = '0.5rem';
  actions.append(copyButton, mdButton, txtButton);

  const draftArea = element('div', { class: 'letter-draft' });
  draftArea.hidden = true;
  draftArea.append(formats, otherPointsLabel, outputLabel, output, actions);
  root.append(draftButton, status, draftArea);
  container.append(root);

  let letter: ChallengeLetter | undefined;
  let shownFormat: Format = 'markdown';
  // Has the user edited the shown draft? Then downloads of that format keep their edits.
  let edited = false;

  const currentFormat = (): Format => (radios.get('text')!.checked ? 'text' : 'markdown');
  const show = () => {
    if (!letter) return;
    shownFormat = currentFormat();
    output.value = shownFormat === 'markdown' ? letter.markdown : letter.text;
    edited = false;
  };
  const textFor = (format: Format): string => {
    if (edited && format === shownFormat) return output.value;
    return format === 'markdown' ? letter!.markdown : letter!.text;
  };

  const draft = (): ChallengeLetter => {
    const findings = source.getFindings();
    letter = draftChallengeLetter(findings, source.getDetails(), { otherPoints: otherPoints.checked });
    draftArea.hidden = false;
    show();
    const breaches = findings.filter((finding) => finding.severity === 'error').length;
    const others = otherPoints.checked ? findings.filter((finding) => finding.severity === 'warning').length : 0;
    const from = [breaches ? (breaches === 1 ? 'one Compact breach' : `${breaches} Compact breaches`) : '', others ? (others === 1 ? 'one other point' : `${others} other points`) : '']
      .filter(Boolean)
      .join(' and ');
    status.textContent = letter.hasFindings
      ? `Letter drafted from ${from}. Fill in the parts in square brackets.`
      : 'There is nothing to challenge: no Compact breach calls for a letter.';
    return letter;
  };

  draftButton.addEventListener('click', () => draft());
  otherPoints.addEventListener('change', () => {
    if (edited && !confirm('Redrafting loses your edits. Redraft anyway?')) {
      otherPoints.checked = !otherPoints.checked;
      return;
    }
    draft();
  });
  for (const radio of radios.values()) {
    radio.addEventListener('change', () => {
      if (edited && !confirm('Switching format redrafts the letter and loses your edits. Switch anyway?')) {
        radios.get(shownFormat)!.checked = true;
        return;
      }
      show();
    });
  }
  output.addEventListener('input', () => {
    edited = true;
  });
  copyButton.addEventListener('click', async () => {
    if (!letter) return;
    const copied = await copyText(output.value, output);
    status.textContent = copied ? 'Copied the letter to the clipboard.' : 'Could not copy automatically: the letter is selected, so press Ctrl+C (or Cmd+C).';
  });
  mdButton.addEventListener('click', () => {
    if (!letter) return;
    download(textFor('markdown'), letterFileName(source.getDetails().documentTitle, 'md'), 'text/markdown;charset=utf-8');
    status.textContent = 'Saved the letter as a Markdown file.';
  });
  txtButton.addEventListener('click', () => {
    if (!letter) return;
    download(textFor('text'), letterFileName(source.getDetails().documentTitle, 'txt'), 'text/plain;charset=utf-8');
    status.textContent = 'Saved the letter as a plain text file.';
  });

  return { draft, element: root };
}
