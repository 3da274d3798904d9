// Runs the practice page straight from the repository, without installing the extension:
//
//   node shared/practice/serve.mjs [--port 4178] [--build-only]
//
// It bundles entrypoints/practice/ (the same page the extension ships) with esbuild into
// .output/practice-web/, then serves that folder on http://127.0.0.1:<port>. The server
// listens on the loopback address only and serves only the built files: a trainer's text
// never leaves the machine, because the page checks everything in the browser.
import { build } from 'esbuild';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pageDir = join(root, 'entrypoints', 'practice');
export const DEFAULT_OUT_DIR = join(root, '.output', 'practice-web');
export const DEFAULT_PORT = 4178;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Bundle the page into `outDir`: index.html, main.js (+ lazy chunks such as the .docx reader) and style.css. */
export async function buildPracticePage(outDir = DEFAULT_OUT_DIR) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { main: join(pageDir, 'main.ts') },
    outdir: outDir,
    bundle: true,
    // Splitting keeps mammoth (the .docx reader, about 400 KB) in its own chunk, loaded
    // only when someone opens a .docx file.
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
  const html = await readFile(join(pageDir, 'index.html'), 'utf8');
  // The extension build (Vite) reads main.ts itself; the plain web build points at the bundle.
  await writeFile(join(outDir, 'index.html'), html.replace('./main.ts', './main.js'));
  await copyFile(join(pageDir, 'style.css'), join(outDir, 'style.css'));
  return outDir;
}

/** Serve `dir` on 127.0.0.1. Resolves with the server and its address once listening. */
export function startPracticeServer({ dir = DEFAULT_OUT_DIR, port = DEFAULT_PORT } = {}) {
  const base = resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      // Never serve anything outside the built folder.
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // The page needs nothing from elsewhere; say so to the browser too.
        'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:",
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(400).end('Bad request');
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveStart({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`compact-proof practice: "--port" must be a whole number from 0 to 65535, not "${args[portIndex + 1] ?? process.env.PORT}".`);
    process.exit(2);
  }
  const started = Date.now();
  const dir = await buildPracticePage();
  console.log(`Built the practice page in ${Date.now() - started} ms (${dir}).`);
  if (args.includes('--build-only')) return;
  const { url } = await startPracticeServer({ dir, port });
  console.log(`Practice page: ${url}`);
  console.log('Everything is checked in your browser; nothing is sent anywhere. Press Ctrl+C to stop.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`compact-proof practice: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
