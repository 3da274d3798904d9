/**
 * The text's blocks: paragraphs, headings and list items, with their offsets and lines. A low
 * primitive shared by the engine (which parses block by block) and the document facts (which
 * read sections and dates by block), so neither has to reach into the other.
 */
export interface Block {
  /** Offset of the block's first character in the whole text. */
  offset: number;
  /** 1-based line of that character. */
  line: number;
  text: string;
}

/** Longest block we hand the parser in one go; longer runs are cut at line breaks. */
const MAX_BLOCK_CHARS = 4000;

/** A list item's mark at the start of a line: a bullet, "1.", "(a)", "iv)". Shared by the rules that read lists. */
export const LIST_ITEM_MARK = /^\s*(?:[-*•·▪◦‣]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s+/i;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'or', 'from']);

/**
 * A line stands alone (it is never joined to the next line) when it looks like a heading
 * or a "Label: value" line: a Markdown heading, a numbered heading, capitals, or a short
 * Title Case line without a closing full stop. Other lines of a hard-wrapped paragraph are
 * joined into one block.
 */
function standsAlone(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return false;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  if (/[.,;]$/.test(trimmed)) return false;
  // Wrapped prose, not a heading: a sentence ends inside the line ("FYE £210k. Existing
  // grants"), or the line stops on a small word ("4.1 Views on the").
  if (/;\s|[a-z][.!?]\s+[A-Z]/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 1 && SMALL_WORDS.has(words.at(-1)!.toLowerCase())) return false;
  // A numbered heading ("3. Financial implications"), not the first line of a numbered
  // paragraph wrapped by a PDF ("2.1 Saving: £210k; FYE £210k. Existing grants end 31 March").
  if (/^\(?\d+(?:\.\d+)*[.)]?\s+\S/.test(trimmed) && words.length <= 12 && !/[,;]\s|\.\s+\S/.test(trimmed.replace(/^\(?\d+(?:\.\d+)*[.)]?\s+/, ''))) return true;
  if (/[A-Za-z]/.test(trimmed) && trimmed === trimmed.toUpperCase()) return true;
  if (/^[A-Z][^:]{1,40}:\s*\S/.test(trimmed) && words.length <= 12) return true;
  const content = words.filter((word) => /^[A-Za-z]/.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = content.filter((word) => /^[A-Z]/.test(word)).length;
  return words.length <= 8 && content.length > 0 && capitalised / content.length >= 0.6;
}

/** Does the line after `lineEnd` begin in lower case, carrying on the line before? */
function continuesBelow(text: string, lineEnd: number): boolean {
  const next = /^[ \t]*(\S)/.exec(text.slice(lineEnd + 1, lineEnd + 40));
  return next !== null && /[a-z]/.test(next[1]!);
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockLine = 1;
  let line = 1;
  let position = 0;
  // End of the last line that had content: blocks end there, never on a line break.
  let contentEnd = 0;

  const close = () => {
    if (blockStart >= 0 && contentEnd > blockStart) {
      blocks.push({ offset: blockStart, line: blockLine, text: text.slice(blockStart, contentEnd) });
    }
    blockStart = -1;
  };

  while (position <= text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = text.length;
    const content = text.slice(position, lineEnd);
    const blank = content.trim().length === 0;

    if (blank) {
      close();
    } else {
      // Read once: both tests below need it, and this runs for every line of the text.
      const alone = standsAlone(content);
      const startsNew =
        blockStart === -1 ||
        LIST_ITEM_MARK.test(content) ||
        alone ||
        position - blockStart > MAX_BLOCK_CHARS;
      if (startsNew) {
        close();
        blockStart = position;
        blockLine = line;
      }
      contentEnd = content.endsWith('\r') ? lineEnd - 1 : lineEnd;
      // A heading-like line closes its own block so the next line does not run into it, unless
      // the next line carries on its sentence in lower case ("4.1 Views on the proposals" /
      // "are invited from patients …": a wrapped paragraph, not a heading).
      if (alone && !(continuesBelow(text, lineEnd) && !/^\s*#/.test(content))) close();
    }

    if (lineEnd >= text.length) break;
    position = lineEnd + 1;
    line++;
  }
  close();
  return blocks;
}

/** Token types by class: parse-latin's own names. */
