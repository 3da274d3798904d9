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
