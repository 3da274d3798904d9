/**
 * lint(text, config) → Finding[]. One pipeline for every front end: mask non-prose, parse
 * block by block into nlcst, run the enabled rules as unified plugins over the tree with
 * shared document facts, then filter (inline comments, allowed phrases) and sort.
 * Pure TypeScript: no DOM, no `node:` imports.
 */
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { createFacts, type DocumentFacts, type SourceFormat } from '../document/facts.ts';
import { FACTS_KEY, type Rule, type RuleMessageExtras } from './define-rule.ts';
import { withoutAllowedPhrases, withoutDisabled } from './filters.ts';
import type { Finding, Severity } from './finding.ts';
import { breakLongLines, maskForLinting } from './mask.ts';
import { LineIndex } from './line-index.ts';
import { parseBlocks, partsOf, pointAtEnd, splitBlocks } from './parse.ts';

export interface EnabledRule {
  // Rules have different option types; the engine only passes them through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any>;
  severity: Severity;
  options: unknown;
}

/** A validated configuration with profiles applied: what the engine runs. */
export interface ResolvedConfig {
  profile: string;
  rules: EnabledRule[];
  allowPhrases: string[];
}

export interface LintOptions {
  format?: SourceFormat;
  /** ISO `YYYY-MM-DD`; otherwise the document's own date, else today. */
  referenceDate?: string;
  today?: Date;
  headings?: { start: number; end: number; level: number }[];
}

export interface LintResult {
  findings: Finding[];
  facts: DocumentFacts;
}

const processors = new WeakMap<ResolvedConfig, Processor<Root, Root, Root>>();

function processorFor(config: ResolvedConfig): Processor<Root, Root, Root> {
  let processor = processors.get(config);
  if (!processor) {
    // retext-english is the processor's parser, so `processor.parse(text)` gives the usual
    // whole-text tree; the engine itself parses block by block with the same parser class
    // (parse.ts) and runs the rules over that tree.
    const built = unified().use(retextEnglish) as unknown as Processor<Root, Root, Root>;
    for (const { rule, severity, options } of config.rules) built.use(rule.plugin, { severity, options });
    processor = built.freeze() as Processor<Root, Root, Root>;
    processors.set(config, processor);
  }
  return processor;
}

/**
 * Documents longer than this are linted in parts of about this size (cut at block
 * boundaries), each with its own nlcst tree, so memory stays bounded on agenda packs of
 * several megabytes. Document-wide facts are shared between parts; a rule that reports
 * "the first use in the document" reports the first use in each part.
 */
export const PART_CHARS = 150_000;

export function lintDocument(text: string, config: ResolvedConfig, options: LintOptions = {}): LintResult {
  const format = options.format ?? 'text';
  // What the rules read: the text with non-prose blanked, lone carriage returns as line
  // feeds and over-long lines cut (mask.ts), every offset unchanged. Lines and columns are
  // the original text's, as its reader counts them.
  const masked = breakLongLines(maskForLinting(text, format));
  const lines = new LineIndex(text);
  const processor = processorFor(config);

  let firstFacts: DocumentFacts | undefined;
  let findings: Finding[] = [];
  // Every part's root ends where the whole text ends.
  const end = pointAtEnd(text, lines);
  // Split once: the parts are made from these blocks, and rules that read the whole text
  // block by block (impact-assessment) take them from the facts instead of splitting again.
  const allBlocks = splitBlocks(masked);
  for (const blocks of partsOf(masked, PART_CHARS, allBlocks)) {
    const tree = parseBlocks(masked, blocks, { ...end });
    const facts = createFacts(
      {
        text: masked,
        tree,
        format,
        referenceDate: options.referenceDate,
        today: options.today,
        headings: options.headings,
        blocks: allBlocks,
        lines,
      },
      firstFacts,
    );
    firstFacts ??= facts;
    const file = new VFile({ value: text, data: { [FACTS_KEY]: facts } });
    processor.runSync(tree, file);
    for (const message of file.messages) findings.push(toFinding(message, text));
  }

  findings = withoutDisabled(findings, text);
  findings = withoutAllowedPhrases(findings, text, config.allowPhrases);
  findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  return { findings, facts: firstFacts! };
}

function toFinding(message: VFileMessage, text: string): Finding {
  const extras = (message as unknown as { compactProof: RuleMessageExtras }).compactProof;
  const start = message.place && 'start' in message.place ? message.place.start : undefined;
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: extras.severity,
    message: message.reason,
    offset: extras.startOffset,
    endOffset: extras.endOffset,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? 1,
    endColumn: end?.column ?? 1,
    actual: text.slice(extras.startOffset, extras.endOffset),
    expected: message.expected ?? [],
    note: message.note ?? '',
    url: message.url ?? '',
    data: extras.data,
  };
}

export function lint(text: string, config: ResolvedConfig, options: LintOptions = {}): Finding[] {
  return lintDocument(text, config, options).findings;
}
