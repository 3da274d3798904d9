/**
 * A progress bar on stderr for long runs, shown only to a person watching: stderr must be
 * a terminal, and not in CI (the `CI` variable), where it would only clutter the log.
 */
export interface Progress {
  update(done: number, total: number): void;
  clear(): void;
}

const WIDTH = 30;

export function wantsProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, total: number): boolean {
  return Boolean(stream.isTTY) && !env.CI && total > 1;
}

export function progressBar(stream: NodeJS.WriteStream): Progress {
  let drawn = false;
  return {
    update(done, total) {
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} papers checked`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
