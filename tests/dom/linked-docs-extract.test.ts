/**
 * Linked documents, read as the side panel reads them: the fixture files in
 * tests/fixtures/documents (made by make-documents.sh) through the browser-side extractors,
 * findings placed on pages and paragraphs, and the download's size cap, time-out and cancel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, joinUnits, unitAt } from '../../shared/dom/linked-docs/extract-document.ts';
import { fetchDocument } from '../../shared/dom/linked-docs/fetch-document.ts';
import { checkLinkedDocument } from '../../shared/dom/linked-docs/check-document.ts';
import { LinkedDocumentError } from '../../shared/dom/linked-docs/problems.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/documents/${name}`));

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LinkedDocumentError) return error.problem;
    throw error;
  }
  return 'none';
}

describe('reading linked documents', () => {
  it('reads a PDF page by page', async () => {
    const document = await extractDocument(fixture('consultation-paper.pdf'), 'pdf');
    expect(document.unit).toBe('page');
    expect(document.starts).toHaveLength(2);
    expect(unitAt(document, document.text.indexOf('leverage'))).toBe(1);
    expect(unitAt(document, document.text.indexOf('Eastgate'))).toBe(2);
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const document = await extractDocument(fixture('cabinet-report.docx'), 'docx');
    expect(document.unit).toBe('paragraph');
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs[0]).toBe('Cabinet report: voluntary sector grants');
    expect(unitAt(document, document.text.indexOf('Hillside Carers'))).toBe(paragraphs.findIndex((p) => p.includes('Hillside')) + 1);
  });

  it('reads an OpenDocument text file paragraph by paragraph', async () => {
    const document = await extractDocument(fixture('plain-notes.odt'), 'odt');
    expect(document.text).toBe('Notes of the forum\n\nThe forum met on 3 March and agreed to leverage its links with the council.');
    expect(document.starts).toEqual([0, 20]);
  });

  it.each([
    ['protected.pdf', 'pdf', 'password'],
    ['scanned.pdf', 'pdf', 'scanned'],
    ['damaged.pdf', 'pdf', 'damaged'],
    ['cabinet-report.docx', 'pdf', 'damaged'],
    ['consultation-paper.pdf', 'docx', 'damaged'],
    ['consultation-paper.pdf', 'odt', 'damaged'],
  ] as const)('names the problem with %s read as %s: %s', async (name, kind, problem) => {
    expect(await problemOf(extractDocument(fixture(name), kind))).toBe(problem);
  });

  it('says a Word file saved with a password (an OLE compound file) is password-protected', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problemOf(extractDocument(ole, 'docx'))).toBe('password');
  });

  it('numbers pages from their starts', () => {
    const joined = joinUnits(['one', 'two', 'three'], 'page');
    expect(joined.text).toBe('one\n\ntwo\n\nthree');
    expect([0, 3, 5, 9, 12].map((offset) => unitAt(joined, offset))).toEqual([1, 1, 2, 2, 3]);
  });
});

/** A fetch that answers with `body` in chunks, with the given headers. */
function fakeFetch(chunks: Uint8Array[], headers: Record<string, string> = {}, status = 200): typeof fetch {
  return (async (_url: string, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return new Response(body, { status, headers });
  }) as typeof fetch;
}

describe('downloading a linked document', () => {
  it('returns the bytes that arrived', async () => {
    const bytes = await fetchDocument('https://council.example/a.pdf', { fetch: fakeFetch([new Uint8Array([1, 2]), new Uint8Array([3])]) });
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('refuses an over-size file by its declared length before reading it', async () => {
    const fetch = fakeFetch([], { 'content-length': String(26 * 1024 * 1024) });
    expect(await problemOf(fetchDocument('https://council.example/a.pdf', { fetch }))).toBe('too-large');
  });

  it('stops an over-size file that declares no length once the cap is passed', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024);
    const endless = (async () =>
      new Response(new ReadableStream({ pull: (controller) => void (pulled++, controller.enqueue(chunk)) }))) as unknown as typeof fetch;
    expect(await problemOf(fetchDocument('https://council.example/a.pdf', { fetch: endless, maxBytes: 10 * 1024 }))).toBe('too-large');
    expect(pulled).toBeLessThan(20);
  });

  it('says so when the site answers with an error or a web page', async () => {
    expect(await problemOf(fetchDocument('https://council.example/a.pdf', { fetch: fakeFetch([], {}, 404) }))).toBe('http');
    expect(await problemOf(fetchDocument('https://council.example/a.pdf', { fetch: fakeFetch([], { 'content-type': 'text/html' }) }))).toBe('wrong-type');
  });

  it('stops on time-out and on cancel', async () => {
    const never = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    expect(await problemOf(fetchDocument('https://council.example/a.pdf', { fetch: never, timeoutMs: 20 }))).toBe('timed-out');
    const controller = new AbortController();
    const pending = fetchDocument('https://council.example/a.pdf', { fetch: never, signal: controller.signal });
    controller.abort();
    expect(await problemOf(pending)).toBe('cancelled');
  });
});

describe('checking a linked document', () => {
  const lint = async (text: string) => lintPage({ text, headings: [] }, {}, [], TEST_TODAY);

  it('groups its findings by page, with the engine’s own findings', async () => {
    const link = { url: 'https://council.example/paper.pdf', text: 'Consultation paper', kind: 'pdf' as const, sameSite: true };
    const result = await checkLinkedDocument(link, { lint, fetch: fakeFetch([fixture('consultation-paper.pdf')]) });
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    const byRule = result.findings.map(({ finding, at }) => `${finding.ruleId}@${at}`);
    expect(byRule).toContain('jargon@1');
    expect(byRule).toContain('impact-assessment@2');
  });

  it('reports a password-protected document as failed, with its reason', async () => {
    const link = { url: 'https://council.example/locked.pdf', text: 'Locked', kind: 'pdf' as const, sameSite: true };
    const result = await checkLinkedDocument(link, { lint, fetch: fakeFetch([fixture('protected.pdf')]) });
    expect(result).toMatchObject({ status: 'failed', problem: 'password' });
  });
});
