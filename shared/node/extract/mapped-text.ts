/**
 * Text built piece by piece that remembers, for every character, where it came from in a
 * source string. Runs copied straight from the source are stored as one segment (offsets
 * step along together); inserted characters (a decoded `&amp;`, a line break for `</p>`)
 * all point at the source position that produced them. Lookups are a binary search, so a
 * large page costs a few numbers per run of text rather than per character.
 */
export class MappedText {
  private readonly chunks: string[] = [];
  private readonly outStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  /** True when the segment's characters were copied one for one from the source. */
  private readonly copied: boolean[] = [];
  length = 0;
  lastChar = '';

  append(value: string, source: number, copied: boolean): void {
    if (value.length === 0) return;
    const last = this.outStarts.length - 1;
    const continues =
      copied && last >= 0 && this.copied[last] && this.sourceStarts[last]! + (this.length - this.outStarts[last]!) === source;
    if (!continues) {
      this.outStarts.push(this.length);
      this.sourceStarts.push(source);
      this.copied.push(copied);
    }
    this.chunks.push(value);
    this.length += value.length;
    this.lastChar = value[value.length - 1]!;
  }

  toString(): string {
    return this.chunks.join('');
  }

  /** The source offset of the character at `offset` (clamped to the text). */
  sourceOffset(offset: number): number {
    if (this.outStarts.length === 0) return 0;
    const at = Math.max(0, Math.min(offset, this.length - 1));
    let low = 0;
    let high = this.outStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.outStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    const start = this.sourceStarts[low]!;
    const position = this.copied[low] ? start + (at - this.outStarts[low]!) : start;
    // Past the end of the text: just after the last character.
    return offset >= this.length ? position + 1 : position;
  }
}
