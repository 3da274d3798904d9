/**
 * Cheap tests that say when a parse-english plugin could change a tree, so the parser
 * (parse.ts) can skip the plugin when it cannot. parse-english runs each plugin over every
 * token of a block through generic iterators (a closure call per token per plugin, seven
 * plugins deep), yet on council prose most of them change nothing: "&", "w/", "o'",
 * initialisms and blank lines inside a block are rare. Each test here is a plain loop and
 * must hold whenever its plugin would change anything (it may also hold when the plugin
 * then changes nothing): the plugin itself still does the work, so the tree is exactly
 * parse-english's. tests/engine/parse.test.ts compares our trees with stock parse-english.
 *
 * Plugins only move tokens (into words, between sentences); none makes a new token, so a
 * value missing from a block's tokens stays missing while the plugins run.
 */
import type { Paragraph, Sentence, SentenceContent, Word } from 'nlcst';

/** Punctuation or symbol: the only tokens the sentence plugins act on. */
function isMark(node: SentenceContent | undefined): node is Extract<SentenceContent, { type: 'PunctuationNode' | 'SymbolNode' }> {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode');
}

function isWord(node: SentenceContent | undefined): node is Word {
  return node !== undefined && node.type === 'WordNode';
}

/** A word's text (nlcst-to-string's answer, without its array). */
function wordText(word: Word): string {
  const children = word.children;
  if (children.length === 1) return (children[0] as { value: string }).value;
  let text = '';
  for (const child of children) text += 'value' in child ? child.value : '';
  return text;
}

const APOSTROPHE = /^['’]$/;
const ELISION_PREFIX = /^(ol?)$/;

/**
 * parse-english's mergeEnglishElisionExceptions acts on "/" after the word "w", and on an
 * apostrophe after "o"/"ol" or before a word that does not follow a word ("'tis", "'n'").
 */
export function mayMergeElision(sentence: Sentence): boolean {
  const children = sentence.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (!isMark(child)) continue;
    const previous = children[index - 1];
    if (child.value === '/') {
      if (isWord(previous) && wordText(previous).toLowerCase() === 'w') return true;
    } else if (APOSTROPHE.test(child.value)) {
      if (isWord(previous) ? ELISION_PREFIX.test(wordText(previous).toLowerCase()) : isWord(children[index + 1])) return true;
    }
  }
  return false;
}

/** parse-latin's mergeInitialWordSymbol: "&" before a word and not after one. */
export function mayMergeInitialWordSymbol(sentence: Sentence): boolean {
  const children = sentence.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (isMark(child) && child.value === '&' && !(index > 0 && isWord(children[index - 1])) && isWord(children[index + 1])) return true;
  }
  return false;
}

/** parse-latin's mergeFinalWordSymbol: "-" after a word and not before one. */
export function mayMergeFinalWordSymbol(sentence: Sentence): boolean {
  const children = sentence.children;
  for (let index = 1; index < children.length; index++) {
    const child = children[index];
    if (isMark(child) && child.value === '-' && isWord(children[index - 1]) && !isWord(children[index + 1])) return true;
  }
  return false;
}

/** parse-latin's wordSymbolInner: a mark that can sit inside a word ("e-mail", "don't", "U.K"). */
const WORD_SYMBOL_INNER = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/**
 * parse-latin's mergeInnerWordSymbol: a word, then one or more inner-word marks, then a
 * word ("e-mail", "council's", "1.5").
 */
export function mayMergeInnerWordSymbol(sentence: Sentence): boolean {
  const children = sentence.children;
  for (let index = 1; index < children.length; index++) {
    if (!isMark(children[index]) || !isWord(children[index - 1])) continue;
    let position = index;
    while (position < children.length) {
      const sibling = children[position]!;
      if (!isMark(sibling) || !WORD_SYMBOL_INNER.test(sibling.value)) break;
      position++;
    }
    if (position > index && isWord(children[position])) return true;
  }
  return false;
}

/** parse-latin's mergeInnerWordSlash: "/" after a word of one or two characters ("w/", "n/a"). */
export function mayMergeInnerWordSlash(sentence: Sentence): boolean {
  const children = sentence.children;
  for (let index = 1; index < children.length; index++) {
    const child = children[index];
    const previous = children[index - 1];
    if (isMark(child) && child.value === '/' && isWord(previous) && wordText(previous).length < 3) return true;
  }
  return false;
}

/** parse-latin's mergeInitialisms: "." after a word already made of letters and dots ("U.K" + "."). */
export function mayMergeInitialisms(sentence: Sentence): boolean {
  const children = sentence.children;
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!;
    const previous = children[index - 1];
    if (child.type === 'PunctuationNode' && child.value === '.' && isWord(previous)) {
      const count = previous.children.length;
      if (count !== 1 && count % 2 !== 0) return true;
    }
  }
  return false;
}

const TERMINAL_MARKER = /^([!.?\u2026\u203D]+)$/;

/**
 * parse-latin's mergeRemainingFullStops: a "." inside a sentence, before a word or before
 * the sentence's closing mark, read from the sentence's end.
 */
export function mayMergeRemainingFullStops(paragraph: Paragraph): boolean {
  for (const child of paragraph.children) {
    if (!('children' in child)) continue;
    const children = child.children;
    let found = false;
    for (let index = children.length - 1; index >= 0; index--) {
      const node = children[index]!;
      if (node.type === 'WordNode') {
        found = true;
      } else if (isMark(node) && TERMINAL_MARKER.test(node.value)) {
        if (found && node.value === '.') return true;
        found = true;
      }
    }
  }
  return false;
}

/** Line breaks in white space, counted as `/\r\n|\r|\n/` splits them. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 13) {
      count++;
      if (value.charCodeAt(index + 1) === 10) index++;
    } else if (code === 10) {
      count++;
    }
  }
  return count;
}

/**
 * parse-latin's breakImplicitSentences: white space with two or more line breaks inside a
 * sentence. (parse-latin splits every white-space token of every sentence into an array of
 * lines to find one: about 30 MB of garbage per MB of text.)
 */
export function mayBreakImplicitSentences(paragraph: Paragraph): boolean {
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue;
    const children = child.children;
    for (let index = 1; index < children.length - 1; index++) {
      const node = children[index]!;
      if (node.type === 'WhiteSpaceNode' && lineBreaks(node.value) >= 2) return true;
    }
  }
  return false;
}
