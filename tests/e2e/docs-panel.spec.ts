/**
 * What the side panel tells people, state by state, on a Google Doc (the stand-in in
 * gdocs-standin.ts) and in the build people install (.output/chrome-mv3): one error message,
 * no old result beside it, what to do before the standing explanation, a "This site" section
 * that offers its switch or says there is none, and instructions that lead to an action that
 * works, never round in a circle between "Press Check this page" and the toolbar button.
 */
import './extension-globals.ts';
import type { Page } from '@playwright/test';
import { SHIPPED_EXTENSION_DIR } from './fixtures.ts';
import { test, expect, openDoc, DOCS_ALLOWED_URLS } from './gdocs-standin.ts';
import { violations } from './axe.ts';
import { CABINET_PAPER } from '../fixtures/gdocs/export-builder.ts';

test.use({ allowedUrls: DOCS_ALLOWED_URLS });

const SIGN_IN = 'Sign in to Google in this browser';

/** Elements on show whose own text says `text` (not their ancestors'). */
function shownSaying(panel: Page, text: string): Promise<number> {
  return panel.evaluate((wanted) => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((node) => node.checkVisibility() && node.innerText.includes(wanted));
    return all.filter((node) => !Array.from(node.children).some((child) => (child as HTMLElement).innerText?.includes(wanted))).length;
  }, text);
}

test('signed out on first open: one error message, what to do first and in bold, the standing explanation folded', async ({ context, docs, openSidePanel }) => {
  docs.serve('login');
  const { panel } = await openDoc(context, openSidePanel);
  const problem = panel.locator('#gdocs .gdocs-problem');
  await expect(problem).toHaveAttribute('data-state', 'signed-out');
  await panel.waitForTimeout(1_000); // any second message would have arrived by now
  expect(await shownSaying(panel, SIGN_IN)).toBe(1);
  expect(await shownSaying(panel, 'sent a sign-in page')).toBe(1);
  await expect(panel.getByRole('alert')).toHaveCount(1);
  await expect(panel.locator('#status')).toHaveText('');
  await expect(panel.locator('#gdocs .gdocs-checked')).toHaveCount(0);

  // What to do comes straight after the heading, before what happened and the standing explanation…
  await expect(problem.locator('h3 + p')).toContainText(SIGN_IN);
  const whatToDo = problem.locator('.gdocs-what-to-do');
  const standing = panel.locator('#gdocs .gdocs-how');
  const [todo, how] = (await Promise.all(
    [whatToDo, standing.locator('summary')].map((locator) =>
      locator.evaluate((node) => ({ top: node.getBoundingClientRect().top, size: parseFloat(getComputedStyle(node).fontSize), weight: Number(getComputedStyle(node).fontWeight) })),
    ),
  )) as [{ top: number; size: number; weight: number }, { top: number; size: number; weight: number }];
  expect(todo.top).toBeLessThan(how.top);
  // …and weighs at least as much on the page as the explanation, folded or open.
  expect(todo.size).toBeGreaterThanOrEqual(how.size);
  const explanationSize = await standing.locator('p.hint').evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(todo.size).toBeGreaterThanOrEqual(explanationSize);
  expect(todo.weight).toBeGreaterThanOrEqual(600);
  expect(todo.weight).toBeGreaterThan(how.weight);
  // The standing explanation is there for whoever opens it.
  await expect(standing).not.toHaveAttribute('open', '');
  await standing.locator('summary').click();
  await expect(standing).toContainText('saved text');
  expect(await violations(panel)).toEqual([]);
});

const HOLD_REASON = /^Check the document again first: the last check failed\./;

test('signed out after a good check: no old “Checked at” line and no old findings beside the error, until asked for', async ({ context, docs, openSidePanel }) => {
  const { panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  await expect(panel.locator('#status')).toContainText('Checked at');
  const copy = panel.getByRole('button', { name: 'Copy report' });
  const letter = panel.getByRole('button', { name: 'Draft a challenge letter' });
  await expect(copy).toBeEnabled();
  await expect(letter).toBeEnabled();
  await expect(panel.locator('#actions-note')).toHaveText('');

  docs.serve('login');
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.locator('#gdocs .gdocs-problem')).toHaveAttribute('data-state', 'signed-out');
  await expect(panel.locator('#status')).not.toContainText('Checked at');
  await expect(panel.locator('#status')).not.toContainText('finding');
  await expect(panel.locator('#gdocs .gdocs-checked')).toHaveCount(0);
  await expect(panel.locator('#summary')).toBeHidden();
  await expect(panel.locator('#findings')).toBeHidden();
  expect(await shownSaying(panel, SIGN_IN)).toBe(1);
  // The report and the letter would carry the earlier check's findings: off, with the reason on show and read out.
  await expect(copy).toBeDisabled();
  await expect(letter).toBeDisabled();
  await expect(panel.locator('#actions-note')).toBeVisible();
  await expect(panel.locator('#actions-note')).toHaveText(HOLD_REASON);
  await expect(panel.locator('#actions-note')).toHaveAttribute('aria-live', 'polite');
  await expect(copy).toHaveAccessibleDescription(HOLD_REASON);
  await expect(letter).toHaveAccessibleDescription(HOLD_REASON);

  // By keyboard, the earlier findings come back, said to be from the earlier check.
  const show = panel.getByRole('button', { name: /^Show the findings from the earlier check, at \d\d:\d\d:\d\d$/ });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  const hide = panel.getByRole('button', { name: /^Hide the findings from the check at/ });
  await expect(hide).toBeFocused();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  // Shown to read, still not sent on as if current.
  await expect(copy).toBeDisabled();
  await expect(letter).toBeDisabled();
  expect(await violations(panel)).toEqual([]);
  await panel.keyboard.press('Enter');
  await expect(panel.locator('#findings')).toBeHidden();

  // Signed in again, a check that works turns them back on and the reason goes.
  docs.serve(CABINET_PAPER);
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.locator('#status')).toContainText('Checked at');
  await expect(copy).toBeEnabled();
  await expect(letter).toBeEnabled();
  await expect(panel.locator('#actions-note')).toHaveText('');
});

test('a Doc has no “Linked documents” or “Consultation hub” section; a web page keeps both', async ({ context, docs, site, openSidePanel }) => {
  void docs;
  const { panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  await expect(panel.getByRole('heading', { name: 'Google Doc' })).toBeVisible();
  for (const name of ['Check linked documents', 'Audit this hub']) await expect(panel.getByRole('button', { name })).toHaveCount(0);
  for (const name of ['Linked documents', 'Consultation hub']) await expect(panel.getByRole('heading', { name })).toHaveCount(0);

  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  const webPanel = await openSidePanel(page);
  for (const name of ['Check linked documents', 'Audit this hub']) await expect(webPanel.getByRole('button', { name })).toBeVisible();
  for (const name of ['Linked documents', 'Consultation hub']) await expect(webPanel.getByRole('heading', { name })).toBeVisible();
});

test('“This site” on a Doc does not promise a switch it hides; on a web page the switch is right there, by keyboard', async ({ context, docs, site, openSidePanel }) => {
  void docs;
  const { panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  const siteSection = panel.locator('#site');
  await expect(siteSection).toBeVisible();
  await expect(siteSection.locator('#auto-check')).toBeHidden();
  // No "Off unless/until you turn it on" beside a switch that is not there.
  await expect(siteSection.locator('#auto-check-hint')).toBeHidden();
  expect(await siteSection.innerText()).not.toMatch(/\bOff (?:unless|until)\b/);
  await expect(siteSection.locator('#gdocs-site-note')).toHaveText(/^Google Docs: nothing to turn on\./);

  // A web page: "Off until you tick the box above", and the box is the next thing Tab reaches.
  const page = await context.newPage();
  await page.goto(`${site.origin}/spa.html`);
  const webPanel = await openSidePanel(page);
  const hint = webPanel.locator('#auto-check-hint');
  await expect(hint).toHaveText(/^Off until you tick the box above\./);
  const toggle = webPanel.locator('#auto-check');
  await expect(toggle).toHaveAttribute('aria-describedby', 'auto-check-hint');
  await expect(toggle).toHaveAccessibleDescription(/^Off until you tick the box above\./);
  await webPanel.locator('#site-heading').click();
  await webPanel.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  expect(await toggle.evaluate((box) => getComputedStyle(box).outlineStyle)).toBe('solid');
  await webPanel.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(webPanel.getByRole('status')).toContainText('will be checked automatically');
  await webPanel.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(webPanel.getByRole('status')).toContainText('Auto-check is off');
});

test('a page compact-proof may read says “Press Check this page”, and that button checks it', async ({ context, site, openSidePanel }) => {
  // The e2e build may read 127.0.0.1, as the shipped build may read a site allowed for auto-check.
  const page = await context.newPage();
  await page.goto(`${site.origin}/bad-consultation.html`);
  const panel = await openSidePanel(page);
  await expect(panel.locator('#status')).toHaveText('This page has not been checked yet. Press “Check this page”.');
  await panel.getByRole('button', { name: 'Check this page' }).click();
  await expect(panel.locator('#status')).toHaveText(/^Checked at \d\d:\d\d: 11 findings\.$/);
  await expect(panel.locator('button.finding.error').first()).toBeVisible();
});

test.describe('the build people install', () => {
  test.use({ extensionDir: SHIPPED_EXTENSION_DIR });

  /** The newest tab's id (the shipped build cannot see a page's address, so tabIdOf cannot find it). */
  async function newestTab(serviceWorker: import('@playwright/test').Worker): Promise<number> {
    return serviceWorker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id!)));
  }

  async function panelFor(context: import('@playwright/test').BrowserContext, extensionId: string, tabId: number): Promise<Page> {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 590 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    return panel;
  }

  test('a Doc is checked and kept checked: the panel names the button it has (“Check again”), which works', async ({ context, docs, openSidePanel }) => {
    const { panel } = await openDoc(context, openSidePanel);
    await expect(panel.locator('#findings-body')).toContainText('VCSE');
    await expect(panel.locator('#check')).toHaveText('Check again');
    await expect(panel.locator('body')).not.toContainText('Check this page');
    await expect(panel.locator('body')).not.toContainText('toolbar');
    const before = docs.exportRequests.length;
    await panel.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => docs.exportRequests.length).toBe(before + 1);
    await expect(panel.locator('#status')).toHaveText(/^Checked at \d\d:\d\d: 5 findings\.$/);
  });

  test('a web page not yet opened to compact-proof: every line points to the toolbar button, never back to “Check this page”', async ({ context, site, serviceWorker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/bad-consultation.html`);
    const panel = await panelFor(context, extensionId, await newestTab(serviceWorker));
    const status = panel.locator('#status');
    await expect(status).toHaveText(/^To check this page, click compact-proof’s button in your browser’s toolbar/);
    // Pressed anyway: the same way out, not a loop back to the button just pressed.
    await panel.getByRole('button', { name: 'Check this page' }).click();
    await expect(status).toContainText('Your browser has not yet let compact-proof read this page.');
    await expect(status).toContainText('click compact-proof’s button in your browser’s toolbar');
    await expect(status).not.toContainText('Check this page');
    await expect(status).not.toContainText('did not finish');
  });

  test('a page no extension may read: after a toolbar click the panel says so, and no click is offered that cannot work', async ({ context, site, serviceWorker, extensionId }) => {
    const page = await context.newPage();
    await page.goto('chrome://version');
    const tabId = await newestTab(serviceWorker);
    const panel = await panelFor(context, extensionId, tabId);
    // The toolbar button's own path (a real click cannot be made from a test).
    await serviceWorker.evaluate(async (id) => {
      await (globalThis as unknown as { compactProof: { toolbarClicked(tab: { id: number }): Promise<void> } }).compactProof.toolbarClicked({ id });
    }, tabId);
    const status = panel.locator('#status');
    await expect(status).toHaveText(/^compact-proof cannot check this page: browsers do not let extensions read the browser’s own pages/);
    await expect(status).not.toContainText('Check this page');
    // A panel opened by that same click (so too late for the message) says it too.
    await panel.reload();
    await expect(status).toHaveText(/^compact-proof cannot check this page/);
    // The panel's own button agrees.
    await panel.getByRole('button', { name: 'Check this page' }).click();
    await expect(status).toHaveText(/^compact-proof cannot check this page/);
    // Once the tab shows a web page, the refusal is forgotten: back to the toolbar instruction.
    await page.goto(`${site.origin}/bad-consultation.html`);
    await panel.reload();
    await expect(status).toHaveText(/^To check this page, click compact-proof’s button/);
  });
});

test('screenshot of the Google Docs panel when the officer has been signed out @screenshots', async ({ context, docs, openSidePanel }) => {
  const { panel } = await openDoc(context, openSidePanel);
  await expect(panel.locator('#findings-body')).toContainText('VCSE');
  docs.serve('login');
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.locator('#gdocs .gdocs-problem')).toHaveAttribute('data-state', 'signed-out');
  await panel.setViewportSize({ width: 400, height: 590 });
  await panel.screenshot({ path: 'tests/fixtures/screenshots/extension-google-docs-signed-out.png' });
});
