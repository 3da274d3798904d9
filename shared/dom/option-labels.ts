/**
 * The settings page's words for each rule option. The config keys (`minDays`,
 * `acceptDutyStatement`, `skip`) are the CLI's file format and stay as they are; people
 * choosing a setting read these labels, with the key in small print for those who write
 * the file by hand.
 */
export interface OptionLabel {
  /** What the box, tick or list sets, in words. */
  label: string;
  /** Set only in the JSON (a list of entries with several parts each): the page says so instead of a box. */
  jsonOnly?: boolean;
  /** For a setting with a few named values: each value's words, in the order offered. */
  choices?: { value: string; label: string }[];
}

export const OPTION_LABELS: Record<string, Record<string, OptionLabel>> = {
  'consultation-timescale': {
    minDays: { label: 'Shortest acceptable consultation, in days (84 days is 12 weeks)' },
    statutory: {
      label: 'Statutory planning and licensing consultations',
      choices: [
        { value: 'skip', label: 'Leave them out (they have their own legal periods)' },
        { value: 'check', label: 'Check each against its own legal minimum' },
      ],
    },
  },
  'notice-period': {
    minMonths: { label: 'Shortest acceptable notice of a funding change, in calendar months' },
  },
  'impact-assessment': {
    assessmentNames: { label: 'Other names your council gives its impact or equality assessment (separate them with commas)' },
    acceptDutyStatement: { label: 'Accept a statement of the equality duty on its own (“Members must have due regard…”) as an assessment' },
  },
  jargon: {
    extraTerms: { label: 'Your council’s own terms to flag, each with plainer words: add them as “extraTerms” in the settings as JSON below', jsonOnly: true },
    ignore: { label: 'Terms never to flag as jargon (separate them with commas)' },
    kinds: { label: 'Kinds of term to check (separate them with commas)' },
  },
  'undefined-acronym': {
    allow: { label: 'Abbreviations your readers know, never to flag (separate them with commas)' },
    minLength: { label: 'Shortest abbreviation to check, in capital letters' },
  },
  'date-weekday': {
    yearlessDates: { label: 'Check the weekday of dates written without a year (“Friday 14 March”)' },
    reversedRanges: { label: 'Flag a period that ends before it starts' },
  },
};

/** The words for an option, or a readable form of its key for an option added later. */
export function optionLabel(ruleId: string, key: string): OptionLabel {
  return OPTION_LABELS[ruleId]?.[key] ?? { label: key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (first) => first.toUpperCase()) };
}
