/**
 * The practice page server (shared/practice/serve.mjs) as a trainer runs it: clear messages
 * for a bad or missing --port, a port in use that fails before anything is rebuilt, and a
 * rebuild that never leaves a running server without a page to serve.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runNode, type NodeRun } from '../helpers/run-node.ts';
import { BUILD_MARKER, buildPracticePage, OutDirError, parseServeArguments, startPracticeServer } from '../../shared/practice/serve.mjs';

vi.setConfig({ testTimeout: 60_000 });

const SERVE = fileURLToPath(new URL('../../shared/practice/serve.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'practice-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runServe(args: string[], env: Record<string, string> = {}): Promise<NodeRun> {
  // A server that did start is stopped: these tests only need it to fail.
  return runNode(SERVE, args, { env: { ...process.env, PORT: '', ...env }, killAfterMs: 20_000 });
}

describe('serve.mjs command line', () => {
  it.each([
    [['--port'], '--port needs a value: a whole number from 0 to 65535'],
    [['--port', '--build-only'], '--port needs a value'],
    [['--port='], '--port needs a value'],
    [['--port', 'abc'], '--port is "abc"; expected a whole number from 0 to 65535'],
    [['--port', '70000'], '--port is "70000"'],
    [['--port', '-1'], '--port is "-1"'],
    [['--out-dir'], '--out-dir needs a value'],
    [['--bogus'], '"--bogus" is not an option of the practice server'],
  ])('refuses %j with exit code 2 and a message that says what is wrong', async (args, expected) => {
    const run = await runServe(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toContain('undefined');
    expect(run.stderr).toContain('Usage: node shared/practice/serve.mjs');
  });

  it('names the PORT variable when that is what is wrong, and reads --port=N', () => {
    expect(() => parseServeArguments([], { PORT: 'eighty' })).toThrow('the PORT variable is "eighty"');
    expect(parseServeArguments(['--port=0'], {}).port).toBe(0);
    expect(parseServeArguments([], { PORT: '5000' }).port).toBe(5000);
    expect(parseServeArguments([], {}).port).toBe(4178);
  });
});

describe('a port already in use', () => {
  it('fails at once with a message suggesting --port, and leaves the built page alone', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const outDir = join(folder, 'in-use');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the page another server is serving');
    try {
      const run = await runServe(['--port', String(port), '--out-dir', outDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port ${port} is already in use`);
      expect(run.stderr).toContain('--port');
      expect(run.stderr).not.toContain('EADDRINUSE');
      expect(run.stdout).not.toContain('Built the practice page');
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readdirSync(folder).filter((name) => name.startsWith('in-use.'))).toEqual([]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

/** Add a file to the folder and to its build marker, as a build with another chunk would have. */
function pretendOlderBuildWrote(outDir: string, path: string): void {
  const marker = JSON.parse(readFileSync(join(outDir, BUILD_MARKER), 'utf8')) as { files: string[] };
  mkdirSync(join(outDir, path, '..'), { recursive: true });
  writeFileSync(join(outDir, path), 'from an older build');
  writeFileSync(join(outDir, BUILD_MARKER), JSON.stringify({ ...marker, files: [...marker.files, path] }));
}

describe('--out-dir never loses what the build did not write', () => {
  it('refuses a folder that holds other files and is not a previous build, leaving it exactly as it was', async () => {
    const outDir = join(folder, 'someone-elses');
    mkdirSync(join(outDir, 'minutes'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'the parish council’s own page');
    writeFileSync(join(outDir, 'minutes', 'march.txt'), 'minutes');
    const run = await runServe(['--build-only', '--out-dir', outDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out-dir ${outDir} already holds other files and is not a previous build of the practice page`);
    expect(run.stderr).toContain('choose a new or empty folder');
    expect(readdirSync(outDir).sort()).toEqual(['index.html', 'minutes']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the parish council’s own page');
    expect(readdirSync(folder).filter((name) => name.startsWith('someone-elses.'))).toEqual([]);
    await expect(buildPracticePage(outDir)).rejects.toBeInstanceOf(OutDirError);
  });

  it('refuses a file given as the folder', async () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, 'not a folder');
    await expect(buildPracticePage(file)).rejects.toThrow('is a file, not a folder');
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('builds into an empty folder, marks it, and on a rebuild deletes only files an earlier build wrote', async () => {
    const outDir = join(folder, 'empty');
    mkdirSync(outDir);
    await buildPracticePage(outDir);
    const marker = JSON.parse(readFileSync(join(outDir, BUILD_MARKER), 'utf8')) as { files: string[] };
    expect(marker.files).toContain('index.html');
    expect(marker.files).toContain('main.js');
    // A trainer's own notes, an empty folder of theirs, and a marker edited to point outside: all left alone.
    writeFileSync(join(outDir, 'notes.txt'), 'my notes');
    mkdirSync(join(outDir, 'handouts'));
    const outside = join(folder, 'outside.txt');
    writeFileSync(outside, 'outside the build folder');
    pretendOlderBuildWrote(outDir, 'chunks/old-chunk.js');
    const edited = JSON.parse(readFileSync(join(outDir, BUILD_MARKER), 'utf8')) as { files: string[] };
    writeFileSync(join(outDir, BUILD_MARKER), JSON.stringify({ files: [...edited.files, '../outside.txt', '/etc/hostname'] }));
    const run = await runServe(['--build-only', '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(outDir, 'chunks/old-chunk.js'))).toBe(false);
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(existsSync(join(outDir, 'handouts'))).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('outside the build folder');
    expect(existsSync(join(outDir, 'main.js'))).toBe(true);
    expect((JSON.parse(readFileSync(join(outDir, BUILD_MARKER), 'utf8')) as { files: string[] }).files).not.toContain('notes.txt');
  });
});

describe('rebuilding', () => {
  it('moves the new build in file by file, so a running server never stops serving the page', async () => {
    const outDir = join(folder, 'web');
    await buildPracticePage(outDir);
    pretendOlderBuildWrote(outDir, 'chunks/old-chunk.js');
    const { server, url } = await startPracticeServer({ dir: outDir, port: 0 });
    try {
      let building = true;
      const statuses: number[] = [];
      const polling = (async () => {
        while (building) statuses.push((await fetch(`${url}index.html`)).status);
      })();
      await buildPracticePage(outDir);
      building = false;
      await polling;
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      expect(existsSync(join(outDir, 'main.js'))).toBe(true);
      expect(existsSync(join(outDir, 'chunks/old-chunk.js'))).toBe(false);
      expect(readdirSync(folder).filter((name) => name.startsWith('web.'))).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
