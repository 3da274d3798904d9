/**
 * A prebuilt index of phrases, matched in one pass over a sentence's tokens. Candidate
 * phrases are looked up by their first word, so the cost per token does not grow with the
 * size of the list. Rules build an index once, at module load, and reuse it for every
 * document.
 */
import { normaliseWord, type Token } from './tokens.ts';

export interface PhraseMatch<T> {
  /** Index of the first and one past the last matching token. */
  from: number;
  to: number;
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  pieces: string[];
  value: T;
}

/** Split a phrase as written in a data file into normalised pieces. */
export function phrasePieces(phrase: string): string[] {
  return phrase
    .split(/[\s\-‐‑‒–—]+/)
    .filter((piece) => piece.length > 0)
    .map(normaliseWord);
}

/** Simple English plurals of a word: stakeholder → stakeholders, synergy → synergies, box → boxes. */
export function pluralsOf(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ies'];
  if (/(s|x|z|ch|sh)$/.test(word)) return [word + 'es'];
  return [word + 's'];
}

/** A run of letters and digits in lower-cased text, for PhraseIndex.mayMatchIn. */
const RUN = /[a-z0-9]+/g;

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /**
   * Add a phrase. With `plurals`, the last word's plural also matches; with `joined`, a
   * hyphenated phrase also matches written as one word ("cross-cutting" → "crosscutting").
   */
  add(phrase: string, value: T, variants: { plurals?: boolean; joined?: boolean } = {}): void {
    const pieces = phrasePieces(phrase);
    if (pieces.length === 0) return;
    const forms: string[][] = [pieces];
    if (variants.plurals) {
      const last = pieces[pieces.length - 1]!;
      for (const plural of pluralsOf(last)) forms.push([...pieces.slice(0, -1), plural]);
    }
    if (variants.joined && pieces.length > 1 && /[-‐‑‒–—]/.test(phrase) && !/\s/.test(phrase)) {
      forms.push([pieces.join('')]);
    }
    for (const form of forms) this.insert(form, value);
  }

  private insert(pieces: string[], value: T): void {
    this.firstRuns = undefined;
    const first = pieces[0]!;
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    if (list.some((entry) => entry.pieces.join(' ') === pieces.join(' '))) return;
    list.push({ pieces, value });
    // Longest first, so "best value review" wins over "best value".
    list.sort((a, b) => b.pieces.length - a.pieces.length);
  }

  get size(): number {
    let count = 0;
    for (const list of this.byFirst.values()) count += list.length;
    return count;
  }

  /**
   * For mayMatchIn, keyed by the first run of letters and digits (RUN) of each phrase's first
   * word ("e" for "e.g.", "it" for "it's"): the first runs of the phrases' second words, or
   * null when a hit on the first run is enough (a one-word phrase; a first word that is not one
   * whole run; a second word that does not start with a run). Undefined until first needed;
   * null as a whole when some first word has no run at all, and then nothing is ruled out.
   */
  private firstRuns: Map<string, Set<string> | null> | null | undefined;

  private buildFirstRuns(): Map<string, Set<string> | null> | null {
    const firstRuns = new Map<string, Set<string> | null>();
    const leadingRun = (word: string) => new RegExp(RUN.source).exec(word);
    for (const [first, entries] of this.byFirst) {
      const run = leadingRun(first);
      if (!run) return null;
      let seconds: Set<string> | null = firstRuns.has(run[0]) ? firstRuns.get(run[0])! : new Set();
      for (const { pieces } of entries) {
        const second = pieces.length > 1 ? leadingRun(pieces[1]!) : null;
        // The pair test below holds only when the first word is one whole run and the second starts with one.
        if (!seconds || run[0] !== first || !second || second.index !== 0) seconds = null;
        else seconds.add(second[0]);
      }
      firstRuns.set(run[0], seconds);
    }
    return firstRuns;
  }

  /**
   * Could `match` find anything among the tokens of this text? False only when it cannot. A
   * token is a whole word or a piece of a hyphenated one, so the first run of letters and
   * digits of a token whose form is a phrase's first word (lower-cased, and read with -ise for
   * -ize as normaliseWord does) stands in the text as a whole run of its own; and when that
   * word is one whole run, the next token of the phrase is the next run in the text (only
   * white space and dashes stand between words of a phrase). Most paragraphs hold no phrase's
   * first word, or hold "in" or "with" without the word after it, and this rules them out
   * without parsing them (issue 17).
   */
  mayMatchIn(text: string): boolean {
    if (this.firstRuns === undefined) this.firstRuns = this.buildFirstRuns();
    const firstRuns = this.firstRuns;
    if (firstRuns === null) return true;
    const lower = text.toLowerCase();
    // The second runs wanted after the run just read, when it is a phrase's first word.
    let wanted: Set<string> | null | undefined;
    let wantedToo: Set<string> | null | undefined;
    RUN.lastIndex = 0;
    for (let found = RUN.exec(lower); found; found = RUN.exec(lower)) {
      const run = found[0];
      const normal = run.includes('iz') ? normaliseWord(run) : run;
      if (wanted && (wanted.has(run) || wanted.has(normal))) return true;
      if (wantedToo && (wantedToo.has(run) || wantedToo.has(normal))) return true;
      wanted = firstRuns.get(run);
      wantedToo = normal !== run ? firstRuns.get(normal) : undefined;
      if (wanted === null || wantedToo === null) return true;
    }
    return false;
  }

  /** Longest, non-overlapping matches, left to right. A phrase never spans punctuation. */
  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const candidates = this.byFirst.get(tokens[index]!.norm);
      let matched: PhraseMatch<T> | undefined;
      if (candidates) {
        for (const entry of candidates) {
          const length = entry.pieces.length;
          if (index + length > tokens.length) continue;
          let ok = true;
          for (let offset = 1; offset < length; offset++) {
            const token = tokens[index + offset]!;
            if (token.breakBefore || token.norm !== entry.pieces[offset]) {
              ok = false;
              break;
            }
          }
          if (ok) {
            matched = {
              from: index,
              to: index + length,
              start: tokens[index]!.start,
              end: tokens[index + length - 1]!.end,
              value: entry.value,
            };
            break;
          }
        }
      }
      if (matched) {
        found.push(matched);
        index = matched.to;
      } else {
        index++;
      }
    }
    return found;
  }
}
