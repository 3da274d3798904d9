/**
 * Where a web page's own document is, as opposed to the site around it.
 *
 * On a council page most words are the site's: the mega-menu (SEND, NNDR, HRA), the cookie
 * banner (GDPR), the footer (FOI, EIR, "PO Box"), GOV.UK's phase banner (BETA), breadcrumbs,
 * "share this page" and "Is this page useful?". Linting them gives every page of a site the
 * same warnings, and they end up in a challenge letter. So we look for the main content the
 * way a reader's eye does, in this order:
 *
 * 1. the page's `main` landmark (`<main>` or `role="main"`), when it holds real text;
 * 2. the one `<article>` (or the largest, when it holds most of the articles' text);
 * 3. the containers the usual council CMSs put the document in (Drupal, Jadu, ModernGov,
 *    Granicus, EngagementHQ… see CMS_CONTAINERS);
 * 4. otherwise the element holding the most paragraph text that is not links (the idea of
 *    Mozilla's Readability scoring, much simplified).
 *
 * Inside whatever is chosen, page furniture is still left out (isPageFurniture): cookie
 * notices, breadcrumbs, share links, feedback prompts, phase banners, skip links, and the
 * metadata beside a document link ("PDF, 52 KB").
 *
 * Nothing here changes the page: it only reads the DOM.
 */

/** How the main content was found, for the side panel to say. */
export type MainContentSource = 'main' | 'article' | 'cms' | 'largest-text' | 'whole-page';

export interface MainContent {
  root: Element;
  source: MainContentSource;
  /** A short description of the element chosen, e.g. `<main id="main-content">`. */
  element: string;
}

/**
 * Containers the usual UK council and public-sector CMSs put a page's document in, most
 * specific first. Only used when the page has no `main` landmark or article.
 */
export const CMS_CONTAINERS = [
  '#main-content',
  '#maincontent',
  '#main_content',
  '.main-content',
  '#content-main',
  '.region-content', // Drupal, LocalGov Drupal
  '#block-system-main',
  '#mgContent', // ModernGov committee pages
  '.mgContent',
  '#content',
  '.byEditor', // Jadu's editor content, when its page has no #content
  '#modgov',
  '.page-content',
  '.content-area',
  '#main',
  '.content',
];

/**
 * Fewer characters than this, and less than half the page's, and a landmark is a hero or a
 * stub rather than the document.
 */
const MIN_MAIN_TEXT = 200;

/**
 * Class, id or label words that mark page furniture wherever it sits. Matched against each
 * class name, the id and the aria-label as whole words or hyphen/underscore-separated parts.
 */
const FURNITURE_WORDS = [
  'cookie', 'cookies', 'cookiebanner', 'cookie-banner', 'cookie-consent', 'consent-banner', 'consent-manager', 'gdpr', 'onetrust',
  'cc-banner', 'cc-window', 'ccc', 'cybotcookiebotdialog',
  'breadcrumb', 'breadcrumbs',
  'sharing', 'social-share', 'social-links', 'addthis', 'sharethis',
  'skip-link', 'skiplink', 'skip-links', 'skip-to-content', 'skip',
  'phase-banner', 'beta-banner',
  'page-feedback', 'site-feedback', 'feedback-form', 'gem-c-feedback', 'is-this-page-useful', 'was-this-page-useful', 'was-this-helpful',
  'mega-menu', 'megamenu', 'site-header', 'site-footer', 'global-header', 'global-footer', 'masthead',
  'print-link', 'back-to-top',
  'related-links', 'related-content', 'related-navigation', 'related-nav',
  'attachment__metadata', 'attachment-metadata', 'file-size', 'filesize', 'file-meta', 'file-info', 'document-meta', 'download-meta',
];

/** "share" only as a whole part or before a word that makes it a share widget ("share-links"), not in "consent-to-share-data". */
const SHARE = 'share(?=$|[-_](?:links?|this|buttons?|widget|page|bar|tools|icons?)(?:$|[-_]))';

const FURNITURE_PATTERN = new RegExp(
  `(?:^|[\\s_]|-(?=[a-z]))(?:${FURNITURE_WORDS.map((word) => word.replace(/[-_]/g, '[-_]?')).join('|')}|${SHARE})(?:$|[\\s_-])`,
  'i',
);

/** Labels people give furniture regions ("Cookies on GOV.UK", "Share this page", "Breadcrumb"). */
const FURNITURE_LABEL = /\b(?:cookies?|breadcrumbs?|share (?:this|on)|skip to|feedback|is this page useful)\b/i;

/**
 * Is this element page furniture that sits inside or beside the content (and so must be left
 * out even within the main content)?
 */
export function isPageFurniture(element: Element): boolean {
  const label = element.getAttribute('aria-label');
  if (label && FURNITURE_LABEL.test(label)) return true;
  const id = element.id;
  if (id && FURNITURE_PATTERN.test(id)) return true;
  const classes = element.getAttribute('class');
  if (classes) {
    for (const name of classes.split(/\s+/)) if (name && FURNITURE_PATTERN.test(name)) return true;
  }
  return false;
}

/** "PDF, 52 KB", "(Word document, 1.2MB)", "PDF 12 pages": a document link's format and size. */
export const FILE_METADATA =
  /\(\s*\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|[kKmM]b)\s*\)|\(?\b(?:PDF|DOCX?|XLSX?|ODT|ODS|ODP|CSV|RTF|PPTX?|ZIP|TXT|Word(?: document)?|Excel(?: spreadsheet)?|Open ?Document(?: text| spreadsheet)?)\b(?:\s*(?:document|file|format))?(?:\s*[,–—-]?\s*\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|[kKmM]b|bytes|pages?)\b)+\)?|\(\s*(?:PDF|DOCX?|XLSX?|ODT|ODS|CSV|RTF)\s*\)/g;

/** A short description of an element for people: `<main id="main-content">`. */
export function describeElement(element: Element): string {
  const tag = element.localName;
  const id = element.id ? ` id="${element.id}"` : '';
  const className = !id && element.getAttribute('class') ? ` class="${element.getAttribute('class')!.trim().split(/\s+/)[0]}"` : '';
  const role = element.getAttribute('role') ? ` role="${element.getAttribute('role')}"` : '';
  return `<${tag}${id}${className}${role}>`;
}

function isRendered(element: Element): boolean {
  if (element.hasAttribute('hidden')) return false;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(element);
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style ? style.display !== 'none' && style.visibility !== 'hidden' : true;
}

/** Length of an element's text, roughly (fast: textContent, white space squeezed). */
function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Whether an element's text (measured as textLength measures it) is at least `min` long,
 * reading only as many of its text nodes as it takes: on a 100,000-word page, measuring the
 * whole `<main>` to learn that it holds more than 200 characters took tens of milliseconds.
 * A prefix's squeezed length never exceeds the whole's, so stopping early is exact.
 */
function textLengthAtLeast(element: Element, min: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: string[] = [];
  let raw = 0;
  let nextLook = min;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    pieces.push(data);
    raw += data.length;
    if (raw >= nextLook) {
      if (pieces.join('').replace(/\s+/g, ' ').trim().length >= min) return true;
      nextLook = raw * 2;
    }
  }
  return pieces.join('').replace(/\s+/g, ' ').trim().length >= min;
}

function largestOf(elements: Element[]): Element | undefined {
  // One candidate (the usual single <main>) needs no measuring.
  if (elements.length <= 1) return elements[0];
  let best: Element | undefined;
  let bestLength = -1;
  for (const element of elements) {
    const length = textLength(element);
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

const PARAGRAPH_TAGS = new Set(['P', 'LI', 'TD', 'DD', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM']);

/**
 * Readability's idea, simplified: every paragraph scores its text that is not link text; a
 * container scores its paragraphs' points in full and its grandchildren's at half. The
 * container with the most wins. Link-heavy lists (menus, footers) score almost nothing.
 */
function largestTextBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const paragraphs = body.querySelectorAll([...PARAGRAPH_TAGS].map((tag) => tag.toLowerCase()).join(','));
  for (const paragraph of Array.from(paragraphs)) {
    if (paragraph.closest([...CHROME_TAGS].map((tag) => tag.toLowerCase()).join(',')) || hasFurnitureAncestor(paragraph, body)) continue;
    const all = textLength(paragraph);
    if (all < 25) continue;
    const links = Array.from(paragraph.querySelectorAll('a')).reduce((sum, link) => sum + textLength(link), 0);
    const points = Math.max(0, all - 2 * links);
    if (points === 0) continue;
    const parent = paragraph.parentElement;
    const grandparent = parent?.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + points);
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + points / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  // A one-cell layout row or a lone wrapper: climb while the parent adds almost nothing else.
  while (best && best.parentElement && best.parentElement !== body && ['TR', 'TBODY', 'TD'].includes(best.tagName)) best = best.parentElement;
  return best;
}

function hasFurnitureAncestor(element: Element, stop: Element): boolean {
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) if (isPageFurniture(node)) return true;
  return false;
}

/**
 * The element holding the page's own document. `whole` asks for the whole page instead
 * (the panel's "Check the whole page").
 */
export function findMainContent(document: Document, { whole = false }: { whole?: boolean } = {}): MainContent {
  const body = document.body ?? document.documentElement;
  if (whole) return { root: body, source: 'whole-page', element: describeElement(body) };
  const pick = (root: Element, source: MainContentSource): MainContent => ({ root, source, element: describeElement(root) });

  const landmarks = Array.from(document.querySelectorAll('main, [role="main"]')).filter(
    (element) => isRendered(element) && !element.parentElement?.closest('main, [role="main"]'),
  );
  const main = largestOf(landmarks);
  const enough = (element: Element) => textLengthAtLeast(element, MIN_MAIN_TEXT) || textLength(element) >= textLength(body) / 2;
  if (main && enough(main)) return pick(main, 'main');

  const articles = Array.from(document.querySelectorAll('article')).filter(
    (element) => isRendered(element) && !element.parentElement?.closest('article'),
  );
  const article = largestOf(articles);
  if (article) {
    const total = articles.reduce((sum, element) => sum + textLength(element), 0);
    // One article, or one that holds most of the text (not a list of news teasers).
    if (enough(article) && textLength(article) >= total * 0.6) return pick(article, 'article');
  }

  for (const selector of CMS_CONTAINERS) {
    const candidates = Array.from(document.querySelectorAll(selector)).filter((element) => element !== body && isRendered(element) && !isPageFurniture(element));
    const container = largestOf(candidates);
    // Real text, and not a whole-page wrapper that also holds the menus.
    if (container && enough(container) && !wrapsSiteChrome(container)) return pick(container, 'cms');
  }

  const block = largestTextBlock(body);
  if (block && enough(block)) return pick(block, 'largest-text');
  return pick(body, 'whole-page');
}

/**
 * Does a candidate container wrap the site's own banner, footer or a menu (so it is a
 * whole-page wrapper, like a `#main` around everything, rather than the document)?
 */
function wrapsSiteChrome(element: Element): boolean {
  if (element.querySelector('[role="banner"], [role="contentinfo"], #footer, #header, #navigation, #mast')) return true;
  return Array.from(element.querySelectorAll('nav, [role="navigation"], header, footer')).some((chrome) => chrome.querySelectorAll('a').length > 8);
}
