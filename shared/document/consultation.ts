/**
 * Is this document (or part of it) a consultation that invites responses, and how long does
 * it run? Used by the `consultation-timescale` rule and by the extension's side panel, which
 * shows a consultation's computed timescale even when it is compliant.
 *
 * The reading is deliberately cautious: "in consultation with the Portfolio Holder",
 * "following consultation with ward members" and "Stakeholders were consulted" are
 * internal or past engagement, not written consultations; general statements ("our policy
 * is to consult for 12 weeks") are not a consultation either. Dates and durations come from
 * `facts.timeExpressions` (shared/time); this module only decides which of them describe a
 * consultation period.
 */
import type { DocumentFacts } from './facts.ts';
import { sectionAt, type Section } from './sections.ts';
import { sentenceSpans } from '../text/sentence-spans.ts';
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  toIso,
  utcDate,
  type DateExpression,
  type DurationExpression,
  type RangeExpression,
  type TimeExpression,
} from '../time/index.ts';
import { cellsOf, readHeader } from '../time/table.ts';

// ── Sentences ────────────────────────────────────────────────────────────────

/** One sentence of the document, with its place and the paragraph (block) it belongs to. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  /** Index of its paragraph (block) in the document, so nearby sentences can be found. */
  paragraph: number;
  /** Time expressions wholly inside the sentence, in text order. */
  times: TimeExpression[];
}

const sentenceCache = new WeakMap<DocumentFacts, SentenceSpan[]>();

/**
 * A sentence's line breaks are a PDF's, a Word export's or an email's wrapping ("has decided
 * not to extend your\ncontract … beyond 30\nSeptember 2025"): the analyses read them as
 * spaces (one for one, so offsets hold). Table rows run together into one sentence keep theirs.
 */
function unwrapped(sentence: string): string {
  return sentence.includes('\n') && !sentence.includes('|') ? sentence.replace(/\n/g, ' ') : sentence;
}

/**
 * Every sentence with the dates and durations inside it, computed once per document and
 * shared by the timescale and notice analyses. Sentences and time expressions are both in
 * text order, so one walk pairs them (no search per sentence).
 */
export function sentencesWithTimes(facts: DocumentFacts): SentenceSpan[] {
  const cached = sentenceCache.get(facts);
  if (cached) return cached;
  const times = [...facts.timeExpressions].sort((a, b) => a.start - b.start);
  const sentences: SentenceSpan[] = [];
  let next = 0;
  facts.tree.children.forEach((paragraph, index) => {
    if (paragraph.type !== 'ParagraphNode') return;
    // Positions only: a lightly parsed paragraph gives them without parsing its words again.
    for (const { start, end } of sentenceSpans(paragraph)) {
      while (next < times.length && times[next]!.start < start) next++;
      const inside: TimeExpression[] = [];
      for (let at = next; at < times.length && times[at]!.start < end; at++) {
        if (times[at]!.end <= end) inside.push(times[at]!);
      }
      sentences.push({ start, end, text: unwrapped(facts.text.slice(start, end)), paragraph: index, times: inside });
    }
  });
  sentenceCache.set(facts, sentences);
  return sentences;
}

// ── Vocabulary ───────────────────────────────────────────────────────────────

/** Words that name a consultation or an invitation to respond. */
const MENTION =
  /\b(?:consult(?:ation|ations|ing|ed)?|(?:our|the|this|an?) (?:[\w'’-]+ ){0,2}survey(?: (?:of|on|about|for) [^.]{0,60}?)?(?: that| which)? (?:runs?|ran|will run|is open|was open|opens|opened|closes|closed|will close|took place)\b|have your say|seek(?:s|ing)? (?:your |people's |people’s |residents' |residents’ )?views|engagement period|listening exercise|(?:share|give|send|tell us|asking for|ask for|welcome|want|would like) (?:us )?(?:your|their) views|(?:window|period) (?:for|to) (?:comments?|respond|responses|feedback|views)|(?:to|can|may) comment on (?:the|our|this|these) (?:draft|proposals?|plans?|strateg(?:y|ies)|polic(?:y|ies)|options?)|your views (?:matter|count|are important)|closing date for (?:comments|responses|representations|views|submissions)|period of (?:public )?engagement|engagement (?:exercise|survey)|(?:public|community|our|this)(?: (?:early|initial|earlier|first|informal|wider|online|public|community))? engagement (?:on|about|ran|runs|will run|began|begins|opens?|opened|closes?|closed)\b|(?:engag(?:e|es|ing)|talk(?:ing)? to) (?:with )?(?:local )?(?:stakeholders|residents|people|patients|the public|communities|service users|users|families|carers) (?:for|from|between|until|over)\b|(?:give|send|share|provide|submit) (?:us )?(?:your |any )?(?:feedback|comments)|invit(?:e|es|ed|ing) (?:your |partners'? |public )?feedback|invited to (?:give|comment|respond|share|take part)|(?:tak(?:e|ing)(?: part in)?|complet(?:e|ing)|fill(?:ing)? (?:in|out)|running|run|launch(?:ed)?) (?:an? |the |our |this )?(?:online |postal |paper |short |public )?(?:survey|questionnaire)|survey (?:closes|is open|will close)|(?:views|comments)(?: (?:on|about) [^.;]{1,60}?)? (?:are|is) (?:being |now )?(?:invited|welcome|welcomed|sought)|(?:we|the council) (?:would like|want) to hear|tell us what you think|comments are invited|comments? (?:on|about) (?:these|the|this|our) (?:[\w-]+ )?(?:proposals?|draft|plans?|options?|strateg(?:y|ies)|polic(?:y|ies)) (?:should|must|can|may) (?:reach|be (?:sent|made|submitted|received))|invit(?:e|es|ing) (?:your |written )?(?:views|comments|responses|representations)|open for comments?|representations)\b|^\s*(?:please\s+)?(?:respond|reply|send (?:us )?your (?:views|comments|response))\s+(?:by|before|no later than)\b/i;

/** A quick test that rules most sentences out before the full MENTION pattern runs. */
const MIGHT_MENTION = /consult|say|views|hear|think|comment|represent|engagement|listening|closing date|feedback|survey|questionnaire|invited|respond|reply/i;

/**
 * Internal or named-party engagement: consulting a councillor or officer, delegated
 * decisions "in consultation with", and passive "X was consulted". None invites the public
 * or the sector to respond in writing. A named-party clause rules out only itself (see
 * `maskNamedParties`); the others rule out the whole sentence.
 */
const NAMED_PARTY = [
  /\b(?:in|after|following|upon|with)\s+(?:prior\s+)?(?:consultation|consulting)\s+with\b/i,
  /\bconsult(?:ing|ed)?\s+(?:with\s+)?(?:the\s+)?(?:leader|cabinet member|portfolio holder|chair(?:man|person)?|ward members?|ward councillors?|chief|director|monitoring officer|section 151|s151|head of|executive member|lead member)\b/i,
];
const NAMED_PARTY_ALL = NAMED_PARTY.map((pattern) => new RegExp(pattern.source, 'gi'));
/** Internal engagement that makes the whole sentence internal, wherever it stands. */
const WHOLLY_INTERNAL = [
  /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?consulted\b/i,
  // Sign-off steps inside the council: "for consultation purposes", "internal consultation".
  /\bfor consultation purposes\b|\binternal consultation\b|\bconsultation and sign-?off\b|\bfor consultation (?:within|across|inside) (?:the |this |our )?(?:directorate|department|service|team|council|organisation|trust)\b|\b(?:attached|enclosed) for (?:internal )?consultation\b/i,
  // Others' consultations gathered under one heading: "Consultations by other bodies", "External consultations".
  /\bconsultations? (?:by|from|of|run by) (?:other|external|partner) (?:bodies|organisations|authorities|councils|agencies)\b|\bexternal consultations?\b|\bresponses? to (?:external |national |government )?consultations\b/i,
  // A paper sent round the council's own services: "circulated for consultation to HR, Finance and Legal".
  /\b(?:circulated|sent|shared|submitted|referred|copied|passed)\b[^.;]{0,25}\bfor (?:comments? and |information and )?consultation\b/i,
  // One organisation told of a decision and asked for its comments: "X was informed in writing,
  // with the reasons, and invited to comment". That is notice of a decision, not a consultation.
  /\b(?:informed|told|notified|written to|advised)\b[^.;]{0,80}\band (?:was |were )?invited to (?:comment|respond|reply)\b/i,
  // Another body's consultation that this one answers: "our response to the DfE consultation".
  /\b(?:our|its|their|the council's|the council’s)\s+(?:own\s+)?(?:response|reply|submission)s?\s+to\s+(?:the|a|an)\s+[^.;]{0,80}?consultation\b/i,
  // Employment consultation with staff and unions (redundancy law), not a public consultation.
  /\bconsultation with (?:the )?(?:affected )?(?:[\w-]+ ){0,3}?(?:staff|employees|trade unions?)\b|\b(?:staff|employee|union|trade union)s?(?: and (?:trade )?unions?)? consultation\b|\bredundanc|\bcollective consultation\b/i,
];
// A decision record's field that names the people consulted: "Consultation: Cabinet Member for
// Adult Social Care", "Consultees – Head of Finance; Legal Services".
WHOLLY_INTERNAL.push(
  /^\W*(?:consultation(?: undertaken| carried out)?|consultees?|(?:who was |those )?consulted)\s*(?:[:\-–—]|\bwith\b)\s*(?:the\s+)?(?:leader|deputy leader|cabinet members?|portfolio holders?|chair(?:man|person)?|ward (?:members?|councillors?)|local members?|chief (?:executive|officer|finance officer)|directors?|monitoring officer|section 151|s151|head of|executive members?|lead members?|legal|finance|hr|human resources|officers?|councillors?|(?:senior|corporate|extended) (?:leadership|management) team|(?:cmt|smt|dmt|elt|slt|clt)\b)/i,
);
const INTERNAL = [...NAMED_PARTY, ...WHOLLY_INTERNAL];

/**
 * The sentence with each named-party clause ("in consultation with the Cabinet Member for
 * Communities,") blanked out up to the next comma, semicolon or colon, keeping offsets. What
 * is left can still name a real consultation: "The Head of Commissioning will, in
 * consultation with the Cabinet Member, carry out an eight-week consultation …".
 */
function maskNamedParties(text: string): string {
  if (!/consult/i.test(text)) return text;
  let masked = text;
  for (const pattern of NAMED_PARTY_ALL) {
    for (const match of text.matchAll(pattern)) {
      const rest = text.slice(match.index);
      const clauseEnd = rest.search(/[,;:]/);
      const end = match.index + (clauseEnd < 0 ? rest.length : clauseEnd);
      masked = masked.slice(0, match.index) + ' '.repeat(end - match.index) + masked.slice(end);
    }
  }
  return masked;
}

/** "no consultation", "does not require consultation", "not subject to consultation". */
const NEGATED = /\b(?:no|not|without|nor)\b[^.;:]{0,30}\b(?:consult|survey|questionnaire)/i;

/** General statements about consultations, not a particular one. Their durations are ignored. */
// "policy" and "guidance" only as the rules for consulting ("our consultation policy"): "consulting
// on the draft Grants Policy" is a particular consultation.
const GENERIC_WORDS = String.raw`normal(?:ly)?|usual(?:ly)?|standard|consultation (?:policy|guidance|charter|code)|engagement (?:policy|guidance|charter)|policy (?:on|for|about) consult\w*|policy is to consult|(?:government|cabinet office) guidance|consultation principles|code of practice|recommends?|recommended`;
/** The words a general statement is about: how consultations run and for how long. */
const PRACTICE_WORDS = String.raw`consult\w*|weeks?|days|months?|periods?|length|timescales?`;
/**
 * A general word counts only near what it generalises ("we normally consult for 12 weeks",
 * "our consultation policy"), not anywhere in the sentence: "a four-week consultation … on a
 * single lettings policy and standard hire charges" is a particular consultation.
 */
const GENERIC = new RegExp(
  String.raw`\b(?:${GENERIC_WORDS})\b[^.;]{0,40}?\b(?:${PRACTICE_WORDS})\b|\b(?:${PRACTICE_WORDS})\b[^.;]{0,40}?\b(?:${GENERIC_WORDS})\b|\bshould (?:normally )?(?:last|run)\b|\bformal consultations\b|\bwritten consultations\b`,
  'i',
);

/** The consultation at hand, named as such. */
const THIS_ONE = /\b(?:this|the current|the present) (?:survey|consultation|engagement|questionnaire)\b/i;

/** Cues that a consultation is being opened, run or proposed (present or future). */
const INVITES =
  /\b(?:opens?|closes?|closing|runs?|will run|is open|are open|now open|open until|out for consultation|until|deadline|respond|your response|fill (?:in|out)|take part|get involved|responses? (?:should|must|can|may) be|send|submit|complete|have your say|tell us|your views|their views|views are|your comments|comments are|(?:we are|we're|is|are) (?:now )?consulting|launch(?:es|ing)?|will be launched|carry out|undertake|take place|begins?|start(?:s|ing)?|approves?|agrees? (?:to|that)|invited|invites?|want to hear|would like to hear)\b/i;

/** A title or label that introduces a particular consultation: "Consultation on …", "Public consultation: …". */
const TITLE = /^(?:[\d.]+\s+)?(?:(?:public|formal|draft|budget|statutory)\s+)?consultation(?:\s+(?:on|about|into|for)\b|(?:\s+(?:period|dates?|opens|closes))?\s*:)/i;

/** Cues that a sentence reports a consultation in the past. */
const PAST =
  /\b(?:ran|closed|was open|were invited|took place|received|(?:we|was|were) held|was carried out|conducted|consulted|responded|took part|thank you|thanks to|last (?:year|spring|summer|autumn|winter|month)|previous|earlier|had (?:been )?\w+(?:ed|en|wn|un|ught)|(?:was|were) (?:\w+ly )?(?:appointed|published|launched|asked|invited|sent|given|made|run|opened))\b/i;

/** A page that reports its consultation closed, or its results. */
const CLOSED_STATUS =
  /\b(?:consultation|survey|engagement)\s+(?:is\s+|has\s+)?(?:now\s+)?closed\b|\(closed\)|\bstatus:?\s*closed\b|\bwe asked,? you said\b|\bresponses? to (?:the|this) consultation\b|\b(?:results|outcome|findings|summary) of (?:the|this) consultation\b/i;
/** Time left to respond, which tells a reader when it closes even with no date: "Closes in 9 days", "3 days left". */
const COUNTDOWN =
  /\bclos(?:es|ing) (?:in \d+|in (?:one|two|three|four|five|six|seven|eight|nine|ten)\b|today|tomorrow|soon)|\b\d+ (?:days?|weeks?|hours?) (?:left|remaining|to go)\b|\bextension to (?:tomorrow|today)\b|\bdeadline\b/i;

/** Opening and closing cues, read in the words just before a date; the last cue wins. */
const CLOSE_WORDS = /^(?:clos(?:es|ing|e|ed)|deadline|until|till|by|end date|ends?|ending|no later than|before)$/i;
const ROLE_CUE =
  /\b(?:clos(?:es|ing|e|ed)|deadline|until|till|by|end date|ends?|ending|no later than|before|opens?|opened|opening|starts?|started|starting|start date|begins?|began|commencing|commences?|launch(?:es|ed)?|launch date|(?:goes|go|went|going) live|from)\b/gi;
/**
 * A new closing date: "has been extended to 17 October", "moved to", "new closing date:". It
 * replaces any closing date read before it.
 */
const EXTENDED_CLOSE = /\b(?:(?:extended|moved|put back|pushed back|deferred)\s+(?:to|until|till)|new closing date(?:\s+is)?\s*:?)\s*$/i;
const CLOSING_SUBJECT = /\b(?:clos\w*|deadline|consultation|responses?|survey|engagement|comments|feedback)\b/i;
/** "extended from 26 September to 17 October": a change of closing date, not a period. */
const EXTENDED_RANGE = /\b(?:extended|moved|put back|pushed back|changed)\s*$/i;
/** A closing date that no longer applies: "It was originally due to close on 26 September". */
const SUPERSEDED = /\b(?:originally|previously|formerly|initially|was (?:due|meant|planned|set) to|had been (?:due|planned|set) to|instead of|rather than|old closing date)\b/i;
/** "by" closes a consultation only in a sentence about responding. */
const RESPONDING = /\b(?:respon\w*|repl(?:y|ies)|comments?|views|feedback|send|submit|return|complete|fill in|form|survey|questionnaire|representations|tell us|have your say|take part|get involved)\b/i;

/** Shortness and reason cues, for "explained" detection. */
const SHORTER =
  /\b(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) weeks?,? (?:rather than|instead of|and not|not) (?:the (?:usual|normal|standard|full) )?(?:twelve|12)\b|why (?:is it |is the consultation |is this consultation |are we consulting for )?(?:only|just) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) weeks\b|shorter|shortened|shorten|(?:is|are|it's|that's|very|quite|rather|a bit|bit) tight|quick turnaround|short notice|short window|limited time|not (?:much|a lot of) time|brief (?:period|window)|only (?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) (?:weeks?|months?|days) long|(?:kept|is|was|been|be|deliberately|necessarily|relatively|['’]s|it['’]s (?:a bit|quite|very|rather)) short|(?:kept|limited|restricted|held|confined|cut|capped) (?:it )?(?:down )?to (?:just |only )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) weeks|(?:only|just) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) weeks|(?:period|consultation) (?:so )?short\b|short (?:period|consultation|timescale|window)|reduced|curtailed|truncated|compressed|less (?:time )?than (?:the |our )?(?:usual|normal|standard|recommended|12|twelve)|fewer than|than (?:the |our |we would )?(?:usual|normal|normally|standard|recommended|like)|(?:would |we )?(?:normally|usually|generally) (?:consult|run (?:a |our )?consultations?|allow) (?:for )?(?:twelve|12) weeks)\b/i;
/** A sentence saying that no reason was given. */
const NO_REASON =
  /\b(?:no|without(?: any| a)?)\s+(?:reasons?|explanation|justification)\b|\b(?:reasons?|explanation)\b[^.]{0,40}\b(?:was|were|has|have) (?:not|never) been (?:given|recorded|stated|explained|provided)|\b(?:reasons?|explanation)\b[^.]{0,40}\b(?:was|were) (?:not|never) (?:given|recorded|stated|explained|provided)/i;

/** A sentence that draws a consequence from the one before: "That leaves us …", "This means …", "As a result …". */
const CONSEQUENCE_START = /^\W*(?:that|this|which|so|therefore|thus|hence|as a result|consequently|in turn)\b/i;
/** A heading about the consultation's length: "Why is this consultation shorter than usual?", "Why six weeks?". */
const ABOUT_LENGTH = /\b(?:why|reasons?)\b.*\b(?:short|shorter|weeks?|length|period|timescale|quick)\b/i;
/** Connectives that give a reason on their own ("because the budget must be set"). */
const STRONG_REASON = /\b(?:because|cos|coz|cuz|due to|owing to|as a result of|the reason|reasons? (?:for|why)|given that|(?:that|this|which) is why|for (?:that|this) reason)\b/i;
/** Connectives that also state a purpose ("so that everyone can take part"): a reason only next to a shortness cue. */
const WEAK_REASON = /\b(?:in order to|so that|so as to|since|to allow|to meet|to enable)\b/i;
/** A cause stated without a connective, next to a shortness cue: "The law requires …", "… must be set by March". */
const CAUSE = /\b(?:requires?|required|must|has to|have to|needs? to|needs? (?:our|an|a|the) (?:answer|decision|reply)|deadline|statutory|by law|the law|no room|no time|urgent(?:ly)?|timetable|could not|cannot|can't|unable to|would (?:lose|miss))\b|\b(?:will not|won['’]t|does not|doesn['’]t|did not|didn['’]t) (?:confirm|announce|publish|tell us|tell councils)\b[^.]{0,60}\buntil\b/i;
/** "… by 10 November to enable us to meet national timescales": a purpose that is a deadline is a reason. */
const DEADLINE_WORD = /\b(?:timescales?|deadlines?|timetable|in time for)\b/i;
const PERIOD_WORD = /\b(?:period|timescale|timetable|weeks?|days|length|deadline)\b/i;

/** Statutory consultations that have their own legal minimum (domain reference, section 2). */
export interface StatutoryKind {
  kind: 'planning-application' | 'supplementary-planning-document' | 'local-plan' | 'neighbourhood-plan' | 'development-consent' | 'licensing';
  /** Plain-English name for messages. */
  title: string;
  /** The legal minimum, in days. */
  minDays: number;
}

const STATUTORY: { pattern: RegExp; kind: StatutoryKind }[] = [
  {
    pattern: /\bsupplementary planning document\b|\bSPD\b/i,
    kind: { kind: 'supplementary-planning-document', title: 'supplementary planning document', minDays: 28 },
  },
  {
    pattern: /\blocal plan\b|\bregulation 1[89]\b|\bdevelopment plan document\b/i,
    kind: { kind: 'local-plan', title: 'Local Plan', minDays: 42 },
  },
  {
    pattern: /\bneighbourhood (?:development )?plan\b/i,
    kind: { kind: 'neighbourhood-plan', title: 'neighbourhood plan', minDays: 42 },
  },
  {
    // The Act and the procedure order head the statutory notices for planning applications.
    pattern: /\bplanning (?:applications?|committee|permission)\b|\bneighbour notification\b|\bhouseholder application\b|\bdevelopment management procedure\b|\btown and country planning act\b/i,
    kind: { kind: 'planning-application', title: 'planning application', minDays: 21 },
  },
  {
    pattern: /\bdevelopment consent\b|\bsection 42\b|\bnationally significant infrastructure\b/i,
    kind: { kind: 'development-consent', title: 'development consent', minDays: 28 },
  },
  {
    pattern: /\blicensing application\b|\bpremises licence\b/i,
    kind: { kind: 'licensing', title: 'licensing application', minDays: 28 },
  },
];

// ── Results ──────────────────────────────────────────────────────────────────

/**
 * How the length was worked out.
 * - `dates`: from the stated opening date to the stated closing date;
 * - `stated-period`: from a stated length ("a 12-week consultation");
 * - `reference-to-close`: only a closing date is given, so from the reference date to it;
 * - `closed`: only a closing date is given and it has passed, so the length cannot be known;
 * - `vague`: the period is given in whole months ("from April until June 2025"): not counted;
 * - `none`: no closing date and no length.
 */
export type ConsultationBasis = 'dates' | 'stated-period' | 'reference-to-close' | 'closed' | 'vague' | 'none';

export interface ConsultationOptions {
  /** The Compact minimum in days (84 = 12 weeks). */
  minDays: number;
  /** `skip`: statutory planning and licensing consultations are not checked; `check`: checked against their own legal minimum. */
  statutory: 'skip' | 'check';
}

export interface ConsultationAnalysis {
  isConsultation: boolean;
  /**
   * `ok` when the period meets the minimum, `too-short`, `missing` (no close and no length),
   * `closed` (only a closing date, already past: the length cannot be checked), or null when
   * not a consultation.
   */
  problem: 'ok' | 'too-short' | 'missing' | 'closed' | null;
  /** ISO dates, or null when not known. */
  start: string | null;
  close: string | null;
  /** Close − start in days; null when no length could be worked out. */
  lengthDays: number | null;
  requiredDays: number;
  basis: ConsultationBasis;
  /** True when the document explains why the period is shorter. */
  explained: boolean;
  /** The sentence that explains it, quoted. */
  reason: string | null;
  /** A statutory consultation with its own legal minimum, or null. */
  statutory: StatutoryKind | null;
  /** True when statutory and the `statutory: 'skip'` option says not to check it. */
  skipped: boolean;
  /** Where to point a reader: the dates or length, or where the consultation is introduced. */
  span: { start: number; end: number };
  /** Text of the stated length, when the basis is `stated-period`. */
  statedLength: string | null;
  /** The sentence that introduces the consultation. */
  introduction: { start: number; end: number } | null;
  /** True when the document reports the consultation as already held ("ran from … to …"). */
  past: boolean;
  /** For `reference-to-close`: where the reference date came from. */
  referenceSource: DocumentFacts['referenceDateSource'] | null;
}

const NOT_A_CONSULTATION: ConsultationAnalysis = {
  isConsultation: false,
  problem: null,
  start: null,
  close: null,
  lengthDays: null,
  requiredDays: 0,
  basis: 'none',
  explained: false,
  reason: null,
  statutory: null,
  skipped: false,
  span: { start: 0, end: 0 },
  statedLength: null,
  introduction: null,
  past: false,
  referenceSource: null,
};

// ── Sentence reading ─────────────────────────────────────────────────────────

/**
 * A consultation named afresh, not referred back to: "the consultation mailbox", "this
 * consultation" and "the law requires us to consult for 30 days" point at one already named;
 * "a consultation", "consulting residents" name one.
 */
const NEW_CONSULTATION =
  /(?<!\b(?:the|this|our|its) (?:[\w-]+ )?)consultations?\b|\bconsult(?:ing|ed|s)? (?:with )?(?:local )?(?:residents|the public|people|you|partners|organisations|the community|communities|service users|patients|stakeholders|groups|businesses|tenants)\b/i;
/** How many paragraphs back an invitation looks for the consultation it answers. */
const INVITATION_REACH = 3;

/**
 * "The draft is circulated for consultation to Finance and Legal. Please send any comments by
 * Friday." An invitation that names no consultation of its own ("send comments to your line
 * manager or the consultation mailbox") answers the consultation named last before it, within a few paragraphs. When that
 * one is internal (a sign-off step, staff and unions), the invitation is internal too and does
 * not start a public consultation.
 */
function followInternalInvitations(sentences: ReadSentence[]): ReadSentence[] {
  let lastNamed: ReadSentence | null = null;
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]!;
    const namesConsultation = NEW_CONSULTATION.test(maskNamedParties(sentence.text));
    if (sentence.relevant && !namesConsultation && lastNamed && sentence.paragraph - lastNamed.paragraph <= INVITATION_REACH &&
      WHOLLY_INTERNAL.some((pattern) => pattern.test(lastNamed!.text))) {
      sentences[at] = { ...sentence, relevant: false, introduces: false };
    }
    if (namesConsultation) lastNamed = sentence;
  }
  // A heading ("Proposed restructure – start of formal consultation") over a paragraph that
  // opens an internal consultation ("… a formal 30-day consultation with staff and the trade
  // unions") titles that one.
  for (let at = 0; at + 1 < sentences.length; at++) {
    const heading = sentences[at]!;
    const next = sentences[at + 1]!;
    if (!heading.relevant || next.paragraph === heading.paragraph || sentences[at - 1]?.paragraph === heading.paragraph) continue;
    if (/consult/i.test(next.text) && WHOLLY_INTERNAL.some((pattern) => pattern.test(next.text))) sentences[at] = { ...heading, relevant: false, introduces: false };
  }
  return sentences;
}

interface ReadSentence extends SentenceSpan {
  /** Names a particular consultation (not internal, negated or general). */
  relevant: boolean;
  /** Opens, runs or proposes a consultation now or in future. */
  introduces: boolean;
  past: boolean;
  generic: boolean;
  mention: { start: number; end: number } | null;
  /** About another body's consultation ("The Commission's consultation closes on …"): its dates are not this one's. */
  otherBody?: boolean;
  /** An answer to "When does the consultation close?": its date is the closing date, with no cue of its own. */
  answers?: 'open' | 'close';
}

function readSentence(sentence: SentenceSpan): ReadSentence {
  // Line breaks inside a sentence are a PDF's or an email's wrapping ("circulated for\n
  // consultation"): read them as spaces (same length, so offsets hold).
  const text = sentence.text.includes('\n') ? sentence.text.replace(/\r?\n/g, (breakChars) => ' '.repeat(breakChars.length)) : sentence.text;
  const mightMention = MIGHT_MENTION.test(text);
  const masked = mightMention ? maskNamedParties(text) : text;
  const match = mightMention ? MENTION.exec(masked) : null;
  // Most sentences never mention a consultation: only their generic-ness matters (for nearby dates).
  if (!match) {
    const timed = sentence.times.length > 0;
    return read(sentence, { relevant: false, introduces: false, past: timed && PAST.test(text), generic: timed && GENERIC.test(text), mention: null });
  }
  // A table or list parsed as one sentence: internal only when every line naming a consultation is.
  const tableOrList = sentence.text.includes('|') || /\n\s*(?:[-*•·▪]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)])\s/.test(sentence.text);
  const mentionLines = tableOrList ? sentence.text.split('\n').filter((line) => MENTION.test(maskNamedParties(line))) : [text];
  const internal = mentionLines.length > 0 && mentionLines.every((line) => WHOLLY_INTERNAL.some((pattern) => pattern.test(line)));
  const negated = NEGATED.test(masked);
  // "… less time than our usual twelve weeks, so this survey is open for five weeks" compares
  // this consultation with the usual one: it is about this one.
  const generic = GENERIC.test(text) && !THIS_ONE.test(text);
  const past = PAST.test(text);
  // Feedback from grant applicants, or comments on bids, is not a consultation.
  const applications = APPLICATIONS.test(text) && !/consult/i.test(text);
  const relevant = Boolean(match) && !internal && !negated && !applications;
  const title = TITLE.test(text.trim());
  const hasDates = sentence.times.some((time) => time.kind === 'date' || time.kind === 'range');
  // "consultations" in the plural speaks of consultations in general (a hub's index, a policy).
  const plural = /consultations$/i.test(match[0]);
  const introduces = relevant && !past && !plural && (title || INVITES.test(masked)) && (!generic || hasDates);
  return read(sentence, {
    relevant: relevant && (!generic || hasDates),
    introduces,
    past,
    generic,
    mention: { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length },
  });
}

/**
 * A sentence with its reading. Fields are copied by name rather than spread: this runs for
 * every sentence of the document, and an object spread here cost more than all the
 * pattern tests together.
 */
function read(sentence: SentenceSpan, reading: Omit<ReadSentence, keyof SentenceSpan>): ReadSentence {
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    paragraph: sentence.paragraph,
    times: sentence.times,
    relevant: reading.relevant,
    introduces: reading.introduces,
    past: reading.past,
    generic: reading.generic,
    mention: reading.mention,
  };
}

/**
 * Sentences that can carry the consultation's dates: those that name it, and nearby
 * sentences (the same paragraph or the next few) that give an opening or closing date
 * ("Closing date: 21 February 2025" under a "Consultation on …" heading).
 */
/** A heading under which dates may belong to a consultation named elsewhere on the page. */
const DATES_HEADING = /\b(?:consult\w*|surveys?|engagement|have your say|dates?|timetable|timescales?|deadlines?|how to (?:respond|take part|comment)|respond\w*|get involved|tell us)\b/i;

function timingSentences(sentences: ReadSentence[], sections: readonly Section[] = []): ReadSentence[] {
  // Consultations counted or in general, with no date of their own ("The council ran 14 public
  // consultations during the year", "a list of all consultations"), are not one consultation:
  // the dates around them (a Compact Week, a grants timetable) are not a consultation's. A
  // list's heading ("Open consultations", "These are the consultations we will run") still is.
  const anchorParagraphs = new Set(sentences.filter((sentence) => sentence.relevant && !(sentence.times.length === 0 && countedOrGeneral(sentence))).map((sentence) => sentence.paragraph));
  // Hub pages put the dates above the invitation ("Closes 8 June · Opened 28 April", then
  // "Tell us what you think"), reports below it: look both ways.
  const nearAnchor = (paragraph: number) => [-3, -2, -1, 0, 1, 2, 3].some((step) => anchorParagraphs.has(paragraph + step));
  // Near in paragraphs but under another heading ("3. Events": "Compact Week ran from 3 to
  // 7 November") is about something else, unless that heading is about dates or responding.
  const anchorSections = new Set(sentences.filter((sentence) => anchorParagraphs.has(sentence.paragraph)).map((sentence) => sectionAt(sections, sentence.start)));
  const otherSection = (sentence: ReadSentence) => {
    if (!sections.length) return false;
    const own = sectionAt(sections, sentence.start);
    return own !== undefined && !anchorSections.has(own) && !DATES_HEADING.test(own.title);
  };
  // A table's rows go with its header, however long the table: a run of "a | b" lines is near
  // a consultation when any line of it is.
  const anchoredRows = new Set<ReadSentence>();
  for (let at = 0; at < sentences.length; ) {
    if (!sentences[at]!.text.includes('|')) {
      at++;
      continue;
    }
    let end = at;
    while (end < sentences.length && sentences[end]!.text.includes('|')) end++;
    const run = sentences.slice(at, end);
    if (run.some((row) => row.relevant || nearAnchor(row.paragraph))) for (const row of run) anchoredRows.add(row);
    at = end;
  }
  return sentences.filter((sentence, index) => {
    if (sentence.relevant) return true;
    // "Closing date:" or "This consultation closes at" on one line and the date on the next.
    const before = sentences[index - 1];
    if (before && anchorParagraphs.size > 0 && sentence.start - before.end <= 3 && sentence.times.length && (before.relevant || DATE_FIELD.test(before.text)) && WRAPPED_CUE.test(before.text)) return true;
    if (sentence.generic || sentence.otherBody || !sentence.times.length) return false;
    // "Embargoed until 00:01, Wednesday 1 October 2025" dates a press release, not a closing date.
    if (/\bembargo/i.test(sentence.text)) return false;
    if (INTERNAL.some((pattern) => pattern.test(sentence.text)) || NEGATED.test(sentence.text)) return false;
    if (APPLICATIONS.test(sentence.text)) return false;
    // A labelled date field ("Closing date: …", "Opened …") counts wherever it stands on a page that names a consultation.
    return (nearAnchor(sentence.paragraph) && !otherSection(sentence)) || anchoredRows.has(sentence) || (anchorParagraphs.size > 0 && DATE_FIELD.test(sentence.text));
  });
}

const COUNTED_OR_GENERAL = /\b(?:all|any|every|future|many|several|some|most|other|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?consultations\b/i;

function countedOrGeneral(sentence: ReadSentence): boolean {
  return sentence.mention !== null && /consultations$/i.test(sentence.text.slice(sentence.mention.start - sentence.start, sentence.mention.end - sentence.start)) && COUNTED_OR_GENERAL.test(sentence.text);
}

/**
 * A line that starts with a date field's label: "Closes 8 June", "Consultation opened: …",
 * "• Closing date: …", "**Closes:** …", a key-dates table's "| Closes | …", "Have your say by: …".
 */
const DATE_FIELD =
  /^[ \t]*(?:\|[ \t]*)?(?:[-•*·][ \t]*)?(?:\*\*|__)?(?:(?:public |formal )?(?:consultation|survey|engagement)[ \t]+)?(?:have your say by|respond by|opens?|opened|open date|opening date|start(?:s|ed| date)?|launch(?:es|ed| date)?|closes?|closed|closing date|close date|end(?:s|ed| date)?|deadline|dates?|period)\b/im;

/** What a funding decision dates: the grant, contract or agreement, the funded activities, a financial year. */
const FUNDED_PERIOD = /\b(?:award(?:s|ed|ing)?|grants?|contracts?|agreements?|activities|financial year|leases?|tenanc(?:y|ies))\b/i;

/** Closing dates of grant rounds, tenders and nominations are not consultations. */
const APPLICATIONS = /\b(?:applications?|applicants?|apply|bids?|bidding|(?:funding|grants?|bidding|awards?) (?:rounds?|windows?)|nominations?|expressions? of interest|tenders?|tendering|quotes?)\b|\bround (?:opened|opens|closed|closes|is open|was open)\b/i;

type Role = 'open' | 'close' | 'extended' | null;

/** Is this date an opening or a closing date? Read the words between the previous date (or sentence start) and it. */
const WRAPPED_CUE = /\b(?:clos(?:es|ing|e)|opens?|opening|runs?|until|till|by|from|deadline)\b(?:\s+(?:at|on|is|of|date|from|until))*\s*:?\s*$/i;

function roleOf(sentence: ReadSentence, date: DateExpression, text: string): Role {
  const previous = sentence.times.filter((time) => time.end <= date.start).pop();
  let window = text.slice(previous ? previous.end : sentence.start, date.start);
  // "This consultation closes at\n11:59pm on 8 March 2024": a line that breaks after its cue
  // gives the date on the next line its role.
  const lineBreak = text.lastIndexOf('\n', sentence.start - 1);
  if (!previous && lineBreak !== -1 && /^[ \t]*$/.test(text.slice(lineBreak + 1, sentence.start))) {
    const lineBefore = text.slice(text.lastIndexOf('\n', lineBreak - 1) + 1, lineBreak);
    if (WRAPPED_CUE.test(lineBefore)) window = `${lineBefore} ${window}`;
  }
  if (EXTENDED_CLOSE.test(window)) return 'extended';
  if (SUPERSEDED.test(window)) return null;
  const cues = [...window.matchAll(ROLE_CUE)];
  const last = cues.pop();
  if (!last) return sentence.answers && !previous ? sentence.answers : null;
  if (CLOSE_WORDS.test(last[0])) {
    if (/^by$/i.test(last[0]) && !RESPONDING.test(sentence.text)) return null;
    return 'close';
  }
  return 'open';
}

/** Durations that describe how long the consultation runs (not "within 12 weeks of closing", not notice). */
function isRunLength(duration: DurationExpression, text: string): boolean {
  if (duration.unit === 'year') return false;
  if (duration.qualifier === 'within' || duration.qualifier === 'up-to' || duration.qualifier === 'no-more-than') return false;
  if (duration.nextWord === 'notice') return false;
  const after = text.slice(duration.end, duration.end + 40);
  if (/^\W*(?:after|before|later|earlier|ago|of (?:the|its) (?:close|closing|consultation|end))\b/i.test(after)) return false;
  // A countdown is the time left, not the length: "Closes in 9 days", "3 days left to respond".
  if (/^\s*(?:left|remaining|to go)\b/i.test(after)) return false;
  // "extended by four weeks", "a further two weeks": a change to the period, not its length.
  const before = text.slice(Math.max(0, duration.start - 20), duration.start);
  if (/\b(?:clos(?:es|ing|e)|ends?|ending|finish(?:es)?) in\s*$/i.test(before)) return false;
  // The length it is compared with: "shorter than the 12 weeks we would normally allow", "less
  // time than our usual twelve weeks".
  const longBefore = text.slice(Math.max(0, duration.start - 45), duration.start);
  if (COMPARED_BEFORE.test(longBefore) || /^\s*(?:that |which )?(?:we|the council|it) (?:would |will |should )?(?:normally|usually|generally|typically)\b/i.test(after)) return false;
  return !/\b(?:by|extra|additional|further|another)\s*$/i.test(before);
}

/** Words just before a length that make it the yardstick, not this consultation's length. */
const COMPARED_BEFORE =
  /\b(?:than|instead of|rather than|at least|a minimum of|compared (?:with|to))(?: (?:the|our|a))?(?: (?:usual|normal|standard|recommended|full|expected|customary))?\s*$|\b(?:usual|normal|standard|recommended|customary)\s*$/i;

function durationDays(duration: DurationExpression, anchor: Date | null, backwards = false): number {
  if (duration.days !== null) return duration.days;
  const months = duration.months ?? 0;
  // Calendar months: count them from the known end if there is one.
  if (anchor) return Math.abs(daysBetween(anchor, addCalendarMonths(anchor, backwards ? -months : months)));
  return Math.round(months * 30.44);
}

function statutoryOfText(text: string): StatutoryKind | null {
  for (const { pattern, kind } of STATUTORY) if (pattern.test(text)) return kind;
  return null;
}

function statutoryOf(sentences: ReadSentence[]): StatutoryKind | null {
  for (const sentence of sentences) {
    const kind = statutoryOfText(sentence.text);
    if (kind) return kind;
  }
  return null;
}

/**
 * Headings just above the first sentence that names the consultation: short one-sentence
 * paragraphs in the three paragraphs before it. A statutory notice names its Act or
 * procedure there ("TOWN AND COUNTRY PLANNING (DEVELOPMENT MANAGEMENT PROCEDURE) …") and
 * then asks for representations "about this application".
 */
function headingsAbove(sentences: ReadSentence[], first: ReadSentence | undefined): ReadSentence[] {
  if (!first) return [];
  const perParagraph = new Map<number, number>();
  for (const sentence of sentences) perParagraph.set(sentence.paragraph, (perParagraph.get(sentence.paragraph) ?? 0) + 1);
  return sentences.filter(
    (sentence) =>
      sentence.paragraph < first.paragraph &&
      sentence.paragraph >= first.paragraph - 3 &&
      perParagraph.get(sentence.paragraph) === 1 &&
      sentence.text.trim().length <= 160,
  );
}

/**
 * The sentence that explains a shorter period, looked for near the consultation. A sentence
 * that admits the period is shorter may leave the cause to the sentences after it in the same
 * paragraph ("This is shorter than twelve weeks. The law requires the tax to be set by
 * 11 March."): the reason quoted is then the admission with its cause.
 */
function findReason(
  sentences: ReadSentence[],
  paragraphs: Set<number>,
  pastPeriod: boolean,
  inScope: (sentence: ReadSentence) => boolean = () => true,
  exact = false,
): string | null {
  const tidy = (text: string) => text.trim().replace(/(^|\s)#{1,6}\s+/g, '$1').replace(/\s+/g, ' ');
  for (const [at, sentence] of sentences.entries()) {
    const near = exact ? paragraphs.has(sentence.paragraph) : [-2, -1, 0, 1, 2].some((offset) => paragraphs.has(sentence.paragraph + offset));
    if (!near) continue;
    const text = sentence.text;
    if (!pastPeriod && /\b(?:was|were|had been) (?:\w+ )?(?:shorter|short|shortened|reduced|curtailed)\b/i.test(text)) continue;
    // Another body's reason for its own consultation ("The board … had to keep its consultation to eight weeks").
    if (/\b(?:its|their) (?:own )?consultation\b/i.test(text) && !/\b(?:our|this) consultation\b/i.test(text)) continue;
    if (!inScope(sentence)) continue;
    // "No reason for the short period was recorded" says the opposite of a reason.
    if (NO_REASON.test(text)) continue;
    const shorter = SHORTER.test(text);
    const strong = STRONG_REASON.test(text);
    const pressed = WEAK_REASON.test(text) && DEADLINE_WORD.test(text);
    if ((strong && (shorter || PERIOD_WORD.test(text))) || (shorter && (WEAK_REASON.test(text) || CAUSE.test(text))) || pressed) return tidy(text);
    if (!shorter) continue;
    // "… must agree the budget on 20 February. That leaves us less time than our usual twelve
    // weeks": a consequence that points back at the cause given just before it.
    const previous = sentences[at - 1];
    if (CONSEQUENCE_START.test(text) && previous && previous.paragraph === sentence.paragraph && (STRONG_REASON.test(previous.text) || CAUSE.test(previous.text) || DEADLINE_WORD.test(previous.text))) {
      return tidy(`${previous.text} ${text}`);
    }
    // A question or heading ("Why is the consultation shorter than 12 weeks?") is answered in the next paragraph.
    const heading = /\?[*_]*$/.test(sentence.text.trim()) || sentences[at + 1]?.paragraph !== sentence.paragraph;
    const followers = sentences
      .slice(at + 1, at + 3)
      .filter((next) => next.paragraph === sentence.paragraph || (heading && next.paragraph === sentence.paragraph + 1));
    const cause = followers.find((next) => STRONG_REASON.test(next.text) || WEAK_REASON.test(next.text) || CAUSE.test(next.text));
    if (cause) return tidy([text, ...followers.slice(0, followers.indexOf(cause) + 1).map((next) => next.text)].join(' '));
  }
  return null;
}

interface Period {
  past?: boolean;
  /** The table or list row the period was read from, when it was. */
  row?: string;
  referenceSource?: DocumentFacts['referenceDateSource'];
  start: Date | null;
  close: Date | null;
  lengthDays: number | null;
  basis: ConsultationBasis;
  span: { start: number; end: number };
  statedLength: string | null;
}

function periodFromRange(range: RangeExpression): Period | null {
  if (!range.from || range.reversed || range.days === null) return null;
  // "August – September 2025" gives no days to count: too vague to call a period short, but a
  // reader must not be told it gives no closing date either.
  if (range.from.precision === 'month' && range.to.precision === 'month') {
    return { start: null, close: range.to.date, lengthDays: null, basis: 'vague', span: { start: range.start, end: range.end }, statedLength: null };
  }
  return {
    start: range.from.date,
    close: range.to.date,
    lengthDays: range.days,
    basis: 'dates',
    span: { start: range.start, end: range.end },
    statedLength: null,
  };
}

/** Work out the consultation periods from the timing sentences: each full date range is one period. */
interface Reference {
  date: Date;
  source: DocumentFacts['referenceDateSource'];
}

/** The line of text around an offset. */
function lineAround(text: string, offset: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const found = text.indexOf('\n', offset);
  const end = found === -1 ? text.length : found;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A date in a table row ("Tenant strategy | 14.04.2025 | 09.06.2025") takes its role from its
 * column's header ("Consultation | Opens | Closes"), read by the date grammar's own header
 * reader: the nearest row above with no digits.
 */
function tableRole(text: string, date: DateExpression): Role {
  const row = lineAround(text, date.start);
  if (!row.text.includes('|') && !row.text.includes('\t')) return null;
  let above = row.start - 1;
  for (let rows = 0; above > 0 && rows < 40; rows++) {
    const line = lineAround(text, above);
    if (!line.text.includes('|') && !line.text.includes('\t')) return null;
    if (!/\d/.test(line.text) && !/^[\s|:-]+$/.test(line.text)) {
      const columns = readHeader(text, line.start, line.end);
      if (!columns) return null;
      const column = cellsOf(text, row.start, row.end, columns.separator).findIndex((cell) => cell.start <= date.start && date.start < cell.end);
      return column === columns.open ? 'open' : column === columns.close ? 'close' : null;
    }
    above = line.start - 1;
  }
  return null;
}

const BULLET = /^[ \t]*(?:[•·▪‣◦*-]|\d{1,2}[.)])[ \t]+/;

/**
 * The list item or table row an offset belongs to: its own line when that is a table row, else
 * the bulleted item it stands in (from the bullet to the next one, up to four lines back). A hub
 * page lists several consultations, one to an item; each is judged on its own.
 */
function itemAround(text: string, offset: number): string | undefined {
  let line = lineAround(text, offset);
  if (line.text.includes('|')) return line.text;
  // An item under its own title line: "**Draft Local Plan (Regulation 19)**" then "2 May 2025 to 13 June 2025".
  if (line.start > 0) {
    const above = lineAround(text, line.start - 1);
    if (/^\s*(?:\*\*.+\*\*|#{1,6}\s.+)\s*$/.test(above.text)) return text.slice(above.start, line.end);
  }
  for (let back = 0; back < 4 && !BULLET.test(line.text); back++) {
    if (line.start === 0 || !line.text.trim()) return undefined;
    line = lineAround(text, line.start - 1);
  }
  if (!BULLET.test(line.text)) return undefined;
  let end = line.end;
  while (end < text.length) {
    const next = lineAround(text, end + 1);
    if (!next.text.trim() || BULLET.test(next.text)) break;
    end = next.end;
  }
  return text.slice(line.start, end);
}

/** The lines around an offset up to the blank lines before and after it (at most 600 characters each way). */
function blockAround(text: string, offset: number): string {
  const floor = Math.max(0, offset - 600);
  const ceiling = Math.min(text.length, offset + 600);
  const before = text.slice(floor, offset).lastIndexOf('\n\n');
  const after = text.slice(offset, ceiling).indexOf('\n\n');
  return text.slice(before === -1 ? floor : floor + before, after === -1 ? ceiling : offset + after);
}

/** Words on a range's own line that make it a consultation period, not another stage of a timetable. */
/**
 * A reason given in a footnote: "The budget consultation ran from 7 October to 2 December
 * 2026.[1]" and, at the foot, "[1] The consultation was shorter than the usual twelve weeks
 * because …".
 */
function footnotedReason(text: string, span: { start: number; end: number }): string | null {
  const line = lineAround(text, span.start);
  for (const marker of line.text.matchAll(/\[(\d{1,2})\]/g)) {
    const note = new RegExp(String.raw`(?:^|\n)[ \t]*\[${marker[1]}\][ \t]+([^\n]{10,400})`).exec(text.slice(line.end));
    if (note && SHORTER.test(note[1]!) && (STRONG_REASON.test(note[1]!) || CAUSE.test(note[1]!))) return note[1]!.trim();
  }
  return null;
}

/** The first line of the table a row belongs to (the run of "|" lines above it). */
function tableHeaderAbove(text: string, lineStart: number): string {
  let start = lineStart;
  for (let guard = 0; guard < 200 && start > 0; guard++) {
    const previous = lineAround(text, start - 1);
    if (!previous.text.includes('|')) break;
    start = previous.start;
  }
  return lineAround(text, start).text;
}

const PERIOD_CUES =
  /\b(?:consult\w*|open\w*|clos\w*|period|dates?|runs?|running|survey|questionnaire|respon\w*|views|comments?|have your say|engagement|representations|listening)\b/i;

/**
 * Is this range a consultation period? In a sentence about the consultation, yes. In a line of
 * a timetable or list ("Prepare final proposals | 2 July to 31 July"), only when the line
 * itself names the consultation or its dates, or holds nothing but the range.
 */
/** Dated events that are not consultations: closures, works, festivals, holidays. */
const OTHER_EVENT =
  /\b(?:closed for|will be closed|closures?|roadworks|road works|repairs?|resurfacing|refurbishment|building works|festival|exhibition|fun day|fair|holidays?|half[- ]term|term time)\b/i;

function isConsultationRange(sentence: ReadSentence, range: RangeExpression, text: string): boolean {
  const line = lineAround(text, range.start);
  // A line of prose hard-wrapped by a PDF or an email ("… You can comment\nfrom 1 September
  // until 29 September 2025 using the online form") reads with the lines around it.
  const before = text.slice(Math.max(0, line.start - 2), line.start);
  const wrapped = /^\s*[a-z]/.test(line.text) || /[a-z,]\n$/.test(before);
  const tableOrList = line.text.includes('|') || (sentence.text.includes('\n') && line.text.length < 120 && !wrapped);
  // "To award grants … for activities running between 1 May 2026 and 30 April 2027": near a
  // consultation, but the sentence dates what is funded, and names no consultation itself.
  if (!tableOrList && !sentence.relevant && FUNDED_PERIOD.test(sentence.text)) return false;
  // "The path … will be closed for repairs from 8 to 19 September": another kind of event.
  if (!tableOrList && !sentence.relevant && OTHER_EVENT.test(sentence.text)) return false;
  if (!tableOrList || range.cue === 'opens-closes') return true;
  if (INTERNAL.some((pattern) => pattern.test(line.text)) || APPLICATIONS.test(line.text)) return false;
  // Columns headed "Opens | Closes" make every row a period.
  if (range.from && (tableRole(text, range.from) === 'open' || tableRole(text, range.to) === 'close')) return true;
  const rest = (text.slice(line.start, range.start) + text.slice(range.end, line.end)).replace(/[\s|:()–-]+/g, '');
  // A row of a table whose header names consultations ("| Consultation | Lead service | Dates |").
  if (rest.length > 0) return PERIOD_CUES.test(line.text) || (line.text.includes('|') && /\b(?:consultations?|surveys?|engagements?)\b/i.test(tableHeaderAbove(text, line.start)));
  // A cell on a line of its own: the row's other cell is the next line ("19 May – 18 July |" then
  // "First period of public consultation |").
  const next = line.end < text.length ? lineAround(text, line.end + 1) : null;
  if (!next || !next.text.includes('|') || /\d/.test(next.text)) return true;
  return PERIOD_CUES.test(next.text) && !INTERNAL.some((pattern) => pattern.test(next.text));
}

interface Marked {
  date: DateExpression;
  role: 'open' | 'close';
  past: boolean;
  paragraph: number;
  sentence: ReadSentence;
}

/**
 * Pairs opening and closing dates given as separate fields or phrases: each closing date with
 * the nearest unused opening date on its line, else in its paragraph, else within two
 * paragraphs either way (hub pages list several consultations, each with its own pair).
 */
function pairFields(marks: Marked[]): { open: Marked; close: Marked }[] {
  const opens = marks.filter((mark) => mark.role === 'open');
  const used = new Set<Marked>();
  const pairs: { open: Marked; close: Marked }[] = [];
  for (const close of marks.filter((mark) => mark.role === 'close')) {
    const candidates = opens.filter((open) => !used.has(open) && daysBetween(open.date.date, close.date.date) > 0);
    const distance = (open: Marked) => Math.abs(open.paragraph - close.paragraph) * 10_000 + Math.abs(open.date.start - close.date.start) / 1_000_000;
    const best = candidates.filter((open) => Math.abs(open.paragraph - close.paragraph) <= 2).sort((a, b) => distance(a) - distance(b))[0];
    if (!best) continue;
    used.add(best);
    pairs.push({ open: best, close });
  }
  // One opening and one closing date on the whole page go together, however far apart.
  const closes = marks.filter((mark) => mark.role === 'close');
  if (!pairs.length && opens.length === 1 && closes.length === 1 && daysBetween(opens[0]!.date.date, closes[0]!.date.date) > 0) {
    pairs.push({ open: opens[0]!, close: closes[0]! });
  }
  return pairs;
}

/** A consultation that opens on the day the document is dated: "has today launched", "opens today", "is now open". */
const OPENS_NOW = /\b(?:today|from now|is now open|are now open|has (?:just )?(?:launched|opened)|have (?:just )?launched)\b/i;

/**
 * A hub page's bulleted items that invite responses and give only a closing date ("• Leisure
 * centre hours: tell us which sessions you would use. Closes Friday 14 February 2025."), each
 * counted from the reference date. Items already read as a period, or with an opening date
 * nearby, are left to the other readings.
 */
function closingDatesOfItems(timing: ReadSentence[], text: string, referenceFor: (close: DateExpression) => Reference, found: Period[]): Period[] {
  const periods: Period[] = [];
  for (const sentence of timing) {
    if (sentence.past) continue;
    for (const time of sentence.times) {
      if (time.kind !== 'date' || roleOf(sentence, time, text) !== 'close') continue;
      const row = itemAround(text, time.start);
      if (row === undefined || !/^[ \t]*[•·▪‣◦*-]/.test(row) || found.some((period) => period.row === row)) continue;
      if (/\b(?:open|opens|opened|from|starts?)\b/i.test(row) || !(MENTION.test(row) || RESPONDING.test(row))) continue;
      if (!/\b(?:clos\w*|deadline|until|by)\W*(?:\w+\W+){0,3}$/i.test(text.slice(Math.max(0, time.start - 40), time.start))) continue;
      // An opening date on a line nearby belongs with it ("- Consultation opens: …" above "- Consultation closes: …").
      const nearby = (other: ReadSentence) => other.end >= time.start - 200 && other.start <= time.start + 200;
      if (timing.some((other) => nearby(other) && other.times.some((near) => near.kind === 'date' && Math.abs(near.start - time.start) < 200 && roleOf(other, near, text) === 'open'))) continue;
      const reference = referenceFor(time);
      const days = daysBetween(reference.date, time.date);
      if (days > 0) periods.push({ start: reference.date, close: time.date, lengthDays: days, basis: 'reference-to-close', span: { start: time.start, end: time.end }, statedLength: null, referenceSource: reference.source, row });
    }
  }
  return periods;
}

/** Opening and closing dates given apart (fields, phrases, table columns), leaving out those `skip` says. */
function markDates(timing: ReadSentence[], text: string, skip: (date: DateExpression, sentence: ReadSentence) => boolean = () => false): Marked[] {
  const marks: Marked[] = [];
  for (const sentence of timing) {
    for (const time of sentence.times) {
      if (time.kind !== 'date' || skip(time, sentence)) continue;
      const role = roleOf(sentence, time, text) ?? tableRole(text, time);
      if (role === 'open' || role === 'close') marks.push({ date: time, role, past: sentence.past, paragraph: sentence.paragraph, sentence });
    }
  }
  return marks;
}

function findPeriods(timing: ReadSentence[], text: string, referenceFor: (close: DateExpression) => Reference, documentDay: Reference | null): Period[] {
  const periods: Period[] = [];
  const seen = new Set<string>();
  const add = (period: Period) => {
    const key = `${period.start ? toIso(period.start) : '-'}/${period.close ? toIso(period.close) : '-'}`;
    if (seen.has(key)) return;
    seen.add(key);
    periods.push(period);
  };
  // A new closing date ("has been extended to 17 October", "extended from 26 September to
  // 17 October", "New closing date: …") replaces the one first given.
  let extended: DateExpression | null = null;
  for (const sentence of timing) {
    if (sentence.past) continue;
    for (const time of sentence.times) {
      // Only a closing date is extended: "the Cabinet decision has been moved to 19 February" is not.
      if (!CLOSING_SUBJECT.test(sentence.text) && !/\bextended\b/i.test(sentence.text)) continue;
      if (time.kind === 'range' && EXTENDED_RANGE.test(text.slice(sentence.start, time.start))) extended = time.to;
      else if (time.kind === 'date' && roleOf(sentence, time, text) === 'extended') extended = time;
    }
  }
  for (const sentence of timing) {
    for (const time of sentence.times) {
      if (time.kind !== 'range' || time.to === extended || !isConsultationRange(sentence, time, text)) continue;
      // "moved from 29 January to 19 February": a change of date, not a period.
      if (EXTENDED_RANGE.test(text.slice(sentence.start, time.start))) continue;
      const period = periodFromRange(time);
      const row = itemAround(text, time.start);
      if (period) add({ ...period, past: sentence.past, ...(row === undefined ? {} : { row }) });
    }
  }
  const only = periods.length === 1 && periods[0]!.start ? periods[0]! : null;
  if (only && extended && daysBetween(only.start!, extended.date) > 0) {
    const lengthDays = daysBetween(only.start!, extended.date);
    return [{ ...only, close: extended.date, lengthDays, span: { start: extended.start, end: extended.end } }];
  }
  for (const period of closingDatesOfItems(timing, text, referenceFor, periods)) add(period);
  if (periods.length) {
    // A hub page may give some consultations as ranges and others as "Opened … · Closes …" fields.
    // A date inside a range stands in the range's sentence.
    const inRange = (date: DateExpression, sentence: ReadSentence) => sentence.times.some((time) => time.kind === 'range' && time.start <= date.start && date.end <= time.end);
    for (const { open, close: closing } of pairFields(markDates(timing, text, inRange))) {
      add({ start: open.date.date, close: closing.date.date, lengthDays: daysBetween(open.date.date, closing.date.date), basis: 'dates', span: { start: closing.date.start, end: closing.date.end }, statedLength: null, past: open.past || closing.past });
    }
    for (const period of statedPeriodsElsewhere(timing, text, periods)) add(period);
    return periods;
  }

  // No full range: opening and closing dates given apart, and stated lengths. Dates in the past
  // tense count too ("Consultation closed: 1 November", "Opened 21 September"): a paper that
  // relies on a consultation should show it ran long enough.
  const marks = markDates(timing, text);
  let close: DateExpression | null = extended;
  let length: { duration: DurationExpression; sentence: ReadSentence } | null = null;
  for (const sentence of timing) {
    for (const time of sentence.times) {
      // "Responses were invited until the 17th of March": a past closing date counts when the
      // opening date is given too ("Engagement … started on the 3rd of February"), as a past
      // consultation with both its dates is judged like any other.
      if (time.kind === 'range' && !time.from && (!sentence.past || marks.some((mark) => mark.role === 'open'))) close ??= time.to;
      else if (time.kind === 'duration' && sentence.relevant && !sentence.generic && isRunLength(time, text)) {
        // A consultation reported as held is checked on its length too ("our engagement ran for
        // three weeks in September", "in an eight-week consultation last spring"): blind writers
        // label a short one held by the body as a breach, like one to come.
        length ??= { duration: time, sentence };
      }
    }
  }
  const pairs = pairFields(marks.filter((mark) => mark.date !== extended));
  if (pairs.length && !length) {
    for (const { open, close: closing } of pairs) {
      const closeDate = pairs.length === 1 && extended && daysBetween(open.date.date, extended.date) > 0 ? extended : closing.date;
      // Point at the closing date: that is what a writer would change.
      add({ start: open.date.date, close: closeDate.date, lengthDays: daysBetween(open.date.date, closeDate.date), basis: 'dates', span: { start: closeDate.start, end: closeDate.end }, statedLength: null, past: open.past || closing.past });
    }
    return periods;
  }
  const current = marks.filter((mark) => !mark.past);
  // With a stated length, the dates in the same sentence go with it ("for eight weeks from 2 March").
  const sameSentence = (mark: Marked) => !length || mark.sentence === length.sentence;
  // Otherwise dates next to it ("Consultation opens 1 March. It will run for eight weeks."), in a
  // sentence about the consultation: not a range three paragraphs away that dates something else
  // ("activities running between 1 May 2026 and 30 April 2027"), nor a date in a sentence about
  // something else ("… the draft budget, which Cabinet must publish before 19 February").
  const nearLength = (mark: Marked) =>
    !length || (Math.abs(mark.sentence.paragraph - length.sentence.paragraph) <= 1 && (mark.sentence.relevant || DATE_FIELD.test(mark.sentence.text)));
  const openMark = current.find((mark) => mark.role === 'open' && sameSentence(mark)) ?? current.find((mark) => mark.role === 'open' && nearLength(mark));
  const closeMark = current.find((mark) => mark.role === 'close' && sameSentence(mark)) ?? current.find((mark) => mark.role === 'close' && nearLength(mark));
  const open = openMark?.date ?? null;
  close ??= length && closeMark && !sameSentence(closeMark) && openMark && sameSentence(openMark) ? null : (closeMark?.date ?? null);
  if (open && close && daysBetween(open.date, close.date) > 0) {
    return [{ start: open.date, close: close.date, lengthDays: daysBetween(open.date, close.date), basis: 'dates', span: { start: close.start, end: close.end }, statedLength: null }];
  }
  if (length) {
    const span = { start: length.duration.start, end: length.duration.end };
    const stated = length.duration.text;
    // "Our engagement ran for five weeks": a reason for it is told in the past tense too.
    const past = length.sentence.past;
    if (open && (!close || sameSentence(openMark!))) {
      const days = durationDays(length.duration, open.date);
      return [{ start: open.date, close: addCalendarDays(open.date, days), lengthDays: days, basis: 'stated-period', span, statedLength: stated, past }];
    }
    if (close) {
      const days = durationDays(length.duration, close.date, true);
      return [{ start: addCalendarDays(close.date, -days), close: close.date, lengthDays: days, basis: 'stated-period', span, statedLength: stated, past }];
    }
    if (documentDay && OPENS_NOW.test(length.sentence.text)) {
      const days = durationDays(length.duration, documentDay.date);
      return [{ start: documentDay.date, close: addCalendarDays(documentDay.date, days), lengthDays: days, basis: 'stated-period', span, statedLength: stated, past }];
    }
    return [{ start: null, close: null, lengthDays: durationDays(length.duration, null), basis: 'stated-period', span, statedLength: stated, past }];
  }
  // "Our short survey opens today and closes on 16 February": it opened on the day the
  // document is dated.
  const closeParagraph = close ? timing.find((sentence) => sentence.start <= close!.start && close!.start < sentence.end)?.paragraph : undefined;
  const opensNow =
    documentDay && close && closeParagraph !== undefined
      ? timing.find((sentence) => !sentence.past && sentence.relevant && sentence.paragraph === closeParagraph && OPENS_NOW.test(sentence.text))
      : undefined;
  if (opensNow && close && daysBetween(documentDay!.date, close.date) > 0) {
    const { date, source } = documentDay!;
    return [{ start: date, close: close.date, lengthDays: daysBetween(date, close.date), basis: 'reference-to-close', span: { start: close.start, end: close.end }, statedLength: null, referenceSource: source }];
  }
  if (close) {
    const reference = referenceFor(close);
    const days = daysBetween(reference.date, close.date);
    // A closing date already past: the length cannot be measured, but the date was read, and a
    // reader must never be told that a consultation gives no closing date when it does.
    if (days <= 0) return [{ start: null, close: close.date, lengthDays: null, basis: 'closed', span: { start: close.start, end: close.end }, statedLength: null }];
    return [{ start: reference.date, close: close.date, lengthDays: days, basis: 'reference-to-close', span: { start: close.start, end: close.end }, statedLength: null, referenceSource: reference.source }];
  }
  if (open) return [{ start: open.date, close: null, lengthDays: null, basis: 'none', span: { start: open.start, end: open.end }, statedLength: null }];
  const closedOn = marks.find((mark) => mark.past && mark.role === 'close')?.date;
  if (closedOn) return [{ start: null, close: closedOn.date, lengthDays: null, basis: 'closed', span: { start: closedOn.start, end: closedOn.end }, statedLength: null }];
  return [];
}

/**
 * A second consultation given by its length in a paragraph of its own, beside one given by
 * dates: an agenda whose item 5 runs "from 5 November to 17 December" and whose item 6
 * proposes "a four-week consultation, starting on 11 November". Each is its own period.
 */
function statedPeriodsElsewhere(timing: ReadSentence[], text: string, found: readonly Period[]): Period[] {
  const paragraphOf = (offset: number) => timing.find((sentence) => sentence.start <= offset && offset < sentence.end)?.paragraph;
  const taken = new Set(found.map((period) => paragraphOf(period.span.start)));
  const out: Period[] = [];
  for (const sentence of timing) {
    // One held already counts too ("Our early engagement ran for eight weeks in May"), as a
    // single past consultation given by its length does.
    if (!(sentence.introduces || (sentence.past && sentence.relevant)) || sentence.generic || taken.has(sentence.paragraph)) continue;
    if (sentence.times.some((time) => time.kind === 'range')) continue;
    // "Why is the consultation shorter than 12 weeks?" compares; it gives no length (isRunLength).
    const duration = sentence.times.find((time): time is DurationExpression => time.kind === 'duration' && isRunLength(time, text));
    if (!duration) continue;
    const span = { start: duration.start, end: duration.end };
    const open = sentence.times.find((time): time is DateExpression => time.kind === 'date' && roleOf(sentence, time, text) === 'open');
    const days = durationDays(duration, open?.date ?? null);
    out.push(
      open
        ? { start: open.date, close: addCalendarDays(open.date, days), lengthDays: days, basis: 'stated-period', span, statedLength: duration.text, past: sentence.past }
        : { start: null, close: null, lengthDays: days, basis: 'stated-period', span, statedLength: duration.text, past: sentence.past },
    );
    taken.add(sentence.paragraph);
  }
  return out;
}

/** Today as midnight UTC (injectable through the facts, so tests are deterministic). */
function todayOf(facts: DocumentFacts): Date {
  const now = facts.input.today ?? new Date();
  return utcDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Another named body consulting, told in this body's paper: "Sallowshire County Council is
 * consulting on its draft Bus Service Improvement Plan until 30 May", "Essex County Fire and
 * Rescue Service has launched a public consultation". Its timescale is not this body's to
 * keep. A body is another one when its name is not in the document's opening lines (where a
 * page or paper names its own council, trust or board).
 */
const OTHER_BODY_CONSULTING =
  /(?:^|\n|[.:]\s|\b(?:that|said|says|reported|told us)\s)\s*(?:the\s+)?((?:[A-Z][\w'’&-]*\s+){1,6}?(?:County\s+|District\s+|Borough\s+|City\s+|Parish\s+|Town\s+|Combined\s+)?(?:Council|Government|Service|Authority|Agency|Commission|Commissioner|Trust|Board|England|Department(?:\s+for(?:\s+[A-Z][\w,'’&-]*|\s+and)+)?)(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w'’&-]*|and)){1,5})?|[Tt]he\s+(?:county|city|district|borough|parish|town)\s+council)\s+(?:is|are|has|have|had|will be)\s+(?:now\s+|currently\s+|also\s+)?(?:consulting|(?:launched|started|begun|opened)\s+(?:a|an|its)\b|running\s+(?:a|an|its)\b|seeking\s+views|asking\s+for\s+views|[^.\n]{0,40}?\bits\s+(?:own\s+)?(?:consultation|survey|engagement)\b)/;
const OWN_NAME_REACH = 400;

/** "Their survey closes on 10 December": another body's, named in the sentence before ("its" is left out: "X Council launched its consultation" is the writer speaking of itself). */
const THEIR_CONSULTATION = /\btheir (?:own )?(?:survey|consultation|questionnaire|engagement)\b/i;
/** "The Commission's consultation closes on 27 February": a named body's own consultation. */
const BODYS_CONSULTATION = /(?:^|\n|[.:]\s)\s*(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,5}([A-Z][\w&-]*)['’]s?\s+(?:own\s+)?(?:consultation|survey|call for evidence)\b/;

/**
 * Where the numbered or second-level heading just above a sentence starts ("## 2. County
 * Council day opportunities review"), or the sentence's own start: a heading that names the
 * other body is about it, not the document's own name, even near the top of a short page.
 */
function subheadingAbove(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return start;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return /^[ \t]*(?:#{2,6}[ \t]|\d{1,2}(?:\.\d{1,2})*\.?[ \t])/.test(text.slice(aboveStart, lineStart)) ? aboveStart : start;
}

function setAsideOtherBodies(sentences: ReadSentence[], text: string): void {
  /** The last word of each other body's name ("Commission" of "The Charity Commission for England and Wales"). */
  const others = new Set<string>();
  /** The paragraph of the last sentence about another body's consultation. */
  let otherParagraph = -1;
  let voluntaryWriter: boolean | undefined;
  for (const sentence of sentences) {
    // A sentence set aside for another reason can still name the other body.
    if (!sentence.relevant && !MIGHT_MENTION.test(sentence.text)) continue;
    // Read as written: a line break marks where a heading ends and the body's name begins.
    const written = text.slice(sentence.start, sentence.end);
    // "The county council is consulting on … Its six-week consultation closes on 9 May.": the
    // same body's, told on in the same paragraph.
    // So is the rest of that paragraph, unless the writer speaks for itself ("please send your
    // views to them directly" is still the other body's consultation).
    if (sentence.paragraph === otherParagraph && (/^\W*(?:its|their)\b/i.test(written) || !/\b(?:we|our|us)\b/i.test(written))) {
      setAside(sentence);
      continue;
    }
    // "This is an NHS consultation, not a council one", "The district council's consultation on
    // this application closes on 28 January": said to be another body's.
    if (NOT_OURS.test(written) || ANOTHER_COUNCILS.test(written)) {
      setAsideWithHeading(sentences, sentence);
      otherParagraph = sentence.paragraph;
      continue;
    }
    // "Our local Integrated Care Board (ICB), the NHS body …, is consulting", and in a voluntary
    // group's newsletter "The council is asking residents …": a public body that is not the writer.
    const asking = PUBLIC_BODY_ASKING.exec(written);
    if (asking && (asking[1] !== undefined || (voluntaryWriter ??= writesAsVoluntaryGroup(text)))) {
      const name = (asking[2] ?? asking[4])!.toLowerCase();
      others.add(name.split(/\s+/).at(-1)!);
      if (asking[3]) others.add(asking[3].toLowerCase());
      otherParagraph = sentence.paragraph;
      setAsideWithHeading(sentences, sentence);
      continue;
    }
    const body = OTHER_BODY_CONSULTING.exec(written);
    if (body) {
      const name = body[1]!.replace(/\s+/g, ' ');
      // The document's own name stands near its top, before any sentence about another body; a
      // council naming itself in the page's first sentence ("Chelcombe District Council is
      // consulting on …", under the title) is the writer.
      const underHeading = subheadingAbove(text, sentence.start);
      const head = text.slice(0, Math.min(OWN_NAME_REACH, sentence.start, underHeading)).toLowerCase();
      if (head.includes(name.toLowerCase())) continue;
      // Not under a numbered or second-level heading ("## 2. County Council review"): that is an item of notes or minutes.
      if (/\b(?:Council|Authority|Board|Trust|ICB)$/.test(name) && opensTheText(sentences, sentence) && underHeading === sentence.start) continue;
      others.add(/(\w+)(?:\s+(?:for|of)\b.*)?$/.exec(name)![1]!.toLowerCase());
      otherParagraph = sentence.paragraph;
      if (!sentence.relevant) continue;
    } else if (THEIR_CONSULTATION.test(written)) {
      // "The county council is asking for views on its budget. Their survey closes on 10
      // December.": the paragraph's sentences before it name the same body's, and so may the
      // heading above the paragraph.
      let first = sentences.indexOf(sentence);
      while (first > 0 && sentences[first - 1]!.paragraph === sentence.paragraph) first--;
      for (let at = first; sentences[at] !== sentence; at++) if (sentences[at]!.relevant) setAside(sentences[at]!);
      setAsideWithHeading(sentences, sentences[first]!);
    } else {
      const owner = BODYS_CONSULTATION.exec(written);
      if (!owner || !others.has(owner[1]!.toLowerCase())) continue;
    }
    setAsideWithHeading(sentences, sentence);
  }
}

/** A public body asking for views: "our local" one always another's; "the council" another's when a voluntary group writes. */
const PUBLIC_BODY = String.raw`((?:county |city |district |borough |parish |town )?council|nhs(?: trust)?|icb|integrated care board|health board|(?:local |community )?health trust)(?:\s*\((\w+)\))?`;
const PUBLIC_BODY_ASKING = new RegExp(
  String.raw`(?:^|\n|[.:]\s)\s*(?:(our local|your local|the local)\s+${PUBLIC_BODY}|[Tt]he\s+((?:county |city |district |borough |parish |town )?council|icb|nhs))[^.]{0,100}?\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:consulting|asking (?:residents|people|everyone|groups|you|for (?:your )?views)|seeking (?:your )?views|running a survey|keen to hear|wants to hear|would like to hear)\b`,
  'i',
);
const NOT_OURS = /\bnot (?:a|an|our|the) (?:council|county council|city council|district council|borough council|own) (?:one|consultation|survey)\b|\b(?:is|it['’]s) (?:an?|the) (?:NHS|ICB|government|national|health service|police) (?:consultation|survey)\b/i;
const ANOTHER_COUNCILS = /\b[Tt]he (?:county|district|city|borough|parish|town) council['’]s (?:own )?(?:consultation|survey)\b|\bconsultation on (?:this|the|a|an) (?:planning |licen[cs]e |licensing |premises )?application\b/;
/** A voluntary group writing: its trustees or members, and "the council" in the third person, in lower case. */
function writesAsVoluntaryGroup(text: string): boolean {
  return /\b(?:our|the) (?:trustees|charity|members|volunteers|group|network|association|club|hub)\b/i.test(text) && /\b(?:wrote to|told|asked|to|from|with|by) the (?:county |city |district |borough )?council\b/.test(text);
}

/**
 * Sets the sentence aside, and the bare heading just above it ("National consultation on
 * charity reporting"), which titles the other body's consultation, not one of the writer's.
 */
function setAsideWithHeading(sentences: readonly ReadSentence[], sentence: ReadSentence): void {
  setAside(sentence);
  const at = sentences.indexOf(sentence);
  // A heading line in the same block, straight above ("1. Have your say on mental health
  // support" / "Our local ICB … is consulting"): no full stop ends it.
  for (let back = at - 1; back >= 0 && sentences[back]!.paragraph === sentence.paragraph && !/[.!?]["”’)]?\s*$/.test(sentences[back]!.text); back--) {
    if (sentences[back]!.relevant) setAside(sentences[back]!);
  }
  const heading = sentences[at - 1];
  if (heading && heading.paragraph === sentence.paragraph - 1 && sentences[at - 2]?.paragraph !== heading.paragraph && heading.relevant && !heading.times.length) setAside(heading);
}

/** The first sentence of the text proper: only headings (short lines with no full stop) stand before it. */
function opensTheText(sentences: readonly ReadSentence[], sentence: ReadSentence): boolean {
  for (const before of sentences) {
    if (before === sentence) return true;
    if (/[.!?]["”’)]?\s*$/.test(before.text) || before.text.length > 120) return false;
  }
  return false;
}

function setAside(sentence: ReadSentence): void {
  sentence.relevant = false;
  sentence.introduces = false;
  sentence.otherBody = true;
}

/**
 * A question-and-answer page asks the question in one line and answers with the dates in the
 * next ("How long do I have to respond?" / "From 3 March to 14 April 2025."). The answer names
 * no consultation itself, so it is read together with its question: the pair counts as one
 * sentence about the consultation's timing.
 */
const TIMING_QUESTION =
  /\b(?:how long|when|what dates?|until when|closing date|deadline)\b[^?]{0,80}\b(?:respon|reply|comment|have (?:my|our|your) say|take part|give (?:my|our|your) views|tell you|consultation|survey|engagement|open|clos|run)\w*\b[^?]*\?\s*$/i;

function readAnswersToTimingQuestions(sentences: ReadSentence[]): void {
  for (let index = 1; index < sentences.length; index++) {
    const answer = sentences[index]!;
    const question = sentences[index - 1]!;
    if (answer.relevant || !answer.times.some((time) => time.kind === 'range' || time.kind === 'date')) continue;
    if (!TIMING_QUESTION.test(question.text) || question.past) continue;
    answer.relevant = true;
    answer.introduces = !answer.past;
    answer.mention ??= { start: question.start, end: question.end };
    if (/\b(?:clos\w*|deadline|until when|last day|end)\b/i.test(question.text)) answer.answers = 'close';
    else if (/\b(?:open\w*|start\w*|begin\w*|launch\w*)\b/i.test(question.text)) answer.answers = 'open';
  }
}

// ── Public API ───────────────────────────────────────────────────────────────

const readCache = new WeakMap<DocumentFacts, ReadSentence[]>();

/** Every consultation period found in the document (usually one). Empty when it is not a consultation. */
export function analyseConsultations(facts: DocumentFacts, options: ConsultationOptions): ConsultationAnalysis[] {
  // Reading the sentences does not depend on the options, so the rule and the side panel share it.
  let sentences = readCache.get(facts);
  if (!sentences) {
    sentences = followInternalInvitations(sentencesWithTimes(facts).map(readSentence));
    setAsideOtherBodies(sentences, facts.text);
    readAnswersToTimingQuestions(sentences);
    readCache.set(facts, sentences);
  }
  const introduction = sentences.find((sentence) => sentence.introduces) ?? null;
  const timing = timingSentences(sentences, facts.sections);
  // When the document's "own date" is only a guess taken from its first date and that date is
  // the closing date itself, count from today instead (else the length would come out as 0).
  const guess = facts.referenceDateSource === 'document' && facts.documentDate?.kind === 'opening' ? facts.documentDate : null;
  // A consultation page's own publication date ("Published 26 January 2024") is the day it
  // opened: count from it rather than from the day the page is read.
  const published = facts.documentDate?.kind === 'published' ? facts.documentDate.date : null;
  const referenceFor = (close: DateExpression): Reference =>
    guess && guess.start <= close.start && close.start < guess.end
      ? { date: todayOf(facts), source: 'today' }
      : published && published < close.date
        ? { date: published, source: 'document' }
        : { date: facts.referenceDate, source: facts.referenceDateSource };
  // "Launched today" means the day the document is dated ("Published 19 January 2024"), else
  // the date the reader gave, never the day it is read. A date only guessed from the opening
  // lines may be the closing date itself, so it does not count as the document's own.
  const ownDate = facts.documentDate && facts.documentDate.kind !== 'opening' ? facts.documentDate.date : null;
  const documentDay: Reference | null = ownDate
    ? { date: ownDate, source: 'document' }
    : facts.referenceDateSource === 'today'
      ? null
      : { date: facts.referenceDate, source: facts.referenceDateSource };
  const periods = findPeriods(timing, facts.text, referenceFor, documentDay);
  if (!introduction && !periods.some((period) => period.lengthDays !== null)) return [];

  const relevant = sentences.filter((sentence) => sentence.relevant);
  const statutory = statutoryOf(relevant) ?? statutoryOf(headingsAbove(sentences, relevant[0]));
  const skipped = statutory !== null && options.statutory === 'skip';
  const requiredDays = statutory && options.statutory === 'check' ? statutory.minDays : options.minDays;
  const paragraphs = new Set(timing.map((sentence) => sentence.paragraph));
  /** The paragraph of the sentence holding an offset (sentences are in text order: binary search). */
  const paragraphAt = (offset: number) => {
    let [low, high] = [0, sentences.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentences[middle]!;
      if (offset < sentence.start) high = middle - 1;
      else if (offset >= sentence.end) low = middle + 1;
      else return sentence.paragraph;
    }
    return undefined;
  };
  /** With several periods, each reason must stand near its own period; a reason in the past tense explains a past period only. */
  const reasonFor = (period: Period) => {
    const own = periods.length > 1 ? paragraphAt(period.span.start) : undefined;
    // A reason under another heading ("Working with the NHS") is about something else.
    const section = sectionAt(facts.sections, period.span.start);
    // A subsection that asks about the length ("### Why is this consultation shorter than
    // usual?") answers for the period above it.
    const inScope = (sentence: ReadSentence) => {
      if (!section) return true;
      const own = sectionAt(facts.sections, sentence.start);
      if (own === section) return true;
      // With one consultation on the page, a section that asks about its length ("## Why ten
      // weeks and not twelve?") answers for it wherever it stands.
      if (periods.length === 1 && own !== undefined && ABOUT_LENGTH.test(own.title)) return true;
      const inside = sentence.start >= section.start && sentence.start < Math.max(section.end, section.headingEnd);
      return inside && own !== undefined && own.level > section.level && ABOUT_LENGTH.test(own.title);
    };
    if (own === undefined) return findReason(sentences, paragraphs, period.past ?? false, inScope);
    // With several periods, a paragraph's reason belongs to the period nearest it: the reason
    // in agenda item 5 explains item 5's short consultation, not item 6's.
    const others = periods.filter((other) => other !== period).map((other) => paragraphAt(other.span.start)).filter((at): at is number => at !== undefined);
    const mine = new Set<number>();
    for (let at = own - 2; at <= own + 2; at++) {
      if (at === own || others.every((other) => other !== own && Math.abs(at - own) < Math.abs(at - other))) mine.add(at);
    }
    return findReason(sentences, mine, period.past ?? false, inScope, true);
  };
  const introSpan = introduction ? { start: introduction.start, end: introduction.end } : null;

  const base = { isConsultation: true, requiredDays, statutory, skipped, introduction: introSpan };
  const measured = periods.filter((period) => period.lengthDays !== null);
  const closed = periods.find((period) => period.basis === 'closed');
  if (!measured.length && closed) {
    return [{ ...base, problem: 'closed', start: null, close: toIso(closed.close!), lengthDays: null, basis: 'closed', explained: false, reason: null, span: closed.span, statedLength: null, past: true, referenceSource: null }];
  }
  if (!measured.length && (periods.some((period) => period.basis === 'vague') || CLOSED_STATUS.test(facts.text) || COUNTDOWN.test(facts.text))) {
    // The page says the consultation has closed, or counts down to its close: it is not silent
    // about when it closes, so saying it "does not say when it closes" would be false.
    return [];
  }
  if (!measured.length) {
    // Introduced, but no closing date and no length: point at where it is introduced.
    const where = introduction?.mention ?? introSpan ?? periods[0]?.span ?? { start: 0, end: 0 };
    const start = periods[0]?.start ?? null;
    return [{ ...base, problem: 'missing', start: start ? toIso(start) : null, close: null, lengthDays: null, basis: 'none', explained: false, reason: null, span: where, statedLength: null, past: false, referenceSource: null }];
  }
  return measured.map((period) => {
    // A row of a table or list of consultations is its own consultation, statutory or not.
    // A hub listing written as short blocks (title line, summary, dates) names a statutory
    // kind in the block's title: "Draft Design Code (supplementary planning document)".
    const rowStatutory = period.row === undefined ? (statutoryOfText(blockAround(facts.text, period.span.start)) ?? statutory) : statutoryOfText(period.row);
    const rowRequired = rowStatutory && options.statutory === 'check' ? rowStatutory.minDays : options.minDays;
    const short = period.lengthDays! < rowRequired;
    const reason = short ? (reasonFor(period) ?? footnotedReason(facts.text, period.span)) : null;
    return {
      ...base,
      statutory: rowStatutory,
      skipped: rowStatutory !== null && options.statutory === 'skip',
      requiredDays: rowRequired,
      problem: short ? 'too-short' : 'ok',
      start: period.start ? toIso(period.start) : null,
      close: period.close ? toIso(period.close) : null,
      lengthDays: period.lengthDays,
      basis: period.basis,
      explained: reason !== null,
      reason,
      span: period.span,
      statedLength: period.statedLength,
      past: period.past ?? false,
      referenceSource: period.referenceSource ?? null,
    };
  });
}

/** The document's main consultation (the first found), for summaries such as the side panel. */
export function analyseConsultation(facts: DocumentFacts, options: ConsultationOptions): ConsultationAnalysis {
  return analyseConsultations(facts, options)[0] ?? { ...NOT_A_CONSULTATION, requiredDays: options.minDays };
}
