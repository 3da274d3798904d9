// @vitest-environment happy-dom
/**
 * Reading a hub's list of consultations: each platform's stand-in (tests/fixtures/hubs/) by its
 * markup, the generic fallback, and pages that list none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findListedConsultations } from '../../shared/dom/hub-audit/listing.ts';

const HUBS = join(__dirname, '../fixtures/hubs');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const hub = (path: string, url: string) => findListedConsultations(parse(readFileSync(join(HUBS, path), 'utf8')), url);

describe('findListedConsultations', () => {
  it('Citizen Space: titles, absolute links (relative ones too) and the dates shown, including one on another site', () => {
    const listing = hub('citizen-space/index.html', 'https://consult.millford.example/hubs/citizen-space/index.html');
    expect(listing.platform).toBe('citizen-space');
    expect(listing.consultations).toEqual([
      { title: 'Draft parks and green spaces strategy', url: 'https://consult.millford.example/hubs/citizen-space/adult-care/parks-strategy.html', listedDates: 'Closes 31 Mar 2025 · Opened 6 Jan 2025' },
      { title: 'Changes to day services for older people', url: 'https://consult.millford.example/hubs/citizen-space/adult-care/day-services.html', listedDates: 'Closes 3 Mar 2025 · Opened 3 Feb 2025' },
      { title: 'Library opening hours', url: 'https://consult.millford.example/hubs/citizen-space/adult-care/library-hours.html', listedDates: 'Closes 3 Feb 2025 · Opened 6 Jan 2025' },
      { title: 'Joint bus network review (run by our neighbouring council)', url: 'https://consult.neighbouring-council.example/transport/bus-review/', listedDates: 'Closes 30 Apr 2025' },
    ]);
  });

  it('EngagementHQ: the tile’s title link, not its picture link', () => {
    const listing = hub('engagementhq/index.html', 'https://haveyoursay.westshire.example/hubs/engagementhq/index.html');
    expect(listing.platform).toBe('engagementhq');
    expect(listing.consultations.map((item) => [item.title, item.listedDates])).toEqual([
      ['Draft parks and green spaces strategy', 'Closes 31 March 2025'],
      ['Changes to day services for older people', 'Closes 3 March 2025'],
      ['Library opening hours', 'Closes 3 February 2025'],
    ]);
  });

  it('consult.ti: the table’s rows, with their start and end dates', () => {
    const listing = hub('consult-ti/portal/index.html', 'https://southvale.example/hubs/consult-ti/portal/index.html');
    expect(listing.platform).toBe('consult-ti');
    expect(listing.consultations[1]).toEqual({
      title: 'Changes to day services for older people',
      url: 'https://southvale.example/hubs/consult-ti/portal/planning/day-services.html',
      listedDates: '3 February 2025 · 3 March 2025',
    });
  });

  it('GOV.UK finder: each result’s closing date from its metadata', () => {
    const listing = hub('govuk/search/consultations.html', 'https://www.gov.example/hubs/govuk/search/consultations.html');
    expect(listing.platform).toBe('govuk-finder');
    expect(listing.consultations.map((item) => item.listedDates)).toEqual(['Closing date: 31 March 2025', 'Closing date: 3 March 2025', 'Closing date: 3 February 2025']);
  });

  it('a council’s own list: the list whose items are dated links, not the menu or the "other pages" list', () => {
    const listing = hub('generic/consultations.html', 'https://www.eastbrook.example/hubs/generic/consultations.html');
    expect(listing.platform).toBe('generic');
    expect(listing.consultations.map((item) => [item.title, item.listedDates])).toEqual([
      ['Draft parks and green spaces strategy', 'Runs from 6 January 2025 to 31 March 2025'],
      ['Changes to day services for older people', 'Opens 3 February 2025, closes 3 March 2025'],
      ['Library opening hours', 'Closes 3 February 2025'],
      ['Town centre parking survey', 'Closes 14 March 2025'],
    ]);
  });

  it('a table of dated links with no platform markup is read too', () => {
    const html = `<main><h1>Consultations</h1><table><tbody>
      <tr><td><a href="/a">Waste collection changes</a></td><td>1 May 2025</td><td>24 July 2025</td></tr>
      <tr><td><a href="/b">Housing allocations policy</a></td><td>2 June 2025</td><td>30 June 2025</td></tr>
    </tbody></table></main>`;
    const listing = findListedConsultations(parse(html), 'https://council.example/consult');
    expect(listing.consultations.map((item) => item.url)).toEqual(['https://council.example/a', 'https://council.example/b']);
  });

  it('finds nothing on a consultation page, or a page of undated links', () => {
    expect(hub('generic/town-centre.html', 'https://www.eastbrook.example/x').consultations).toEqual([]);
    const menu = '<main><ul><li><a href="/a">Bins</a></li><li><a href="/b">Council tax</a></li><li><a href="/c">Parking</a></li></ul></main>';
    expect(findListedConsultations(parse(menu), 'https://council.example/').consultations).toEqual([]);
  });

  it('leaves out links that are not web pages (mailto:, javascript:) and lists a repeated link once', () => {
    const html = `<main><ul>
      <li><a href="mailto:consult@council.example">Email us about the budget</a> closes 3 March 2025</li>
      <li><a href="javascript:void(0)">Open the budget survey</a> closes 3 March 2025</li>
      <li><a href="/budget">Budget 2025 to 2026</a> closes 3 March 2025</li>
      <li><a href="/budget#survey">Budget 2025 to 2026</a> opens 6 January 2025 and closes 3 March 2025</li>
    </ul></main>`;
    const listing = findListedConsultations(parse(html), 'https://council.example/consult');
    expect(listing.consultations).toHaveLength(1);
    expect(listing.consultations[0]!.url).toBe('https://council.example/budget');
  });
});
