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
import { createFacts, type DocumentFacts } from '../document/facts.ts';
import type { SourceFormat } from '../text/source-format.ts';
import { splitBlocks, type Block } from '../text/blocks.ts';
import { FACTS_KEY, type Rule, type RuleMessageExtras } from './define-rule.ts';
import { withoutAllowedPhrases, withoutDisabled } from './filters.ts';
import type { Finding, Severity } from './finding.ts';
import { breakLongLines, maskForLinting } from './mask.ts';
import { LineIndex } from '../text/line-index.ts';
import { parseBlocks, parseBlocksLightly, partsOf, pointAtEnd } from './parse.ts';

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
  /** Links in the text (a web page's anchors), for rules that count a linked document as evidence. */
  links?: readonly { start: number; end: number; href: string }[];
  /** Limits for text nobody vouches for (a web page): see LintBudget. */
  budget?: LintBudget;
  /**
   * Called after each part of a long document, once its tree is no longer needed: the CLI's
   * worker collects garbage there, so memory stays flat instead of growing with the text.
   */
  afterPart?: () => void;
}

/**
 * Bounds on one lint, for callers that check text from anywhere (the extension's background
 * worker checks whatever page the user opens). Text longer than `maxChars` is refused before
 * any work; a lint that runs past `maxMs` stops at the next checkpoint (between groups of
 * blocks while parsing, between rules, between parts) with LintBudgetExceeded. The stop is
 * cooperative: a single rule over a single part is not interrupted.
 */
export interface LintBudget {
  maxChars?: number;
  maxMs?: number;
  /** Milliseconds on a monotonic clock; replaceable in tests. */
  now?: () => number;
}

export class LintBudgetExceeded extends Error {
  constructor(
    readonly reason: 'too-large' | 'too-slow',
    /** The limit that was passed: characters, or milliseconds. */
    readonly limit: number,
    /** How far past it: the text's characters, or the milliseconds spent when it stopped. */
    readonly actual: number,
  ) {
    super(reason === 'too-large' ? `the text has ${actual} characters, more than the ${limit} allowed` : `the check took longer than ${limit} ms`);
    this.name = 'LintBudgetExceeded';
  }
}

/** Where the engine's checkpoint lives on each run's VFile, for the plugin between rules. */
const CHECKPOINT_KEY = 'compactProofCheckpoint';

/**
 * A unified plugin that only calls the run's checkpoint: put before each rule, it bounds the
 * rules' total time. A new function each time, because unified uses a plugin only once.
 */
const checkpointPlugin = () => () => (_tree: Root, file: VFile) => {
  const checkpoint = (file.data as Record<string, unknown>)[CHECKPOINT_KEY];
  if (typeof checkpoint === 'function') checkpoint();
};

/** Blocks parsed between two checkpoints. */
const BLOCKS_PER_CHECKPOINT = 64;

function startBudget(text: string, budget: LintBudget | undefined): () => void {
  if (!budget) return () => undefined;
  if (budget.maxChars !== undefined && text.length > budget.maxChars) throw new LintBudgetExceeded('too-large', budget.maxChars, text.length);
  const maxMs = budget.maxMs;
  if (maxMs === undefined) return () => undefined;
  const now = budget.now ?? (() => performance.now());
  const began = now();
  return () => {
    const spent = now() - began;
    if (spent > maxMs) throw new LintBudgetExceeded('too-slow', maxMs, Math.round(spent));
  };
}

/**
 * Texts at least this long are parsed lightly for the rules (parseBlocksLightly): a
 * paragraph keeps only its position and parses its sentences again when a rule reads them.
 * A kept tree of that size outgrows V8's young generation, and copying it out was most of
 * the lint's memory traffic. A shorter text's tree is collected young anyway, and there
 * parsing each paragraph two or three times costs more than it saves, most of all in a
 * cold first check (the extension's 10,000-word page is about 64,000 characters).
 */
export const LIGHT_TREE_CHARS = 100_000;

/** One part's tree, a group of blocks at a time with a checkpoint before each group. */
function parsePart(text: string, blocks: readonly Block[], end: ReturnType<typeof pointAtEnd>, checkpoint: () => void): Root {
  const light = text.length >= LIGHT_TREE_CHARS;
  const children: Root['children'] = [];
  for (let index = 0; index < blocks.length; index += BLOCKS_PER_CHECKPOINT) {
    checkpoint();
    const group = blocks.slice(index, index + BLOCKS_PER_CHECKPOINT);
    for (const child of light ? parseBlocksLightly(group) : parseBlocks(text, group, { ...end }).children) children.push(child);
  }
  return { type: 'RootNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { ...end } } };
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
    for (const { rule, severity, options } of config.rules) {
      built.use(checkpointPlugin());
      built.use(rule.plugin, { severity, options });
    }
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
  const checkpoint = startBudget(text, options.budget);
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
    const tree = parsePart(masked, blocks, end, checkpoint);
    const facts = createFacts(
      {
        text: masked,
        tree,
        format,
        referenceDate: options.referenceDate,
        today: options.today,
        headings: options.headings,
        links: options.links,
        blocks: allBlocks,
        lines,
      },
      firstFacts,
    );
    firstFacts ??= facts;
    const file = new VFile({ value: text, data: { [FACTS_KEY]: facts, [CHECKPOINT_KEY]: checkpoint } });
    processor.runSync(tree, file);
    checkpoint();
    for (const message of file.messages) findings.push(toFinding(message, text));
    options.afterPart?.();
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
