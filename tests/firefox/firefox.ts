/**
 * Stock Firefox ESR (Debian's /usr/bin/firefox-esr), driven over WebDriver BiDi by
 * puppeteer-core, with the e2e build of the Firefox extension installed: the same journeys
 * as the Chromium suite's Playwright fixtures (tests/e2e/fixtures.ts), for Firefox.
 *
 * One browser serves a whole spec file (starting Firefox takes seconds); each test opens
 * its own tabs. The extension gets a fixed internal id through a preference, so the tests
 * can open its pages at moz-extension://<id>/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer } from '../e2e/server.ts';
import { firefoxNetworkPrefs, startNetworkStandIn, type NetworkStandIn } from './network.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve('.output/firefox-mv3-e2e');
const ADDON_ID = 'compact-proof@compact-proof.org';
/** The extension's internal id in this profile, fixed so its pages have a known address. */
export const EXTENSION_UUID = '5f1c0de0-c0a1-4e5e-9c1e-c0a1c0a1c0a1';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The WebExtension API as the tests call it inside an extension page, where it runs. */
interface BrowserForTests {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } };
  runtime: {
    getBackgroundPage(): Promise<{ compactProof: { checkTab(id: number): Promise<unknown> } }>;
    getManifest(): Record<string, unknown>;
  };
  permissions: { getAll(): Promise<{ origins: string[]; permissions: string[] }> };
}
declare global {
  // eslint-disable-next-line no-var
  var browser: BrowserForTests;
}

export interface FirefoxSession {
  browser: Browser;
  /** The fixture-page server, http://127.0.0.1:<port>. */
  origin: string;
  network: NetworkStandIn;
  /** An extension page kept open to reach the background script and the storage from. */
  control: Page;
  close(): Promise<void>;
}

export async function startFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox was not found at ${FIREFOX}; the Firefox tests need it. Install it with: apt-get install -y firefox-esr`);
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`${EXTENSION_DIR} has not been built; run: COMPACT_PROOF_E2E=1 npx wxt build -b firefox --mv3`);
  }
  const { server, origin } = await startServer();
  const network = await startNetworkStandIn();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The stand-in Google Docs uses a throwaway certificate.
    acceptInsecureCerts: true,
    // Lets the preference below point Firefox's remote-settings client at nothing (a release
    // build ignores that preference otherwise, and fetches from Mozilla at start-up).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      ...firefoxNetworkPrefs(network.port),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    },
  });
  try {
    const id = await browser.installExtension(EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`Installed ${id}, expected ${ADDON_ID}`);
    const control = await openExtensionPage(browser, origin, 'options.html');
    return {
      browser,
      origin,
      network,
      control,
      async close() {
        await browser.close();
        await network.close();
        await new Promise((done) => server.close(done));
      },
    };
  } catch (error) {
    await browser.close();
    await network.close();
    server.close();
    throw error;
  }
}

/**
 * Open one of the extension's own pages in a new tab. WebDriver BiDi refuses to navigate a tab
 * to a moz-extension:// address (Firefox 153), so the tab opens a fixture page on 127.0.0.1
 * and that page navigates to the extension's page, which the e2e build lets it reach
 * (web_accessible_resources, see wxt.config.ts). Puppeteer does not follow that navigation, so
 * wait for the page itself (not with page.waitForFunction: it builds its function with
 * Function(), which the extension's Content-Security-Policy refuses).
 */
export async function openExtensionPage(browser: Browser, origin: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  await page.goto(`${origin}/good-consultation.html`);
  await page.evaluate((wanted) => {
    location.href = wanted;
  }, url);
  await eventually(
    () => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url).catch(() => false),
    `${url} to load`,
    15_000,
  );
  return page;
}

/** Reload an extension page (see openExtensionPage for why not page.reload). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
    location.reload();
  });
  await eventually(
    () =>
      page
        .evaluate(() => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete')
        .catch(() => false),
    'the extension page to reload',
    15_000,
  );
}

/** The extension's tab id for a page (BiDi's context ids are not WebExtension tab ids). */
export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.control.evaluate(async (wanted) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Check a page the way the toolbar button does; resolves when the check has finished. */
export async function checkPage(session: FirefoxSession, page: Page): Promise<void> {
  const tabId = await tabIdOf(session, page);
  await session.control.evaluate(async (id) => {
    const background = await browser.runtime.getBackgroundPage();
    await background.compactProof.checkTab(id);
  }, tabId);
}

/** The sidebar's page, opened as a tab showing the given page's tab (as the Chromium suite opens the side panel). */
export async function openSidebar(session: FirefoxSession, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  return openExtensionPage(session.browser, session.origin, `sidepanel.html?tabId=${tabId}`);
}

/** The text of every highlighted range, by highlight name, as the page's CSS.highlights holds them. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const texts: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      texts[name] = [...highlight].map((range) => range.toString());
    });
    return texts;
  });
}

/** Wait until `condition` returns true, polling; fails with `what` after `timeout` ms. */
export async function eventually(condition: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
