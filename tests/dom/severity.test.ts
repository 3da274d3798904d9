import { describe, expect, it } from 'vitest';
import { SEVERITY_SETTINGS } from '../../shared/config/index.ts';
import { SEVERITY_LABELS, severityChoices } from '../../shared/dom/severity.ts';

describe('severity words', () => {
  it('calls the lowest severity a “Note”, as the hover card and the side panel do', () => {
    expect(SEVERITY_LABELS).toEqual({ error: 'Error', warning: 'Warning', info: 'Note' });
  });

  it('lists the settings page’s choices in those words, keeping the CLI’s stored values', () => {
    expect(severityChoices('info', SEVERITY_SETTINGS)).toEqual([
      { value: '', label: 'Default (Note)' },
      { value: 'off', label: 'Off' },
      { value: 'info', label: 'Note' },
      { value: 'warning', label: 'Warning' },
      { value: 'error', label: 'Error' },
    ]);
    expect(severityChoices('error', SEVERITY_SETTINGS)[0]).toEqual({ value: '', label: 'Default (Error)' });
    // No label shows the stored spelling of the lowest severity.
    expect(severityChoices('info', SEVERITY_SETTINGS).map((choice) => choice.label).join(' ')).not.toMatch(/\binfo\b/);
  });
});
