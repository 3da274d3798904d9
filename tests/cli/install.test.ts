/**
 * The install paths a pipeline uses, run as a new user would: the packed tarball (what the
 * release workflow attaches to a GitHub release) installed into a clean folder with none of
 * the project's build tools, then the installed `compact-proof` run on real papers of every
 * kind, so a runtime dependency missing from the package fails here rather than in a
 * council's pipeline.
 *
 * npm runs offline: the packages come from the cache `npm ci` filled, never from the network.
 *
 * Installing straight from the Git URL is tested too, from a clone of the committed project:
 * npm clones it, installs the build tools in its clone, builds the CLI and installs the result
 * (about 15 seconds with a warm cache). Set COMPACT_PROOF_SKIP_GIT_INSTALL=1 to skip it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from '../helpers/run-node.ts';
import { makeDocx } from './helpers/docx.ts';
import { handWrittenPdf } from './helpers/pdf.ts';
import { buildCli, ROOT } from './helpers/run-cli.ts';
import { tempFolder } from './helpers/workspace.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The environment of a fresh terminal: nothing npm set for the test run itself leaks into the install. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const fromNpmRun = /^npm_/i.test(key) && key.toLowerCase() !== 'npm_config_cache';
    if (!fromNpmRun && !['FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'INIT_CWD'].includes(key)) env[key] = value;
  }
  return env;
}

function npm(args: string[], cwd: string): string {
  try {
    return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/** Papers that need each runtime dependency: mammoth (.docx), unpdf (.pdf), JSZip and xmldom (--annotate). */
function writePapers(folder: ReturnType<typeof tempFolder>): void {
  folder.write('papers/cabinet-report-grants.md', readFileSync(join(ROOT, 'examples', 'cabinet-report-grants.md')));
  folder.write(
    'papers/youth-service.docx',
    makeDocx([
      { heading: 'Youth service review' },
      { paragraph: 'The consultation runs from 6 January 2025 to 17 February 2025.' },
      { paragraph: 'We will leverage synergies with partners going forward.' },
    ]),
  );
  folder.write('papers/library-hours.pdf', handWrittenPdf([['Library opening hours', 'The consultation opens on 3 March 2025 and closes on 14 March 2025.']]));
}

/** Check the papers with an installed `compact-proof` and assert what each front door must show. */
async function expectWorkingCli(bin: string, folder: ReturnType<typeof tempFolder>): Promise<void> {
  const version = await runNode(bin, ['--version'], { cwd: folder.path, env: cleanEnv() });
  expect(version.stdout.trim()).toBe(manifest.version);

  const run = await runNode(bin, ['--format', 'json', '--annotate', 'reviewed/', '--output', 'report.json', 'papers/'], { cwd: folder.path, env: cleanEnv() });
  expect(run.stderr).not.toMatch(/could not check|Cannot find (module|package)/);
  expect(run.code).toBe(1); // the papers break the Compact on purpose
  const report = JSON.parse(readFileSync(join(folder.path, 'report.json'), 'utf8')) as { file: string; messages: { ruleId: string }[] }[];
  const rulesByFile = new Map(report.map((file) => [file.file.replace(/^.*papers\//, ''), new Set(file.messages.map((message) => message.ruleId))]));
  expect([...rulesByFile.keys()].sort()).toEqual(['cabinet-report-grants.md', 'library-hours.pdf', 'youth-service.docx']);
  expect(rulesByFile.get('cabinet-report-grants.md')).toContain('consultation-timescale');
  expect(rulesByFile.get('youth-service.docx')).toContain('consultation-timescale');
  expect(rulesByFile.get('youth-service.docx')).toContain('jargon');
  expect(rulesByFile.get('library-hours.pdf')).toContain('consultation-timescale');
  expect(existsSync(join(folder.path, 'reviewed', 'youth-service.docx'))).toBe(true);

  const html = await runNode(bin, ['--format', 'html', 'papers/'], { cwd: folder.path, env: cleanEnv() });
  expect(html.code).toBe(1);
  expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
}

describe('installing the packed tarball (the release asset) into a clean folder', () => {
  const work = tempFolder('compact-proof-install-');
  let tarball = '';

  beforeAll(() => {
    buildCli();
    // --ignore-scripts: the CLI was just built; `prepare` would only build it again.
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work.path], ROOT)) as [{ filename: string }];
    tarball = join(work.path, packed.filename);
  }, 120_000);
  afterAll(() => work.remove());

  it('installs with --global from the cache alone, brings only the runtime dependencies, and checks Markdown, Word and PDF papers', async () => {
    const prefix = join(work.path, 'global');
    npm(['install', '--global', '--offline', '--prefix', prefix, tarball], work.path);
    const installed = join(prefix, 'lib', 'node_modules', manifest.name);
    const bin = join(prefix, 'bin', 'compact-proof');
    expect(existsSync(bin)).toBe(true);

    // Everything the bundle does not carry is a dependency, and nothing else is installed:
    // no wxt, esbuild, TypeScript or test tools on a pipeline's machine.
    const topLevel = readdirSync(join(installed, 'node_modules')).flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(installed, 'node_modules', name)).map((inner) => `${name}/${inner}`) : [name],
    );
    for (const runtime of Object.keys(manifest.dependencies)) expect(topLevel).toContain(runtime);
    for (const tool of ['wxt', 'esbuild', 'typescript', 'vitest', 'zod', 'retext']) expect(topLevel).not.toContain(tool);

    const papers = tempFolder('compact-proof-installed-papers-');
    try {
      writePapers(papers);
      // Run through the symlink npm made, as a shell's PATH lookup would.
      await expectWorkingCli(bin, papers);
    } finally {
      papers.remove();
    }
  }, 180_000);

  it('runs with npx straight from the tarball, without installing it first', async () => {
    const papers = tempFolder('compact-proof-npx-');
    try {
      writePapers(papers);
      const output = (() => {
        try {
          return execFileSync('npx', ['--yes', '--offline', `--package=${tarball}`, 'compact-proof', '--format', 'json', 'papers/cabinet-report-grants.md'], {
            cwd: papers.path,
            env: cleanEnv(),
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
          });
        } catch (error) {
          const { status, stdout } = error as { status: number; stdout: string };
          expect(status).toBe(1);
          return stdout;
        }
      })();
      const [file] = JSON.parse(output) as { messages: { ruleId: string }[] }[];
      expect(file!.messages.map((message) => message.ruleId)).toContain('consultation-timescale');
    } finally {
      papers.remove();
    }
  }, 180_000);
});

// Needs the project as a Git repository (not, say, an unpacked tarball) to clone it.
describe.skipIf(process.env.COMPACT_PROOF_SKIP_GIT_INSTALL === '1' || !existsSync(join(ROOT, '.git')))('installing from the Git URL', () => {
  it('builds the CLI in npm’s own clone and checks papers from the installing project', async () => {
    const work = tempFolder('compact-proof-git-install-');
    try {
      // A clone of the committed project, as GitHub would serve it.
      execFileSync('git', ['clone', '--quiet', '--no-local', ROOT, join(work.path, 'repository')]);
      const project = work.write('project/package.json', JSON.stringify({ name: 'council-papers', version: '1.0.0', private: true }));
      const projectDir = join(project, '..');
      npm(['install', '--prefer-offline', `git+file://${join(work.path, 'repository')}`], projectDir);
      const installed = join(projectDir, 'node_modules', manifest.name);
      expect(existsSync(join(installed, '.output', 'cli', 'compact-proof.mjs'))).toBe(true);
      writePapers(work);
      await expectWorkingCli(join(projectDir, 'node_modules', '.bin', 'compact-proof'), work);
    } finally {
      work.remove();
    }
  }, 300_000);
});
