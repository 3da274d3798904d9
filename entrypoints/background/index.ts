/**
 * The background worker: the only place the linter runs in the extension, so a long page's
 * main thread never does more than extract text and paint. It also keeps the settings and
 * wires the toolbar button: "Check this page" opens the side panel and checks the tab.
 */
import { browser, defineBackground } from '#imports';
import { createListener, request, type BackgroundApi, type ContentApi } from '../../shared/dom/messages.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { createWarmUp } from '../../shared/dom/warm-up.ts';
import { checkDocsTab, createBackgroundExportListener } from '../../shared/dom/google-docs/background-export.ts';
import { googleDocFromUrl } from '../../shared/dom/google-docs/document-id.ts';
import { GDOCS_SCRIPT_FILE } from '../../shared/dom/google-docs/results.ts';
import { keepLiveScriptInStep, type LiveScriptApi } from '../../shared/dom/google-docs/live-bridge.ts';
import { forgetRefusal, noteRefusal, refusalOf, type CheckRefused, type RefusalStore } from '../../shared/dom/page-access.ts';
import {
  ignorePhrase,
  listSites,
  loadConfig,
  loadSite,
  originOf,
  setAutoCheck,
  unignorePhrase,
  AUTO_CHECK_SCRIPT_ID,
  CONTENT_SCRIPT_FILE,
  matchPatternFor,
} from '../../shared/dom/settings.ts';

export default defineBackground(() => {
  const area = browser.storage.local;

  /** Inject the content script (once per page) and check the page. */
  async function checkTab(tabId: number, wholePage?: boolean) {
    const askTab = () =>
      request<ContentApi, 'check'>((message) => browser.tabs.sendMessage(tabId, message), { type: 'check', ...(wholePage === undefined ? {} : { wholePage }) });
    // A Google Doc is checked by its own content script, from the document's export.
    if (googleDocFromUrl((await browser.tabs.get(tabId)).url ?? '')) {
      return checkDocsTab({ check: askTab, inject: () => browser.scripting.executeScript({ target: { tabId }, files: [GDOCS_SCRIPT_FILE] }) });
    }
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return askTab();
  }

  /** Register the content script for every site with auto-check on and permission granted. */
  async function syncAutoCheckScripts() {
    const sites = (await listSites(area)).filter((site) => site.autoCheck);
    const matches: string[] = [];
    for (const site of sites) {
      const pattern = matchPatternFor(site.origin);
      if (pattern && (await browser.permissions.contains({ origins: [pattern] }))) matches.push(pattern);
    }
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_CHECK_SCRIPT_ID] });
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_CHECK_SCRIPT_ID] });
    if (matches.length) {
      await browser.scripting.registerContentScripts([
        { id: AUTO_CHECK_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE.slice(1)], runAt: 'document_idle' },
      ]);
    }
  }

  // The toolbar button. Opening the panel must happen synchronously in the click handler
  // (it needs the user's gesture), before anything is awaited.
  // A toolbar click the browser refused (its own pages): the panel says why (shared/dom/page-access.ts).
  const refusals = (browser.storage as unknown as { session?: RefusalStore }).session;
  function toolbarClicked(tab: { id?: number; url?: string }) {
    if (tab.id === undefined) return;
    const tabId = tab.id;
    const sidePanel = (browser as unknown as { sidePanel?: { open(options: { tabId: number }): Promise<void> } }).sidePanel;
    const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidePanel) sidePanel.open({ tabId }).catch(() => undefined);
    else sidebarAction?.open().catch(() => undefined);
    return checkTab(tabId).catch(async (error) => {
      console.warn('compact-proof: could not check this page:', error);
      const refusal = refusalOf(error instanceof Error ? error.message : String(error), tab.url);
      if (!refusal) return;
      await noteRefusal(refusals, tabId, refusal);
      const message: CheckRefused = { type: 'check-refused', tabId, refusal };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
  }
  browser.action.onClicked.addListener(toolbarClicked);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetRefusal(refusals, tabId);
  });

  // Google Docs: fetch the open document's export when Google refuses it to the page.
  browser.runtime.onMessage.addListener(createBackgroundExportListener());
  // Google Docs, experimental: the live-text script is registered only while its setting is on.
  void keepLiveScriptInStep(browser as unknown as LiveScriptApi);

  // Real checks waiting or running: the warm-up stops rather than delay them.
  let lintsInFlight = 0;
  /** How long the engine itself took on the last page (the benchmark reads it, beside the page's own timings). */
  const engineStats = { lastLintMs: 0, warmUpRuns: 0 };
  let warmUpConfig: Awaited<ReturnType<typeof loadConfig>> = {};
  const warmUp = createWarmUp({ lintOnce: (text, headings) => lintPage({ text, headings }, warmUpConfig, []) });

  browser.runtime.onMessage.addListener(
    createListener<BackgroundApi, { tab?: { id?: number; url?: string } }>({
      lint: async ({ text, headings, url, links }) => {
        lintsInFlight++;
        try {
          const [config, site] = await Promise.all([loadConfig(area), loadSite(area, url)]);
          const started = performance.now();
          const { findings, summary } = lintPage({ text, headings, links }, config, site.ignoredPhrases);
          engineStats.lastLintMs = performance.now() - started;
          return { findings, summary, ignoredPhrases: site.ignoredPhrases, autoCheck: site.autoCheck };
        } finally {
          lintsInFlight--;
        }
      },
      'warm-up': async () => {
        warmUpConfig = await loadConfig(area);
        engineStats.warmUpRuns = await warmUp.warm(() => lintsInFlight > 0);
        return { runs: engineStats.warmUpRuns };
      },
      'ignore-phrase': async ({ url, phrase }) => ({ ignoredPhrases: (await ignorePhrase(area, url, phrase)).ignoredPhrases }),
      'unignore-phrase': async ({ url, phrase }) => ({ ignoredPhrases: (await unignorePhrase(area, url, phrase)).ignoredPhrases }),
      hello: async ({ url }) => {
        const site = await loadSite(area, url);
        const pattern = matchPatternFor(originOf(url));
        // Only when the user granted this site: a stale setting must not check anything.
        const granted = pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
        return { autoCheck: site.autoCheck && granted };
      },
      'check-tab': async ({ tabId, wholePage }) => {
        await checkTab(tabId, wholePage);
        return { ok: true as const };
      },
      'set-auto-check': async ({ origin, enabled }) => {
        const pattern = matchPatternFor(origin);
        if (enabled && !(pattern && (await browser.permissions.contains({ origins: [pattern] })))) {
          throw new Error(`compact-proof has not been allowed to read pages on ${origin}.`);
        }
        const site = await setAutoCheck(area, origin, enabled);
        await syncAutoCheckScripts();
        return { autoCheck: site.autoCheck };
      },
      'get-site': async ({ url }) => {
        const site = await loadSite(area, url);
        return { origin: originOf(url), ...site };
      },
    }),
  );

  // Keep the registered scripts in step with permissions the user removes in the browser.
  browser.permissions.onRemoved.addListener(() => void syncAutoCheckScripts());
  browser.runtime.onStartup.addListener(() => void syncAutoCheckScripts());
  browser.runtime.onInstalled.addListener(() => void syncAutoCheckScripts());

  // The e2e tests drive the same path as the toolbar button (which needs a real click).
  Object.assign(globalThis, { compactProof: { checkTab, syncAutoCheckScripts, toolbarClicked, engineStats } });
});
