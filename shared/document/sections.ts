/**
 * Section headings of a committee paper or consultation document, with the span each covers.
 * (Placeholder: the full recogniser arrives with the impact-assessment work.)
 */
import type { SourceFormat } from './facts.ts';

export interface Section {
  /** The heading as written, without numbering or Markdown marks. */
  title: string;
  /** Normalised kind, e.g. `consultation`, `equality`, `financial`, or `other`. */
  kind: string;
  headingStart: number;
  headingEnd: number;
  /** The section body: from after the heading to the next heading of the same or higher level. */
  start: number;
  end: number;
  level: number;
}

export function findSections(
  _text: string,
  _format: SourceFormat,
  _headings?: { start: number; end: number; level: number }[],
): Section[] {
  return [];
}
