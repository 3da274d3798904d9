// Types for serve.mjs (plain JavaScript so that `node shared/practice/serve.mjs` runs on Node 20 without a loader).
import type { Server } from 'node:http';

export declare const DEFAULT_OUT_DIR: string;
export declare const DEFAULT_PORT: number;
/** The file that marks a folder as a practice-page build and lists the files that build wrote. */
export declare const BUILD_MARKER: string;
/** Thrown when `--out-dir` holds other files and is not a previous build (or is a file). */
export declare class OutDirError extends Error {}
/** Bundle entrypoints/practice/ into `outDir` (default .output/practice-web), building in a fresh folder and moving each file in with one rename; resolves with the folder. `outDir` must be new, empty or a previous build, else OutDirError; only files a previous build wrote are replaced or deleted. */
export declare function buildPracticePage(outDir?: string): Promise<string>;
/** Serve `dir` on 127.0.0.1:`port` (0 picks a free port). */
export declare function startPracticeServer(options?: { dir?: string; port?: number }): Promise<{ server: Server; url: string }>;
/** The server's command line: `--port N` (else the PORT variable, else 4178), `--out-dir DIR`, `--build-only`, `--help`. Throws with a plain message on a mistake. */
export declare function parseServeArguments(
  args: readonly string[],
  env?: Record<string, string | undefined>,
): { port: number; outDir: string; buildOnly: boolean; help: boolean };
