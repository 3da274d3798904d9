/**
 * The fixture-page server for the e2e tests and the benchmark: node:http on 127.0.0.1,
 * serving tests/fixtures/pages/ (csp.html with a strict policy) and generated long pages
 * at /generated/<words> (plain paragraphs) and /generated/council/<words> (a realistic committee page).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { hubResponse } from './hub-standins.ts';
import { councilPage } from '../bench/council-page.ts';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
/** The build people install (`npx wxt build`), for the specs that walk what it says. */
export const SHIPPED_EXTENSION_DIR = resolve('.output/chrome-mv3');
const PAGES_DIR = resolve('tests/fixtures/pages');
const DOCUMENTS_DIR = resolve('tests/fixtures/documents');

/** Every path the server was asked for, in order (the linked-documents spec checks nothing was fetched unasked). */
export const servedPaths: string[] = [];

const DOCUMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/**
 * /documents/<file>: the linked-document fixtures, plus stand-ins made on the fly: an
 * over-size PDF that declares its length, one that does not (sent in 1 MB pieces until the
 * reader stops) and one that trickles so slowly that only Cancel ends it.
 */
function serveDocument(name: string, response: import('node:http').ServerResponse): void {
  const type = DOCUMENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  if (name === 'over-size-declared.pdf') {
    response.writeHead(200, { 'content-type': type, 'content-length': String(30 * 1024 * 1024) });
    response.write('%PDF-1.7\n');
    response.end();
    return;
  }
  if (name === 'over-size.pdf' || name === 'slow.pdf') {
    response.writeHead(200, { 'content-type': type });
    response.write('%PDF-1.7\n');
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed || sent > 40) {
        clearInterval(timer);
        response.end();
        return;
      }
      sent++;
      response.write(name === 'slow.pdf' ? ' ' : piece);
    }, name === 'slow.pdf' ? 1000 : 5);
    response.on('close', () => clearInterval(timer));
    return;
  }
  if (!/^[\w-]+\.(?:pdf|docx|odt)$/.test(name)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = readFileSync(join(DOCUMENTS_DIR, name));
    response.writeHead(200, { 'content-type': type, 'content-length': String(body.length) });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

/** The strict policy served with csp.html: no inline styles or scripts from the page at all. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

/** Sentences for generated pages (about 100 words per paragraph), a few with findings. */
const SENTENCES = [
  'The council will review each grant and write to every group before any change is made.',
  'Groups told us that they need time to plan, to talk to volunteers and to find other money.',
  'We will publish what we heard and explain what we changed because of it.',
  'Going forward we will <b>lever</b>age partnerships with local charities.',
  'The review covers day services, transport to appointments and help with shopping.',
  'If you need this page in another format, please ask the library team.',
  'The SLA for befriending services ends when the new contract starts.',
  'Each group can ask for a meeting with officers before the end of the consultation.',
];

/** A long page of about `words` words, in paragraphs of about 100 words, with some findings. */
export function generatedPage(words: number): string {
  const paragraphs: string[] = [];
  let written = 0;
  for (let n = 0; written < words; n++) {
    const sentences: string[] = [];
    let inParagraph = 0;
    for (let i = 0; inParagraph < 100; i++) {
      const sentence = SENTENCES[(n + i) % SENTENCES.length]!;
      sentences.push(sentence);
      inParagraph += sentence.split(' ').length;
    }
    written += inParagraph;
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Generated page of ${words} words</title></head><body><main><h1>Long consultation</h1>${paragraphs.join('\n')}</main></body></html>`;
}

export async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    servedPaths.push(url.pathname);
    if (url.pathname.startsWith('/documents/')) {
      serveDocument(url.pathname.slice('/documents/'.length), response);
      return;
    }
    // A realistic committee page (headings, tables, lists, many findings) for the benchmark.
    const council = /^\/generated\/council\/(\d+)$/.exec(url.pathname);
    if (council) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(councilPage(Number(council[1])));
      return;
    }
    const generated = /^\/generated\/(\d+)$/.exec(url.pathname);
    if (generated) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(generatedPage(Number(generated[1])));
      return;
    }
    if (url.pathname.startsWith('/hubs/')) {
      const body = hubResponse(url.pathname);
      if (body === null) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
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

