#!/usr/bin/env node
// Runs every test suite — vitest (units, rules, corpora, CLI), Playwright (the built extension
// in Debian Chromium), then vitest again with the Firefox config (the built extension in
// Debian's Firefox ESR) — and ends with one plain line "N passed, N failed" that CI reads.
// Exits non-zero if anything failed or a suite could not run; a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
mkdirSync('.tmp', { recursive: true });

// A fresh Debian machine has no browsers: install Debian's Chromium and Firefox ESR
// (Playwright's own browser downloads do not work offline). Needs root, as on CI and the
// team's machines. openssl makes the Firefox suite's throwaway certificate.
const missing = [
  [CHROMIUM, 'chromium'],
  [FIREFOX, 'firefox-esr'],
  ['/usr/bin/openssl', 'openssl'],
].filter(([path]) => !existsSync(path)).map(([, name]) => name);
if (missing.length && process.env.SKIP_E2E !== '1' && process.getuid?.() === 0) {
  console.log(`Installing Debian's ${missing.join(', ')} for the browser tests (apt-get install -y ${missing.join(' ')})…`);
  spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`], { stdio: 'inherit' });
}

let passed = 0;
let failed = 0;
let skipped = 0;
/** Suites that could not run to completion (a missing browser, a failed build): one failure each. */
let brokenSuites = 0;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Run vitest (with extra arguments, e.g. another config) and add its counts to the totals. */
function runVitest(name, extraArgs = []) {
  const json = `.tmp/${name}-results.json`;
  rmSync(json, { force: true });
  const status = run('npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  if (existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (status !== 0 && report.numFailedTests === 0) brokenSuites += 1; // e.g. a file failed to load
  } else {
    brokenSuites += 1;
  }
}

// 1. vitest
runVitest('vitest');

// 2. Playwright against the built extension
if (process.env.SKIP_E2E === '1') {
  console.log('\nSKIP_E2E=1: browser tests not run.');
} else if (!existsSync(CHROMIUM)) {
  console.error(`\nChromium was not found at ${CHROMIUM}; the browser tests need it. Install it with: apt-get install -y chromium`);
  brokenSuites += 1;
} else {
  const build = run('npx', ['wxt', 'build']);
  if (build !== 0) {
    console.error('\nThe extension did not build; browser tests not run.');
    brokenSuites += 1;
  } else {
    const playwrightJson = '.tmp/playwright-results.json';
    rmSync(playwrightJson, { force: true });
    const status = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
    if (existsSync(playwrightJson)) {
      const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
      skipped += stats.skipped;
      if (status !== 0 && stats.unexpected === 0) brokenSuites += 1;
    } else if (status !== 0) {
      brokenSuites += 1;
    }
  }
}

// 3. vitest with the Firefox config: the built extension in Firefox ESR (it builds its own variant)
if (process.env.SKIP_E2E === '1') {
  console.log('SKIP_E2E=1: Firefox tests not run.');
} else if (!existsSync(FIREFOX)) {
  console.error(`\nFirefox was not found at ${FIREFOX}; the Firefox tests need it. Install it with: apt-get install -y firefox-esr`);
  brokenSuites += 1;
} else {
  runVitest('firefox', ['--config', 'vitest.firefox.config.ts']);
}

if (brokenSuites) {
  failed += brokenSuites;
  console.error(`\n${brokenSuites} test suite${brokenSuites === 1 ? '' : 's'} could not run to completion (each counted as one failure).`);
}
// Skipped tests (e.g. the LibreOffice round trip without COMPACT_PROOF_SOFFICE=1) on a line of
// their own, so the last line stays exactly "N passed, N failed".
if (skipped) console.log(`\n${skipped} skipped`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
