#!/usr/bin/env node
// Runs every test suite — vitest (units, rules, corpora, CLI) then Playwright (the built
// extension in Debian Chromium) — and ends with one plain line "N passed, N failed" that
// CI reads. Exits non-zero if anything failed or a suite could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync('.tmp', { recursive: true });

// A fresh Debian machine has no browser: install Debian's Chromium (Playwright's own
// browser download does not work offline). Needs root, as on CI and the team's machines.
if (!existsSync(CHROMIUM) && process.env.SKIP_E2E !== '1' && process.getuid?.() === 0) {
  console.log('Installing Debian\'s Chromium for the browser tests (apt-get install -y chromium)…');
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
}

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

// 1. vitest
const vitestJson = '.tmp/vitest-results.json';
rmSync(vitestJson, { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (vitestStatus !== 0 && report.numFailedTests === 0) broken = true; // e.g. a file failed to load
} else {
  broken = true;
}

// 2. Playwright against the built extension
if (process.env.SKIP_E2E === '1') {
  console.log('\nSKIP_E2E=1: browser tests not run.');
} else if (!existsSync(CHROMIUM)) {
  console.error(`\nChromium was not found at ${CHROMIUM}; the browser tests need it. Install it with: apt-get install -y chromium`);
  broken = true;
} else {
  const build = run('npx', ['wxt', 'build']);
  if (build !== 0) {
    console.error('\nThe extension did not build; browser tests not run.');
    broken = true;
  } else {
    const playwrightJson = '.tmp/playwright-results.json';
    rmSync(playwrightJson, { force: true });
    const status = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
    if (existsSync(playwrightJson)) {
      const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
      skipped += stats.skipped;
      if (status !== 0 && stats.unexpected === 0) broken = true;
    } else if (status !== 0) {
      broken = true;
    }
  }
}

if (broken) {
  failed += 1;
  console.error('\nA test suite could not run to completion (counted as one failure).');
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
