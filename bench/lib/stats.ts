/** Min, median and max of a set of repeats. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: number[]): Spread {
  if (values.length === 0) return { min: NaN, median: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

/** Pairs repeat i of `values` with repeat i of `baseline` (measured back to back) and returns the ratios. */
export function ratios(values: number[], baseline: number[]): number[] {
  return values.map((v, i) => v / baseline[i]);
}

/** `median (min–max)` with a fixed number of decimals. */
export function fmt(s: Spread, digits = 1, unit = ''): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  if (s.min === s.max) return `${f(s.median)}${unit}`;
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
