/**
 * What people see for each severity. The stored value stays the CLI's (`info`, in
 * `.compactproofrc.json`); everywhere a person reads it, the card, the side panel and the
 * settings page use these words, so the lowest severity is a "Note" everywhere.
 */
import { SEVERITY_LABELS, type Severity } from '../engine/finding.ts';
import type { SeveritySetting } from '../config/schema.ts';

export { SEVERITY_LABELS };

/** The words for a severity setting, including `off`. */
export function severitySettingLabel(setting: SeveritySetting): string {
  return setting === 'off' ? 'Off' : SEVERITY_LABELS[setting];
}

/**
 * The choices in the settings page's severity list for one rule: its default (named in
 * words), then each setting. `value` is what is stored; `label` is what is shown.
 */
export function severityChoices(defaultSeverity: Severity, settings: readonly SeveritySetting[]): { value: SeveritySetting | ''; label: string }[] {
  return [
    { value: '', label: `Default (${SEVERITY_LABELS[defaultSeverity]})` },
    ...settings.map((setting) => ({ value: setting, label: severitySettingLabel(setting) })),
  ];
}
