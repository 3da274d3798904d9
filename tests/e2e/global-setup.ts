/**
 * Build the e2e variant of the extension once before the tests (about 3 s), and the build
 * people install (docs-panel.spec.ts loads it to walk what its panel tells them).
 */
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.COMPACT_PROOF_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, COMPACT_PROOF_E2E: '1' },
  });
  const { COMPACT_PROOF_E2E: _e2e, ...shipped } = process.env;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: shipped });
}
