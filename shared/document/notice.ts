/**
 * Notice given by a funder when a grant, contract, service level agreement or other funding
 * ends or changes, and whether it reaches the Compact minimum (three calendar months by
 * default). Used by the `notice-period` rule and by summaries that want every notice found,
 * compliant or not.
 *
 * Two kinds of evidence:
 * - stated notice: "one month's notice", "28 days' notice", "notice of four weeks";
 * - notice implied by dates: an end or change date ("will cease on 31 March", "reduced with
 *   effect from 1 April 2025") against the date of decision or notification.
 *
 * A change and its dates are often spread out, so both ends are looked for beyond the
 * sentence, always within the same item of an agenda, minutes or report:
 * - the change date: in the sentence; in a later sentence that refers back ("If agreed, this
 *   would take effect from 1 April"); the end of the agreement's term for a decision not to
 *   renew it ("Your grant runs until 31 March. … we have decided not to renew it");
 *   the financial year the decision names ("no further award for 2025/26": 1 April 2025), or
 *   failing that the one its heading names; or a column of a table ("Funding ends",
 *   "Change takes effect");
 * - the date counted from: a decision or notification date in the same sentence ("Cabinet
 *   decided on …", "On 6 January we were told …"); else one in a nearby sentence of the same item
 *   ("Letters telling both groups were posted on 24 March 2025."), or a table's own column ("Letter
 *   sent", "Decision"); else a meeting heading inside the item ("Minutes of the meeting held
 *   on …"); else the document's own date (a "Date:" label, a letter's date line, the date
 *   under an agenda's heading); else the reference date.
 *
 * Counting convention (also in lint-rules/notice-period/README.md): funding that ends "on
 * 31 March" is paid to the end of that day, so the change takes effect on 1 April; a change
 * "from 1 April" takes effect on 1 April; funding that does not continue "after March" stops
 * from 1 April. Notice of N calendar months is enough when notification date + N months
 * falls on or before the day the change takes effect (1 January → ends 31 March is exactly
 * three months). Notice stated in days or weeks is compared with the shortest N calendar
 * months can be (89 days for three), so "90 days" meets three months and "12 weeks" (84
 * days) does not; when the same sentence also gives the notification date and the change
 * date, the dates decide.
 */
import type { DocumentFacts } from './facts.ts';
import { sentencesWithTimes, type SentenceSpan } from './consultation.ts';
import { speaksAsGrantee } from './grantee-voice.ts';
import { withoutQuotes } from '../text/quotes.ts';
import { sumsIn } from '../text/money.ts';
import {
  addCalendarDays,
  addCalendarMonths,
  datesIn,
  daysBetween,
  toIso,
  utcDate,
  type DateExpression,
  type DurationExpression,
  type FinancialYearExpression,
  type TimeExpression,
  MONTH_NAMES as CALENDAR_MONTHS,
} from '../time/index.ts';

export interface NoticeOptions {
  /** The Compact minimum in calendar months (3 nationally; Eastleigh's code sets 6). */
  minMonths: number;
}

/**
 * Where the notice is counted from.
 * - `decision`: a decision date given with the change ("Cabinet decided on …", a table's "Decision" column);
 * - `notified`: the day the organisation was told ("Letters were posted on …", "On 6 January we were told …");
 * - `meeting`: a meeting or decision heading inside the item ("Minutes of the meeting held on …");
 * - `document`: the date the document gives for itself ("Date: …", "Date of meeting: …", a letter's date line);
 * - `reference`: the reference date (the one given to compact-proof, else today);
 * - `today`: today, when the only other date is a guess taken from the text itself.
 */
export type NoticeFromSource = 'decision' | 'notified' | 'meeting' | 'document' | 'reference' | 'today';

export interface NoticeCheck {
  basis: 'stated' | 'dates';
  /** The stated notice, or the end or change date, to point a reader at. */
  span: { start: number; end: number };
  /** Length of the notice in days (for months: counted from `from`). */
  noticeDays: number;
  /** What the minimum comes to in days (for dates and months: counted from `from`). */
  requiredDays: number;
  /** ISO date the notice is counted from. */
  from: string;
  fromSource: NoticeFromSource;
  /** ISO end or change date as written (dates basis only; a financial year gives its first day). */
  to: string | null;
  /** ISO day the change takes effect: the day after a last funded day (dates basis only). */
  effective: string | null;
  /** The stated notice as written (stated basis only), e.g. "one month’s". */
  stated: string | null;
  /** Stated notice in calendar months, when given in months or years. */
  statedMonths: number | null;
  /** True when the notice reaches the minimum. */
  meets: boolean;
  /** For dates: the latest day notice could have been given; for all: the earliest compliant change date. */
  latestNoticeDate: string | null;
  earliestChangeDate: string | null;
  /**
   * How many grants or agreements the change ends or changes, when the sentence counts them
   * ("Three grants … come to an end on 30 June", "not to renew the two support contracts"):
   * one change for each organisation, though written once. Absent for one.
   */
  grants?: number;
}

// ── Vocabulary ───────────────────────────────────────────────────────────────

const FUNDING =
  /\b(?:grants?|funding|funded|funds?|contracts?|service level agreements?|SLAs?|agreements?|commission(?:ed|ing)?|decommission\w*|awards?|subsid(?:y|ies)|support|payments?)\b|\b(?:council|authority|ICB|board|trust|department|NHS|our|this|that|these)(?:['’]s|s['’])?\s+(?:[\w-]+\s+)?contributions?\b/i;
/** After an end date: "… and will not be renewed", "and will not be re-procured", "and will then stop". */
const NOT_CONTINUED_AFTER =
  /^[^.;]{0,40}?\band (?:(?:will|shall|is to|are to|would) (?:then )?(?:not|no longer) (?:be )?(?:renewed|extended|continued|continue|re-?procured|re-?tendered|re-?commissioned|re-?let|funded|replaced)|(?:there )?will be no (?:further|new|replacement) (?:grant|funding|contract|agreement|award))\b/i;
/** A list item: a bullet or a letter or number in brackets. */
const LIST_ITEM = /^\s*(?:[-*•·▪◦‣]|\(?[a-z0-9]{1,3}\))\s+/i;
/** Funding that others receive, as against the council's own purchasing ("printing contract"). */
const FUNDING_OTHERS = /\b(?:grants?|funding|funded|service level agreements?|SLAs?|commission(?:ed|ing)?|subsid(?:y|ies)|contributions?)\b/i;
const CHANGE =
  /\b(?:(?:allowed|left) to (?:expire|lapse|run out)|allow(?:s|ing)? (?:[\w'’-]+ ){1,4}?to (?:expire|lapse|run out)|let (?:[\w'’-]+ ){0,4}?(?:expire|lapse|run out)|final (?:grant )?payment|last (?:grant )?payment|nothing (?:after|from|beyond)|end|ends|ending|ended|cease[sd]?|ceasing|taper(?:s|ed|ing)?|terminat\w*|withdraw\w*|stop\w*|reduc\w*|cut|cuts|renew\w*|decommission\w*|chang\w*|var(?:y|ied|ies|iation)|conclud\w*|discontinu\w*|fall|falls|decrease[sd]?|lower(?:ed)?|remov\w*|recommission\w*|halv(?:e|es|ed|ing)|step(?:s|ped|ping)? down|phas(?:e|es|ed|ing) out|scal(?:e|es|ed|ing) back)\b|(?:\bnot|n['’]t|\bno longer)\s+(?:to\s+)?(?:be\s+)?(?:continu|extend|fund|support|pay|paid|provid|award|commission|re-?commission|re-?procur|re-?tender|re-?let)\w*|\bno further (?:grant|funding|payment|award|contract)s?\b|\bdown from (?=£|\d)|\b(?:[1-9]\d?(?:\.\d+)?%|half|a third|two thirds|a quarter|three quarters) of (?:their|its|your|the|our|each) (?:current|present|existing|previous|usual|normal)\b|\b(?:pass(?:es|ed|ing)?|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)) (?:[\w'’-]+ ){0,8}?to (?:a |an |another |the )?(?:new |different |regional |national |single |other |preferred |external )?(?:provider|organisation|supplier|operator|contractor)s?\b|\bin-house\b|\b(?:not|no longer) (?:be )?(?:carried|rolled) (?:forward|over)\b|\b(?:paid|payable|made) (?:[\w'’-]+ ){0,3}?in arrears\b/i;
/** A decision or intention about the future, not a description of an agreement's term. */
const INTENT =
  /^\W*(?:per|as agreed (?:at|by|with)|agreed (?:at|by)|decided (?:at|by)) (?:the )?(?:[A-Z]{2,6}|cabinet|board|committee|council|executive)\b|\b(?:(?:is|are|has been|have been) (?:hereby )?(?:varied|reduced|cut|lowered|decreased|withdrawn)|(?:applies|apply|takes? effect|comes? into (?:effect|force))(?= (?:from|on)\b)|gives? (?:you )?notice|will|shall|would|won['’]t|wouldn['’]t|shan['’]t|is to|are to|to be|intends?|intention|plans?|proposed?|proposes|proposing|proposals?|decided|agreed|agrees?|has been decided|is being|are being|resolved|resolves|approves?|approved(?!\s+by\b)|recommended|recommends|recommendations?|asked to)\b|\b(?:needs? to|ha(?:ve|s|d) to|must)\s+(?:now\s+)?(?:reduce|end|cut|stop|cease|withdraw|terminate|decommission|halve|step down|phase out|scale back|not renew|no longer)\b|(?:\b(?:is|are)|['’]re)\s+(?:now\s+)?(?:stepping down|reducing|cutting|withdrawing|stopping|ceasing|decommissioning|terminating|halving|phasing out|discontinuing|not renewing)\b/i;
/**
 * A proposal or recommendation written as an instruction, after an item number or code:
 * "ASC-07 Reduce the grant to …", "4.2 End the grant …", "Proposal 14: Cease …".
 */
const PROPOSAL_ITEM =
  /^\s*(?:(?:proposal|option|saving|item|ref(?:erence)?)\s*)?[(\[]?[A-Za-z]{0,6}[-./ ]?\d[\w./-]*[)\]]?[:.)]?\s+(?:Reduce|End|Cease|Withdraw|Stop|Cut|Decommission|Remove|Terminate|Discontinue|Close|Do not renew|Not renew)\b/;
/**
 * A resolution or decision as minutes and decision records write it: "(iv) To end the
 * funding arrangement …", "i. That the grant is discontinued …", "Decision: To end …",
 * "Not to renew the SLA …", "RESOLVED – That the grant …".
 */
const RESOLUTION_FORM =
  /^\s*[*_]{0,2}(?:(?:decisions?|resolved|resolution|agreed|decided|it was (?:resolved|agreed))\s*[*_]{0,2}\s*(?:[:\-–—]\s*)?[*_]{0,2}\s*)?(?:\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,3}(?:\.\d{1,3})*)[.)]\s*|\d{1,3}(?:\.\d{1,3})+\s+|[•·*–-]\s*)?(?:(?:not\s+)?to\s+(?!(?:be|date|note|the|this|that)\b)[a-z]+|that)\b/i;
/** A lettered recommendation under "That Cabinet:": "(a) reduces the advice services grant … from 1 October". */
const RECOMMENDED_ITEM =
  /^\s*(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]|[-•*])\s+(?:reduces|ends|ceases|withdraws|stops|decommissions|terminates|cuts|halves|approves|agrees|does not renew|decides not to renew)\b/i;
/** A decision, as opposed to a plan or a description: for a change whose date only a financial year gives. */
const DECIDED = /\b(?:agreed|agrees?|approved?|approves|resolved|decided|decision|determined)\b/i;
/** Ending or cutting funding, for a change with no date of its own (not "a change in circumstances", "the end of the year"). */
const CUT =
  /\b(?:cease[sd]?|ceasing|terminat\w*|withdraw\w*|stop(?:s|ped|ping)?|reduc\w*|cut|cuts|decommission\w*|discontinu\w*|halv(?:e|es|ed|ing)|(?<!the )end(?:s|ed|ing)?(?! of\b))\b|\bnot\b(?:\s+[\w’'-]+){0,3}?\s+(?:renew|continu|extend)\w*|\bno (?:longer|further)\b/i;
/** A change that may or may not happen, or is only being thought about: not a decision to date. */
const TENTATIVE =
  /\b(?:if|should|unless|where|whether|in the event|consider\w*|could|may|might|options?|possible|possibly|potential|would like|invite|consult\w*|views)\b/i;

/**
 * A proposal item whose instruction's object is funding: "ASC-07 Reduce the grant to …",
 * "2.3 Cease the community transport grant", not "1.2 Reduce waiting times for grant decisions".
 */
function proposalItem(sentence: string): boolean {
  const item = PROPOSAL_ITEM.exec(sentence);
  if (!item) return false;
  const object = /^\s*((?:(?!(?:for|to|of|in|at|from|by|with|on)\b)[\w’'-]+\s*){1,4})/i.exec(sentence.slice(item[0].length));
  return object !== null && FUNDING.test(object[1]!);
}

/** A decision or intention: a word for it in the clause, or the form of a proposal or resolution item. */
function decisionIn(clause: string, sentence: string): boolean {
  return INTENT.test(clause) || proposalItem(sentence) || RESOLUTION_FORM.test(sentence) || RECOMMENDED_ITEM.test(sentence);
}

/** Notices that are not about funding a voluntary organisation. */
const EXCLUSIONS: RegExp[] = [
  // Statutory meeting notice: key decisions, agendas, motions, public speaking, call-in.
  /\b(?:notice of (?:the |a |an |any |this |its |each |every )?(?:meeting|motion)|key decision|forward plan|agenda|call(?:ed)?[- ]in|public speaking|speak at (?:the |a )?meeting|before the meeting|clear days)\b/i,
  // Staff and employment notice.
  /\b(?:staff|employees?|employment|redundanc\w*|resign\w*|contractual notice|notice pay|TUPE|workforce)\b/i,
  // Highways and parking.
  /\b(?:road closure|the road will|roads? will be closed|traffic|parking|highway|resurfacing|roadworks|street works)\b/i,
  // The organisation's own notice to the funder (not the council giving "the Trust" notice).
  /^(?!.*\b(?:the council|the authority|the icb|commissioners?|we)\s+(?:will|would|shall|must|is to|are to|has to|have to|agreed to|intends? to)\s+(?:give|provide|serve|send)\b).*\b(?:give|giving|gives|gave|given|provide|serve|send)\s+(?:the\s+)?(?:council|us|authority|funder|commissioner|trust|ICB|board)\b/i,
  /\bnotif(?:y|ies|ied)\s+(?:the\s+)?(?:council|us|authority|funder)\b/i,
  // An agreement's clause on the funded organisation ending it: "The Organisation may end this
  // agreement by giving two months' written notice."
  /\b(?:the\s+)?(?:organisation|grantee|recipient|provider|charity|group|supplier)\s+(?:may|can|must|shall)\s+(?:end|terminate|withdraw from|give notice)\b/i,
  // A consultation's own dates: "will run a public consultation on the future of its grants
  // for 12 weeks from 5 January".
  /\b(?:run|runs|running|hold|holds|holding|launch|launches|launching|start|starts|starting|open|opens|opening)\s+(?:a|an|the|its|our)\s+(?:[\w-]+\s+){0,2}?(?:consultation|survey|engagement)\b/i,
  // Grants and payments to people, not to organisations, told by who may claim them: "change
  // who can get a carers' respite grant", "any unpaid carer can apply for up to £300". The
  // Compact's notice is owed to the sector, not to each claimant.
  /\bwho (?:can|may|could) (?:get|apply for|claim|receive)\b[^.;]{0,40}\b(?:grants?|payments?|awards?|bursar(?:y|ies))\b|\b(?:any|each|every|eligible) (?:unpaid |individual )?(?:carers?|residents?|households?|individuals?|famil(?:y|ies)|tenants?|pupils?|students?|patients?|person|applicants?) (?:can|may|could|will be able to) (?:apply|get|claim|receive)\b/i,
  // An organisation's own closure: "the trustees … have decided to close the charity".
  /\btrustees\b[^.;]{0,80}?\b(?:decided|voted|agreed|announced)\b[^.;]{0,20}?\bto\s+(?:close|wind up|dissolve)\b|\b(?:the|our)\s+(?:charity|club|group|organisation)\s+will\s+close\b/i,
];

/** "notice" right after a duration: "three months' notice", "28 days notice", "one month's written notice". */
const NOTICE_AFTER = /^\s*(?:['’]s?|s['’])?\s*(?:(?:written|prior|formal|advance|clear)\s+)?notice\b/i;
/** "notice" shortly before a duration: "notice of four weeks", "Notice period to end the funding: 1 month". */
const NOTICE_BEFORE = /\bnotice\b[^.;\n]{0,50}$/i;

const NOTICE_WORD = /\bnotice\b/i;

/** Notice given by the letter or email being read: "I am writing to give you …", "Please treat this email as …". */
const GIVEN_BY_THIS_LETTER =
  /\b(?:(?:I am|I'm|we are|we're) writing|(?:I|we) write) to (?:formally |now )?(?:give|tell|notify|inform|confirm|let you know|advise)\b|\bplease (?:accept|treat) this (?:letter|email|e-mail)\b|\bthis (?:letter|email|e-mail) (?:gives|serves as|is|constitutes)\b/i;

/** "Notice period: 4 weeks", "Notice period (either party): 1 month". */
const NOTICE_PERIOD_LABEL = /\bnotice period\b[^.\n]{0,30}:/i;
/**
 * A date that ends funding: "cease on", "end on", "terminated on", "withdrawn at the end of",
 * "end the service level agreement (SLA) with … for the Tuesday session on", "end … one year early,
 * on". The last funded day. Not when a decision or letter comes between the verb and the date
 * ("end the grant, as agreed at the meeting on …": that date is the decision's).
 */
const END_CUE =
  /\b(?:cease[sd]?|ceasing|end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|stop(?:s|ped)?|withdrawn|withdraw|expire[sd]?|finish(?:es|ed)?|closed?|runs? out|ran out|lapses?)(?:,?\s+(?!(?:on|at|by|from|until|and|start\w*|begin\w*|open\w*|runs?|running|new|agreed|decided|approved|resolved|meeting|cabinet|committee|board|letters?|wrote|written|dated|told|notified|informed|served|issued|posted|sent)\b)[\w’'()£-]+){0,18}?,?(?:\s+(?:on|at|by))?(?:\s+the)?\s*$/i;
/** A month a change ends in: "will end in March 2026" (funding stops from 1 April). */
const END_IN_CUE = /\b(?:cease[sd]?|ceasing|end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|stop(?:s|ped)?|withdrawn|expire[sd]?|finish(?:es|ed)?)(?:\s+[\w’'-]+){0,6}?\s+in\s*$/i;
/** The last funded day after a negation: "will not continue beyond 31 March", "will not be renewed after 31 March". */
const NOT_BEYOND_CUE = /(?:\bnot\b|n['’]t\b|\bno longer\b|\bnothing\b)(?:\s+[\w’'-]+){0,16}?\s+(?:beyond|after|past)(?:\s+the)?\s*$/i;
/** A date a change takes effect: "from 1 April", "with effect from", "as of". */
const EFFECT_CUE = /\b(?:from|with effect from|w\.?e\.?f\.?|as of|as from|starting|effective(?: from)?|beginning)(?:\s+the)?\s*$/i;
/** A date that refers back to the change in the sentence before: "If agreed, this would take effect from 1 April". */
const BACK_REFERENCE_EFFECT =
  /\b(?:this|these|it|they|which|the (?:change|changes|reduction|reductions|cut|cuts|saving|savings|withdrawal|proposal|decision|new (?:amount|level|grant|rate)))\b(?:\s+[\w’'-]+){0,4}?\s+(?:take|takes|taking|took|come|comes|coming)\s+(?:into\s+)?effect\s+(?:from|on|as of)(?:\s+the)?\s*$/i;
/** The end of an agreement's term: "runs until 31 March 2025", "ends on …", "expires on …". */
const TERM_END_CUE =
  /(?:\blast (?:[\w’'-]+\s+){0,3}?(?:day|date)\b(?:\s+[\w’'-]+){0,5}?\s+(?:is|will be|was)|\b(?:runs?|running|lasts?|continues?|is due to (?:end|finish|expire)|ends?|ending|expires?|expiring|comes? to an end|finish(?:es)?)\b(?:\s+[\w’'-]+){0,3}?\s+(?:on|until|till|to|at the end of)|\b(?:runs?|ran) out(?:\s+on)?|\buntil|\btill)(?:\s+the)?\s*$/i;
/** The organisation a change is to or from, by its name: "the grant to Riverside Foodbank". */
const RECIPIENT = /\b(?:to|from|with|for)\s+(?:the\s+)?([A-Z][\w'’&-]+(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w'’&-]+){0,4})/;
/** How far on a later line about the same organisation may give the change's date (an action log under short notes). */
const LATER_LINES = 15;
/** A change whose date is the end of the current term: not renewing, not continuing, ending. */
const ENDS_AT_TERM = /\bnot\b(?:\s+[\w’'-]+){0,3}?\s+(?:renew\w*|continu\w*|extend\w*|re-?commission\w*)|\bno longer\b|\bno further\b|\bdecommission\w*|\b(?:end|cease|stop|withdraw|discontinue)\b/i;
/** A decision or notification date in the same sentence: "Cabinet decided on", "At its meeting on", "Following the decision on". */
const DECISION_CUE =
  /\b(?:decided|decision|decide|agreed|approved|resolved|meeting|meets|met|asked|considered|notified|wrote|written|dated|announced|informed|told|serve|served|issue|issued|notice|cabinet|committee|executive|board|posted|sent|emailed|e-mailed|e-?mails?|letters?|phoned|rang|(?:tele)?phone calls?|confirmed)\b(?:\s+[\w’'-]+){0,6}?\s+(?:on|of)(?:\s+the)?\s*$|(?<!\bthis\s)\b(?:letter|email|e-mail|notice)\b(?!\s+(?:is|was)\b)(?:\s+[\w’'-]+){0,4}?\s+dated\s*$/i;
/** The words of a cue that make its date the day the organisation was told, not a decision. */
const NOTIFIED_WORDS = /\b(?:notified|wrote|written|dated|informed|told|serve|served|issue|issued|notice|posted|sent|emailed|e-mailed|e-?mails?|letters?|phoned|rang|(?:tele)?phone calls?|confirmed)\b/i;
/** Notification by a date: "will write to all organisations by 31 January 2025". */
const NOTIFY_BY_CUE = /\b(?:write|writing|notify|inform|tell|told|letters?|give notice)\b(?:\s+[\w’'-]+){0,6}?\s+by(?:\s+the)?\s*$/i;
/** A date at the start of a clause, before what happened on it: "On 6 January 2025 we were told …". */
const CLAUSE_START = /(?:^|\n|[;:,(]|\b(?:and|but|then))\s*(?:on(?:\s+the)?(?:\s+(?:morning|afternoon|evening)\s+of)?)?\s*$/i;
/** What happened on a date written before it. */
const EVENT_AFTER =
  /^[^.;]{0,90}?\b(told|informed|notified|wrote|written to|sent|posted|emailed|e-mailed|rang|phoned|called|(?:tele)?phone call|call from|letter|e-?mail|decided|agreed|approved|resolved|gave\b[^.;]{0,25}\bnotice|heard|learn(?:ed|t)|confirmed)\b/i;
/** Cues a date in another sentence must have to count as this change's decision or notification. */
const NEARBY_EVENT =
  /\b(?:decided|decision|decisions|agreed|approved|resolved|determined|notified|notice|wrote|written|letters?|posted|sent|emailed|e-mailed|e-?mails?|issued|served|informed|told|dated|confirmed|phoned|rang|(?:tele)?phone calls?)\b/i;
/** Something other than funding that ends or closes: "The review of grants will end on …", "the consultation will close on …". */
const OTHER_SUBJECT =
  /\b(?:the|this|our|its|a|an)\s+(?:[\w’'-]+\s+)?(?:consultation|review|survey|engagement|applications?|bidding round|round|call for \w+|process|exercise|meeting|event|session|pilot evaluation|evaluation|tender|procurement)\b(?:\s+(?:of|on|for|about)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})?\s+(?:will|would|shall|is to|are to|is due to)\s+(?:\w+\s+)?(?:end|close|finish|stop|cease|conclude)\b/i;
/** A change that happens only if something else does: "payments will stop on 31 March if the form is not returned". Not "if agreed". */
const CONDITIONAL =
  /\b(?:if|unless|in the event (?:that|of))\b(?!\s+(?:agreed|approved|confirmed|(?:this|the|these|our) (?:proposals?|recommendations?|changes?|decisions?|savings?) (?:is|are) (?:agreed|approved)|(?:the )?(?:cabinet|board|members|committee|council|executive) (?:agrees?|approves?)))/i;
/** A change dated by the sentence before: "will be reduced … from the same date", "with effect from that date". */
const SAME_DATE = /\b(?:from|with effect from|as from|as of|starting)\s+(?:the\s+same\s+(?:date|day)|that\s+(?:date|day)|this\s+date)\b/i;
/** Clause boundaries inside a sentence. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\b|\band new\b|\band to\b/gi;
/** A rule about future changes in general, not a particular change: "any change will take effect from 1 April". */
const HYPOTHETICAL = /\bany (?:change|reduction|variation|decision)s?\b/i;

/** Notice as a term of the agreement, not notice given: "the contract allows either party to end it on …", "under clause 14.2". */
const CLAUSE_NOTICE = /\b(?:clause|either party|allows?|permits?|entitles?|provides? for|under the (?:terms|contract|agreement)|the (?:contract|agreement|terms) (?:says?|states?|allows?))\b/i;

/** Funding ended with no notice at all. */
const NO_NOTICE = /\bwith immediate effect\b|\bwithout (?:any |prior |further )?notice\b/i;
/** Month names in lower case, from the date grammar's own list. */
const MONTH_NAMES = CALENDAR_MONTHS.map((month) => month.toLowerCase());
/**
 * A change dated by a month with no year: "our grant would stop after March", "will not continue
 * beyond June", "ends at the end of September" (from the first of the next month); "is cut from
 * April" (from its first day). Not a month followed by a day or year, which the date grammar reads.
 */
const BARE_MONTH =
  /\b(?:(after|beyond|past|at the end of|(?:the )?end of|until|till|up to)|(from|with effect from|as from|as of|starting(?: in)?))\s+(January|February|March|April|June|July|August|September|October|November|December)\b(?![\s,]*(?:\d|of\b))/gi;
/** A change already made, reported as done: "has stopped the final payment … with immediate effect". */
const DONE_CHANGE =
  /\b(?:has|have|had|was|were)\s+(?:now\s+|been\s+)*(?:stopped|ended|withdrawn|terminated|ceased|cut|suspended|discontinued|halted|cancelled|reduced)\b/i;
const NEGATION = /\b(?:not|never|no)\b/i;
/** The document's own date: "Date: …", "Date of meeting: …", "Dated …", "Published: …". */
const CUE_WORDS = String.raw`\s*(?:date(?: of (?:meeting|decision|letter|issue|publication))?|dated|published|posted|issued|letter dated|sent)\s*\**\s*[:\-–]?\s*\**\s*$`;
/** The cue right before a date, read from the start of its line (or the "*" or "|" of a cell). */
const DOCUMENT_DATE_CUE = new RegExp(String.raw`(?:^|\n|\*|\|)${CUE_WORDS}`, 'i');
/** The same, read from part of a line: the line's start is out of reach, so only a "*" or "|" starts a cue. */
const DOCUMENT_DATE_CUE_INSIDE = new RegExp(String.raw`(?:\*|\|)${CUE_WORDS}`, 'i');
/**
 * How far before a date to look for its cue. The longest cue is a few dozen characters;
 * looking back to the start of the line for every date made a line of many dates quadratic.
 */
const CUE_REACH = 160;

/** Does a document-date cue ("Date:", "| Dated |") end right before `start`? */
function hasDocumentDateCue(facts: DocumentFacts, start: number): boolean {
  const lineStart = facts.lines.lineSpanAt(start, facts.text).start;
  const from = Math.max(lineStart - 1, 0);
  if (start - from <= CUE_REACH) return DOCUMENT_DATE_CUE.test(facts.text.slice(from, start));
  return DOCUMENT_DATE_CUE_INSIDE.test(facts.text.slice(start - CUE_REACH, start));
}

/** Words before a date at the top that make it the date of a meeting or its decisions. */
const MEETING_HEADING = /\b(?:meeting|minutes|held on|decisions? (?:made|taken))\b/i;
/** A meeting body named in the lines above an agenda's date ("CABINET", "Board meeting in public"). */
const MEETING_BODY = /\b(?:cabinet|committee|sub-committee|board|executive|panel|forum|scrutiny|meeting|minutes|agenda|decisions?)\b|^\s*council\s*$/im;
/** A heading line inside an item that dates what follows: "Minutes of the meeting held on …", "Meeting: 10/03/2025 - Cabinet". */
const ANCHOR_CUE = /\b(?:minutes|meeting|held on|decisions?|decided|cabinet|committee|sub-committee|board|executive|panel|forum)\b/i;
/** Words that make a dated line an event or deadline rather than a meeting heading. */
const NOT_ANCHOR = /\b(?:clos\w*|deadline|until|till|end\w*|expir\w*|open\w*|start\w*|launch\w*|from|effect|ceas\w*|due|by|next)\b/i;

/**
 * A line that heads an item of an agenda, minutes or report: "7. Community grants", "Item 9:",
 * "## 3 Grants update", "41 Arts grants". Not "1.2 …" (a paragraph of
 * an item), "2025/26 …" or a date ("4 June 2025").
 */
const ITEM_LINE =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:item[ \t]+)?\d{1,3}(?![.\/]\d)(?:[.):]|[ \t]*[-–—])?[ \t]+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)\S/i;

/** A numbered line that heads an item: short, and not a sentence ("1. From 1 January the council will …" is a point of a decision). */
function itemHeading(line: string): boolean {
  const words = line.replace(/[*_\s]+$/, '');
  return words.length <= 120 && !/[.;:,]$/.test(words) && ITEM_LINE.test(words);
}

// ── Tables ───────────────────────────────────────────────────────────────────

/** A column that dates the decision or the letter: "Letter sent", "Decision", "Date notice given". */
const FROM_COLUMN = /\b(?:letters?|notice|notified|notification|told|informed|decision|decided|agreed|approved|sent|issued|served)\b/i;
/** A column that gives the last funded day: "Funding ends", "End date", "Until". */
const END_COLUMN = /\b(?:ends?|ending|end date|ceases?|until|last (?:day|date)|expir\w*|finish\w*)\b/i;
/** A column that gives the day a change takes effect: "Change takes effect", "From", "Effective". */
const EFFECT_COLUMN = /\b(?:effect|effective|from|change date|implement\w*|applies|start(?:s|ing)?(?: date)?|begins?|go-live)\b/i;
/** A row that changes nothing. */
const NO_CHANGE_ROW = /\b(?:no change|unchanged|continues?|continuing|same as)\b/i;

/** A column that says what changes, in words that may carry their own date: "Change", "Proposal". */
const CHANGE_COLUMN = /^(?:(?:proposed|recommended)\s+)?(?:changes?|proposals?|what (?:changes|happens)|action|effect on (?:the )?(?:grant|funding))$/i;

type ColumnRole = 'from' | 'end' | 'effective' | 'change' | null;

interface TableBlock {
  start: number;
  end: number;
  header: { start: number; end: number; roles: ColumnRole[]; cells: { start: number; end: number }[]; text: string };
  rows: { start: number; end: number; cells: { start: number; end: number }[] }[];
}

function cellsOf(text: string, start: number, end: number, separator: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let from = start;
  for (let at = start; at <= end; at++) {
    if (at === end || text[at] === separator) {
      cells.push({ start: from, end: at });
      from = at + 1;
    }
  }
  if (separator === '|') {
    if (cells.length && !text.slice(cells[0]!.start, cells[0]!.end).trim()) cells.shift();
    if (cells.length && !text.slice(cells[cells.length - 1]!.start, cells[cells.length - 1]!.end).trim()) cells.pop();
  }
  return cells;
}

function columnRole(header: string): ColumnRole {
  const words = header.replace(/[*_#]/g, '').trim();
  if (!words || /\d/.test(words.replace(/\b\d{4}\s*[/-]\s*\d{2,4}\b/g, ''))) return null;
  if (/\beffect/i.test(words) || (EFFECT_COLUMN.test(words) && !END_COLUMN.test(words))) return 'effective';
  if (END_COLUMN.test(words)) return 'end';
  if (FROM_COLUMN.test(words)) return 'from';
  if (CHANGE_COLUMN.test(words)) return 'change';
  return null;
}

/**
 * Tables written as lines of cells ("a | b | c", Markdown tables, tab-separated text) whose
 * header names a column for the end or change date, or a column saying what changes. The header
 * is the first line.
 */
function findTables(text: string): TableBlock[] {
  if (!text.includes('|') && !text.includes('\t')) return [];
  const tables: TableBlock[] = [];
  let lineStart = 0;
  let current: { separator: string; lines: { start: number; end: number }[] } | null = null;
  const finish = () => {
    if (current && current.lines.length >= 2) {
      const [head, ...rest] = current.lines;
      const headerCells = cellsOf(text, head!.start, head!.end, current.separator);
      const roles = headerCells.map((cell) => columnRole(text.slice(cell.start, cell.end)));
      if (roles.some((role) => role === 'end' || role === 'effective' || role === 'change')) {
        const rows = rest
          .filter((line) => !/^[\s|:\-–—]+$/.test(text.slice(line.start, line.end)))
          .map((line) => ({ ...line, cells: cellsOf(text, line.start, line.end, current!.separator) }));
        tables.push({
          start: head!.start,
          end: current.lines[current.lines.length - 1]!.end,
          header: { start: head!.start, end: head!.end, roles, cells: headerCells, text: text.slice(head!.start, head!.end) },
          rows,
        });
      }
    }
    current = null;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
    const cells = separator ? cellsOf(text, lineStart, lineEnd, separator).length : 0;
    const isRule = /^[\s|:\-–—]+$/.test(line) && line.includes('-');
    if (separator && (cells >= 3 || (isRule && current))) {
      if (current && current.separator !== separator) finish();
      current ??= { separator, lines: [] };
      current.lines.push({ start: lineStart, end: lineEnd });
    } else finish();
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  finish();
  return tables;
}

// ── Helpers ──────────────────────────────────────────────────────────────────

/** The fewest days that `months` calendar months can span, whatever day they start (89 for three). */
export function shortestMonthsSpan(months: number): number {
  const known = shortestSpans.get(months);
  if (known !== undefined) return known;
  let shortest = Infinity;
  // Any 4-year cycle covers every pattern of month lengths, leap years included.
  for (let year = 2023; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 28, 29, 30, 31]) {
        const start = utcDate(year, month, day);
        if (start.getUTCMonth() !== month - 1) continue;
        shortest = Math.min(shortest, daysBetween(start, addCalendarMonths(start, months)));
      }
    }
  }
  shortestSpans.set(months, shortest);
  return shortest;
}
const shortestSpans = new Map<number, number>();

/**
 * The sentence's dates and durations with ranges opened up into their two dates: for notice,
 * "reduced from 1 April 2025 and will end on 30 September 2025" holds two change dates, even
 * when the time grammar reads it as one range.
 */
function flatTimes(times: readonly TimeExpression[]): (DateExpression | DurationExpression)[] {
  const flat: (DateExpression | DurationExpression)[] = [];
  for (const time of times) {
    if (time.kind === 'date' || time.kind === 'duration') flat.push(time);
    else if (time.kind === 'range') for (const date of datesIn([time])) flat.push(date);
  }
  return flat;
}

/** The words between the previous date or duration (or the sentence start) and `start`. */
function windowBefore(sentence: SentenceSpan, text: string, start: number): string {
  const previous = flatTimes(sentence.times).filter((time) => time.end <= start).pop();
  return text.slice(previous ? previous.end : sentence.start, start);
}

/**
 * The words between the previous date (or the sentence start) and `start`: durations do not
 * cut it, so "end the current three year funding arrangement one year early, on 31 March"
 * keeps its verb.
 */
function windowSinceDate(sentence: SentenceSpan, text: string, start: number): string {
  const previous = flatTimes(sentence.times).filter((time) => time.kind === 'date' && time.end <= start).pop();
  return text.slice(previous ? previous.end : sentence.start, start);
}

/** Today as midnight UTC (injectable through the facts, so tests are deterministic). */
function todayOf(facts: DocumentFacts): Date {
  const now = facts.input.today ?? new Date();
  return utcDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The clause of the sentence that holds [start, end). */
function clauseAround(sentence: SentenceSpan, text: string, start: number, end: number): string {
  let from = sentence.start;
  let to = sentence.end;
  for (const match of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + match.index;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

function excluded(text: string): boolean {
  return EXCLUSIONS.some((pattern) => pattern.test(text)) || speaksAsGrantee(text);
}

/** The first day of the month after a month-only date ("after March" → 1 April). */
function monthAfter(date: DateExpression): Date {
  return utcDate(date.date.getUTCFullYear(), date.date.getUTCMonth() + 2, 1);
}

/** The day after a last funded day: the next day, or for a month the first of the next. */
function dayAfter(date: DateExpression): Date {
  return date.precision === 'month' ? monthAfter(date) : addCalendarDays(date.date, 1);
}

interface FromDate {
  date: Date;
  source: NoticeFromSource;
}

/** The line of `text` around `offset`. */
/** `text` with each sentence replaced by its text as `sentencesWithTimes` gives it (line breaks inside read as spaces). */
function withUnwrappedSentences(text: string, sentences: readonly SentenceSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    if (sentence.text === text.slice(sentence.start, sentence.end)) continue;
    parts.push(text.slice(at, sentence.start), sentence.text);
    at = sentence.end;
  }
  return at === 0 ? text : parts.join('') + text.slice(at);
}

function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  return { start, end };
}

/**
 * The document's own date: a "Date: …" style label, else a labelled date the document-date
 * recogniser found. Its unlabelled guess (the first full date near the top) is used only when
 * it reads as a meeting heading or a letter's date line: in a short notice the first date is
 * often the end date itself.
 */
function documentDate(facts: DocumentFacts, sentences: SentenceSpan[]): Date | null {
  for (const sentence of sentences) {
    for (const time of sentence.times) {
      if (time.kind !== 'date' || time.precision !== 'day') continue;
      if (hasDocumentDateCue(facts, time.start)) return time.date;
    }
  }
  const own = facts.documentDate;
  if (own && own.kind !== 'opening') return own.date;
  if (own) {
    const line = lineAround(facts.text, own.start);
    const before = facts.text.slice(line.start, own.start);
    // A meeting heading: "Minutes of the meeting of the Cabinet held on Wednesday, 11 February 2026".
    if (MEETING_HEADING.test(before)) return own.date;
    // An agenda's or decision record's date line under the meeting's name: "CABINET /
    // Wednesday 11 February 2026 at 7pm, Committee Room 2", "Decisions / … / 10/02/2025 -
    // Grants to voluntary organisations".
    if (/^[\s*#]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(before)) {
      const after = facts.text.slice(own.end, line.end);
      const above = facts.text.slice(Math.max(0, facts.text.lastIndexOf('\n', Math.max(0, line.start - 2) - 200)), line.start);
      const linesAbove = above.split('\n').slice(-4).join('\n');
      if (!NOT_ANCHOR.test(after) && !CHANGE.test(after) && MEETING_BODY.test(`${linesAbove}\n${after}`) && facts.lines.at(own.start).line <= 12) {
        return own.date;
      }
    }
  }
  // "This letter is dated 20 May 2025", anywhere in the text.
  for (const sentence of sentences) {
    for (const time of sentence.times) {
      if (time.kind === 'date' && time.precision === 'day' && /\b(?:letter|notice) (?:is |was )?dated\s*$/i.test(windowBefore(sentence, facts.text, time.start))) return time.date;
    }
  }
  // A letter's date on a line of its own near the top ("17 March 2025").
  for (const sentence of sentences) {
    for (const time of sentence.times) {
      if (time.kind !== 'date' || time.precision !== 'day' || !time.yearStated) continue;
      if (facts.lines.at(time.start).line > 12) return null;
      const line = lineAround(facts.text, time.start);
      if (/^[\s*#]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(facts.text.slice(line.start, time.start)) && /^[\s*.]*$/.test(facts.text.slice(time.end, line.end))) {
        return time.date;
      }
      // A title dated after a dash in the first lines: "Statement from the Borough of … – Friday 7 March 2025".
      if (
        facts.lines.at(time.start).line <= 3 &&
        /^[^.!?\n]{3,120}\s[-–—]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(facts.text.slice(line.start, time.start)) &&
        /^[\s*.]*$/.test(facts.text.slice(time.end, line.end)) &&
        !CHANGE.test(facts.text.slice(line.start, time.start))
      ) {
        return time.date;
      }
    }
  }
  return null;
}

// ── Stated notice ────────────────────────────────────────────────────────────

function statedNotice(duration: DurationExpression, sentence: SentenceSpan, text: string): boolean {
  if (duration.qualifier === 'within' || duration.working || duration.clear) return false;
  if (duration.nextWord === 'notice' || NOTICE_AFTER.test(text.slice(duration.end, duration.end + 30))) return true;
  return NOTICE_BEFORE.test(windowBefore(sentence, text, duration.start));
}

function checkStated(duration: DurationExpression, from: FromDate, minMonths: number): NoticeCheck {
  const required = addCalendarMonths(from.date, minMonths);
  const base = {
    basis: 'stated' as const,
    span: { start: duration.start, end: duration.end },
    from: toIso(from.date),
    fromSource: from.source,
    to: null,
    effective: null,
    stated: duration.text,
    latestNoticeDate: null,
  };
  if (duration.months !== null) {
    const noticeDays = daysBetween(from.date, addCalendarMonths(from.date, duration.months));
    return {
      ...base,
      noticeDays,
      requiredDays: daysBetween(from.date, required),
      statedMonths: duration.months,
      meets: duration.months >= minMonths,
      earliestChangeDate: toIso(required),
    };
  }
  const noticeDays = duration.days ?? 0;
  const requiredDays = shortestMonthsSpan(minMonths);
  return { ...base, noticeDays, requiredDays, statedMonths: null, meets: noticeDays >= requiredDays, earliestChangeDate: toIso(required) };
}

function noNotice(span: { start: number; end: number }, words: string, from: FromDate, minMonths: number): NoticeCheck {
  const required = addCalendarMonths(from.date, minMonths);
  // On a dated document, decision or letter, "with immediate effect" takes effect that day:
  // the dates are known, and they are the notice. Without a date, only the words say so.
  const dated = from.source !== 'reference' && from.source !== 'today';
  return {
    basis: dated ? 'dates' : 'stated',
    span,
    noticeDays: 0,
    requiredDays: daysBetween(from.date, required),
    from: toIso(from.date),
    fromSource: from.source,
    to: dated ? toIso(from.date) : null,
    effective: dated ? toIso(from.date) : null,
    stated: words,
    statedMonths: null,
    meets: false,
    latestNoticeDate: null,
    earliestChangeDate: toIso(required),
  };
}

// ── Notice from dates ────────────────────────────────────────────────────────

function changeDate(date: DateExpression, written: string): { effective: Date; cue: 'end' | 'effect' } | null {
  // Quoted words read as words: our contract "will be allowed to expire" on 31 March.
  const window = withoutQuotes(written);
  if (END_CUE.test(window) || NOT_BEYOND_CUE.test(window)) return { effective: dayAfter(date), cue: 'end' };
  if (EFFECT_CUE.test(window)) return { effective: date.date, cue: 'effect' };
  if (date.precision === 'month' && END_IN_CUE.test(window)) return { effective: monthAfter(date), cue: 'end' };
  return null;
}

const CHANGE_ALL = new RegExp(CHANGE.source, 'gi');

/**
 * True when the change word nearest before a date is denied or put off: "will not be cut from
 * 1 April", "will not end on …", "to defer the decision to cease …". Not for the changes that are a denial ("will not be renewed after",
 * "will not continue beyond", "no longer fund").
 */
function deniedChange(window: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const match of window.matchAll(CHANGE_ALL)) last = match;
  if (!last || /^(?:not|no)\b|^(?:renew|continu|extend)/i.test(last[0])) return false;
  const before = window.slice(0, last.index);
  // "will not be cut", "agreed not to reduce", "to defer the decision to cease".
  return /\b(?:not|never)\s+(?:to\s+|be\s+|been\s+|being\s+)?$/i.test(before) || /\b(?:defer\w*|postpon\w*|delay\w*)\b(?:\s+[\w’'-]+){0,4}?\s+to\s+$/i.test(before);
}

interface NoticeEvent {
  date: Date;
  source: NoticeFromSource;
  /** Where the date is written. */
  at: number;
  /** True when the event may date a change written in another sentence (a decision or a letter, not any meeting). */
  nearby: boolean;
}

/** A decision said to be taken, not a meeting held: "The decision was taken by Cabinet on 14 May 2025". */
/** An organisation's account of being told: "the council told us by email", "we were informed". */
const TOLD_US_CUE = /\b(?:told|informed|notified|wrote to) us\b|\bwe were (?:told|informed|notified)\b/i;
const DECISION_TAKEN = /\bdecision (?:was|has been|had been) (?:taken|made)\b|\b(?:decided|agreed|approved|resolved)\b/i;
const DECISION_WORDS = /\b(?:decided|decision|agreed|approved|resolved|meeting|cabinet|committee|executive|board)\b/i;

/** What a sentence's date is to the notice: the day of a decision or notification, or nothing. */
function eventOf(sentence: SentenceSpan, text: string, time: DateExpression): NoticeEvent | null {
  if (time.precision !== 'day') return null;
  const window = windowBefore(sentence, text, time.start);
  if (changeDate(time, windowSinceDate(sentence, text, time.start))) return null;
  const cue = DECISION_CUE.exec(window) ?? NOTIFY_BY_CUE.exec(window);
  if (cue) {
    const source = NOTIFIED_WORDS.test(cue[0]) && !DECISION_WORDS.test(cue[0]) ? 'notified' : 'decision';
    return { date: time.date, source, at: time.start, nearby: NEARBY_EVENT.test(cue[0]) };
  }
  // "On 6 January 2025 our chair had a phone call …": the date first, what happened after it.
  // (A heading run into the sentence, "Some hard news On 20 November we received …": the
  // capital "On" starts the clause.)
  if (CLAUSE_START.test(window) || /(?:^|\s)On(?:\s+the)?\s*$/.test(window)) {
    const next = flatTimes(sentence.times).find((other) => other.start >= time.end);
    const after = text.slice(time.end, next ? next.start : sentence.end);
    const event = EVENT_AFTER.exec(after);
    if (event && !CHANGE.test(after.slice(0, event.index + event[0].length - event[1]!.length))) {
      const source = /^(?:decided|agreed|approved|resolved)$/i.test(event[1]!) ? 'decision' : 'notified';
      return { date: time.date, source, at: time.start, nearby: true };
    }
  }
  return null;
}

function checkDates(span: { start: number; end: number }, to: string, effective: Date, from: FromDate, minMonths: number): NoticeCheck | null {
  const noticeDays = daysBetween(from.date, effective);
  if (noticeDays <= 0) return null;
  const required = addCalendarMonths(from.date, minMonths);
  return {
    basis: 'dates',
    span,
    noticeDays,
    requiredDays: daysBetween(from.date, required),
    from: toIso(from.date),
    fromSource: from.source,
    to,
    effective: toIso(effective),
    stated: null,
    statedMonths: null,
    meets: required.getTime() <= effective.getTime(),
    latestNoticeDate: toIso(addCalendarMonths(effective, -minMonths)),
    earliestChangeDate: toIso(required),
  };
}

/** A financial year named with a change: "no further award for 2025/26" (from its first day), "beyond 2025/26" (from the next). */
function financialYearChange(year: FinancialYearExpression, window: string): Date | null {
  if (/\b(?:beyond|after|past|until|till|up to|to the end of|end of)(?:\s+the)?(?:\s+financial year)?\s*$/i.test(window)) return addCalendarDays(year.to, 1);
  if (/\b(?:for|in|from|during|of)(?:\s+the)?(?:\s+financial year)?\s*$/i.test(window)) return year.from;
  return null;
}

// ── Layout: paragraphs, items, meeting headings ──────────────────────────────

interface Layout {
  /** Position of each sentence's paragraph in text order. */
  paragraphOrder: Map<number, number>;
  /** Sentence indices of each paragraph, by its position in text order. */
  paragraphs: number[][];
  /** Item number of an offset (items are cut at item headings). */
  itemOf(offset: number): number;
}

function layoutOf(text: string, sentences: SentenceSpan[]): Layout {
  const paragraphOrder = new Map<number, number>();
  const paragraphs: number[][] = [];
  sentences.forEach((sentence, index) => {
    let order = paragraphOrder.get(sentence.paragraph);
    if (order === undefined) {
      order = paragraphs.length;
      paragraphOrder.set(sentence.paragraph, order);
      paragraphs.push([]);
    }
    paragraphs[order]!.push(index);
  });
  // Line by line, testing only lines that start with a digit, "#" or "item" (a multiline
  // pattern over the whole text tries every position and was most of this function's time).
  const itemStarts: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && (text[first] === ' ' || text[first] === '\t')) first++;
    const char = text[first] ?? '';
    if ((char >= '0' && char <= '9') || char === '#' || char === 'i' || char === 'I') {
      if (itemHeading(text.slice(lineStart, lineEnd))) itemStarts.push(lineStart);
    }
    lineStart = lineEnd + 1;
  }
  const itemOf = (offset: number): number => {
    let low = 0;
    let high = itemStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (itemStarts[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return { paragraphOrder, paragraphs, itemOf };
}

// ── Public API ───────────────────────────────────────────────────────────────

/** Every funding notice found, compliant or not, in text order. */
const COUNT_WORDS = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A count of grants or agreements: "three grants", "the two support contracts", "both SLAs"; not "one of the three grants", "two-year grants". */
const GRANT_COUNT =
  /(?<!\b(?:of|one|each|either|any)\s+(?:the\s+|these\s+|those\s+|its\s+|our\s+)?(?:all\s+)?)\b(both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+(?!(?:years?|months?|weeks?|yearly|annual)\b)(?:[\w’'-]+\s+){0,2}?(grants|contracts|agreements|service level agreements|SLAs|awards)\b/i;
function grantCount(sentence: string): number {
  const found = GRANT_COUNT.exec(sentence);
  if (!found) return 1;
  const word = found[1]!.toLowerCase();
  return word === 'both' ? 2 : /^\d+$/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word);
}

/** Capitalised words that name a grant or organisation, for telling whether two passages name the same one. */
const NOT_A_NAME = new Set([...MONTH_NAMES, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'grant', 'grants', 'council', 'cabinet', 'funding', 'this', 'that', 'from', 'item', 'decision', 'effective']);
function namesIn(text: string): string[] {
  return [...text.matchAll(/\b[A-Z][\w’'-]{2,}/g)].map((match) => match[0].toLowerCase()).filter((word) => !NOT_A_NAME.has(word));
}

export function analyseNotices(facts: DocumentFacts, options: NoticeOptions): NoticeCheck[] {
  /** The text as written: its lines tell tables, headings and items apart. */
  const raw = facts.text;
  const sentences = sentencesWithTimes(facts);
  /** The text with each sentence's wrapping read as spaces, as the sentences give it: the words around a date. */
  const text = withUnwrappedSentences(raw, sentences);
  const ownDate = documentDate(facts, sentences);
  // When the reference date is only a guess from the first date in the text (often the end
  // date itself), count from today instead: the earliest notice could now be given.
  const guessed = facts.referenceDateSource === 'document' && facts.documentDate?.kind === 'opening';
  const fallback: FromDate = ownDate
    ? { date: ownDate, source: 'document' }
    : guessed
      ? { date: todayOf(facts), source: 'today' }
      : { date: facts.referenceDate, source: 'reference' };

  let layoutCache: Layout | null = null;
  const layout = (): Layout => (layoutCache ??= layoutOf(raw, sentences));
  const tables = findTables(raw);
  const inTable = (sentence: SentenceSpan): boolean => tables.some((table) => sentence.start < table.end && sentence.end > table.start + 1);

  // Each paragraph's sentences joined (" first second …"), built and tested only for the
  // paragraphs a candidate sentence asks about: building all of them, and testing FUNDING
  // over the whole paragraph once per sentence in it, was most of this function's time.
  const paragraphSentences = new Map<number, string[]>();
  for (const sentence of sentences) {
    const list = paragraphSentences.get(sentence.paragraph);
    if (list) list.push(sentence.text);
    else paragraphSentences.set(sentence.paragraph, [sentence.text]);
  }
  const joined = new Map<number, string>();
  const paragraphText = (index: number): string => {
    let text = joined.get(index);
    if (text === undefined) {
      const list = paragraphSentences.get(index);
      text = list ? ` ${list.join(' ')}` : '';
      joined.set(index, text);
    }
    return text;
  };
  const funded = new Map<number, boolean>();
  const paragraphAboutFunding = (index: number): boolean => {
    let about = funded.get(index);
    if (about === undefined) {
      about = FUNDING.test(paragraphText(index));
      funded.set(index, about);
    }
    return about;
  };
  /** The paragraph `steps` before or after a sentence's, in the same item, or null. */
  const neighbour = (sentenceIndex: number, steps: number): number | null => {
    const { paragraphOrder, paragraphs, itemOf } = layout();
    const sentence = sentences[sentenceIndex]!;
    const order = paragraphOrder.get(sentence.paragraph)! + steps;
    const other = paragraphs[order];
    if (!other) return null;
    const first = sentences[other[0]!]!;
    return itemOf(first.start) === itemOf(sentence.start) ? first.paragraph : null;
  };

  // Decision and notification dates, per sentence, found on demand.
  const eventCache = new Map<number, NoticeEvent[]>();
  const eventsOf = (index: number): NoticeEvent[] => {
    let events = eventCache.get(index);
    if (events === undefined) {
      const sentence = sentences[index]!;
      events = [];
      for (const time of flatTimes(sentence.times)) {
        const event = time.kind === 'date' ? eventOf(sentence, text, time) : null;
        if (event) events.push(event);
      }
      eventCache.set(index, events);
    }
    return events;
  };
  const inAnyTable = (offset: number): boolean => tables.some((table) => offset >= table.start && offset < table.end);

  // Financial years on heading lines (see headingYear), found on first use.
  let headingYears: FinancialYearExpression[] | null = null;

  // Meeting headings inside items: "2. Minutes of the meeting held on 20 January 2025".
  let anchors: { at: number; date: Date; item: number }[] | null = null;
  const anchorsOf = () => {
    if (anchors) return anchors;
    anchors = [];
    const { itemOf } = layout();
    const seenLines = new Set<number>();
    for (const date of datesIn(facts.timeExpressions)) {
      if (date.precision !== 'day') continue;
      const line = lineAround(raw, date.start);
      if (seenLines.has(line.start) || line.end - line.start > 160) continue;
      seenLines.add(line.start);
      const words = text.slice(line.start, line.end).replace(/[*\s]+$/, '');
      if (/[.!?]$/.test(words)) continue;
      const before = text.slice(line.start, date.start).replace(/^[\s#*]*(?:(?:item\s+)?\d{1,3}[.):]?\s+)?/i, '');
      const after = text.slice(date.end, line.end);
      const titled = /^\s*$/.test(before) && /^\s*[-–—:|]\s*\S/.test(after);
      if (!(ANCHOR_CUE.test(before) || titled) || NOT_ANCHOR.test(before) || CHANGE.test(before)) continue;
      anchors.push({ at: line.start, date: date.date, item: itemOf(line.start) });
    }
    return anchors;
  };

  // A dated letter that says it is telling the reader ("I am writing to confirm that …") is
  // itself the written notice: the decision it reports ("Following the decision of the
  // Executive on 18 December") is not notice to the organisation, an earlier letter or call is.
  const letterIsTheNotice = fallback.source === 'document' && sentences.some((sentence) => GIVEN_BY_THIS_LETTER.test(sentence.text));
  const countsAsNotice = (event: NoticeEvent) => !letterIsTheNotice || event.source !== 'decision';

  /** Where notice of a change in this sentence is counted from. */
  const fromFor = (index: number, own = true): FromDate => {
    if (own) {
      const first = eventsOf(index).find(countsAsNotice);
      if (first) return { date: first.date, source: first.source };
    }
    const sentence = sentences[index]!;
    const { paragraphOrder, paragraphs } = layout();
    const order = paragraphOrder.get(sentence.paragraph)!;
    // Another sentence of the paragraph, nearest first; then the paragraphs either side of it in the same item.
    const candidates: number[] = paragraphs[order]!.filter((other) => other !== index).sort((a, b) => Math.abs(a - index) - Math.abs(b - index));
    for (const steps of [-1, 1]) {
      const paragraph = neighbour(index, steps);
      if (paragraph !== null) for (const candidate of paragraphs[paragraphOrder.get(paragraph)!]!) candidates.push(candidate);
    }
    for (const other of candidates) {
      const event = eventsOf(other).find((found) => found.nearby && !inAnyTable(found.at) && countsAsNotice(found));
      if (event) return { date: event.date, source: event.source };
    }
    // A meeting heading inside the item; at the top of the document, its own date comes first.
    const item = layout().itemOf(sentence.start);
    const anchor = anchorsOf().filter((found) => found.item === item && found.at < sentence.start && (item > 0 || fallback.source !== 'document')).pop();
    if (anchor) return { date: anchor.date, source: 'meeting' };
    // An account that says when the organisation was told ("On 20 October the council told us
    // by email that it will stop funding our shed"), two paragraphs from the end date; or a
    // document with no date of its own that says when the decision was taken.
    return onlyNotifiedOf() ?? (fallback.source !== 'document' ? onlyDecisionOf() : null) ?? fallback;
  };
  /** The one date of this kind the document records, in sentences that say `cue` (none, or two different ones, give null). */
  const onlyEventOf = (cue: RegExp, source: 'decision' | 'notified'): FromDate | null => {
    const dates = new Set<number>();
    sentences.forEach((sentence, index) => {
      if (dates.size > 1 || !cue.test(sentence.text)) return;
      for (const event of eventsOf(index)) if (event.source === source && !inAnyTable(event.at)) dates.add(event.date.getTime());
    });
    return dates.size === 1 ? { date: new Date([...dates][0]!), source } : null;
  };
  let onlyNotified: FromDate | null | undefined;
  const onlyNotifiedOf = (): FromDate | null => (onlyNotified === undefined ? (onlyNotified = onlyEventOf(TOLD_US_CUE, 'notified')) : onlyNotified);
  // A press release's "Notes to editors: The decision was taken by Cabinet on 14 May 2025": when
  // the document records one decision date and nothing nearer dates the change, count from it
  // (not in a letter that is itself the notice).
  let onlyDecision: FromDate | null | undefined;
  const onlyDecisionOf = (): FromDate | null =>
    onlyDecision === undefined ? (onlyDecision = letterIsTheNotice ? null : onlyEventOf(DECISION_TAKEN, 'decision')) : onlyDecision;

  const checks: NoticeCheck[] = [];
  const seen = new Set<string>();
  const addDates = (check: NoticeCheck | null, key = true): boolean => {
    if (!check) return false;
    if (key) {
      const id = `${check.from}/${check.effective}`;
      if (seen.has(id)) return false;
      seen.add(id);
    }
    checks.push(check);
    return true;
  };

  const tableRows = new Map<NoticeCheck, string>();
  // ── Tables: a row per change, its dates in the columns the header names ──
  for (const table of tables) {
    const { itemOf } = layout();
    const headerText = table.header.text;
    if (excluded(headerText)) continue;
    // The table's caption: the sentences just before it in the same item.
    const captionSentences = sentences
      .map((sentence, index) => ({ sentence, index }))
      .filter(({ sentence }) => sentence.start < table.start && itemOf(sentence.start) === itemOf(table.start))
      .slice(-4);
    const caption = captionSentences.map(({ sentence }) => sentence.text).join(' ');
    const tableFunding = FUNDING.test(`${caption} ${headerText}`);
    // A table of changes, not of agreements' terms ("Start date | End date"): a change named
    // in the caption or in a header other than the date columns, or a column for the decision
    // or the letter; else each row must name its own change.
    const otherHeaders = table.header.cells
      .filter((_cell, at) => table.header.roles[at] !== 'end' && table.header.roles[at] !== 'effective')
      .map((cell) => text.slice(cell.start, cell.end))
      .join(' | ');
    const namedChange = CHANGE.test(`${caption} ${otherHeaders}`) || table.header.roles.includes('from');
    const savingsTable = /\bsavings?\b/i.test(otherHeaders);
    const tableChange = namedChange || savingsTable;
    let captionFrom: FromDate | null = null;
    const tableFrom = (): FromDate => {
      if (captionFrom) return captionFrom;
      for (const { index } of [...captionSentences].reverse()) {
        const event = eventsOf(index).find((found) => found.nearby && found.at < table.start);
        if (event) return (captionFrom = { date: event.date, source: event.source });
      }
      const item = itemOf(table.start);
      const anchor = anchorsOf().filter((found) => found.item === item && found.at < table.start && (item > 0 || fallback.source !== 'document')).pop();
      return (captionFrom = anchor ? { date: anchor.date, source: 'meeting' } : fallback);
    };
    for (const row of table.rows) {
      const rowText = text.slice(row.start, row.end);
      if (!(tableFunding || FUNDING.test(rowText)) || !(tableChange || CHANGE.test(rowText)) || excluded(rowText)) continue;
      // A savings table lists the council's own purchasing too ("Renegotiate printing
      // contract"): a row that names no change of its own counts only when it is about funding
      // others (a grant, funding, a commissioned service).
      if (savingsTable && !namedChange && !CHANGE.test(rowText) && !FUNDING_OTHERS.test(rowText)) continue;
      if (NO_CHANGE_ROW.test(rowText) && !CHANGE.test(rowText.replace(NO_CHANGE_ROW, ''))) continue;
      const amounts = sumsIn(rowText);
      if (amounts.length >= 2 && amounts[amounts.length - 1]! >= amounts[0]! && !CHANGE.test(rowText)) continue;
      const datesInCell = (cell: { start: number; end: number }) =>
        datesIn(facts.timeExpressions.filter((time) => time.start < cell.end && time.end > cell.start)).filter((date) => date.start >= cell.start && date.end <= cell.end);
      let from: FromDate | null = null;
      row.cells.forEach((cell, at) => {
        if (from || table.header.roles[at] !== 'from') return;
        const date = datesInCell(cell).find((found) => found.precision === 'day');
        if (!date) return;
        const header = table.header.cells[at];
        const words = header ? text.slice(header.start, header.end) : '';
        from = { date: date.date, source: /\b(?:decision|decided|agreed|approved)\b/i.test(words) ? 'decision' : 'notified' };
      });
      const rowFrom: FromDate = from ?? tableFrom();
      const rowSeen = new Set<string>();
      row.cells.forEach((cell, at) => {
        const role = table.header.roles[at];
        if (role !== 'end' && role !== 'effective' && role !== 'change') return;
        for (const date of datesInCell(cell)) {
          const window = text.slice(cell.start, date.start);
          // A "Change" cell dates the change in its own words ("grant ends 31 March 2026",
          // "25% reduction from 1 April 2026"); a date there without such words is not read.
          if (role === 'change' && !EFFECT_CUE.test(window) && !END_CUE.test(window)) continue;
          const effective = EFFECT_CUE.test(window) ? date.date : END_CUE.test(window) || role === 'end' ? dayAfter(date) : date.date;
          const check = checkDates({ start: date.start, end: date.end }, date.iso, effective, rowFrom, options.minMonths);
          if (!check || rowSeen.has(check.effective!)) continue;
          rowSeen.add(check.effective!);
          if (addDates(check, false)) tableRows.set(check, rowText);
        }
      });
    }
  }

  /**
   * The lead-in a list item sits under, when it names a change: "• 2026/27 – £40,000, from 1
   * April 2026" under "your funding will taper over three years:".
   */
  function changeLeadIn(index: number): SentenceSpan | null {
    if (!LIST_ITEM.test(sentences[index]!.text)) return null;
    for (let at = index - 1; at >= 0 && at >= index - 12; at--) {
      const before = sentences[at]!;
      if (LIST_ITEM.test(before.text)) continue;
      return /:\s*$/.test(before.text) && CHANGE.test(before.text) && INTENT.test(before.text) ? before : null;
    }
    return null;
  }

  // ── Sentences ──
  sentences.forEach((sentence, index) => {
    const leadIn = changeLeadIn(index);
    const changeHere = CHANGE.test(sentence.text) || leadIn !== null;
    const backReference = /\beffect\b/i.test(sentence.text);
    // A sentence that names neither a change nor notice can be none of the cases below (a
    // notice-period line and a change nearby both need the word "notice"; a date that refers
    // back to a change needs "effect"): rule it out before the exclusions and funding tests,
    // as most sentences of a paper are.
    if (!changeHere && !backReference && !NOTICE_WORD.test(sentence.text)) return;
    if (inTable(sentence) || excluded(sentence.text)) return;

    // "If agreed, this would take effect from 1 April", after the sentence naming the change.
    if (!changeHere && backReference) {
      referBack(index);
      if (!NOTICE_WORD.test(sentence.text)) return;
    }

    const previousParagraph = NOTICE_WORD.test(sentence.text) ? neighbour(index, -1) : null;
    const aboutFunding =
      FUNDING.test(sentence.text) ||
      (leadIn !== null && FUNDING.test(leadIn.text)) ||
      paragraphAboutFunding(sentence.paragraph) ||
      (previousParagraph !== null && paragraphAboutFunding(previousParagraph));
    // A "Notice period: …" line in a grant's terms is about ending the grant by definition;
    // its funding context may be in the heading above it.
    const noticePeriodLine =
      NOTICE_PERIOD_LABEL.test(sentence.text) && [1, 2].some((back) => paragraphAboutFunding(sentence.paragraph - back));
    // Stated notice may follow the sentence that names the change: "The ICB will not
    // recommission these services. Providers affected will be given eight weeks' notice."
    // Or in the resolution just before: "(a) That the SLA is not renewed … (b) That officers
    // write to the provider giving four weeks' notice of the decision".
    const changeNearby =
      !changeHere &&
      aboutFunding &&
      NOTICE_WORD.test(sentence.text) &&
      (CHANGE.test(paragraphText(sentence.paragraph)) || (previousParagraph !== null && CHANGE.test(paragraphText(previousParagraph))));
    if (!noticePeriodLine && !changeNearby && (!aboutFunding || !changeHere)) return;

    // A decision date in the same sentence is the best "from"; then one nearby in the item.
    const ownEvent = eventsOf(index).length > 0;
    let fromCache: FromDate | null = null;
    const from = (): FromDate => (fromCache ??= fromFor(index));

    const stated: NoticeCheck[] = [];
    for (const time of sentence.times) {
      if (time.kind !== 'duration' || !statedNotice(time, sentence, text)) continue;
      // Months are counted from a date; without one, today stands in (only the day counts differ).
      stated.push(checkStated(time, from(), options.minMonths));
    }
    // "terminated with immediate effect", "withdrawn without notice": no notice at all.
    const none = NO_NOTICE.exec(sentence.text);
    if (!stated.length && none && (INTENT.test(sentence.text) || DONE_CHANGE.test(sentence.text)) && !NEGATION.test(sentence.text.slice(0, none.index))) {
      const start = sentence.start + none.index;
      checks.push(noNotice({ start, end: start + none[0].length }, none[0], from(), options.minMonths));
      return;
    }
    if (changeNearby && !noticePeriodLine && !changeHere) {
      for (const check of stated) checks.push(check);
      return;
    }
    if (noticePeriodLine && !changeHere) {
      for (const check of stated) checks.push(check);
      return;
    }
    // A sentence that states its notice is judged on that, unless it also gives the day notice
    // is given and the day the change takes effect: then the dates decide.
    // A letter giving notice as it is read ("I am writing to give you ten weeks' notice that …")
    // is dated by its own date line, so that date is the day notice is given.
    const givenByThisLetter = GIVEN_BY_THIS_LETTER.test(sentence.text) && from().source === 'document';
    if (stated.length && !ownEvent && !givenByThisLetter) {
      for (const check of stated) checks.push(check);
      return;
    }

    const dated = datedChanges(index, from);
    if (stated.length && !dated.length) {
      for (const check of stated) checks.push(check);
      return;
    }
    for (const check of dated) addDates(check);
    if (dated.length || !aboutFunding || !changeHere) return;
    if (bareMonthChange(index, from)) return;

    // A change with no date of its own.
    undatedChange(index, from);
  });

  /** Changes dated in the sentence itself. */
  function datedChanges(index: number, from: () => FromDate): NoticeCheck[] {
    const sentence = sentences[index]!;
    const found: NoticeCheck[] = [];
    for (const time of flatTimes(sentence.times)) {
      if (time.kind !== 'date') continue;
      const window = windowSinceDate(sentence, text, time.start);
      const change = changeDate(time, window);
      if (!change || deniedChange(window)) continue;
      // The decision must be in the date's own clause: "The agreements end on 31 March 2025,
      // and new agreements will start on 1 April" describes a term, not a decision to end.
      // For an end date it must come before the date: "The contract ends on 31 March 2025 and
      // will be re-procured" is a term followed by a plan.
      const clause = clauseAround(sentence, text, time.start, time.end);
      const clauseBefore = clause.slice(0, Math.max(0, clause.indexOf(time.text.replace(/\n/g, " "))));
      // "… end on 31 March 2026 and will not be renewed": the term ends and is not continued.
      const notContinued = change.cue === 'end' && NOT_CONTINUED_AFTER.test(text.slice(time.end, sentence.end));
      // A list item under "your funding will taper over three years:" takes its decision from the lead-in.
      const leadIn = changeLeadIn(index)?.text ?? '';
      if ((!notContinued && !decisionIn(`${leadIn} ${change.cue === 'end' ? clauseBefore : clause}`, sentence.text)) || HYPOTHETICAL.test(clause)) continue;
      if (OTHER_SUBJECT.test(clause) || CONDITIONAL.test(sentence.text)) continue;
      // A clause about something new ("and enter into a new agreement from 1 April") is not the change.
      if (!CHANGE.test(`${leadIn} ${clause}`) && !INTENT.test(`${leadIn} ${clause}`)) continue;
      const check = checkDates({ start: time.start, end: time.end }, time.iso, change.effective, from(), options.minMonths);
      if (check) found.push(check);
    }
    return found;
  }

  /**
   * A change dated by a month without a year ("would stop after March"): the first such month
   * that ends after the day notice is counted from, the one a reader would take.
   */
  function bareMonthChange(index: number, from: () => FromDate): boolean {
    const sentence = sentences[index]!;
    if (!decisionIn(sentence.text, sentence.text) && !DONE_CHANGE.test(sentence.text)) return false;
    if (HYPOTHETICAL.test(sentence.text) || TENTATIVE.test(sentence.text) || CONDITIONAL.test(sentence.text) || OTHER_SUBJECT.test(sentence.text)) return false;
    for (const month of sentence.text.matchAll(BARE_MONTH)) {
      const before = sentence.text.slice(0, month.index);
      if (!CHANGE.test(before) || deniedChange(before)) continue;
      // Only the change's own clause, not "… and a new service will start from April".
      const clause = before.split(CLAUSE_BREAK).pop() ?? before;
      if (!CHANGE.test(clause) && !NOT_BEYOND_CUE.test(`${clause}${month[1] ?? ''}`)) continue;
      const start = from();
      const named = MONTH_NAMES.indexOf(month[3]!.toLowerCase());
      const ends = month[1] !== undefined;
      // The first day of the change, in the first year that puts it after the notice was counted from.
      let year = start.date.getUTCFullYear();
      const firstDay = (y: number) => utcDate(y, named + 1 + (ends ? 1 : 0), 1);
      if (firstDay(year).getTime() <= start.date.getTime()) year += 1;
      const effective = firstDay(year);
      const to = ends ? addCalendarDays(effective, -1) : effective;
      const at = sentence.start + month.index + month[0].length - month[3]!.length;
      return addDates(checkDates({ start: at, end: at + month[3]!.length }, toIso(to), effective, start, options.minMonths));
    }
    return false;
  }

  /** A change decided in this sentence whose date is elsewhere: a term's end, or a financial year. */
  function undatedChange(index: number, from: () => FromDate): void {
    const sentence = sentences[index]!;
    if (!decisionIn(sentence.text, sentence.text) || HYPOTHETICAL.test(sentence.text) || TENTATIVE.test(sentence.text)) return;
    const change = CUT.exec(sentence.text);
    // Reported speech puts "will" into "would": "On 3 March the council told us that the contract would not be extended".
    const reported = /\bwould\b/i.test(sentence.text) && NOTIFIED_WORDS.test(sentence.text);
    // "we're not renewing the SLA": a decision told in the present.
    const present = /(?:\b(?:are|is|am)|['’]re|['’]m)\s+(?:now\s+)?not\s+(?:renewing|continuing|extending)\b/i.test(sentence.text);
    if (!change || !(DECIDED.test(sentence.text) || RESOLUTION_FORM.test(sentence.text) || /\b(?:will|shall)\b/i.test(sentence.text) || reported || present)) return;
    // "The grant was not reduced" and the like are not changes.
    if (/\b(?:not|never)\s+(?:been\s+|be\s+)?$/i.test(sentence.text.slice(Math.max(0, change.index - 12), change.index)) && !ENDS_AT_TERM.test(sentence.text)) return;

    // The financial year the decision names: "with no further award for 2025/26".
    for (const time of sentence.times) {
      if (time.kind !== 'financial-year') continue;
      const effective = financialYearChange(time, windowBefore(sentence, text, time.start));
      if (!effective) continue;
      addDates(checkDates({ start: time.start, end: time.end }, toIso(effective), effective, from(), options.minMonths));
      return;
    }
    // Any other date or year in the sentence is something this reading does not understand.
    if (sentence.times.some((time) => time.kind !== 'duration' && (time.kind !== 'date' || !eventOf(sentence, text, time)))) return;

    // A list of changes under a dated lead-in: "From 1 November 2025:" then "- the monthly
    // payment will reduce from £2,400 to £1,600". The lead-in is the nearest line before that
    // ends in a colon, with no other sentence between it and the list.
    for (let back = index - 1; back >= 0 && back >= index - 4; back--) {
      const lead = sentences[back]!;
      if (!/:\s*$/.test(lead.text)) {
        if (/^\s*(?:[-*•·]|\(?[a-z0-9]{1,3}[.)])\s/i.test(lead.text)) continue; // an earlier item of the same list
        break;
      }
      const dated = flatTimes(lead.times)
        .filter((time): time is DateExpression => time.kind === 'date')
        .map((time) => ({ time, change: changeDate(time, windowSinceDate(lead, text, time.start)) }))
        .find(({ change }) => change !== null);
      if (dated) {
        addDates(checkDates({ start: dated.time.start, end: dated.time.end }, dated.time.iso, dated.change!.effective, from(), options.minMonths));
        return;
      }
      break;
    }

    // "… will be reduced from the same date": the change date of the sentence or paragraph before.
    const same = SAME_DATE.exec(sentence.text);
    if (same) {
      const { paragraphOrder, paragraphs } = layout();
      const before = neighbour(index, -1);
      const candidates = [
        ...paragraphs[paragraphOrder.get(sentence.paragraph)!]!.filter((other) => other < index).reverse(),
        ...(before !== null ? [...paragraphs[paragraphOrder.get(before)!]!].reverse() : []),
      ];
      for (const other of candidates) {
        const earlier = sentences[other]!;
        const dated = flatTimes(earlier.times)
          .filter((time): time is DateExpression => time.kind === 'date')
          .map((time) => ({ time, change: changeDate(time, windowSinceDate(earlier, text, time.start)) }))
          .filter(({ change }) => change !== null)
          .pop();
        if (!dated) continue;
        const start = sentence.start + same.index;
        addDates(checkDates({ start, end: start + same[0].length }, dated.time.iso, dated.change!.effective, from(), options.minMonths));
        return;
      }
    }

    // Not renewing or ending at the end of the term the paragraph gives: "Your grant runs until
    // 31 March 2025. … we have decided not to renew it."
    if (ENDS_AT_TERM.test(sentence.text)) {
      const { paragraphOrder, paragraphs } = layout();
      const order = paragraphOrder.get(sentence.paragraph)!;
      const own = paragraphs[order]!;
      const candidates = [...own.filter((other) => other < index).reverse(), ...own.filter((other) => other > index)];
      const before = neighbour(index, -1);
      if (before !== null) for (const other of [...paragraphs[paragraphOrder.get(before)!]!].reverse()) candidates.push(other);
      // A letter or account may give the last day in the paragraph after: "Our last day of funded work will be 30 April."
      const after = neighbour(index, 1);
      if (after !== null) for (const other of paragraphs[paragraphOrder.get(after)!]!) candidates.push(other);
      for (const other of candidates) {
        const term = sentences[other]!;
        // "It runs out 31/3": the sentence just after, about the same agreement.
        const sameAgreement = other === index + 1 && /^\W*(?:it|this|that)\b/i.test(term.text);
        if ((!FUNDING.test(term.text) && !sameAgreement) || inTable(term)) continue;
        for (const time of flatTimes(term.times)) {
          if (time.kind !== 'date' || !TERM_END_CUE.test(windowSinceDate(term, text, time.start))) continue;
          addDates(checkDates({ start: time.start, end: time.end }, time.iso, dayAfter(time), from(), options.minMonths));
          return;
        }
      }
    }

    // The date in a later line about the same organisation: "Panel agreed to stop the grant to
    // Riverside Foodbank early." … "- Jas to write to Riverside Foodbank confirming the £8k
    // grant stops 31/12." (an action log under the notes).
    const recipient = RECIPIENT.exec(sentence.text)?.[1];
    if (recipient) {
      for (let later = index + 1; later < sentences.length && later <= index + LATER_LINES; later++) {
        const other = sentences[later]!;
        if (!other.text.includes(recipient) || !FUNDING.test(other.text)) continue;
        for (const time of flatTimes(other.times)) {
          if (time.kind !== 'date') continue;
          const change = changeDate(time, windowSinceDate(other, text, time.start));
          if (!change) continue;
          addDates(checkDates({ start: time.start, end: time.end }, time.iso, change.effective, from(), options.minMonths));
          return;
        }
      }
    }

    // A decision whose only date is the financial year its item or document is about:
    // "Voluntary Sector Grants 2025/26 … approved the withdrawal of funding from …".
    if (!DECIDED.test(sentence.text) && !RESOLUTION_FORM.test(sentence.text)) return;
    const year = headingYear(sentence.start);
    if (year) addDates(checkDates({ start: sentence.start + change.index, end: sentence.start + change.index + change[0].length }, toIso(year.from), year.from, from(), options.minMonths));
  }

  /** A sentence that dates the change named in the sentence before: "this would take effect from …". */
  function referBack(index: number): void {
    const sentence = sentences[index]!;
    for (const time of flatTimes(sentence.times)) {
      if (time.kind !== 'date' || !BACK_REFERENCE_EFFECT.test(windowSinceDate(sentence, text, time.start))) continue;
      // The change: the nearest sentence before, in the paragraph or the one before it.
      const { paragraphOrder, paragraphs } = layout();
      const own = paragraphs[paragraphOrder.get(sentence.paragraph)!]!.filter((other) => other < index).reverse();
      const before = neighbour(index, -1);
      const candidates = [...own, ...(before !== null ? [...paragraphs[paragraphOrder.get(before)!]!].reverse() : [])].slice(0, 2);
      const target = candidates.find((other) => CHANGE.test(sentences[other]!.text));
      if (target === undefined) return;
      const change = sentences[target]!;
      const funding = FUNDING.test(change.text) || FUNDING.test(sentence.text);
      if (!funding || excluded(change.text) || HYPOTHETICAL.test(change.text) || HYPOTHETICAL.test(sentence.text)) return;
      if (!decisionIn(sentence.text, sentence.text) && !decisionIn(change.text, change.text) && !/^\s*\(?[a-z0-9]{1,3}[.)]\s+\w+ing\b/i.test(change.text)) return;
      const events = eventsOf(index);
      const from = events[0] ? { date: events[0].date, source: events[0].source } : fromFor(target);
      addDates(checkDates({ start: time.start, end: time.end }, time.iso, time.date, from, options.minMonths));
      return;
    }
  }

  /** The financial year named in the heading of the sentence's item, or in the document's title. */
  function headingYear(offset: number): FinancialYearExpression | null {
    const { itemOf } = layout();
    const item = itemOf(offset);
    // Financial years on heading lines, found once: the document's title (its first lines)
    // or an item's numbered heading.
    headingYears ??= facts.timeExpressions.filter((time): time is FinancialYearExpression => {
      if (time.kind !== 'financial-year') return false;
      const line = lineAround(raw, time.start);
      const words = text.slice(line.start, line.end).trim();
      if (words.length > 120 || /[.!?;]$/.test(words)) return false;
      return facts.lines.at(line.start).line <= 6 || itemHeading(words);
    });
    let found: FinancialYearExpression | null = null;
    for (const year of headingYears) {
      if (year.start >= offset) break;
      const line = lineAround(raw, year.start);
      if (itemOf(line.start) === item && (item > 0 || facts.lines.at(line.start).line <= 6)) found = year;
    }
    return found;
  }

  // A stated notice that is a clause of the agreement ("Your contract allows either party to end
  // it on 28 days' notice") is not the notice given when the same item dates the actual
  // notice ("… this letter is formal notice that the contract will end on 30 September").
  // A table that sums up decisions the text then sets out ("Grant withdrawn | 31 March 2025"
  // above "… when the current grant period ends on 31 March 2025") names one change twice: the
  // sentence's reading of the date stands, and the row is dropped.
  for (const [check, row] of tableRows) {
    const names = namesIn(row);
    const told = checks.some(
      (other) =>
        other !== check &&
        !tableRows.has(other) &&
        other.basis === 'dates' &&
        other.from === check.from &&
        other.to === check.to &&
        namesIn(sentences.find((sentence) => sentence.start <= other.span.start && sentence.end >= other.span.end)?.text ?? '').some((name) => names.includes(name)),
    );
    if (told) checks.splice(checks.indexOf(check), 1);
  }
  // A sentence that ends or changes several grants at once counts them: "Three grants … end on …".
  for (const check of checks) {
    if (check.basis !== 'dates' || tableRows.has(check)) continue;
    const sentence = sentences.find((candidate) => candidate.start <= check.span.start && candidate.end >= check.span.end);
    const count = sentence ? grantCount(sentence.text) : 1;
    if (count > 1) check.grants = count;
  }
  const dated = checks.filter((check) => check.basis === 'dates');
  const kept = dated.length
    ? checks.filter((check) => {
        if (check.basis !== 'stated' || check.noticeDays === 0) return true;
        const sentence = sentences.find((candidate) => candidate.start <= check.span.start && candidate.end >= check.span.end);
        if (!sentence || !CLAUSE_NOTICE.test(sentence.text)) return true;
        const item = layout().itemOf(check.span.start);
        return !dated.some((other) => layout().itemOf(other.span.start) === item);
      })
    : checks;
  return kept.sort((a, b) => a.span.start - b.span.start);
}
