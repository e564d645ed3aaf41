/**
 * Lines up two versions of a template that say the same thing in different words (a source language and its
 * translation): lines whose markup matches are put side by side, a line only one side has faces a gap. Pure, for the
 * translation view and its check.
 */

/** Index pairs of a longest common subsequence of `a` and `b` (by `===`), in order. */
export function commonSubsequence<T>(a: readonly T[], b: readonly T[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // Past this size (thousands of lines on both sides) the table costs more than the answer is worth.
  if (n * m > 4_000_000) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < Math.min(n, m); i++) if (a[i] === b[i]) pairs.push([i, i]);
    return pairs;
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * What a line is made of once its words are gone: tag names, Velocity references and directives, in order.
 * `<p>Hello ${user.profile.firstName},</p>` and `<p>Bonjour ${user.profile.firstName},</p>` have the same one.
 */
export function lineSkeleton(line: string): string {
  const parts: string[] = [];
  for (const m of line.matchAll(/<\/?([a-zA-Z][\w-]*)|\$!?\{?([A-Za-z][\w.]*)|#\{?([a-z]+)/g))
    parts.push(m[1] ? `<${m[0][1] === '/' ? '/' : ''}${m[1].toLowerCase()}` : m[2] ? `$${m[2]}` : `#${m[3]}`);
  return parts.join(' ');
}

/** One row of the aligned view: a line number (1-based) on each side, or undefined where that side has a gap. */
export interface AlignedRow {
  source?: number;
  target?: number;
}

/**
 * Rows that put matching lines side by side: lines with the same skeleton are matched (longest common subsequence);
 * between two matches, the unmatched lines of both sides share rows, and the longer run faces gaps.
 */
export function alignLines(source: readonly string[], target: readonly string[]): AlignedRow[] {
  const pairs = commonSubsequence(source.map(lineSkeleton), target.map(lineSkeleton));
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [source.length, target.length] as [number, number]]) {
    // Lines in between are most likely each other's translation too: pair them up, then the rest faces gaps.
    while (i < pi || j < pj) {
      rows.push({ source: i < pi ? i + 1 : undefined, target: j < pj ? j + 1 : undefined });
      if (i < pi) i++;
      if (j < pj) j++;
    }
    if (pi < source.length) rows.push({ source: pi + 1, target: pj + 1 });
    i = pi + 1;
    j = pj + 1;
  }
  return rows;
}
