/**
 * Playwright fixtures: a fixture-page server on 127.0.0.1, a Chromium context with the built
 * extension loaded, the extension's id and service worker, a record of every network request
 * (to prove the extension makes none of its own), and helpers that drive the extension the
 * way its toolbar button does.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const PAGES_DIR = resolve('tests/fixtures/pages');

/** The strict policy served with csp.html: no inline styles or scripts from the page at all. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

const WORDS = 'The council will review the grant and write to every group before any change is made to the funding'.split(' ');

/** A long consultation page of about `words` words, in paragraphs of 100, with some findings. */
export function generatedPage(words: number): string {
  const paragraphs: string[] = [];
  for (let written = 0, n = 0; written < words; written += 100, n++) {
    const sentence: string[] = [];
    for (let i = 0; i < 100; i++) sentence.push(WORDS[(i + n) % WORDS.length]!);
    // Every fifth paragraph has a jargon term split across inline markup.
    const text = sentence.join(' ');
    paragraphs.push(n % 5 === 0 ? `<p>Going forward we will <b>lever</b>age ${text}.</p>` : `<p>${text}.</p>`);
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Generated page of ${words} words</title></head><body><main><h1>Long consultation</h1>${paragraphs.join('\n')}</main></body></html>`;
}

async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const generated = /^\/generated\/(\d+)$/.exec(url.pathname);
    if (generated) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(generatedPage(Number(generated[1])));
      return;
    }
    const name = url.pathname.replace(/^\/+/, '') || 'good-consultation.html';
    if (!/^[\w-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(PAGES_DIR, name));
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (name === 'csp.html') headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface ExtensionFixtures {
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

  context: async ({ site }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'compact-proof-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 800 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
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

  foreignRequests: [async ({ context, site }, use) => {
    const foreign: string[] = [];
    const local = (url: string) =>
      url.startsWith(site.origin) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');
    const note = (url: string) => {
      if (!local(url)) foreign.push(url);
    };
    context.on('request', (request) => note(request.url()));
    // Routing also sees the extension service worker's own fetches.
    await context.route('**/*', (route) => {
      note(route.request().url());
      // Anything else is recorded and stopped, so a leak fails the test instead of reaching out.
      return local(route.request().url()) ? route.continue() : route.abort();
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
