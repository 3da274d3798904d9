/**
 * Where the lint's time goes on a committee page, in Node (the background worker cannot be
 * profiled from Playwright; it runs the same engine code in the same V8). Chromium renders
 * the page (no extension) and gives its main text and headings; `lintPage` then lints it as
 * the worker does: once cold, then five times warm. A CPU profile of the cold lint and of the
 * warm ones is written to .tmp/bench/ and the top functions by self time printed.
 *
 * `npx tsx tests/bench/lint-profile.ts [words]` (default 10000).
 */
import { chromium } from '@playwright/test';
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer } from '../e2e/server.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { topSelfTime } from './extension-profile.ts';

const words = Number(process.argv[2] ?? 10000);
const { server, origin } = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${origin}/generated/council/${words}`);
const { text, headings } = await page.evaluate(() => {
  const main = document.querySelector('main')!;
  const text = main.innerText;
  const headings: { start: number; end: number; level: number }[] = [];
  let from = 0;
  for (const heading of Array.from(main.querySelectorAll('h1, h2, h3'))) {
    const wording = (heading as HTMLElement).innerText;
    const start = text.indexOf(wording, from);
    if (start < 0) continue;
    headings.push({ start, end: start + wording.length, level: Number(heading.localName[1]) });
    from = start + wording.length;
  }
  return { text, headings };
});
await browser.close();
server.close();
mkdirSync('.tmp/bench', { recursive: true });
writeFileSync(`.tmp/bench/council-${words}.json`, JSON.stringify({ text, headings }));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
mkdirSync('.tmp/bench', { recursive: true });

async function profiled(name: string, runs: number) {
  await session.post('Profiler.start');
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    findings = lintPage({ text, headings }, {}, []).findings.length;
    times.push(performance.now() - started);
  }
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(`.tmp/bench/lint-${name}.cpuprofile`, JSON.stringify(profile));
  console.log(`${name}: ${times.map((t) => t.toFixed(0)).join(', ')} ms (${findings} findings, ${text.length} characters)`);
  for (const line of topSelfTime(profile as never, 30)) console.log(line);
}

await profiled('cold', 1);
await profiled('warm', 5);
