/**
 * The explicit, ordered registry of rules. A rule's folder name is its id, its config key
 * and its docs anchor; tests/rules.test.ts checks each rule against the contract
 * (README sections, examples that run, data files without duplicates).
 */
import type { Rule } from '../shared/engine/define-rule.ts';
import jargon from './jargon/rule.ts';
import undefinedAcronym from './undefined-acronym/rule.ts';
import impactAssessment from './impact-assessment/rule.ts';
import consultationTimescale from './consultation-timescale/rule.ts';
import noticePeriod from './notice-period/rule.ts';
import dateWeekday from './date-weekday/rule.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly Rule<any>[] = [jargon, undefinedAcronym, impactAssessment, consultationTimescale, noticePeriod, dateWeekday];
