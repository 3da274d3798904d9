/**
 * Dates, date ranges and durations found in an nlcst tree, resolved to calendar dates.
 * (Interim: the grammar is being written; the types in types.ts are final.)
 */
import type { Root } from 'nlcst';
import type { TimeExpression } from './types.ts';

export type * from './types.ts';
export * from './calendar.ts';

export function findTimeExpressions(_tree: Root, _referenceDate: Date): TimeExpression[] {
  return [];
}
