/**
 * The package as it would be installed from a tarball (`npm pack`): the bin, the built CLI
 * and its worker must be in it, and nothing needing the build tools may run on install.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCli, ROOT } from './helpers/run-cli.ts';

describe('the installable package', () => {
  it('ships the bin and the built CLI, and builds in prepare rather than on the installer’s machine', () => {
    buildCli();
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as [{ files: { path: string }[] }];
    const files = pack.files.map((file) => file.path);
    const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    expect(files).toContain(manifest.bin['compact-proof']);
    expect(files).toContain('.output/cli/compact-proof.mjs');
    expect(files).toContain('.output/cli/lint-worker.mjs');
    expect(files.some((file) => file.startsWith('tests/') || file.startsWith('node_modules/'))).toBe(false);
    // A postinstall would run on every user's machine, where wxt and esbuild are not installed.
    expect(manifest.scripts.postinstall).toBeUndefined();
    expect(manifest.scripts.prepare).toContain('build:cli');
  }, 60_000);
});
