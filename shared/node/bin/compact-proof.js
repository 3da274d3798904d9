#!/usr/bin/env node
// The package's bin: runs the bundled CLI that `npm ci` (the prepare script) builds.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.output', 'cli', 'compact-proof.mjs');
if (!existsSync(bundle)) {
  process.stderr.write('compact-proof: the CLI has not been built yet. Run `npm ci` (or `npm run build:cli`) in the project folder.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
const code = await main(process.argv.slice(2));
process.exitCode = code;
// A worker thread stopped for going over its time limit can take a while to unwind (V8 stops
// it only between steps of some long native operations); the report is out, so once the
// output is flushed do not wait for it.
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
setTimeout(() => process.exit(code), 500).unref();
