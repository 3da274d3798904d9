/**
 * The consultation-hub stand-ins for the e2e tests: the platforms' hubs and consultation pages
 * in tests/fixtures/hubs/ (written in our own words, after the markup each platform uses),
 * served under /hubs/, and a generated hub of many consultations at /hubs/generated/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const HUBS_DIR = resolve('tests/fixtures/hubs');

/** The generated hub's consultations: every third one runs four weeks, every fifth of those gives a reason. */
export function generatedConsultation(n: number): { title: string; opens: string; closes: string; days: number; explained: boolean } {
  const short = n % 3 === 0;
  const explained = short && n % 5 === 0;
  const start = new Date(Date.UTC(2025, 0, 6 + n));
  const days = short ? 28 : 84 + (n % 4) * 7;
  const end = new Date(start.getTime() + days * 86_400_000);
  const long = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { title: `Consultation number ${n} on local services`, opens: long(start), closes: long(end), days, explained };
}

function generatedHub(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const c = generatedConsultation(index + 1);
    return `<li class="dss-result"><h3 class="dss-result__title"><a href="/hubs/generated/c-${index + 1}.html">${c.title}</a></h3><div class="dss-result__dates"><p>Closes ${c.closes}</p><p>Opened ${c.opens}</p></div></li>`;
  });
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="generator" content="Citizen Space"><title>Find consultations - Generated hub - Citizen Space</title></head><body><main><h1>Find consultations</h1><ul class="dss-results">${items.join('\n')}</ul></main></body></html>`;
}

function generatedPage(n: number): string {
  const c = generatedConsultation(n);
  const reason = c.explained ? ' It is shorter than twelve weeks because the grant conditions require a decision by the end of the quarter.' : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="generator" content="Citizen Space"><title>${c.title} - Generated hub - Citizen Space</title></head><body><main><h1>${c.title}</h1><h2>Overview</h2><p>We want to hear your views on changes to local services. This consultation runs from ${c.opens} to ${c.closes}.${reason}</p></main></body></html>`;
}

/** The body for a /hubs/ address, or null when there is none. */
export function hubResponse(pathname: string): string | null {
  const hub = /^\/hubs\/generated\/index-(\d+)\.html$/.exec(pathname);
  if (hub) return generatedHub(Math.min(Number(hub[1]), 500));
  const page = /^\/hubs\/generated\/c-(\d+)\.html$/.exec(pathname);
  if (page) return generatedPage(Number(page[1]));
  const file = /^\/hubs\/((?:[\w-]+\/)*[\w-]+\.html)$/.exec(pathname);
  if (!file) return null;
  try {
    return readFileSync(join(HUBS_DIR, file[1]!), 'utf8');
  } catch {
    return null;
  }
}
