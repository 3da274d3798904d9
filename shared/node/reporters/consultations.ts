/**
 * `--summary consultations`: the consultation-hub audit's table over files instead of a
 * hub's pages. One row per document, built by shared/report/hub-audit.ts exactly as the side
 * panel builds its rows, as a table for the terminal or as CSV (`--format csv`).
 */
import { basename } from 'node:path';
import { hubCsv, hubTable, type HubRow } from '../../report/hub-audit.ts';
import type { FileResult } from '../results.ts';
import { terminalLine } from '../terminal-text.ts';

export function consultationRows(results: readonly FileResult[]): HubRow[] {
  // Titles and file names come from the documents and the disk: their control characters are shown, never obeyed.
  return results.map((result) => ({
    title: terminalLine(result.title ?? basename(result.file)),
    link: terminalLine(result.file),
    consultation: result.consultation ?? null,
    findings: result.messages.filter((message) => message.ruleId === 'consultation-timescale'),
    ...(result.errors.length ? { error: terminalLine(result.errors.map((error) => error.message).join('; ')) } : {}),
  }));
}

export function formatConsultations(results: readonly FileResult[], format: 'table' | 'csv'): string {
  const rows = consultationRows(results);
  return format === 'csv' ? hubCsv(rows) : hubTable(rows);
}
