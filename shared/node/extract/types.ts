/**
 * What every extractor hands the linter: plain text in the engine's format, plus what the
 * reporters need to point back into the original file.
 */
import { howToRaise, LIMITS, type LimitName, type Limits } from '../../config/limits.ts';
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

/** An input that would cost more than one of the limits allows; the message names the limit and how to raise it. */
export class LimitError extends InputError {
  constructor(
    readonly limit: LimitName,
    /** What was found, finishing "could not check FILE: …", e.g. "it is 150 MB"; empty when the size is not known (an endless stream). */
    found: string,
    limits: Limits,
  ) {
    super(`${found ? `${found}, over` : 'it is over'} the limit of ${formatLimit(limit, limits[limit])} (${limit}); ${howToRaise(limit, limits[limit])}`);
    this.name = 'LimitError';
  }
}

/** "100 MB", "5,000 pages", "25,000,000 characters", "300 seconds". */
export function formatLimit(limit: LimitName, value: number): string {
  return `${value.toLocaleString('en-GB', { maximumSignificantDigits: 6 })} ${LIMITS[limit].unit}`;
}

export const MB = 1024 * 1024;

/** A size for messages: "150 MB", "1.5 MB", "12 KB", "300 bytes". */
export function formatMB(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MB).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
