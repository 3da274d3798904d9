/**
 * Opening each listed consultation's own page, politely: only pages on the hub's own site,
 * one request at a time, the next starting no sooner than `paceMs` after the last began
 * (a second, unless a test shortens it), stopping at once when cancelled.
 *
 * The fetching and the reading are passed in (the side panel uses the browser's fetch and the
 * background worker's linter), so this loop is the same in a unit test and in the extension.
 */
import type { Finding } from '../../engine/finding.ts';
import type { ConsultationSummary } from '../../report/consultation-summary.ts';
import type { HubRow } from '../../report/hub-audit.ts';
import type { ListedConsultation } from './listing.ts';

/** The pace real sites get: at most one request a second. */
export const HUB_PACE_MS = 1000;

export interface PageReading {
  consultation: ConsultationSummary | null;
  /** The page's consultation-timescale findings (for a challenge letter). */
  findings: Finding[];
  /** The page's own title, when the list gave none worth keeping. */
  title?: string;
}

export interface HubAuditDeps {
  /** The HTML of one page; throws an Error with a reader's message when it cannot. */
  fetchPage(url: string, signal: AbortSignal): Promise<string>;
  /** The consultation timescale a page's HTML states. */
  readPage(html: string, url: string): Promise<PageReading>;
  paceMs?: number;
  /** Called after each consultation (done of total), and once before the first. */
  onProgress?(done: number, total: number, row: HubRow | null): void;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
  now?(): number;
}

export interface HubAuditResult {
  rows: HubRow[];
  /** Listed consultations on another site: never opened. */
  otherSites: ListedConsultation[];
  cancelled: boolean;
}

export function sameSite(url: string, hubUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(hubUrl).origin;
  } catch {
    return false;
  }
}

/** Wait, but wake at once when cancelled. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export async function auditHub(listed: readonly ListedConsultation[], hubUrl: string, deps: HubAuditDeps, signal: AbortSignal): Promise<HubAuditResult> {
  const pace = deps.paceMs ?? HUB_PACE_MS;
  const sleep = deps.sleep ?? abortableSleep;
  const now = deps.now ?? (() => Date.now());
  const own = listed.filter((item) => sameSite(item.url, hubUrl));
  const otherSites = listed.filter((item) => !sameSite(item.url, hubUrl));
  const rows: HubRow[] = [];
  deps.onProgress?.(0, own.length, null);
  let lastStart: number | null = null;
  for (const item of own) {
    if (lastStart !== null) await sleep(Math.max(0, lastStart + pace - now()), signal);
    if (signal.aborted) break;
    lastStart = now();
    const row: HubRow = { title: item.title, link: item.url, listedDates: item.listedDates || undefined, consultation: null };
    try {
      const html = await deps.fetchPage(item.url, signal);
      const reading = await deps.readPage(html, item.url);
      row.consultation = reading.consultation;
      row.findings = reading.findings;
    } catch (error) {
      if (signal.aborted) break;
      row.error = error instanceof Error ? error.message : String(error);
    }
    rows.push(row);
    deps.onProgress?.(rows.length, own.length, row);
  }
  return { rows, otherSites, cancelled: signal.aborted };
}
