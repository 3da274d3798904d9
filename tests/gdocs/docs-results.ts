/** A Google Doc's check results for the panel tests, with the Doc's own fields overridable. */
import type { PageResults } from '../../shared/dom/messages.ts';
import type { GoogleDocsResults } from '../../shared/dom/google-docs/results.ts';

export const DOC_ID = '1AbC_dEf-GhIjKlMnOpQrStUvWxYz0123456789';
export const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;

export function docsResults(overrides: Partial<GoogleDocsResults['googleDocs']> = {}, status: PageResults['status'] = 'done'): GoogleDocsResults {
  return {
    status,
    page: { title: 'Cabinet report', url: DOC_URL },
    checkedAt: '2025-03-04T09:00:00.000Z',
    findings: [],
    summary: null,
    ignoredPhrases: [],
    autoCheck: false,
    googleDocs: {
      documentId: DOC_ID,
      state: 'ok',
      problem: null,
      lastAttemptAt: '2025-03-04T09:00:00.000Z',
      nextCheckAt: null,
      stale: false,
      words: 1234,
      sentences: ['The grant to the lunch club will end on 31 March 2025.', 'We will consult for six weeks.'],
      via: 'page',
      ...overrides,
    },
  };
}
