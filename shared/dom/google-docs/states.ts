/**
 * What can happen when compact-proof asks Google Docs for a document's saved text and
 * checks it, and what we tell the officer in each case: what happened, then what to do.
 * Silence is never an answer; every state has a message.
 */

/**
 * `lint-failed` is ours, not Google's: the text arrived, but checking it did not finish
 * (the extension's background worker did not answer, or the checks themselves failed).
 */
export type DocsProblem = 'signed-out' | 'no-access' | 'too-large' | 'offline' | 'export-failed' | 'lint-failed';
export type DocsState = 'ok' | DocsProblem;

export interface ProblemDetails {
  /** The HTTP status Google answered with, when there was one. */
  status?: number;
  /** For `too-large`: how big the document is and the limit, in words. */
  words?: number;
  limitWords?: number;
  /** For `too-large` when the export was refused before reading: its size in bytes and the limit. */
  bytes?: number;
  limitBytes?: number;
  /** When the next automatic attempt is due (ms since the epoch), if one is planned. */
  retryAt?: number;
  /** For `lint-failed`: what went wrong, as the error said it. */
  reason?: string;
}

export interface StateMessage {
  /** A short heading for the panel. */
  title: string;
  /** What happened, in a sentence or two. */
  message: string;
  /** What the officer can do about it. */
  whatToDo: string;
}

function minutesFromNow(retryAt: number | undefined, now: number): string {
  if (retryAt === undefined) return '';
  const minutes = Math.max(1, Math.round((retryAt - now) / 60_000));
  return minutes === 1 ? ' compact-proof will try again in about a minute.' : ` compact-proof will try again in about ${minutes} minutes.`;
}

/** An error message as part of a sentence: no full stop of its own, and not too long. */
function sentenceEnd(reason: string): string {
  const clean = reason.replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '');
  return clean.length > 160 ? `${clean.slice(0, 157)}…` : clean;
}

function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

export function describeProblem(problem: DocsProblem, details: ProblemDetails = {}, now = Date.now()): StateMessage {
  switch (problem) {
    case 'signed-out':
      return {
        title: 'Signed out of Google',
        message: 'Google Docs sent a sign-in page instead of this document’s text, so it could not be checked.',
        whatToDo: 'Sign in to Google in this browser with an account that can open the document, then choose “Check again”.',
      };
    case 'no-access':
      return {
        title: 'No access to the document’s text',
        message: `Google Docs would not let your account download this document${details.status ? ` (it answered ${details.status})` : ''}, so it could not be checked.`,
        whatToDo:
          'Check that you are signed in with the account that has access. If the owner has turned off downloading for viewers, ask them for edit or comment access, then choose “Check again”.',
      };
    case 'too-large':
      return {
        title: 'Document too long to check here',
        message:
          details.words !== undefined && details.limitWords !== undefined
            ? `This document has about ${grouped(details.words)} words; compact-proof checks documents of up to ${grouped(details.limitWords)} words while you write.`
            : `Google Docs sent ${grouped((details.bytes ?? 0) / 1_000_000)} MB for this document; compact-proof checks exports of up to ${grouped((details.limitBytes ?? 0) / 1_000_000)} MB while you write.`,
        whatToDo:
          'Download it as a Word document (File, then Download, then Microsoft Word) and check that file with the compact-proof command-line tool, or split the draft into smaller documents.',
      };
    case 'offline':
      return {
        title: 'Offline',
        message: 'This computer could not reach Google Docs, so the document’s saved text could not be fetched. Any findings shown are from the last successful check.',
        whatToDo: `Check your internet connection.${minutesFromNow(details.retryAt, now) || ' compact-proof will check again when you are back online.'}`,
      };
    case 'export-failed':
      return {
        title: 'Google Docs could not export the document',
        message: `Google Docs did not send the document’s text${details.status ? ` (it answered ${details.status})` : ''}. This is usually temporary.`,
        whatToDo: `Wait a moment and choose “Check again”.${minutesFromNow(details.retryAt, now)}`,
      };
    case 'lint-failed':
      return {
        title: 'compact-proof could not check the document',
        message: `Google Docs sent the document’s text, but compact-proof’s checks did not finish${details.reason ? ` (${sentenceEnd(details.reason)})` : ''}. This is a fault in compact-proof, not a problem with Google Docs or your account.`,
        whatToDo: `Choose “Check again”.${minutesFromNow(details.retryAt, now)} If it keeps happening, reload this tab, or turn compact-proof off and on again on your browser’s extensions page.`,
      };
  }
}
