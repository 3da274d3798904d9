/**
 * The options page: profile, checks (on/off, severity, thresholds), allowed phrases, per-site
 * choices, and import/export in exactly the CLI's config format. Every change is validated
 * with the CLI's own `parseConfig`, and its error messages are shown as they are.
 */
import { browser } from '#imports';
import { ConfigError, PROFILES, resolveConfig, SEVERITY_SETTINGS, type Config } from '../../shared/config/index.ts';
import { summaryWithFigures } from '../../shared/report/rule-figures.ts';
import { optionLabel } from '../../shared/dom/option-labels.ts';
import { RULES } from '../../lint-rules/index.ts';
import { COMMITMENTS } from '../../shared/engine/commitments.ts';
import {
  optionFields,
  ruleChoice,
  withAllowPhrase,
  withOption,
  withoutAllowPhrase,
  withProfile,
  withSeverity,
} from '../../shared/dom/config-edit.ts';
import { listSites, loadConfig, matchPatternFor, saveConfig, setAutoCheck, unignorePhrase, type KeyValueArea } from '../../shared/dom/settings.ts';
import { mountLiveTextSetting } from '../../shared/dom/google-docs/options-section.ts';
import { severityChoices } from '../../shared/dom/severity.ts';
import { PRACTICE_PAGE, wirePracticeLink } from '../../shared/dom/practice-link.ts';

const area = browser.storage.local as unknown as KeyValueArea & { get(keys: null): Promise<Record<string, unknown>> };
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let config: Config = {};
/** The name the command line finds beside `.compactproofrc.json`; a browser would drop that name's dot. */
const EXPORT_FILE_NAME = 'compactproofrc.json';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function showErrors(problems: string[]) {
  const box = $('errors');
  box.replaceChildren();
  if (!problems.length) return;
  box.append(el('p', 'These settings were not saved:'));
  const list = el('ul');
  for (const problem of problems) list.append(el('li', problem));
  box.append(list);
}

/** Validate and store; on failure show the CLI's messages and keep the last good settings. */
async function save(next: unknown, done = 'Saved.'): Promise<boolean> {
  try {
    config = await saveConfig(area, next);
    showErrors([]);
    $('status').textContent = done;
    render();
    return true;
  } catch (error) {
    if (error instanceof ConfigError) showErrors(error.problems);
    else showErrors([error instanceof Error ? error.message : String(error)]);
    $('status').textContent = '';
    return false;
  }
}

function renderProfile() {
  const select = $<HTMLSelectElement>('profile');
  select.replaceChildren(
    ...PROFILES.map((profile) => Object.assign(el('option', profile.title), { value: profile.id })),
  );
  const current = config.profile ?? PROFILES[0].id;
  select.value = current;
  const profile = PROFILES.find((candidate) => candidate.id === current);
  $('profile-description').textContent = profile ? `${profile.description} Source: ${profile.source}` : '';
}

/** Each rule's options as the current settings resolve them (profile included), for the figures in its description. */
function resolvedOptions(): Map<string, unknown> {
  try {
    return new Map(resolveConfig(config).rules.map((enabled) => [enabled.rule.id, enabled.options]));
  } catch {
    return new Map();
  }
}

function renderRules() {
  const holder = $('rules');
  const optionsOf = resolvedOptions();
  holder.replaceChildren(
    ...RULES.map((rule) => {
      const row = el('div');
      row.className = 'rule-row';
      row.dataset.rule = rule.id;
      const choice = ruleChoice(config, rule.id);
      // The reader's name for the check, with what it flags and its config key underneath.
      const title = el('h3', rule.name);
      const meta = el('p', `${summaryWithFigures(rule.id, rule.summary, optionsOf.get(rule.id))} Compact commitment: ${COMMITMENTS[rule.commitment].title}. Config key: ${rule.id}`);
      meta.className = 'hint';
      const severityId = `severity-${rule.id}`;
      const label = Object.assign(el('label', 'Severity '), { htmlFor: severityId });
      const select = Object.assign(el('select'), { id: severityId });
      // Shown in the words the card and the side panel use ("Note", not `info`); stored as the CLI's values.
      for (const choice of severityChoices(rule.defaultSeverity, SEVERITY_SETTINGS)) select.append(Object.assign(el('option', choice.label), { value: choice.value }));
      select.value = choice.severity ?? '';
      select.addEventListener('change', () => void save(withSeverity(config, rule.id, (select.value || undefined) as never)));
      row.append(title, meta, label, select);

      const defaults = (rule.options as unknown as { parse(value: unknown): Record<string, unknown> }).parse({});
      for (const field of optionFields(defaults)) {
        const id = `option-${rule.id}-${field.key}`;
        const line = el('div');
        line.className = 'option';
        const words = optionLabel(rule.id, field.key);
        if (words.jsonOnly) {
          const note = el('p', words.label);
          note.className = 'hint option';
          row.append(note);
          continue;
        }
        const fieldLabel = Object.assign(el('label', words.label), { htmlFor: id });
        // The config key, for people who write the file by hand.
        const key = el('code', field.key);
        key.className = 'option-key';
        const current = choice.options[field.key];
        let input: HTMLInputElement | HTMLSelectElement;
        if (words.choices && field.kind === 'text') {
          const select = Object.assign(el('select'), { id });
          for (const option of words.choices) select.append(Object.assign(el('option', option.label), { value: option.value }));
          select.value = String(current ?? field.defaultValue);
          select.addEventListener('change', () => void save(withOption(config, rule.id, field.key, select.value === field.defaultValue ? undefined : select.value)));
          input = select;
        } else if (field.kind === 'boolean') {
          const box = Object.assign(el('input'), { id, type: 'checkbox', checked: (current ?? field.defaultValue) === true });
          box.addEventListener('change', () => void save(withOption(config, rule.id, field.key, box.checked === field.defaultValue ? undefined : box.checked)));
          input = box;
        } else {
          const box = Object.assign(el('input'), { id, type: field.kind === 'number' ? 'number' : 'text' });
          box.placeholder = field.kind === 'list' ? (field.defaultValue as string[]).join(', ') || 'none' : String(field.defaultValue);
          if (current !== undefined) box.value = field.kind === 'list' ? (current as string[]).join(', ') : String(current);
          input = box;
          box.addEventListener('change', () => {
            const raw = box.value.trim();
            let value: unknown;
            if (raw === '') value = undefined;
            else if (field.kind === 'number') value = Number(raw);
            else if (field.kind === 'list') value = raw.split(',').map((item) => item.trim()).filter(Boolean);
            else value = raw;
            void save(withOption(config, rule.id, field.key, value));
          });
        }
        line.append(fieldLabel, ' ', key, input);
        row.append(line);
      }
      return row;
    }),
  );
}

function renderAllowList() {
  const list = $('allow-list');
  const phrases = config.allowPhrases ?? [];
  list.replaceChildren(
    ...(phrases.length
      ? phrases.map((phrase) => {
          const item = el('li');
          const remove = el('button', 'Delete');
          remove.type = 'button';
          remove.setAttribute('aria-label', `Delete “${phrase}”`);
          remove.addEventListener('click', () => void save(withoutAllowPhrase(config, phrase), `Deleted “${phrase}”.`));
          item.append(el('q', phrase), ' ', remove);
          return item;
        })
      : [el('li', 'None.')]),
  );
}

async function renderSites() {
  const sites = await listSites(area);
  const holder = $('sites');
  if (!sites.length) {
    holder.replaceChildren(el('p', 'No site settings yet.'));
    return;
  }
  holder.replaceChildren(
    ...sites.map((site) => {
      const block = el('div');
      block.dataset.origin = site.origin;
      block.append(el('h3', site.origin));
      if (site.autoCheck) {
        const off = el('button', 'Turn auto-check off');
        off.type = 'button';
        off.addEventListener('click', async () => {
          await setAutoCheck(area, site.origin, false);
          const pattern = matchPatternFor(site.origin);
          if (pattern) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
          void renderSites();
        });
        const line = el('p', 'Checked automatically. ');
        line.append(off);
        block.append(line);
      }
      const list = el('ul');
      list.className = 'plain-list';
      for (const phrase of site.ignoredPhrases) {
        const item = el('li');
        const remove = el('button', 'Delete');
        remove.type = 'button';
        remove.setAttribute('aria-label', `Stop ignoring “${phrase}” on ${site.origin}`);
        remove.addEventListener('click', async () => {
          await unignorePhrase(area, site.origin, phrase);
          void renderSites();
        });
        item.append(el('q', phrase), ' ', remove);
        list.append(item);
      }
      if (site.ignoredPhrases.length) block.append(el('p', 'Ignored phrases:'), list);
      return block;
    }),
  );
}

function renderJson() {
  $<HTMLTextAreaElement>('config-json').value = `${JSON.stringify(config, null, 2)}\n`;
}

function render() {
  renderProfile();
  renderRules();
  renderAllowList();
  renderJson();
}

async function importText(text: string, origin: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    showErrors([`${origin} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
    return;
  }
  await save(parsed, `Imported ${origin}.`);
}

wirePracticeLink($('practice'), { url: browser.runtime.getURL(PRACTICE_PAGE), openTab: (url) => browser.tabs.create({ url }) });
$('profile').addEventListener('change', (event) => void save(withProfile(config, (event.target as HTMLSelectElement).value)));
$('allow-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('allow-input');
  void save(withAllowPhrase(config, input.value), `Added “${input.value.trim()}”.`).then((ok) => {
    if (ok) input.value = '';
  });
});
$('import').addEventListener('click', () => void importText($<HTMLTextAreaElement>('config-json').value, 'the JSON above'));
$('import-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) await importText(await file.text(), file.name);
});
$('export').addEventListener('click', () => {
  const blob = new Blob([`${JSON.stringify(config, null, 2)}\n`], { type: 'application/json' });
  // Browsers take the leading dot off a download's name, so the file is saved under the name
  // they keep; the command line finds it under that name too (shared/node/config-file.ts).
  const link = Object.assign(el('a'), { href: URL.createObjectURL(blob), download: EXPORT_FILE_NAME });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  $('status').textContent = `Exported as ${EXPORT_FILE_NAME} (in your downloads folder). Put it in the folder of your papers, or a folder above it, and the command line uses it as it is; renaming it to .compactproofrc.json works too.`;
});

async function start() {
  const stored = (await area.get('config')).config;
  config = await loadConfig(area);
  if (stored !== undefined && JSON.stringify(stored) !== JSON.stringify(config)) {
    // The stored settings no longer validate: say why, then run on the defaults.
    await save(stored);
  }
  render();
  await renderSites();
}

void start();
// Google Docs: the experimental live-text switch (its own section, at the end).
void mountLiveTextSetting(document.querySelector('main')!, area);
