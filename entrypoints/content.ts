/**
 * The page's content script. It is not listed in the manifest: the background injects it
 * into the tab the user chose to check (activeTab + scripting), or registers it for sites
 * where the user turned auto-check on. All the work is in shared/dom/page-checker.ts.
 */
import { browser, defineContentScript } from '#imports';
import { browserHighlightApi } from '../shared/dom/highlight.ts';
import { createListener, request, type BackgroundApi, type ContentApi, type ResultsChanged } from '../shared/dom/messages.ts';
import { PageChecker } from '../shared/dom/page-checker.ts';
import { CONFIG_KEY } from '../shared/dom/settings.ts';
import { findMainContent } from '../shared/dom/main-content.ts';
import { findDocumentLinks } from '../shared/dom/linked-docs/links.ts';

const INSTANCE = Symbol.for('compact-proof.page-checker');

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as typeof globalThis & { [INSTANCE]?: PageChecker };
    // Injected again into a page that already has us (a second "Check this page"): the
    // first instance answers the background's messages, so there is nothing more to do.
    if (scope[INSTANCE]) return;

    const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
    const checker = new PageChecker(document, {
      lint: (text, headings, url, links) => request<BackgroundApi, 'lint'>(toBackground, { type: 'lint', text, headings, url, links }),
      ignorePhrase: async (phrase) => {
        await request<BackgroundApi, 'ignore-phrase'>(toBackground, { type: 'ignore-phrase', url: location.href, phrase });
      },
      unignorePhrase: async (phrase) => {
        await request<BackgroundApi, 'unignore-phrase'>(toBackground, { type: 'unignore-phrase', url: location.href, phrase });
      },
      announce: (results) => {
        const message: ResultsChanged = { type: 'results-changed', results };
        // Nobody may be listening (side panel closed): that is fine.
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      highlightApi: browserHighlightApi(),
      highlightApiFor: (frameDocument) => (frameDocument.defaultView ? browserHighlightApi(frameDocument.defaultView as unknown as typeof globalThis) : null),
    });
    scope[INSTANCE] = checker;

    browser.runtime.onMessage.addListener(
      createListener<ContentApi, unknown>({
        check: async ({ wholePage }) => {
          // The side panel's "Check the whole page" / "Check the main content only"; otherwise as before.
          if (wholePage !== undefined) checker.wholePage = wholePage;
          await checker.check();
          return checker.outcome();
        },
        'get-results': () => checker.results,
        reveal: ({ index }) => ({ revealed: checker.reveal(index) }),
        // "Check linked documents": the documents the main content links to (nothing is fetched here).
        'document-links': () => ({ links: findDocumentLinks(findMainContent(document).root, location.href) }),
      }),
    );
    checker.listen();

    // Settings changed (a check turned off, a profile chosen) while this page shows findings:
    // check it again so no stale finding stays on screen under the old settings.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && CONFIG_KEY in changes && checker.results.status === 'done') void checker.check();
    });

    // On a site with auto-check on, check straight away.
    request<BackgroundApi, 'hello'>(toBackground, { type: 'hello', url: location.href })
      .then(({ autoCheck }) => {
        if (autoCheck) return checker.check();
      })
      .catch(() => undefined);
  },
});
