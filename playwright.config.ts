import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built extension in Debian Chromium (headless), against fixture
 * pages served on 127.0.0.1. globalSetup builds the e2e variant of the extension
 * (.output/chrome-mv3-e2e: the shipped build plus read access to 127.0.0.1, because a test
 * cannot click the toolbar button that grants activeTab).
 * Benchmarks (@bench) and the README screenshots (@screenshots) run only when asked for with
 * `--grep`, e.g. `npx playwright test --grep @screenshots`.
 */
const bench = process.argv.some((arg) => arg.includes('@bench') || arg.includes('@screenshots'));

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: bench ? 180_000 : 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  grepInvert: bench ? undefined : /@bench|@screenshots/,
  use: { trace: 'off', screenshot: 'off' },
});
