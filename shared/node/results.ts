/**
 * What checking one input produces. Plain data: it crosses from a worker thread to the
 * main thread and is what every reporter reads.
 */
import type { Finding } from '../engine/finding.ts';
import type { Config, Limits } from '../config/index.ts';
import type { FindingLocation } from './extract/types.ts';
import type { ConsultationSummary } from '../report/consultation-summary.ts';

export interface Message extends Finding {
  /** Paragraph (Word) or page (PDF), where line numbers mean little to the reader. */
  location?: FindingLocation;
  /** Where the finding is in FileResult.text, when the report shows the text (HTML). */
  textOffset?: number;
  textEndOffset?: number;
}

export interface FileResult {
  /** The path as the user gave it (or found under a folder they gave); `<stdin>` for `-`. */
  file: string;
  messages: Message[];
  /** Why the input could not be checked; empty when it was. */
  errors: { message: string }[];
  /** The document's own title (see shared/report/document-details.ts), for the challenge letter. */
  title?: string;
  /** The council or NHS body the document names as its own, for the challenge letter. */
  responsibleBody?: string;
  /** The limit the file went over, when that is why it was not checked. */
  overLimit?: string;
  /** The consultation's timescale when the document describes one (for the HTML report). */
  consultation?: ConsultationSummary | null;
  /** The text as it was checked, when the report shows it with the findings marked (HTML). */
  text?: string;
  /** Time spent reading, extracting and linting, in milliseconds. */
  durationMs: number;
}

/** The configuration a file is checked with, as data (rules are resolved where it runs). */
export interface ConfigSource {
  /** Identifies the config file (or `<built-in>`), so each worker resolves it once. */
  key: string;
  config: Config;
}

/** One unit of work: a file (or stdin's bytes) and how to check it. */
export interface FileJob {
  path: string;
  displayPath: string;
  /** Already-read content (stdin); otherwise the file is read from `path`. */
  bytes?: Uint8Array;
  /** Extension that decides the format, e.g. `.md`; defaults to the path's own. */
  extension?: string;
  config: ConfigSource;
  profile?: string;
  ruleOverrides: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  referenceDate?: string;
  /** The limits on this file's work: defaults, then its config file's, then the command line's. */
  limits: Limits;
  /** Keep the checked text in the result, for a report that shows it (HTML). */
  keepText?: boolean;
}
