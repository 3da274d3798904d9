/**
 * Playwright fixtures: a fixture-page server on 127.0.0.1, a Chromium context with the built
 * extension loaded, the extension's id and service worker, a record of every network request
 * (to prove the extension makes none of its own), and helpers that drive the extension the
 * way its toolbar button does.
 */
import './extension-globals.ts';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, startServer } from './server.ts';

export { EXTENSION_DIR, SHIPPED_EXTENSION_DIR, STRICT_CSP, generatedPage } from './server.ts';

export interface ExtensionFixtures {
  /**
   * Addresses beyond the fixture server that a spec stands in for with its own `context.route`
   * (for example a stand-in Google Docs page), e.g. `test.use({ allowedUrls: [EDITOR_URL] })`.
   * Every other request fails the test.
   */
  allowedUrls: string[];
  /**
   * The built extension to load: the e2e variant by default; `SHIPPED_EXTENSION_DIR` for the
   * build people install (no access to 127.0.0.1 until its toolbar button is clicked).
   */
  extensionDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the browser made that did not go to the fixture server or the extension. */
  foreignRequests: string[];
  /** Check a page the way the toolbar button does; resolves when the check has finished. */
  checkPage(page: Page): Promise<void>;
  tabIdOf(page: Page): Promise<number>;
  /** Open the side panel as a tab, showing the given page's tab. */
  openSidePanel(page: Page): Promise<Page>;
}

export const test = base.extend<ExtensionFixtures, { site: { origin: string } }>({
  site: [
    async ({}, use) => {
      const { server, origin } = await startServer();
      await use({ origin });
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],

  extensionDir: [EXTENSION_DIR, { option: true }],

  context: async ({ site, extensionDir }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'compact-proof-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 800 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    void site;
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(serviceWorker.url().split('/')[2]!);
  },

  allowedUrls: [[], { option: true }],

  foreignRequests: [async ({ context, site, allowedUrls }, use) => {
    const foreign: string[] = [];
    const local = (url: string) =>
      url.startsWith(site.origin) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') ||
      // Chromium's own PDF viewer loads its scripts and styles from inside the browser, not the network.
      url.startsWith('chrome://resources/');
    const note = (url: string) => {
      if (!local(url) && !allowedUrls.includes(url)) foreign.push(url);
    };
    context.on('request', (request) => note(request.url()));
    // Routing also sees the extension service worker's own fetches.
    await context.route('**/*', (route) => {
      note(route.request().url());
      // Anything else is recorded and stopped, so a leak fails the test instead of reaching out.
      const url = route.request().url();
      if (local(url)) return route.continue();
      // A spec's own stand-in route, registered later, answers these.
      if (allowedUrls.includes(url)) return route.fallback();
      return route.abort();
    });
    await use(foreign);
    // Privacy: the extension never sends anything anywhere, in any test.
    expect(foreign, 'requests beyond the fixture server').toEqual([]);
  }, { auto: true }],

  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      const url = page.url();
      const id = await serviceWorker.evaluate(async (wanted) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab found for ${url}`);
      return id;
    });
  },

  checkPage: async ({ serviceWorker, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      await serviceWorker.evaluate(async (id) => {
        await (globalThis as unknown as { compactProof: { checkTab(id: number): Promise<unknown> } }).compactProof.checkTab(id);
      }, tabId);
    });
  },

  openSidePanel: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
});

export { expect };

/** Names of the highlights registered in the page, with how many ranges each holds. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      sizes[name] = highlight.size;
    });
    return sizes;
  });
}

/** The text of every highlighted range, by highlight name. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const texts: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      texts[name] = [...highlight].map((range) => range.toString());
    });
    return texts;
  });
}
