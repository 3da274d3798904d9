/**
 * A deterministic benchmark corpus of council text: committee papers and consultation
 * pages assembled from paragraphs written for this project, with names, sums and dates
 * varied by a seeded generator, so every run measures the same bytes.
 */
import { seededRandom } from '../helpers/seeded-random.ts';

const COUNCILS = ['Thornbury Vale District Council', 'Eastmoor Borough Council', 'Kingsford County Council', 'Ashdown City Council', 'Rivermead Council'];
const GROUPS = ['Rivermead Community Transport', 'Eastmoor Citizens Advice', 'Ashdown Carers Network', 'Kingsford Food Partnership', 'Vale Youth Clubs Trust', 'Northgate Befriending Scheme'];
const SERVICES = ['day centre for older people', 'youth club programme', 'advice service', 'befriending service', 'community transport scheme', 'lunch club'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Pick = <T>(items: readonly T[]) => T;

const PAPER: ((pick: Pick, n: () => number) => string)[] = [
  (pick) => `${pick(COUNCILS).toUpperCase()}\n\nCABINET\n\nDate of meeting: ${1 + (pickNumber(pick) % 27)} ${pick(MONTHS)} 2025\n\nVOLUNTARY SECTOR GRANTS REVIEW`,
  () => `1. Purpose of the report`,
  (pick) => `This report asks Cabinet to agree changes to the grants the council gives to voluntary and community organisations from April. It follows the review of the ${pick(SERVICES)} that members asked for last year, and sets out the options considered and the savings each would achieve.`,
  () => `2. Recommendations`,
  (pick, n) => `That Cabinet agrees to reduce the grant to ${pick(GROUPS)} by ${10 + (n() % 30)} per cent from 1 April 2026, and to give the organisation at least three months' notice in writing with the reasons for the change.`,
  (pick) => `That Cabinet notes the results of the consultation with service users of the ${pick(SERVICES)}, summarised at Appendix A, and the Equality Impact Assessment at Appendix B.`,
  () => `3. Background`,
  (pick, n) => `The council has funded ${pick(GROUPS)} since ${2004 + (n() % 15)} to run a ${pick(SERVICES)} in the north of the district. Around ${100 + (n() % 400)} residents use it each month, most of them over 75, and the scheme relies on ${20 + (n() % 60)} volunteers who give their time each week. Going forward, the service will need to show how it reaches people who do not currently use it.`,
  (pick) => `The voluntary and community sector (VCS) has told us, through the CVS forum and direct stakeholder engagement, that short-term funding makes it hard to plan or to keep staff. The Compact commits the council to three-year funding where it can, and to full cost recovery.`,
  () => `4. Consultation`,
  (pick, n) => `A public consultation on the proposals will open on ${1 + (n() % 20)} ${pick(MONTHS)} 2025 and close on ${1 + (n() % 27)} ${pick(MONTHS)} 2026. Responses can be made online, by post or at drop-in sessions in each library. We will publish a summary of what people told us and how it changed the proposals.`,
  () => `Following consultation with ward members and the Cabinet Member for Communities, officers have revised the proposals to protect the lunch clubs.`,
  () => `5. Financial implications`,
  (pick, n) => `The proposals would save £${10 + (n() % 90)},000 in 2026/27 and £${20 + (n() % 80)},000 in a full year. These savings form part of the medium-term financial strategy agreed by Council in February, and in order to achieve them the changes must take effect from the start of the financial year.`,
  () => `6. Legal implications`,
  () => `The council must have due regard to the Public Sector Equality Duty under section 149 of the Equality Act 2010 when it takes this decision. The grant agreements allow either party to end them with three months' notice in writing.`,
  () => `7. Equality implications`,
  (pick) => `An equality impact assessment has been carried out and is attached at Appendix B. It finds that older and disabled residents who use the ${pick(SERVICES)} would be most affected, and sets out how the council will work with the organisation to reduce that impact, including help to find other funding.`,
  () => `8. Risk management`,
  () => `There is a risk that organisations cannot find other funding in time and have to close services. Officers will offer support with capacity building and bids to other funders, and will monitor the effect of the changes each quarter.`,
];

function pickNumber(pick: Pick): number {
  return pick([3, 7, 11, 13, 17, 19, 23]);
}

const PAGE: ((pick: Pick, n: () => number) => string)[] = [
  (pick) => `Have your say on the future of the ${pick(SERVICES)}`,
  (pick, n) => `${pick(COUNCILS)} wants to hear your views on how we fund the ${pick(SERVICES)}. This consultation runs for 12 weeks, from ${1 + (n() % 20)} ${pick(MONTHS)} 2025 to ${1 + (n() % 27)} ${pick(MONTHS)} 2026, and closes at 5pm on the last day.`,
  () => `Why we are consulting`,
  (pick) => `The council has less money to spend next year and has to make difficult choices. We want to understand how people use the ${pick(SERVICES)}, what matters most to them, and what would happen if it changed. No decision has been made yet.`,
  () => `How to respond`,
  () => `You can fill in the online survey, ask for a paper copy by phone, or come to one of our drop-in sessions. If you need the survey in another format or language, please contact us and we will help. Community groups can send a written response on behalf of their members.`,
  () => `What happens next`,
  () => `We will read every response and publish a summary within three months of the consultation closing, with an explanation of how your views shaped the final decision. Cabinet will take the decision at a public meeting, and anyone affected will be told in writing.`,
];


/** About `bytes` characters of council text, the same every time for the same size. */
export function buildCorpus(bytes: number, seed = 2025): string {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const n = () => Math.floor(random() * 1000);
  const parts: string[] = [];
  let size = 0;
  let document = 0;
  while (size < bytes) {
    const template = document % 3 === 2 ? PAGE : PAPER;
    for (const paragraph of template) {
      const text = paragraph(pick, n);
      parts.push(text);
      size += text.length + 2;
    }
    document++;
  }
  return parts.join('\n\n').slice(0, bytes);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
