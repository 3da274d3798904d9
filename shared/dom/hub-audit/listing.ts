/**
 * Which consultations a hub page lists: title, link and the dates the list shows. Hubs are
 * recognised by their platform's markup (Citizen Space, EngagementHQ, Objective's consult.ti,
 * GOV.UK's finder); any other page falls back to "the list whose items are links with dates".
 *
 * Works on any Document (the hub page's own, or one parsed from its HTML by DOMParser): it
 * reads only elements, attributes and text, never layout.
 */

export type HubPlatform = 'citizen-space' | 'engagementhq' | 'consult-ti' | 'govuk-finder' | 'generic';

export const PLATFORM_NAMES: Record<HubPlatform, string> = {
  'citizen-space': 'Citizen Space',
  engagementhq: 'EngagementHQ',
  'consult-ti': 'consult.ti',
  'govuk-finder': 'GOV.UK consultation finder',
  generic: 'a list of consultations',
};

export interface ListedConsultation {
  title: string;
  /** Absolute address of the consultation's own page. */
  url: string;
  /** The dates as the list shows them, in one line ("Opened 1 Sep 2025 · Closes 24 Sep 2025"). */
  listedDates: string;
}

export interface HubListing {
  platform: HubPlatform;
  consultations: ListedConsultation[];
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A month name (or its short form) next to a day number: enough to say "this text carries a date". */
const DATE_LIKE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/i;

/** A piece of text about a consultation's dates ("Closes 24 Sep 2025", "Closing date: …"). */
const DATE_WORDS = /\b(?:open(?:s|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed)?|end(?:s|ed)?|runs?|from|until|deadline)\b/i;

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** The lines of an item that carry dates, joined with " · " (the title's own words left out). */
function datesIn(elements: Iterable<Element>, title: string): string {
  const lines: string[] = [];
  for (const element of elements) {
    const line = text(element);
    if (!line || line === title || !DATE_LIKE.test(line)) continue;
    // A wrapper of several dated lines runs them together ("2025Opened"): take its lines instead.
    if (Array.from(element.children).filter((child) => DATE_LIKE.test(text(child))).length > 1) continue;
    if (!lines.some((seen) => seen.includes(line) || line.includes(seen))) lines.push(line);
  }
  return lines.join(' · ').slice(0, 300);
}

/** Deduplicate by address, keeping the first title and the longest dates seen. */
function distinct(items: ListedConsultation[]): ListedConsultation[] {
  const byUrl = new Map<string, ListedConsultation>();
  for (const item of items) {
    const seen = byUrl.get(item.url);
    if (!seen) byUrl.set(item.url, item);
    else if (item.listedDates.length > seen.listedDates.length) seen.listedDates = item.listedDates;
  }
  return [...byUrl.values()];
}

interface PlatformReader {
  platform: HubPlatform;
  /** Does the page come from this platform? */
  detect(doc: Document): boolean;
  /** Each listed consultation's element. */
  items(doc: Document): Element[];
  /** The link to the consultation's own page within an item. */
  link(item: Element): HTMLAnchorElement | null;
  /** The elements of an item that may hold its dates. */
  dateParts(item: Element): Iterable<Element>;
}

const generator = (doc: Document, pattern: RegExp) =>
  Array.from(doc.querySelectorAll('meta[name="generator" i], meta[name="application-name" i]')).some((meta) => pattern.test(meta.getAttribute('content') ?? ''));

/** The first link with words in it, trying the selectors in order (a card's picture is often a link too). */
function firstLink(item: Element, selectors: string): HTMLAnchorElement | null {
  for (const selector of [...selectors.split(/\s*,\s*/), 'a[href]']) {
    const found = Array.from(item.querySelectorAll(selector)).find((link) => link.hasAttribute('href') && text(link));
    if (found) return found as HTMLAnchorElement;
  }
  return null;
}

const READERS: PlatformReader[] = [
  {
    // GOV.UK's finder: a document list of results, each with metadata lines ("Closing date: …").
    platform: 'govuk-finder',
    detect: (doc) => Boolean(doc.querySelector('.gem-c-document-list, [data-module*="finder"], meta[name="govuk:format"][content="finder"]')),
    items: (doc) => Array.from(doc.querySelectorAll('.gem-c-document-list__item')),
    link: (item) => firstLink(item, 'a.gem-c-document-list__item-title, .gem-c-document-list__item-title a'),
    dateParts: (item) => item.querySelectorAll('.gem-c-document-list__attribute, .gem-c-document-list__item-metadata li, time, p'),
  },
  {
    // Citizen Space (Delib): search results and the hub's open/closed lists, each with "Closes …"/"Opened …".
    platform: 'citizen-space',
    detect: (doc) =>
      generator(doc, /citizen\s*space/i) ||
      Boolean(doc.querySelector('.dss-result, .cs-result, [class*="citizenspace"]')) ||
      /powered by citizen space/i.test(text(doc.querySelector('footer'))),
    items: (doc) => Array.from(doc.querySelectorAll('.dss-result, .cs-result, .search-results li.result, ul.results-list > li')),
    link: (item) => firstLink(item, '.dss-result__title a, .result-title a, h2 a, h3 a'),
    dateParts: (item) => item.querySelectorAll('.dss-result__dates *, .result-dates, .dss-result__dates, p, span, time'),
  },
  {
    // EngagementHQ (Granicus, once Bang the Table): a grid of project tiles.
    platform: 'engagementhq',
    detect: (doc) => generator(doc, /engagement\s*hq|bang the table/i) || Boolean(doc.querySelector('.project-tile, [data-ehq-project]')),
    items: (doc) => Array.from(doc.querySelectorAll('.project-tile, [data-ehq-project]')),
    link: (item) => firstLink(item, '.project-tile__title a, .project-tile__link, h2 a, h3 a'),
    dateParts: (item) => item.querySelectorAll('.project-tile__meta, .project-tile__dates, time, p, span'),
  },
  {
    // Objective's consult.ti: a table of consultations with start and end dates under /portal/.
    platform: 'consult-ti',
    detect: (doc) => generator(doc, /consult\.?ti|objective/i) || Boolean(doc.querySelector('table.consultation-list, .portal-consultations, a[href*="/portal/"][href*="consult"]')),
    items: (doc) => Array.from(doc.querySelectorAll('table.consultation-list tbody tr, .portal-consultations tbody tr, .portal-consultations li')),
    link: (item) => firstLink(item, 'a[href*="/portal/"]'),
    dateParts: (item) => item.querySelectorAll('td, time, .dates, span'),
  },
];

function readWith(reader: PlatformReader, doc: Document, base: string): ListedConsultation[] {
  const found: ListedConsultation[] = [];
  for (const item of reader.items(doc)) {
    const link = reader.link(item);
    const url = link ? absolute(link.getAttribute('href') ?? '', base) : null;
    const title = text(link);
    if (!url || !title) continue;
    found.push({ title, url, listedDates: datesIn(reader.dateParts(item), title) });
  }
  return distinct(found);
}

/** The container (list or table) whose items are most often a link with dates beside it. */
function readGeneric(doc: Document, base: string): ListedConsultation[] {
  const scope = doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
  let best: ListedConsultation[] = [];
  const containers = scope.querySelectorAll('ul, ol, tbody, dl, div, section');
  for (const container of Array.from(containers)) {
    // Items are the container's element children (rows, list items, cards).
    const children = Array.from(container.children).filter((child) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName));
    if (children.length < 2) continue;
    const found: ListedConsultation[] = [];
    for (const child of children) {
      if (child.closest('nav, footer, [role="navigation"], [role="contentinfo"]')) continue;
      const link = child.querySelector('a[href]') as HTMLAnchorElement | null;
      const url = link ? absolute(link.getAttribute('href') ?? '', base) : null;
      const title = text(link);
      const rest = text(child).replace(title, ' ');
      if (!url || title.length < 4 || !DATE_LIKE.test(rest)) continue;
      const parts = Array.from(child.querySelectorAll('*')).filter((element) => !element.contains(link) && DATE_WORDS.test(text(element)));
      found.push({ title, url, listedDates: datesIn(parts.length ? parts : [child], title) || rest.trim().slice(0, 300) });
    }
    // At least two dated links, and most of the container's items (not a page that mentions one date).
    if (found.length >= 2 && found.length >= children.length / 2 && found.length > best.length) best = found;
  }
  return distinct(best);
}

/** The consultations a hub page lists, with the platform it was recognised as. */
export function findListedConsultations(doc: Document, pageUrl: string): HubListing {
  // A parsed document's baseURI is the parser's own page, so the hub's address is the base,
  // unless the page names another with <base href>.
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = (baseHref && absolute(baseHref, pageUrl)) || pageUrl;
  for (const reader of READERS) {
    if (!reader.detect(doc)) continue;
    const consultations = readWith(reader, doc, base);
    if (consultations.length) return { platform: reader.platform, consultations };
  }
  return { platform: 'generic', consultations: readGeneric(doc, base) };
}
