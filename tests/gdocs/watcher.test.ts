// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportResponse, ExportSources } from '../../shared/dom/google-docs/export-fetch.ts';
import type { GoogleDocsResults } from '../../shared/dom/google-docs/results.ts';
import { DocsWatcher, documentTitle } from '../../shared/dom/google-docs/watcher.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { buildDocsExport, CABINET_PAPER, longPaper } from '../fixtures/gdocs/export-builder.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const DOC = { id: '1AbC_dEf-GhIjKlMnOpQrStUvWxYz0123456789', account: null };
const URL = `https://docs.google.com/document/d/${DOC.id}/edit`;
const LOGIN = '<html><body><form action="https://accounts.google.com/v3/signin/identifier"><input type="password"></form></body></html>';

function exportAnswer(body: string, overrides: Partial<ExportResponse> = {}): ExportResponse {
  return {
    status: 200,
    url: `https://docs.google.com/document/d/${DOC.id}/export?format=html`,
    redirected: false,
    contentType: 'text/html',
    contentDisposition: 'attachment; filename="Cabinet.html"',
    body,
    bytes: body.length,
    ...overrides,
  };
}

const clock = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function harness(answers: (() => ExportResponse | Promise<ExportResponse>)[], options: { online?: () => boolean; maxWords?: number } = {}) {
  const announced: GoogleDocsResults[] = [];
  const fromPage = vi.fn(async () => {
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return next();
  });
  const sources: ExportSources = { fromPage, isOnline: options.online ?? (() => true) };
  const lint = vi.fn(async (text: string, headings: { start: number; end: number; level: number }[]) => ({
    ...lintPage({ text, headings }, {}, [], TEST_TODAY),
    ignoredPhrases: [],
    autoCheck: false,
  }));
  const watcher = new DocsWatcher({
    doc: DOC,
    url: () => URL,
    title: () => 'Cabinet report - Google Docs',
    sources,
    lint,
    announce: (results) => announced.push(results),
    isVisible: () => true,
    clock,
    maxWords: options.maxWords,
  });
  return { watcher, announced, fromPage, lint };
}

describe('DocsWatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2025, 2, 4, 9, 0, 0)));
  });
  afterEach(() => vi.useRealTimers());

  it('checks when a panel starts watching, and announces findings with their sentences', async () => {
    const { watcher, announced } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER))]);
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    expect(announced[0]?.status).toBe('checking');
    const results = announced.at(-1)!;
    expect(results.status).toBe('done');
    expect(results.page).toEqual({ title: 'Cabinet report', url: URL });
    expect(results.checkedAt).toBe('2025-03-04T09:00:00.000Z');
    const index = results.findings.findIndex((finding) => finding.actual === 'VCSE');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(results.googleDocs.sentences[index]).toBe(
      'This report asks Cabinet to agree changes to the grants the council gives to VCSE groups from 1 April 2025.',
    );
    expect(results.googleDocs).toMatchObject({ state: 'ok', problem: null, stale: false, via: 'page', documentId: DOC.id });
    expect(results.summary?.total).toBe(results.findings.length);
    // The plan for the next check is kept current for the panel's next request.
    expect(watcher.current.googleDocs.nextCheckAt).toBe('2025-03-04T09:01:00.000Z');
    watcher.stop();
  });

  it('does not lint again when the saved text has not changed', async () => {
    const html = buildDocsExport(CABINET_PAPER);
    const { watcher, lint, fromPage, announced } = harness([() => exportAnswer(html)]);
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fromPage).toHaveBeenCalledTimes(2);
    expect(lint).toHaveBeenCalledTimes(1);
    expect(announced.at(-1)?.checkedAt).toBe('2025-03-04T09:01:00.000Z');
    watcher.stop();
  });

  it('re-checks an edit once the officer pauses, and shows the new text’s findings', async () => {
    const edited = CABINET_PAPER.map((block) =>
      block.kind === 'paragraph' && block.text.includes('VCSE') ? { ...block, text: block.text.replace('VCSE', 'voluntary') } : block,
    );
    const { watcher, announced } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER)), () => exportAnswer(buildDocsExport(edited))]);
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    expect(announced.at(-1)?.findings.some((finding) => finding.actual === 'VCSE')).toBe(true);
    watcher.noteEdit();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(announced.at(-1)?.findings.some((finding) => finding.actual === 'VCSE')).toBe(false);
    watcher.stop();
  });

  it('shows the signed-out state with what to do, and recovers when the export comes back', async () => {
    const { watcher, announced } = harness([() => exportAnswer(LOGIN, { contentDisposition: '' }), () => exportAnswer(buildDocsExport(CABINET_PAPER))]);
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    const failed = announced.at(-1)!;
    expect(failed.status).toBe('error');
    expect(failed.googleDocs.state).toBe('signed-out');
    expect(failed.googleDocs.problem?.whatToDo).toMatch(/Sign in to Google/);
    expect(failed.googleDocs.stale).toBe(false);
    expect(failed.error).toContain('sign-in page');
    // The retry waits for the back-off (15 s), not a tight loop.
    await vi.advanceTimersByTimeAsync(14_999);
    expect(announced.at(-1)?.status).toBe('error');
    await vi.advanceTimersByTimeAsync(1);
    expect(announced.at(-1)).toMatchObject({ status: 'done', googleDocs: { state: 'ok', problem: null } });
    watcher.stop();
  });

  it('keeps the last findings, marked as stale, when a later check fails', async () => {
    let online = true;
    const { watcher, announced } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER))], { online: () => online });
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    const count = announced.at(-1)!.findings.length;
    online = false;
    watcher.check();
    await vi.advanceTimersByTimeAsync(0);
    const offline = announced.at(-1)!;
    expect(offline.googleDocs).toMatchObject({ state: 'offline', stale: true });
    expect(offline.status).toBe('done');
    expect(offline.findings.length).toBe(count);
    expect(offline.checkedAt).toBe('2025-03-04T09:00:00.000Z');
    watcher.stop();
  });

  it('“Check again” lints even unchanged text (settings may have changed) and resolves with the results', async () => {
    const { watcher, lint } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER))]);
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    const pending = watcher.check();
    await vi.advanceTimersByTimeAsync(0);
    const results = await pending;
    expect(results.status).toBe('done');
    expect(lint).toHaveBeenCalledTimes(2);
    watcher.stop();
  });

  it('reports a failed check as our own failure, not as Google failing to send the text', async () => {
    const { watcher, announced, lint } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER))]);
    lint.mockRejectedValueOnce(new Error('No answer to "lint": the other side is not listening.'));
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    const failed = announced.at(-1)!;
    expect(failed.status).toBe('error');
    expect(failed.googleDocs.state).toBe('lint-failed');
    expect(failed.googleDocs.problem?.title).toBe('compact-proof could not check the document');
    expect(failed.googleDocs.problem?.message).toContain('Google Docs sent the document’s text');
    expect(failed.googleDocs.problem?.message).toContain('the other side is not listening');
    expect(failed.googleDocs.problem?.message).not.toMatch(/did not send|could not export/);
    expect(failed.error).not.toMatch(/did not send|could not export/);
    // Retried after the back-off like any failure; the next check succeeds.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(announced.at(-1)).toMatchObject({ status: 'done', googleDocs: { state: 'ok', problem: null } });
    watcher.stop();
  });

  it('refuses a document over the word limit without linting it', async () => {
    const { watcher, announced, lint } = harness([() => exportAnswer(buildDocsExport(longPaper(3)))], { maxWords: 500 });
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    expect(announced.at(-1)?.googleDocs.state).toBe('too-large');
    expect(announced.at(-1)?.googleDocs.problem?.message).toMatch(/compact-proof checks documents of up to 500 words/);
    expect(lint).not.toHaveBeenCalled();
    watcher.stop();
  });

  it('stops fetching once no panel is watching', async () => {
    const { watcher, fromPage } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER))]);
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    watcher.removeWatcher();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    // The first check, then at most the timer checks inside the five-minute grace.
    expect(fromPage.mock.calls.length).toBeLessThanOrEqual(6);
    const calls = fromPage.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(fromPage.mock.calls.length).toBe(calls);
  });

  it('(experimental) lints the live text when the editor offers it, and the export when it does not', async () => {
    const announced: GoogleDocsResults[] = [];
    let live: string | null = 'We will tell the VCSE sector soon.';
    const fromPage = vi.fn(async () => exportAnswer(buildDocsExport(CABINET_PAPER)));
    const watcher = new DocsWatcher({
      doc: DOC,
      url: () => URL,
      title: () => 'Cabinet report - Google Docs',
      sources: { fromPage, isOnline: () => true },
      lint: async (text, headings) => ({ ...lintPage({ text, headings }, {}, [], TEST_TODAY), ignoredPhrases: [], autoCheck: false }),
      liveText: async () => live,
      announce: (results) => announced.push(results),
      isVisible: () => true,
      clock,
    });
    watcher.addWatcher();
    await vi.advanceTimersByTimeAsync(0);
    expect(fromPage).not.toHaveBeenCalled();
    expect(announced.at(-1)?.googleDocs.via).toBe('live');
    expect(announced.at(-1)?.googleDocs.sentences).toContain('We will tell the VCSE sector soon.');
    live = null;
    const checked = watcher.check();
    await vi.advanceTimersByTimeAsync(0);
    await checked;
    expect(fromPage).toHaveBeenCalledTimes(1);
    expect(announced.at(-1)?.googleDocs.via).toBe('page');
    watcher.stop();
  });

  it('fetches nothing until a panel asks', async () => {
    const { fromPage } = harness([() => exportAnswer(buildDocsExport(CABINET_PAPER))]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fromPage).not.toHaveBeenCalled();
  });
});

describe('documentTitle', () => {
  it('drops the editor’s suffix', () => {
    expect(documentTitle('Cabinet report - Google Docs')).toBe('Cabinet report');
    expect(documentTitle(' - Google Docs')).toBe('Untitled document');
  });
});
