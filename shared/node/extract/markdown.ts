/**
 * Markdown is linted as written: the engine itself blanks out code, link targets and
 * HTML tags (format 'markdown'), keeping every offset in place.
 */
import { decodeUtf8 } from './text.ts';
import type { ExtractedText } from './types.ts';

export function extractMarkdown(bytes: Uint8Array): ExtractedText {
  return { text: decodeUtf8(bytes, 'Markdown'), format: 'markdown' };
}
