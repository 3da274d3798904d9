/**
 * EXPERIMENTAL, off by default: live (unsaved) text through Docs' annotated-canvas hook.
 *
 * Docs adds an accessible text API to its canvas editor when, before it boots, the page
 * has `window._docs_annotate_canvas_by_ext` set to an extension's id. That flag lives in
 * the page's own JavaScript world, which our isolated content script cannot touch, so a
 * small MAIN-world script sets it and, if `window._docs_annotate_getAnnotatedText` then
 * appears, hands the whole document's text over on request. The two worlds share only the
 * DOM, so they talk by CustomEvents carrying plain strings.
 *
 * The hook is undocumented and may be refused or removed at any time: every step fails
 * silently, and the export path (export-fetch.ts) is used whenever live text is missing.
 * We only ever use our own extension id, never another extension's.
 */
import { DOCS_MATCHES } from './document-id.ts';

export const LIVE_EVENTS = {
  /** MAIN → isolated: "I am here; tell me the extension id". */
  hello: 'compact-proof:gdocs-hello',
  /** Isolated → MAIN: the extension id, for the flag. */
  id: 'compact-proof:gdocs-id',
  /** Isolated → MAIN: "send me the live text" (detail: a request number). */
  request: 'compact-proof:gdocs-live-request',
  /** MAIN → isolated: `{ id, text }` as JSON, or `{ id, text: null }` when the hook is absent. */
  text: 'compact-proof:gdocs-live-text',
} as const;

/** The storage key of the experimental setting (the options page shows it, marked experimental). */
export const LIVE_TEXT_SETTING = 'gdocsLiveText';
/** The id the background registers the MAIN-world script under. */
export const LIVE_SCRIPT_ID = 'compact-proof-gdocs-live';
export const LIVE_SCRIPT_FILE = '/content-scripts/gdocs-live.js';
/**
 * The isolated-world script that offers our id to the MAIN-world one. Registered with it and
 * only while the setting is on: with the setting off, no Docs page learns the extension's id.
 */
export const LIVE_ID_SCRIPT_ID = 'compact-proof-gdocs-live-id';
export const LIVE_ID_SCRIPT_FILE = '/content-scripts/gdocs-live-id.js';

interface AnnotatedText {
  getText(): string;
}
type PageWindow = Window & {
  _docs_annotate_canvas_by_ext?: string;
  _docs_annotate_getAnnotatedText?: (arg: string) => Promise<AnnotatedText>;
};

/**
 * The MAIN-world half. Sets the flag as soon as it learns our id (whichever world's
 * script ran first), and answers requests for live text.
 */
export function startPageSide(win: Window): void {
  const page = win as PageWindow;
  const doc = win.document;
  doc.addEventListener(LIVE_EVENTS.id, (event) => {
    const id = (event as CustomEvent<unknown>).detail;
    if (typeof id === 'string' && id && !page._docs_annotate_canvas_by_ext) page._docs_annotate_canvas_by_ext = id;
  });
  doc.addEventListener(LIVE_EVENTS.request, (event) => {
    const requestId = (event as CustomEvent<unknown>).detail;
    const reply = (text: string | null) =>
      doc.dispatchEvent(new CustomEvent(LIVE_EVENTS.text, { detail: JSON.stringify({ id: requestId, text }) }));
    const api = page._docs_annotate_getAnnotatedText;
    if (typeof api !== 'function') return reply(null);
    Promise.resolve()
      .then(() => api(''))
      .then((annotated) => {
        const text = annotated?.getText?.();
        reply(typeof text === 'string' ? text : null);
      })
      .catch(() => reply(null));
  });
  doc.dispatchEvent(new CustomEvent(LIVE_EVENTS.hello));
}

/** The isolated-world half: give the page side our id, whichever of the two started first. */
export function offerExtensionId(doc: Document, extensionId: string): void {
  const send = () => doc.dispatchEvent(new CustomEvent(LIVE_EVENTS.id, { detail: extensionId }));
  doc.addEventListener(LIVE_EVENTS.hello, send);
  send();
}

/**
 * Ask the page side for the live text. Resolves null when there is no page side (the
 * setting is off), no hook, or no answer within `timeoutMs`: the caller then uses the export.
 */
export function requestLiveText(doc: Document, timeoutMs = 500): Promise<string | null> {
  const requestId = `${Date.now()}-${Math.random()}`;
  return new Promise((resolve) => {
    const finish = (text: string | null) => {
      clearTimeout(timer);
      doc.removeEventListener(LIVE_EVENTS.text, onText);
      resolve(text);
    };
    const onText = (event: Event) => {
      try {
        const reply = JSON.parse(String((event as CustomEvent<unknown>).detail)) as { id?: unknown; text?: unknown };
        if (reply.id === requestId) finish(typeof reply.text === 'string' ? reply.text : null);
      } catch {
        // Not ours.
      }
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    doc.addEventListener(LIVE_EVENTS.text, onText);
    doc.dispatchEvent(new CustomEvent(LIVE_EVENTS.request, { detail: requestId }));
  });
}

/** The parts of the extension API the background needs to keep the MAIN-world script in step with the setting. */
export interface LiveScriptApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(callback: (changes: Record<string, unknown>, area: string) => void): void };
  };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    registerContentScripts(
      scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_start'; world: 'MAIN' | 'ISOLATED'; allFrames: false }[],
    ): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** The two scripts of the live-text bridge, as registered. */
const LIVE_SCRIPTS = [
  { id: LIVE_SCRIPT_ID, js: [LIVE_SCRIPT_FILE], world: 'MAIN' },
  { id: LIVE_ID_SCRIPT_ID, js: [LIVE_ID_SCRIPT_FILE], world: 'ISOLATED' },
] as const;

/** Register both scripts of the bridge when the experimental setting is on, and remove them when off. */
export async function syncLiveScript(api: LiveScriptApi): Promise<void> {
  const enabled = (await api.storage.local.get(LIVE_TEXT_SETTING))[LIVE_TEXT_SETTING] === true;
  for (const script of LIVE_SCRIPTS) {
    const [existing] = (await api.scripting.getRegisteredContentScripts({ ids: [script.id] })) as { matches?: string[] }[];
    // A registration from an older version may cover fewer Docs addresses: replace it.
    const current = existing !== undefined && JSON.stringify(existing.matches ?? DOCS_MATCHES) === JSON.stringify(DOCS_MATCHES);
    if (existing !== undefined && !(enabled && current)) await api.scripting.unregisterContentScripts({ ids: [script.id] });
    if (enabled && !current) {
      await api.scripting.registerContentScripts([
        { id: script.id, matches: [...DOCS_MATCHES], js: [...script.js], runAt: 'document_start', world: script.world, allFrames: false },
      ]);
    }
  }
}

/** Background wiring: sync now and whenever the setting changes. Returns the first sync, for tests. */
export function keepLiveScriptInStep(api: LiveScriptApi): Promise<void> {
  const sync = () => syncLiveScript(api).catch((error: unknown) => console.warn('compact-proof: live Google Docs text:', error));
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LIVE_TEXT_SETTING in changes) void sync();
  });
  return sync();
}
