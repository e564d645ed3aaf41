// The workings of Okta's template helpers (docs/okta/API-REFERENCE.md §5.4), `$f.*` and `$StringTool.escapeHtml`;
// vocabulary.ts names, documents and wires them. Pure and deterministic given the locale and "now", so server and
// browser previews print the same bytes.
import type { Budget, Data } from './data';

export interface HelperEnv {
  /** The Intl locale of `user.profile.locale` (see {@link intlLocale}), for the `…InUserLocale` variants. */
  userLocale: string;
  /** Epoch milliseconds the `…DateNow` helpers measure from. */
  now: number;
}

export type HelperFn = (args: Data[], budget: Budget, env: HelperEnv) => Data | undefined;

/** Strings as-is, numbers and booleans as Java prints them, anything else is "no value". */
export function text(value: Data | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

export function integer(value: Data | undefined): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : undefined;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string, budget: Budget): string {
  const escaped = value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
  budget.check(escaped.length);
  return escaped;
}

/** Commons Lang `StringUtils.substring`: negative indexes count from the end, bounds are clamped. */
export function lenientSubstring(value: string, start: number, end: number): string {
  const clamp = (i: number) => Math.min(Math.max(i < 0 ? value.length + i : i, 0), value.length);
  return value.slice(clamp(start), Math.max(clamp(start), clamp(end)));
}

/** A locale Intl accepts, from Okta's `en_US` style; English when missing or unknown. */
export function intlLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale.replace(/_/g, '-')])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const DURATION_UNITS = [
  ['day', 1440],
  ['hour', 60],
  ['minute', 1],
] as const;

/** "7 days", "1 hour", "90 minutes": the largest unit that divides the duration exactly. */
export function formatMinutes(minutes: number, locale?: string): string {
  const [unit, size] =
    DURATION_UNITS.find(([, size]) => minutes !== 0 && minutes % size === 0) ?? DURATION_UNITS[2];
  const count = minutes / size;
  if (locale === undefined) return `${count} ${unit}${count === 1 ? '' : 's'}`;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** Minutes from `now` to a date given as ISO text or epoch milliseconds. */
export function minutesUntil(value: Data | undefined, now: number): number | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : value;
  return typeof time === 'number' && Number.isFinite(time) ? Math.round((time - now) / 60_000) : undefined;
}

export const PER_HOUR = new Map<string, (hours: number) => number>([
  ['milliseconds', (h) => h * 3_600_000],
  ['seconds', (h) => h * 3600],
  ['minutes', (h) => h * 60],
  ['hours', (h) => h],
  ['days', (h) => Math.trunc(h / 24)],
  ['years', (h) => Math.trunc(h / 8760)],
]);

/** Wraps a helper taking strings: any argument that is not text makes the call "no value". */
export const onText =
  (fn: (args: string[], budget: Budget, env: HelperEnv) => Data | undefined, arity: number): HelperFn =>
  (args, budget, env) => {
    const texts = args.map(text);
    return args.length === arity && texts.every((t) => t !== undefined)
      ? fn(texts as string[], budget, env)
      : undefined;
  };

/** `…HoursNow`: a number of hours as a duration, in English or in the user's locale. */
export const hoursIn =
  (inUserLocale: boolean): HelperFn =>
  ([hours], _budget, env) => {
    const h = integer(hours);
    return h === undefined ? undefined : formatMinutes(h * 60, inUserLocale ? env.userLocale : undefined);
  };

/** `…DateNow`: the time from `env.now` until a date, as a duration, in English or in the user's locale. */
export const dateIn =
  (inUserLocale: boolean): HelperFn =>
  ([date], _budget, env) => {
    const minutes = minutesUntil(date, env.now);
    return minutes === undefined
      ? undefined
      : formatMinutes(minutes, inUserLocale ? env.userLocale : undefined);
  };
