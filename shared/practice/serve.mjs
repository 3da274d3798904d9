// Runs the practice page straight from the repository, without installing the extension:
//
//   node shared/practice/serve.mjs [--port 4178] [--out-dir DIR] [--build-only]
//
// It bundles entrypoints/practice/ (the same page the extension ships) with esbuild into
// .output/practice-web/, then serves that folder on http://127.0.0.1:<port>. The server
// listens on the loopback address only and serves only the built files: a trainer's text
// never leaves the machine, because the page checks everything in the browser.
//
// The port is taken before anything is built, so a port already in use (say, by a server
// started earlier) fails at once and leaves the built page alone. The page is built in a
// fresh folder and moved in file by file, each replacing its old version in one step, so a
// server already serving the folder never finds it missing or half-built.
//
// The folder must be new, empty or a previous build (marked by BUILD_MARKER, which lists the
// files the build wrote): a folder holding anything else is refused, and only files a previous
// build wrote are ever replaced or deleted.
import { build } from 'esbuild';
import { createReadStream } from 'node:fs';
import { copyFile, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
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

/**
 * The file that marks a folder as this tool's build and lists the files it wrote there.
 * Only those files are ever replaced or deleted: anything else in the folder is someone
 * else's and stays.
 */
export const BUILD_MARKER = '.compact-proof-practice-build.json';

/** A folder that must not be built into: it holds other things and is not a previous build. */
export class OutDirError extends Error {}

/**
 * What the folder holds: `fresh` (missing or empty), or `previous` with the files the last
 * build wrote. Anything else is refused with a message naming the folder.
 */
async function previousBuild(target) {
  let entries;
  try {
    entries = await readdir(target);
  } catch (error) {
    if (error.code === 'ENOENT') return { files: [] };
    if (error.code === 'ENOTDIR') throw new OutDirError(`--out-dir ${target} is a file, not a folder; choose a new or empty folder`);
    throw error;
  }
  if (entries.length === 0) return { files: [] };
  let marker;
  try {
    marker = JSON.parse(await readFile(join(target, BUILD_MARKER), 'utf8'));
  } catch {
    // The project's own default folder, built before there was a marker: adopt it, deleting nothing.
    if (target === resolve(DEFAULT_OUT_DIR)) return { files: [] };
    throw new OutDirError(
      `--out-dir ${target} already holds other files and is not a previous build of the practice page ` +
        `(it has no ${BUILD_MARKER}), so nothing was written there; choose a new or empty folder`,
    );
  }
  // Only plain relative paths inside the folder: a marker that was edited by hand cannot send a deletion elsewhere.
  const files = Array.isArray(marker?.files) ? marker.files.filter((path) => typeof path === 'string' && isInside(path)) : [];
  return { files };
}

function isInside(path) {
  return path !== '' && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

async function writeMarker(target, files) {
  const marker = { builtBy: 'the compact-proof practice page (shared/practice/serve.mjs)', files: [...files].sort() };
  const temporary = join(target, `${BUILD_MARKER}.${process.pid}`);
  await writeFile(temporary, `${JSON.stringify(marker, null, 2)}\n`);
  await rename(temporary, join(target, BUILD_MARKER));
}

/**
 * Bundle the page into `outDir`: index.html, main.js (+ lazy chunks such as the .docx reader)
 * and style.css. `outDir` must be new, empty or a previous build (see BUILD_MARKER). Built
 * beside `outDir` in a fresh folder, then moved in, so whatever is serving `outDir` meanwhile
 * serves the previous build until each new file is in place. Files of the previous build that
 * the new one no longer has are deleted; nothing else is.
 */
export async function buildPracticePage(outDir = DEFAULT_OUT_DIR) {
  const target = resolve(outDir);
  const previous = await previousBuild(target);
  await mkdir(dirname(target), { recursive: true });
  // mkdtemp makes a folder nobody else has, so removing it afterwards removes only our own files.
  const fresh = await mkdtemp(`${target}.building-`);
  try {
    await bundleInto(fresh);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  const built = await filesUnder(fresh);
  await mkdir(target, { recursive: true });
  // The marker lists old and new files while they are being swapped, so an interrupted build can still be tidied by the next.
  await writeMarker(target, new Set([...previous.files, ...built]));
  // Each file replaces its old version in one step (a rename), chunks first and index.html
  // last, so a page fetched meanwhile always finds the files it refers to.
  const order = (path) => (path === 'index.html' ? 2 : path.includes('/') ? 0 : 1);
  for (const path of [...built].sort((a, b) => order(a) - order(b))) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await rename(join(fresh, path), join(target, path));
  }
  await rm(fresh, { recursive: true, force: true });
  // Then the files the previous build wrote and this one no longer has (old chunks) go, and
  // the folders that leaves empty; anything else in the folder was not ours and stays.
  for (const path of previous.files) {
    if (built.has(path)) continue;
    const file = join(target, path);
    const stats = await lstat(file).catch(() => undefined);
    if (!stats?.isFile()) continue;
    await rm(file, { force: true });
    await removeEmptyParents(dirname(file), target);
  }
  await writeMarker(target, built);
  return outDir;
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
async function filesUnder(dir, prefix = '') {
  const files = new Set();
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const file of await filesUnder(dir, path)) files.add(file);
    else files.add(path);
  }
  return files;
}

/** Remove `dir` and its parents up to (not including) `root` while they are empty. */
async function removeEmptyParents(dir, root) {
  for (let current = dir; current !== root && current.startsWith(`${root}${sep}`); current = dirname(current)) {
    try {
      await rmdir(current); // fails, harmlessly, on a folder that still holds something
    } catch {
      return;
    }
  }
}

async function bundleInto(outDir) {
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

const USAGE = 'Usage: node shared/practice/serve.mjs [--port N] [--out-dir DIR] [--build-only]';

/** A mistake in how the server was started: the message says what is wrong and what to do. */
class UsageError extends Error {}

function parsePort(value, source) {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`${source} is "${value}"; expected a whole number from 0 to 65535 (0 picks a free port), for example --port ${DEFAULT_PORT + 1}`);
  }
  return Number(value);
}

/** `--port N` (or `--port=N`, or the PORT variable), `--out-dir DIR`, `--build-only`, `--help`. */
export function parseServeArguments(args, env = process.env) {
  const options = { port: undefined, outDir: DEFAULT_OUT_DIR, buildOnly: false, help: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (name === '--build-only' || name === '--help' || name === '-h') {
      if (equals !== -1) throw new UsageError(`${name} takes no value, but was given "${arg.slice(equals + 1)}"`);
      if (name === '--build-only') options.buildOnly = true;
      else options.help = true;
    } else if (name === '--port' || name === '--out-dir') {
      const next = args[index + 1];
      const value = equals !== -1 ? arg.slice(equals + 1) : next !== undefined && !next.startsWith('--') ? args[++index] : undefined;
      if (value === undefined || value === '') {
        throw new UsageError(
          name === '--port'
            ? `--port needs a value: a whole number from 0 to 65535 (0 picks a free port), for example --port ${DEFAULT_PORT + 1}`
            : '--out-dir needs a value: the folder to build the page into, for example --out-dir /tmp/practice',
        );
      }
      if (name === '--port') options.port = parsePort(value, '--port');
      else options.outDir = resolve(value);
    } else {
      throw new UsageError(`"${arg}" is not an option of the practice server`);
    }
  }
  if (options.port === undefined) options.port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : parsePort(env.PORT, 'the PORT variable');
  return options;
}

/** Why the port could not be used, and what to do about it. */
function portProblem(error, port) {
  if (error?.code === 'EADDRINUSE') {
    return `port ${port} is already in use, perhaps by a practice server started earlier. Stop that one, or choose another port with --port, for example --port ${port === 65535 ? port - 1 : port + 1} (or --port 0 for any free port). Nothing was built.`;
  }
  if (error?.code === 'EACCES') {
    return `this account may not listen on port ${port}. Choose another port with --port, for example --port ${DEFAULT_PORT}. Nothing was built.`;
  }
  return undefined;
}

async function main() {
  let options;
  try {
    options = parseServeArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`compact-proof practice: ${error.message}.\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  // Take the port first: if it is in use, fail before the built page is touched.
  let started;
  if (!options.buildOnly) {
    try {
      started = await startPracticeServer({ dir: options.outDir, port: options.port });
    } catch (error) {
      const problem = portProblem(error, options.port);
      if (!problem) throw error;
      console.error(`compact-proof practice: ${problem}`);
      process.exit(1);
    }
  }
  const began = Date.now();
  try {
    await buildPracticePage(options.outDir);
  } catch (error) {
    started?.server.close();
    if (!(error instanceof OutDirError)) throw error;
    console.error(`compact-proof practice: ${error.message}.`);
    process.exit(2);
  }
  console.log(`Built the practice page in ${Date.now() - began} ms (${options.outDir}).`);
  if (!started) return;
  console.log(`Practice page: ${started.url}`);
  console.log('Everything is checked in your browser; nothing is sent anywhere. Press Ctrl+C to stop.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`compact-proof practice: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
