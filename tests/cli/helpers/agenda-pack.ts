/**
 * A deterministic agenda pack of committee papers for the scale test and the benchmark:
 * reports to cabinets, scrutiny panels and health boards on grants, service changes and
 * consultations, in Markdown, HTML, Word and PDF like a real pack. The same seed always
 * gives the same papers. All wording is our own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocx, type DocxBlock } from './docx.ts';
import { handWrittenPdf } from './pdf.ts';
import { seededRandom } from '../../helpers/seeded-random.ts';


const COMMITTEES = ['Cabinet', 'Health and Wellbeing Board', 'Communities Scrutiny Panel', 'Adult Social Care Committee', 'Executive Member Decision Day', 'Integrated Care Board'];
const TOPICS = [
  'grants to community groups',
  'the future of the day centre at Mill Lane',
  'the library service review',
  'funding for advice services',
  'the carers’ support contract',
  'youth service commissioning',
  'the community transport scheme',
  'the budget for 2025/26',
  'the voluntary sector infrastructure contract',
  'mental health drop-in services',
];
const GROUPS = ['Riverside Advice Centre', 'Northfield Carers Network', 'the Bridge Youth Project', 'Eastgate Community Transport', 'Age Concern Westley', 'the Hollybush Food Bank', 'Oakwood Mencap'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];

const SENTENCES: Record<string, string[]> = {
  purpose: [
    'This report asks {committee} to agree how {topic} will be funded from April.',
    'It sets out the options considered, the views gathered so far and the officers’ recommendation.',
    'The decision affects {group} and about {number} people who use its services each year.',
    'Members are asked to note the results of the engagement carried out in {month}.',
  ],
  recommendations: [
    'That {committee} agrees the grant to {group} of £{amount} for the coming year.',
    'That {committee} notes the outcome of the consultation summarised in section 5.',
    'That the Director of Adult Services is given delegated authority to agree the final terms.',
    'That officers report back on the effect of these changes within twelve months.',
  ],
  background: [
    'The council has funded {group} since 2012 to provide advice, support and activities for local residents.',
    'Demand for the service has grown by {percent} per cent over the last three years, while the grant has stayed the same.',
    'In {month} the council agreed a savings target of £{amount} across community services.',
    'Officers have met each funded organisation to discuss how the savings might be found.',
    'The VCS partnership board was told about the proposals at its meeting in {month}.',
    'Going forward, the council will work with partners to deliver joined-up services across the borough.',
    'A number of options were considered, including a phased reduction and a move to a commissioned contract.',
    'The current agreement with {group} ends on 31 March and includes a clause allowing either party to end it early.',
    'Volunteers give around {number} hours a year to the service, which would be hard to replace.',
    'The CVS has offered to help groups find other sources of income.',
  ],
  consultation: [
    'A public consultation ran from 3 {month} to 28 {month} and received {number} responses.',
    'Most respondents said the service was important to them and asked the council to keep it open.',
    'The consultation was shorter than usual because the budget has to be set by February.',
    'Groups were told about the proposals in writing and invited to a drop-in session.',
    'A summary of responses is attached as Appendix B, with the council’s reply to each main point.',
  ],
  financial: [
    'The proposal would save £{amount} in a full year, with a part-year saving of £{small}.',
    'Funding for {group} would end on 30 June, giving {notice} weeks’ notice from the date of decision.',
    'Any one-off costs of ending the agreement will be met from the transformation reserve.',
    'The saving contributes to the medium term financial strategy agreed by Council in February.',
  ],
  equality: [
    'An equality impact assessment has been completed and is attached as Appendix C.',
    'The change is likely to affect older people and disabled people more than others.',
    'Officers will work with {group} to help current users find other support.',
    'No equality impact assessment has yet been carried out; one will be completed before the decision is implemented.',
  ],
  risks: [
    'There is a risk that some residents will not find other support and will need statutory services instead.',
    'The reputational risk is rated as medium, and a communications plan has been prepared.',
    'If the decision is delayed, the savings target for the year will not be met.',
  ],
};

const SECTIONS: [string, keyof typeof SENTENCES, number][] = [
  ['Purpose of the report', 'purpose', 1],
  ['Recommendations', 'recommendations', 1],
  ['Background', 'background', 4],
  ['Consultation', 'consultation', 2],
  ['Financial implications', 'financial', 1],
  ['Equality implications', 'equality', 1],
  ['Risks', 'risks', 1],
];

interface Paper {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

function makePaper(next: () => number, index: number, short: boolean): Paper {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const committee = pick(COMMITTEES);
  const topic = pick(TOPICS);
  const fill = (sentence: string) =>
    sentence
      .replace(/\{committee\}/g, committee)
      .replace(/\{topic\}/g, topic)
      .replace(/\{group\}/g, () => pick(GROUPS))
      .replace(/\{month\}/g, () => pick(MONTHS))
      .replace(/\{number\}/g, () => String(50 + Math.floor(next() * 2000)))
      .replace(/\{percent\}/g, () => String(5 + Math.floor(next() * 40)))
      .replace(/\{amount\}/g, () => (10_000 + Math.floor(next() * 400) * 1000).toLocaleString('en-GB'))
      .replace(/\{small\}/g, () => (1000 + Math.floor(next() * 90) * 100).toLocaleString('en-GB'))
      .replace(/\{notice\}/g, () => String(4 + Math.floor(next() * 12)));
  // Papers vary in length as real ones do: roughly 600 to 3,500 words.
  const scale = short ? 1 : 2 + Math.floor(next() * 10);
  const sections = SECTIONS.map(([heading, bank, paragraphsPerScale]) => {
    const paragraphs: string[] = [];
    const count = Math.max(1, Math.round((paragraphsPerScale * scale) / 2));
    for (let p = 0; p < count; p++) {
      const sentences = 2 + Math.floor(next() * 4);
      paragraphs.push(Array.from({ length: sentences }, () => fill(pick(SENTENCES[bank]!))).join(' '));
    }
    return { heading, paragraphs };
  });
  const day = 1 + Math.floor(next() * 27);
  return { title: `${committee}, ${day} ${pick(MONTHS)} 2025: ${topic} (item ${index + 1})`, sections };
}

function toMarkdown(paper: Paper): string {
  return [`# ${paper.title}`, ...paper.sections.flatMap((section, n) => [`## ${n + 1}. ${section.heading}`, ...section.paragraphs])].join('\n\n') + '\n';
}

function toHtml(paper: Paper): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paper.sections
    .map((section, n) => `<h2>${n + 1}. ${escape(section.heading)}</h2>\n${section.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}`)
    .join('\n');
  return `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(paper.title)}</title></head>\n<body><nav><a href="/">Home</a> | <a href="/meetings">Meetings</a></nav>\n<main><h1>${escape(paper.title)}</h1>\n${body}\n</main></body></html>\n`;
}

function toDocx(paper: Paper): Buffer {
  const blocks: DocxBlock[] = [{ heading: paper.title }];
  paper.sections.forEach((section, n) => {
    blocks.push({ heading: `${n + 1}. ${section.heading}`, level: 2 });
    for (const paragraph of section.paragraphs) blocks.push({ paragraph });
  });
  return makeDocx(blocks);
}

/** Hard-wrap at about 90 characters and cut into pages of 45 lines, as a printed PDF would be. */
function toPdf(paper: Paper): Buffer {
  const lines: string[] = [paper.title, ''];
  for (const [n, section] of paper.sections.entries()) {
    lines.push(`${n + 1}. ${section.heading}`);
    for (const paragraph of section.paragraphs) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        if ((line + ' ' + word).trim().length > 90) {
          lines.push(line);
          line = word;
        } else line = `${line} ${word}`.trim();
      }
      lines.push(line, '');
    }
  }
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += 45) pages.push(lines.slice(start, start + 45).map((line) => line.replace(/[^\x20-\x7e]/g, "'")));
  return handWrittenPdf(pages);
}

export interface PackSummary {
  files: string[];
  words: number;
}

/** Write `count` papers into `folder`: 6 in 10 Markdown, 2 HTML, 1 Word, 1 PDF. `short` papers (about 300 words) keep tests quick. */
export function writeAgendaPack(folder: string, count = 200, seed = 2025, options: { short?: boolean } = {}): PackSummary {
  mkdirSync(folder, { recursive: true });
  const next = seededRandom(seed);
  const files: string[] = [];
  let words = 0;
  for (let index = 0; index < count; index++) {
    const paper = makePaper(next, index, options.short ?? false);
    words += paper.title.split(/\s+/).length + paper.sections.reduce((sum, s) => sum + s.heading.split(' ').length + s.paragraphs.join(' ').split(/\s+/).length, 0);
    const name = `item-${String(index + 1).padStart(3, '0')}`;
    const kind = index % 10;
    const [file, content] =
      kind < 6 ? [`${name}.md`, toMarkdown(paper)] : kind < 8 ? [`${name}.html`, toHtml(paper)] : kind === 8 ? [`${name}.docx`, toDocx(paper)] : [`${name}.pdf`, toPdf(paper)];
    writeFileSync(join(folder, file), content);
    files.push(file);
  }
  return { files, words };
}
