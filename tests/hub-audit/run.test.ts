/**
 * The audit's loop: same-site pages only, one at a time, at the set pace, stopping when
 * cancelled, and a page that fails becomes a row that says why. The clock is a fake one,
 * so the pace is checked exactly without waiting.
 */
import { describe, expect, it } from 'vitest';
import { auditHub, sameSite, type HubAuditDeps } from '../../shared/dom/hub-audit/run.ts';
import type { ListedConsultation } from '../../shared/dom/hub-audit/listing.ts';

const HUB = 'https://consult.council.example/hub';
const listed = (paths: string[]): ListedConsultation[] => paths.map((path, index) => ({ title: `Consultation ${index + 1}`, url: new URL(path, HUB).href, listedDates: '' }));

/** A fake clock: sleeping moves it on; each fetch takes `fetchMs`. */
function fakeDeps(fetchMs: number, overrides: Partial<HubAuditDeps> = {}) {
  let clock = 0;
  const log: { url: string; start: number; end: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const deps: HubAuditDeps = {
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
    fetchPage: async (url) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const start = clock;
      clock += fetchMs;
      log.push({ url, start, end: clock });
      inFlight--;
      if (url.endsWith('/gone')) throw new Error('the site answered 404 Not Found');
      return `<p>${url}</p>`;
    },
    readPage: async () => ({ consultation: { start: '2025-01-06', close: '2025-03-31', lengthDays: 84, requiredDays: 84, explained: false, problem: null }, findings: [] }),
    paceMs: 1000,
    ...overrides,
  };
  return { deps, log, maxInFlight: () => maxInFlight };
}

describe('auditHub', () => {
  it('starts each request at least a second after the last began, one at a time', async () => {
    const { deps, log, maxInFlight } = fakeDeps(300);
    const result = await auditHub(listed(['/a', '/b', '/c', '/d']), HUB, deps, new AbortController().signal);
    expect(result.rows).toHaveLength(4);
    expect(log.map((entry) => entry.start)).toEqual([0, 1000, 2000, 3000]);
    expect(maxInFlight()).toBe(1);
  });

  it('a slow page delays the next by its own time only, never less than the pace', async () => {
    const { deps, log } = fakeDeps(1500);
    await auditHub(listed(['/a', '/b', '/c']), HUB, deps, new AbortController().signal);
    expect(log.map((entry) => entry.start)).toEqual([0, 1500, 3000]);
  });

  it('never opens a page on another site (or another scheme or port of the same host)', async () => {
    const { deps, log } = fakeDeps(10);
    const items = listed(['/a', 'https://elsewhere.example/b', 'http://consult.council.example/c', 'https://consult.council.example:8443/d']);
    const result = await auditHub(items, HUB, deps, new AbortController().signal);
    expect(log.map((entry) => entry.url)).toEqual(['https://consult.council.example/a']);
    expect(result.otherSites.map((item) => item.url)).toEqual(items.slice(1).map((item) => item.url));
  });

  it('stops when cancelled, keeping the rows already read', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const { deps, log } = fakeDeps(10, {
      onProgress: (done) => {
        progress.push(done);
        if (done === 2) controller.abort();
      },
    });
    const result = await auditHub(listed(['/a', '/b', '/c', '/d']), HUB, deps, controller.signal);
    expect(result.cancelled).toBe(true);
    expect(result.rows.map((row) => row.title)).toEqual(['Consultation 1', 'Consultation 2']);
    expect(log).toHaveLength(2);
    expect(progress).toEqual([0, 1, 2]);
  });

  it('a page that cannot be fetched becomes a row saying why, and the audit goes on', async () => {
    const { deps } = fakeDeps(10);
    const result = await auditHub(listed(['/gone', '/b']), HUB, deps, new AbortController().signal);
    expect(result.rows[0]).toMatchObject({ title: 'Consultation 1', error: 'the site answered 404 Not Found', consultation: null });
    expect(result.rows[1]!.consultation?.lengthDays).toBe(84);
  });

  it('sameSite compares scheme, host and port', () => {
    expect(sameSite('https://a.example/x', 'https://a.example/y')).toBe(true);
    expect(sameSite('https://b.a.example/x', 'https://a.example/y')).toBe(false);
    expect(sameSite('not a url', 'https://a.example/y')).toBe(false);
  });
});
