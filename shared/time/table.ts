/**
 * Periods in tables: a header row that names an opening and a closing column ("Open date |
 * Close date", "Consultation | Opens | Closes", tab-separated as Word and PDF text give it),
 * then rows whose cells in those columns hold one date each. Each such row is one period,
 * whichever column comes first.
 *
 * A table is read line by line. The header may be a paragraph of its own (a short capitalised
 * line stands alone when the engine splits blocks), so `findTimeExpressions` carries the
 * columns from one paragraph to the next while no blank line comes between them. A line
 * without the header's separator ends the table.
 */

export interface TableColumns {
  separator: '|' | '\t';
  /** Cell index of the opening and closing columns. */
  open: number;
  close: number;
  /** Number of cells in the header. */
  cells: number;
}

export interface Cell {
  start: number;
  end: number;
}

const OPEN_HEADER =
  /^(?:(?:consultation|survey|engagement|period)\s+)?(?:date\s+opened|open(?:s|ed|ing)?(?:\s+date)?|start(?:s|ed)?(?:\s+date)?|launch(?:es|ed)?(?:\s+date)?|begins?|commenc(?:es|ed|ing|ement)(?:\s+date)?|from)$/i;
const CLOSE_HEADER =
  /^(?:(?:consultation|survey|engagement|period)\s+)?(?:date\s+closed|clos(?:e|es|ed|ing)(?:\s+date)?(?:\s+for\s+(?:responses|comments|views|submissions))?|end(?:s|ed)?(?:\s+date)?|deadline(?:\s+for\s+(?:responses|comments|views|submissions))?|finish(?:es|ed)?(?:\s+date)?|to|until)$/i;
/** A Markdown rule under a header: "| --- | :---: |". */
const RULE_LINE = /^[\s|:\-–—]+$/;

/** The cells of a line, without the empty ones outside a Markdown table's outer pipes. */
export function cellsOf(text: string, lineStart: number, lineEnd: number, separator: '|' | '\t'): Cell[] {
  const cells: Cell[] = [];
  let start = lineStart;
  for (let position = lineStart; position <= lineEnd; position++) {
    if (position === lineEnd || text[position] === separator) {
      cells.push({ start, end: position });
      start = position + 1;
    }
  }
  if (separator === '|') {
    if (cells.length > 0 && text.slice(cells[0]!.start, cells[0]!.end).trim() === '') cells.shift();
    const last = cells[cells.length - 1];
    if (last && text.slice(last.start, last.end).trim() === '') cells.pop();
  }
  return cells;
}

function cellText(text: string, cell: Cell): string {
  return text.slice(cell.start, cell.end).replace(/[*_]/g, '').trim().replace(/\s+/g, ' ');
}

/** The opening and closing columns a header line names, or null when it is not such a header. */
export function readHeader(text: string, lineStart: number, lineEnd: number): TableColumns | null {
  const line = text.slice(lineStart, lineEnd);
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (separator === null || /[0-9]/.test(line)) return null;
  const cells = cellsOf(text, lineStart, lineEnd, separator);
  if (cells.length < 2) return null;
  let open = -1;
  let close = -1;
  for (let index = 0; index < cells.length; index++) {
    const words = cellText(text, cells[index]!);
    if (OPEN_HEADER.test(words)) {
      if (open >= 0) return null;
      open = index;
    } else if (CLOSE_HEADER.test(words)) {
      if (close >= 0) return null;
      close = index;
    }
  }
  return open >= 0 && close >= 0 ? { separator, open, close, cells: cells.length } : null;
}

export interface TableRow {
  open: Cell;
  close: Cell;
}

/**
 * The rows of the tables in `text`, in order, with the cells of their opening and closing
 * columns; and the columns still open at the end of the text, for the next paragraph.
 * `carried` is the header read in the paragraph just before, if any.
 */
export function tableRows(text: string, carried: TableColumns | null): { rows: TableRow[]; after: TableColumns | null } {
  const rows: TableRow[] = [];
  let columns = carried;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const header = readHeader(text, lineStart, contentEnd);
    if (header) {
      columns = header;
    } else if (columns) {
      const line = text.slice(lineStart, contentEnd);
      if (line.trim() === '' || !line.includes(columns.separator)) {
        columns = null;
      } else if (!RULE_LINE.test(line)) {
        const cells = cellsOf(text, lineStart, contentEnd, columns.separator);
        if (cells.length === columns.cells) rows.push({ open: cells[columns.open]!, close: cells[columns.close]! });
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return { rows, after: columns };
}

/** Quick test before reading lines: only text with a pipe or a tab can hold a table. */
export function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes('\t');
}
