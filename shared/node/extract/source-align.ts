/**
 * Lines up a parsed text node's value with the stretch of HTML it came from. The parser
 * decodes character references and turns CR LF into LF, so the value and the source differ
 * in length; a finding still has to point at the exact line and column of the file.
 *
 * References are decoded with `entities`' HtmlEntityDecoder, the decoder parse5 itself uses
 * (same version, pinned together), in the same mode parse5 uses for text, so what we count
 * as one reference is what the parser decoded as one.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';

/** value[valueStart, valueStart + length) came from source[sourceStart…]: one for one when copied, else all from sourceStart. */
export interface AlignedRun {
  valueStart: number;
  sourceStart: number;
  length: number;
  copied: boolean;
}

let decoded = '';
let consumed = 0;
// Called once per code point (twice for the few references that decode to two).
const decoder = new HtmlEntityDecoder((codePoint, length) => {
  decoded += String.fromCodePoint(codePoint);
  consumed = length;
});

/** The reference at html[at] (an `&`) as parse5 reads it in text: its value and source length, or null. */
function referenceAt(html: string, at: number, end: number): { value: string; length: number } | null {
  decoded = '';
  consumed = 0;
  decoder.startEntity(DecodingMode.Legacy);
  // A reference is at most a few dozen characters: the longest named one is 33.
  const window = html.slice(at + 1, Math.min(end, at + 48));
  const used = decoder.write(window, 0);
  if (used === -1) decoder.end();
  if (decoded === '' || consumed === 0) return null;
  // The decoder counts the `&` in `consumed`.
  return { value: decoded, length: consumed };
}

/**
 * The runs mapping `value` (a text node's content) onto html[start, end). When the two stop
 * agreeing in a way not explained above (text the parser moved), the rest of the value
 * points at the last position that agreed: approximate, never wrong by more than the node.
 */
export function alignToSource(html: string, start: number, end: number, value: string): AlignedRun[] {
  if (end - start === value.length && html.startsWith(value, start)) return [{ valueStart: 0, sourceStart: start, length: value.length, copied: true }];
  const runs: AlignedRun[] = [];
  const copy = (valueAt: number, sourceAt: number) => {
    const last = runs[runs.length - 1];
    if (last && last.copied && last.valueStart + last.length === valueAt && last.sourceStart + last.length === sourceAt) last.length++;
    else runs.push({ valueStart: valueAt, sourceStart: sourceAt, length: 1, copied: true });
  };
  let source = start;
  let at = 0;
  while (at < value.length) {
    if (source >= end) {
      runs.push({ valueStart: at, sourceStart: Math.max(start, end - 1), length: value.length - at, copied: false });
      break;
    }
    const char = html.charCodeAt(source);
    if (char === 38 /* & */) {
      const reference = referenceAt(html, source, end);
      if (reference && value.startsWith(reference.value, at)) {
        runs.push({ valueStart: at, sourceStart: source, length: reference.value.length, copied: false });
        at += reference.value.length;
        source += reference.length;
        continue;
      }
    }
    if (char === 13 /* CR */ && value.charCodeAt(at) === 10) {
      runs.push({ valueStart: at, sourceStart: source, length: 1, copied: false });
      at++;
      source += html.charCodeAt(source + 1) === 10 ? 2 : 1;
      continue;
    }
    if (char === value.charCodeAt(at) || (char === 0 && value.charCodeAt(at) === 0xfffd)) {
      copy(at, source);
      at++;
      source++;
      continue;
    }
    // The parser left this source character out (the newline straight after <pre>): skip it.
    if (char === 10 || char === 13) {
      source++;
      continue;
    }
    // A tag the parser ignored (a stray end tag, a doctype in the body) sits inside the text
    // node's span, and the text on either side was joined: skip to its end.
    if (char === 60 /* < */) {
      const close = html.indexOf('>', source);
      if (close !== -1 && close < end) {
        source = close + 1;
        continue;
      }
    }
    runs.push({ valueStart: at, sourceStart: source, length: value.length - at, copied: false });
    break;
  }
  return runs;
}
