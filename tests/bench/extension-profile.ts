/**
 * Where the time goes in a check of the 100,000-word committee page (or `words` from argv):
 * a CPU profile of the page's main thread (the content script: extraction, range mapping,
 * painting) taken over CDP while the toolbar path checks the page in a cold browser. Prints
 * the functions with the most self time and writes .tmp/bench/page.cpuprofile (open it in
 * Chromium's DevTools, Performance panel). The linting runs in the background worker, which
 * Playwright cannot profile: `tests/bench/lint-profile.ts` profiles the same engine in Node.
 */
import '../e2e/extension-globals.ts';
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, startServer } from '../e2e/server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export function topSelfTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, count = 25): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
}

async function main() {
  const words = Number(process.argv[2] ?? 100000);
  const { server, origin } = await startServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'compact-proof-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`${origin}/generated/council/${words}`);
    const id = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)!.id!, page.url());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const reply = await worker.evaluate(async (tab) => (globalThis as unknown as { compactProof: { checkTab(id: number): Promise<unknown> } }).compactProof.checkTab(tab), id);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    mkdirSync('.tmp/bench', { recursive: true });
    writeFileSync('.tmp/bench/page.cpuprofile', JSON.stringify(profile));
    console.log(`check of the ${words}-word page:`, JSON.stringify((reply as { timings: unknown }).timings));
    console.log('page main thread, self time:');
    for (const line of topSelfTime(profile)) console.log(line);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    server.close();
  }
}

if (process.argv[1]?.endsWith('extension-profile.ts')) await main();
