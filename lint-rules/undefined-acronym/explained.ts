/**
 * Where `undefined-acronym` finds an abbreviation explained: next to it (in brackets, after
 * "means", after ", or"), in a glossary line or definition table anywhere in the document,
 * or by its full form given earlier: a name in capitals anywhere before it ("Devon County
 * Council … DCC", a title line "Fallowmere Integrated Care Board" before "the ICB"), or the
 * words in full, in any case, earlier in the same sentence.
 */

export const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'with', 'at', 'by']);

/** The capital letters an acronym stands for: "EqIA" → "EIA", "VCOs" → "VCO". */
export function capitals(acronym: string): string {
  return acronym.replace(/s$/, '').replace(/[^A-Z]/g, '');
}

/**
 * Do these words spell the acronym? Each capital must be matched, in order, by the first
 * letter of a word (small words may be skipped) or by a later capital-worthy letter of the
 * same word ("EqIA" ← Equality Impact Assessment, "CCTV" ← closed-circuit television).
 */
export function spells(acronym: string, words: string[]): boolean {
  const letters = capitals(acronym).toLowerCase();
  if (letters.length < 2) return false;
  const parts = words.flatMap((word) => word.split(/[-‐–]/)).filter(Boolean).map((word) => word.toLowerCase());
  const memo = new Map<string, boolean>();
  const walk = (letter: number, part: number): boolean => {
    if (letter === letters.length) return part === parts.length;
    if (part === parts.length) return false;
    const key = `${letter}:${part}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const word = parts[part]!;
    let ok = false;
    if (word[0] === letters[letter]) {
      // This word gives one letter, or more from inside it (e.g. "Eq" of "Equality").
      ok = walk(letter + 1, part + 1);
      for (let used = 2; !ok && letter + used <= letters.length; used++) {
        if (containsInOrder(word.slice(1), letters.slice(letter + 1, letter + used))) ok = walk(letter + used, part + 1);
      }
    }
    if (!ok && SMALL_WORDS.has(word)) ok = walk(letter, part + 1);
    memo.set(key, ok);
    return ok;
  };
  return walk(0, 0);
}

/**
 * A stricter `spells` for full forms found away from the acronym (a name earlier in the text):
 * each capital must be the first letter of a word (or of a hyphenated part), so "Services and
 * Community" does not spell "SCC" with the "c" inside "Services". A lower-case letter of the
 * acronym may come from inside the word before it or from a small word ("EqIA", "DfE", "MoU").
 */
export function spellsByInitials(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/(?<=[A-Z])s$/, '').replace(/&/g, '');
  if (capitals(letters).length < 2) return false;
  const parts = words.flatMap((word) => word.split(/[-‐–]/)).filter(Boolean);
  const walk = (letter: number, part: number): boolean => {
    if (letter === letters.length) return part === parts.length;
    if (part === parts.length) return false;
    const word = parts[part]!;
    const lower = word.toLowerCase();
    // An abbreviation inside the name gives all its letters: "NHS England" for NHSE.
    if (/^[A-Z]{2,}$/.test(word) && letters.startsWith(word, letter) && walk(letter + word.length, part + 1)) return true;
    if (lower[0] === letters[letter]!.toLowerCase()) {
      // Lower-case letters of the acronym just after this one may come from inside this word.
      let next = letter + 1;
      let at = 1;
      for (; next < letters.length && /[a-z]/.test(letters[next]!); next++) {
        const found = lower.indexOf(letters[next]!, at);
        if (found === -1) break;
        at = found + 1;
      }
      for (let upTo = next; upTo > letter; upTo--) if (walk(upTo, part + 1)) return true;
    }
    return SMALL_WORDS.has(lower) && walk(letter, part + 1);
  };
  return walk(0, 0);
}

/** The Title Case words at the end of `words` ("and", "of" and the like may sit between them). */
function titleCaseRun(words: string[]): string[] {
  let from = words.length;
  while (from > 0 && (/^\p{Lu}/u.test(words[from - 1]!) || (SMALL_WORDS.has(words[from - 1]!.toLowerCase()) && from < words.length))) from--;
  // Not the sentence's first word or an article: "The Equality and … (EHIA)", "An Equality …".
  while (from < words.length && (!/^\p{Lu}/u.test(words[from]!) || /^(?:the|a|an|our|this|its|their)$/i.test(words[from]!))) from++;
  return words.slice(from);
}

/** Are the acronym's capitals, in order, the initials of some of these words (ending with the last one)? */
function initialsInclude(acronym: string, words: string[]): boolean {
  const letters = capitals(acronym);
  const initials = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]!);
  if (initials.length < letters.length || initials.at(-1) !== letters.at(-1) || initials[0] === undefined) return false;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at++;
  return at === letters.length;
}

function containsInOrder(word: string, letters: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

function wordsOf(value: string): string[] {
  return value.split(/[^A-Za-z'’\-‐–&]+/).filter(Boolean);
}

/** Do the first words of `value` spell the acronym ("Integrated Care Board (the NHS body …)")? */
function startSpells(acronym: string, value: string): boolean {
  const words = wordsOf(value);
  const most = Math.min(words.length, capitals(acronym).length + 6);
  for (let take = 1; take <= most; take++) if (spells(acronym, words.slice(0, take))) return true;
  return false;
}

/** Do the last words of `value` spell the acronym? */
function endSpells(acronym: string, value: string): boolean {
  const words = wordsOf(value);
  const most = Math.min(words.length, capitals(acronym).length + 6);
  for (let take = 1; take <= most; take++) if (spells(acronym, words.slice(words.length - take))) return true;
  return false;
}

/**
 * Words in lower case that may follow a name before its acronym in brackets: "the Council Tax
 * Support scheme (CTS)". Only words for the kind of thing the name is: "Disclosure and
 * Barring Service checks (DBS)" or "Care Quality Commission inspectors (CQC)" do not define
 * the acronym, as the brackets then stand for something else.
 */
/** Words naming a kind of law, which an abbreviation often leaves out ("TUPE" for "… Regulations"). */
const LEGAL_DESIGNATORS = new Set(['regulations', 'act', 'order', 'rules', 'directive']);
const DESIGNATORS = new Set([
  'scheme', 'schemes', 'programme', 'programmes', 'program', 'project', 'fund', 'initiative', 'service', 'services',
  'strategy', 'plan', 'policy', 'framework', 'pilot', 'partnership', 'network', 'forum', 'campaign', 'model',
  'sector', 'board', 'committee', 'panel', 'group', 'team', 'unit', 'centre', 'hub', 'agency',
]);

/** Is the acronym at [start, end) in brackets of its own: "(ACR)", "(the ACR)", "(“ACR”)"? */
export function inBrackets(text: string, start: number, end: number): boolean {
  return /\((?:the\s+)?["'“‘]?$/.test(text.slice(Math.max(0, start - 6), start)) && /^["'”’]?\s*\)/.test(text.slice(end, end + 3));
}

/** Where the sentence holding `at` starts: after the last full stop, colon or blank line before it (at most 300 characters back). */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  let start = 0;
  for (const match of before.matchAll(/[.!?;:]\s+|\n[ \t]*\n/g)) start = match.index + match[0].length;
  return from + start;
}

/**
 * The text of the current paragraph before `at`: single line breaks are only wrapping, and so
 * is a blank line in the middle of a sentence (text taken from a PDF often has them: "City of
 * London\n\nCorporation (CoLC)"), but not one after the end of a sentence or a heading.
 */
function paragraphBefore(text: string, at: number, length: number): string {
  const before = text.slice(Math.max(0, at - length), at);
  let from = before.length;
  for (;;) {
    const blankLine = before.slice(0, from).search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
    if (blankLine === -1) return before;
    const lineBefore = before.slice(0, blankLine).split('\n').pop()!.trim();
    // Mid-sentence: the line before the gap ends with a word or a comma, and is too long for a heading.
    if (!/[\p{L},]$/u.test(lineBefore) || lineBefore.split(/\s+/).length < 8) return before.slice(blankLine);
    from = blankLine;
  }
}

/**
 * Is the acronym at [start, end) explained right there: "expansion (ACR)", "ACR (expansion)",
 * "Haringey CVS (HAVCO)", "ACR means …", "ACR, or expansion", "ACR – expansion –"?
 */
export function definedHere(text: string, start: number, end: number, acronym: string): boolean {
  // "expansion (ACR)", "expansion (the ACR)", "expansion (“ACR”)"
  const opening = /\((?:the\s+)?["'“‘]?$/.exec(text.slice(Math.max(0, start - 6), start));
  if (opening && /^["'”’]?\s*[)/,;]/.test(text.slice(end, end + 3))) {
    // A bracketed part of the name ("Transfer of Undertakings (Protection of Employment)
    // Regulations (TUPE)") is read as part of it.
    const before = paragraphBefore(text, start - opening[0].length, 200).replace(/\(([^()]{1,60})\)(?=\s+\S)/g, ' $1 ');
    const words = wordsOf(before.split(/[().;:!?]/).pop() ?? '');
    // "Holiday Activities and Food programme (HAF)": the name, then the kind of thing it names.
    const named = words.length > 2 && DESIGNATORS.has(words.at(-1)!) ? [words, words.slice(0, -1)] : [words];
    for (const candidate of named) {
      for (let take = 1; take <= Math.min(candidate.length, capitals(acronym).length + 4); take++) {
        if (spells(acronym, candidate.slice(candidate.length - take))) return true;
      }
    }
    // "Equality and Health Inequalities Impact Assessment (EHIA)": a Title Case name that runs
    // up to the bracket, whose initials hold the abbreviation's letters in order (a word may be
    // left out), beginning with its first letter and ending with its last.
    const name = titleCaseRun(words);
    const letters = capitals(acronym);
    // "… Employment) Regulations (TUPE)": the kind of thing named may stand outside the letters.
    // The run may begin with a heading's word on the line above ("Staffing / The Transfer of
    // …"): it is read from each word that starts with the abbreviation's first letter.
    const kind = name.at(-1)?.toLowerCase();
    const withKind = name.length > 2 && kind && (DESIGNATORS.has(kind) || LEGAL_DESIGNATORS.has(kind)) ? [name, name.slice(0, -1)] : [name];
    const names = withKind.flatMap((run) => run.map((word, at) => (word[0] === letters[0] ? run.slice(at) : null)).filter((each): each is string[] => each !== null));
    for (const each of names) {
      const nameWords = each.filter((word) => /^\p{Lu}/u.test(word)).length;
      if (letters.length >= 3 && nameWords <= letters.length + 2 && each[0]?.[0] === letters[0] && initialsInclude(acronym, each)) return true;
    }
    // The same name in lower case ("the equality and health inequalities impact assessment
    // (EHIA)"): its last words, small words aside, read as capitals.
    const content = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
    for (let take = letters.length; letters.length >= 3 && take <= Math.min(content.length, letters.length + 1); take++) {
      const run = content.slice(-take);
      if (!run.every((word) => /^\p{Ll}/u.test(word))) break;
      const initials = run.map((word) => word[0]!.toUpperCase() + word.slice(1));
      if (initials[0]![0] === letters[0] && initialsInclude(acronym, initials)) return true;
    }
  }
  // "Haringey CVS (HAVCO)": a short name in brackets straight after the organisation's full name
  if (opening && /^\s*\)/.test(text.slice(end, end + 3))) {
    const name = /((?:\p{Lu}[\p{L}'’&-]*\s+){1,6})$/u.exec(paragraphBefore(text, start - opening[0].length, 120).trimEnd() + ' ');
    if (name && name[1]!.split(/\s+/).filter(Boolean).length >= 2 && name[1]![0] === acronym[0]) return true;
  }
  // "ACR (expansion)", with the expansion perhaps wrapped onto the next line
  const after = /^\s*\(([^()]{2,200})\)/.exec(text.slice(end, end + 210));
  if (after && !/\n[ \t]*\n/.test(after[1]!)) {
    const words = wordsOf(after[1]!);
    for (let take = 1; take <= words.length; take++) if (spells(acronym, words.slice(0, take))) return true;
  }
  // "Bath and North East Somerset, Swindon and Wiltshire (known as BSW)", "…, known as the BSW,":
  // a name given outright, so its capitals need only appear, in order, among the name's initials.
  const knownAs = /(?:\(|,)\s*(?:also\s+|now\s+|formerly\s+)?(?:known as|referred to as|called|hereafter)\s+(?:the\s+)?["'“‘]?$/i.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  if (knownAs) {
    const words = wordsOf(paragraphBefore(text, start - knownAs[0].length, 200).split(/[().;:!?]/).pop() ?? '');
    if (initialsInclude(acronym, words.slice(-12))) return true;
  }
  const follow = text.slice(end, end + 200);
  // "ACR means …", "ACR stands for …"
  if (/^\s+(?:means|stands for|is short for|is an abbreviation for)\b/i.test(follow)) return true;
  // "the ACR, or expansion,", "the ACR – expansion –", "ACR, that is expansion"
  const restated = /^["'”’]?(?:,?\s+or|\s*[–—]|,\s*(?:that is|i\.e\.|meaning))\s+(?:the\s+)?([^.;:()\n]{2,160})/i.exec(follow);
  if (restated && startSpells(acronym, restated[1]!)) return true;
  return false;
}

/**
 * Is this use of the acronym the headword of a glossary entry or a definition table row?
 * "SLA – service level agreement", "VCFSE: voluntary, community, faith and social enterprise",
 * "| ICB | Integrated Care Board |", "ICB<tab>Integrated Care Board", "CIL = community
 * infrastructure levy", columns set with spaces, the acronym alone on a line with its meaning
 * on the next (a definition list), and the other way round: "Integrated Care Board – ICB".
 * An entry like this explains the acronym for the whole document, wherever it stands.
 */
export function glossaryEntry(text: string, start: number, end: number, acronym: string): boolean {
  // A short look back only, so very long lines cannot make this quadratic.
  const window = text.slice(Math.max(0, start - 40), start);
  const lineStart = window.lastIndexOf('\n') + 1;
  const follow = text.slice(end, end + 200);
  // An entry starts a line, or follows a glossary label or the entry before it on the same
  // line: "Abbreviations used in this pack: VCS - voluntary and community sector; EqIA - …".
  const entryStart =
    ((lineStart > 0 || start <= 40) && /^[ \t]*(?:(?:[-*•|]|\d+[.)])[ \t]*)?(?:\*\*)?["“]?$/.test(window.slice(lineStart))) ||
    (/(?:\b(?:abbreviations|acronyms|glossary|key to abbreviations|terms)\b[^:\n]{0,30}:|;)[ \t]*(?:\*\*)?["“]?$/i.test(window) && glossaryLineBefore(text, start));
  if (entryStart) {
    const gloss = /^["”]?(?:\*\*)?["”]?(?:[ \t]*[:\-–—=|\t][ \t]*|[ \t]{2,})(?:\*\*)?([^\n]{2,160})/.exec(follow);
    if (gloss && startSpells(acronym, gloss[1]!)) return true;
    const alone = /^(?:\*\*)?:?[ \t]*(?:\*\*)?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-*•|:][ \t]*)?([^\n]{2,160})/.exec(follow);
    if (alone && startSpells(acronym, alone[1]!)) return true;
  }
  // A question-and-answer page: "What does VCS mean?" then "It's short for the voluntary and
  // community sector". The answer's first words after "short for", "stands for" or "means" spell it.
  if (/\bwhat (?:does|do|is|are)(?: the)?[ \t]*["“'‘]?$/i.test(window) && /^["”'’]?[ \t]+(?:mean|stand for|short for)\b/i.test(follow)) {
    const answer = /\b(?:short for|stands? for|means?|is)[ \t]+(?:the[ \t]+)?([^\n.]{2,160})/i.exec(follow.slice(follow.indexOf('?') + 1));
    if (answer && startSpells(acronym, answer[1]!)) return true;
  }
  // "Integrated Care Board – ICB", "| Integrated Care Board | ICB |" at the end of a line
  if (/^(?:\*\*)?["”]?[ \t]*\|?[ \t]*(?:\n|$)/.test(follow)) {
    const line = text.slice(Math.max(0, start - 200), start);
    const before = /(?:^|\n)[ \t]*(?:(?:[-*•|]|\d+[.)])[ \t]*)?([^\n]{2,160}?)(?:[ \t]*[:\-–—=|\t][ \t]*|[ \t]{2,})(?:\*\*)?["“]?$/.exec(line);
    if (before && endSpells(acronym, before[1]!)) return true;
  }
  return false;
}

/** Is there a glossary label earlier on this line ("Abbreviations:", "Glossary of terms:")? */
function glossaryLineBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 400);
  const line = text.slice(from, start);
  return /\b(?:abbreviations|acronyms|glossary|key to abbreviations|terms used)\b[^:\n]{0,30}:[^\n]*$/i.test(line);
}

/**
 * "Voluntary and Community Strategy" does not explain "VCS" in "VCS Strategy": a name that ends
 * with the word after the acronym spells the acronym and that word together, so one of the
 * acronym's letters stands for something else (here, "sector").
 */
function sameWord(last: string, nextWord: string | undefined): boolean {
  return nextWord !== undefined && last.toLowerCase() === nextWord.toLowerCase();
}

const isLowerCase = (code: number) => code >= 97 && code <= 122;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Next to a "/", "@" or "." as in a web or e-mail address ("kestermoor.gov.uk/haf"). */
function addressLike(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return before === 46 || before === 47 || before === 64 || after === 47 || after === 64 || (after === 46 && /\w/.test(text[end + 1] ?? ''));
}

/** A run of capitalised words goes on over spaces, one comma and one line break; anything else ends it. */
function gapJoinsRun(text: string, from: number, to: number): boolean {
  let commas = 0;
  let breaks = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9) continue;
    if (code === 44 && breaks === 0 && ++commas <= 1) continue;
    if (code === 10 && ++breaks <= 1) continue;
    return false;
  }
  return true;
}

/** A word of the document with where it is, for finding names in capitals. */
interface Token {
  word: string;
  start: number;
  end: number;
  capitalised: boolean;
  small: boolean;
}

/**
 * Facts about the whole text that the rule reads for many acronyms: runs of capitalised
 * words (names, titles), and the words written in lower or mixed case somewhere.
 */
export class DocumentWords {
  /** Runs of capitalised words with small words between, kept when they have two or more capitalised words. */
  private readonly runs: Token[][] = [];
  /** Lower-case forms of every word written with a lower-case letter, outside web addresses. */
  private readonly lowerCaseWords = new Set<string>();

  constructor(text: string) {
    // This reads every word of the document once, so it keeps to character codes where it can.
    // Latin letters only (with accents): English council documents, and much faster than \p{L}.
    const word = /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’\-‐]*|&/g;
    let run: Token[] = [];
    let previousEnd = 0;
    const close = () => {
      if (run.length === 0) return;
      while (run.length > 0 && run.at(-1)!.small) run.pop();
      if (run.filter((token) => !token.small).length >= 2) this.runs.push(run);
      run = [];
    };
    for (let match = word.exec(text); match; match = word.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const last = match[0].charCodeAt(match[0].length - 1);
      // Less a possessive: "Council’s" → "Council" (a final apostrophe, or one and "s": no
      // pattern for it, as this runs for every word and most plurals end in "s").
      const written = isApostrophe(last) ? match[0].slice(0, -1) : last === 115 && isApostrophe(match[0].charCodeAt(match[0].length - 2)) ? match[0].slice(0, -2) : match[0];
      const first = written.charCodeAt(0);
      const capitalised = (first >= 65 && first <= 90) || (first > 127 && written[0] !== written[0]!.toLowerCase());
      const lowerCase = !capitalised || isLowerCase(written.charCodeAt(1)) || (written.length > 1 && written.charCodeAt(1) > 127 && written[1] !== written[1]!.toUpperCase());
      // Lower-cased once, for both tests below (both read only short words).
      const lower = written.length <= 8 ? written.toLowerCase() : '';
      if (lowerCase && written.length <= 8 && !addressLike(text, start, end)) this.lowerCaseWords.add(lower);
      const small = written.length <= 4 && SMALL_WORDS.has(lower);
      const joined = run.length > 0 && gapJoinsRun(text, previousEnd, start);
      previousEnd = end;
      if (run.length > 0 && !joined) close();
      if (!capitalised && !small) {
        close();
        continue;
      }
      if (run.length === 0 && small) continue;
      run.push({ word: written, start, end, capitalised, small });
    }
    close();
    for (const [index, run] of this.runs.entries()) {
      run.forEach((token, from) => {
        if (!token.capitalised || token.small) return;
        const letter = token.word[0]!.toUpperCase();
        const heads = this.heads.get(letter) ?? [];
        heads.push([index, from]);
        this.heads.set(letter, heads);
      });
    }
  }

  /** For each capital letter, the words of the runs that start with it: [run, word]. */
  private readonly heads = new Map<string, [number, number][]>();

  /** Is the word (in lower case) written somewhere with lower-case letters: "Kent" for "KENT"? */
  writtenInLowerCase(lower: string): boolean {
    return this.lowerCaseWords.has(lower);
  }

  /**
   * Is the acronym's full form given as a name in capitals before `before`: "Devon County
   * Council" for DCC, "Better Care Fund" for BCF? The name must have two or more capitalised
   * words and must not contain the acronym itself.
   */
  namedBefore(acronym: string, before: number, nextWord?: string): boolean {
    const key = `${acronym}\u0000${nextWord?.toLowerCase() ?? ''}`;
    let end = this.firstNames.get(key);
    if (end === undefined) {
      end = this.firstName(acronym, nextWord, 0);
      this.firstNames.set(key, end);
    }
    return end <= before;
  }

  /** Is the acronym's full form given as a name that starts at or after `after`? */
  namedAfter(acronym: string, after: number, nextWord?: string): boolean {
    return this.firstName(acronym, nextWord, after) < Infinity;
  }

  /** Where the first name that spells the acronym, starting at or after `after`, ends (Infinity when there is none). */
  private readonly firstNames = new Map<string, number>();
  private firstName(acronym: string, nextWord: string | undefined, after: number): number {
    const letters = capitals(acronym);
    const last = letters.at(-1)!;
    for (const [index, from] of this.heads.get(letters[0]!) ?? []) {
      const run = this.runs[index]!;
      if (run[from]!.start < after) continue;
      let words = 1;
      for (let to = from + 1; to < run.length && to - from <= letters.length + 4; to++) {
        const tail = run[to]!;
        if (tail.small) continue;
        // Each capital comes from a word's first letter, so a name has no more words than capitals,
        // and the last capital is the first letter of the name's last word (or inside an abbreviation in it).
        if (++words > letters.length) break;
        if (tail.word[0]!.toUpperCase() !== last && !/^[A-Z]{2,}$/.test(tail.word)) continue;
        const name = run.slice(from, to + 1);
        if (name.some((token) => token.word === acronym || (token.word.length >= letters.length && capitals(token.word) === letters))) continue;
        if (sameWord(tail.word, nextWord)) continue;
        if (spellsByInitials(acronym, name.map((token) => token.word))) return tail.end;
      }
    }
    return Infinity;
  }
}

/**
 * The words in full, in any case, earlier in the same sentence: "We asked the voluntary and
 * community sector what help VCS groups need." At least two words that are not small words,
 * the first and last of them not small.
 */
export function spelledEarlierInSentence(text: string, start: number, acronym: string, nextWord?: string): boolean {
  const before = text.slice(sentenceStart(text, start), start);
  const words = wordsOf(before);
  const most = capitals(acronym).length + 4;
  for (let from = 0; from < words.length; from++) {
    if (SMALL_WORDS.has(words[from]!.toLowerCase())) continue;
    if (words[from]![0]!.toUpperCase() !== capitals(acronym)[0]) continue;
    for (let to = from + 1; to < words.length && to - from < most; to++) {
      if (SMALL_WORDS.has(words[to]!.toLowerCase())) continue;
      const name = words.slice(from, to + 1);
      if (name.some((word) => word === acronym || capitals(word) === capitals(acronym)) || sameWord(words[to]!, nextWord)) continue;
      if (spellsByInitials(acronym, name)) return true;
    }
  }
  return false;
}
