/**
 * "Draft a challenge letter" for the extension's side panel. The panel lists its extra
 * buttons in entrypoints/sidepanel/actions.ts; this is one of them. Browser only (DOM).
 *
 * On click it adds (or refreshes) a "Challenge letter" section in the panel, drafted from
 * the findings of the page just checked, with copy and download as Markdown or text. The
 * letter is drafted in the panel and is never sent anywhere.
 */
import type { Finding } from '../../engine/finding.ts';
import { documentDetails } from '../../report/document-details.ts';
import { mountLetterPanel, type LetterPanel } from './letter-panel.ts';

/** What the side panel knows about the page it checked (a subset of its PageResults). */
export interface CheckedPage {
  status: string;
  page: { title: string; url: string; lead?: string };
  checkedAt: string | null;
  findings: Finding[];
  summary?: { sections?: { start: number; heading: string }[] } | null;
}

/** The heading of the section a finding sits in: the last heading that starts before it. */
function sectionOf(page: CheckedPage | null, finding: Finding): string | undefined {
  let heading: string | undefined;
  for (const section of page?.summary?.sections ?? []) {
    if (section.start > finding.offset) break;
    heading = section.heading;
  }
  return heading;
}

export interface LetterActionContext {
  results: CheckedPage | null;
  /** Findings from documents the page links to, with where each is (the side panel's "Linked documents"). */
  linked?: { finding: Finding; place: string }[];
  announce(message: string): void;
}

const SECTION_ID = 'challenge-letter';

let panel: LetterPanel | undefined;
let latest: CheckedPage | null = null;
let linked = new Map<Finding, string>();

function letterSection(): HTMLElement {
  const existing = document.getElementById(SECTION_ID);
  if (existing) return existing;
  const section = document.createElement('section');
  section.id = SECTION_ID;
  section.setAttribute('aria-labelledby', `${SECTION_ID}-heading`);
  const heading = document.createElement('h2');
  heading.id = `${SECTION_ID}-heading`;
  heading.textContent = 'Challenge letter';
  heading.tabIndex = -1;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent =
    'A draft for a voluntary group to send to the body responsible. Check each point, fill in the parts in square brackets and edit it before you use it. Nothing is sent anywhere.';
  section.append(heading, hint);
  // Sit after the findings, before the panel's footer.
  const main = document.querySelector('main') ?? document.body;
  const footer = main.querySelector('footer');
  main.insertBefore(section, footer);
  return section;
}

export const challengeLetterAction = {
  id: 'challenge-letter',
  label: 'Draft a challenge letter',
  run(context: LetterActionContext): void {
    latest = context.results;
    linked = new Map((context.linked ?? []).map(({ finding, place }) => [finding, place]));
    if (!latest || latest.status !== 'done') {
      context.announce('Check the page first: the letter is drafted from its findings.');
      return;
    }
    const section = letterSection();
    panel ??= mountLetterPanel(
      section,
      {
        getFindings: () => [...(latest?.findings ?? []), ...linked.keys()],
        getDetails: () => {
          // The same reading the CLI uses: the page title without the site's name, and the body
          // from the title or the opening of the text ("From: Department for Transport").
          const details = documentDetails({ pageTitle: latest?.page.title, text: latest?.page.lead });
          return {
            documentTitle: details.title || latest?.page.title || latest?.page.url || 'this page',
            documentUrlOrFile: latest?.page.url || '[address of the page]',
            responsibleBody: details.responsibleBody,
            dateChecked: latest?.checkedAt ?? new Date(),
            // Web pages and Google Docs have no line numbers: place findings by their section.
            lineNumbers: false,
            sectionOf: (finding: Finding) => sectionOf(latest, finding),
            placeOf: (finding: Finding) => linked.get(finding),
          };
        },
      },
      { idPrefix: 'panel-letter', draftLabel: 'Redraft from the latest check' },
    );
    const letter = panel.draft();
    context.announce(letter.hasFindings ? 'Challenge letter drafted below the findings.' : 'Nothing on this page calls for a challenge letter.');
    section.scrollIntoView({ block: 'start' });
    document.getElementById(`${SECTION_ID}-heading`)?.focus();
  },
};
