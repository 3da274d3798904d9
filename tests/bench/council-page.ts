/**
 * A realistic committee web page for the extension benchmark, built in code: a council site's
 * header, navigation and footer around a meeting's reports pack, each report with numbered
 * sections, headings, tables of grants and savings, bulleted and numbered lists, links to
 * appendices, and the things the rules find in real papers (short consultations, too little
 * notice, cuts with no impact assessment, jargon, unexplained abbreviations, wrong weekdays).
 *
 * The building blocks are written for this project; names, sums and dates are varied by a
 * seeded generator, so the same `words` always gives the same page.
 */
import { seededRandom } from '../helpers/seeded-random.ts';

const COUNCIL = 'Thornbury Vale District Council';
const GROUPS = [
  'Rivermead Community Transport',
  'Eastmoor Citizens Advice',
  'Ashdown Carers Network',
  'Kingsford Food Partnership',
  'Vale Youth Clubs Trust',
  'Northgate Befriending Scheme',
  'Thornbury Women’s Aid',
  'Millbrook Lunch Club',
  'Vale Mind',
  'Harbour Street Foodbank',
];
const SERVICES = ['day centre for older people', 'youth club programme', 'advice service', 'befriending service', 'community transport scheme', 'lunch club', 'carers’ respite service', 'domestic abuse outreach service'];
const WARDS = ['Northgate', 'Millbrook', 'Harbour', 'Ashdown East', 'Kingsford Rural', 'Eastmoor Central'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['Voluntary sector grants 2026/27', 'Review of community transport', 'Library opening hours', 'Youth services redesign', 'Advice services contract', 'Day opportunities for older people', 'Carers’ support offer', 'Community centres review'];

interface Draw {
  pick<T>(items: readonly T[]): T;
  number(low: number, high: number): number;
  chance(p: number): boolean;
}

function draw(seed: number): Draw {
  const random = seededRandom(seed);
  return {
    pick: (items) => items[Math.floor(random() * items.length)]!,
    number: (low, high) => low + Math.floor(random() * (high - low + 1)),
    chance: (p) => random() < p,
  };
}

/** "Tuesday 3 March 2026", with the right weekday unless `wrong` (a date-weekday finding). */
function dated(d: Draw, year: number, wrong = false): string {
  const month = d.number(0, 11);
  const day = d.number(1, 28);
  const weekday = (new Date(Date.UTC(year, month, day)).getUTCDay() + 6) % 7;
  return `${WEEKDAYS[wrong ? (weekday + 2) % 7 : weekday]} ${day} ${MONTHS[month]} ${year}`;
}

function money(d: Draw, low: number, high: number): string {
  return `£${d.number(low, high).toLocaleString('en-GB')}`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One report on the agenda: about 700–1,000 words of HTML. */
function report(d: Draw, item: number, section: number): string {
  const topic = d.pick(TOPICS);
  const service = d.pick(SERVICES);
  const group = d.pick(GROUPS);
  const other = d.pick(GROUPS);
  const ward = d.pick(WARDS);
  const cut = d.number(10, 60);
  const weeks = d.pick([4, 6, 8, 12, 12, 12]);
  const notice = d.pick(['one month’s', 'six weeks’', 'three months’', 'three months’', 'six months’']);
  const acronyms = d.chance(0.5) ? 'the VCS' : 'the voluntary and community sector (VCS)';
  const parts: string[] = [];
  const p = (text: string) => parts.push(`<p>${text}</p>`);
  const n = (sub: number) => `${section}.${sub}`;

  parts.push(`<section class="agenda-item" id="item-${item}"><h2>${item}. ${escape(topic)}</h2>`);
  parts.push(
    `<table class="report-details"><tbody><tr><th scope="row">Report of</th><td>Director of Communities</td></tr><tr><th scope="row">Cabinet member</th><td>Councillor ${d.pick(['Patel', 'Hughes', 'O’Brien', 'Okafor', 'Lewis'])}, Communities and Wellbeing</td></tr><tr><th scope="row">Wards affected</th><td>${ward}; ${d.pick(WARDS)}</td></tr><tr><th scope="row">Key decision</th><td>Yes</td></tr></tbody></table>`,
  );
  parts.push(`<h3>${n(1)} Purpose of the report</h3>`);
  p(
    `${n(1)}.1 This report asks Cabinet to agree changes to the ${service} and to the grants the council gives to ${acronyms} from April. It follows the review that members asked for last year and sets out the options, the savings each would make and what residents told us.`,
  );
  p(
    `${n(1)}.2 Going forward, officers will work with partners to leverage external funding and deliver a joined-up offer across the district, so that the council can continue to meet its statutory duties within the budget agreed in February.`,
  );
  parts.push(`<h3>${n(2)} Recommendations</h3><p>That Cabinet:</p><ol>`);
  parts.push(`<li>agrees to reduce the grant to ${group} by ${cut} per cent from 1 April 2026;</li>`);
  parts.push(`<li>agrees to give ${other} ${notice} notice in writing that its funding will end on 31 March 2026;</li>`);
  parts.push(`<li>notes the results of the consultation summarised at <a href="/documents/item-${item}-appendix-a.pdf">Appendix A</a>;</li>`);
  parts.push(`<li>delegates authority to the Director of Communities, in consultation with the Cabinet Member, to agree the final terms of each SLA.</li></ol>`);
  parts.push(`<h3>${n(3)} Background</h3>`);
  p(
    `${n(3)}.1 The council has funded ${group} since ${d.number(2004, 2018)} to run a ${service} in ${ward}. Around ${d.number(100, 500)} residents use it each month, most of them over 75, and it relies on ${d.number(20, 80)} volunteers who give their time each week.`,
  );
  p(
    `${n(3)}.2 ${acronyms === 'the VCS' ? 'The VCS' : 'The sector'} has told us, through the CVS forum and direct stakeholder engagement, that short-term funding makes it hard to plan or to keep staff. The Compact commits the council to three-year funding where it can, and to full cost recovery.`,
  );
  parts.push(`<h3>${n(4)} Grants affected</h3>`);
  parts.push(`<table class="grants"><caption>Table ${item}: current and proposed grants</caption><thead><tr><th scope="col">Organisation</th><th scope="col">Service</th><th scope="col">2025/26 grant</th><th scope="col">Proposed 2026/27</th><th scope="col">Change</th></tr></thead><tbody>`);
  for (let row = 0; row < d.number(4, 8); row++) {
    const change = d.pick(['No change', `Reduced by ${d.number(5, 50)}%`, 'Ended', 'Increased by 3%']);
    parts.push(`<tr><td>${d.pick(GROUPS)}</td><td>${d.pick(SERVICES)}</td><td>${money(d, 8000, 90000)}</td><td>${money(d, 0, 90000)}</td><td>${change}</td></tr>`);
  }
  parts.push(`</tbody></table>`);
  parts.push(`<h3>${n(5)} Options considered</h3><ul>`);
  parts.push(`<li><strong>Option 1: no change.</strong> Keep every grant at its present level. This would not achieve the savings in the medium-term financial strategy.</li>`);
  parts.push(`<li><strong>Option 2: reduce grants evenly.</strong> Reduce every grant by ${d.number(5, 15)} per cent. Smaller groups told us this would put their services at risk.</li>`);
  parts.push(`<li><strong>Option 3 (recommended): targeted reductions.</strong> Reduce the grants to the services with other funding available, and protect the lunch clubs and the advice services.</li></ul>`);
  parts.push(`<h3>${n(6)} Consultation</h3>`);
  const opens = dated(d, 2026, d.chance(0.2));
  if (d.chance(0.15)) {
    p(`${n(6)}.1 A consultation on these proposals will open on ${opens}. Responses can be made online, by post or at drop-in sessions in each library.`);
  } else {
    p(
      `${n(6)}.1 A public consultation on these proposals will run for ${weeks} weeks from ${opens}. Responses can be made online, by post or at drop-in sessions in each library, and paper copies are available on request.`,
    );
  }
  p(
    `${n(6)}.2 We will publish a summary of what people told us and how it changed the proposals within three months of the consultation closing. In order to reach people who do not use the internet, officers will attend ${d.number(3, 9)} community events and the ${ward} ward forum.`,
  );
  parts.push(`<h3>${n(7)} Financial implications</h3>`);
  p(
    `${n(7)}.1 The proposals would save ${money(d, 10000, 90000)} in 2026/27 and ${money(d, 20000, 150000)} in a full year. These savings form part of the MTFS agreed by Council in February, and the changes must take effect from the start of the financial year to achieve them.`,
  );
  parts.push(`<table class="savings"><thead><tr><th scope="col">Year</th><th scope="col">Saving</th><th scope="col">Cumulative</th></tr></thead><tbody><tr><td>2026/27</td><td>${money(d, 10000, 90000)}</td><td>${money(d, 10000, 90000)}</td></tr><tr><td>2027/28</td><td>${money(d, 20000, 150000)}</td><td>${money(d, 90000, 200000)}</td></tr></tbody></table>`);
  parts.push(`<h3>${n(8)} Legal implications</h3>`);
  p(
    `${n(8)}.1 The council must have due regard to the Public Sector Equality Duty under section 149 of the Equality Act 2010 when it takes this decision. The grant agreements allow either party to end them with three months’ notice in writing, notwithstanding the provisions of clause 14.`,
  );
  parts.push(`<h3>${n(9)} Equality implications</h3>`);
  if (d.chance(0.6)) {
    p(
      `${n(9)}.1 An equality impact assessment has been carried out and is attached at <a href="/documents/item-${item}-eqia.pdf">Appendix B</a>. It finds that older and disabled residents who use the ${service} would be most affected, and sets out how the council will reduce that impact, including help to find other funding.`,
    );
  } else {
    p(`${n(9)}.1 None identified at this stage.`);
  }
  parts.push(`<h3>${n(10)} Risks</h3><ul>`);
  parts.push(`<li>Organisations may not find other funding in time and may have to close services.</li>`);
  parts.push(`<li>Volunteers may leave if the service is reduced, which would be hard to reverse.</li>`);
  parts.push(`<li>Demand may move to statutory services such as adult social care, at greater cost.</li></ul>`);
  p(
    `${n(10)}.1 Officers will offer capacity building and help with bids to other funders, and will monitor the effect of the changes each quarter and report to the Overview and Scrutiny Committee on ${dated(d, 2026, d.chance(0.2))}.`,
  );
  parts.push(`<p class="contact">Contact officer: ${d.pick(['Sam Reid', 'Priya Shah', 'Tom Evans', 'Grace Adeyemi'])}, Communities Team, telephone 01234 567${d.number(100, 999)}.</p></section>`);
  return parts.join('\n');
}

function words(html: string): number {
  return html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** A committee page of about `wanted` words of content (the site's chrome comes on top). */
export function councilPage(wanted: number, seed = 2026): string {
  const d = draw(seed);
  const items: string[] = [];
  let written = 0;
  for (let item = 1; written < wanted; item++) {
    const html = report(d, item + 3, item);
    items.push(html);
    written += words(html);
  }
  const meeting = dated(d, 2026);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet, ${meeting}: reports pack - ${COUNCIL}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem}nav ul{display:flex;gap:1rem;list-style:none}</style></head>
<body>
<header><a href="/">${COUNCIL}</a><nav aria-label="Main"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li><li><a href="/democracy">Councillors and democracy</a></li><li><a href="/jobs">Jobs</a></li></ul></nav></header>
<nav aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/democracy">Democracy</a> &gt; <a href="/democracy/cabinet">Cabinet</a></nav>
<main>
<h1>Cabinet, ${meeting}, 6.30 pm: reports pack</h1>
<p>Venue: Council Chamber, Town Hall, Thornbury. Contact: Democratic Services, telephone 01234 567890.</p>
<ol class="agenda-preliminaries"><li>Apologies for absence</li><li>Declarations of interest</li><li>Minutes of the previous meeting</li></ol>
${items.join('\n')}
</main>
<footer><p>${COUNCIL}, Town Hall, Thornbury TV1 1AA.</p><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body></html>`;
}
