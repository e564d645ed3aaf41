// Offsets ↔ 1-based line/column, with the line breaks the Velocity parser counts (`\r\n`, `\r`, `\n`).
// Columns count UTF-16 code units, as Monaco and the parser do.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of `offset` (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.starts[low] + 1 };
  }

  /** Offset of a 1-based line and column (clamped to the line and the text). */
  offset(line: number, column = 1): number {
    const index = Math.max(0, Math.min(line - 1, this.starts.length - 1));
    const start = this.starts[index];
    const end = index + 1 < this.starts.length ? this.starts[index + 1] : this.text.length;
    return Math.max(start, Math.min(start + column - 1, end));
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function offsetToLineColumn(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).position(offset);
}
