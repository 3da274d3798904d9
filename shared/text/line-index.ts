/**
 * Offset ↔ line/column for one string, built once and answered by binary search. A line
 * ends at a line feed, a carriage return followed by a line feed (one break, not two), or a
 * carriage return on its own (old Mac files and some exports use nothing else).
 */
export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) this.starts.push(index + 1);
    }
  }

  /** 1-based line and column of an offset. */
  at(offset: number): LineColumn {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  /** 0-based line holding `offset`. */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /**
   * The line holding `offset`: where it starts, and where its content ends (before its
   * line break). Answered by binary search, so a caller looking up the line of every date
   * on a very long line does not scan back to the line's start each time.
   */
  lineSpanAt(offset: number, text: string): { start: number; end: number } {
    const line = this.lineOf(offset);
    const start = this.starts[line]!;
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : text.length;
    if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
