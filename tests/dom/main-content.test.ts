// @vitest-environment happy-dom
/**
 * Only the document, not the site around it: stand-ins for eight real templates (written for
 * these tests, reproducing each template's markup shape: landmarks, CMS containers, cookie
 * banners, mega-menus, breadcrumbs, share links, document-link metadata, footers).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractVisibleText } from '../../shared/dom/extract.ts';
import { lintPage } from '../../shared/dom/lint-page.ts';
import { describeElement, findMainContent, isPageFurniture } from '../../shared/dom/main-content.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

function load(name: string): void {
  const html = readFileSync(`tests/fixtures/pages/${name}`, 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
}

function findingsOf(text: string) {
  return lintPage({ text, headings: [] }, {}, [], TEST_TODAY).findings.map((finding) => `${finding.ruleId}: ${finding.actual}`);
}

/** Words that only the site's chrome contains on these pages: none may be read. */
const CHROME_WORDS = ['GDPR', 'SEND', 'NNDR', 'HRA', 'FOI', 'EIR', 'PO Box', 'BETA', 'KB', 'MB', 'Share on', 'Skip to', 'Home', 'cookies'];

const TEMPLATES: { name: string; file: string; source: string; element: string; findings: string[] }[] = [
  {
    name: 'GOV.UK (cookie banner, phase banner, breadcrumbs, attachment metadata, share links, feedback)',
    file: 'template-govuk.html',
    source: 'main',
    element: '<main id="main-content" role="main">',
    findings: ['undefined-acronym: BSOG', 'consultation-timescale: 6 January 2025 and closes on 3 February'],
  },
  {
    name: 'LocalGov Drupal (cookie dialog, header menu, breadcrumb region, footer)',
    file: 'template-localgov-drupal.html',
    source: 'main',
    element: '<main id="main-content">',
    findings: [
      'impact-assessment: The council proposes to close the day cent',
      'consultation-timescale: from 10 February 2025 until 10 March 20',
      'undefined-acronym: DASS',
    ],
  },
  {
    name: 'NHS.UK (cookie banner, header navigation, breadcrumb, footer)',
    file: 'template-nhsuk.html',
    source: 'main',
    element: '<main id="maincontent" role="main">',
    findings: ['consultation-timescale: 14 March 2025', 'undefined-acronym: ESD'],
  },
  {
    name: 'Jadu (no main landmark: #content with .byEditor, div menus and footer)',
    file: 'template-jadu.html',
    source: 'cms',
    element: '<div id="content">',
    findings: ['impact-assessment: The council has decided to end the commun', 'notice-period: 31 January 2025', 'jargon: Going forward'],
  },
  {
    name: 'Granicus/Firmstep (mega-menu, side menu, social share, page feedback)',
    file: 'template-granicus-firmstep.html',
    source: 'cms',
    element: '<div id="content-main">',
    findings: [
      'impact-assessment: We propose to reduce the opening hours of ',
      'consultation-timescale: four weeks',
      'undefined-acronym: SMT',
    ],
  },
  {
    name: 'ModernGov agenda page (layout table, left menu, document links with sizes)',
    file: 'template-moderngov.html',
    source: 'cms',
    element: '<div class="mgContent">',
    findings: ['impact-assessment: The report proposes that Cabinet agrees t', 'notice-period: 1 April 2025'],
  },
  {
    name: 'Citizen Space (role=main on a div, related links, share)',
    file: 'template-citizen-space.html',
    source: 'main',
    element: '<div id="dss-main" role="main">',
    findings: [
      'consultation-timescale: 17 February 2025',
      'impact-assessment: We are proposing to close three of the co',
      'undefined-acronym: EqIA',
    ],
  },
  {
    name: 'EngagementHQ (no landmarks: the largest block of text, sidebar widgets)',
    file: 'template-engagementhq.html',
    source: 'largest-text',
    element: '<div class="project-description">',
    findings: ['impact-assessment: From 1 April 2025 the grant will be reduc', 'notice-period: 1 April 2025', 'consultation-timescale: 24 March 2025'],
  },
];

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('findMainContent on eight real templates', () => {
  for (const template of TEMPLATES) {
    it(template.name, () => {
      load(template.file);
      const main = findMainContent(document);
      expect([main.source, main.element]).toEqual([template.source, template.element]);
      const { text } = extractVisibleText(main.root);
      for (const word of CHROME_WORDS) expect(text, `“${word}” comes from the site, not the document`).not.toMatch(new RegExp(`\\b${word}\\b`));
      // Every finding of the document, and no other (each given by its rule and the start of its quote).
      const found = findingsOf(text);
      expect(found.map((finding, index) => (finding.startsWith(template.findings[index] ?? '\u0000') ? template.findings[index] : finding))).toEqual(
        template.findings,
      );
      // Without the main-content search, the same page gives findings from its chrome.
      const whole = extractVisibleText(document.body, { wholePage: true }).text;
      expect(findingsOf(whole).length).toBeGreaterThan(template.findings.length);
    });
  }
});

describe('page furniture', () => {
  it('is recognised by its class, id or label wherever it sits', () => {
    const furniture = [
      '<div class="govuk-cookie-banner"></div>',
      '<div id="cookieConsent"></div>',
      '<section aria-label="Cookies on GOV.UK"></section>',
      '<nav class="govuk-breadcrumbs"></nav>',
      '<div class="gem-c-share-links"></div>',
      '<div class="social-share"></div>',
      '<div class="page-feedback"></div>',
      '<p class="gem-c-attachment__metadata"></p>',
      '<div class="mega-menu__column"></div>',
      '<a class="govuk-skip-link"></a>',
      '<div class="govuk-phase-banner"></div>',
    ];
    const content = [
      '<div class="consultation-feedback"></div>', // "We asked, you said" is the document
      '<div class="shared-services"></div>',
      '<div class="content"></div>',
      '<div id="consent-to-share-data-form-guidance"></div>',
    ];
    const parse = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return holder.firstElementChild!;
    };
    expect(furniture.filter((html) => !isPageFurniture(parse(html)))).toEqual([]);
    expect(content.filter((html) => isPageFurniture(parse(html)))).toEqual([]);
  });

  it('blanks a document link’s format and size one for one, so offsets still map to the page', () => {
    document.body.innerHTML =
      '<main><p>Read the <a href="#">budget report (PDF, 52 KB)</a> and the <a href="#">appendix Word document, 1.2MB</a>. The PDF explains the cut.</p></main>';
    const { text, segments } = extractVisibleText(document.querySelector('main')!);
    expect(text).not.toMatch(/52|KB|1\.2MB|Word document/);
    expect(text).toContain('The PDF explains the cut.');
    // Same length as the page's own text: nothing removed, only blanked.
    expect(text.length).toBe(document.querySelector('main')!.textContent!.length);
    expect(segments.length).toBe(5);
  });

  it('describes the element it chose for the side panel', () => {
    document.body.innerHTML = '<div id="main-content" class="x"></div><div class="page-content y"></div><main role="main"></main>';
    expect([...document.body.children].map(describeElement)).toEqual(['<div id="main-content">', '<div class="page-content">', '<main role="main">']);
  });
});

describe('whole page', () => {
  it('reads the chrome too when asked, and nothing hidden even then', () => {
    load('template-govuk.html');
    const main = findMainContent(document, { whole: true });
    expect(main.source).toBe('whole-page');
    const { text } = extractVisibleText(main.root, { wholePage: true });
    expect(text).toContain('GDPR');
    expect(text).toContain('BETA');
    expect(text).toContain('How to make an FOI or EIR request');
    expect(text).toContain('52 KB');
    expect(text).not.toContain('Accept additional cookies'); // a button: form fields are never read
  });

  it('falls back to the whole page when nothing else holds the text', () => {
    document.body.innerHTML = '<p>Just one short line.</p>';
    expect(findMainContent(document).source).toBe('whole-page');
  });

  it('keeps a short page’s main landmark when it holds most of the page', () => {
    document.body.innerHTML = '<header role="banner"><a href="/">Council</a></header><main><p>The SLA ends soon.</p></main>';
    expect(findMainContent(document).source).toBe('main');
  });
});

describe('how much text makes a <main> the document', () => {
  // The count stops early on long pages; it must still count as the whole measure would:
  // white space squeezed, across many text nodes, and trimmed.
  const page = (length: number) => {
    // "word word word…" of exactly `length` characters once squeezed and trimmed, written with
    // runs of white space and split into many text nodes.
    const text = 'word '.repeat(60).slice(0, length).replace(/ $/, 'x');
    const spaced = text.replace(/ /g, ' \n\t ');
    const pieces = spaced.match(/[^]{1,7}/g) ?? [];
    document.body.innerHTML = `<main>\n   ${pieces.map((piece) => `<span>${piece}</span>`).join('')}\n   </main><div id="other"><p>${'Other words on the page. '.repeat(40)}</p></div>`;
  };

  it('takes a <main> with 200 characters of text, however it is split and spaced', () => {
    page(200);
    expect(findMainContent(document).source).toBe('main');
  });

  it('passes over a <main> with 199 characters when the page holds far more elsewhere', () => {
    page(199);
    expect(findMainContent(document).source).not.toBe('main');
  });
});
