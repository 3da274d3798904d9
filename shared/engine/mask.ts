/**
 * Blank out what is not prose (comments, URLs, e-mail addresses, Markdown code and link
 * targets) before parsing, replacing each character with a space and keeping line breaks,
 * so every offset still points at the same character of the original text.
 */
import type { SourceFormat } from '../document/facts.ts';

const ALWAYS: RegExp[] = [
  /<!--[\s\S]*?-->/g,
  /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/g,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
];

const MARKDOWN: RegExp[] = [
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm,
  /`[^`\n]+`/g,
  /\]\([^)\n]*\)/g,
  /^\s*\[[^\]\n]+\]:\s*\S.*$/gm,
  /<\/?[a-z][^>\n]*>/gi,
];

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

export function maskForLinting(text: string, format: SourceFormat): string {
  let masked = text;
  for (const pattern of ALWAYS) masked = masked.replace(pattern, blank);
  if (format === 'markdown') for (const pattern of MARKDOWN) masked = masked.replace(pattern, blank);
  return masked;
}
