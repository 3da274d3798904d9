/**
 * Does the document explain a term where it uses it? A term that is explained is fine: the
 * Compact asks for jargon to be cut *or explained*. We look only at the few characters around
 * a match (never a search over the whole text), so this costs nothing per token.
 *
 * Explanations we recognise:
 * - a glossary line: "Best Value – a duty to …", "Best Value: …", "Best Value is a …",
 *   "Best Value means …" (the term at the start of a line, after any bullet or bold marker);
 * - "X means …", "X refers to …", "X is defined as …" anywhere;
 * - a parenthesis straight after: "capacity building (training and support for local groups)";
 * - the term in brackets after the plain words: "training for local groups (capacity building)";
 * - "by X we mean …";
 * - a term the writer puts in quotes and follows with a dash or colon: “‘joined-up thinking’ – planning together”;
 * - a term introduced as a name: "… also known as X", "… referred to as X", "… known as the X",
 *   "(called a X)".
 */

const LINE_START = /^[ \t]*(?:(?:[-*•·▪]|\d{1,3}[.)])[ \t]+)?(?:\*\*|__|\*|_)?$/;
const GLOSSARY_SEPARATOR = /^(?:\*\*|__|\*|_)?[ \t]*(?:[:=|\t]|[–—-][ \t])/;
const GLOSSARY_VERB = /^(?:\*\*|__)?[ \t]+(?:is|are)[ \t]+(?:a|an|the|where|when|how)\b/i;
const DEFINING_VERB = /^[ \t,]+(?:means|mean|refers to|refer to|is defined as|are defined as|is short for|describes|is the term for|is a term for|is a way of|are ways of)\b/i;
const PARENTHESIS_AFTER = /^[ \t]*\(([^()\n]{3,200})\)/;
const WE_MEAN = /^[ \t]+(?:we|I)[ \t]+mean\b/i;
const QUOTED_THEN_DASH = /^["'’”`]\s*(?:[–—:]|-\s)\s*\p{L}/u;
const OPENING_QUOTE = /["'‘“`]$/;
// "known as the precept", "(called a precept)", "called the policing precept" (an article and at most one
// word between); not "so-called", which only distances the writer from the word.
const INTRODUCED_AS = /(?<!\bso[- ])\b(?:known as|referred to as|described as|what we call|called)[ \t\n]+(?:(?:the|a|an)[ \t\n]+(?:\p{L}+[ \t\n]+)?)?["'‘“]?$/iu;

/** At least two words of lower-case letters: a real explanation, not "(CVS)" or "(2024)". */
function explainsInWords(inside: string): boolean {
  const words = inside.match(/[a-z][a-z'’-]*/g);
  return (words?.length ?? 0) >= 2;
}

export function isExplainedHere(text: string, start: number, end: number, previousWord: string | undefined): boolean {
  const after = text.slice(end, end + 220);
  if (DEFINING_VERB.test(after)) return true;

  // Look back a short way only: a glossary term sits near the start of its line, and an
  // unbounded search would make a document with very long lines quadratic.
  const window = text.slice(Math.max(0, start - 40), start);
  const lineStart = window.lastIndexOf('\n') + 1;
  const atLineStart = (lineStart > 0 || start <= 40) && LINE_START.test(window.slice(lineStart));
  if (atLineStart && (GLOSSARY_SEPARATOR.test(after) || GLOSSARY_VERB.test(after))) {
    return true;
  }

  const parenthesis = PARENTHESIS_AFTER.exec(after);
  if (parenthesis && explainsInWords(parenthesis[1]!)) return true;

  // "plain words (the term)": the term fills the brackets and plain words come before them.
  if (text[start - 1] === '(' && text[end] === ')') {
    const before = text.slice(Math.max(0, start - 80), start - 1);
    if (explainsInWords(before.split(/[.;:!?\n]/).pop() ?? '')) return true;
  }

  if (previousWord === 'by' && WE_MEAN.test(after)) return true;
  if (OPENING_QUOTE.test(text.slice(start - 1, start)) && QUOTED_THEN_DASH.test(after)) return true;
  if (INTRODUCED_AS.test(text.slice(Math.max(0, start - 40), start))) return true;
  return false;
}
