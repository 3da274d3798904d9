/**
 * The sentence around a finding, quoted in the panel with "Copy sentence" so the officer
 * can paste it into Docs' own Find box: Docs paints on a canvas, so we cannot scroll the
 * editor to the finding ourselves.
 */

export interface Quote {
  start: number;
  end: number;
  text: string;
}

/** A sentence ends at . ! or ? (perhaps followed by a closing quote or bracket) and a space. */
const SENTENCE_END = /[.!?][)\]"'’”]*\s+/g;

/**
 * The sentence containing text[start, end), never reaching past its block (blocks are
 * separated by a blank line). A finding that spans sentences gets all of them.
 */
export function sentenceAround(text: string, start: number, end: number): Quote {
  const separator = start > 0 ? text.lastIndexOf('\n\n', start - 1) : -1;
  const blockStart = separator === -1 ? 0 : Math.min(separator + 2, start);
  let blockEnd = text.indexOf('\n\n', end);
  if (blockEnd === -1) blockEnd = text.length;

  const block = text.slice(blockStart, blockEnd);
  let sentenceStart = 0;
  let sentenceEnd = block.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(block); match; match = SENTENCE_END.exec(block)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start - blockStart) sentenceStart = boundary;
    else if (match.index + 1 >= end - blockStart) {
      sentenceEnd = match.index + match[0].trimEnd().length;
      break;
    }
  }
  const raw = block.slice(sentenceStart, sentenceEnd);
  const leading = raw.length - raw.trimStart().length;
  const quoted = raw.trim().replace(/\s+/g, ' ');
  return { start: blockStart + sentenceStart + leading, end: blockStart + sentenceStart + leading + raw.trim().length, text: quoted };
}
