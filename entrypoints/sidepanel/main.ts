/**
 * The side panel (Chrome's side panel, Firefox's sidebar). It shows the results of the tab
 * it belongs to, which the tab's content script holds; choosing a finding scrolls the page
 * to it. Opened as a tab with `?tabId=N` (the e2e tests do this) it shows that tab instead.
 */
import { copyText } from '../../shared/dom/clipboard.ts';
import { browser } from '#imports';
import { isResultsChanged, request, type BackgroundApi, type ContentApi, type PageResults } from '../../shared/dom/messages.ts';
import { matchPatternFor, originOf } from '../../shared/dom/settings.ts';
import { buildAuditReport } from '../../shared/report/audit-report.ts';
import { PROFILES } from '../../shared/config/profiles.ts';
import { EXTRA_ACTIONS, type PanelContext } from './actions.ts';
import { renderFindings, renderSummary, scopeText, statusText } from './render.ts';
import { DocsPanel } from '../../shared/dom/google-docs/panel-section.ts';
import { ignoreWording, PanelIgnore } from '../../shared/dom/panel-ignore.ts';
import { PRACTICE_PAGE, wirePracticeLink } from '../../shared/dom/practice-link.ts';
import { mountLinkedDocs } from './linked-docs.ts';
import { withLinkedDocuments } from '../../shared/report/linked-documents.ts';
import { mountHubAudit } from './hub-audit.ts';
import { isCheckRefused, recallRefusal, refusalOf, refusalText, type Refusal, type RefusalStore } from '../../shared/dom/page-access.ts';
import { panelStatus } from './status-line.ts';
import { foldSummary, openFolds, scopeLabel } from './first-screen.ts';
import { holdActionsOnEarlierFindings } from '../../shared/dom/google-docs/earlier-findings.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const pinnedTab = Number(new URLSearchParams(location.search).get('tabId')) || null;
let tabId: number | null = pinnedTab;
let results: PageResults | null = null;
/** Counts the results the page has sent, so an older answer to get-results does not replace newer ones. */
let resultsVersion = 0;
let tabUrl = '';
/** A toolbar click the browser refused on this tab (its own pages): the status line says why. */
let refusal: Refusal | null = null;
const refusals = (browser.storage as unknown as { session?: RefusalStore }).session;

const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
const toTab = (id: number) => (message: unknown) => browser.tabs.sendMessage(id, message);

function announce(message: string) {
  $('status').textContent = message;
}

// "Check linked documents": the page's PDF, Word and OpenDocument links, each fetched only when asked for.
const linkedDocs = mountLinkedDocs({ tabId: () => tabId, announce, holder: $('linked-docs-holder') });
const context = (): PanelContext => ({ tabId, results, announce, linked: linkedDocs.letterFindings() });
// Google Docs tabs: keep the tab's checks running while shown, add sentences and fetch states.
const docsPanel = new DocsPanel({ connect: (id, name) => browser.tabs.connect(id, { name }), announce });
docsPanel.onRerender(() => render());
// "Ignore on this site" on each finding: the hover card's "Ignore this phrase", by keyboard.
const panelIgnore = new PanelIgnore({
  ignorePhrase: (url, phrase) => request<BackgroundApi, 'ignore-phrase'>(toBackground, { type: 'ignore-phrase', url, phrase }),
  recheck: () => check(),
  announce,
});

// "Audit this hub": its own section and module (entrypoints/sidepanel/hub-audit.ts).
const hubAudit = mountHubAudit($('hub-audit-holder'), () => ({ tabId, url: results?.page.url || tabUrl }));

function renderExtraActions() {
  const holder = $('extra-actions');
  holder.replaceChildren(
    ...EXTRA_ACTIONS.map((action) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = `action-${action.id}`;
      button.textContent = action.label;
      button.disabled = !(action.isEnabled ? action.isEnabled(context()) : results?.status === 'done');
      button.addEventListener('click', () => void action.run(context()));
      return button;
    }),
  );
}

function render() {
  announce(panelStatus({ results, url: tabUrl, refusal, docsLine: docsPanel.statusLine(results) }));
  $('page-title').textContent = results?.page.title || tabUrl || 'No page checked yet.';
  const done = results?.status === 'done' && results.summary;
  ($('copy') as HTMLButtonElement).disabled = !done;
  $('summary').hidden = !done;
  $('findings').hidden = !done;
  if (done) {
    // Secondary parts fold away so the verdict and the first breach fit the first screen.
    $('summary-body').replaceChildren(...foldSummary(renderSummary(results!.summary!, results!.findings), openFolds($('summary-body'))));
    const ignore = { wording: ignoreWording(results), run: (index: number, button: HTMLButtonElement) => void panelIgnore.ignore(results, index, button) };
    $('findings-body').replaceChildren(...renderFindings(results!, reveal, { ignore }));
  }
  const scope = scopeText(results);
  $('scope').hidden = !scope;
  if (scope) {
    $('scope-label').textContent = scopeLabel(scope.wholePage);
    $('scope-text').textContent = scope.text;
    $('scope-toggle').textContent = scope.toggle;
    $('scope-toggle').dataset.wholePage = String(scope.wholePage);
  }
  docsPanel.render(results);
  panelIgnore.afterRender(results, statusText(results));
  renderExtraActions();
  // No report or letter from an earlier check while the last one failed (a Doc signed out).
  holdActionsOnEarlierFindings(document, results);
  hubAudit.refresh();
  void renderSite();
}

async function renderSite() {
  const url = results?.page.url || tabUrl;
  const pattern = url ? matchPatternFor(url) : null;
  $('site').hidden = !pattern;
  if (!pattern) return;
  const site = await request<BackgroundApi, 'get-site'>(toBackground, { type: 'get-site', url });
  $('site-origin').textContent = site.origin;
  ($('auto-check') as HTMLInputElement).checked = site.autoCheck;
  $('ignored').replaceChildren(
    ...(site.ignoredPhrases.length
      ? site.ignoredPhrases.map((phrase) => {
          const item = document.createElement('li');
          const text = document.createElement('q');
          text.textContent = phrase;
          const undo = document.createElement('button');
          undo.type = 'button';
          undo.textContent = 'Stop ignoring';
          undo.setAttribute('aria-label', `Stop ignoring “${phrase}”`);
          undo.addEventListener('click', async () => {
            await request<BackgroundApi, 'unignore-phrase'>(toBackground, { type: 'unignore-phrase', url, phrase });
            if (results?.status === 'done') await check();
            else void renderSite();
          });
          item.append(text, ' ', undo);
          return item;
        })
      : [Object.assign(document.createElement('li'), { textContent: 'None.' })]),
  );
}

async function reveal(index: number) {
  if (tabId === null) return;
  if (docsPanel.choose(results, index)) return;
  try {
    const { revealed } = await request<ContentApi, 'reveal'>(toTab(tabId), { type: 'reveal', index });
    if (!revealed) announce('That text is no longer on the page. Check the page again.');
  } catch {
    announce('The page has changed since it was checked. Check the page again.');
  }
}

async function check(wholePage?: boolean) {
  if (tabId === null) return;
  announce('Checking the page…');
  try {
    await request<BackgroundApi, 'check-tab'>(toBackground, { type: 'check-tab', tabId, ...(wholePage === undefined ? {} : { wholePage }) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Never "press Check this page" again: the toolbar click, or why no click will do.
    const refused = refusalOf(message, tabUrl);
    announce(refused ? refusalText(refused) : `The check did not finish: ${message}`);
  }
}

async function loadResults() {
  if (tabId === null) return;
  try {
    const tab = await browser.tabs.get(tabId);
    tabUrl = tab.url ?? '';
  } catch {
    tabUrl = '';
  }
  refusal = await recallRefusal(refusals, tabId);
  docsPanel.follow(tabId, tabUrl);
  linkedDocs.follow(tabUrl);
  // The page may send newer results while this request is on its way (a Google Doc's first
  // check finishing as the panel opens): an answer older than them must not replace them.
  const asked = resultsVersion;
  let answer: typeof results;
  try {
    answer = await request<ContentApi, 'get-results'>(toTab(tabId), { type: 'get-results' });
  } catch {
    answer = null; // Not checked yet: no content script in the page.
  }
  if (resultsVersion === asked) results = answer;
  render();
}

async function copyReport() {
  if (!results?.summary) return;
  const profile = PROFILES.find((candidate) => candidate.id === results!.summary!.profile);
  const report = withLinkedDocuments(buildAuditReport({
    page: results.page,
    checkedAt: results.checkedAt ? new Date(results.checkedAt) : new Date(),
    findings: results.findings,
    rules: results.summary.rules,
    profileTitle: profile?.title,
    consultation: results.summary.consultation,
    ignoredPhrases: results.ignoredPhrases,
  }), linkedDocs.reports());
  await copyText(report);
  announce('Report copied. Paste it into an e-mail or a document.');
}

async function toggleAutoCheck(input: HTMLInputElement) {
  const url = results?.page.url || tabUrl;
  const pattern = matchPatternFor(url);
  if (!pattern) return;
  const origin = originOf(url);
  // What the click asked for, read once: the panel may redraw the box from the stored setting
  // while the permission prompt or the background is awaited.
  const enabling = input.checked;
  if (enabling) {
    // Must be called straight from the click, before anything is awaited.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      input.checked = false;
      announce('Auto-check stays off: permission was not given.');
      return;
    }
  }
  try {
    await request<BackgroundApi, 'set-auto-check'>(toBackground, { type: 'set-auto-check', origin, enabled: enabling });
    if (!enabling) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    input.checked = enabling;
    announce(enabling ? `Pages on ${origin} will be checked automatically.` : `Auto-check is off for ${origin}.`);
  } catch (error) {
    input.checked = !enabling;
    announce(error instanceof Error ? error.message : String(error));
  }
}

$('check').addEventListener('click', () => void check());
$('scope-toggle').addEventListener('click', () => void check($('scope-toggle').dataset.wholePage === 'true'));
$('copy').addEventListener('click', () => void copyReport());
$('auto-check').addEventListener('change', (event) => void toggleAutoCheck(event.target as HTMLInputElement));
wirePracticeLink($('practice'), { url: browser.runtime.getURL(PRACTICE_PAGE), openTab: (url) => browser.tabs.create({ url }) });

browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
  if (isCheckRefused(message) && message.tabId === tabId) {
    refusal = message.refusal;
    render();
  }
  if (isResultsChanged(message) && sender.tab?.id === tabId) {
    results = message.results;
    resultsVersion++;
    render();
  }
  return undefined;
});

// Follow the active tab, unless the panel was opened for one tab.
if (!pinnedTab) {
  browser.tabs.onActivated.addListener(({ tabId: active }) => {
    tabId = active;
    void loadResults();
  });
  browser.tabs.onUpdated.addListener((updated, change) => {
    if (updated === tabId && change.status === 'complete') void loadResults();
  });
}

/** Start the engine in the background worker while the panel is idle, so the first check is not cold. */
function warmEngine() {
  const send = () => void request<BackgroundApi, 'warm-up'>(toBackground, { type: 'warm-up' }).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(send, { timeout: 500 });
  else setTimeout(send, 0);
}

async function start() {
  warmEngine();
  if (tabId === null) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id ?? null;
  }
  await loadResults();
}

void start();
