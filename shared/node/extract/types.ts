/**
 * What every extractor hands the linter: plain text in the engine's format, plus what the
 * reporters need to point back into the original file.
 */
import type { SourceFormat } from '../../text/source-format.ts';

export interface HeadingSpan {
  /** Offsets in the extracted text (end exclusive). */
  start: number;
  end: number;
  level: number;
}

/** Where a finding sits when line numbers mean nothing to the reader (Word, PDF). */
export type FindingLocation =
  | { kind: 'paragraph'; paragraph: number; heading?: string }
  | { kind: 'page'; page: number; line: number };

export interface ExtractedText {
  text: string;
  format: SourceFormat;
  /** Headings the source marks up (HTML, Word); passed to the engine. */
  headings?: HeadingSpan[];
  /** An HTML page's <title>, decoded and on one line (for the challenge letter). */
  pageTitle?: string;
  /**
   * Map an offset in `text` to the matching offset in the original file, when they differ
   * (HTML). Without it, offsets already point into the original file.
   */
  sourceOffset?: (offset: number) => number;
  /** The original file's text, when `sourceOffset` maps into it (for lines and columns). */
  sourceText?: string;
  /** Where a finding at this offset sits, for formats without stable line numbers. */
  locate?: (offset: number) => FindingLocation;
}

/** An input we could not read, with a message that names the problem in plain words. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
