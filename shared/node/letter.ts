/**
 * `--letter`: a draft challenge letter per checked document, built by the shared letter
 * builder (shared/report/challenge-letter.ts) from the findings shown. The group edits it
 * before sending; the CLI only prints it.
 */
import { basename } from 'node:path';
import { draftChallengeLetter } from '../report/challenge-letter.ts';
import type { FileResult } from './results.ts';
import { terminalBlock } from './terminal-text.ts';

export function formatLetters(results: readonly FileResult[], style: 'text' | 'markdown', today = new Date(), otherPoints = false): string {
  const letters = results
    .filter((result) => result.errors.length === 0)
    .map((result) => {
      const letter = draftChallengeLetter(result.messages, {
        documentTitle: result.title ?? basename(result.file),
        documentUrlOrFile: result.file,
        responsibleBody: result.responsibleBody,
        dateChecked: today,
      }, { otherPoints, howToAddOtherPoints: '--letter-other-points' });
      // The letter quotes the document: its control characters are shown, never obeyed, on screen or in the file.
      return terminalBlock(style === 'markdown' ? letter.markdown : letter.text);
    });
  return letters.join(style === 'markdown' ? '\n---\n\n' : `\n${'='.repeat(72)}\n\n`);
}
