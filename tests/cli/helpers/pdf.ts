/**
 * PDF fixtures. With Chromium installed (Debian: `apt-get install -y chromium`) we print a
 * real multi-page HTML page to PDF, as a council's publishing system would; without it we
 * write a minimal PDF by hand (one text line per page, computed cross-reference table).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** One PDF page per entry; each page holds the given paragraphs. */
export function makePdf(pages: string[][]): Buffer {
  return CHROMIUM ? printWithChromium(pages) : handWrittenPdf(pages);
}

function printWithChromium(pages: string[][]): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'compact-proof-pdf-'));
  try {
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
      body { font: 12pt sans-serif; } section + section { page-break-before: always; }</style></head><body>
      ${pages.map((paragraphs) => `<section>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`).join('\n')}
      </body></html>`;
    writeFileSync(join(folder, 'paper.html'), html);
    const out = join(folder, 'paper.pdf');
    execFileSync(
      CHROMIUM!,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(folder, 'profile')}`, `--print-to-pdf=${out}`, pathToFileURL(join(folder, 'paper.html')).href],
      { stdio: 'ignore', timeout: 60_000 },
    );
    return readFileSync(out);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function handWrittenPdf(pages: string[][]): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 4 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((paragraphs, index) => {
    const lines = paragraphs.map((text, line) => `BT /F1 12 Tf 72 ${720 - line * 20} Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
    objects[pageIds[index]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`;
    objects[pageIds[index]! + 1] = `<< /Length ${Buffer.byteLength(lines)} >>\nstream\n${lines}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body);
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF whose pages have no text at all, as a scanner makes (here: just a drawn box). */
export function scannedPdf(): Buffer {
  return withContent('0.5 g 72 72 468 648 re f', '');
}

/**
 * A PDF encrypted with the standard security handler and a user password: the /U entry does
 * not match the empty password, so a reader must ask for one.
 */
export function passwordProtectedPdf(): Buffer {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  return withContent('BT /F1 12 Tf 72 720 Td (Secret draft) Tj ET', `/Encrypt 6 0 R /ID [<${hex32(1).slice(0, 32)}> <${hex32(1).slice(0, 32)}>]`, `<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(11)}> /P -4 >>`);
}

function withContent(stream: string, trailerExtra: string, encrypt?: string): Buffer {
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    ...(encrypt ? [encrypt] : []),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
