import type { Spread } from './stats';

export type Verdict = 'met' | 'missed' | 'n/a' | '';

/** One line of the bench table. Figures are medians over repeats, with (min–max). */
export interface Row {
  area: string;
  measure: string;
  /** The figure itself. */
  value: string;
  /** What it is compared with, measured in the same run. */
  baseline: string;
  /** value ÷ baseline, per repeat. */
  ratio: string;
  target: string;
  verdict: Verdict;
  /** Raw numbers for bench/results/latest.json. */
  data?: Record<string, Spread | number | string | null>;
}

export function verdict(ok: boolean | undefined): Verdict {
  return ok === undefined ? 'n/a' : ok ? 'met' : 'missed';
}

/** A Markdown table (readable in a terminal, and pasted as is into the README). */
export function renderTable(rows: Row[]): string {
  const header = ['Area', 'Measure', 'Result', 'Baseline (same run)', 'Ratio', 'Target', ''];
  const lines = rows.map((r) => [r.area, r.measure, r.value, r.baseline, r.ratio, r.target, r.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}
