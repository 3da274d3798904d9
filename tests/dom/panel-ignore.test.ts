// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderFindings, statusText } from '../../entrypoints/sidepanel/render.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import type { PageResults } from '../../shared/dom/messages.ts';
import { ignoreButtonName, ignoreWording, PanelIgnore, phraseOf } from '../../shared/dom/panel-ignore.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const URL = 'https://consult.example.gov.uk/grants';

function resultsFor(text: string, ignored: string[] = []): PageResults {
  const { findings, summary } = lintPage({ text, headings: [] }, {}, ignored, TEST_TODAY);
  return { status: 'done', page: { title: 'Grants', url: URL }, checkedAt: '2025-01-15T10:05:00.000Z', findings, summary, ignoredPhrases: ignored, autoCheck: false };
}

/** The panel's findings area, drawn as the side panel draws it. */
function draw(results: PageResults, panelIgnore: PanelIgnore) {
  const body = document.getElementById('findings-body')!;
  document.getElementById('findings')!.hidden = results.status !== 'done';
  if (results.status === 'done') {
    body.replaceChildren(
      ...renderFindings(results, () => undefined, {
        ignore: { wording: ignoreWording(results), run: (index, button) => void panelIgnore.ignore(results, index, button) },
      }),
    );
  }
  panelIgnore.afterRender(results, statusText(results));
}

describe('PanelIgnore', () => {
  beforeEach(() => {
    document.body.innerHTML = `<p id="status" role="status"></p>
      <section id="findings"><h2 id="findings-heading">Findings</h2><div id="findings-body"></div></section>`;
  });

  it('ignores the phrase on the page’s site as the card does, re-checks, says how to undo, and puts focus on the next finding', async () => {
    const text = 'The SLA ends. The DASS agreed. We will leverage funds.';
    const ignored: string[] = [];
    const announced: string[] = [];
    let panelIgnore!: PanelIgnore;
    const ignorePhrase = vi.fn(async (_url: string, phrase: string) => void ignored.push(phrase));
    panelIgnore = new PanelIgnore({
      ignorePhrase,
      // As the page does: a "checking" round, then the new results.
      recheck: async () => {
        draw({ ...resultsFor(text, ignored), status: 'checking', findings: [] }, panelIgnore);
        draw(resultsFor(text, ignored), panelIgnore);
      },
      announce: (message) => announced.push(message),
    });
    draw(resultsFor(text), panelIgnore);
    const order = () => [...document.querySelectorAll('#findings-body button.finding .quote')].map((quote) => quote.textContent);
    const before = order();
    expect(before).toEqual(expect.arrayContaining(['SLA', 'DASS']));
    const target = document.querySelector('button.ignore-finding[aria-label="Ignore on this site: SLA"]') as HTMLButtonElement;
    const position = before.indexOf('SLA');
    target.focus();
    target.click();
    await vi.waitFor(() => expect(announced.at(-1)).toMatch(/^Ignored “SLA” on this site\. To undo, choose “Stop ignoring” under “This site”\. Checked at/));
    expect(ignorePhrase).toHaveBeenCalledWith(URL, 'SLA');
    expect(order()).not.toContain('SLA');
    // Focus is on the finding that took SLA's place, not lost to the page.
    expect(document.activeElement).toBe(document.querySelectorAll('#findings-body button.finding')[position]);
    expect((document.activeElement as HTMLElement).querySelector('.quote')!.textContent).toBe(before.filter((quote) => quote !== 'SLA')[position]);
  });

  it('puts focus on the findings heading when nothing is left', async () => {
    let panelIgnore!: PanelIgnore;
    const ignored: string[] = [];
    panelIgnore = new PanelIgnore({
      ignorePhrase: async (_url, phrase) => void ignored.push(phrase),
      recheck: async () => draw(resultsFor('The SLA ends.', ignored), panelIgnore),
      announce: () => undefined,
    });
    draw(resultsFor('The SLA ends.'), panelIgnore);
    (document.querySelector('button.ignore-finding') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('findings-heading'));
    expect(document.getElementById('findings-heading')!.getAttribute('tabindex')).toBe('-1');
  });

  it('says so when the phrase could not be stored, and does not re-check', async () => {
    const announced: string[] = [];
    const recheck = vi.fn(async () => undefined);
    const panelIgnore = new PanelIgnore({
      ignorePhrase: async () => {
        throw new Error('storage is full');
      },
      recheck,
      announce: (message) => announced.push(message),
    });
    await panelIgnore.ignore(resultsFor('The SLA ends.'), 0);
    expect(announced).toEqual(['“SLA” was not ignored: storage is full']);
    expect(recheck).not.toHaveBeenCalled();
  });

  it('words the action honestly for a Google Doc, where the “site” is every Google Doc', () => {
    const doc = { ...resultsFor('The SLA ends.'), googleDocs: { sentences: [] } } as unknown as PageResults;
    expect(ignoreWording(doc).label).toBe('Ignore in Google Docs');
    expect(ignoreButtonName(ignoreWording(doc), { actual: 'SLA' })).toBe('Ignore in Google Docs: SLA');
    expect(phraseOf({ actual: '  service\n level   agreement ' })).toBe('service level agreement');
  });
});
