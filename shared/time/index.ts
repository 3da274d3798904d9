/**
 * Dates, date ranges and durations found in an nlcst tree, resolved to calendar dates.
 * (Placeholder: the grammar arrives with the time work.)
 */
import type { Root } from 'nlcst';

export interface TimeExpression {
  kind: 'date' | 'range' | 'duration';
  start: number;
  end: number;
  text: string;
}

export function findTimeExpressions(_tree: Root, _referenceDate: Date): TimeExpression[] {
  return [];
}
