import { describe, expect, it } from 'vitest';
import { describeProblem, type DocsProblem } from '../../shared/dom/google-docs/states.ts';

const PROBLEMS: DocsProblem[] = ['signed-out', 'no-access', 'too-large', 'offline', 'export-failed', 'lint-failed'];

describe('describeProblem', () => {
  it('says what happened and what to do for every state, differently for each', () => {
    const messages = PROBLEMS.map((problem) => describeProblem(problem, { words: 200_000, limitWords: 150_000 }));
    for (const message of messages) {
      expect(message.title.length).toBeGreaterThan(3);
      expect(message.message).toMatch(/\.$/);
      expect(message.whatToDo).toMatch(/[.”]$/);
    }
    expect(new Set(messages.map((message) => message.title)).size).toBe(PROBLEMS.length);
  });

  it('gives the details it was told', () => {
    expect(describeProblem('too-large', { words: 200_000, limitWords: 150_000 }).message).toContain('200,000 words');
    expect(describeProblem('too-large', { bytes: 30_000_000, limitBytes: 20_000_000 }).message).toContain('30 MB');
    expect(describeProblem('no-access', { status: 403 }).message).toContain('403');
    expect(describeProblem('export-failed', { status: 503, retryAt: 1_000_000 + 4 * 60_000 }, 1_000_000).whatToDo).toContain(
      'try again in about 4 minutes',
    );
  });

  it('says a failed check is compact-proof’s fault, with the reason, and never blames the export', () => {
    const failed = describeProblem('lint-failed', { reason: 'The engine stopped.', retryAt: 1_000_000 + 60_000 }, 1_000_000);
    expect(failed.message).toBe(
      'Google Docs sent the document’s text, but compact-proof’s checks did not finish (The engine stopped). This is a fault in compact-proof, not a problem with Google Docs or your account.',
    );
    expect(failed.whatToDo).toContain('try again in about a minute');
    expect(`${failed.title} ${failed.message}`).not.toMatch(/export|did not send/i);
  });

  it('tells a signed-out officer to sign in, and an offline one to check the connection', () => {
    expect(describeProblem('signed-out').whatToDo).toMatch(/Sign in to Google/);
    expect(describeProblem('offline').whatToDo).toMatch(/internet connection/);
  });
});
