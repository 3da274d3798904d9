/**
 * Read one input and turn it into text for the engine, choosing the extractor by file
 * extension. Every failure becomes an InputError whose message finishes the sentence
 * "compact-proof could not check FILE: …".
 */
import type { Stats } from 'node:fs';
import { constants, open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Limits } from '../config/limits.ts';
import { extractHtml } from './extract/html.ts';
import { extractMarkdown } from './extract/markdown.ts';
import { decodeText, extractPlainText } from './extract/text.ts';
import { formatLimit, formatMB, InputError, LimitError, MB, type ExtractedText } from './extract/types.ts';

/** The extensions compact-proof reads, and so the files a folder walk picks up. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

export function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** A name that is not valid UTF-8 reaches Node as U+FFFD, so the file can never be found by that name. */
export function hasUndecodableName(path: string): boolean {
  return path.includes('\uFFFD');
}

export const UNDECODABLE_NAME =
  'its name is not valid UTF-8 (your system shows the bad bytes as \uFFFD), so compact-proof cannot open it by name; rename it using ordinary letters and try again';

export function describeReadError(error: NodeJS.ErrnoException, path = ''): InputError {
  switch (error.code) {
    case 'ENOENT':
      return new InputError(hasUndecodableName(path) ? UNDECODABLE_NAME : 'it does not exist');
    case 'EACCES':
    case 'EPERM':
      return new InputError('it cannot be read (permission denied)');
    case 'EISDIR':
      return new InputError('it is a folder, not a file');
    case 'ELOOP':
      return new InputError('it is a symbolic link that leads round in a loop');
    default:
      return new InputError(`it cannot be read (${error.message})`);
  }
}

const READ_FROM_STDIN = 'compact-proof reads regular files, or standard input when given "-" (for example: some-command | compact-proof --stdin-filename paper.txt -)';

/** Why an input that is not a regular file is refused, or undefined when it is a regular file. */
export function notARegularFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  const what = stats.isDirectory()
    ? 'a folder'
    : stats.isFIFO()
      ? 'a named pipe (FIFO)'
      : stats.isCharacterDevice()
        ? 'a device (such as /dev/zero or a terminal)'
        : stats.isBlockDevice()
          ? 'a disk device'
          : stats.isSocket()
            ? 'a socket'
            : 'a special file';
  return `it is ${what}, not a regular file; ${READ_FROM_STDIN}`;
}

export function fileTooLarge(bytes: number, limits: Limits): LimitError {
  // Just over the limit, "100 MB, over the limit of 100 MB" would read as a mistake: give the bytes.
  const size = formatMB(bytes);
  const shown = size === formatLimit('fileSizeMB', limits.fileSizeMB) ? `${bytes.toLocaleString('en-GB')} bytes` : size;
  return new LimitError('fileSizeMB', `it is ${shown}`, limits);
}

/**
 * Read a regular file, never more than the fileSizeMB limit allows. Opened without
 * blocking and checked after opening, so a FIFO or device (even one swapped in after the
 * plan looked) is refused rather than waited on or read for ever.
 */
export async function readBytes(path: string, limits: Limits): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw describeReadError(error as NodeJS.ErrnoException, path);
  }
  try {
    const stats = await handle.stat();
    const special = notARegularFile(stats);
    if (special) throw new InputError(special);
    const limit = Math.floor(limits.fileSizeMB * MB);
    if (stats.size > limit) throw fileTooLarge(stats.size, limits);
    // The file may grow while it is read (and some, such as those in /proc, report no size):
    // read until the end, growing the buffer as needed, but never past one byte over the limit.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stats.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw fileTooLarge(length, limits);
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw fileTooLarge(length, limits);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describeReadError(error as NodeJS.ErrnoException, path);
  } finally {
    await handle.close();
  }
}

/** The text of a document, refused before the linting when it is longer than the characters limit. */
export async function extractText(bytes: Uint8Array, extension: string, limits: Limits): Promise<ExtractedText> {
  // Standard input is read only to one byte past the limit, so its real size is unknown.
  if (bytes.length > limits.fileSizeMB * MB) throw new LimitError('fileSizeMB', '', limits);
  const extracted = await extractByFormat(bytes, extension, limits);
  if (extracted.text.length > limits.characters) {
    throw new LimitError('characters', `its text is ${extracted.text.length.toLocaleString('en-GB')} characters long`, limits);
  }
  return extracted;
}

async function extractByFormat(bytes: Uint8Array, extension: string, limits: Limits): Promise<ExtractedText> {
  switch (extension.toLowerCase()) {
    case '.md':
    case '.markdown':
      return extractMarkdown(bytes);
    case '.html':
    case '.htm':
      return extractHtml(decodeText(bytes, 'HTML'));
    case '.docx':
      return (await import('./extract/docx.ts')).extractDocx(bytes, limits);
    case '.pdf':
      return (await import('./extract/pdf.ts')).extractPdf(bytes, limits);
    default:
      // `.txt`, and anything named explicitly with another extension, is read as plain text.
      return extractPlainText(bytes);
  }
}
