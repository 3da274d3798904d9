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

/** Runs that must follow one another in a text (see requiredRuns), from the run read last. */
interface RunTree {
  next: Map<string, RunTree>;
  /** A phrase's required runs end here. */
  done: boolean;
}

/**
 * The runs a phrase needs one after another in a text: its first word's first run, then,
 * while each word so far is one whole run, the next word's first run (when the word starts
 * with one). "in order to" needs in, order, to; "e.g." needs e; "it's time" needs it.
 */
function requiredRuns(pieces: readonly string[]): string[] {
  const runs: string[] = [];
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at]!;
    const run = new RegExp(RUN.source).exec(piece);
    if (!run || (at > 0 && run.index !== 0)) break;
    runs.push(run[0]);
    if (run.index !== 0 || run[0] !== piece) break;
  }
  return runs;
}

/** Do runs from `at` on walk the tree to the end of some phrase's required runs? */
function reaches(node: RunTree, runs: readonly string[], at: number): boolean {
  if (node.done) return true;
  if (at >= runs.length) return false;
  const run = runs[at]!;
  const child = node.next.get(run);
  if (child && reaches(child, runs, at + 1)) return true;
  if (!run.includes('iz')) return false;
  const normal = normaliseWord(run);
  const other = normal === run ? undefined : node.next.get(normal);
  return other !== undefined && reaches(other, runs, at + 1);
}

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
    this.runTree = undefined;
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
   * For mayMatchIn: the runs of letters and digits (RUN) that must stand one after another in
   * a text for each phrase to match there, as a tree from the first run. Undefined until first
   * needed; null when some phrase's first word has no run at all, and then nothing is ruled out.
   */
  private runTree: RunTree | null | undefined;

  private buildRunTree(): RunTree | null {
    const root: RunTree = { next: new Map(), done: false };
    for (const entries of this.byFirst.values()) {
      for (const { pieces } of entries) {
        const runs = requiredRuns(pieces);
        if (runs.length === 0) return null;
        let node = root;
        for (const run of runs) {
          let child = node.next.get(run);
          if (!child) {
            child = { next: new Map(), done: false };
            node.next.set(run, child);
          }
          node = child;
        }
        node.done = true;
      }
    }
    return root;
  }

  /**
   * Could `match` find anything among the tokens of this text? False only when it cannot. A
   * token is a whole word or a piece of a hyphenated one, and only white space and dashes
   * stand between the words of a phrase; so the first run of letters and digits of a phrase's
   * first word stands in the lower-cased text as a whole run of its own (read with -ise for
   * -ize, as normaliseWord does), and while the phrase's words are each one whole run, the
   * next word's first run is the next run in the text (see requiredRuns). Most paragraphs hold
   * no phrase's first words, and this rules them out without parsing them (issue 17).
   */
  mayMatchIn(text: string): boolean {
    if (this.runTree === undefined) this.runTree = this.buildRunTree();
    const tree = this.runTree;
    if (tree === null) return true;
    const runs = text.toLowerCase().match(RUN);
    if (!runs) return false;
    for (let at = 0; at < runs.length; at++) {
      // Most runs start no phrase: look them up here before walking.
      if ((tree.next.has(runs[at]!) || runs[at]!.includes('iz')) && reaches(tree, runs, at)) return true;
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
