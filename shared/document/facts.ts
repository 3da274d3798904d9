/**
 * Facts about a whole document that several rules need: its lines, its sections, the date
 * it states about itself, the reference date for year-less dates, and every date and
 * duration in it. Each is computed on first use and then shared, so a document is
 * never analysed twice however many rules ask.
 */
import type { Root } from 'nlcst';
import { LineIndex } from '../text/line-index.ts';
import { splitBlocks, type Block } from '../text/blocks.ts';
import type { SourceFormat } from '../text/source-format.ts';
import { findSections, type Section } from './sections.ts';
import { findDocumentDate, type DocumentDate } from './document-date.ts';
import { findTimeExpressions, formatUkDate, type TimeExpression } from '../time/index.ts';

export interface FactsInput {
  text: string;
  tree: Root;
  format: SourceFormat;
  /** An explicit reference date (for example `--reference-date`), ISO `YYYY-MM-DD`. */
  referenceDate?: string;
  /** Today, injectable so tests and benchmarks are deterministic. */
  today?: Date;
  /** Headings the front end already knows (from HTML, .docx or a Google Docs export). */
  headings?: { start: number; end: number; level: number }[];
  /** The whole text's blocks (`splitBlocks(text)`), when the caller has already split it. */
  blocks?: readonly Block[];
  /**
   * Lines and columns of the text as given to lint (the engine's `text` may differ: lone
   * carriage returns become line feeds and over-long lines are cut; offsets are the same).
   */
  lines?: LineIndex;
  /**
   * Links in the text (a web page's anchors): where each one's text is and where it points.
   * A link to an equality impact assessment is evidence that one exists (impact-assessment).
   */
  links?: readonly DocumentLink[];
}

/** A link in the text: its words (offsets, end exclusive) and its address. */
export interface DocumentLink {
  start: number;
  end: number;
  href: string;
}

export interface DocumentFacts {
  readonly text: string;
  readonly tree: Root;
  readonly format: SourceFormat;
  readonly lines: LineIndex;
  /** The whole text's blocks (paragraphs, headings, list items), as the engine parses them. */
  readonly blocks: readonly Block[];
  readonly sections: Section[];
  /** The date the document states about itself (meeting, report or letter date), if any. */
  readonly documentDate: DocumentDate | null;
  /** What year-less and relative dates resolve against: option, else the document's date, else today. */
  readonly referenceDate: Date;
  readonly referenceDateSource: 'option' | 'document' | 'today';
  readonly timeExpressions: TimeExpression[];
  readonly input: FactsInput;
  /**
   * Document-wide scratch state for rules that must remember across the parts of a very
   * large document (e.g. which acronyms have been met). Created on first use, then shared.
   */
  memo<T>(key: string, create: () => T): T;
}

/** Midnight UTC of an ISO date, or null when the string is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** An ISO date from a finding's data as "1 March 2025", for messages; "an unknown date" when there is none. */
export function ukDateFromIso(iso: string | null): string {
  const date = iso ? parseIsoDate(iso) : null;
  return date ? formatUkDate(date) : 'an unknown date';
}

function todayUtc(today?: Date): Date {
  const now = today ?? new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/**
 * Facts for one document. When a very large document is linted in parts, each part gets its
 * own facts for its own tree (`timeExpressions`) and shares the document-wide ones (lines,
 * sections, the document's date, the reference date) with the first part through `whole`.
 */
export function createFacts(input: FactsInput, whole?: DocumentFacts): DocumentFacts {
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };

  const facts: DocumentFacts = {
    text: input.text,
    tree: input.tree,
    format: input.format,
    input,
    get lines() {
      return whole ? whole.lines : once('lines', () => input.lines ?? new LineIndex(input.text));
    },
    get blocks() {
      return whole ? whole.blocks : once('blocks', () => input.blocks ?? splitBlocks(input.text));
    },
    get sections() {
      return whole ? whole.sections : once('sections', () => findSections(input.text, input.format, input.headings));
    },
    get documentDate() {
      return whole ? whole.documentDate : once('documentDate', () => findDocumentDate(facts.text));
    },
    get referenceDate() {
      return whole ? whole.referenceDate : once('referenceDate', () => resolveReference().date);
    },
    get referenceDateSource() {
      return whole ? whole.referenceDateSource : once('referenceDateSource', () => resolveReference().source);
    },
    memo<T>(key: string, create: () => T): T {
      return whole ? whole.memo(key, create) : once(`memo:${key}`, create);
    },
    get timeExpressions() {
      return once('timeExpressions', () => findTimeExpressions(input.tree, facts.referenceDate, input.text));
    },
  };

  function resolveReference(): { date: Date; source: DocumentFacts['referenceDateSource'] } {
    if (input.referenceDate) {
      const date = parseIsoDate(input.referenceDate);
      if (date) return { date, source: 'option' };
    }
    const own = facts.documentDate;
    if (own) return { date: own.date, source: 'document' };
    return { date: todayUtc(input.today), source: 'today' };
  }

  return facts;
}
