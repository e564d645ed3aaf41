const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
export const absoluteTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const STEPS: [limit: number, size: number, unit: Intl.RelativeTimeFormatUnit][] = [
  [60, 1, 'second'],
  [3600, 60, 'minute'],
  [86400, 3600, 'hour'],
  [86400 * 30, 86400, 'day'],
];

/** "2 minutes ago", "yesterday"; a date and time past a month. */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [limit, size, unit] of STEPS) {
    if (Math.abs(seconds) < limit) return relative.format(Math.round(seconds / size), unit);
  }
  return absoluteTime.format(new Date(iso));
}

const SPANS: [limit: number, size: number, unit: string][] = [
  [3600, 60, 'minute'],
  [86400, 3600, 'hour'],
  [86400 * 60, 86400, 'day'],
  [86400 * 365, 86400 * 30, 'month'],
  [Infinity, 86400 * 365, 'year'],
];

/** How long from one time to another: "less than a minute", "1 hour", "3 days" (whole units, rounded). */
export function timeBetween(fromIso: string, toIso: string): string {
  const seconds = Math.abs(Date.parse(toIso) - Date.parse(fromIso)) / 1000;
  if (seconds < 60) return 'less than a minute';
  const [, size, unit] = SPANS.find(([limit]) => seconds < limit)!;
  const n = Math.max(1, Math.round(seconds / size));
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
