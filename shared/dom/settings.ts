/**
 * The extension's settings in `browser.storage.local`:
 * - `config`: the user's configuration in exactly the CLI's `.compactproofrc.json` format,
 *   so the options page can import and export it unchanged;
 * - `site:<origin>`: per-site choices (phrases ignored from the hover card, auto-check on).
 *
 * Everything stays on the machine: `storage.local`, never `storage.sync`, because the ignored
 * phrases can quote a council's draft.
 *
 * Functions take the storage area as a parameter so they can be tested with a plain map.
 */
import { parseConfig, type Config } from '../config/index.ts';

/** The subset of `browser.storage.local` we use. */
export interface KeyValueArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const CONFIG_KEY = 'config';

export interface SiteSettings {
  ignoredPhrases: string[];
  autoCheck: boolean;
}

/** `https://consult.example.gov.uk/some/page` → `https://consult.example.gov.uk`. */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? parsed.protocol : parsed.origin;
  } catch {
    return url;
  }
}

function siteKey(url: string): string {
  return `site:${originOf(url)}`;
}

/** The stored config, or `{}` (the defaults) when none is stored or it no longer validates. */
export async function loadConfig(area: KeyValueArea): Promise<Config> {
  const stored = (await area.get(CONFIG_KEY))[CONFIG_KEY];
  if (stored === undefined) return {};
  try {
    return parseConfig(stored, 'stored settings');
  } catch {
    // A stored config from an older version that no longer validates: run on defaults
    // rather than not at all. The options page shows the problem when opened.
    return {};
  }
}

/** Validate (throws ConfigError with readable messages) and store. */
export async function saveConfig(area: KeyValueArea, config: unknown): Promise<Config> {
  const parsed = parseConfig(config, 'settings');
  await area.set({ [CONFIG_KEY]: parsed });
  return parsed;
}

export async function loadSite(area: KeyValueArea, url: string): Promise<SiteSettings> {
  const stored = (await area.get(siteKey(url)))[siteKey(url)] as Partial<SiteSettings> | undefined;
  return {
    ignoredPhrases: Array.isArray(stored?.ignoredPhrases) ? stored.ignoredPhrases.filter((p) => typeof p === 'string') : [],
    autoCheck: stored?.autoCheck === true,
  };
}

async function saveSite(area: KeyValueArea, url: string, site: SiteSettings): Promise<SiteSettings> {
  if (site.ignoredPhrases.length === 0 && !site.autoCheck) await area.remove(siteKey(url));
  else await area.set({ [siteKey(url)]: site });
  return site;
}

function samePhrase(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export async function ignorePhrase(area: KeyValueArea, url: string, phrase: string): Promise<SiteSettings> {
  const site = await loadSite(area, url);
  const clean = phrase.replace(/\s+/g, ' ').trim();
  if (!clean || site.ignoredPhrases.some((known) => samePhrase(known, clean))) return site;
  return saveSite(area, url, { ...site, ignoredPhrases: [...site.ignoredPhrases, clean] });
}

export async function unignorePhrase(area: KeyValueArea, url: string, phrase: string): Promise<SiteSettings> {
  const site = await loadSite(area, url);
  return saveSite(area, url, { ...site, ignoredPhrases: site.ignoredPhrases.filter((known) => !samePhrase(known, phrase)) });
}

export async function setAutoCheck(area: KeyValueArea, url: string, autoCheck: boolean): Promise<SiteSettings> {
  const site = await loadSite(area, url);
  return saveSite(area, url, { ...site, autoCheck });
}

/** Every site with settings, for the options page. */
export async function listSites(area: KeyValueArea & { get(keys: null): Promise<Record<string, unknown>> }): Promise<(SiteSettings & { origin: string })[]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('site:'))
    .map(([key, value]) => {
      const site = value as Partial<SiteSettings>;
      return {
        origin: key.slice('site:'.length),
        ignoredPhrases: Array.isArray(site.ignoredPhrases) ? site.ignoredPhrases : [],
        autoCheck: site.autoCheck === true,
      };
    })
    .sort((a, b) => a.origin.localeCompare(b.origin));
}

/** A fake storage area over a Map, for tests. */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { get(keys: string | string[] | null): Promise<Record<string, unknown>>; data: Map<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}

/** WXT builds entrypoints/content.ts to this file. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The id under which the content script is registered for auto-check sites. */
export const AUTO_CHECK_SCRIPT_ID = 'compact-proof-auto-check';

/**
 * `https://consult.example.gov.uk` → `https://consult.example.gov.uk/*`: the host permission
 * asked for when the user turns auto-check on for a site. Match patterns cannot name a port,
 * so it covers every port on that host. Only http(s) sites.
 */
export function matchPatternFor(originOrUrl: string): string | null {
  try {
    const url = new URL(originOrUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}
