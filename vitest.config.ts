import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lint-rules/**/*.test.ts', 'tests/**/*.test.ts', 'shared/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Two cores: keep the pool small so CLI tests that spawn processes are not starved.
    maxWorkers: 2,
  },
});
