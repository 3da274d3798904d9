/**
 * Run a Node script in a child process, as a user runs it from a terminal, and capture its
 * exit code and output. Shared by the CLI tests and the practice server's tests.
 */
import { spawn } from 'node:child_process';

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNode(
  script: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Buffer; killAfterMs?: number } = {},
): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // A program may stop reading its input early (the CLI does, past its size limit).
    child.stdin.on('error', () => {});
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
    if (options.killAfterMs !== undefined) setTimeout(() => child.kill(), options.killAfterMs).unref();
  });
}
