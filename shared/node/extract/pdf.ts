/**
 * PDF → text per page through unpdf (pdf.js). Findings report the page and the line on that
 * page. unpdf is loaded only when a PDF is actually read, so checking a .txt starts fast.
 * A PDF with no text layer (a scan) cannot be checked: we say so rather than pass it.
 */
import type { Limits } from '../../config/limits.ts';
import { checkPdfUnpackedSize, declaredPageCount } from './pdf-check.ts';
import { InputError, LimitError, type ExtractedText, type FindingLocation } from './types.ts';

/** Pages are separated by a blank line, so a sentence never runs across a page break unnoticed. */
const PAGE_SEPARATOR = '\n\n';

function describePdfError(error: unknown): InputError {
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new InputError('it is password-protected; save an unprotected copy and try again');
  }
  return new InputError(`it could not be read as a PDF (${message.split('\n')[0]}); it may be damaged`);
}

function tooManyPages(pages: number, limits: Limits): LimitError {
  return new LimitError('pdfPages', `it has ${pages.toLocaleString('en-GB')} pages`, limits);
}

export async function extractPdf(bytes: Uint8Array, limits: Limits): Promise<ExtractedText> {
  // Before pdf.js unpacks anything: a Flate bomb is refused here, in bounded memory.
  await checkPdfUnpackedSize(bytes, limits);
  const declaredPages = declaredPageCount(bytes);
  if (declaredPages > limits.pdfPages) throw tooManyPages(declaredPages, limits);
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    // verbosity 0: pdf.js's own warnings ("Indexing all PDF objects") would clutter stderr.
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      // The page count comes from the page tree, read before any page is: a 100,000-page PDF stops here.
      if (document.numPages > limits.pdfPages) {
        throw tooManyPages(document.numPages, limits);
      }
      pages = (await extractText(document, { mergePages: false })).text;
    } finally {
      // Free pdf.js's memory between papers in a long run (not in unpdf's type, but present).
      await (document as unknown as { destroy?: () => Promise<void> }).destroy?.();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describePdfError(error);
  }
  if (pages.every((page) => page.trim() === '')) {
    throw new InputError('it has no text layer (it is probably a scan); run it through OCR or check the original document instead');
  }

  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((page, index) => {
    if (index > 0) text += PAGE_SEPARATOR;
    pageStarts.push(text.length);
    text += page.replace(/\s+$/, '');
  });

  const locate = (offset: number): FindingLocation => {
    let page = 0;
    while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= offset) page++;
    const before = text.slice(pageStarts[page]!, offset);
    const line = before.split('\n').length;
    return { kind: 'page', page: page + 1, line };
  };

  return { text, format: 'text', locate };
}
