/**
 * Passages the rules still get wrong after the fixes their round prompted, by
 * `passage id/rule id`, each with why it is left. accuracy.test.ts expects each of these to
 * fail, so one that starts passing must be taken off this list (and one that breaks must be
 * added here with a reason, where everyone can see it).
 */
export const KNOWN_MISSES: Record<string, string> = {};
