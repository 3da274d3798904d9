/**
 * A CPU profile of the background worker (where the engine runs) while it checks a committee
 * page: Chromium is started with a DevTools port, and the profiler is driven over the worker's
 * own DevTools connection, since Playwright gives no CDP session for service workers.
 *
 * `npx tsx tests/bench/worker-profile.ts [words] [--panel]` (default 10000; --panel opens the
 * side panel first, so the engine is warmed). Run after `COMPACT_PROOF_NO_MINIFY=1
 * COMPACT_PROOF_E2E=1 npx wxt build` to see function names. Writes .tmp/bench/worker.cpuprofile.
 */
import '../e2e/extension-globals.ts';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, startServer } from '../e2e/server.ts';
import { topSelfTime } from './extension-profile.ts';

const words = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10000);
const withPanel = process.argv.includes('--panel');
const port = 9300 + Math.floor(Math.random() * 600);
const { server, origin } = await startServer();
const profileDir = mkdtempSync(join(tmpdir(), 'compact-proof-worker-profile-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${port}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const target = targets.find((candidate) => candidate.type === 'service_worker' && candidate.url === worker.url())!;
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve) => socket.once('open', resolve));
  let nextId = 1;
  const send = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, unknown> };
        if (message.id === id) {
          socket.off('message', onMessage);
          resolve(message.result ?? {});
        }
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });

  const page = await context.newPage();
  await page.goto(`${origin}/generated/council/${words}`);
  const id = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)!.id!, page.url());
  if (withPanel) {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html?tabId=${id}`);
    await page.bringToFront();
    await page.waitForTimeout(3000);
  }
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  const reply = await worker.evaluate(async (tab) => (globalThis as unknown as { compactProof: { checkTab(id: number): Promise<unknown> } }).compactProof.checkTab(tab), id);
  const { profile } = (await send('Profiler.stop')) as { profile: never };
  socket.close();
  mkdirSync('.tmp/bench', { recursive: true });
  writeFileSync('.tmp/bench/worker.cpuprofile', JSON.stringify(profile));
  console.log(`check of the ${words}-word page${withPanel ? ', panel opened first' : ', cold'}:`, JSON.stringify((reply as { timings: unknown }).timings));
  console.log('background worker, self time:');
  for (const line of topSelfTime(profile, 30)) console.log(line);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  server.close();
}
