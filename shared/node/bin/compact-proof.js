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
process.exitCode = await main(process.argv.slice(2));
