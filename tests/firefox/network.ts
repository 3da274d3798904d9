/**
 * Everything Firefox sends beyond 127.0.0.1 goes through this proxy (Firefox's own proxy
 * settings, so the extension's background script is covered as well as the pages). It keeps
 * a record of every such request, answers docs.google.com with a stand-in Google Docs (an
 * editor page and the document's export, over TLS with a throwaway certificate that Firefox
 * is told to accept), and refuses everything else. Nothing reaches the internet, and a test
 * can assert exactly what was asked for.
 *
 * Playwright's `context.route` does this for the Chromium suite. A proxy set in Firefox's own
 * preferences sees every part of the browser alike (pages, the extension's background script,
 * Firefox itself), whatever the test driver can or cannot see.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocsExport, type Block } from '../fixtures/gdocs/export-builder.ts';

export const DOCS_HOST = 'docs.google.com';
export const DOC_ID = '1FfE2eStandInDocument_abcdefghijklmnop';
export const EDITOR_URL = `https://${DOCS_HOST}/document/d/${DOC_ID}/edit`;
export const EXPORT_URL = `https://${DOCS_HOST}/document/d/${DOC_ID}/export?format=html`;

/** A stand-in for the Docs editor: a canvas and the hidden iframe Docs types into. */
const EDITOR_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet report - Google Docs</title></head>
<body><div class="kix-appview-editor"><canvas width="800" height="1000"></canvas></div>
<iframe class="docs-texteventtarget-iframe" title="Document text"></iframe></body></html>`;

export interface NetworkStandIn {
  /** The proxy's port, for Firefox's `network.proxy.*` preferences. */
  port: number;
  /** Every address Firefox asked the proxy for (so, every request not to 127.0.0.1), in order. */
  requests: string[];
  /** What the stand-in export of the Google Doc contains. */
  serveDocument(blocks: Block[]): void;
  close(): Promise<void>;
}

/** A self-signed certificate for docs.google.com, made fresh for each run and never kept. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), 'compact-proof-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${DOCS_HOST}`,
      '-addext', `subjectAltName=DNS:${DOCS_HOST}`,
      '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) };
  } catch (error) {
    throw new Error(`Could not make a test certificate with openssl (apt-get install -y openssl): ${(error as Error).message}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function startNetworkStandIn(): Promise<NetworkStandIn> {
  const requests: string[] = [];
  let documentBlocks: Block[] = [];

  const answerDocs = (request: IncomingMessage, response: ServerResponse) => {
    const url = `https://${request.headers.host ?? DOCS_HOST}${request.url ?? '/'}`;
    requests.push(url);
    if (url === EDITOR_URL) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(EDITOR_PAGE);
    } else if (url === EXPORT_URL) {
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-disposition': 'attachment; filename="Cabinet report.html"',
        })
        .end(buildDocsExport(documentBlocks));
    } else {
      response.writeHead(404).end();
    }
  };
  const docs = createHttpsServer(throwawayCertificate(), answerDocs);

  // Plain-HTTP requests through the proxy name their full address; none is answered (the
  // connection is dropped, so the request fails as it would with no network).
  const proxy = createHttpServer((request) => {
    requests.push(request.url ?? '');
    request.socket.destroy();
  });
  // HTTPS: the CONNECT tunnel. docs.google.com is answered by the stand-in; anything else is refused.
  proxy.on('connect', (request: IncomingMessage, socket: Socket) => {
    const target = request.url ?? '';
    if (target === `${DOCS_HOST}:443`) {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      docs.emit('connection', socket);
    } else {
      requests.push(`https://${target.replace(/:443$/, '')}/`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    }
  });
  const sockets = new Set<Socket>();
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));

  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    serveDocument(blocks) {
      documentBlocks = blocks;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => proxy.close(done));
      docs.close();
    },
  };
}

/**
 * Firefox preferences that send every request except those to 127.0.0.1 through the proxy,
 * and turn off Firefox's own traffic (updates, telemetry, Safe Browsing, captive-portal and
 * connectivity checks, prefetching), so that what the proxy sees is the extension and the pages.
 */
export function firefoxNetworkPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.socks_remote_dns': true,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/remote-settings',
    'browser.newtabpage.enabled': false,
    // Firefox's own request for a page's favicon (the extension never asks for one).
    'browser.chrome.site_icons': false,
    'browser.topsites.contile.enabled': false,
    'dom.push.connection.enabled': false,
    'media.gmp-manager.updateEnabled': false,
  };
}
