// Bundles the CLI (shared/node/cli.ts and everything it imports from shared/ and
// lint-rules/) into one plain-JS file, so `npx compact-proof` starts fast on Node 20 with
// no TypeScript loader. Packages stay external and load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['shared/node/cli.ts'],
  outfile: '.output/cli/compact-proof.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
