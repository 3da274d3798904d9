/**
 * The date a document states about itself (meeting date, report date, letter date).
 * (Placeholder: the recogniser arrives with the time work.)
 */
import type { DocumentFacts } from './facts.ts';

export interface DocumentDate {
  date: Date;
  /** What kind of date it is, e.g. `meeting`, `report`, `letter`, `published`. */
  kind: string;
  start: number;
  end: number;
}

export function findDocumentDate(_facts: DocumentFacts): DocumentDate | null {
  return null;
}
