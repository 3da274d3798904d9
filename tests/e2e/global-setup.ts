/** Build the e2e variant of the extension once before the tests (about 3 s). */
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.COMPACT_PROOF_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, COMPACT_PROOF_E2E: '1' },
  });
}
