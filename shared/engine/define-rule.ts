/**
 * The rule contract. A rule is a typed object (id, summary, the Compact commitment it rests
 * on, a zod options schema with defaults, examples that run as tests) plus a `check`
 * function; `defineRule` turns it into a unified plugin that reports through vfile, the
 * way unified-lint-rule does for remark-lint.
 */
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type * as z from 'zod/mini';
import { COMMITMENTS, type CommitmentId } from './commitments.ts';
import { milderSeverity, type Severity } from './finding.ts';
import type { DocumentFacts } from '../document/facts.ts';

/** Where the rules' documentation lives; each rule's README is `<base><id>/README.md`. */
export const DOCS_BASE = 'https://github.com/compact-proof/compact-proof/blob/main/lint-rules/';

export interface Report {
  /** Offsets into the linted text (end exclusive). */
  start: number;
  end: number;
  message: string;
  expected?: string[];
  /** Rule-specific reasoning; the commitment is appended by the engine. */
  note?: string;
  data?: Record<string, unknown>;
  /** A rule may soften a finding (for example to `info` when a short consultation is explained). */
  severity?: Severity;
}

export interface RuleContext<Options> {
  text: string;
  tree: Root;
  options: Options;
  /** Facts about the whole document (sections, dates, its own date), computed once and shared. */
  facts: DocumentFacts;
  report(report: Report): void;
}

export interface FlaggedExample<Options> {
  text: string;
  /** The flagged text the rule should report (its `actual`). */
  actual?: string;
  /** Facts the finding's `data` must contain. */
  data?: Record<string, unknown>;
  options?: Partial<Options>;
  /** ISO date that year-less and relative dates resolve against. */
  referenceDate?: string;
}

export interface FineExample<Options> {
  text: string;
  options?: Partial<Options>;
  referenceDate?: string;
}

export interface RuleDefinition<Options> {
  /** kebab-case; equals the rule's folder name, its config key and its docs anchor. */
  id: string;
  /**
   * The short name a reader knows the check by ("Abbreviations", "Consultation length"): the
   * heading every front end (side panel, hover card, report, settings, practice page) shows,
   * with `summary` underneath where the description helps. A few words, capital first.
   */
  name: string;
  /** One line: what the rule flags. */
  summary: string;
  commitment: CommitmentId;
  defaultSeverity: Severity;
  /** Options schema; `parse({})` must give the defaults. */
  options: z.ZodMiniType<Options>;
  examples: {
    flagged: FlaggedExample<Options>[];
    fine: FineExample<Options>[];
  };
  check(context: RuleContext<Options>): void;
}

/** Settings the engine hands a rule's plugin. */
export interface RuleSettings {
  options: unknown;
  severity: Severity;
}

/** What the plugin attaches to each vfile message, beyond vfile's own fields. */
export interface RuleMessageExtras {
  severity: Severity;
  data: Record<string, unknown>;
  startOffset: number;
  endOffset: number;
}

export interface Rule<Options = unknown> extends RuleDefinition<Options> {
  url: string;
  /** The unified plugin that runs this rule over an nlcst tree. */
  plugin: Plugin<[RuleSettings], Root>;
}

/** Key under which the engine puts document facts on the vfile. */
export const FACTS_KEY = 'compactProofFacts';

export function defineRule<Options>(definition: RuleDefinition<Options>): Rule<Options> {
  const url = `${DOCS_BASE}${definition.id}/README.md`;
  const commitment = COMMITMENTS[definition.commitment];

  const plugin: Plugin<[RuleSettings], Root> = function (settings) {
    return (tree: Root, file: VFile) => {
      const facts = (file.data as Record<string, unknown>)[FACTS_KEY] as DocumentFacts;
      definition.check({
        text: facts.text,
        tree,
        options: settings.options as Options,
        facts,
        report(report) {
          const start = facts.lines.at(report.start);
          const end = facts.lines.at(report.end);
          // A vfile message is an Error, so V8 records the stack as it is made, only for
          // vfile-message to set its stack to '': recording none saves about half the cost of
          // each finding's message (issue 17).
          const stackTraceLimit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          let message: ReturnType<VFile['message']>;
          try {
            message = file.message(report.message, {
              place: {
                start: { ...start, offset: report.start },
                end: { ...end, offset: report.end },
              },
              ruleId: definition.id,
              source: 'compact-proof',
            });
          } finally {
            Error.stackTraceLimit = stackTraceLimit;
          }
          message.actual = facts.text.slice(report.start, report.end);
          message.expected = report.expected ?? [];
          // Rules write their reasoning as one or more sentences; joined to the commitment with one space.
          const reasoning = report.note?.replace(/\s+/g, ' ').trim();
          const why = reasoning ? `${reasoning} ` : '';
          message.note = `${why}Compact commitment: ${commitment.title}. ${commitment.summary} (${commitment.source})`;
          message.url = url;
          const extras: RuleMessageExtras = {
            severity: report.severity ? milderSeverity(report.severity, settings.severity) : settings.severity,
            data: report.data ?? {},
            startOffset: report.start,
            endOffset: report.end,
          };
          Object.assign(message, { compactProof: extras });
        },
      });
    };
  };

  return { ...definition, url, plugin };
}
