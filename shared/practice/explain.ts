/**
 * The full explanation of a finding for the practice page: what is wrong, why it matters,
 * the commitment it rests on, and what a compliant version says (the rule's suggestions,
 * and the practice library's rewrite for the same rule as a worked example).
 */
import { RULES } from '../../lint-rules/index.ts';
import { COMMITMENTS, type Commitment } from '../engine/commitments.ts';
import type { Finding } from '../engine/finding.ts';
import { SAMPLES, type PracticeSample } from './samples.ts';

export interface Explanation {
  /** The reader's name for the check ("Abbreviations"), as the side panel and the card show it. */
  ruleName: string;
  /** The rule's one-line summary, or its id when the rule is unknown. */
  ruleSummary: string;
  message: string;
  /** The rule's own reasoning, without the commitment text the engine appends. */
  why: string;
  commitment: Commitment | undefined;
  /** Clean replacement text the rule suggests, if any. */
  suggestions: string[];
  /** A before/after pair from the practice library for the same rule. */
  example: PracticeSample | undefined;
  url: string;
}

const rulesById = new Map(RULES.map((rule) => [rule.id, rule]));

/** The engine appends "Compact commitment: …" to every note; split it back off. */
export function splitNote(note: string): { why: string; commitmentTitle: string | undefined } {
  const at = note.indexOf('Compact commitment:');
  if (at === -1) return { why: note.trim(), commitmentTitle: undefined };
  const title = /^Compact commitment: ([^.]+)\./.exec(note.slice(at))?.[1];
  return { why: note.slice(0, at).trim(), commitmentTitle: title };
}

export function explainFinding(finding: Finding): Explanation {
  const rule = rulesById.get(finding.ruleId);
  const { why, commitmentTitle } = splitNote(finding.note);
  const commitment = rule
    ? COMMITMENTS[rule.commitment]
    : (Object.values(COMMITMENTS) as Commitment[]).find((candidate) => candidate.title === commitmentTitle);
  return {
    ruleName: rule?.name ?? finding.ruleId,
    ruleSummary: rule?.summary ?? finding.ruleId,
    message: finding.message,
    why,
    commitment,
    suggestions: finding.expected.filter((value) => value.trim().length > 0),
    example: SAMPLES.find((sample) => sample.ruleId === finding.ruleId),
    url: finding.url,
  };
}
