/**
 * Wires the side panel's "Consultation hub" section (shared/dom/hub-audit/) to the browser:
 * the hub page's HTML comes from its tab, each consultation page is fetched by the panel
 * (only after the user allowed that one site) and read as the CLI reads a saved page, and
 * its timescale comes from the background worker's linter with the user's settings.
 */
import { copyText } from '../../shared/dom/clipboard.ts';
import { browser } from '#imports';
import { request, type BackgroundApi } from '../../shared/dom/messages.ts';
import { HubAuditSection } from '../../shared/dom/hub-audit/panel.ts';
import { HUB_PACE_MS, sameSite, type PageReading } from '../../shared/dom/hub-audit/run.ts';
import { extractHtml } from '../../shared/node/extract/html.ts';

declare const __COMPACT_PROOF_E2E__: boolean | undefined;

/** A consultation page larger than this is not read (real ones are well under 1 MB). */
const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/**
 * The pace between requests. Only the end-to-end build lets a test shorten it
 * (`sidepanel.html?hubPaceMs=N`); the shipped extension always waits a second.
 */
function pace(): number {
  if (typeof __COMPACT_PROOF_E2E__ === 'boolean' && __COMPACT_PROOF_E2E__) {
    const asked = Number(new URLSearchParams(location.search).get('hubPaceMs'));
    if (Number.isFinite(asked) && asked >= 0 && new URLSearchParams(location.search).has('hubPaceMs')) return asked;
  }
  return HUB_PACE_MS;
}

async function fetchPage(url: string, signal: AbortSignal): Promise<string> {
  // No cookies: the audit reads public pages as a visitor who is not signed in would.
  const response = await fetch(url, { signal, credentials: 'omit', cache: 'no-store' });
  if (!sameSite(response.url || url, url)) throw new Error('it redirected to another site, so it was not read');
  if (!response.ok) throw new Error(`the site answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new Error(`it is not a web page (${type.split(';')[0]})`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PAGE_BYTES) throw new Error('it is larger than 5 MB');
  const html = await response.text();
  if (html.length > MAX_PAGE_BYTES) throw new Error('it is larger than 5 MB');
  return html;
}

async function readPage(html: string, url: string): Promise<PageReading> {
  const { text, headings } = extractHtml(html);
  const result = await request<BackgroundApi, 'lint'>((message) => browser.runtime.sendMessage(message), { type: 'lint', text, headings: headings ?? [], url });
  return {
    consultation: result.summary.consultation,
    findings: result.findings.filter((finding) => finding.ruleId === 'consultation-timescale'),
  };
}


function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Build the section into `holder`; `tab()` gives the tab the panel shows. */
export function mountHubAudit(holder: HTMLElement, tab: () => { tabId: number | null; url: string }): HubAuditSection {
  const section = new HubAuditSection({
    currentUrl: () => tab().url,
    requestSite: (origin) => browser.permissions.request({ origins: [`${new URL(origin).protocol}//${new URL(origin).hostname}/*`] }),
    hubHtml: async () => {
      const { tabId } = tab();
      if (tabId === null) throw new Error('no page is open');
      const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.documentElement.outerHTML });
      if (typeof result?.result !== 'string') throw new Error('the page could not be read');
      return result.result;
    },
    fetchPage,
    readPage,
    paceMs: pace(),
    copyText,
    download,
  });
  holder.replaceChildren(section.root);
  return section;
}
