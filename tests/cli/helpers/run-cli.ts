/**
 * Run the real `compact-proof` binary (the package bin, which loads the esbuild bundle)
 * as a user would, and capture its exit code and output.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runNode, type NodeRun } from '../../helpers/run-node.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = `${ROOT}shared/node/bin/compact-proof.js`;

/** Build the bundle once per test file (the build is atomic, so parallel files are safe). */
export function buildCli(): void {
  execFileSync(process.execPath, ['shared/node/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export type CliRun = NodeRun;

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  // A clean environment: no colour forcing or CI flag leaking in from the test runner.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS'].includes(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return runNode(BIN, args, { cwd: options.cwd ?? ROOT, env, input: options.input });
}
