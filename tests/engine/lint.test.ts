import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig, ConfigError } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const only = (id: string) => resolveConfig({ rules: { 'undefined-acronym': id === 'undefined-acronym' ? 'warning' : 'off' } });

describe('lint', () => {
  it('returns findings with offsets, lines, columns, note, url and the flagged text', () => {
    const text = 'Intro line.\n\nThe CVS will respond.';
    const [finding] = lint(text, only('undefined-acronym'), { today: TEST_TODAY });
    expect(finding).toMatchObject({ ruleId: 'undefined-acronym', severity: 'warning', actual: 'CVS', line: 3, column: 5, endLine: 3, endColumn: 8 });
    expect(text.slice(finding!.offset, finding!.endOffset)).toBe('CVS');
    expect(finding!.note).toContain('Compact commitment');
    expect(finding!.url).toMatch(/lint-rules\/undefined-acronym\/README\.md$/);
  });

  it('applies the configured severity', () => {
    const config = resolveConfig({ rules: { 'undefined-acronym': 'error' } });
    expect(lint('The CVS will respond.', config).map((f) => f.severity)).toContain('error');
  });

  it('drops findings inside allowed phrases, ignoring case and spacing', () => {
    const config = resolveConfig({ allowPhrases: ['the  cvs'] });
    expect(lint('The CVS will respond.', config).filter((f) => f.ruleId === 'undefined-acronym')).toEqual([]);
  });

  it('honours inline disable and enable comments, per rule or for all rules', () => {
    const text = [
      'The CVS will respond.',
      '<!-- compact-proof-disable undefined-acronym -->',
      'The LSP will meet.',
      '<!-- compact-proof-enable undefined-acronym -->',
      'The ICB will fund it.',
    ].join('\n\n');
    const actual = lint(text, only('undefined-acronym'), { format: 'markdown' }).map((f) => f.actual);
    expect(actual).toEqual(['CVS', 'ICB']);
  });

  it('does not lint URLs, e-mail addresses or Markdown code', () => {
    const text = 'See https://example.gov.uk/ABC/XYZ or write to QRS@example.org. Use `DEF` here.';
    expect(lint(text, only('undefined-acronym'), { format: 'markdown' })).toEqual([]);
  });
});

describe('configuration', () => {
  it('accepts the three spellings of a rule setting', () => {
    expect(() => parseConfig({ rules: { 'undefined-acronym': 'off' } })).not.toThrow();
    expect(() => parseConfig({ rules: { 'undefined-acronym': ['warning', { allow: ['LSP'] }] } })).not.toThrow();
    expect(() => parseConfig({ rules: { 'undefined-acronym': { severity: 'info', options: { minLength: 3 } } } })).not.toThrow();
  });

  it('names the key, the bad value and what is allowed', () => {
    const problems = (input: unknown) => {
      try {
        parseConfig(input, '.compactproofrc.json');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(problems({ profile: 'wales' })).toMatch(/"profile" is "wales"; expected one of: "england-national", "eastleigh"/);
    expect(problems({ rules: { 'undefined-acronym': 'loud' } })).toMatch(/rules\.undefined-acronym/);
    expect(problems({ rules: { 'no-such-rule': 'off' } })).toMatch(/"rules\.no-such-rule" is not a rule compact-proof knows/);
    expect(problems({ rules: { 'undefined-acronym': ['warning', { minLength: 'two' }] } })).toMatch(/"rules\.undefined-acronym\.options\.minLength" is "two"; expected a number/);
    expect(problems({ rules: { 'undefined-acronym': ['warning', { colour: 'red' }] } })).toMatch(/"rules\.undefined-acronym\.options\.colour" is not a setting compact-proof knows; allowed here: allow, minLength/);
    expect(problems({ allowPhrases: 'Best Value' })).toMatch(/"allowPhrases" is "Best Value"; expected a list/);
    expect(problems({ colour: 'red' })).toMatch(/"colour" is not a setting compact-proof knows; allowed here: \$schema, profile, rules, allowPhrases, ignorePatterns/);
  });
});
