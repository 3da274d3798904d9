/**
 * Every message the extension's parts send each other, typed in one place.
 *
 * Three parts talk:
 * - the **content script** in the page (extracts text, paints highlights, shows the hover card),
 * - the **background** worker (lints text off the page's main thread, keeps settings),
 * - the **side panel** and the **options page** (show results, change settings).
 *
 * The page never lints: it sends its text to the background and paints what comes back.
 * The side panel talks to the content script of the tab it shows (the content script holds
 * that page's results), and the content script announces new results to everyone.
 *
 * This module has no dependency on WXT or the `browser` global, so it can be unit-tested;
 * callers pass in `browser.runtime.sendMessage` or `browser.tabs.sendMessage`.
 */
import type { Finding, Severity } from '../engine/finding.ts';
import type { ConsultationSummary, RuleInfo } from '../report/consultation-summary.ts';
import type { ExtractedHeading } from './extract.ts';
import type { MainContentSource } from './main-content.ts';
import type { DocumentLink, LinkSpan } from './linked-docs/links.ts';

export interface PageInfo {
  title: string;
  url: string;
  /**
   * The opening of the text that was checked (a few thousand characters), so the letter can
   * find the document's title and the body responsible ("From: Department for …"). It stays
   * in the browser, like the findings' quotations.
   */
  lead?: string;
}

// Defined with the reports (shared/report) so the CLI and the extension share them.
export type { ConsultationSummary, RuleInfo } from '../report/consultation-summary.ts';

export interface CheckSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byRule: { ruleId: string; count: number }[];
  rules: Record<string, RuleInfo>;
  profile: string;
  /** ISO date that year-less dates were read against, and where it came from. */
  referenceDate: string;
  referenceDateSource: 'option' | 'document' | 'today';
  consultation: ConsultationSummary | null;
  /** The page's headings with where each starts in the text, to name the section a finding is in. */
  sections?: { start: number; heading: string }[];
}

export type CheckStatus = 'idle' | 'checking' | 'done' | 'error';

/** One page's results, held by its content script. */
export interface PageResults {
  status: CheckStatus;
  page: PageInfo;
  /** ISO timestamp of the last finished check. */
  checkedAt: string | null;
  findings: Finding[];
  summary: CheckSummary | null;
  /** Phrases the user chose to ignore on this site. */
  ignoredPhrases: string[];
  autoCheck: boolean;
  error?: string;
  /**
   * What part of the page was read: its main content (and how it was found, e.g.
   * `<main id="main-content">`) or, when asked for, the whole page.
   */
  content?: { source: MainContentSource; element: string };
  /**
   * Embedded frames in what was read, which are not checked: those from this site (or
   * `srcdoc`) and those from other sites, whose text the extension may not read at all.
   */
  framesNotChecked?: {
    sameSite: number;
    otherSites: number;
    /** Frames whose pages were read with this one (same origin, `srcdoc`). */
    checked?: number;
    /** The frames that could not be read, by title or site. */
    names?: string[];
  };
  /** Milliseconds spent in each stage of the last check, and the longest stretch of page work between yields. */
  timings?: { extract: number; lint: number; paint: number; total: number; longestSlice: number };
}

/** Requests the background worker answers: name → request fields and response. */
export interface BackgroundApi {
  /** Lint a page's text with the user's settings for that site. */
  lint: {
    request: { text: string; headings: ExtractedHeading[]; url: string; links?: LinkSpan[] };
    response: { findings: Finding[]; summary: CheckSummary; ignoredPhrases: string[]; autoCheck: boolean };
  };
  /** Add a phrase to the site's ignore list (kept in storage, so it survives reloads). */
  'ignore-phrase': { request: { url: string; phrase: string }; response: { ignoredPhrases: string[] } };
  /** Undo an ignore. */
  'unignore-phrase': { request: { url: string; phrase: string }; response: { ignoredPhrases: string[] } };
  /** A content script has started: should it check the page straight away? */
  hello: { request: { url: string }; response: { autoCheck: boolean } };
  /**
   * Check a tab (inject the content script when needed, then check). `wholePage` switches
   * between the page's main content (the default) and the whole page, site chrome included.
   */
  'check-tab': { request: { tabId: number; wholePage?: boolean }; response: { ok: true } };
  /** Turn auto-check on or off for a site (the host permission is requested by the caller). */
  'set-auto-check': { request: { origin: string; enabled: boolean }; response: { autoCheck: boolean } };
  /** The side panel opened: start the engine and warm it on a short built-in text (shared/dom/warm-up.ts). */
  'warm-up': { request: Record<never, never>; response: { runs: number } };
  /** A site's settings. */
  'get-site': { request: { url: string }; response: { origin: string; autoCheck: boolean; ignoredPhrases: string[] } };
}

/** Requests a page's content script answers. */
/** What a finished check reports to whoever asked for it (the findings go to the side panel). */
export interface CheckOutcome {
  status: CheckStatus;
  findingCount: number;
  timings?: PageResults['timings'];
  error?: string;
}

export interface ContentApi {
  /** The page script answers with the short outcome; the Google Docs script with its full results. */
  check: { request: { wholePage?: boolean }; response: CheckOutcome | PageResults };
  'get-results': { request: Record<never, never>; response: PageResults };
  /** Scroll to a finding and flash it. */
  reveal: { request: { index: number }; response: { revealed: boolean } };
  /** The PDF, .docx and .odt links in the page's main content (for "Check linked documents"). */
  'document-links': { request: Record<never, never>; response: { links: DocumentLink[] } };
}

/** Sent by a content script to every extension page when its results change. */
export interface ResultsChanged {
  type: 'results-changed';
  results: PageResults;
}

export type RequestOf<Api, K extends keyof Api> = { type: K } & (Api[K] extends { request: infer R } ? R : never);
export type ResponseOf<Api, K extends keyof Api> = Api[K] extends { response: infer R } ? R : never;
export type AnyRequest<Api> = { [K in keyof Api]: RequestOf<Api, K> }[keyof Api];

/** Replies travel wrapped, so an error in the receiver reaches the sender as an error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Send a typed request through a transport (runtime.sendMessage or a bound tabs.sendMessage). */
export async function request<Api, K extends keyof Api & string>(
  send: (message: unknown) => Promise<unknown>,
  message: RequestOf<Api, K>,
): Promise<ResponseOf<Api, K>> {
  const reply = (await send(message)) as Reply<ResponseOf<Api, K>> | undefined;
  if (!reply) throw new Error(`No answer to "${message.type}": the other side is not listening.`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Handlers<Api, Sender> = {
  [K in keyof Api]?: (message: RequestOf<Api, K>, sender: Sender) => ResponseOf<Api, K> | Promise<ResponseOf<Api, K>>;
};

/**
 * A `runtime.onMessage` listener that routes typed requests to handlers. It answers through
 * `sendResponse` and returns true (the form every browser supports for async replies) and
 * leaves messages it has no handler for to other listeners.
 */
export function createListener<Api, Sender>(handlers: Handlers<Api, Sender>) {
  return (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(type in handlers)) return undefined;
    const handler = handlers[type as keyof Api] as ((m: unknown, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value) => sendResponse({ ok: true, value } satisfies Reply<unknown>),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply<unknown>),
      );
    return true;
  };
}

export function isResultsChanged(message: unknown): message is ResultsChanged {
  return (message as { type?: unknown } | null)?.type === 'results-changed';
}
