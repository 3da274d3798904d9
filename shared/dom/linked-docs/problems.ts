/**
 * What can go wrong with a linked document, each with a message for the side panel that
 * says what happened and what the reader can do. No `node:` modules, no DOM.
 */
export type DocumentProblem =
  | 'too-large'
  | 'timed-out'
  | 'cancelled'
  | 'not-allowed'
  | 'unreachable'
  | 'http'
  | 'password'
  | 'scanned'
  | 'damaged'
  | 'empty'
  | 'wrong-type';

export class LinkedDocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    message: string,
  ) {
    super(message);
    this.name = 'LinkedDocumentError';
  }
}

/** The largest document compact-proof downloads, and how long it waits for one. */
export const DOCUMENT_LIMITS = { maxBytes: 25 * 1024 * 1024, timeoutMs: 60_000, maxPages: 2000, maxUnpackedBytes: 200 * 1024 * 1024 } as const;

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

export const PROBLEM_MESSAGES = {
  tooLarge: (size: number | null) =>
    `It is ${size === null ? 'larger than' : `${formatSize(size)}, over`} the ${formatSize(DOCUMENT_LIMITS.maxBytes)} compact-proof downloads${size === null ? '' : ''}. Download it yourself and check it with the command-line tool.`,
  timedOut: () => `It did not arrive within ${DOCUMENT_LIMITS.timeoutMs / 1000} seconds, so compact-proof stopped. Try again later.`,
  cancelled: () => 'You cancelled it.',
  notAllowed: (origin: string) => `Permission to read ${origin} was not given, so the document was not fetched.`,
  unreachable: (detail: string) => `It could not be downloaded (${detail}).`,
  http: (status: number) => `The site answered ${status} instead of the document.`,
  password: () => 'It is password-protected, so its text cannot be read. Ask the council for an unprotected copy.',
  scanned: () => 'It has no text layer (it is probably a scan), so there is nothing to check. Ask the council for an accessible version, which it should publish anyway.',
  damaged: (format: string) => `It could not be read as ${format}; it may be damaged or not what its link says.`,
  empty: () => 'It has no text in it.',
  wrongType: (what: string) => `The link gave ${what}, not a document.`,
} as const;
