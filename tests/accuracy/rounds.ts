/**
 * Accuracy rounds: passages labelled by people who had not seen the rules (docs/accuracy-labelling.md),
 * either written blind (`blind-N`) or real public texts gathered from the web (`real-*`).
 * Each round is a JSON file in tests/accuracy/rounds/. Its first run, the findings the rules
 * gave before any fix prompted by the round, is kept beside it in tests/accuracy/first-runs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const consultationLabel = z.union([
  z.object({ problem: z.literal('missing') }).strict(),
  z
    .object({
      problem: z.literal('too-short'),
      start: isoDate.nullable().optional(),
      close: isoDate.nullable().optional(),
      lengthDays: z.number().int().nullable().optional(),
      explained: z.boolean().optional(),
    })
    .strict(),
]);

const noticeLabel = z.union([
  z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).strict(),
  z.object({ stated: z.string().min(1) }).strict(),
]);

export const labelsSchema = z
  .object({
    consultation: z.array(consultationLabel),
    notice: z.array(noticeLabel),
    impact: z.enum(['missing', 'dismissed', 'deferred']).nullable(),
    jargon: z.array(z.string().min(1)),
    acronyms: z.array(z.string().min(1)),
    weekday: z.array(z.object({ date: isoDate, written: z.string().min(1) }).strict()),
  })
  .strict();

export const passageSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  referenceDate: isoDate,
  format: z.enum(['text', 'markdown']).optional(),
  text: z.string().min(1),
  source: z
    .object({ url: z.string().url(), title: z.string(), found: isoDate, licence: z.string().min(1) })
    .optional(),
  labels: labelsSchema,
  evidence: z.record(z.string(), z.unknown()).optional(),
  trap: z.string().optional(),
});

/** A label changed after the round's first run, with the reason; the first-run figures use the corrected label. */
const correctionSchema = z.object({ id: z.string(), label: z.string(), was: z.unknown(), why: z.string().min(1) });

export const roundSchema = z.object({
  round: z.string().regex(/^(blind|real)-[a-z0-9-]+$/),
  written: isoDate,
  author: z.string().min(1),
  passages: z.array(passageSchema).min(1),
  corrections: z.array(correctionSchema).optional(),
});

export type Labels = z.infer<typeof labelsSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Round = z.infer<typeof roundSchema>;

export const ROUNDS_DIR = new URL('./rounds/', import.meta.url).pathname;
export const FIRST_RUNS_DIR = new URL('./first-runs/', import.meta.url).pathname;

export function readRound(path: string): Round {
  const parsed = roundSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every round, blind rounds in the order written, then the real-text batches. */
export function readAllRounds(): Round[] {
  return readdirSync(ROUNDS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => readRound(join(ROUNDS_DIR, name)));
}
