/**
 * Before the Firefox suite: build the e2e variant of the Firefox extension (the shipped
 * build plus read access to 127.0.0.1, see wxt.config.ts) and the CLI bundle the tests
 * compare the extension's findings with.
 */
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.COMPACT_PROOF_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    stdio: 'inherit',
    env: { ...process.env, COMPACT_PROOF_E2E: '1' },
  });
  execFileSync(process.execPath, ['shared/node/build-cli.mjs'], { stdio: 'inherit' });
}
