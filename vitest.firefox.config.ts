import { defineConfig } from 'vitest/config';

/**
 * The extension in a real Firefox: Debian's Firefox ESR, driven over WebDriver BiDi by
 * puppeteer-core (Playwright's Firefox is a patched build that cannot be installed here).
 * The global setup builds the Firefox e2e variant (.output/firefox-mv3-e2e) and the CLI the
 * tests compare with. One browser per file, so the files run one at a time.
 * Run with `npm run test:firefox`.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
