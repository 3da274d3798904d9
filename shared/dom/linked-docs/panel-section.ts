/**
 * "Linked documents" in the side panel: list the PDF, Word and OpenDocument links in the
 * page's main content, and check one at a time when the user asks, with a Cancel button.
 * A PDF open in its own tab (whose viewer has no page text to read) is checked the same way.
 *
 * Nothing is downloaded until the user presses a document's Check button. Then, from that
 * click, the browser is asked for permission to read that document's site only (the panel
 * says why beside the button), the file is downloaded without cookies and read here, in the
 * extension, never in the web page; its text goes to the background worker to be linted.
 */
import { checkLinkedDocument, placeName, type CheckDeps, type LinkedDocumentResult } from './check-document.ts';
import { documentKindOf, type DocumentLink } from './links.ts';
import { DOCUMENT_LIMITS, formatSize } from './problems.ts';
import { SEVERITY_LABELS, type Finding } from '../../engine/finding.ts';
import type { LinkedDocumentReport } from '../../report/linked-documents.ts';

export interface LinkedDocsDeps {
  /** The document links in the checked page's main content (from its content script). */
  listLinks(): Promise<DocumentLink[]>;
  /** Ask for read access to one site; must be called straight from the click. */
  requestAccess(url: string): Promise<boolean>;
  lint: CheckDeps['lint'];
  fetch?: typeof fetch;
  announce(message: string): void;
  /** "Download a reviewed copy" of a checked Word document (the panel passes the practice page's writer). */
  reviewedCopy?(name: string, bytes: Uint8Array, text: string, findings: Finding[]): Promise<{ blob: Blob; fileName: string; description: string }>;
}

const KIND_NAMES = { pdf: 'PDF', docx: 'Word', odt: 'OpenDocument' } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), properties);
  fill(node, children, false);
  return node;
}

/** Append each child in turn (no spread: a page may link hundreds of documents). */
function fill(parent: Element, children: readonly (Node | string)[], clear = true): void {
  if (clear) parent.replaceChildren();
  for (const child of children) parent.append(child);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export class LinkedDocsPanel {
  private links: DocumentLink[] = [];
  private readonly results = new Map<string, LinkedDocumentResult>();
  private running: { url: string; controller: AbortController; stage: string } | null = null;
  private tabUrl = '';
  private readonly section: HTMLElement;
  private readonly list: HTMLElement;
  private readonly pdfTab: HTMLElement;

  constructor(
    private readonly deps: LinkedDocsDeps,
    holder: HTMLElement,
  ) {
    this.section = element('section', { id: 'linked-docs' });
    this.section.setAttribute('aria-labelledby', 'linked-docs-heading');
    const listButton = element('button', { type: 'button', id: 'linked-docs-list', textContent: 'Check linked documents' });
    listButton.addEventListener('click', () => void this.listLinks());
    this.pdfTab = element('div', { id: 'linked-docs-pdf-tab', hidden: true });
    this.list = element('div', { id: 'linked-docs-items' });
    this.section.append(
      element('h2', { id: 'linked-docs-heading', textContent: 'Linked documents' }),
      element(
        'p',
        { className: 'hint' },
        `PDF, Word and OpenDocument files this page links to. Nothing is downloaded until you choose a document; then only that file is fetched (up to ${formatSize(DOCUMENT_LIMITS.maxBytes)}), read on this computer and never sent anywhere.`,
      ),
      this.pdfTab,
      listButton,
      this.list,
    );
    holder.append(this.section);
  }

  /** The panel now shows this tab: a PDF open in it can be checked directly. */
  follow(tabUrl: string): void {
    if (tabUrl === this.tabUrl) return;
    this.tabUrl = tabUrl;
    // Another page: its documents are not this one's.
    this.links = [];
    if (!this.running) this.results.clear();
    this.render();
  }

  /** The checked documents, for the audit report. */
  reports(): LinkedDocumentReport[] {
    return [...this.results.values()].map((result) =>
      result.status === 'done'
        ? { title: result.link.text, url: result.link.url, unit: result.unit, findings: result.findings }
        : { title: result.link.text, url: result.link.url, problem: result.message },
    );
  }

  /** Findings from the checked documents, each with where it is, for the challenge letter. */
  letterFindings(): { finding: Finding; place: string }[] {
    const out: { finding: Finding; place: string }[] = [];
    for (const result of this.results.values()) {
      if (result.status !== 'done') continue;
      for (const { finding, at } of result.findings) out.push({ finding, place: `In the linked document “${result.link.text}”, ${placeName(result.unit, at)}` });
    }
    return out;
  }

  private pdfTabLink(): DocumentLink | null {
    if (!/^https?:/.test(this.tabUrl) || documentKindOf(this.tabUrl) !== 'pdf') return null;
    const name = decodeURIComponent(new URL(this.tabUrl).pathname.split('/').pop() || this.tabUrl);
    return { url: this.tabUrl, text: name, kind: 'pdf', sameSite: true };
  }

  async listLinks(): Promise<void> {
    try {
      this.links = await this.deps.listLinks();
    } catch {
      this.deps.announce('Check this page first, then list its linked documents.');
      return;
    }
    this.render();
    this.deps.announce(
      this.links.length === 0
        ? 'This page links to no PDF, Word or OpenDocument files in its main content.'
        : `${this.links.length} linked document${this.links.length === 1 ? '' : 's'} found. Choose one to check.`,
    );
    (this.list.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  /** Check one document. Called from the click: the permission request comes first, before any await. */
  check(link: DocumentLink): void {
    if (this.running) return;
    const access = this.deps.requestAccess(link.url);
    const controller = new AbortController();
    this.running = { url: link.url, controller, stage: 'Asking your browser for permission…' };
    this.results.delete(link.url);
    this.render();
    void (async () => {
      let result: LinkedDocumentResult;
      let granted = false;
      try {
        granted = await access;
      } catch {
        granted = false;
      }
      if (!granted) {
        result = { link, status: 'failed', problem: 'not-allowed', message: `Permission to read ${hostOf(link.url)} was not given, so the document was not fetched.` };
      } else {
        result = await checkLinkedDocument(link, {
          lint: this.deps.lint,
          fetch: this.deps.fetch,
          signal: controller.signal,
          progress: (stage) => {
            if (this.running) this.running.stage = { downloading: 'Downloading…', reading: 'Reading the text…', checking: 'Checking…' }[stage];
            this.render();
          },
        });
      }
      this.running = null;
      this.results.set(link.url, result);
      this.render();
      this.deps.announce(
        result.status === 'done'
          ? `“${link.text}”: ${result.findings.length === 0 ? 'no findings' : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`}.`
          : `“${link.text}” was not checked. ${result.message}`,
      );
      this.section.querySelector<HTMLElement>(`[data-url="${CSS.escape(link.url)}"] .linked-doc-title`)?.focus();
    })();
  }

  cancel(): void {
    this.running?.controller.abort();
  }

  private render(): void {
    const pdf = this.pdfTabLink();
    this.pdfTab.hidden = !pdf;
    fill(this.pdfTab, pdf ? [element('p', {}, 'This tab shows a PDF. '), this.item(pdf, 'Check this PDF')] : []);
    const links = this.links.filter((link) => link.url !== pdf?.url);
    const list = element('ul', { className: 'plain-list linked-docs' });
    fill(list, links.map((link) => this.item(link, 'Check')));
    fill(this.list, links.length ? [list] : []);
  }

  private item(link: DocumentLink, label: string): HTMLElement {
    const item = element('li', { className: 'linked-doc' });
    item.dataset.url = link.url;
    const title = element('strong', { className: 'linked-doc-title', tabIndex: -1, textContent: link.text });
    const about = element('span', { className: 'hint' }, ` (${KIND_NAMES[link.kind]}, ${hostOf(link.url)})`);
    const running = this.running?.url === link.url ? this.running : null;
    const button = element('button', { type: 'button', className: 'linked-doc-check', textContent: label, disabled: this.running !== null });
    button.setAttribute('aria-label', `${label === 'Check' ? 'Check' : label} “${link.text}”`);
    button.addEventListener('click', () => this.check(link));
    item.append(title, about, ' ', button);
    item.append(element('p', { className: 'hint' }, `Checking asks your browser to let compact-proof read files on ${hostOf(link.url)}, only to download this document.`));
    if (running) {
      const cancel = element('button', { type: 'button', className: 'linked-doc-cancel', textContent: 'Cancel' });
      cancel.setAttribute('aria-label', `Cancel checking “${link.text}”`);
      cancel.addEventListener('click', () => this.cancel());
      item.append(element('p', { className: 'linked-doc-state', role: 'status' }, running.stage, ' ', cancel));
    }
    const result = this.results.get(link.url);
    if (result) item.append(this.resultView(result));
    return item;
  }

  private resultView(result: LinkedDocumentResult): HTMLElement {
    const view = element('div', { className: 'linked-doc-result' });
    view.dataset.status = result.status;
    if (result.status === 'failed') {
      view.dataset.problem = result.problem;
      view.append(element('p', { className: 'linked-doc-state' }, `Not checked. ${result.message}`));
      return view;
    }
    const count = result.findings.length;
    view.append(
      element(
        'p',
        { className: 'linked-doc-state' },
        `Checked ${result.units} ${result.unit}${result.units === 1 ? '' : 's'} (${formatSize(result.bytes)}): ${count === 0 ? 'no findings' : `${count} finding${count === 1 ? '' : 's'}`}.`,
      ),
    );
    if (count) {
      const list = element('ol', { className: 'linked-doc-findings' });
      fill(
        list,
        result.findings.map(({ finding, at }) =>
          element(
            'li',
            { className: `severity-${finding.severity}` },
            element('span', { className: 'linked-doc-place' }, `${result.unit === 'page' ? 'Page' : 'Paragraph'} ${at}`),
            ` · ${SEVERITY_LABELS[finding.severity]}: `,
            element('q', {}, finding.actual),
            element('br'),
            finding.message,
          ),
        ),
      );
      view.append(list);
    }
    if (result.docx && this.deps.reviewedCopy) {
      const download = element('button', { type: 'button', className: 'linked-doc-reviewed', textContent: 'Download a reviewed copy' });
      download.setAttribute('aria-label', `Download a reviewed copy of “${result.link.text}”`);
      download.addEventListener('click', () => void this.download(result));
      view.append(download);
    }
    return view;
  }

  private async download(result: Extract<LinkedDocumentResult, { status: 'done' }>): Promise<void> {
    const name = decodeURIComponent(new URL(result.link.url).pathname.split('/').pop() || 'document.docx');
    try {
      const copy = await this.deps.reviewedCopy!(name, result.docx!, result.text, result.findings.map(({ finding }) => finding));
      const url = URL.createObjectURL(copy.blob);
      const anchor = element('a', { href: url, download: copy.fileName });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.deps.announce(`Reviewed copy saved as “${copy.fileName}”, with ${copy.description}.`);
    } catch (error) {
      this.deps.announce(`The reviewed copy could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
