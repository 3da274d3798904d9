/**
 * The compact-proof command line, run as a user runs it (the package bin → the bundle):
 * options, exit codes, each output format, config files and ignore files.
 * Rules are added by others over time, so findings are asserted for `undefined-acronym`
 * (stable: "The CVS will coordinate responses." gives one warning), with the other rules
 * switched off by a config file where totals matter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../lint-rules/index.ts';
import { buildCli, ROOT, runCli } from './helpers/run-cli.ts';
import { onlyRule, tempFolder } from './helpers/workspace.ts';

// Each test spawns the CLI, sometimes several times; a busy two-core machine needs room.
vi.setConfig({ testTimeout: 60_000 });

const CVS = 'The CVS will coordinate responses.\n';
const CLEAN = 'The council will write to every group it funds.\n';
const folder = tempFolder();
const json = (stdout: string) => JSON.parse(stdout) as { file: string; messages: Record<string, unknown>[]; errors: { message: string }[] }[];

beforeAll(() => {
  buildCli();
  folder.write('.compactproofrc.json', onlyRule('undefined-acronym'));
  folder.write('cvs.txt', CVS);
  folder.write('clean.txt', CLEAN);
}, 60_000);
afterAll(() => folder.remove());

describe('help, version and usage errors', () => {
  it('prints help listing every option, with exit code 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--format', '--output', '--reference-date', '--profile', '--config', '--rule', '--max-warnings', '--min-severity', '--quiet', '--why', '--letter', '--ignore-path', '--version']) {
      expect(run.stdout).toContain(option);
    }
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it.each([
    [['--bogus', 'x.txt'], '--bogus'],
    [[], 'no documents given'],
    [['--format', 'xml', 'x.txt'], '"xml"'],
    [['--reference-date', '2025-02-30', 'x.txt'], '"2025-02-30"'],
    [['--reference-date', '1/3/2025', 'x.txt'], 'YYYY-MM-DD'],
    [['--rule', 'no-such-rule=error', 'x.txt'], '"no-such-rule"'],
    [['--rule', 'undefined-acronym=loud', 'x.txt'], '"loud"'],
    [['--rule', 'undefined-acronym', 'x.txt'], 'ID=SEVERITY'],
    [['--max-warnings', 'lots', 'x.txt'], '"lots"'],
    [['--min-severity', 'fatal', 'x.txt'], '"fatal"'],
    [['--profile', 'scotland', 'x.txt'], '"scotland"'],
  ])('refuses %j with exit code 2, naming the problem', async (args, named) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stdout).toBe('');
  });

  it.each([
    // --rule: the whole value is quoted, and the rule is named.
    [['--rule', 'jargon=loud', 'x.txt'], ['--rule is "jargon=loud"', '"loud" is not a setting for the rule jargon', 'off, info, warning, error']],
    [['--rule', 'jargn=off', 'x.txt'], ['--rule is "jargn=off"', '"jargn" is not a rule', 'did you mean "jargon"', RULES.map((rule) => rule.id).join(', ')]],
    // Values that begin with "-" are values, checked like any other.
    [['--max-warnings', '-1', 'x.txt'], ['--max-warnings is "-1"; expected a whole number of at least 0']],
    [['--max-warnings=-1', 'x.txt'], ['--max-warnings is "-1"']],
    [['--jobs', '0', 'x.txt'], ['--jobs is "0"; expected a whole number of at least 1']],
    // Missing values name the option and what it needs.
    [['x.txt', '--format'], ['--format needs a value (stylish, json, sarif, github or html; csv with --summary)']],
    [['--format', '--why', 'x.txt'], ['--format needs a value', 'followed by the option "--why"']],
    [['-f'], ['-f needs a value']],
    [['--max-warnings'], ['--max-warnings needs a value (a whole number of at least 0)']],
    // Unknown options and switches given values.
    [['--bogus', 'x.txt'], ['"--bogus" is not an option compact-proof knows', 'compact-proof --help']],
    [['--formt', 'json', 'x.txt'], ['"--formt" is not an option', 'did you mean --format?']],
    [['-z', 'x.txt'], ['"-z" is not an option compact-proof knows']],
    [['--why=yes', 'x.txt'], ['--why is a switch and takes no value, but was given "yes"']],
    // --letter writes prose: a pipeline asking for a machine format is told so.
    [['--letter', '--format', 'json', 'x.txt'], ['--letter writes a challenge letter, not a report, so it cannot be used with --format json']],
    [['--format', 'sarif', '--letter', 'x.txt'], ['cannot be used with --format sarif']],
  ])('explains %j in its own words, with exit code 2', async (args, expected) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const text of expected) expect(run.stderr).toContain(text);
    // Nothing of node:util parseArgs' own wording, and every quotation mark is closed.
    expect(run.stderr).not.toMatch(/ambiguous|positional argument|Did you forget|<value>/);
    for (const line of run.stderr.split('\n')) expect(line.split('"').length % 2, `balanced quotes: ${line}`).toBe(1);
  });

  it('still reads grouped switches, -xVALUE, --name=VALUE and files after --', async () => {
    const run = await runCli(['-qfjson', '--min-severity=info', '--', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    expect(json(run.stdout)[0]!.messages).toEqual([]);
  });

  it('says in --help that --letter is not used with --format', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/--letter[\s\S]*not with --format/);
  });
});

describe('options that change how documents are read', () => {
  it('accepts a real --reference-date and a known --profile', async () => {
    const run = await runCli(['--format', 'json', '--reference-date', '2024-02-29', '--profile', 'eastleigh', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    expect(json(run.stdout)[0]!.messages).toHaveLength(1);
  });
});

describe('exit codes', () => {
  it('0 for a clean document', async () => {
    const run = await runCli(['clean.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems found in 1 paper');
  });

  it('0 for warnings alone, 1 once they pass --max-warnings', async () => {
    expect((await runCli(['cvs.txt'], { cwd: folder.path })).code).toBe(0);
    expect((await runCli(['--max-warnings', '1', 'cvs.txt'], { cwd: folder.path })).code).toBe(0);
    const over = await runCli(['--max-warnings', '0', 'cvs.txt'], { cwd: folder.path });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
  });

  it('1 when there are errors (--rule raises the severity)', async () => {
    const run = await runCli(['--rule', 'undefined-acronym=error', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1:5\s+error\s+.*CVS.*undefined-acronym/);
  });

  it('--rule id=off switches a rule off', async () => {
    const run = await runCli(['--format', 'json', '--rule', 'undefined-acronym=off', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    expect(json(run.stdout)[0]!.messages).toEqual([]);
  });

  it('2 for an unreadable input, while the other inputs are still checked', async () => {
    const run = await runCli(['--format', 'json', 'missing.txt', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('could not check missing.txt: it does not exist');
    const results = json(run.stdout);
    expect(results.map((result) => result.file)).toEqual(['missing.txt', 'cvs.txt']);
    expect(results[0]!.errors[0]!.message).toContain('does not exist');
    expect(results[1]!.messages).toHaveLength(1);
  });
});

describe('severity filters and --why', () => {
  it('--quiet and --min-severity error hide warnings', async () => {
    for (const args of [['--quiet'], ['--min-severity', 'error']]) {
      const run = await runCli([...args, '--format', 'json', 'cvs.txt'], { cwd: folder.path });
      expect(run.code).toBe(0);
      expect(json(run.stdout)[0]!.messages).toEqual([]);
    }
    const all = await runCli(['--min-severity', 'info', '--format', 'json', 'cvs.txt'], { cwd: folder.path });
    expect(json(all.stdout)[0]!.messages).toHaveLength(1);
  });

  it('--why prints the Compact commitment under each finding', async () => {
    const plain = await runCli(['cvs.txt'], { cwd: folder.path });
    const why = await runCli(['--why', 'cvs.txt'], { cwd: folder.path });
    expect(plain.stdout).not.toContain('Why:');
    expect(why.stdout).toMatch(/\n\s+Why: .*Compact commitment: Clear, jargon-free information\./);
  });
});

describe('the stylish format', () => {
  it('groups by file with line:column, severity, message, rule, suggestion and a summary', async () => {
    const run = await runCli(['cvs.txt', 'clean.txt'], { cwd: folder.path });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('cvs.txt');
    expect(lines[1]).toMatch(/^ {2}1:5 {2}warning {2}Spell out “CVS”.* {2}undefined-acronym$/);
    expect(lines[2]).toMatch(/^\s+Suggested: council for voluntary service \(CVS\)$/);
    expect(run.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 info) in 2 papers checked.');
    expect(run.stdout).toContain('Findings by rule: undefined-acronym 1');
    expect(run.stdout).toMatch(/Slowest paper: (cvs|clean)\.txt \(\d+ ms\)/);
  });

  it('is not coloured when piped, coloured with FORCE_COLOR, and never with NO_COLOR', async () => {
    expect((await runCli(['cvs.txt'], { cwd: folder.path })).stdout).not.toContain('\u001b[');
    expect((await runCli(['cvs.txt'], { cwd: folder.path, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[33mwarning');
    expect((await runCli(['cvs.txt'], { cwd: folder.path, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('the JSON format (the documented contract)', () => {
  it('gives one object per input with exactly the documented fields, in order', async () => {
    const run = await runCli(['--format', 'json', 'cvs.txt', 'clean.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    const results = json(run.stdout);
    expect(results.map((result) => Object.keys(result))).toEqual([['file', 'messages', 'errors'], ['file', 'messages', 'errors']]);
    expect(results.map((result) => result.file)).toEqual(['cvs.txt', 'clean.txt']);
    const [message] = results[0]!.messages;
    expect(Object.keys(message!)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected', 'note', 'url', 'data']);
    expect(message).toMatchObject({
      ruleId: 'undefined-acronym',
      severity: 'warning',
      line: 1,
      column: 5,
      endLine: 1,
      endColumn: 8,
      offset: 4,
      endOffset: 7,
      actual: 'CVS',
      expected: ['council for voluntary service (CVS)'],
      url: expect.stringContaining('undefined-acronym'),
    });
    expect(message!.note).toContain('Compact commitment');
    expect(results[1]!.messages).toEqual([]);
  });
});

describe('the SARIF format', () => {
  it('is a SARIF 2.1.0 log with rule metadata and results with regions', async () => {
    const run = await runCli(['--format', 'sarif', 'cvs.txt', 'missing.txt'], { cwd: folder.path });
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    expect(driver.name).toBe('compact-proof');
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toContain('Compact commitment');
      expect(rule.help.text).toContain('Compact commitment');
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun.results).toHaveLength(1);
    const [result] = sarifRun.results;
    expect(result.ruleId).toBe('undefined-acronym');
    expect(driver.rules[result.ruleIndex].id).toBe('undefined-acronym');
    expect(result.level).toBe('warning');
    expect(result.message.text).toContain('CVS');
    const location = result.locations[0].physicalLocation;
    expect(location.artifactLocation).toEqual({ uri: 'cvs.txt', uriBaseId: '%SRCROOT%' });
    expect(location.region).toMatchObject({ startLine: 1, startColumn: 5, endLine: 1, endColumn: 8 });
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    // The unreadable input is a tool notification, not a result.
    const notification = sarifRun.invocations[0].toolExecutionNotifications[0];
    expect(sarifRun.invocations[0].executionSuccessful).toBe(false);
    expect(notification.level).toBe('error');
    expect(notification.message.text).toContain('missing.txt');
  });
});

describe('the GitHub format', () => {
  it('prints workflow command annotations', async () => {
    const run = await runCli(['--format', 'github', '--rule', 'undefined-acronym=error', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toMatch(
      /^::error file=cvs\.txt,line=1,col=5,endLine=1,endColumn=8,title=compact-proof \(undefined-acronym\)::Spell out “CVS”.* Suggested: council for voluntary service \(CVS\)\.$/,
    );
  });

  it('reports an unreadable input as an error annotation on that file', async () => {
    const run = await runCli(['--format', 'github', 'missing.txt'], { cwd: folder.path });
    expect(run.code).toBe(2);
    expect(run.stdout.trim()).toBe('::error file=missing.txt,title=compact-proof::could not check missing.txt: it does not exist');
  });

  it('escapes line breaks, commas and colons', async () => {
    const sub = tempFolder();
    try {
      sub.write('.compactproofrc.json', onlyRule('undefined-acronym'));
      sub.write('a,b:c.txt', CVS);
      const run = await runCli(['--format', 'github', 'a,b:c.txt'], { cwd: sub.path });
      expect(run.stdout).toContain('::warning file=a%2Cb%3Ac.txt,line=1');
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
    } finally {
      sub.remove();
    }
  });
});

describe('standard input and folders', () => {
  it('reads "-" from standard input', async () => {
    const run = await runCli(['--format', 'json', '-'], { cwd: folder.path, input: CVS });
    expect(run.code).toBe(0);
    const [result] = json(run.stdout);
    expect(result!.file).toBe('<stdin>');
    expect(result!.messages[0]).toMatchObject({ ruleId: 'undefined-acronym', line: 1, column: 5 });
  });

  it('--stdin-filename gives stdin a name and a format', async () => {
    const markdown = '# Grants\n\n`The CVS` in code is not prose.\n\nThe VCS will help.\n';
    const run = await runCli(['--format', 'json', '--stdin-filename', 'paper.md', '-'], { cwd: folder.path, input: markdown });
    const [result] = json(run.stdout);
    expect(result!.file).toBe('paper.md');
    expect(result!.messages.map((message) => message.actual)).toEqual(['VCS']);
  });

  it('walks folders in name order, reading only document files', async () => {
    const tree = tempFolder();
    try {
      tree.write('.compactproofrc.json', onlyRule('undefined-acronym'));
      tree.write('pack/b.md', CVS);
      tree.write('pack/a.txt', CVS);
      tree.write('pack/sub/c.html', `<p>${CVS}</p>`);
      tree.write('pack/image.png', 'not a document');
      tree.write('pack/node_modules/x.txt', CVS);
      tree.write('pack/.git/y.txt', CVS);
      const run = await runCli(['--format', 'json', 'pack'], { cwd: tree.path });
      expect(run.code).toBe(0);
      expect(json(run.stdout).map((result) => result.file)).toEqual(['pack/a.txt', 'pack/b.md', 'pack/sub/c.html']);
      expect(json(run.stdout).every((result) => result.messages.length === 1)).toBe(true);
    } finally {
      tree.remove();
    }
  });
});

describe('config files', () => {
  const configs = `${ROOT}tests/fixtures/config`;
  const check = (configFolder: string, extra: string[] = []) =>
    tempFolderWith(configFolder).then(async (sub) => {
      try {
        return await runCli(['--format', 'json', ...extra, 'bad/paper.txt', 'good/paper.txt'], { cwd: sub.path });
      } finally {
        sub.remove();
      }
    });

  async function tempFolderWith(configFolder: string) {
    const sub = tempFolder();
    sub.write('bad/.compactproofrc.json', readFileSync(`${configs}/${configFolder}/.compactproofrc.json`));
    sub.write('bad/paper.txt', CVS);
    sub.write('good/.compactproofrc.json', onlyRule('undefined-acronym'));
    sub.write('good/paper.txt', CVS);
    return sub;
  }

  it.each([
    ['bad-key', ['"rulez" is not a setting compact-proof knows', 'allowed here: ']],
    ['bad-value', ['"rules.undefined-acronym"', '"loud"', '"off", "info", "warning", "error"']],
    ['unknown-rule', ['"rules.no-such-rule" is not a rule compact-proof knows', 'undefined-acronym']],
  ])('an invalid config (%s) is named with its problem; files under a valid one are still checked', async (name, expected) => {
    const run = await check(name);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad/.compactproofrc.json: invalid configuration');
    for (const text of expected) expect(run.stderr).toContain(text);
    const results = json(run.stdout);
    expect(results[0]!.errors[0]!.message).toContain('configuration file');
    expect(results[1]!.messages).toHaveLength(1);
  });

  it('a config file that is not JSON is refused naming the file', async () => {
    const sub = tempFolder();
    try {
      sub.write('.compactproofrc.json', '{ "rules": ');
      sub.write('paper.txt', CVS);
      const run = await runCli(['paper.txt'], { cwd: sub.path });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\.compactproofrc\.json: invalid configuration\n\s+- it is not valid JSON/);
    } finally {
      sub.remove();
    }
  });

  it('--config uses the named file for every input; a missing one is a usage error', async () => {
    const run = await runCli(['--format', 'json', '--config', `${configs}/example/.compactproofrc.json`, '-'], { cwd: folder.path, input: 'The DASS and the CVS met.\n' });
    expect(json(run.stdout)[0]!.messages.filter((m) => m.ruleId === 'undefined-acronym').map((m) => m.actual)).toEqual(['CVS']);
    const missing = await runCli(['--config', 'nowhere.json', 'cvs.txt'], { cwd: folder.path });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json');
    expect(missing.stderr).toContain('does not exist');
  });

  it('applies ignorePatterns relative to the config file; notes an ignored input only when it is named, and never walks an ignored folder', async () => {
    const sub = tempFolder();
    try {
      sub.write('.compactproofrc.json', onlyRule('undefined-acronym', 'warning', { ignorePatterns: ['drafts/', '*.old.md'] }));
      sub.write('papers/report.md', CVS);
      sub.write('papers/report.old.md', CVS);
      sub.write('papers/drafts/first.md', CVS);
      // An ignored folder is pruned, not walked file by file: a broken config inside it is never read.
      sub.write('papers/drafts/working/.compactproofrc.json', '{ "rules": ');
      sub.write('papers/drafts/working/second.md', CVS);
      sub.write('old-only/a.old.md', CVS);

      const walked = await runCli(['--format', 'json', 'papers'], { cwd: sub.path });
      expect(walked.code).toBe(0);
      expect(json(walked.stdout).map((result) => result.file)).toEqual(['papers/report.md']);
      expect(walked.stderr).toBe('');

      const named = await runCli(['--format', 'json', 'papers/report.old.md', 'papers/drafts', 'papers/drafts/first.md', 'old-only'], { cwd: sub.path });
      expect(named.code).toBe(0);
      expect(json(named.stdout)).toEqual([]);
      expect(named.stderr.trim().split('\n')).toEqual([
        'compact-proof: papers/report.old.md is ignored by an ignore pattern, so it was not checked',
        'compact-proof: papers/drafts is ignored by an ignore pattern, so it was not checked',
        'compact-proof: papers/drafts/first.md is ignored by an ignore pattern, so it was not checked',
        'compact-proof: every document in old-only is ignored by an ignore pattern, so none was checked',
      ]);
    } finally {
      sub.remove();
    }
  });
});

describe('ignore files', () => {
  it('reads .compactproofignore from the working folder, and --ignore-path FILE instead', async () => {
    const sub = tempFolder();
    try {
      sub.write('.compactproofrc.json', onlyRule('undefined-acronym'));
      sub.write('.compactproofignore', '# published papers are final\narchive/\n*.htm*\n!keep.html\n');
      sub.write('other-ignore', 'a.txt\n');
      sub.write('a.txt', CVS);
      sub.write('b.html', `<p>${CVS}</p>`);
      sub.write('keep.html', `<p>${CVS}</p>`);
      sub.write('archive/old.txt', CVS);
      const files = async (args: string[]) => json((await runCli(['--format', 'json', ...args, '.'], { cwd: sub.path })).stdout).map((r) => r.file);
      expect(await files([])).toEqual(['a.txt', 'keep.html']);
      expect((await runCli(['--format', 'json', '.'], { cwd: sub.path })).stderr).toBe('');
      expect(await files(['--ignore-path', 'other-ignore'])).toEqual(['archive/old.txt', 'b.html', 'keep.html']);
      // A file named on the command line but ignored is reported as skipped, not checked.
      const named = await runCli(['b.html'], { cwd: sub.path });
      expect(named.code).toBe(0);
      expect(named.stderr).toContain('b.html is ignored');
      const missing = await runCli(['--ignore-path', 'nope', 'a.txt'], { cwd: sub.path });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('"nope"');
    } finally {
      sub.remove();
    }
  });
});

describe('--output', () => {
  it('writes the report to a file instead of the screen', async () => {
    const run = await runCli(['--format', 'json', '--output', 'report.json', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(json(readFileSync(`${folder.path}/report.json`, 'utf8'))[0]!.messages).toHaveLength(1);
  });

  it('never writes over an input', async () => {
    for (const output of ['cvs.txt', './cvs.txt', `${folder.path}/cvs.txt`]) {
      const run = await runCli(['--output', output, 'clean.txt', 'cvs.txt'], { cwd: folder.path });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('never writes over an input');
    }
    const config = await runCli(['--output', '.compactproofrc.json', 'cvs.txt'], { cwd: folder.path });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('config file in use');
    const walked = await runCli(['--output', 'cvs.txt', '.'], { cwd: folder.path });
    expect(walked.code).toBe(2);
    expect(readFileSync(`${folder.path}/cvs.txt`, 'utf8')).toBe(CVS);
    expect(existsSync(`${folder.path}/cvs.txt`)).toBe(true);
  });
});

describe('--letter', () => {
  it('prints a draft challenge letter built from the breaches, and says how to add the other points', async () => {
    const run = await runCli(['--letter', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    // An unexplained abbreviation alone is no Compact breach.
    expect(run.stdout).toContain('No challenge letter needed');
    expect(run.stdout).toContain('“CVS”');
    expect(run.stdout).toContain('(--letter-other-points)');
    expect(run.stdout).not.toContain('undefined-acronym  ');
  });

  it('--letter-other-points adds jargon, abbreviations and dates as one short section', async () => {
    const run = await runCli(['--letter-other-points', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. Other points');
    expect(run.stdout).toContain('The document also uses one term that is jargon or an abbreviation not spelled out: “CVS”.');
    expect(run.stdout).toContain('Yours sincerely');
  });

  it('writes Markdown when --output ends in .md', async () => {
    const run = await runCli(['--letter', '--output', 'letter.md', 'cvs.txt'], { cwd: folder.path });
    expect(run.code).toBe(0);
    const letter = readFileSync(`${folder.path}/letter.md`, 'utf8');
    expect(letter).toMatch(/^#+ /m);
    expect(letter).toContain('CVS');
  });
});

describe('--letter on the bundled examples', () => {
  it('names a committee paper by its report title, not the council’s name above it, and addresses the council', async () => {
    const run = await runCli(['--letter', `${ROOT}examples/cabinet-report-grants.md`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The Compact and “Community grants and day opportunities: savings proposals for 2025/26”');
    expect(run.stdout).not.toContain('The Compact and “Thornbury Vale District Council”');
    expect(run.stdout).toContain('We value our partnership with Thornbury Vale District Council');
    expect(run.stdout).not.toContain('[Name of the council or NHS body]');
    // Only the breaches are points; the jargon is counted in the notes, each term once.
    expect(run.stdout).toMatch(/Also found, and left out: \d+ different terms that are jargon or abbreviations not spelled out in \d+ places, such as [^\n]*“decommission” \(3 times\)/);
    expect(run.stdout).not.toMatch(/^- “decommissioned”/m);
  });

  it('names a web page by its <title> and addresses the council the title names; the left-out note says what was left out', async () => {
    const run = await runCli(['--letter', `${ROOT}examples/short-consultation.html`]);
    expect(run.stdout).toContain('The Compact and “Day opportunities review – consultation”');
    expect(run.stdout).toContain('We value our partnership with Thornbury Vale District Council');
    expect(run.stdout).not.toContain('[Name of the council or NHS body]');
    expect(run.stdout).toContain(
      'One note (a point for information, not a breach) is left out of the letter: a wordy phrase that has a shorter alternative (“in order to”).',
    );
    expect(run.stdout).not.toContain('for example a short consultation whose reasons are given');
  });
});

describe('the bundled example committee paper (the README quick start)', () => {
  it('fails the gate on its Compact breaches, which are errors, while plain-language findings stay warnings', async () => {
    const run = await runCli(['--format', 'json', `${ROOT}examples/cabinet-report-grants.md`]);
    expect(run.code).toBe(1);
    const messages = json(run.stdout)[0]!.messages;
    const severitiesOf = (ruleId: string) => new Set(messages.filter((message) => message.ruleId === ruleId).map((message) => message.severity));
    for (const breach of ['impact-assessment', 'notice-period', 'consultation-timescale']) {
      expect(severitiesOf(breach), breach).toEqual(new Set(['error']));
    }
    expect(severitiesOf('jargon').has('error')).toBe(false);
    expect(severitiesOf('undefined-acronym')).toEqual(new Set(['warning']));
  });

  it('passes once the breaches are switched down to warnings, as a team adopting the tool gradually would', async () => {
    const args = ['--rule', 'impact-assessment=warning', '--rule', 'notice-period=warning', '--rule', 'consultation-timescale=warning'];
    const run = await runCli([...args, `${ROOT}examples/cabinet-report-grants.md`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(0 errors, \d+ warnings, \d+ info\)/);
  });
});
