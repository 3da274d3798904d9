/**
 * The options page's switch for the EXPERIMENTAL live Google Docs text (live-bridge.ts).
 * Off by default, and labelled as experimental: it relies on an undocumented Docs hook.
 */
import { LIVE_TEXT_SETTING } from './live-bridge.ts';

export interface SettingArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function mountLiveTextSetting(container: HTMLElement, area: SettingArea): Promise<HTMLInputElement> {
  const doc = container.ownerDocument;
  const section = doc.createElement('section');
  section.id = 'gdocs-live';
  section.setAttribute('aria-labelledby', 'gdocs-live-heading');
  const heading = doc.createElement('h2');
  heading.id = 'gdocs-live-heading';
  heading.textContent = 'Google Docs';
  const label = doc.createElement('label');
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.id = 'gdocs-live-text';
  input.checked = (await area.get(LIVE_TEXT_SETTING))[LIVE_TEXT_SETTING] === true;
  label.append(input, ' Check unsaved text as I type (experimental)');
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent =
    'Uses a hook in Google Docs that Google does not document and may switch off; when it is not available, compact-proof checks the saved text as usual. Takes effect when you next open or reload a document.';
  // aria-live rather than role=status: the page keeps one status region of its own.
  const status = doc.createElement('p');
  status.setAttribute('aria-live', 'polite');
  input.addEventListener('change', () => {
    void area.set({ [LIVE_TEXT_SETTING]: input.checked }).then(() => {
      status.textContent = input.checked ? 'Live checking is on for documents you open from now.' : 'Live checking is off.';
    });
  });
  section.append(heading, label, hint, status);
  container.append(section);
  return input;
}
