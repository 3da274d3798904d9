/**
 * Blank out what is not prose (comments, URLs, e-mail addresses, Markdown code and link
 * targets) before parsing, replacing each character with a space and keeping line breaks,
 * so every offset still points at the same character of the original text.
 */
import type { SourceFormat } from '../text/source-format.ts';

const ALWAYS: RegExp[] = [/<!--[\s\S]*?-->/g, /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/g];

/**
 * An e-mail address. Run over the whole text as a global pattern it tries every word
 * character as the start of an address and reads the rest of the word before failing, so
 * it is matched from each "@" instead (blankEmails).
 */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/y;

/** A character of an address's local part ([\w.+-]). */
function isLocal(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 43 || code === 45
  );
}

/**
 * The same as `text.replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, blank)`. Every address
 * holds one "@", and its local part is the run of [\w.+-] just before it, so the leftmost
 * address not before `copied` that uses a given "@" starts in that run (never before the
 * end of the previous address): try each start in the run, left to right, anchored.
 */
function blankEmails(text: string): string {
  let at = text.indexOf('@');
  if (at === -1) return text;
  let out = '';
  let copied = 0;
  while (at !== -1) {
    let runStart = at;
    while (runStart > copied && isLocal(text.charCodeAt(runStart - 1))) runStart--;
    let next = at + 1;
    for (let start = runStart; start < at; start++) {
      EMAIL.lastIndex = start;
      const match = EMAIL.exec(text);
      if (!match) continue;
      out += text.slice(copied, start) + blank(match[0]);
      copied = start + match[0].length;
      next = copied;
      break;
    }
    at = text.indexOf('@', next);
  }
  return out + text.slice(copied);
}

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
  masked = blankEmails(masked);
  if (format === 'markdown') for (const pattern of MARKDOWN) masked = masked.replace(pattern, blank);
  return masked;
}
