/**
 * impact-assessment: a proposal to cut or end funding or a service that people rely on, in a
 * paper that shows no assessment of the impact on service users, beneficiaries or volunteers,
 * or that waves the question away ("Equality implications: None."), or puts it off until after
 * the decision.
 *
 * The rule reads the paper in two passes:
 * 1. proposals: sentences that cut, end, withdraw, decommission, re-provision, restrict or do
 *    not renew something from RELIED_ON, framed as a proposal or decision (proposed,
 *    recommended, will, would, "AGREED that…", a gerund heading a list item, a list item under
 *    "we are proposing:"), made by this body (not a charity's notice or own decision, not
 *    another body's consultation), not a rule about cuts that may come, not told in the past,
 *    not negated, not set aside or paused, and not in a budget table;
 * 2. assessments: every sentence that names an equality assessment, shows due regard to the
 *    Public Sector Equality Duty, or assesses in words the impact on people, each classed as
 *    done, planned before the decision, deferred, dismissed or absent; plus equality sections
 *    that are empty or say "None", and the cells of a table's equality column.
 * An assessment anywhere in an item covers every proposal in that item: the fix is one
 * assessment that covers them all, not one per sentence. A paper is one item; an agenda,
 * minutes or a report in parts has several (shared/document/sections.ts, findItems), and an
 * assessment in one does not cover a cut in another. A row of a table of changes with an
 * equality column is judged by its own cell.
 */
import { withoutContractions } from '../../shared/text/contractions.ts';
import { withoutQuotes } from '../../shared/text/quotes.ts';
import { sumsIn } from '../../shared/text/money.ts';
import { LIST_ITEM_MARK } from '../../shared/text/blocks.ts';
import * as z from 'zod/mini';
import type { Root } from 'nlcst';
import type { Block } from '../../shared/engine/parse.ts';
import { defineRule } from '../../shared/engine/define-rule.ts';
import { findItems, type Section } from '../../shared/document/sections.ts';
import type { DocumentLink } from '../../shared/document/facts.ts';
import { speaksAsGrantee } from '../../shared/document/grantee-voice.ts';
import {
  ANYONE,
  ASSESSMENT_NAMES,
  CUT_ACTIONS,
  DEFERRING_BODIES,
  DISMISSIVE_BODIES,
  IMPACT_WORDS,
  MITIGATION,
  NOT_EQUALITY_QUALIFIERS,
  NOT_RELIED_ON,
  PEOPLE,
  PSED_PHRASES,
  RELIED_ON,
  USER_PROFILE,
  type PhraseRow,
} from './phrases.ts';

const options = z.strictObject({
  /** Extra names your council gives its equality assessment ("Fairness Assessment"). */
  assessmentNames: z._default(z.array(z.string()), []),
  /** Accept a bare statement of the equality duty ("Members must have due regard…") as enough. */
  acceptDutyStatement: z._default(z.boolean(), false),
});
type Options = z.infer<typeof options>;

/** `linked`: the paper shows no assessment in its words but links to one (a web page's EqIA link). */
export type Problem = 'missing' | 'dismissed' | 'deferred' | 'linked';

/** The words of a link to an equality (or equality and health inequalities) impact assessment. */
const ASSESSMENT_LINK_WORDS = /\b(?:equalit(?:y|ies)(?: and health inequalities)?(?: impact)? (?:assessment|analysis)|eq[iu]as?|ehias?)\b/i;
/** The address of one, when the words are only "Appendix B" or "Download". */
const ASSESSMENT_LINK_ADDRESS = /(?:^|[/_.=-])(?:eq[iu]a|ehia|equalit(?:y|ies)[-_]?(?:and[-_]health[-_]inequalities[-_]?)?impact[-_]?assessment)(?:s?[/_.?#=-]|s?$)/i;

interface LinkedAssessment {
  /** The link's words, as the reader sees them. */
  text: string;
  href: string;
}

/**
 * A mention that is only the link's words (a list item "- Equality impact assessment", a
 * title on a line of its own): a few characters of list marker or punctuation either side at
 * most. A sentence that also says something about the assessment stays a mention.
 */
function isLinkItself(mention: { start: number; end: number }, link: DocumentLink): boolean {
  return mention.start < link.end && mention.end > link.start && mention.end - mention.start <= link.end - link.start + 12;
}

/** The links in the item that point at an equality impact assessment, in order. */
function assessmentLinksIn(text: string, links: readonly DocumentLink[], item: { start: number; end: number }): (LinkedAssessment & DocumentLink)[] {
  const found: (LinkedAssessment & DocumentLink)[] = [];
  for (const link of links) {
    if (link.start < item.start || link.start >= item.end) continue;
    const words = text.slice(link.start, link.end).replace(/\s+/g, ' ').trim();
    let path = link.href;
    try {
      path = decodeURIComponent(new URL(link.href, 'https://example.invalid/').pathname);
    } catch {
      // Not an address we can read: match it as written.
    }
    if (ASSESSMENT_LINK_WORDS.test(words) || ASSESSMENT_LINK_ADDRESS.test(path)) found.push({ ...link, text: words || link.href });
  }
  return found;
}

/**
 * What one sentence (or section) says about assessing the impact: `done` (an assessment
 * exists), `planned` (it will exist before a final decision), `deferred` (it comes after the
 * decision), `dismissed` ("None"), `absent` ("no EqIA has been undertaken") or `duty` (the
 * duty is stated, with no sign that it was met).
 */
type Status = 'done' | 'planned' | 'deferred' | 'dismissed' | 'absent' | 'duty';

interface Mention {
  status: Status;
  start: number;
  end: number;
  text: string;
  /** Read from a sentence's own words ("1,100 people would lose it"), naming no assessment. */
  fromWords?: boolean;
  /** The paper's own answer under an equality heading or label ("Equality implications: None."). */
  answer?: boolean;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** A sentence, with the block it came from and whether that block is a list item. */
interface Sentence extends Span {
  block: number;
  listItem: boolean;
}


// ---- Regular expressions built once from the data file -------------------------------

function alternatives(rows: readonly PhraseRow[]): string {
  return rows.map((row) => `(?:${row.pattern})`).join('|');
}

const ACTION = new RegExp(String.raw`\b(?:${alternatives(CUT_ACTIONS)})\b`, 'gi');
// The closing look-ahead (not \b) lets a word ending in an accent ("café") match.
/** A decision or proposal in the infinitive: "To step down the County Council's funding…", "(iii) To phase out…". */
const INFINITIVE_ACTION = new RegExp(String.raw`^\s*(?:\(?[a-z0-9.]{1,6}\)?\s+)?to\s+(?:${alternatives(CUT_ACTIONS)})\b`, 'i');
const RELIED = new RegExp(String.raw`\b(?:${alternatives(RELIED_ON)})(?![\w\u00C0-\u024F])`, 'i');
const NOT_RELIED_RIGHT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:in|of|to|on) )?(?:(?:the|its|our|their|this|these|[\w-]+(?:'s|’s)) )*(?:${alternatives(NOT_RELIED_ON)})\b`,
  'i',
);
const OBJECT_RIGHT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:the|its|our|their|these|this|those|all|existing|current|separate|\d+|two|three|four|five|six)\s+){0,3}(?:[\w'’-]+\s+){0,2}(?:${alternatives(RELIED_ON)})(?![\w\u00C0-\u024F])`,
  'i',
);
const NOT_RELIED_ANYWHERE = new RegExp(String.raw`\b(?:${alternatives(NOT_RELIED_ON)})\b`, 'i');
const NAME = new RegExp(String.raw`\b(?:${alternatives(ASSESSMENT_NAMES)})\b`, 'i');
const NOT_EQUALITY_EXPANSION = new RegExp(String.raw`\b(?:${alternatives(NOT_EQUALITY_QUALIFIERS)}) impact assessments?\s*\(EIAs?\)`, 'i');
const EQUALITY_EXPANSION = /\bequalit(?:y|ies)[a-z ,]{0,40}impact (?:assessments?|analys[ie]s)\s*\(EIAs?\)|\bEIAs?\s*\(\s*equalit/i;
const EIA = /\bEIAs?\b/g;
/** The same, for a plain test (the global one keeps its place between calls). */
const EIA_WORD = new RegExp(EIA.source);
/** Words of planning and development, where an EIA is an environmental impact assessment. */
const ENVIRONMENTAL = /\benvironment|\bplanning\b|\bdevelopment\b|\bhabitat|\becolog|\bscoping\b/i;
/** "Quality Impact Assessment", "Environmental Impact Assessment": an assessment, but not of equality. */
const OTHER_ASSESSMENT = new RegExp(String.raw`\b(?:${alternatives(NOT_EQUALITY_QUALIFIERS)}) impact assessments?\b`, 'i');
const PSED = new RegExp(String.raw`\b(?:${alternatives(PSED_PHRASES)})\b`, 'i');
const PEOPLE_RE = new RegExp(String.raw`\b(?:${alternatives(PEOPLE)})\b`, 'i');
const IMPACT_RE = new RegExp(String.raw`\b(?:${alternatives(IMPACT_WORDS)})\b`, 'i');
const USER_PROFILE_RE = new RegExp(String.raw`\b(?:${alternatives(USER_PROFILE)})\b`, 'i');
const MITIGATION_RE = new RegExp(String.raw`\b(?:${alternatives(MITIGATION)})\b`, 'i');
const DISMISSIVE_BODY = new RegExp(String.raw`^(?:${alternatives(DISMISSIVE_BODIES)})?[.!]?$`, 'i');
const DEFERRING_BODY = new RegExp(
  String.raw`^(?:${alternatives(DEFERRING_BODIES)})(?:\s*[.,;:–—-].*|\s+(?:when|once|after|following|as part of|during|by|in|at|for)\b.*)?$`,
  'i',
);
/** "Not applicable – this is a budget decision": a dismissal with a reason that is not an assessment. */
const DISMISSIVE_START = /^(?:none|nil|n\/a|not applicable|not relevant|no implications)\s*(?:[.,;:–—-]|\s(?:as|because|since|for)\b)/i;

/** An equality section that opens with a size: "Minimal.", "Low –", "Negligible;". */
const SIZE_FIRST = /^(?:minimal|negligible|minor|low|limited|not significant|insignificant|very (?:little|limited|low|small))\s*[.;:–—-]/i;

/** Words that make a sentence a proposal rather than a description. */
const PROPOSAL_FRAME =
  /^\s*(?:\(?[a-z0-9.]{1,6}\)?\s+)?that\b|\bgives? (?:you )?notice that\b|\b(?:is|are) (?:hereby )?(?:varied|(?:reduced|cut) (?:from|to|by) (?:£|\d))|^\W*(?:per|as agreed (?:at|by|with)|agreed (?:at|by)|decided (?:at|by)|following) (?:the )?(?:[A-Z]{2,6}|cabinet|board|committee|council|executive)\b|^\s*\(?[a-z0-9.]{1,6}\)\s*to\s|^\s*(?:[A-Z]{1,5}\d{1,3}[.:]?\s+|\(?[a-z0-9.]{1,6}\)?\s+)?(?:to )?(?:reduce|end|cease|withdraw|close|decommission|stop|remove|cut|halve|terminate|discontinue|re-?provide|replace|restrict|phase out|scale back|step down|taper|(?:do )?not renew)\b|\b(?:propos(?:e|es|ed|al|als|ing)|recommend(?:s|ed|ation|ations)?|will|would|shall|is to|are to|intends?|intention|plans? to|planning to|agrees? to|approv(?:e|es|al)|subject to|(?:is|are) asked|seek(?:s|ing)? (?:approval|agreement|authority)|savings? (?:will|would|is|are|can|could) (?:be )?(?:achieved|made|delivered|found)|savings? of £[\d,.]+(?: ?(?:k|m|million))? (?:a year )?(?:from|by|through)|budget (?:includes|assumes)|with effect from|preferred option|going forward|(?:is|are) being considered|(?:to|will|agrees? to) consult on|consult(?:ation)? on (?:cutting|reducing|closing|ending|withdrawing|stopping|removing|scaling|decommissioning)|(?:are|is|am) (?:now |currently )?consulting (?:on|about)|consultation on (?:the )?(?:proposals?|proposed|options?|plans?)|do you agree|with immediate effect|(?:is|are|am) no longer (?:able|going) to|[,;–-]\s*not (?:renewing|extending|continuing|re-?commissioning)\b|(?:we|the council|the icb|the trust|the board) (?:is|are) (?:now )?(?:not )?(?:renewing|continuing|extending|reducing|cutting|withdrawing|stopping|ceasing|ending|closing|decommissioning|terminating|halving|phasing out|discontinuing|tapering)|(?:(?:needs?|ha(?:ve|s|d)) to|must) (?:now )?(?:reduce|end|cut|stop|cease|withdraw|close|decommission|halve|terminate|step down|phase out|scale back)|(?:has|have|had) (?:now )?decided|decided (?:not )?to|decision (?:is|was|has been) (?:made |taken )?to|agreed\s*[:\-–—]?\s*(?:to|that|the)|resolved\s*[:\-–—]?\s*(?:to|that)|approved|(?<!may |might |can |could )(?:be|being) (?:not )?(?:[\w-]+ )?(?:reduced|ended|withdrawn|decommissioned|closed|ceased|terminated|removed|re-?provided|cut|halved|discontinued|scaled back|phased out|renewed|re-?commissioned))\b/i;
/** A lead-in to a list of proposals: "The savings we are putting forward are:", "Options for consultation:". */
const LEAD_IN = /\b(?:we (?:are )?(?:propos\w*|suggest\w*|plan\w*|put(?:ting)? forward)|proposals?|proposed|savings?|changes?|options? (?:for consultation|we are consulting on)|the following)\b/i;
/** A cut named by a gerund at the start of a sentence or list item: "Withdrawing the mobile library service". */
const GERUND_START =
  /^\s*(?:\(?[a-z0-9.]{1,6}\)?\s+|[-*•·▪]\s+)?(?:reducing|ending|ceasing|withdrawing|closing|decommissioning|stopping|removing|cutting|halving|terminating|discontinuing|re-?providing|scaling back|phasing out|winding down|not renewing|no longer (?:funding|providing|running)|restricting|tightening|limiting|deleting)\b/i;
/**
 * A gerund that is the subject of a statement about cuts in general ("Ending obsolete
 * services … is part of the cycle of commissioning") rather than a cut listed on its own
 * ("Withdrawing the mobile library service, which is used by 300 people").
 */
const GENERAL_TRUTH = /\b(?:is|are|was|were|has|have|had|can|may|might|must|should|often|usually|rarely)\b/i;
const RELATIVE_CLAUSE = /\b(?:which|that|who|whose|where)\b[^,;()–—]*/gi;
/** A decision recorded in minutes: "AGREED that…", "RESOLVED to…": a decision even in the past tense. */
const DECISION = /\b(?:agreed|resolved)\b/i;
/** Proposal words that still hold when the sentence also names a past year ("reduced in 2019 and will end"). */
const STRONG_FRAME = /\b(?:will|shall|is to|are to|it is proposed|(?:is|are) proposed|proposes|recommend(?:s|ed)?|(?:is|are) asked|do you agree|agrees? to)\b/i;
/** A cut that already happened is history, not a proposal. */
const PAST_TIME = /\b(?:in|during|since) (?:19|20)\d\d\b(?!\/)|\blast year\b|\bpreviously\b|\bin the past\b|\bhistorically\b|\bago\b|\bat (?:that|the) time\b/i;
/** A proposal told as what a past consultation held: "This included plans to close…", "residents were given a choice of reducing…". */
const PAST_REPORT =
  /\b(?:included|contained|described|outlined) (?:a range of |a number of |the |our |its |their )?(?:plans?|proposals?|options?)\b|\b(?:were|was) (?:given (?:a|the) choice|asked (?:about|whether|to choose))\b/i;
/** Where one clause of a sentence ends and another begins ("…have already been decommissioned, while new contracts will start…"). */
const CLAUSE_BREAK = /;|,\s*(?:while|whilst|whereas|but|although|though)\b|\s[–—]\s/g;
/** A cut named as the cause of something else: "due to the reduction in the grant budget", "given the reduction of funding". */
const CAUSE_BEFORE =
  /\b(?:due to|because of|owing to|as a result of|in (?:view|light) of|given|despite|in response to|in the face of|faced with|facing)\s+(?:(?:the|a|an|these|this|recent|further|significant|substantial|government|national|its|our|their|ongoing|continued|major|large|expected|forthcoming)\s+)*$/i;
/** Others' positions on a cut, and progress on one already decided: "the petition concerning closure of…", "progress with the closure plan". */
const ABOUT_OTHERS_BEFORE = /\b(?:petitions?|objections?|opposition|campaign|protests?|progress)\s+(?:concerning|against|opposing|about|relating to|regarding|to|on|with|over)\s+(?:(?:the|its|their|this|proposed)\s+)*$/i;
/** Guidance on how to cut, not a cut: "How to decommission public services…". */
const GUIDANCE_BEFORE = /(?:^\s*|\b)(?:how to|a guide to|guide to|guidance on|toolkit for)\s+(?:[\w-]+\s+){0,5}$/i;
/** An amount with no object ("a tapered reduction of 6.8% each year"): what is cut is named in the sentences before. */
const BARE_AMOUNT = /^\s+(?:of|by)\s+(?:up to |around |about |some |a further )?(?:£|\d)/i;
const PAST_ACTION =
  /\b(?:was|were|(?:has|have|had)(?: already| now| recently| since| previously| also)? been)\s+(?:\w+\s+)?(?:reduced|cut|ended|ceased|withdrawn|decommissioned|closed|terminated|removed|deleted|halved|discontinued|re-?provided|not renewed)\b|\b(?:has|have|had) (?:now |already |recently |since )?(?:closed|ceased|shut|stopped running)\b|(?<!\b(?:will|would|to|be|been|is|are|shall|may|might|could|should) )\b(?:closed|ended|ceased|shut) (?:(?:its|their) doors|permanently|for good|last (?:week|month|year)|earlier this (?:year|month)|at the end of last)\b/i;
/** "before any grant is reduced", "if a service closes": a rule about cuts, not a cut. */
const HYPOTHETICAL =
  /\b(?:before|if|where|whenever|when|should|unless)\s+(?:any|a|an)\s+(?:[\w-]+\s+){0,3}?(?:is|are|be|were|has been)\s+(?:\w+\s+)?(?:reduced|ended|cut|withdrawn|closed|decommissioned|ceased|terminated|changed)\b|\b(?:reduc\w*|end\w*|cut\w*|withdraw\w*|clos\w*|ceas\w*) any\b|\b(?:a|any|such a) (?:cut|reduction|closure|withdrawal|change)s? (?:would|could|might|may)\b|\b(?:stop|end|ceas|withdraw|reduc|clos)\w* only (?:if|when|where)\b|\b(?:before|prior to|without first)\s+(?:[a-z]+ing\s+(?:or|and|and\/or)\s+)?(?:reduc|end|cutt|withdraw|clos|ceas|decommission|terminat|stopp|chang|vary)ing\s+(?:(?:a|an|any|their|its)\s+)?(?:[\w-]+\s+)?(?:funding|grants?|contracts?|services?|support|agreements?)\b/i;
/**
 * "The consultation … closed", "the application window ends", "the MHCLG consultation on
 * homelessness funding, which closes…": a process ending, not a service.
 */
const PROCESS_SUBJECT = /\b(?:consultation|survey|meeting|period|window|applications?|bidding round|exhibition|event|call for evidence)\b(?:,?\s+[\w'’-]+){0,6},?\s+$/i;
/** "…consultation on closing the centre": there the process is about the cut, not its subject. */
const ABOUT_BEFORE = /\b(?:on|about|into|of|for)\s+$/i;
/**
 * A clause about cuts that may come, not a cut: "If the Council intends to end this agreement
 * early, or to reduce the grant, it will…", "Before deciding to end…", "Should funding be
 * withdrawn…". The clause runs from its opener to the first comma that does not carry on a
 * list ("…, or to reduce…").
 */
const CONDITIONAL_OPENER =
  /\b(?:if|unless|whenever|in the event (?:that|of)|in case|in (?:any )?cases? where|in circumstances where|by the time|until|till|as soon as|before deciding|before (?:any|a|the) (?:final )?decision|before (?:it|we|the council|the authority|the board|the trust|cabinet) (?:decides?|proposes?|considers?))\b|(?:^|[;:,(]\s*|^\s*(?:[-*•·▪◦‣–]|\(?[a-z0-9.]{1,6}\)?)\s+)(?:where|when|should)\b/gi;
const CLAUSE_ENDED = /,(?!\s*(?:or|and|nor|and\/or)\b)|[;:]|\s[–—]\s/;
/** "If Cabinet agrees to close the centre, …": the conditional is the proposal itself. */
const APPROVAL_CONDITION = /\b(?:agree[sd]?|approve[sd]?|accept(?:s|ed)?|endorse[sd]?|support(?:s|ed)?) (?:the |this |these )?(?:recommendations?|proposals?|to)\b|^\s*(?:agreed|approved|accepted)\s*$/i;
/** "any reduction", "any future decision to end": a rule about cuts, not one cut. */
const ANY_BEFORE = /\b(?:any|every|each)\s+(?:(?:future|proposed|planned|further|such|potential|possible|significant|decision to|proposal to|plan to|change to|changes to)\s+)*(?:[\w-]+,?\s+(?:or|and|and\/or)\s+)?$/i;
/** A proposal that will not go ahead: "Proposals to close two children's centres have been paused." */
const NOT_GOING_AHEAD =
  /\b(?:proposals?|plans?)(?: (?:to|for)(?: [\w'’-]+){1,12}?)? (?:ha(?:s|ve) (?:now )?been|was|were|(?:is|are) (?:now )?(?:being )?|will be) (?:now |temporarily )?(?:paused|dropped|shelved|put on hold|abandoned|rejected|withdrawn|scrapped|halted|suspended|reversed|overturned|set aside|not (?:be )?(?:taken forward|pursued|progressed))\b|\bwill not (?:now )?(?:go ahead|proceed|be taken forward|be pursued|be progressed)\b|\b(?:decided|agreed) not to (?:proceed|go ahead|pursue)\b|\b(?:defer|postpone|delay|pause|suspend)(?:s|ed|ing)? (?:the|a|any|its|their|this) (?:decision|proposals?|plans?) (?:to|on|about|for)\b/i;
/** An option set aside: "Closing the youth club was considered and rejected". */
const NOT_CHOSEN =
  /\b(?:was|were|has been|have been|is|are) (?:considered and |therefore |also |now )?(?:rejected|discounted|ruled out|dismissed|not (?:recommended|taken forward|pursued|preferred|supported))\b/i;
/**
 * Another body's act, not this one's: a charity giving the council notice, an organisation's
 * own decision to close, a response to someone else's consultation.
 */
const NOTICE_TO_US =
  /\b(?:given|gave|give|gives|giving|served) (?:the |this )?(?:council|authority|us|board|icb|commissioners?|local authority)\b[^.;]{0,40}?\bnotice\b|\bnotice to (?:the )?(?:council|authority)\b|\b(?:notified|told|informed|advised|warned|written to) (?:the )?(?:council|authority|us|commissioners?|local authority) (?:that )?(?:it|they|the (?:charity|trustees|organisation|group|provider|club))\b|\bwritten to [^.;]{1,80}? to give (?:[\w'’-]+ ){0,3}notice\b/i;
/**
 * "The trustees of Lyne Hearing Support, a small charity …, had decided to close the charity",
 * "The trustees have announced that the charity will close", "the charity will close on 30 April".
 */
const OWN_DECISION =
  /\b(?:our |the )?trustees\b[^.;]{0,40}?\band (?:have |had )?(?:decided|voted|agreed|resolved) (?:to|that)\b|\b(?:trustees|charity|management committee|(?:our|your) (?:management )?committee|our board|our members|the organisation|the group|the club|the provider|the association|the society|the congregation|the church)(?:'s|’s)?(?: board)?(?: of (?:the )?[^.;]{1,120}?)? (?:ha(?:s|ve) |had )?(?:(?:now|reluctantly|unanimously|sadly) )?(?:decided|voted|chosen|agreed|resolved|announced|confirmed)(?:,[^,.;]{1,40},)?(?: [\w-]+){0,3}? (?:to|that)\b|\bits own decision\b|\btheir own decision\b|\b(?:the|our) (?:charity|organisation|group|club|society|association|congregation)\b (?:will|is to|is going to|has to|must) (?:close|shut|wind up|fold|cease (?:trading|operating|to operate))\b/i;
/** Words for the body that wrote the paper, acting. */
/** "once the budget had been agreed", "after the decision", "when the final figures are known": later than now. */
const AFTER_SOMETHING = /\b(?:once|after|when|following)\b/i;
/** "had not been completed before the decision", "wasn't done ahead of the decision". */
const NOT_BEFORE_DECISION = /(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:completed|carried out|undertaken|done|finished|prepared)\s+(?:before|ahead of|prior to)\s+(?:the|a|any)\s+(?:final\s+)?decision/i;
/** A sentence that goes on about the assessment just named: "It will be finished …", "This will be published …". */
const CONTINUES = /^\W*(?:it|this|the assessment|the eqia|the eia)\s+(?:will|would|is|was|has|had)\b/i;
/** A question put in a meeting, answered in the next sentence. */
const REPORTED_QUESTION = /\b(?:asked|queried|enquired|wanted to know|sought assurance) (?:whether|if|when|what)\b/i;
/** The words that introduce an answer in minutes: "The Director replied that", "In response, officers confirmed that". */
const REPLIED = /^.{0,80}?\b(?:replied|responded|answered|explained|confirmed|advised|said)(?: that)?\s+/i;
/** A subject that denies the cut: "No appointments or services are being reduced", "None of the centres will close". */
const NO_SUBJECT_BEFORE = /(?:^|[.;:]\s*|\b(?:and|but)\s+)(?:no|none of the)\s+(?:[\w'’-]+\s+){1,5}(?:is|are|will|would|shall)\s+(?:be\s+)?(?:being\s+)?$/i;
/** A staff post as the subject of a passive cut: "whose post is deleted", "roles will be reduced". */
const STAFF_SUBJECT_BEFORE = /\b(?:posts?|roles?|jobs?|positions?|staff)\s+(?:is|are|was|were|will be|would be|to be|being|has been|have been|could be|may be|might be)\s+$/i;
/** An account saying the funder did not look at the impact: "it had not looked at what ending the grant would mean". */
const NOT_LOOKED_AT =
  /\b(?:had|has|have|did)(?: not|n['’]t) (?:yet )?(?:looked at|considered|assessed|thought about|carried out (?:an?|any)\b|done (?:an?|any)\b|made (?:an?|any)\b)|\bwithout (?:looking at|considering|assessing)\b|\b(?:none|no (?:[\w-]+ ){0,3}?assessment) (?:was|were|had been|has been|have been) (?:carried out|done|made|completed|undertaken)\b/i;
/** An account of what the funder said: "the ICB told us that", "we were informed that", "the council wrote to say". */
const TOLD_US = /\b(?:told|informed|notified|advised|wrote to) (?:us|our (?:charity|trustees|chair|organisation))\b|\bwe (?:were|have been) (?:told|informed|notified|advised)\b|\bwrote to say\b/i;
/** The funder named as the one acting, when the writer is the funded organisation. */
const FUNDER_ACTS = /\b(?:(?:the|your) (?:council|authority|icb|trust|cabinet|department)|commissioners?)\b/i;
/** A public body named as acting, without "we" (when "we" is the organisation writing). */
const PUBLIC_BODY = /\b(?:council|cabinet|executive|committee|authority|icb|integrated care board|nhs trust|the trust|department|commissioners?)\b/i;
const THIS_BODY = /\b(?:council|cabinet|executive|committee|authority|board|icb|trust|we|our|us|members|officers|recommend\w*|propos\w*)\b/i;
const OTHER_BODYS_CONSULTATION =
  /\b(?:[Rr]espon(?:se|d|ded|ding|ds)|[Rr]epl(?:y|ied)|[Ss]ubmission|[Cc]omments?) (?:to|on) (?:the |a |an |its |this )?(?:[\w'’-]+ ){0,5}?(?:[Cc]onsultation|[Rr]eview|[Cc]all for evidence|[Ii]nquiry|[Ww]hite [Pp]aper|[Gg]reen [Pp]aper)\b|\b[Tt]he (?:county|city|district|borough|parish|town) council (?:is|are|has been) (?:now |currently |also )?(?:consulting|asking for views)\b|\b(?:[Gg]overnment|[Mm]inistry|[Dd]epartment|[Mm]inister|[Ss]ecretary of [Ss]tate|[A-Z]{3,6})(?:'s|’s)? (?:[\w-]+ ){0,3}?[Cc]onsultation (?:on|about|into)\b/;
/** A question already put: "We asked whether you agreed with our plan to …", "we asked people what they thought of". */
const ASKED_BEFORE = /\b(?:we|the council|the board|the icb|the trust) asked\b[^.;]{0,40}?\b(?:whether|if|what|how)\b|^\s*whether (?:you|people|residents) (?:agreed|supported|thought)\b/i;
/** This body giving or extending something, before "replacing …". */
const GIVES_MORE_BEFORE = /\b(?:will|would|shall|to|is to|are to)\s+(?:give|offer|provide|extend|increase|expand|double|lengthen)\b[^.;]*$/i;
/** Things renewed, not services re-provided: "replace equipment at 12 play areas", "replace the boilers". */
const RENEWAL_AFTER = /^\s+(?:(?:the|its|our|their|old|worn|ageing|existing)\s+){0,2}(?:[\w-]+\s+)?(?:equipment|windows|roofs?|boilers?|lighting|light bulbs|bulbs|fittings|furniture|vehicles?|fleet|computers?|signs?|signage|surfaces?|flooring|carpets?|toilets? blocks?)\b(?!\s+(?:services?|schemes?|loans?|stores?))/i;
/** A replacement that is bigger or longer: "with three-year grants", "with longer agreements". */
const LONGER_AFTER = /^[^.;]{0,60}?\bwith (?:[\w-]+ )?(?:longer|larger|bigger|more|extra|additional|increased|(?:two|three|four|five|multi|[2-5])-year)\b/i;
/** "…not to renew it": the object is in the sentence before. */
const PRONOUN_OBJECT = /^\s+(?:it|them)\b|^\s+both(?=\s*(?:[.,;:)]|$|\s+(?:to|by|from|in|at|on|and|or|with|for|when|after|before|altogether|entirely|completely|permanently)\b))|^\s+(?:this|these|those|that)(?=\s*(?:[.,;:)]|$|\s+(?:to|by|from|in|at|on|and|or|with|for|when|after|before|altogether|entirely|completely)\b))/i;
/** "will not be reduced", "no reduction": a cut ruled out. */
const NEGATION_BEFORE = /\b(?:no|not|never|nor|without)\s+(?:[\w-]+\s+){0,3}$/i;
/** Budget tables (Markdown rows, tab-separated columns) list figures, not proposals. */
const TABLE_LINE = /^\s*\||\t.*\t/;
const LINE_ITEM_BREAK = /\n(?=[ \t]*(?:\(?(?:\d{1,3}|[ivx]{1,5}|[a-z])\)|\d{1,3}\.(?!\d)|[-*•·▪])[ \t]*\S)/g;
/** A table row: cells parted by "|" or tabs. */
const TABLE_ROW = /\|.*\||\t.*\t/;

// ---- Assessment wording --------------------------------------------------------------

/** "has been completed", "was carried out": the assessment exists. */
const DONE_AUX =
  /\b(?:has|have|had|was|were|did)\s+(?:now |already |also |recently )?(?:been )?(?:include|contain|completed|carried out|undertaken|prepared|produced|done|written|published|attached|appended|updated|conducted|drafted|reviewed|refreshed)\b/i;
/** "is attached", "at Appendix B", "found that…": an assessment referred to as existing. */
const DONE_WEAK =
  /\b(?:(?:is|are) (?:attached|appended|enclosed|included|set out|summarised|available|provided|published|shown|given|listed|linked|at)|(?:at|in|see) (?:appendix|annex)|(?:appendix|annex) [a-z0-9]{1,3}\b|found|finds|identified|identifies|concluded|concludes|shows?|showed|highlights?|highlighted|indicates?|indicated|sets out|accompanies|informed (?:this|these|the) (?:report|recommendations?|proposals?))\b/i;
/** "after the decision", "being developed", "in due course": the assessment comes too late. */
const STRONG_DEFER =
  /\b(?:being (?:developed|prepared|drafted|completed|undertaken|carried out|written)|(?:after|following|once) (?:the |a |this |its |their )?(?:(?:cabinet|council|board|committee|executive|members|councillors|icb|trust|panel)(?:'s|’s|')? )?(?:final )?decisions?|(?:after|following|once) (?:the )?(?:proposals?|recommendations?|decision|changes?) (?:is|are|has been|have been) (?:agreed|approved|made|taken|implemented)|yet to be|not yet (?:been )?(?:completed|finished|finalised|published|available|ready|signed off|approved|written|drafted)|in due course|at a later (?:date|stage)|as part of (?:the )?(?:implementation|mobilisation|transition)|during (?:the )?(?:implementation|mobilisation|transition)|(?:after|following|once) (?:the )?(?:board|cabinet|committee|council|members|councillors) (?:has |have )?(?:made|taken|reached) (?:its|their|a|the) (?:final )?decision|to follow|will follow|in development|under development|in preparation|in progress|being finalised|under way|underway|will be informed by|(?:reported|presented|brought|submitted|taken|considered|come back) (?:back )?to (?:the|a|an)(?: [\w'’]+){0,2}? (?:next|future|later|subsequent|following) (?:meeting|committee|cabinet|board)|post-implementation review|picked up (?:in|as part of|through|during|at|by)|later (?:in|this) (?:the )?year|as part of (?:the|a) (?:wider|future|forthcoming|later|planned|next|broader) (?:[\w-]+ )?review|(?:approv\w*|agree\w*|decision|decided)[^.]{0,40}subject to (?:an? |the )?(?:equality |full )?(?:impact assessments?|eq?ias?))\b/i;
/** Plain future ("will be completed"): deferred, unless it is promised before a final decision. */
const FUTURE = /\b(?:will|shall|is to|are to|to be|should be|would be|plan(?:s|ned)? to|intends? to)\b/i;
/** "before any final decision is made": fine for a decision to consult. */
const DECISION_VERB = String.raw`(?:decides?|makes? (?:a|its|their|the|any) (?:final )?decision|takes? (?:a|its|their|the|any) (?:final )?decision|reach(?:es)? (?:a|its|their|the|any) (?:final )?decision|comes? to (?:a|its|their|the|any) (?:final )?decision|votes?|is asked to (?:decide|agree|approve))`;
/**
 * The assessment comes first: "before deciding", "ahead of any decision", "before the Board's
 * decision", "before the ICB Board makes a decision". The decider is any short name ("we",
 * "Cabinet", "the ICB Board", "the Health and Wellbeing Board").
 */
const BEFORE_DECISION = new RegExp(
  // "published with the report to Cabinet, which will make the final decision": the assessment
  // goes to the people who decide, with the paper they decide on.
  String.raw`\b(?:with|alongside|in|as part of|attached to) (?:the |our |a )?(?:report|papers?|recommendations?) (?:to|for|going to|that goes to|considered by) (?:the )?(?:[\w&-]+ ){0,3}?(?:cabinet|council|committee|board|executive|members|councillors|panel|decision[- ]makers?|mayor|portfolio holder|cabinet member)\b|\bno decision will be (?:made|taken) (?:before|until)\b|` +
  String.raw`\bbefore deciding\b|\b(?:before|prior to|ahead of|to inform) (?:a|the|any) (?:final )?decisions?(?! is implemented| is put into effect)|\b(?:before|prior to|ahead of) (?:the |our )?(?:[\w&-]+ ){0,4}[\w&-]+(?:['’]s?)? (?:final )?decision\b|\bbefore (?:we|it|they|(?:the |our )?(?:[A-Z][\w&-]*|and|of|for) ?(?:(?:[A-Z][\w&-]*|and|of|for) ){0,5}|(?:the )?(?:council|committee|board|trust|icb|authority|partners?|members|councillors)) ?${DECISION_VERB}`,
  'i',
);
/** Asking people how a proposal would affect them, in a consultation still open: evidence gathered before the decision. */
const ASKS_ABOUT_IMPACT =
  /\b(?:want|would like|are asking for|are seeking|welcome|invite|(?:please )?tell us)\b[^.]{0,80}?\b(?:views?|comments|feedback|to (?:understand|know|hear|find out)|how|what)\b[^.]{0,80}?\b(?:impacts?|affect(?:s|ed)?|effects?)\b/i;
/** "No EqIA has been undertaken", "has not been carried out". */
const NEGATED_NAME =
  /\bno (?:evidence|sign|record|indication|mention) (?:that|of) (?:an?|any|the)\b|\bno (?:full |formal |separate |detailed |specific )?(?:eqia|equalit(?:y|ies) (?:impact )?(?:assessment|analysis)|impact assessment|integrated impact|community impact)|\b(?:has|have|had|was|were|is|are)(?: not|n['’]t) (?:yet )?(?:been )?(?:completed|carried out|undertaken|prepared|produced|done|conducted)|\b(?:did not|didn['’]t) (?:carry out|complete|undertake|do|prepare|conduct)\b|\bwithout (?:an? |any )?(?:eqia|equality|impact assessment|integrated)/i;
/** "not required", "N/A", "no equality implications", "EqIA – none required". */
const DISMISS =
  /\bnot (?:applicable|required|needed|necessary|relevant|considered necessary|appropriate)\b|\bn\/a\b|\bno (?:direct |specific |significant |particular )?(?:equalit(?:y|ies) )?(?:implications|issues)\b|(?:^|\s|:)[:\-–—]?\s*none (?:required|needed|necessary)\b|[:\-–—]\s*(?:none|nil|n\/a)\b|\bno (?:need|requirement) (?:for|to)|\bno (?:eqia|eia|ehia|assessment|equality (?:impact )?assessment)s? (?:is |was |were )?(?:needed|required|necessary)\b/i;
/** "There are no equality implications", "Equality implications: None" written in a sentence. */
const EQUALITY_WORDS = String.raw`(?:equalit(?:y|ies)(?:,? diversity)?(?: and (?:diversity|inclusion|human rights))?|EDI|ED&I|E&D|diversity)`;
const EQUALITY_NONE = new RegExp(
  String.raw`\b(?:(?:there are|there is|this report has|the (?:report|proposals?|recommendations?) (?:has|have|raise)) no (?:direct |specific |significant |particular |known )?${EQUALITY_WORDS} (?:implications|issues|impacts?|considerations)|no ${EQUALITY_WORDS} (?:implications|issues|impacts?) (?:arise|have been identified|are anticipated)|${EQUALITY_WORDS} (?:implications|issues|impacts?)\s*(?::|[-–—]|are|is)\s*(?:none|nil|n\/a|not applicable)\b|${EQUALITY_WORDS} (?:implications|issues|impacts?)(?: of [^.]{0,40}?)? and (?:there (?:are|were)|found|identified) none|(?:impacts?|effects?) on (?:[\w'’-]+ ){0,3}?(?:service users|users|people|residents|beneficiaries|clients|communities|the community|groups|volunteers)\s*(?::|[-–—])\s*(?:none|nil|n\/a|not applicable)\b)`,
  'i',
);
/** "No negative impacts are anticipated": an impact waved away without saying on whom or why. */
const NO_IMPACTS_EXPECTED =
  /\b(?:do|does|did) not (?:expect|anticipate|foresee|envisage|think there will be) (?:any |there to be any )?(?:adverse |negative |significant |disproportionate )?(?:equalit(?:y|ies) )?(?:impacts?|effects?)\b|\bno (?:adverse |negative |significant |disproportionate |differential |detrimental )?(?:equalit(?:y|ies) )?(?:impacts?|effects?)(?: (?:on|for) [\w ,-]{1,40}?)? (?:are |is |have been |has been )?(?:anticipated|expected|identified|foreseen|likely|envisaged|arise)\b/i;
/**
 * The question asked and waved away in one breath: "We have considered whether this change
 * raises any equality issues and do not consider that it does", "We do not believe the
 * change will affect anyone with a protected characteristic".
 */
const IMPACT_DENIED =
  /\b(?:do|does|did) not (?:consider|think|believe|expect|anticipate|feel)\b[^.;]{0,60}?\b(?:it|this|they|these|that|the (?:change|changes|proposal|proposals|decision|reduction))\b[^.;]{0,40}?\b(?:does|do|will|would|raises?|has|have|is|are|affects?|impacts?)\b/i;
const ABOUT_EQUALITY = /\bequalit|\bimpact|\baffect|\bprotected characteristic/i;
/** "The equality implications are set out in Appendix D". */
const EQUALITY_CONSIDERED =
  /\bequalit(?:y|ies) (?:implications|issues|impacts?|considerations) (?:of (?:the|these|this) (?:proposals?|recommendations?|decision) )?(?:are|is|have been|has been|were|was) (?:set out|considered|assessed|summarised|addressed|described|detailed|covered|identified|explained)\b/i;
/** An assessment promised in words rather than named: "we will assess the equality impact of the proposals". */
const WILL_ASSESS =
  /\b(?:will|shall|are going to|is going to|intends? to|plans? to)\s+(?:then\s+|also\s+|fully\s+)?(?:assess|look at|consider|review|analyse|examine|understand)\s+(?:the\s+|any\s+|their\s+)?(?:equalit(?:y|ies)\s+)?(?:impacts?|effects?|implications)\s+(?:of|on|for)\b/i;
/** Due regard actually paid: "officers have had due regard", "the Council has considered its duties". */
const PSED_CONSIDERED =
  /\b(?:(?:has|have|had|having) (?:had|paid|given)|paying|giving) (?:due )?regard|\bhave been (?:considered|assessed|taken into account)|\b(?:has|have) (?:considered|assessed|taken into account)\b|\bofficers (?:consider|have concluded|are satisfied)/i;
/** The duty stated as a duty ("must have due regard"): shows it exists, not that it was met. */
const DUTY = /\b(?:must|should|shall|is required to|are required to|needs? to|has a duty to|have a duty to|a duty to|obliged to|requires)\b/i;
/** What consultees said about the impact is evidence for an assessment, not the assessment. */
const REPORTED_SPEECH =
  /\b(?:respondents?|responses|consultees|told us|said that|commented|were concerned|raised concerns?|concerns? (?:was|were) raised|asked|queried|questioned|enquired|wanted to know)\b/i;
/** "The impact on users will be assessed": an assessment in words, put off. */
const WORDS_DEFER =
  /\b(?:(?:will|would|to) be (?:assessed|considered|explored|understood|reviewed|looked at|analysed|examined|monitored)|will (?:assess|consider|review|explore|examine|look at|analyse|monitor)|in order to understand)\b/i;
/** Signs that a sentence about impact on people weighs it (a prediction, a number, mitigation). */
const WORDS_ASSESSING =
  /\b(?:would|will|could|may|might|likely|expected|assess(?:ed|ment)|analys(?:is|ed)|mitigat\w*|disproportionate\w*|adverse\w*|negative\w*|identified|estimated|alternative|affected|\d+)\b/i;
/** "There will be no impact on service users": a dismissal unless the sentence shows the impact was assessed (SHOWS_ASSESSED). */
const NO_IMPACT =
  /\b(?:make|makes|made|would make|will make) (?:no|little) (?:real |significant |material |great )?difference to\b|\b(?:do|does|did) not (?:anticipate|expect|think|believe|foresee)(?: that)? (?:this|it|the (?:change|changes|reduction|cut|decision)) (?:will|would) (?:adversely |significantly |negatively )?(?:impact|affect)\b|\bno (?:direct |specific |significant |particular |negative |adverse )?implications for\b|\b(?:no|not (?:[\w-]+ ){0,10}?any|without any) (?:adverse |negative |significant |disproportionate |differential |detrimental )?(?:impacts?|effects?) on\b|\bnot (?:be )?(?:considered|expected|anticipated|likely|thought|believed|judged|felt|deemed) to (?:have|cause|result in) (?:a |an |any )?(?:adverse |negative |significant |disproportionate |differential |detrimental )?(?:impacts?|effects?)\b|\b(?:will|would|should) not (?:be )?(?:adversely |significantly |disproportionately )?affect(?:ed)?\b/i;
/**
 * A claim of no impact counts as an assessment only when the sentence shows the impact was
 * looked at: an assessment named, or what was found. A one-line reason ("as alternative
 * provision exists", "as the service will continue elsewhere") is still a claim: every blind
 * writer who met it labelled it waved away, and docs/accuracy-labelling.md now says so.
 */
const SHOWS_ASSESSED =
  /\b(?:assess(?:ed|ments?)|eqias?|ehias?|eqhias?|eias?|analys(?:is|ed)|screening|found|concluded|showed|shows|reviewed|looked at)\b/i;

/**
 * Every per-sentence reading in findMentions needs one of these words, so a sentence without
 * any is skipped after one scan instead of eight (most sentences of a paper have none).
 */
const MIGHT_MENTION = new RegExp(String.raw`equalit|eqia|ehia|eqhia|\beias?\b|assess|\bEDI\b|ED&I|E&D|diversity|means? for|implications for|difference to|${IMPACT_RE.source}|${PSED.source}`, 'i');
const ANYONE_RE = new RegExp(String.raw`\b(?:${alternatives(ANYONE)}|${alternatives(PEOPLE)})\b`, 'i');
/** An assessment named in plain words ("an assessment would be brought to the next meeting"), not another kind of assessment. */
const SOME_ASSESSMENT = /\b(?:assessments?|assessed|assess|looked at|considered|reviewed)\b/i;
/** The opening of a notice to the body's own staff. */
const ADDRESSED_TO_STAFF = /^\W*(?:(?:to|for)\s*:?\s+(?:all\s+)?(?:staff|colleagues|employees|team members)\b|dear (?:colleagues|all staff)\b|staff (?:briefing|notice|bulletin|announcement)\b)/im;
/** What such a notice is about: the staff's employment. */
const EMPLOYMENT = /\b(?:notice period|redeploy\w*|redundan\w*|your (?:contract|employment|post|role|job)|consultation with (?:staff|unions?|trade unions?)|HR)\b/;
const BARE_ASSESSMENT_DONE =
  /\b(?:that|this|the|our|an?|its|their) (?:[\w-]+ )?assessments? (?:is|are|was|were|has been|have been) (?:enclosed|attached|appended|published|included|available|listed|linked)\b|\bthe (?:[\w-]+ )?assessments? (?:is|are) (?:listed|linked|available) (?:below|above|at|on|here)\b/i;
const OTHER_KIND_OF_ASSESSMENT = /\b(?:risk|financial|health and safety|fire|technical|needs|care|building|condition|structural|quality|data protection|privacy|environmental|traffic) assessments?\b/i;

// ---- Sentences -----------------------------------------------------------------------

/** Where one sentence ends and the next begins: ". " before a capital, unless after a short abbreviation. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])/g;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|approx|no|nos|para|paras|cf|vs|st|dr|mr|mrs|ms|cllr|ref)\.$/i;

/**
 * The paper's sentences, over the whole document. We split the engine's blocks (paragraphs,
 * headings, list items) ourselves rather than take the parser's sentences: the parser keeps
 * "by 25 per cent. An assessment…" together, and a proposal and the assessment after it must
 * be told apart. Working from the text, not the tree, also lets a very large paper that the
 * engine lints in parts be judged as one paper.
 */
function sentencesOf(text: string, blocks: readonly Block[], headingAt: (offset: number) => boolean): Sentence[] {
  const spans: Sentence[] = [];
  const joined = joinWrappedLines(text, blocks, headingAt);
  for (let index = 0; index < joined.length; index++) {
    const block = joined[index]!;
    const value = block.text;
    const start = block.offset;
    // (Tested on the block's first characters: a pattern led by ^ is still tried all along a long string.)
    const listItem = LIST_ITEM_MARK.test(value.slice(0, 16)) && !headingAt(start);
    // The rows of a table are read one by one: a row is not a sentence that runs into the next.
    const pieces =
      (value.includes('|') || value.includes('\t')) && value.split('\n').some((line) => TABLE_ROW.test(line))
        ? linesWithOffsets(value)
        : value.includes('\n')
          ? listLines(value)
          : [{ at: 0, text: value }];
    for (const piece of splitAfterHeadingLine(pieces, start, headingAt)) {
      const part = piece.text;
      const offset = start + piece.at;
      let from = 0;
      SENTENCE_BREAK.lastIndex = 0;
      for (let match = SENTENCE_BREAK.exec(part); match; match = SENTENCE_BREAK.exec(part)) {
        const stop = match.index + match[0].trimEnd().length;
        if (ABBREVIATION.test(part.slice(Math.max(0, stop - 8), stop))) continue;
        if (stop > from) spans.push({ start: offset + from, end: offset + stop, text: part.slice(from, stop), block: index, listItem });
        from = match.index + match[0].length;
      }
      const rest = part.slice(from).trimEnd();
      if (rest.trim().length > 0) spans.push({ start: offset + from, end: offset + from + rest.length, text: rest, block: index, listItem });
    }
  }
  return spans;
}

/**
 * A heading line with its text straight under it and no blank line between ("Equality
 * implications\nA full assessment will be completed…") is one block to the engine; the
 * heading is not part of the first sentence, or that sentence would be read as a heading.
 */
function splitAfterHeadingLine(
  pieces: { at: number; text: string }[],
  blockStart: number,
  headingAt: (offset: number) => boolean,
): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  for (const piece of pieces) {
    const newline = piece.text.indexOf('\n');
    const next = newline + 1;
    if (newline !== -1 && headingAt(blockStart + piece.at) && next < piece.text.length && !headingAt(blockStart + piece.at + next)) {
      out.push({ at: piece.at, text: piece.text.slice(0, newline) }, { at: piece.at + next, text: piece.text.slice(next) });
    } else out.push(piece);
  }
  return out;
}

/** A block split before each line that starts a numbered or bulleted point ("2)To note…", "(b) that…"). */
function listLines(value: string): { at: number; text: string }[] {
  const pieces: { at: number; text: string }[] = [];
  let from = 0;
  LINE_ITEM_BREAK.lastIndex = 0;
  for (let match = LINE_ITEM_BREAK.exec(value); match; match = LINE_ITEM_BREAK.exec(value)) {
    pieces.push({ at: from, text: value.slice(from, match.index) });
    from = match.index + 1;
  }
  pieces.push({ at: from, text: value.slice(from) });
  return pieces;
}

function linesWithOffsets(value: string): { at: number; text: string }[] {
  const lines: { at: number; text: string }[] = [];
  let at = 0;
  for (const line of value.split('\n')) {
    lines.push({ at, text: line });
    at += line.length + 1;
  }
  return lines;
}

/**
 * A table whose header names an equality assessment ("Change | Organisation | … | Equality
 * impact") answers the question row by row: the cell of each row is what the paper says
 * about the impact of that row's change ("To follow", "Completed, see Appendix 3", "Not
 * needed"). Each answer is keyed by the start of its row's line.
 */
function tableRowAnswers(text: string): Map<number, Mention> {
  const answers = new Map<number, Mention>();
  // The table being read: where its last row ended, and its equality column (-1: none).
  let table: { end: number; column: number; header: string; width: number } | null = null;
  const marks = cellMarks(text);
  for (let at = marks(0); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    at = marks(end);
    // A table is unbroken rows: a line between ends it.
    if (table && start !== table.end + 1) table = null;
    if (!TABLE_ROW.test(line)) {
      table = null;
      continue;
    }
    if (/^[\s|:-]+$/.test(line)) {
      if (table) table.end = end; // a Markdown rule under the header
      continue;
    }
    const cells = cellsOf(line);
    if (!table) {
      const column = cells.findIndex((cell) => /\bequalit|\beq?h?ia\b|\bimpact assessment/i.test(cell));
      table = { end, column, header: column === -1 ? '' : cells[column]!, width: cells.length };
      continue;
    }
    table.end = end;
    if (table.column === -1 || cells.length !== table.width) continue;
    const cell = cells[table.column]!.replace(/\*\*|__/g, '').trim();
    const status = cellStatus(cell);
    if (status) answers.set(start, { status, start, end, text: quote(`${table.header}: ${cell}`) });
  }
  return answers;
}

/** A column of this year's sums, and one of next year's: "Current award" and "Proposed award", "2025/26" and "2026/27". */
const CURRENT_COLUMN = /\b(?:current|existing|present|this year|previous|last year|old)\b/i;
const PROPOSED_COLUMN = /\b(?:proposed|new|next year|revised|future|recommended)\b/i;
const YEAR_COLUMN = /\b(20\d\d)\s*[/-]\s*\d{2,4}\b/;

/**
 * The rows of a table of sums whose proposed sum is lower than the current one ("| G11 |
 * £36,000 | £24,000 |"): each is a cut, though no word in the row says so. Keyed by the start
 * of the row's line, as tableRowAnswers' answers are.
 */
function loweredRows(text: string): Set<number> {
  const lowered = new Set<number>();
  let columns: { current: number; proposed: number; width: number } | null = null;
  let previousEnd = -2;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (!TABLE_ROW.test(line)) columns = null;
    else if (!/^[\s|:-]+$/.test(line)) {
      const cells = cellsOf(line);
      if (!columns || start !== previousEnd + 1) {
        const years = cells.map((cell) => Number(YEAR_COLUMN.exec(cell)?.[1] ?? NaN));
        const yearColumns = years.map((year, at) => (Number.isNaN(year) ? -1 : at)).filter((at) => at !== -1);
        let current = cells.findIndex((cell) => CURRENT_COLUMN.test(cell));
        let proposed = cells.findIndex((cell) => PROPOSED_COLUMN.test(cell) && !CURRENT_COLUMN.test(cell));
        if ((current === -1 || proposed === -1) && yearColumns.length === 2 && years[yearColumns[0]!]! < years[yearColumns[1]!]!) [current, proposed] = yearColumns as [number, number];
        columns = current !== -1 && proposed !== -1 && current !== proposed ? { current, proposed, width: cells.length } : null;
      } else if (cells.length === columns.width) {
        const [was, will] = [sumsIn(cells[columns.current]!)[0], sumsIn(cells[columns.proposed]!)[0]];
        if (was !== undefined && will !== undefined && will < was) lowered.add(start);
      }
    }
    previousEnd = end;
    start = end + 1;
  }
  return lowered;
}

/** A function giving the next "|" or tab at or after an offset (or -1), each searched for once per stretch of text. */
function cellMarks(text: string): (from: number) => number {
  let bar = -2;
  let tab = -2;
  return (from) => {
    if (bar !== -1 && bar < from) bar = text.indexOf('|', from);
    if (tab !== -1 && tab < from) tab = text.indexOf('\t', from);
    if (bar === -1) return tab;
    if (tab === -1) return bar;
    return Math.min(bar, tab);
  };
}

function cellsOf(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(trimmed.includes('|') ? '|' : '\t').map((cell) => cell.trim());
}

/** What one table cell says about the assessment, or null when it says nothing readable. */
function cellStatus(cell: string): Status | null {
  if (cell.length === 0 || DISMISSIVE_BODY.test(cell) || DISMISSIVE_START.test(cell) || /^(?:no\b|not (?:needed|required|necessary))/i.test(cell)) return 'dismissed';
  if (BEFORE_DECISION.test(cell)) return 'planned';
  if (DEFERRING_BODY.test(cell) || STRONG_DEFER.test(cell) || FUTURE.test(cell)) return 'deferred';
  if (/\b(?:yes|complete[ds]?|done|attached|appended|undertaken|carried out|see (?:appendix|annex)|appendix|annex)\b/i.test(cell)) return 'done';
  return null;
}

/**
 * Text from a PDF wraps sentences over short lines with no blank line between them, and the
 * engine's block splitter keeps each short line apart. Join a line to the next when nothing
 * separates them but a line break, the first does not end a sentence, and neither is a heading
 * or the start of a numbered point.
 */
function joinWrappedLines(text: string, blocks: readonly Block[], headingAt: (offset: number) => boolean): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    const gap = previous ? text.slice(previous.offset + previous.text.length, block.offset) : '';
    const continues =
      previous !== undefined &&
      /^[ \t]*\r?\n[ \t]*$/.test(gap) &&
      !/[.!?:;]["”’)]?\s*$/.test(previous.text) &&
      !headingAt(previous.offset) &&
      !headingAt(block.offset) &&
      !TABLE_ROW.test(block.text) &&
      !TABLE_ROW.test(previous.text.slice(previous.text.lastIndexOf('\n') + 1)) &&
      !/^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z]\)|[-*•|])\s/.test(block.text);
    if (continues) joined[joined.length - 1] = { ...previous, text: text.slice(previous.offset, block.offset + block.text.length) };
    else joined.push(block);
  }
  return joined;
}

/**
 * TABLE_LINE needs a "|" or a tab in the line. Where those are is found once, so the line
 * around each sentence is cut out and tested only when it holds one (most papers have
 * none): slicing every sentence's line and testing it cost ~5 ms per MB.
 */
function mayHoldTableMark(text: string): (offset: number) => boolean {
  const marks: number[] = [];
  for (const mark of ['|', '\t']) for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) marks.push(at);
  if (marks.length === 0) return () => false;
  marks.sort((a, b) => a - b);
  return (offset) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    // The first mark at or after the line's start: is it before the line's end?
    let low = 0;
    let high = marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (marks[middle]! < start) low = middle + 1;
      else high = middle;
    }
    return low < marks.length && marks[low]! < end;
  };
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/** Leading paragraph numbers and bullets are not part of the proposal's words. */
function withoutNumbering(span: Span): Span {
  const lead = /^\s*(?:(?:\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|\(?(?:[a-z]|[ivx]{1,5})\)|[-*•])\s+)*/i.exec(span.text)![0].length;
  const trail = span.text.length - span.text.trimEnd().length;
  return { start: span.start + lead, end: span.end - trail, text: span.text.slice(lead, span.text.length - trail) };
}

/**
 * A test "is this offset inside one of these spans?", answered by binary search so a long
 * paper with hundreds of headings stays fast. Nested spans are merged first.
 */
function withinAny(spans: readonly { start: number; end: number }[]): (offset: number) => boolean {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (offset) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = merged[middle]!;
      if (offset < span.start) high = middle - 1;
      else if (offset >= span.end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

function quote(value: string, limit = 240): string {
  const flat = value.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}

// ---- Pass 1: proposals ---------------------------------------------------------------

/** Clause boundaries: an object across one of these belongs to another clause. */
function clauseWindow(value: string, fromEnd: boolean): string {
  const parts = value.split(/[;:]|\s[–—]\s/);
  return fromEnd ? parts[parts.length - 1]! : parts[0]!;
}

/** Is the action at `at` inside a conditional clause ("If the Council intends to end…")? */
function inConditional(sentence: string, at: number): boolean {
  CONDITIONAL_OPENER.lastIndex = 0;
  let opener: RegExpExecArray | null = null;
  for (let match = CONDITIONAL_OPENER.exec(sentence); match && match.index < at; match = CONDITIONAL_OPENER.exec(sentence)) {
    opener = match;
    if (match[0].length === 0) CONDITIONAL_OPENER.lastIndex++;
  }
  if (!opener) return false;
  // "If, after that review, the council proposes to …": an aside straight after the opener does not end its clause.
  const clause = sentence.slice(opener.index + opener[0].length, at).replace(/^\s*,[^,;:]{1,60},/, ' ');
  // "where grants have been reduced or discontinued" in a record of decisions tells of cuts made, not of cuts that may come.
  if (/\b(?:where|when)\s*$/i.test(opener[0]) && /\b(?:have|has) been\b|\bwere\b/i.test(sentence.slice(opener.index, at + 40))) return false;
  return !CLAUSE_ENDED.test(clause) && !APPROVAL_CONDITION.test(clause);
}

/** What around a sentence bears on whether it is a proposal. */
export interface ProposalContext {
  /** It sits under a Recommendations heading. */
  recommended?: boolean;
  /** It is a list item under a lead-in that proposes ("To balance the budget we are proposing:"). */
  leadIn?: boolean;
  /** The sentences just before (nearest last), for "…decided not to renew it". */
  previous?: readonly string[];
  /** It is a heading. */
  heading?: boolean;
}

/**
 * A cut told and then undone in the next sentences of the same paragraph: "… told the lunch
 * club its grant would stop after four weeks. … the grant was continued so that the club had
 * three months' notice." A review of the year, or minutes, reporting a cut that did not happen.
 */
const CUT_REVERSED =
  /\b(?:(?:grants?|funding|services?|contracts?|agreements?|decisions?|cuts?|proposals?) (?:was|were|has been|have been|had been) (?:continued|reinstated|restored|reversed|overturned|withdrawn|dropped)|(?:reversed|overturned|withdrew|dropped|reinstated|restored) (?:the|its|their|this|that) (?:decision|cut|proposal|grant|funding))\b/i;

function reversedAfter(sentences: readonly { text: string; block: unknown }[], index: number): boolean {
  const block = sentences[index]!.block;
  for (let next = index + 1; next <= index + 2 && next < sentences.length; next++) {
    if (sentences[next]!.block !== block) return false;
    if (CUT_REVERSED.test(sentences[next]!.text)) return true;
  }
  return false;
}

/**
 * Right after "close": a closure for a while ("for a refit", "over Christmas", "for two weeks",
 * "from 9 to 20 March", "temporarily"), which ends and gives people their service back.
 */
const TEMPORARY_AFTER =
  /^[^.;]{0,40}?\b(?:temporarily|for (?:a |the |its |their )?(?:refit|refurbishment|repairs?|maintenance|redecoration|decoration|building work|works|renovation|improvements|holidays?|christmas|easter|summer break|bank holiday|training day|staff training|half[- ]term|the day|the afternoon|the morning)|for (?:one|two|three|four|a few|\d{1,2}) (?:days?|weeks?)|over (?:christmas|easter|the (?:holidays?|bank holiday|summer|new year))|while (?:repairs|work|works|the (?:building|roof|kitchen)))\b|^\s+(?:for [^.;]{1,30} )?from \d{1,2}(?:st|nd|rd|th)? (?:to|until|till|[-–]) \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\b/i;

/** Does this sentence propose to cut or end something people rely on? */
export function isProposal(written: string, context: ProposalContext = {}): boolean {
  // Text from a PDF spaces words unevenly ("close   monitoring"): read it with single spaces.
  // Hurried emails contract ("we're not renewing the SLA"): read the words in full.
  const sentence = withoutContractions(/\s\s|[\n\t]/.test(written) ? written.replace(/\s+/g, ' ') : written);
  // Minutes record decisions in the past tense ("AGREED that the grant be reduced"), but a
  // decision in a past year ("in 2019 the council agreed to…") is still history.
  let decision: boolean | undefined;
  ACTION.lastIndex = 0;
  let cuts = false;
  for (let match = ACTION.exec(sentence); match; match = ACTION.exec(sentence)) {
    const before = sentence.slice(Math.max(0, match.index - 90), match.index);
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 90);
    if (NEGATION_BEFORE.test(before.slice(-40)) && !/^not\b/i.test(match[0])) continue;
    // "Orchard Close", "Beech Close": a street, not a closure.
    if (match[0] === 'Close' && /\b[A-Z][\w'’-]*\s$/.test(before)) continue;
    if (NOT_RELIED_RIGHT_AFTER.test(after)) continue;
    // "The café will close for a refit from 9 to 20 March": shut for a while, not a cut.
    if (/^(?:clos|shut)/i.test(match[0]) && TEMPORARY_AFTER.test(after)) continue;
    // "Anyone whose post is deleted …": a job, the passive's subject, not a service.
    if (STAFF_SUBJECT_BEFORE.test(before)) continue;
    // "No appointments or services are being reduced": a cut denied by its subject.
    if (NO_SUBJECT_BEFORE.test(before)) continue;
    // "The Council may terminate this Agreement …": a term of an agreement, what may be done.
    // "Either side can only end the contract early by giving six months' notice": a term too.
    if (/\b(?:may|can|might)\s+(?:(?:only|also|still|at any time|then)\s+)*$/i.test(before) || /\beither (?:side|party)\b/i.test(before)) continue;
    // What is cut. "stop funding", "no longer fund": the action names its own object. A
    // pronoun ("not to renew it") or a bare amount ("a reduction of 6.8%") stands for
    // something named in the sentences before; only something people rely on, with nothing
    // there that is cut in another sense ("waiting times"), will do.
    const pronoun = PRONOUN_OBJECT.test(after);
    // "replace the windows at the library" is not re-provision: replace needs its object right after it.
    const replaces = /^replac/i.test(match[0]);
    // "would give grants of up to three years …, replacing the current one-year grants",
    // "replace one-year grants with three-year ones": more of the same, not re-provision.
    if (replaces && (GIVES_MORE_BEFORE.test(before) || LONGER_AFTER.test(after) || RENEWAL_AFTER.test(after))) continue;
    const named =
      /\bfund/i.test(match[0]) ||
      // "receive half of its current grant": the words of the cut name what is cut.
      RELIED.test(match[0]) ||
      (replaces ? OBJECT_RIGHT_AFTER.test(after) : (!pronoun && RELIED.test(clauseWindow(after, false))) || RELIED.test(clauseWindow(before, true)));
    // A place by its name ("close Maple House"), described just before as something people
    // rely on ("It has eight beds and is used by about 65 families").
    const properName = /^\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\b/.test(after) && /^clos|^decommission|^shut/i.test(match[0]);
    const referred =
      !named &&
      (pronoun || BARE_AMOUNT.test(after) || properName) &&
      (context.previous ?? []).some((text) => (RELIED.test(text) || (properName && USER_PROFILE_RE.test(text))) && !NOT_RELIED_ANYWHERE.test(text));
    if (!named && !referred) continue;
    // Not this body cutting now: a rule about any cut, a cut named as a cause, others'
    // positions on a cut, guidance, a process that closes, a clause about what may happen,
    // another body's consultation.
    if (ANY_BEFORE.test(before) || CAUSE_BEFORE.test(before) || ABOUT_OTHERS_BEFORE.test(before) || GUIDANCE_BEFORE.test(before)) continue;
    if (/^(?:clos|end|stop)/i.test(match[0]) && PROCESS_SUBJECT.test(clauseWindow(before, true)) && !ABOUT_BEFORE.test(before)) continue;
    // "a public consultation on … for 12 weeks from 5 January 2026, ending on 30 March": the
    // process ends on a date; nothing is cut.
    if (/^(?:clos|end)/i.test(match[0]) && /^\s+(?:on|at|by)\s+(?:\w+day\s+)?\d/i.test(after) && /\b(?:consultation|survey|engagement)\b/i.test(sentence.slice(0, match.index))) continue;
    if (inConditional(sentence, match.index)) continue;
    // "We asked whether you agreed with our plan to …": a question put in a past consultation.
    if (ASKED_BEFORE.test(before)) continue;
    if (OTHER_BODYS_CONSULTATION.test(sentence.slice(0, match.index))) continue;
    // A cut told in the past ("…have already been decommissioned") is history, unless the
    // words just before it propose it ("was reduced in 2019 and will end in 2026") or it is a
    // decision recorded in minutes. A "will" about something else ("closed its doors in
    // January and the council will now sell the building") does not make it a proposal.
    const [from, to] = clauseAround(sentence, match.index);
    const clause = sentence.slice(from, to);
    const near = sentence.slice(Math.max(from, match.index - 60), Math.min(to, match.index + match[0].length + 40));
    if ((PAST_ACTION.test(clause) || PAST_TIME.test(clause)) && !STRONG_FRAME.test(near) && !(decision ??= DECISION.test(sentence) && !PAST_TIME.test(sentence))) continue;
    cuts = true;
    break;
  }
  if (!cuts || HYPOTHETICAL.test(sentence)) return false;
  if (NOT_GOING_AHEAD.test(sentence) || NOTICE_TO_US.test(sentence) || OWN_DECISION.test(sentence) || speaksAsGrantee(sentence)) return false;
  if (PAST_REPORT.test(sentence) && !STRONG_FRAME.test(sentence)) return false;
  if (NOT_CHOSEN.test(sentence) && !STRONG_FRAME.test(sentence.replace(NOT_CHOSEN, ''))) return false;
  // A quotation (“…”) reports what someone else said; it is not the paper's proposal.
  if (/^\s*["“‘']/.test(sentence)) return false;
  // A gerund that heads a clause of terms ("7. Ending the grant") names no cut; one that names
  // what is cut ("Closing the Riverside Day Centre", "Withdrawing the toy library at Ashgate") does.
  const gerund =
    GERUND_START.test(sentence) && !GENERAL_TRUTH.test(sentence.replace(RELATIVE_CLAUSE, '')) && (!context.heading || /\s(?:[A-Z][a-z]|£|\d)/.test(sentence.replace(/^\s*\S+\s+\S+/, '')));
  const framed = PROPOSAL_FRAME.test(sentence) || INFINITIVE_ACTION.test(sentence) || gerund;
  return framed || Boolean(context.recommended) || Boolean(context.leadIn);
}

/** Where the clause of a sentence that the offset falls in starts and ends. */
function clauseAround(sentence: string, at: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence); match; match = CLAUSE_BREAK.exec(sentence)) {
    if (match.index < at) from = match.index + match[0].length;
    else {
      to = match.index;
      break;
    }
  }
  return [from, to];
}

// ---- Pass 2: assessments -------------------------------------------------------------

/**
 * Is "EIA" at this offset an equality assessment? Only when "equality" is close by, or the
 * document spells EIA out as an equality assessment and never as an environmental one.
 * `expandedAsEquality` is worked out once per document, when first needed.
 */
function eiaMeansEquality(text: string, at: number, expandedAsEquality: () => boolean): boolean {
  const near = text.slice(Math.max(0, at - 150), at + 150);
  return /equalit/i.test(near) || expandedAsEquality();
}

/**
 * "to be" that is not a promise (FUTURE reads "to be" as one): an idiom ("To be fair to the
 * council, the report did include …") or a judgement ("as the ICB considered the service to be
 * non-core").
 */
const TO_BE_IDIOM = /\bto be (?:fair|honest|clear|frank|sure|precise|accurate)\b/gi;
const JUDGED_TO_BE = /\b(considered|deemed|judged|thought|believed|regarded|found|felt|seen|known|shown|said)((?:\s+[\w'’-]+){0,5}?)\s+to be\b/gi;

function classifyNamed(written: string): Status {
  const sentence = written.replace(TO_BE_IDIOM, '').replace(JUDGED_TO_BE, '$1$2 as');
  if (NEGATED_NAME.test(sentence)) {
    // "had not been completed before the decision, but one would be finished by April": the
    // decision came first, so the promise comes after it.
    const inTime = BEFORE_DECISION.test(sentence) && !NOT_BEFORE_DECISION.test(sentence);
    // "We have not carried out an assessment of what the ending of this grant will mean": the
    // "will" belongs to what was not assessed, not to a promise to assess it.
    const promise = sentence.replace(/\b(?:what|how|who|whether|which)\b[^.;]*/i, '');
    if (STRONG_DEFER.test(promise) || FUTURE.test(promise)) return inTime ? 'planned' : 'deferred';
    return DISMISS.test(sentence) ? 'dismissed' : 'absent';
  }
  if (DONE_AUX.test(sentence)) return 'done';
  if (BEFORE_DECISION.test(sentence)) return 'planned';
  if (STRONG_DEFER.test(sentence)) return 'deferred';
  if (DISMISS.test(sentence)) return 'dismissed';
  if (DONE_WEAK.test(sentence)) return 'done';
  if (FUTURE.test(sentence)) return 'deferred';
  if (DUTY.test(sentence)) return 'duty';
  // Named with no verb that says otherwise ("Appendix C: Equality Impact Assessment",
  // "Please read the EqIA"): the paper treats the assessment as existing.
  return 'done';
}

function classifyWords(sentence: string): Status | null {
  const impact = IMPACT_RE.test(sentence) || /\bmeans? for\b|\bimplications for\b|\bdifference to\b/i.test(sentence);
  // "We haven't carried out a separate assessment of the effect on patients": said not to be done.
  if (impact && SOME_ASSESSMENT.test(sentence) && (NEGATED_NAME.test(sentence) || NOT_LOOKED_AT.test(sentence))) return 'absent';
  if (!impact) {
    // "An assessment will be brought to the committee's next meeting": put off, in plain words.
    return SOME_ASSESSMENT.test(sentence) && STRONG_DEFER.test(sentence) && !OTHER_KIND_OF_ASSESSMENT.test(sentence) ? 'deferred' : null;
  }
  // A deferral needs no named people: "the impact will be picked up in the post-implementation review".
  if (STRONG_DEFER.test(sentence) && !BEFORE_DECISION.test(sentence)) return 'deferred';
  if (!ANYONE_RE.test(sentence)) return null;
  // Asking people now, while the proposal is open, how it would affect them: evidence before the decision.
  if (ASKS_ABOUT_IMPACT.test(sentence) && !/\b(?:asked|wanted|sought)\b/i.test(sentence)) return 'planned';
  if (REPORTED_SPEECH.test(sentence)) return null;
  // "No impact on residents": waved away, whoever is named, unless a reason shows they lose nothing.
  if (NO_IMPACT.test(sentence)) return SHOWS_ASSESSED.test(sentence) ? 'done' : 'dismissed';
  // "The effect on the residents they serve will be reviewed at the end of the year", "Any
  // effect on the café's users to be looked at after the grant has ended": an assessment in
  // words, promised; whoever is named, it is put off unless it comes before the decision.
  if (WORDS_DEFER.test(sentence)) return BEFORE_DECISION.test(sentence) ? 'planned' : 'deferred';
  if (!PEOPLE_RE.test(sentence)) return null;
  if (BEFORE_DECISION.test(sentence) && FUTURE.test(sentence)) return 'planned';
  if (DUTY.test(sentence) && !/\b(?:would|will|could|is likely|are likely)\b/i.test(sentence.replace(DUTY, ''))) return 'duty';
  return WORDS_ASSESSING.test(sentence) ? 'done' : null;
}

function classifyPsed(sentence: string): Status | null {
  if (!PSED.test(sentence)) return null;
  if (PSED_CONSIDERED.test(sentence)) return 'done';
  // "There are no implications for people with protected characteristics."
  if (/\bno (?:[\w-]+ )?(?:implications|impacts?|effects?) (?:for|on)\b/i.test(sentence)) return SHOWS_ASSESSED.test(sentence) ? 'done' : 'dismissed';
  if (STRONG_DEFER.test(sentence)) return 'deferred';
  return 'duty';
}

/** The status a yes-or-no answer gives the question before it, or null when it is not one. */
function answerTo(answer: string): Status | null {
  // "one would be undertaken once the budget had been agreed": put off, in a reply's words.
  if (/^\s*(?:one|it|this|an? (?:assessment|eqia))\s+(?:would|will|is to|was to)\b/i.test(answer)) {
    return BEFORE_DECISION.test(answer) ? 'planned' : STRONG_DEFER.test(answer) || FUTURE.test(answer) || AFTER_SOMETHING.test(answer) ? 'deferred' : null;
  }
  if (/^\s*(?:no|not)\b/i.test(answer)) {
    if (DISMISS.test(answer)) return 'dismissed';
    if (STRONG_DEFER.test(answer) || FUTURE.test(answer)) return BEFORE_DECISION.test(answer) ? 'planned' : 'deferred';
    return 'absent';
  }
  if (/^\s*yes\b/i.test(answer)) return classifyNamed(answer);
  return null;
}

function namesAssessment(sentence: Span, text: string, extraNames: RegExp | null, eiaIsEquality: () => boolean): boolean {
  if (NAME.test(sentence.text)) return true;
  if (extraNames?.test(sentence.text)) return true;
  EIA.lastIndex = 0;
  for (let match = EIA.exec(sentence.text); match; match = EIA.exec(sentence.text)) {
    if (eiaMeansEquality(text, sentence.start + match.index, eiaIsEquality)) return true;
  }
  return false;
}

/** The first of `items[0..count)`, sorted by start, that starts at or after `offset` (`count` if none). */
function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number, count: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isEquality(section: Section): boolean {
  return section.kind === 'equality' || (section.kinds ?? []).includes('equality');
}

/** A mention of the whole sentence, quoted without its paragraph number. */
function mentionAt(sentence: Span, status: Status): Mention {
  return { status, start: sentence.start, end: sentence.end, text: quote(withoutNumbering(sentence).text) };
}

function findMentions(text: string, sentences: Span[], sections: readonly Section[], options: Options): Mention[] {
  const mentions: Mention[] = [];
  const extraNames = options.assessmentNames.length
    ? new RegExp(options.assessmentNames.map((name) => `\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).join('|'), 'i')
    : null;
  // Two scans of the whole text, needed only when a sentence says "EIA": worked out then.
  let eiaExpandedAsEquality: boolean | undefined;
  const eiaIsEquality = () => (eiaExpandedAsEquality ??= !NOT_EQUALITY_EXPANSION.test(text) && EQUALITY_EXPANSION.test(text));
  const inHeading = withinAny(sections.filter((section) => !section.inline).map((section) => ({ start: section.headingStart, end: section.headingEnd })));

  // An index loop and mentionAt rather than entries() and a spread of a getter object:
  // this runs for every sentence of the paper, and both allocated for each.
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (!extraNames && !MIGHT_MENTION.test(sentence.text)) continue;
    if (EQUALITY_NONE.test(sentence.text)) {
      mentions.push(mentionAt(sentence, 'dismissed'));
      continue;
    }
    if (IMPACT_DENIED.test(sentence.text) && ABOUT_EQUALITY.test(sentence.text)) {
      mentions.push(mentionAt(sentence, SHOWS_ASSESSED.test(sentence.text) ? 'done' : 'dismissed'));
      continue;
    }
    if (NO_IMPACTS_EXPECTED.test(sentence.text)) {
      mentions.push(mentionAt(sentence, SHOWS_ASSESSED.test(sentence.text) ? 'done' : 'dismissed'));
      continue;
    }
    // "That assessment is enclosed", after "we looked closely at who uses Greenway": an
    // assessment referred to as existing, whatever it is called, unless it is another kind.
    if (BARE_ASSESSMENT_DONE.test(sentence.text) && !OTHER_KIND_OF_ASSESSMENT.test(sentence.text)) {
      mentions.push(mentionAt(sentence, 'done'));
      continue;
    }
    if (EQUALITY_CONSIDERED.test(sentence.text)) {
      mentions.push(mentionAt(sentence, /\bwill\b/i.test(sentence.text) ? 'deferred' : 'done'));
      continue;
    }
    // "We will assess the equality impact of the proposals once the budget has been set": a
    // promise, in time only when it comes before the decision.
    if (WILL_ASSESS.test(sentence.text)) {
      mentions.push(mentionAt(sentence, BEFORE_DECISION.test(sentence.text) && !STRONG_DEFER.test(sentence.text) ? 'planned' : 'deferred'));
      continue;
    }
    if (!inHeading(sentence.start) && namesAssessment(sentence, text, extraNames, eiaIsEquality)) {
      // A form's question ("Has an EqIA been carried out?") is answered by what follows it.
      const next = sentences[index + 1];
      // So does a question reported in minutes ("Cllr Farrow asked whether an equality impact
      // assessment had been done. The Director replied that one would be undertaken once …").
      const reportedQuestion = REPORTED_QUESTION.test(sentence.text);
      const answer = next && (/\?["”’)]?\s*$/.test(sentence.text) || reportedQuestion) ? answerTo(next.text.replace(REPLIED, '')) : null;
      if (reportedQuestion && !answer) continue;
      if (next && answer) mentions.push({ status: answer, start: sentence.start, end: next.end, text: quote(`${sentence.text} ${next.text}`) });
      else if (next && CONTINUES.test(next.text) && !namesAssessment(next, text, extraNames, eiaIsEquality)) {
        // "An EqIA will be carried out using what you tell us. It will be finished … before
        // Cabinet makes any decision.": the next sentence says when.
        const both = `${sentence.text} ${next.text}`;
        mentions.push({ status: classifyNamed(both), start: sentence.start, end: next.end, text: quote(both) });
      } else mentions.push(mentionAt(sentence, classifyNamed(sentence.text)));
      continue;
    }
    // An unexplained "EIA" may be the environmental kind, so it is no evidence that the impact
    // on people was assessed; but one put off or waved away in a paper about a cut ("EIA to
    // follow after the decision") says what the paper did, and is reported as it stands.
    if (EIA_WORD.test(sentence.text) && !ENVIRONMENTAL.test(text.slice(Math.max(0, sentence.start - 150), sentence.end + 50)) && !NOT_EQUALITY_EXPANSION.test(text)) {
      const status = classifyNamed(sentence.text);
      if (status === 'deferred' || status === 'dismissed' || status === 'absent') {
        mentions.push(mentionAt(sentence, status));
        continue;
      }
    }
    // A question ("How will you look at the effect on families?") is answered by what follows it; it is no evidence itself.
    if (/\?["”’)*_]*\s*$/.test(sentence.text)) continue;
    const psed = classifyPsed(sentence.text);
    const words = classifyWords(withoutContractions(withoutQuotes(sentence.text)));
    // Of the two readings, the stronger evidence of an assessment wins.
    const order: Status[] = ['done', 'planned', 'deferred', 'dismissed', 'absent', 'duty'];
    const best = [psed, words].filter((status): status is Status => status !== null).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    if (best) mentions.push({ ...mentionAt(sentence, best), fromWords: true });
  }

  // An equality section that is empty or says "None" waves the question away; one that
  // says something of substance, and neither puts it off nor waves it away, is an assessment.
  // Sentences, and the mentions read from them so far, are in document order and do not
  // overlap, so what lies inside a section is found by binary search rather than by
  // scanning the whole paper for every section (on 1 MB, ~280 equality sections times
  // ~20,000 sentences was ~10 ms). Mentions added below, per section, are few: scanned.
  const sentenceMentions = mentions.length;
  for (const section of sections) {
    if (!isEquality(section)) continue;
    // "2.1 None." reads as "None.": paragraph numbers are not part of what the section says.
    const body = text
      .slice(section.start, section.end)
      .replace(/\*\*|__/g, '')
      .trim()
      .replace(/^\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+/, '');
    // A heading in capitals runs on to the next heading, over paragraphs about other things
    // ("The charity will be told of this decision by letter."): its first paragraph answers.
    const first = body.split(/\n[ \t]*\n/, 1)[0]!.trim();
    // "Minimal. Most current users already meet the new criteria.": a size and a one-line reason,
    // with nothing to show the impact was looked at.
    const sizedAway = SIZE_FIRST.test(first) && !SHOWS_ASSESSED.test(body);
    if (DISMISSIVE_BODY.test(body) || DISMISSIVE_START.test(body) || DISMISSIVE_BODY.test(first) || sizedAway) {
      const shown = body.length > 0 ? `${section.title}: ${first}` : `${section.title} (left empty)`;
      mentions.push({ status: 'dismissed', start: section.headingStart, end: section.end, text: quote(shown), answer: true });
      continue;
    }
    if (DEFERRING_BODY.test(body) || DEFERRING_BODY.test(first)) {
      // "To be completed before a final decision is made" is in time for a decision to consult.
      const status = BEFORE_DECISION.test(first) ? 'planned' : 'deferred';
      mentions.push({ status, start: section.headingStart, end: section.end, text: quote(`${section.title}: ${first}`) });
      continue;
    }
    const inside: Mention[] = [];
    for (let at = firstStartingAtOrAfter(mentions, section.start, sentenceMentions); at < sentenceMentions && mentions[at]!.start < section.end; at++) {
      if (mentions[at]!.end <= section.end) inside.push(mentions[at]!);
    }
    for (let at = sentenceMentions; at < mentions.length; at++) {
      const mention = mentions[at]!;
      if (mention.start >= section.start && mention.end <= section.end) inside.push(mention);
    }
    if (inside.some((mention) => mention.status !== 'done' && mention.status !== 'duty')) continue;
    const dutyStarts = new Set(inside.filter((mention) => mention.status === 'duty').map((mention) => mention.start));
    // A sentence about another kind of assessment ("A Quality Impact Assessment has been
    // reviewed"), under a heading that also names equality, says nothing about equality.
    let substantive: Span | undefined;
    for (let at = firstStartingAtOrAfter(sentences, section.start, sentences.length); at < sentences.length && sentences[at]!.start < section.end; at++) {
      const sentence = sentences[at]!;
      if (
        sentence.end <= section.end &&
        !dutyStarts.has(sentence.start) &&
        sentence.text.split(/\s+/).length >= 10 &&
        !(OTHER_ASSESSMENT.test(sentence.text) && !NAME.test(sentence.text))
      ) {
        substantive = sentence;
        break;
      }
    }
    if (substantive) mentions.push({ status: 'done', start: substantive.start, end: substantive.end, text: quote(`${section.title}: ${substantive.text}`) });
  }

  return mentions;
}

/** Who uses the service, and what will soften the loss for them (both in these sentences): an assessment in words. */
function profileAndMitigation(sentences: readonly Span[]): Mention | null {
  const profile = sentences.find((sentence) => USER_PROFILE_RE.test(sentence.text) && !REPORTED_SPEECH.test(sentence.text));
  const mitigation = sentences.find((sentence) => MITIGATION_RE.test(sentence.text));
  return profile && mitigation ? { status: 'done', start: profile.start, end: profile.end, text: quote(profile.text) } : null;
}

/** What the paper as a whole says about the impact, decided from every mention. */
function judge(all: Mention[], options: Options): { problem: Problem; assessment: string | null } | null {
  // When the paper answers the equality question itself ("Equality implications: None."), one
  // sentence elsewhere that happens to speak of people losing out ("About 1,100 would lose
  // it") describes the proposal; it does not overturn the paper's answer.
  const answered = all.some((mention) => mention.answer && mention.status === 'dismissed');
  const fromWords = all.filter((mention) => mention.fromWords && mention.status === 'done');
  // Likewise when the paper names its assessment and puts it off ("an EHIA for this change will
  // be brought to the June meeting"): a sentence describing who uses the service is not one.
  const namedDeferral = all.some((mention) => !mention.fromWords && mention.status === 'deferred');
  const mentions = namedDeferral ? all.filter((mention) => !fromWords.includes(mention)) : answered && fromWords.length === 1 ? all.filter((mention) => mention !== fromWords[0]) : all;
  const first = (status: Status) => mentions.find((mention) => mention.status === status);
  if (first('done') || first('planned')) return null;
  if (options.acceptDutyStatement && first('duty')) return null;
  const deferred = first('deferred');
  if (deferred) return { problem: 'deferred', assessment: deferred.text };
  const dismissed = first('dismissed');
  if (dismissed) return { problem: 'dismissed', assessment: dismissed.text };
  const absent = first('absent');
  return { problem: 'missing', assessment: absent?.text ?? null };
}

interface PlannedFinding {
  start: number;
  end: number;
  message: string;
  note: string;
  data: { problem: Problem; proposal: string; assessment: string | null; link?: string };
  severity?: 'info';
}

/** What the rule read in one item: for tests and for people working on the rule. */
export interface ItemTrace {
  item: { start: number; end: number };
  proposals: string[];
  mentions: { status: string; text: string }[];
  verdict: { problem: Problem; assessment: string | null } | null;
}

/** Run the rule's reading of a paper and report, item by item, what it found (no findings are made). */
export function traceImpact(text: string, blocks: readonly Block[], sections: readonly Section[], overrides: Partial<Options> = {}): ItemTrace[] {
  const traces: ItemTrace[] = [];
  planFindings(text, blocks, sections, { ...options.parse({}), ...overrides }, (trace) => traces.push(trace));
  return traces;
}

/**
 * Every finding for the whole paper: its proposals, each judged against the assessments in
 * its own item (the whole paper, unless it is an agenda, minutes or a report in parts), and
 * a row of a table of changes against its own cell. `blocks` are the text's blocks as the
 * engine split them (facts.blocks).
 */
function planFindings(
  text: string,
  blocks: readonly Block[],
  sections: readonly Section[],
  options: Options,
  trace?: (trace: ItemTrace) => void,
  links: readonly DocumentLink[] = [],
): PlannedFinding[] {
  const headingAt = withinAny(sections.filter((section) => !section.inline).map((section) => ({ start: section.headingStart, end: section.headingEnd })));
  const sentences = sentencesOf(text, blocks, headingAt);
  // A one-line "Decision: to end the grant…" counts from its label, so take inline sections from their heading.
  const recommendationAt = withinAny(
    sections
      .filter((section) => section.kind === 'recommendations')
      .map((section) => ({ start: section.inline ? section.headingStart : section.start, end: section.end })),
  );
  const optionsAt = withinAny(sections.filter((section) => section.kind === 'options'));

  const proposals: Proposal[] = [];
  // A notice to the body's own staff about their jobs ("To all staff at the Civic Centre café:
  // … the café will close … your notice period under your contract") is about employment, not
  // a cut that service users are told of.
  if (ADDRESSED_TO_STAFF.test(text.slice(0, 300)) && EMPLOYMENT.test(text)) {
    trace?.({ item: { start: 0, end: text.length }, proposals: [], mentions: [], verdict: null });
    return [];
  }
  const mayBeTableLine = mayHoldTableMark(text);
  const rowAnswers = tableRowAnswers(text);
  const lowered = rowAnswers.size > 0 ? loweredRows(text) : new Set<number>();
  // A list item inherits the framing of the sentence that leads into it ("we are proposing:").
  let leadIn = false;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const previous = sentences[index - 1];
    if (!sentence.listItem && (!previous || previous.block !== sentence.block)) {
      const last = lastOfBlock(sentences, index);
      leadIn = last.text.trimEnd().endsWith(':') && (PROPOSAL_FRAME.test(last.text) || LEAD_IN.test(last.text));
    }
    // A row of a table of changes with an equality column is a proposal with its own answer;
    // other table lines (budget tables) list figures, not proposals.
    const rowStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
    const row = rowAnswers.size > 0 ? rowAnswers.get(rowStart) : undefined;
    if (!row && mayBeTableLine(sentence.start) && TABLE_LINE.test(lineAt(text, sentence.start))) continue;
    const recommended = recommendationAt(sentence.start);
    // A row of a table of changes that asks about equality row by row is a proposal in a list.
    const context: ProposalContext = {
      recommended,
      leadIn: (sentence.listItem && leadIn) || row !== undefined,
      previous: [sentences[index - 2]?.text ?? '', previous?.text ?? ''],
      heading: headingAt(sentence.start),
    };
    if (((row !== undefined && lowered.has(rowStart)) || isProposal(sentence.text, context)) && !reversedAfter(sentences, index)) {
      // An option marked as preferred ("2. Replace them with one contract. **Preferred.**") is not one set aside.
      const next = sentences[index + 1];
      const preferred = /\b(?:preferred|recommended)\b/i.test(sentence.text) || (next !== undefined && next.block === sentence.block && /^\W*(?:preferred|recommended)\b/i.test(next.text));
      proposals.push({ span: withoutNumbering(sentence), recommended, option: optionsAt(sentence.start) && !preferred, row });
    }
  }
  if (proposals.length === 0) {
    trace?.({ item: { start: 0, end: text.length }, proposals: [], mentions: [], verdict: null });
    return [];
  }

  const mentions = findMentions(text, sentences, sections, options);
  // An agenda, minutes or a report in parts is judged item by item: an assessment in one
  // item does not cover a cut in another. One paper is one item.
  const items: { start: number; end: number }[] = findItems(text, sections);
  if (items.length === 0) items.push({ start: 0, end: text.length });
  const hasRecommendationsIn = (item: { start: number; end: number }) =>
    sections.some((section) => section.kind === 'recommendations' && section.headingStart >= item.start && section.headingStart < item.end);

  // Proposals, sentences and mentions are each in document order: what lies in an item is
  // found by binary search, not by a scan of the paper for every item of a long agenda pack.
  const allMentions = [...mentions, ...rowAnswers.values()].sort((a, b) => a.start - b.start);
  const proposalStarts = proposals.map((proposal) => ({ start: proposal.span.start }));
  const within = <T,>(list: readonly T[], starts: readonly { start: number }[], item: { start: number; end: number }): T[] =>
    list.slice(firstStartingAtOrAfter(starts, item.start, starts.length), firstStartingAtOrAfter(starts, item.end, starts.length));

  const findings: PlannedFinding[] = [];
  for (const item of items) {
    const inItem = within(proposals, proposalStarts, item);
    if (inItem.length === 0) continue;
    const inRows = inItem.filter((proposal) => proposal.row);
    let here = inItem.filter((proposal) => !proposal.row);
    // "Harthope Toy Library will close its doors… The charity's trustees decided last month to
    // close": where the item tells of an organisation's own decision or notice, a closure that
    // names no act of this body is that organisation's.
    const ownDecisions = here.length > 0 ? within(sentences, sentences, item).filter((sentence) => OWN_DECISION.test(sentence.text) || NOTICE_TO_US.test(sentence.text)) : [];
    if (ownDecisions.length > 0) {
      // When the organisation writes of its own decision ("our trustees have decided to close
      // the charity"), "we" and "our" are the organisation, not a public body.
      const speaksAsOrganisation = ownDecisions.some((sentence) => /\b(?:our|we)\b/i.test(sentence.text));
      here = here.filter((proposal) => (speaksAsOrganisation ? PUBLIC_BODY : THIS_BODY).test(proposal.span.text));
    }
    // A letter from a funded organisation ("Under our grant agreement we must tell you…"): its
    // "we have decided to close the club" is the organisation's own decision; only a sentence
    // naming the funder's act ("the council will end…") is a proposal of the funder's.
    if (here.length > 0 && within(sentences, sentences, item).some((sentence) => speaksAsGrantee(sentence.text))) {
      here = here.filter((proposal) => FUNDER_ACTS.test(proposal.span.text));
    }
    // What a funder told the organisation that writes ("On 3 March the ICB told us that its
    // grant towards our Hospice at Home service will be reduced") is that organisation's
    // account of a cut, not the funder's paper, unless the account says what the funder did
    // about the impact ("the council told us it had not looked at what ending the grant would
    // mean", "their email said it would have 'no impact on service users'"): then it reports
    // the breach.
    const accounts = here.filter((proposal) => TOLD_US.test(proposal.span.text) && /\bour\b/i.test(proposal.span.text));
    if (accounts.length > 0 && !NOT_LOOKED_AT.test(text.slice(item.start, item.end)) && within(allMentions, allMentions, item).length === 0) {
      here = here.filter((proposal) => !accounts.includes(proposal));
    }
    // Each row of a table of changes is judged by its own cell.
    for (const { span, row } of inRows) {
      const verdict = judge([row!], options);
      trace?.({ item: { start: row!.start, end: row!.end }, proposals: [span.text], mentions: [row!], verdict });
      if (verdict) findings.push(findingAt(span, verdict));
    }
    if (here.length === 0) continue;
    // A link to an assessment is read as a link, not as words: "Equality impact assessment"
    // on a line of its own would otherwise look like an empty equality section.
    const assessmentLinks = assessmentLinksIn(text, links, item);
    const itemMentions = within(allMentions, allMentions, item).filter(
      (mention) => !assessmentLinks.some((link) => isLinkItself(mention, link)),
    );
    let verdict = judge(itemMentions, options);
    // Who uses the service and what will soften the loss, both in the item, is an assessment in words.
    // Not when the paper says outright that its assessment is put off or not needed.
    const words = verdict && verdict.problem === 'missing' ? profileAndMitigation(within(sentences, sentences, item)) : null;
    if (words) {
      itemMentions.push(words);
      verdict = null;
    }
    trace?.({ item, proposals: here.map((proposal) => proposal.span.text), mentions: itemMentions, verdict });
    if (!verdict) continue;

    // Report each recommended decision; an item without one is reported at its first proposal.
    // A cut that only appears among the options considered, in a paper whose recommendations
    // propose no cut, is an option set aside: nothing to report.
    const recommended = here.filter((proposal) => proposal.recommended);
    const elsewhere = here.filter((proposal) => !proposal.option);
    if (recommended.length === 0 && elsewhere.length === 0 && hasRecommendationsIn(item)) continue;
    const chosen = recommended.length > 0 ? recommended : [elsewhere[0] ?? here[0]!];
    // The page links an equality impact assessment: say where it is rather than "missing".
    const linked = verdict.problem === 'missing' ? (assessmentLinks[0] ?? null) : null;
    for (const { span } of chosen) findings.push(linked ? linkedFindingAt(span, linked) : findingAt(span, verdict));
  }
  return findings.sort((a, b) => a.start - b.start);
}

function findingAt(span: Span, verdict: { problem: Problem; assessment: string | null }): PlannedFinding {
  return {
    start: span.start,
    end: span.end,
    message: MESSAGES[verdict.problem](verdict.assessment),
    note: NOTES[verdict.problem],
    data: { problem: verdict.problem, proposal: quote(span.text), assessment: verdict.assessment },
  };
}

/** A note, not a breach: the assessment is linked, and the reader should open it. */
function linkedFindingAt(span: Span, linked: LinkedAssessment): PlannedFinding {
  return {
    start: span.start,
    end: span.end,
    severity: 'info',
    message: `This proposal cuts or ends funding or a service that people rely on. The page does not summarise an assessment of the impact, but it links one: “${linked.text}” (${linked.href}). Open it to check that it covers this proposal and was completed before the decision.`,
    note: NOTES.linked,
    data: { problem: 'linked', proposal: quote(span.text), assessment: linked.text, link: linked.href },
  };
}

interface Proposal {
  span: Span;
  recommended: boolean;
  option: boolean;
  /** The answer in its own row, when the proposal is a row of a table with an equality column. */
  row?: Mention;
}

/** The last sentence of the block that sentence `index` is in. */
function lastOfBlock(sentences: readonly Sentence[], index: number): Sentence {
  let at = index;
  while (at + 1 < sentences.length && sentences[at + 1]!.block === sentences[index]!.block) at++;
  return sentences[at]!;
}

/** The stretch of text this tree covers (one part of a very large document, or all of it). */
function treeRange(tree: Root): [number, number] {
  const first = tree.children[0];
  const last = tree.children[tree.children.length - 1];
  if (!first || !last) return [0, 0];
  return [first.position?.start.offset ?? 0, last.position?.end.offset ?? 0];
}

const MESSAGES: Record<Problem, (assessment: string | null) => string> = {
  missing: () =>
    'This proposal cuts or ends funding or a service that people rely on, but the paper shows no assessment of the impact on service users, beneficiaries or volunteers. Assess the impact before the decision: summarise an equality impact assessment in the paper, say how due regard has been paid to the Public Sector Equality Duty, and attach the assessment as an appendix.',
  dismissed: (assessment) =>
    `This proposal cuts or ends funding or a service that people rely on, yet the paper waves the impact away (“${assessment ?? ''}”). Replace the dismissal with an assessment of who would be affected and how, including people with protected characteristics, what would soften the impact, and where the full equality impact assessment can be read.`,
  linked: (assessment) => `The page links an equality impact assessment (“${assessment ?? ''}”); open it to check that it covers this proposal.`,
  deferred: (assessment) =>
    `The impact assessment for this proposal is put off until it is too late to shape the decision (“${assessment ?? ''}”). Complete it before the decision, summarise it in the paper and attach it, so decision makers can weigh the impact on service users, beneficiaries and volunteers.`,
};

const NOTES: Record<Problem, string> = {
  missing: 'Councils most often breach the Compact by cutting funding without first assessing what the cut means for the people the service helps.',
  dismissed: 'A cut to a service always affects the people who use it; “None” tells decision makers nothing and does not show due regard.',
  deferred: 'An assessment written after the decision cannot inform it; the Compact asks for the assessment before deciding to reduce or end funding.',
  linked: 'A linked assessment is a sign that one exists; a decision maker still needs its findings in the paper, and a reader should check it covers the proposal.',
};

export default defineRule<Options>({
  id: 'impact-assessment',
  name: 'Impact assessment',
  summary: 'Flags a proposal to cut or end funding or a service when the paper shows no assessment of the impact on the people who rely on it.',
  commitment: 'impact-assessment',
  defaultSeverity: 'error',
  options,
  examples: {
    flagged: [
      {
        text: 'Recommendation\n\nThat Cabinet agrees to reduce the grant to Eastgate Advice Centre by 30 per cent from 1 April 2025.',
        actual: 'That Cabinet agrees to reduce the grant to Eastgate Advice Centre by 30 per cent from 1 April 2025.',
        data: { problem: 'missing', assessment: null },
      },
      {
        text: 'It is proposed that the Riverside Day Centre is decommissioned from 1 July 2025.\n\nEquality implications: None.',
        data: { problem: 'dismissed', assessment: 'Equality implications: None.' },
      },
      {
        text: 'The service level agreement with Hillside Carers will not be renewed when it ends in March. An equality impact assessment will be completed once the decision has been made.',
        data: { problem: 'deferred' },
      },
    ],
    fine: [
      {
        text: 'It is proposed to reduce the grant to Eastgate Advice Centre by 30 per cent. An Equality Impact Assessment has been completed and is attached at Appendix B.',
      },
      {
        text: 'The day centre would close in July. The closure would affect 46 older people, many of whom live alone; officers have identified other day opportunities for each of them.',
      },
      { text: 'In 2019 the council reduced the grant to the CVS by 10 per cent.' },
      {
        text: 'The council will end the lease of the depot. An Environmental Impact Assessment (EIA) is not required.',
      },
      {
        text: 'Cabinet is asked to agree to consult on closing the Riverside Day Centre. Our Fairness Assessment of the proposal is attached.',
        options: { assessmentNames: ['Fairness Assessment'], acceptDutyStatement: false },
      },
    ],
  },
  check({ tree, text, facts, options, report }) {
    // The paper is judged once, as a whole, even when the engine lints a very large one in
    // parts; each part then reports the findings that fall inside it.
    const planned = facts.memo(`impact-assessment:${JSON.stringify(options)}`, () => planFindings(text, facts.blocks, facts.sections, options, undefined, facts.input.links ?? []));
    const [from, to] = treeRange(tree);
    for (const finding of planned) if (finding.start >= from && finding.start < to) report(finding);
  },
});
