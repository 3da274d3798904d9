/**
 * Text from a document, a file name or a config file, made safe to print to a terminal. A
 * document is written by someone else: an escape sequence in it (or in its file name) could
 * clear the screen, move the cursor, rewrite a line the reader already saw, change the
 * window title or turn a word into a hidden link. So every control character is shown as a
 * visible stand-in instead of being sent to the terminal:
 *
 * - C0 controls (U+0000–U+001F) become their Unicode control pictures (ESC → ␛, CR → ␍);
 * - DEL becomes ␡;
 * - C1 controls (U+0080–U+009F, which some terminals read as ESC [ and the like), bidirectional
 *   embeddings, overrides and isolates (which reorder what is shown, the "Trojan Source" trick),
 *   the Arabic letter mark, and the line and paragraph separators become `<U+XXXX>`.
 *
 * Line breaks are kept only where the caller says the text is several lines by design (a
 * letter, a multi-line error message); a tab is kept there too. The machine formats (JSON,
 * SARIF) keep the exact text instead, escaped as JSON requires: see `jsonForTerminal`.
 */

/** Characters a terminal may act on, or that reorder or break what it shows. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same, less the C0 controls, which JSON.stringify escapes itself (the raw line feeds left are its own layout). */
const UNSAFE_RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function standIn(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** One line of terminal output: every control character, line breaks included, made visible. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, standIn);
}

/** Several lines by design (a letter, a message with a list): line feeds and tabs stay, everything else is made visible. */
export function terminalBlock(text: string): string {
  return text.replace(UNSAFE, (char) => (char === '\n' || char === '\t' ? char : standIn(char)));
}

/**
 * JSON that reads back to exactly the same values, with every character a terminal might act on
 * written as a `\uXXXX` escape. JSON.stringify already escapes C0 controls; DEL, C1 controls and
 * the bidi and separator characters above are legal raw in JSON, but a report piped to a
 * terminal (`compact-proof -f json paper.txt`) should not be able to drive it.
 */
export function jsonForTerminal(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
