import { describe, expect, it } from 'vitest';
import {
  optionFields,
  ruleChoice,
  withAllowPhrase,
  withOption,
  withoutAllowPhrase,
  withProfile,
  withSeverity,
} from '../../shared/dom/config-edit.ts';
import { parseConfig } from '../../shared/config/index.ts';

describe('config edits for the options page', () => {
  it('reads all three spellings of a rule setting', () => {
    expect(ruleChoice({ rules: { a: 'off' } }, 'a')).toEqual({ severity: 'off', options: {} });
    expect(ruleChoice({ rules: { a: ['error', { minLength: 3 }] } }, 'a')).toEqual({ severity: 'error', options: { minLength: 3 } });
    expect(ruleChoice({ rules: { a: { options: { minLength: 3 } } } }, 'a')).toEqual({ options: { minLength: 3 } });
    expect(ruleChoice({}, 'a')).toEqual({ options: {} });
  });

  it('writes the simplest spelling and removes settings that say nothing', () => {
    let config = withSeverity({}, 'undefined-acronym', 'error');
    expect(config).toEqual({ rules: { 'undefined-acronym': 'error' } });
    config = withOption(config, 'undefined-acronym', 'minLength', 3);
    expect(config).toEqual({ rules: { 'undefined-acronym': ['error', { minLength: 3 }] } });
    config = withSeverity(config, 'undefined-acronym', undefined);
    expect(config).toEqual({ rules: { 'undefined-acronym': { options: { minLength: 3 } } } });
    config = withOption(config, 'undefined-acronym', 'minLength', undefined);
    expect(config).toEqual({});
  });

  it('produces configs the CLI schema accepts', () => {
    let config = withProfile({}, 'eastleigh');
    config = withOption(config, 'undefined-acronym', 'minLength', 3);
    config = withAllowPhrase(config, '  Best   Value ');
    expect(parseConfig(config)).toEqual({ profile: 'eastleigh', rules: { 'undefined-acronym': { options: { minLength: 3 } } }, allowPhrases: ['Best Value'] });
  });

  it('adds allowed phrases once and deletes them', () => {
    const config = withAllowPhrase(withAllowPhrase({}, 'Best Value'), 'best value');
    expect(config.allowPhrases).toEqual(['Best Value']);
    expect(withoutAllowPhrase(config, 'Best Value')).toEqual({});
  });

  it('works out editable option fields from defaults', () => {
    expect(optionFields({ minLength: 2, allow: [], strict: false, mode: 'x', nested: { a: 1 } })).toEqual([
      { key: 'minLength', kind: 'number', defaultValue: 2 },
      { key: 'allow', kind: 'list', defaultValue: [] },
      { key: 'strict', kind: 'boolean', defaultValue: false },
      { key: 'mode', kind: 'text', defaultValue: 'x' },
    ]);
  });
});
