/**
 * The side panel's "Linked documents" section, wired to the browser: the tab's content
 * script lists the links, the browser asks the user for one site's permission, and the
 * background worker lints the text. The section itself is shared/dom/linked-docs/panel-section.ts.
 */
import { browser } from '#imports';
import { request, type BackgroundApi, type ContentApi } from '../../shared/dom/messages.ts';
import { LinkedDocsPanel } from '../../shared/dom/linked-docs/panel-section.ts';
import { matchPatternFor } from '../../shared/dom/settings.ts';
import { describeCopy, makeReviewedCopy, reviewedFileName } from '../../shared/practice/ui/reviewed-copy.ts';

export function mountLinkedDocs(options: { tabId(): number | null; announce(message: string): void; holder: HTMLElement }): LinkedDocsPanel {
  return new LinkedDocsPanel(
    {
      listLinks: async () => {
        const tabId = options.tabId();
        if (tabId === null) throw new Error('No tab');
        const { links } = await request<ContentApi, 'document-links'>((message) => browser.tabs.sendMessage(tabId, message), { type: 'document-links' });
        return links;
      },
      // Straight from the click (the browser's prompt needs the user's gesture): this site only.
      requestAccess: (url) => {
        const pattern = matchPatternFor(url);
        return pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(false);
      },
      lint: (text, url) => request<BackgroundApi, 'lint'>((message) => browser.runtime.sendMessage(message), { type: 'lint', text, headings: [], url }),
      announce: options.announce,
      reviewedCopy: async (name, bytes, text, findings) => {
        const copy = await makeReviewedCopy({ name, bytes, text }, findings);
        return { blob: copy.blob, fileName: reviewedFileName(name), description: describeCopy(copy.placements) };
      },
    },
    options.holder,
  );
}
