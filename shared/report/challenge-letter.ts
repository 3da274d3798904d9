/**
 * Draft a challenge letter from a set of findings: a polite letter a voluntary group can
 * send to the council or NHS body responsible for a document, naming the document, quoting
 * what compact-proof found, citing the Compact commitment each point rests on and saying
 * what the group asks for. The group edits it before use; nothing is sent anywhere.
 *
 * The letter is built once as a list of simple blocks and then rendered twice (Markdown and
 * plain text), so the two versions never drift apart.
 *
 * Pure TypeScript: no DOM, no `node:` imports. Used by the side panel, the practice page and
 * the CLI's `--letter`.
 */
import { RULES } from '../../lint-rules/index.ts';
import { COMMITMENTS, type Commitment, type CommitmentId } from '../engine/commitments.ts';
import { severityRank, type Finding } from '../engine/finding.ts';
import { breachesFirst } from './reading-order.ts';

export interface LetterDetails {
  /** The document's title as a reader would recognise it. */
  documentTitle: string;
  /** Where the group found it: a web address or a file name. */
  documentUrlOrFile: string;
  /** The council, NHS body or department responsible, when known. */
  responsibleBody?: string;
  /** When the document was checked: a Date or an ISO `YYYY-MM-DD` string. */
  dateChecked: Date | string;
  /**
   * Whether the document has line numbers a reader can find (a file does; a web page or a
   * Google Doc has none). Default true. Without them, findings are placed by their section
   * heading (`sectionOf`) and quotation only.
   */
  lineNumbers?: boolean;
  /** The heading of the section a finding sits in, where known ("How to respond"). */
  sectionOf?: (finding: Finding) => string | undefined;
  /**
   * A finding's whole place, used as written, when it is not in the document itself
   * ("In the linked document “Equality impact assessment”, page 3").
   */
  placeOf?: (finding: Finding) => string | undefined;
}

export interface LetterOptions {
  /** Include `info` findings (for example a short consultation whose reasons are given). Default false. */
  includeInfo?: boolean;
  /**
   * The letter's points are the Compact breaches (errors). With this, the warnings (jargon,
   * abbreviations, dates) are added after them as one short "Other points" section. Default false.
   */
  otherPoints?: boolean;
  /** How the group asks for the other points where it drafts the letter (a checkbox's label, a CLI option). */
  howToAddOtherPoints?: string;
  /**
   * Which commitment each rule rests on. Defaults to the rule registry; a finding from a rule
   * not in the map falls back to the commitment named in its note, else to a general point.
   */
  commitmentOf?: (ruleId: string) => CommitmentId | undefined;
}

export interface ChallengeLetter {
  /** False when no finding called for a challenge; the text then says so instead of a letter. */
  hasFindings: boolean;
  /** A subject line, also used for file names. */
  subject: string;
  markdown: string;
  text: string;
}

/** Placeholders the group fills in. Exported so the UI and tests can refer to them. */
export const PLACEHOLDERS = {
  organisationName: "[Your organisation's name]",
  contactDetails: '[Your address, email address and telephone number]',
  recipient: '[Name and job title of the officer responsible]',
  body: '[Name of the council or NHS body]',
  localCompactClause: '[Local Compact clause, for example “section 3, consultation”]',
  aboutUs: '[One or two sentences about your organisation and the people it supports]',
  replyBy: '[a date, for example 14 days from today]',
  copiedTo: '[for example your local Council for Voluntary Service or Compact officer]',
  signatory: '[Your name and role]',
  letterDate: '[Date]',
} as const;

/** How many plain-language examples to quote before summarising the rest. */
const PLAIN_LANGUAGE_EXAMPLES = 6;
/** How many findings of any other kind to quote one by one. */
const LISTED_FINDINGS = 8;
/** Longest quotation, in characters, before it is shortened with an ellipsis. */
const QUOTE_LIMIT = 220;

/**
 * The order points appear in the letter when their findings are equally serious: the most
 * serious commitments first. Points with a Compact breach (an error) always come before
 * points with only warnings, whatever the settings made each check's severity.
 */
const ORDER: CommitmentId[] = ['funding-notice', 'impact-assessment', 'consultation-timescale', 'accurate-dates', 'plain-language'];

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'rule' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 March 2025": British order, no leading zero, as the style guides ask. */
export function formatBritishDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** YYYY-MM-DD of a Date or ISO string, for comparing with the ISO dates rules put in `data`. */
function isoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

const registryCommitments = new Map<string, CommitmentId>(RULES.map((rule) => [rule.id, rule.commitment]));

function commitmentFromNote(note: string): CommitmentId | undefined {
  const title = /Compact commitment: ([^.]+)\./.exec(note)?.[1];
  if (!title) return undefined;
  return (Object.values(COMMITMENTS) as Commitment[]).find((commitment) => commitment.title === title)?.id;
}

function shortQuote(actual: string): string {
  const flat = actual.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : flat;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function inWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** The longest minimum any finding of this kind computed, so a local Compact's figure wins. */
function largestRequiredDays(findings: Finding[]): number | undefined {
  const values = findings.map((finding) => finding.data.requiredDays).filter((value): value is number => typeof value === 'number');
  return values.length ? values.reduce((largest, value) => Math.max(largest, value)) : undefined;
}

/** "three months’": the notice period asked for, from the rule's own minimum where it gave one. */
function noticeAskedFor(findings: Finding[]): string {
  const days = largestRequiredDays(findings);
  const months = days ? Math.max(3, Math.round(days / 30.4)) : 3;
  return `${inWords(months)} months’`;
}

function consultationWeeks(findings: Finding[]): number {
  const days = largestRequiredDays(findings);
  return days ? Math.max(1, Math.round(days / 7)) : 12;
}

function problemsOf(findings: Finding[]): Set<string> {
  return new Set(findings.map((finding) => String(finding.data.problem ?? '')));
}

/** What the group asks for, per commitment, in its own voice. */
/** Has a consultation already closed by the day of the check? Then the ask is to reopen it. */
function closedBefore(findings: Finding[], dateChecked: string): boolean {
  return findings.some((finding) => typeof finding.data.close === 'string' && finding.data.close < dateChecked);
}

function askFor(commitment: CommitmentId, findings: Finding[], checkedIso: string): string[] {
  const problems = problemsOf(findings);
  switch (commitment) {
    case 'consultation-timescale': {
      const weeks = consultationWeeks(findings);
      const asks: string[] = [];
      if (problems.has('missing')) {
        asks.push('that the consultation states clearly when it opens and when it closes, so groups can plan their responses;');
      }
      asks.push(
        closedBefore(findings, checkedIso)
          ? `that, before any decision is taken, the consultation is reopened so that it runs for at least ${weeks} weeks in all;`
          : `that the consultation is extended so that it runs for at least ${weeks} weeks;`,
        'or, if a shorter period truly cannot be avoided, that you publish the reasons for it and do all you can to reach voluntary groups and the people they support in the time there is.',
      );
      return asks;
    }
    case 'funding-notice':
      return [
        `that no change to the funding takes effect until the organisations affected have had at least ${noticeAskedFor(findings)} notice in writing;`,
        'that the notice sets out clear reasons for the decision;',
        'that the organisations affected have a real chance to respond, and that their response is considered before a final decision is made.',
      ];
    case 'impact-assessment': {
      const asks = [
        'that, before any decision is taken, you assess the impact of the proposal on service users, beneficiaries and volunteers, including an equality analysis that shows due regard under the Public Sector Equality Duty;',
        'that the assessment is published with the report, so that decision makers and the public can read it;',
      ];
      if (problems.has('dismissed')) asks.push('that, where the paper says there is no impact, it explains how that conclusion was reached;');
      if (problems.has('deferred')) asks.push('that the decision waits until the assessment is finished, rather than the assessment following the decision;');
      asks.push('that voluntary organisations and the people they support are invited to comment on it.');
      return asks;
    }
    case 'accurate-dates':
      return ['that you correct these dates and confirm the right ones to everyone who may respond, so that nobody misses a deadline.'];
    case 'plain-language':
      return [
        'that the document explains its terms in plain words and spells out each abbreviation the first time it is used;',
        'that a short plain-language summary is offered, so that everyone affected, including volunteers and service users, can understand it and respond.',
      ];
  }
}

/** How a reader finds a finding: "Line 25", or "Under “How to respond”", or nothing to add. */
type Placer = (finding: Finding) => string | undefined;

function placerFor(details: LetterDetails): Placer {
  const inDocument = placerInDocument(details);
  return (finding) => details.placeOf?.(finding) ?? inDocument(finding);
}

function placerInDocument(details: LetterDetails): Placer {
  if (details.lineNumbers !== false) return (finding) => `Line ${finding.line}`;
  return (finding) => {
    const heading = details.sectionOf?.(finding)?.replace(/\s+/g, ' ').trim();
    return heading ? `Under “${heading.length > 80 ? `${heading.slice(0, 79).trimEnd()}…` : heading}”` : undefined;
  };
}

/** Verbs a rule's message starts an instruction to the author with ("Move the change to…"). */
const INSTRUCTIONS =
  /(^|[.;]\s+|,\s+or\s+)(Move|Give|Assess|Explain|Spell out|Replace|State|Say|Add|Check|Correct|Confirm|Summarise|Attach|Publish|Extend|Write|Use|Consider|Make|Set out|Include|Remove|Delete|Change|Define|Reopen)\b/g;

/**
 * A rule speaks to the document's author ("Move the closing date to 28 April 2025 or later,
 * or explain…"); a letter asks the council: "Please move the closing date… or explain…".
 */
export function asRequest(message: string): string {
  return message.trim().replace(INSTRUCTIONS, (_match, before: string, verb: string) => {
    const lower = verb.charAt(0).toLowerCase() + verb.slice(1);
    return before.startsWith(',') ? `${before}${lower}` : `${before}Please ${lower}`;
  });
}

/**
 * What a finding's message asks, as the letter should ask it. Found on reading generated
 * letters as a voluntary group would:
 * - the notice rule's closing request repeats the "We would ask" list under it word for word;
 * - a consultation that has already closed cannot have its closing date moved: the list
 *   asks for it to be reopened, so the point asks only for the reasons.
 */
function letterMessage(finding: Finding, checkedIso: string): string {
  let message = asRequest(finding.message);
  if (finding.ruleId === 'notice-period') {
    message = message.replace(/\s*Please give notice in writing, with the reasons for the decision and a chance to respond\./, '');
  }
  if (finding.ruleId === 'consultation-timescale' && typeof finding.data.close === 'string' && finding.data.close < checkedIso) {
    message = message.replace(/Please move the closing date to [^,.]+ or later, or explain/, 'Please explain');
  }
  return message;
}

/** One line per finding: where it is, the words quoted, and what is wrong, asked of the council. */
function describeFinding(finding: Finding, placeOf: Placer, checkedIso: string, sameAsAbove = false): string {
  const quoted = shortQuote(finding.actual);
  // A quotation that ends a sentence already carries its full stop.
  const after = /[.!?…]$/.test(quoted) ? '' : '.';
  const place = placeOf(finding);
  // Two proposals with the same problem: the long explanation once, not twice.
  const message = sameAsAbove ? 'The same point applies here.' : letterMessage(finding, checkedIso);
  return `${place ? `${place}: ` : ''}“${quoted}”${after} ${message}`;
}

/**
 * Plain-language findings are summarised rather than listed: a document with forty jargon
 * findings should not give a forty-point letter. Repeated terms are counted once, most
 * frequent first.
 */
/**
 * Which term a plain-language finding is about: the jargon rule's headword ("decommission"
 * for "decommissioned" too), the abbreviation itself, else the words flagged.
 */
function termKeyOf(finding: Finding): string {
  const headword = finding.ruleId === 'jargon' ? finding.data.term : finding.ruleId === 'undefined-acronym' ? finding.data.acronym : undefined;
  const term = typeof headword === 'string' && headword ? headword : shortQuote(finding.actual);
  return `${finding.ruleId}|${term.toLowerCase()}`;
}

function summarisePlainLanguage(findings: Finding[], placeOf: Placer): Block[] {
  const byTerm = new Map<string, { term: string; forms: string[]; count: number; line: number; alternative?: string; acronym: boolean; finding: Finding }>();
  for (const finding of findings) {
    const form = shortQuote(finding.actual);
    const key = termKeyOf(finding);
    const entry = byTerm.get(key);
    if (entry) {
      entry.count++;
      if (!entry.forms.some((known) => known.toLowerCase() === form.toLowerCase())) entry.forms.push(form);
    } else {
      byTerm.set(key, { term: form, forms: [form], count: 1, line: finding.line, alternative: finding.expected[0], acronym: finding.ruleId === 'undefined-acronym', finding });
    }
  }
  const terms = [...byTerm.values()].sort((a, b) => b.count - a.count || a.line - b.line);
  const shown = terms.slice(0, PLAIN_LANGUAGE_EXAMPLES);
  // "We found 9 terms that are jargon or unexplained abbreviations, used 14 times in all."
  const found = terms.length === 1 ? 'one term that is jargon or an unexplained abbreviation' : `${terms.length} terms that are jargon or unexplained abbreviations`;
  const uses = terms.length === findings.length ? '' : `, used ${findings.length} times in all`;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `We found ${found}${uses}${terms.length > shown.length ? '. Some examples' : ''}:` },
    {
      kind: 'list',
      items: shown.map((entry) => {
        const count = entry.count > 2 ? `${entry.count} times` : entry.count === 2 ? 'twice' : '';
        const otherForms = entry.forms.slice(1).map((form) => `“${form}”`);
        const also = otherForms.length ? `also as ${otherForms.length > 1 ? `${otherForms.slice(0, -1).join(', ')} and ${otherForms.at(-1)}` : otherForms[0]}` : '';
        const times = count || also ? ` (${[count, also].filter(Boolean).join(', ')})` : '';
        const what = entry.acronym ? 'an abbreviation that is not spelled out' : 'jargon';
        const plain = entry.alternative ? `; ${entry.acronym ? 'in full' : 'a plainer way to say it'}: “${entry.alternative}”` : '';
        const where = placeOf(entry.finding);
        const first = where ? `, first ${where.replace(/^Line/, 'on line').replace(/^Under/, 'under').replace(/^In /, 'in ')}` : '';
        return `“${entry.term}”${times}${first}: ${what}${plain}.`;
      }),
    },
  ];
  if (terms.length > shown.length) {
    const rest = terms.length - shown.length;
    blocks.push({ kind: 'paragraph', text: `There ${rest === 1 ? 'is one other term' : `are ${rest} other terms`} of the same kind; we can send the full list if that would help.` });
  }
  return blocks;
}

function listFindings(findings: Finding[], placeOf: Placer, checkedIso: string): Block[] {
  // Breaches first, then the rest, each in page order, so the eight quoted are the ones that matter most.
  const shown = breachesFirst(findings)
    .slice(0, LISTED_FINDINGS)
    .map((entry) => entry.finding);
  const blocks: Block[] = [
    {
      kind: 'list',
      items: shown.map((finding, index) =>
        describeFinding(finding, placeOf, checkedIso, index > 0 && letterMessage(finding, checkedIso) === letterMessage(shown[index - 1]!, checkedIso)),
      ),
    },
  ];
  const rest = findings.length - shown.length;
  if (rest > 0) blocks.push({ kind: 'paragraph', text: `We found ${rest === 1 ? 'one further passage' : `${rest} further passages`} of the same kind.` });
  return blocks;
}

/** Drop exact repeats (the same rule, words and message at the same place). */
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}|${finding.offset}|${finding.endOffset}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function groupByCommitment(findings: Finding[], commitmentOf: (ruleId: string) => CommitmentId | undefined): Map<CommitmentId | 'other', Finding[]> {
  const groups = new Map<CommitmentId | 'other', Finding[]>();
  for (const finding of findings) {
    const commitment = commitmentOf(finding.ruleId) ?? commitmentFromNote(finding.note) ?? 'other';
    const group = groups.get(commitment) ?? [];
    group.push(finding);
    groups.set(commitment, group);
  }
  return groups;
}

function subjectFor(details: LetterDetails): string {
  return `The Compact and “${details.documentTitle.trim() || 'your document'}”`;
}

/** "Two", "12": a count that starts a sentence. */
function countWord(count: number): string {
  const word = inWords(count);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** “in order to” twice, “terminated”: the words flagged, each once, with how often it came up. */
function quoteSome(findings: Finding[], limit = 3): string {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const flat = shortQuote(finding.actual);
    const quote = `“${flat.length > 80 ? `${flat.slice(0, 79).trimEnd()}…` : flat}”`;
    counts.set(quote, (counts.get(quote) ?? 0) + 1);
  }
  const quotes = [...counts].map(([quote, count]) => (count > 2 ? `${quote} ${count} times` : count === 2 ? `${quote} twice` : quote));
  const shown = quotes.slice(0, limit);
  const rest = quotes.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** What kind of point a group of information-only findings from one rule is, in plain words. */
function leftOutKind(ruleId: string, findings: Finding[]): string {
  const many = findings.length > 1;
  switch (ruleId) {
    case 'jargon':
      return findings.every((finding) => finding.data.kind === 'wordy' || finding.data.kind === 'formal')
        ? many
          ? 'wordy phrases that have a shorter alternative'
          : 'a wordy phrase that has a shorter alternative'
        : many
          ? 'pieces of jargon'
          : 'a piece of jargon';
    case 'undefined-acronym':
      return many ? 'abbreviations that are not spelled out' : 'an abbreviation that is not spelled out';
    case 'consultation-timescale':
      return many ? 'short consultation periods for which the document gives reasons' : 'a short consultation period for which the document gives reasons';
    default:
      return many ? `points found by the ${ruleId} check` : `a point found by the ${ruleId} check`;
  }
}

/** "line 4", "lines 4 and 9", "lines 4, 9 and 12". */
function lineList(lines: number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
}

/** "wordy phrases that have a shorter alternative (“in order to”, “terminated”)", one part per rule. */
function describeLeftOut(findings: Finding[], lineNumbers = true): string {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  // Words are quoted; longer passages (a consultation's dates, a proposal) are pointed to by line.
  const where = (ruleId: string, group: Finding[]) =>
    ruleId === 'jargon' || ruleId === 'undefined-acronym' || !lineNumbers ? quoteSome(group) : lineList([...new Set(group.map((f) => f.line))]);
  const parts = [...byRule].map(([ruleId, group]) => `${leftOutKind(ruleId, group)} (${where(ruleId, group)})`);
  return parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : parts[0]!;
}

/** Notes for the group, drawn from the usual advice on raising a Compact challenge. */
/** "9 different terms that are jargon or abbreviations, in 14 places (“SLA”, …), and one date that looks wrong". */
function describeWarnings(warnings: Finding[]): string {
  const plain = warnings.filter((finding) => finding.ruleId === 'jargon' || finding.ruleId === 'undefined-acronym');
  const rest = warnings.length - plain.length;
  const parts: string[] = [];
  if (plain.length > 0) {
    const { shown, terms } = termExamples(plain, 3);
    const what = terms === 1 ? 'one term that is jargon or an abbreviation not spelled out' : `${terms} different terms that are jargon or abbreviations not spelled out`;
    parts.push(`${what}${plain.length > terms ? ` in ${plain.length} places` : ''}${terms > 3 ? `, such as ${shown}` : `: ${shown}`}`);
  }
  if (rest > 0) parts.push(rest === 1 ? 'one other point, such as a date that looks wrong' : `${inWords(rest)} other points, such as dates that look wrong`);
  return parts.join('; and ');
}

const ADD_OTHER_POINTS = '“Also mention jargon, abbreviations and dates”';

function notesForTheGroup(dateChecked: string, leftOut: Finding[], lineNumbers: boolean, warnings: Finding[] = [], howToAdd = ADD_OTHER_POINTS): Block[] {
  const items = [
    'Check every point against the document yourselves: compact-proof reads text, not intentions, and can be wrong.',
    'Note the dates that matter (when the document appeared, when any consultation closes, when funding would change) and find out whether other groups are affected; a joint letter often carries more weight.',
    'Decide what result you want and what you would accept, and keep only the requests below that serve it.',
    'Find the right person to write to, and the clause of your local Compact that applies; your Council for Voluntary Service or Compact officer can help, and may want a copy.',
    'Write early: a point raised before a decision is much easier to settle than one raised after it. A conversation or meeting may be the best first step, with this letter as its record.',
    'Fill in every part in [square brackets] and delete these notes before sending.',
  ];
  if (warnings.length > 0) {
    items.push(
      `The letter raises only the Compact breaches. Also found, and left out: ${describeWarnings(warnings)}. You can add ${warnings.length === 1 ? 'it' : 'them'} as one short section (${howToAdd}).`,
    );
  }
  if (leftOut.length > 0) {
    const one = leftOut.length === 1;
    items.push(
      `${countWord(leftOut.length)} ${one ? 'note' : 'notes'} ${one ? '(a point for information, not a breach)' : '(points for information, not breaches)'} ${one ? 'is' : 'are'} left out of the letter: ${describeLeftOut(leftOut, lineNumbers)}.`,
    );
  }
  return [
    { kind: 'heading', text: 'Before you send this letter (delete these notes)' },
    { kind: 'paragraph', text: `This draft was prepared by compact-proof from a check made on ${dateChecked}. It has not been sent anywhere.` },
    { kind: 'list', items },
    { kind: 'rule' },
  ];
}

function noChallenge(details: LetterDetails, dateChecked: string, leftOut: Finding[], warnings: Finding[] = [], howToAdd = ADD_OTHER_POINTS): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', text: 'No challenge letter needed' },
    {
      kind: 'paragraph',
      text:
        warnings.length === 0
          ? `compact-proof found nothing in “${details.documentTitle}” (${details.documentUrlOrFile}), checked on ${dateChecked}, that falls short of the Compact commitments it checks: consultation timescales, notice when funding ends or changes, impact assessments before funding is cut, accurate dates and plain language.`
          : `compact-proof found no Compact breach in “${details.documentTitle}” (${details.documentUrlOrFile}), checked on ${dateChecked}: nothing wrong with consultation timescales, notice when funding ends or changes, or impact assessments before funding is cut.`,
    },
  ];
  if (warnings.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `It did find ${describeWarnings(warnings)}. These do not by themselves break the Compact; if you want to raise them, you can add them to a letter as one short section (${howToAdd}).`,
    });
  }
  if (leftOut.length > 0) {
    const one = leftOut.length === 1;
    blocks.push({
      kind: 'paragraph',
      text: `It noted ${one ? 'one point' : `${inWords(leftOut.length)} points`} for information only, which ${one ? 'does not by itself' : 'do not by themselves'} call for a challenge: ${describeLeftOut(leftOut, details.lineNumbers !== false)}.`,
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: 'The Compact covers more than these checks, such as fair funding terms and proportionate monitoring. If you have concerns of that kind, you can still raise them with the body responsible; your Council for Voluntary Service or Compact officer can advise.',
  });
  return blocks;
}

/** "the Department for Transport", "the NHS Westshire ICB"; a council's name needs no article ("Millford District Council"). */
function withArticle(body: string): string {
  return /^(?:Department|Ministry|Office|NHS\b)/.test(body) ? `the ${body}` : body;
}

function letterBlocks(groups: Map<CommitmentId | 'other', Finding[]>, details: LetterDetails, dateChecked: string, others: Finding[] = []): Block[] {
  const body = details.responsibleBody?.trim() || PLACEHOLDERS.body;
  const blocks: Block[] = [
    { kind: 'paragraph', text: PLACEHOLDERS.organisationName },
    { kind: 'paragraph', text: PLACEHOLDERS.contactDetails },
    { kind: 'paragraph', text: PLACEHOLDERS.letterDate },
    { kind: 'paragraph', text: `${PLACEHOLDERS.recipient}\n${body}` },
    { kind: 'paragraph', text: 'Dear [name],' },
    { kind: 'heading', text: subjectFor(details) },
    {
      kind: 'paragraph',
      text: `We are writing about “${details.documentTitle}”, which we read at ${details.documentUrlOrFile} on ${dateChecked}. ${PLACEHOLDERS.aboutUs}`,
    },
    {
      kind: 'paragraph',
      text: `We value our partnership with ${withArticle(body)} and the commitments we share under the Compact between government and the voluntary and community sector, and under our local Compact (${PLACEHOLDERS.localCompactClause}). Reading the document, we believe some of those commitments have not been followed. We set out each point below, with the commitment it rests on and what we would ask for, in the hope that we can resolve them together.`,
    },
  ];

  const worst = (id: CommitmentId | 'other') => groups.get(id)!.reduce((least, finding) => Math.min(least, severityRank(finding.severity)), Infinity);
  const ordered = [...ORDER.filter((id) => groups.has(id)), ...(groups.has('other') ? (['other'] as const) : [])].sort((a, b) => worst(a) - worst(b));
  const placeOf = placerFor(details);
  ordered.forEach((id, index) => {
    const findings = groups.get(id)!;
    const number = `${index + 1}.`;
    if (id === 'other') {
      blocks.push({ kind: 'heading', text: `${number} Other points` });
      for (const block of listFindings(findings, placeOf, isoDate(details.dateChecked))) blocks.push(block);
      blocks.push({ kind: 'paragraph', text: 'We would ask you to look at these points again and tell us how you will address them.' });
      return;
    }
    const commitment = COMMITMENTS[id];
    blocks.push({ kind: 'heading', text: `${number} ${commitment.title}` });
    blocks.push({ kind: 'paragraph', text: `The Compact commitment: ${commitment.summary} (${commitment.source})` });
    for (const block of id === 'plain-language' ? summarisePlainLanguage(findings, placeOf) : listFindings(findings, placeOf, isoDate(details.dateChecked))) blocks.push(block);
    blocks.push({ kind: 'paragraph', text: 'We would ask:' });
    blocks.push({ kind: 'list', items: askFor(id, findings, isoDate(details.dateChecked)) });
  });
  if (others.length > 0) for (const block of otherPointsBlocks(others, placeOf, `${ordered.length + 1}.`, isoDate(details.dateChecked))) blocks.push(block);

  blocks.push(
    { kind: 'heading', text: 'Next steps' },
    {
      kind: 'paragraph',
      text: `We would be grateful for a reply by ${PLACEHOLDERS.replyBy}, and we would welcome a meeting to talk these points through. We hope they can be settled informally; if not, we would ask to use the dispute resolution procedure in our local Compact. We are sending a copy of this letter to ${PLACEHOLDERS.copiedTo}.`,
    },
    { kind: 'paragraph', text: 'Thank you for considering this.' },
    { kind: 'paragraph', text: `Yours sincerely,\n\n${PLACEHOLDERS.signatory}\n${PLACEHOLDERS.organisationName}` },
  );
  return blocks;
}

/** "“SLA”, “stakeholders” (3 times) and “going forward”": the terms most used first. */
function termExamples(findings: Finding[], limit: number): { shown: string; terms: number } {
  const byTerm = new Map<string, { quote: string; count: number; offset: number }>();
  for (const finding of findings) {
    const key = termKeyOf(finding);
    const entry = byTerm.get(key);
    if (entry) entry.count++;
    else byTerm.set(key, { quote: shortQuote(finding.actual), count: 1, offset: finding.offset });
  }
  const terms = [...byTerm.values()].sort((a, b) => b.count - a.count || a.offset - b.offset);
  const quoted = terms.slice(0, limit).map((term) => `“${term.quote}”${term.count > 2 ? ` (${term.count} times)` : term.count === 2 ? ' (twice)' : ''}`);
  return { shown: quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? ''), terms: terms.length };
}

/**
 * The points that are not Compact breaches, when the group asks for them: one short paragraph
 * on jargon and abbreviations, and the dates that look wrong (a reader may miss a deadline).
 */
function otherPointsBlocks(findings: Finding[], placeOf: Placer, number: string, checkedIso: string): Block[] {
  const plain = findings.filter((finding) => finding.ruleId === 'jargon' || finding.ruleId === 'undefined-acronym');
  const rest = findings.filter((finding) => !plain.includes(finding));
  const blocks: Block[] = [{ kind: 'heading', text: `${number} Other points` }];
  if (plain.length > 0) {
    const { shown, terms } = termExamples(plain, 4);
    const what = terms === 1 ? 'one term that is jargon or an abbreviation not spelled out' : `${terms} different terms that are jargon or abbreviations not spelled out`;
    // "in 14 places" only says something when a term comes up more than once.
    const where = plain.length > terms ? ` in ${plain.length} places` : '';
    const examples = terms > 4 ? `, for example ${shown}` : `: ${shown}`;
    blocks.push({
      kind: 'paragraph',
      text: `The document also uses ${what}${where}${examples}. We would ask that these are explained in plain words, so that volunteers and the people they support can take part.`,
    });
  }
  if (rest.length > 0) {
    const one = rest.length === 1;
    blocks.push({ kind: 'paragraph', text: one ? 'One passage also looks wrong and may mislead readers:' : `${countWord(rest.length)} passages also look wrong and may mislead readers:` });
    for (const block of listFindings(rest, placeOf, checkedIso)) blocks.push(block);
  }
  return blocks;
}

/** Escape the characters that would turn plain words into Markdown formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, (match, _char, offset: number) => {
    // Keep the group's [placeholders] readable: square brackets are only escaped when a
    // parenthesis follows, which is when Markdown would read them as a link.
    if ((match === '[' || match === ']') && text[offset + 1] !== '(') return match;
    return `\\${match}`;
  });
}

function toMarkdown(blocks: Block[]): string {
  return (
    blocks
      .map((block) => {
        switch (block.kind) {
          case 'heading':
            return `## ${escapeMarkdown(block.text)}`;
          case 'paragraph':
            // Two trailing spaces keep the lines of an address block apart in Markdown.
            return escapeMarkdown(block.text).replace(/\n(?!\n)/g, '  \n');
          case 'list':
            return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
          case 'rule':
            return '---';
        }
      })
      .join('\n\n') + '\n'
  );
}

function toText(blocks: Block[]): string {
  return (
    blocks
      .map((block) => {
        switch (block.kind) {
          case 'heading':
            return block.text;
          case 'paragraph':
            return block.text;
          case 'list':
            return block.items.map((item) => `- ${item}`).join('\n');
          case 'rule':
            return '----------------------------------------';
        }
      })
      .join('\n\n') + '\n'
  );
}

export function draftChallengeLetter(findings: readonly Finding[], details: LetterDetails, options: LetterOptions = {}): ChallengeLetter {
  const dateChecked = formatBritishDate(details.dateChecked);
  const commitmentOf = options.commitmentOf ?? ((ruleId: string) => registryCommitments.get(ruleId));
  const all = distinct([...findings]);
  // The letter's points are the Compact breaches; the warnings only when asked for, and then briefly.
  const breaches = all.filter((finding) => finding.severity === 'error' || (options.includeInfo && finding.severity === 'info'));
  const warnings = all.filter((finding) => finding.severity === 'warning');
  const others = options.otherPoints ? warnings : [];
  const notes = all.filter((finding) => finding.severity === 'info' && !options.includeInfo);
  const subject = subjectFor(details);
  const lineNumbers = details.lineNumbers !== false;

  const blocks =
    breaches.length + others.length === 0
      ? noChallenge(details, dateChecked, notes, warnings, options.howToAddOtherPoints)
      : [
          ...notesForTheGroup(dateChecked, notes, lineNumbers, options.otherPoints ? [] : warnings, options.howToAddOtherPoints),
          ...letterBlocks(groupByCommitment(breaches, commitmentOf), details, dateChecked, others),
        ];

  return { hasFindings: breaches.length + others.length > 0, subject, markdown: toMarkdown(blocks), text: toText(blocks) };
}

const PUBLIC_BODY = /\b(?:council|nhs|trust|board|authority|department|ministry|office|icb|integrated care|commissioning group|government)\b/i;

/**
 * The body responsible, when a page or document title names it the usual way:
 * "Day centre consultation – Millford District Council" or "NHS Westshire ICB | Have your say".
 * Returns undefined rather than guess, so the letter keeps its placeholder.
 */
export function responsibleBodyFromTitle(title: string): string | undefined {
  const parts = title
    .split(/\s+[–—|·:-]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  // Sites put their own name last (or first); prefer the last part that names a public body.
  const named = [...parts].reverse().find((part) => PUBLIC_BODY.test(part) && part.split(/\s+/).length <= 8);
  return named;
}

/** A safe file name for downloading the letter: "challenge-letter-budget-consultation.md". */
export function letterFileName(documentTitle: string, extension: 'md' | 'txt'): string {
  const slug = documentTitle
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `challenge-letter${slug ? `-${slug}` : ''}.${extension}`;
}
