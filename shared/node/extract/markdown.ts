/**
 * Markdown is linted as written: the engine itself blanks out code, link targets and
 * HTML tags (format 'markdown'), keeping every offset in place.
 */
import { decodeText } from './text.ts';
import type { ExtractedText } from './types.ts';

export function extractMarkdown(bytes: Uint8Array): ExtractedText {
  return { text: decodeText(bytes, 'Markdown'), format: 'markdown' };
}
