// Bundles the CLI (shared/node/cli.ts and everything it imports from shared/ and
// lint-rules/) into plain JS, so `npx compact-proof` starts fast on Node 20 with no
// TypeScript loader. Two entry points: the CLI and the worker thread that checks files
// when there are many (pool.ts finds it beside the CLI).
// Small packages are bundled in and tree-shaken: importing date-fns's and zod's package
// entry points from node_modules costs about 350 ms at start-up, bundled they cost almost
// nothing. mammoth and unpdf stay external: they are big and are imported only when a
// .docx or .pdf is actually read; so do jszip and @xmldom/xmldom, imported only when
// --annotate writes a reviewed copy (mammoth depends on both already).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const result = await build({
  entryPoints: {
    'compact-proof': 'shared/node/cli.ts',
    'lint-worker': 'shared/node/lint-worker.ts',
  },
  outdir: '.output/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['mammoth', 'unpdf', 'jszip', '@xmldom/xmldom'],
  sourcemap: true,
  // Less to parse at start-up; names are kept so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { __COMPACT_PROOF_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  write: false,
});

// Write each file beside its final name and rename it into place: test files build in
// parallel, and a CLI started meanwhile must never load a half-written bundle.
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
