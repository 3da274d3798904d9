/**
 * Read one input and turn it into text for the engine, choosing the extractor by file
 * extension. Every failure becomes an InputError whose message finishes the sentence
 * "compact-proof could not check FILE: …".
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractHtml } from './extract/html.ts';
import { extractMarkdown } from './extract/markdown.ts';
import { decodeUtf8, extractPlainText } from './extract/text.ts';
import { InputError, type ExtractedText } from './extract/types.ts';

/** The extensions compact-proof reads, and so the files a folder walk picks up. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

export function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

function describeReadError(error: NodeJS.ErrnoException): InputError {
  switch (error.code) {
    case 'ENOENT':
      return new InputError('it does not exist');
    case 'EACCES':
    case 'EPERM':
      return new InputError('it cannot be read (permission denied)');
    case 'EISDIR':
      return new InputError('it is a folder, not a file');
    default:
      return new InputError(`it cannot be read (${error.message})`);
  }
}

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw describeReadError(error as NodeJS.ErrnoException);
  }
}

export async function extractText(bytes: Uint8Array, extension: string): Promise<ExtractedText> {
  switch (extension.toLowerCase()) {
    case '.md':
    case '.markdown':
      return extractMarkdown(bytes);
    case '.html':
    case '.htm':
      return extractHtml(decodeUtf8(bytes, 'HTML'));
    case '.docx':
      return (await import('./extract/docx.ts')).extractDocx(bytes);
    case '.pdf':
      return (await import('./extract/pdf.ts')).extractPdf(bytes);
    default:
      // `.txt`, and anything named explicitly with another extension, is read as plain text.
      return extractPlainText(bytes);
  }
}
