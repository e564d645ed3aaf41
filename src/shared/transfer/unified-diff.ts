/**
 * Line-based unified diffs (the `diff -u` / git format) for plans: what an import changes in a subject or a
 * body. Myers' O(ND) algorithm on the lines between the common prefix and suffix; when the texts share almost
 * nothing (more than MAX_EDITS line edits) the middle is shown as removed then added, which is still correct.
 */

export interface DiffOptions {
  /** Label of the `---` line (the current text). */
  oldLabel?: string;
  /** Label of the `+++` line (the new text). */
  newLabel?: string;
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

type Edit = { kind: ' ' | '-' | '+'; line: string };

const MAX_EDITS = 2_000;

// A last line without a newline compares unequal to the same line with one, and prints git's marker.
const NO_EOL = '\u0000';

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return lines;
}

function printLine(kind: string, line: string): string {
  return line.endsWith(NO_EOL)
    ? `${kind}${line.slice(0, -1)}\n\\ No newline at end of file`
    : `${kind}${line}`;
}

/** The shortest edit script from `a` to `b` (Myers), or undefined when it needs more than `maxEdits` edits. */
function myers(a: string[], b: string[], maxEdits: number): Edit[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for k in [-d, d] after round d, for the walk back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return walkBack(a, b, trace);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return undefined;
}

function walkBack(a: string[], b: string[], trace: Int32Array[]): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1];
    const at = (k: number) => previous[k + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      edits.push({ kind: ' ', line: a[--x] });
    }
    if (down) edits.push({ kind: '+', line: b[--y] });
    else edits.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    y--;
    edits.push({ kind: ' ', line: a[--x] });
  }
  return edits.reverse();
}

function editScript(a: string[], b: string[]): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const middle = myers(midA, midB, MAX_EDITS) ?? [
    ...midA.map((line): Edit => ({ kind: '-', line })),
    ...midB.map((line): Edit => ({ kind: '+', line })),
  ];
  return [
    ...a.slice(0, start).map((line): Edit => ({ kind: ' ', line })),
    ...middle,
    ...a.slice(endA).map((line): Edit => ({ kind: ' ', line })),
  ];
}

const range = (start: number, count: number) =>
  count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;

/** A unified diff of two texts, or '' when they are equal. */
export function unifiedDiff(oldText: string, newText: string, options: DiffOptions = {}): string {
  if (oldText === newText) return '';
  const context = options.context ?? 3;
  const edits = editScript(splitLines(oldText), splitLines(newText));
  const lines = [`--- ${options.oldLabel ?? 'current'}`, `+++ ${options.newLabel ?? 'new'}`];
  let i = 0;
  while (i < edits.length) {
    // Find the next change, then grow the hunk while changes are closer than 2 × context lines apart.
    while (i < edits.length && edits[i].kind === ' ') i++;
    if (i >= edits.length) break;
    const hunkStart = Math.max(0, i - context);
    let end = i;
    for (;;) {
      while (end < edits.length && edits[end].kind !== ' ') end++;
      let gap = end;
      while (gap < edits.length && edits[gap].kind === ' ') gap++;
      if (gap < edits.length && gap - end <= 2 * context) end = gap;
      else break;
    }
    const hunkEnd = Math.min(edits.length, end + context);
    let oldStart = 1;
    let newStart = 1;
    for (let j = 0; j < hunkStart; j++) {
      if (edits[j].kind !== '+') oldStart++;
      if (edits[j].kind !== '-') newStart++;
    }
    const hunk = edits.slice(hunkStart, hunkEnd);
    const oldCount = hunk.filter((e) => e.kind !== '+').length;
    const newCount = hunk.filter((e) => e.kind !== '-').length;
    lines.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const edit of hunk) lines.push(printLine(edit.kind, edit.line));
    i = hunkEnd;
  }
  return lines.join('\n') + '\n';
}
