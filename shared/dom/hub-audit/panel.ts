/**
 * The side panel's "Consultation hub" section: "Audit this hub" lists the consultations on
 * the page, opens each one's own page on the same site (after asking for that site, at that
 * moment), and shows a table of their dates, lengths and verdicts, with CSV export, copy as
 * text, and a challenge letter for any row.
 *
 * Everything the browser does is passed in (`HubPanelDeps`), so the section can be built and
 * driven in a unit test as well as in the extension.
 */
import { hubCsv, hubSummaryLine, hubText, HUB_COLUMNS, letterForRow, rowCells, verdictOf, type HubRow } from '../../report/hub-audit.ts';
import { findListedConsultations, PLATFORM_NAMES } from './listing.ts';
import { auditHub, type HubAuditDeps } from './run.ts';

export interface HubPanelDeps extends Pick<HubAuditDeps, 'fetchPage' | 'readPage' | 'paceMs'> {
  /** The address of the page the panel shows, known without waiting (the permission prompt needs the click). */
  currentUrl(): string;
  /** Ask for permission to read pages on one site. Called first thing in the click, as browsers require. */
  requestSite(origin: string): Promise<boolean>;
  /** The hub page's HTML as it is now in the tab. */
  hubHtml(): Promise<string>;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** A file name for the export: the hub's host and today's date. */
function exportName(url: string, today: Date): string {
  const host = (originOf(url) ?? 'hub').replace(/^https?:\/\//, '').replace(/[^\w.-]+/g, '-');
  return `consultations-${host}-${today.toISOString().slice(0, 10)}.csv`;
}

export class HubAuditSection {
  readonly root: HTMLElement;
  private readonly why: HTMLParagraphElement;
  private readonly start: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLParagraphElement;
  private readonly results: HTMLDivElement;
  private readonly letter: HTMLDivElement;
  private controller: AbortController | null = null;
  private rows: HubRow[] = [];
  private hubUrl = '';

  constructor(private readonly deps: HubPanelDeps) {
    this.root = element('section', { id: 'hub-audit' });
    this.root.setAttribute('aria-labelledby', 'hub-audit-heading');
    this.why = element('p', { className: 'hint', id: 'hub-audit-why' });
    this.start = element('button', { type: 'button', id: 'hub-audit-start', textContent: 'Audit this hub' });
    this.start.setAttribute('aria-describedby', 'hub-audit-why');
    this.cancel = element('button', { type: 'button', id: 'hub-audit-cancel', textContent: 'Cancel', hidden: true });
    this.progress = element('progress', { id: 'hub-audit-progress', hidden: true, max: 1, value: 0 });
    this.progress.setAttribute('aria-label', 'Consultations read');
    this.status = element('p', { id: 'hub-audit-status', className: 'status' });
    // A live region without role="status": the panel's own status line keeps that role.
    this.status.setAttribute('aria-live', 'polite');
    this.results = element('div', { id: 'hub-audit-results' });
    this.letter = element('div', { id: 'hub-audit-letter' });
    this.root.append(
      element('h2', { id: 'hub-audit-heading', textContent: 'Consultation hub' }),
      this.why,
      element('p', { className: 'actions' }, this.start, ' ', this.cancel),
      this.progress,
      this.status,
      this.results,
      this.letter,
    );
    this.start.addEventListener('click', () => void this.run());
    this.cancel.addEventListener('click', () => this.controller?.abort());
    this.refresh();
  }

  /** Say which site will be asked for, before anyone clicks. Call when the panel follows another tab. */
  refresh(): void {
    const origin = originOf(this.deps.currentUrl());
    this.start.disabled = !origin || this.controller !== null;
    this.why.textContent = origin
      ? `On a page that lists consultations (Citizen Space, EngagementHQ, consult.ti, GOV.UK or a council's own list), this opens each consultation's own page on ${origin}, one a second, to read its opening and closing dates. Your browser will ask you to let compact-proof read pages on ${origin} only; pages on other sites are not opened, and nothing is sent anywhere.`
      : 'Open a page that lists consultations to audit it.';
  }

  private say(message: string): void {
    // The section's own live region: the panel's status line keeps saying what the page check found.
    this.status.textContent = message;
  }

  async run(): Promise<void> {
    const url = this.deps.currentUrl();
    const origin = originOf(url);
    if (!origin || this.controller) return;
    // The permission request must come straight from the click, before anything is awaited.
    const asked = this.deps.requestSite(origin);
    this.controller = new AbortController();
    const signal = this.controller.signal;
    this.start.disabled = true;
    this.letter.replaceChildren();
    try {
      if (!(await asked)) {
        this.say(`The hub was not audited: permission to read pages on ${origin} was not given.`);
        return;
      }
      this.say('Finding the consultations on this page…');
      const html = await this.deps.hubHtml();
      const listing = findListedConsultations(new DOMParser().parseFromString(html, 'text/html'), url);
      if (listing.consultations.length === 0) {
        this.say('No consultations found on this page. compact-proof reads Citizen Space, EngagementHQ, consult.ti and GOV.UK lists, and lists of links that show dates.');
        return;
      }
      this.hubUrl = url;
      this.cancel.hidden = false;
      this.progress.hidden = false;
      const result = await auditHub(
        listing.consultations,
        url,
        {
          fetchPage: this.deps.fetchPage,
          readPage: this.deps.readPage,
          paceMs: this.deps.paceMs,
          onProgress: (done, total) => {
            this.progress.max = Math.max(total, 1);
            this.progress.value = done;
            this.progress.setAttribute('aria-valuetext', `${done} of ${total}`);
            this.status.textContent = `Reading consultation ${Math.min(done + 1, total)} of ${total} (${PLATFORM_NAMES[listing.platform]})…`;
          },
        },
        signal,
      );
      this.rows = result.rows;
      this.renderTable(result.otherSites.length);
      const other = result.otherSites.length ? ` ${result.otherSites.length} on other sites ${result.otherSites.length === 1 ? 'was' : 'were'} not opened.` : '';
      this.say(
        result.cancelled
          ? `Audit cancelled after ${result.rows.length} of ${listing.consultations.length - result.otherSites.length} consultations.${other}`
          : `Audit finished. ${hubSummaryLine(result.rows)}${other}`,
      );
    } catch (error) {
      this.say(`The audit did not finish: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.controller = null;
      this.cancel.hidden = true;
      this.progress.hidden = true;
      this.refresh();
    }
  }

  private renderTable(otherSites: number): void {
    if (this.rows.length === 0) {
      this.results.replaceChildren();
      return;
    }
    const table = element('table', { id: 'hub-audit-table', className: 'hub-table' });
    table.append(element('caption', { textContent: `Consultations on this hub${otherSites ? ` (${otherSites} on other sites not opened)` : ''}` }));
    const head = element('tr');
    for (const column of [...HUB_COLUMNS.slice(0, -1), 'Page', 'Letter']) head.append(Object.assign(element('th', { textContent: column }), { scope: 'col' }));
    table.append(element('thead', {}, head));
    const body = element('tbody');
    this.rows.forEach((row, index) => {
      const cells = rowCells(row);
      const tr = element('tr');
      tr.dataset.verdict = verdictOf(row).kind;
      const title = element('th', { textContent: cells[0]! });
      title.scope = 'row';
      tr.append(title);
      for (const cell of cells.slice(1, -1)) tr.append(element('td', { textContent: cell }));
      const link = element('a', { href: row.link, target: '_blank', rel: 'noopener', textContent: 'Open' });
      link.setAttribute('aria-label', `Open “${row.title}”`);
      tr.append(element('td', {}, link));
      const draft = element('button', { type: 'button', textContent: 'Draft' });
      draft.setAttribute('aria-label', `Draft a challenge letter for “${row.title}”`);
      draft.addEventListener('click', () => this.showLetter(index));
      tr.append(element('td', {}, draft));
      body.append(tr);
    });
    table.append(body);
    const csv = element('button', { type: 'button', id: 'hub-audit-csv', textContent: 'Download as CSV' });
    csv.addEventListener('click', () => {
      this.deps.download(exportName(this.hubUrl, new Date()), hubCsv(this.rows), 'text/csv');
      this.say('The table was saved as a CSV file.');
    });
    const copy = element('button', { type: 'button', id: 'hub-audit-copy', textContent: 'Copy as text' });
    copy.addEventListener('click', async () => {
      await this.deps.copyText(hubText(this.rows, `Consultation hub audit: ${this.hubUrl} (${new Date().toISOString().slice(0, 10)})`));
      this.say('The table was copied. Paste it into an e-mail or a document.');
    });
    // A wide table scrolls inside its own box, which is focusable so keyboard users can scroll it.
    const scroller = element('div', { className: 'hub-table-scroll', tabIndex: 0 }, table);
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-labelledby', 'hub-audit-heading');
    this.results.replaceChildren(element('p', { className: 'actions' }, csv, ' ', copy), scroller);
  }

  private showLetter(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    const letter = letterForRow(row, new Date(), false);
    const area = element('textarea', { id: 'hub-audit-letter-text', value: letter.text, rows: 16 });
    const label = element('label', { htmlFor: 'hub-audit-letter-text', textContent: `Challenge letter for “${row.title}” (edit before sending)` });
    const copy = element('button', { type: 'button', id: 'hub-audit-letter-copy', textContent: 'Copy the letter' });
    copy.addEventListener('click', async () => {
      await this.deps.copyText(area.value);
      this.say('Letter copied.');
    });
    this.letter.replaceChildren(element('h3', { textContent: 'Challenge letter' }), label, area, element('p', { className: 'actions' }, copy));
    this.say(letter.hasFindings ? `Letter drafted for “${row.title}”.` : `No challenge letter is needed for “${row.title}”: its page gives no breach to raise.`);
    area.focus();
  }
}
