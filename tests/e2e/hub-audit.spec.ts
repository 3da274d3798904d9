/**
 * "Audit this hub" on stand-ins of Citizen Space, EngagementHQ, consult.ti, GOV.UK's finder and
 * a council's own list (tests/fixtures/hubs/, served by hub-standins.ts). Every request the
 * browser makes is recorded: the audit may request the listed consultations' own pages on the
 * hub's site, one at a time, and nothing else (the fixture fails any request beyond the
 * test server).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

interface Recorded {
  path: string;
}

/** Record every request to the fixture server under /hubs/, in order. */
function recordHubRequests(context: BrowserContext, origin: string): Recorded[] {
  const seen: Recorded[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith(`${origin}/hubs/`)) seen.push({ path: new URL(request.url()).pathname });
  });
  return seen;
}

async function openHub(context: BrowserContext, extensionId: string, tabIdOf: (page: Page) => Promise<number>, url: string, paceMs: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(page);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}&hubPaceMs=${paceMs}`);
  return panel;
}

/** The table's rows as { title: [cells…] }. */
async function tableRows(panel: Page): Promise<Record<string, string[]>> {
  return panel.evaluate(() => {
    const rows: Record<string, string[]> = {};
    for (const row of Array.from(document.querySelectorAll('#hub-audit-table tbody tr'))) {
      const cells = Array.from(row.children).map((cell) => cell.textContent?.trim() ?? '');
      rows[cells[0]!] = cells.slice(1);
    }
    return rows;
  });
}

const PLATFORMS = [
  { name: 'Citizen Space', hub: '/hubs/citizen-space/index.html', pages: ['/hubs/citizen-space/adult-care/parks-strategy.html', '/hubs/citizen-space/adult-care/day-services.html', '/hubs/citizen-space/adult-care/library-hours.html'] },
  { name: 'EngagementHQ', hub: '/hubs/engagementhq/index.html', pages: ['/hubs/engagementhq/parks-strategy.html', '/hubs/engagementhq/day-services.html', '/hubs/engagementhq/library-hours.html'] },
  { name: 'consult.ti', hub: '/hubs/consult-ti/portal/index.html', pages: ['/hubs/consult-ti/portal/planning/parks-strategy.html', '/hubs/consult-ti/portal/planning/day-services.html', '/hubs/consult-ti/portal/planning/library-hours.html'] },
  { name: 'GOV.UK consultation finder', hub: '/hubs/govuk/search/consultations.html', pages: ['/hubs/govuk/government/consultations/parks-strategy.html', '/hubs/govuk/government/consultations/day-services.html', '/hubs/govuk/government/consultations/library-hours.html'] },
  { name: 'council’s own list', hub: '/hubs/generic/consultations.html', pages: ['/hubs/generic/parks-strategy.html', '/hubs/generic/day-services.html', '/hubs/generic/library-hours.html', '/hubs/generic/town-centre.html'] },
];

for (const platform of PLATFORMS) {
  test(`Audit this hub reads every consultation on the ${platform.name} stand-in, requesting only their own pages`, async ({ context, site, extensionId, tabIdOf }) => {
    const requests = recordHubRequests(context, site.origin);
    const panel = await openHub(context, extensionId, tabIdOf, `${site.origin}${platform.hub}`, 20);
    await expect(panel.locator('#hub-audit-why')).toContainText(`read pages on ${site.origin} only`);
    await panel.getByRole('button', { name: 'Audit this hub' }).click();
    await expect(panel.locator('#hub-audit-status')).toContainText('Audit finished.');

    const rows = await tableRows(panel);
    // Opens, Closes, Days, Weeks, Minimum, Verdict, Reason, Page, Letter
    expect(rows['Draft parks and green spaces strategy']!.slice(0, 7)).toEqual(['6 January 2025', '31 March 2025', '84', '12 weeks', '12 weeks', 'Meets the minimum', '']);
    expect(rows['Changes to day services for older people']!.slice(0, 7)).toEqual(['3 February 2025', '3 March 2025', '28', '4 weeks', '12 weeks', 'Too short by 56 days', 'Not given']);
    expect(rows['Library opening hours']!.slice(0, 7)).toEqual(['6 January 2025', '3 February 2025', '28', '4 weeks', '12 weeks', 'Too short by 56 days; a reason is given', 'Given']);
    if (platform.name === 'council’s own list') expect(rows['Town centre parking survey']![5]).toBe('No dates found');
    expect(Object.keys(rows)).toHaveLength(platform.pages.length);

    // Only the hub itself (opened by the test) and each consultation's page, each once.
    const audited = requests.filter((entry) => entry.path !== platform.hub);
    expect(audited.map((entry) => entry.path).sort()).toEqual([...platform.pages].sort());
  });
}

test('a consultation listed on another site is not opened, and the panel says so', async ({ context, site, extensionId, tabIdOf }) => {
  const requests = recordHubRequests(context, site.origin);
  const panel = await openHub(context, extensionId, tabIdOf, `${site.origin}/hubs/citizen-space/index.html`, 0);
  await panel.getByRole('button', { name: 'Audit this hub' }).click();
  await expect(panel.locator('#hub-audit-status')).toContainText('1 on other sites was not opened.');
  expect(requests.some((entry) => entry.path.includes('bus-review'))).toBe(false);
  await expect(panel.locator('#hub-audit-table caption')).toContainText('1 on other sites not opened');
});

test('the table downloads as CSV, copies as text, and drafts a challenge letter for a row', async ({ context, site, extensionId, tabIdOf }) => {
  const panel = await openHub(context, extensionId, tabIdOf, `${site.origin}/hubs/govuk/search/consultations.html`, 0);
  await panel.getByRole('button', { name: 'Audit this hub' }).click();
  await expect(panel.locator('#hub-audit-status')).toContainText('Audit finished.');

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^consultations-127\.0\.0\.1-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await (await download.createReadStream()).toArray()).join('');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('title,opens,closes,length_days,length_weeks,minimum_days,verdict,reason_for_shorter_period,link,dates_in_list');
  expect(lines).toContain(
    `Changes to day services for older people,2025-02-03,2025-03-03,28,4.0,84,Too short by 56 days,not given,${site.origin}/hubs/govuk/government/consultations/day-services.html,Closing date: 3 March 2025`,
  );

  await panel.evaluate(() => {
    const scope = window as unknown as { copied: string[] };
    scope.copied = [];
    navigator.clipboard.writeText = async (text: string) => {
      scope.copied.push(text);
    };
  });
  await panel.getByRole('button', { name: 'Copy as text' }).click();
  await expect(panel.locator('#hub-audit-status')).toContainText('The table was copied.');
  const text = (await panel.evaluate(() => (window as unknown as { copied: string[] }).copied[0]))!;
  expect(text).toContain('3 consultations: 1 meets the minimum, 2 are too short (1 with a reason given).');
  expect(text).toContain('Changes to day services for older people\n  Opens: 3 February 2025\n  Closes: 3 March 2025\n  Days: 28\n  Weeks: 4 weeks');

  await panel.getByRole('button', { name: 'Draft a challenge letter for “Changes to day services for older people”' }).click();
  const letter = panel.getByLabel('Challenge letter for “Changes to day services for older people” (edit before sending)');
  await expect(letter).toBeFocused();
  await expect(letter).toHaveValue(/28 days \(4 weeks\), shorter than the minimum of 84 days \(12 weeks\)/);
  await expect(letter).toHaveValue(new RegExp(`${site.origin.replace(/[.]/g, '\\.')}/hubs/govuk/government/consultations/day-services\\.html`));
  await panel.getByRole('button', { name: 'Copy the letter' }).click();
  expect(await panel.evaluate(() => (window as unknown as { copied: string[] }).copied[1])).toContain('Dear [name],');
});

test('the audit goes at the set pace, one page at a time, and stops when cancelled', async ({ context, site, extensionId, tabIdOf }) => {
  const requests = recordHubRequests(context, site.origin);
  const pace = 400;
  const panel = await openHub(context, extensionId, tabIdOf, `${site.origin}/hubs/generated/index-30.html`, pace);
  // When the panel itself starts and finishes each fetch (the browser's network timings
  // include the test's own routing, which adds a variable delay).
  await panel.evaluate(() => {
    const calls: { start: number; end: number | null }[] = [];
    (window as unknown as { fetchCalls: typeof calls }).fetchCalls = calls;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const call = { start: performance.now(), end: null as number | null };
      calls.push(call);
      try {
        const response = await original(...args);
        await response.clone().text();
        return response;
      } finally {
        call.end = performance.now();
      }
    };
  });
  await panel.getByRole('button', { name: 'Audit this hub' }).click();
  await expect(panel.locator('#hub-audit-progress')).toBeVisible();
  await expect.poll(() => requests.filter((entry) => entry.path.includes('/c-')).length).toBeGreaterThanOrEqual(3);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.locator('#hub-audit-status')).toContainText(/Audit cancelled after \d+ of 30 consultations\./);
  const atCancel = requests.filter((entry) => entry.path.includes('/c-')).length;
  await panel.waitForTimeout(pace * 3);
  // Nothing more was requested after the cancel.
  expect(requests.filter((entry) => entry.path.includes('/c-')).length).toBe(atCancel);
  expect(atCancel).toBeLessThan(30);
  const calls = await panel.evaluate(() => (window as unknown as { fetchCalls: { start: number; end: number | null }[] }).fetchCalls);
  expect(calls.length).toBe(atCancel);
  for (let i = 1; i < calls.length; i++) {
    // A timer may fire a few milliseconds early by the page's clock (396.6 ms for a 400 ms pace
    // on a loaded run); the pace is kept when the gap is within that jitter.
    expect(calls[i]!.start - calls[i - 1]!.start).toBeGreaterThanOrEqual(pace - 10);
    // One at a time: the next starts only after the last has finished.
    expect(calls[i]!.start).toBeGreaterThanOrEqual(calls[i - 1]!.end!);
  }
  // The rows read before the cancel are kept.
  expect(Object.keys(await tableRows(panel)).length).toBe(calls.length);
});

test('a hub of 30 consultations is audited in full, and the time is reported', async ({ context, site, extensionId, tabIdOf }) => {
  // HUB_AUDIT_REAL_PACE=1 times the shipped pace of one page a second; otherwise the pace is shortened.
  const real = process.env.HUB_AUDIT_REAL_PACE === '1';
  test.setTimeout(real ? 120_000 : 60_000);
  const pace = real ? 1000 : 0;
  const panel = await openHub(context, extensionId, tabIdOf, `${site.origin}/hubs/generated/index-30.html`, pace);
  const began = Date.now();
  await panel.getByRole('button', { name: 'Audit this hub' }).click();
  await expect(panel.locator('#hub-audit-status')).toContainText('Audit finished.', { timeout: real ? 100_000 : 50_000 });
  const seconds = (Date.now() - began) / 1000;
  test.info().annotations.push({ type: 'hub-audit-30', description: `${seconds.toFixed(1)} s at a pace of ${pace} ms` });
  console.log(`hub audit of 30 consultations: ${seconds.toFixed(1)} s at a pace of ${pace} ms`);
  const rows = await tableRows(panel);
  expect(Object.keys(rows)).toHaveLength(30);
  // Every third runs four weeks; of those, every fifth gives a reason (n = 15 and 30).
  const short = Object.values(rows).filter((cells) => cells[5]!.startsWith('Too short'));
  expect(short).toHaveLength(10);
  expect(short.filter((cells) => cells[6] === 'Given')).toHaveLength(2);
  await expect(panel.locator('#hub-audit-status')).toContainText('30 consultations: 20 meet the minimum, 10 are too short (2 with a reason given).');
  if (real) expect(seconds).toBeGreaterThanOrEqual(29);
});

test('on a page that lists no consultations, the audit says so and requests nothing', async ({ context, site, extensionId, tabIdOf }) => {
  const requests = recordHubRequests(context, site.origin);
  const panel = await openHub(context, extensionId, tabIdOf, `${site.origin}/hubs/generic/town-centre.html`, 0);
  await panel.getByRole('button', { name: 'Audit this hub' }).click();
  await expect(panel.locator('#hub-audit-status')).toContainText('No consultations found on this page.');
  expect(requests.map((entry) => entry.path)).toEqual(['/hubs/generic/town-centre.html']);
});
