// Okta's template helpers (docs/okta/API-REFERENCE.md §5.4): `$f.*` and `$StringTool.escapeHtml`. Pure and
// deterministic given the locale and "now", so server and browser previews print the same bytes.
import { type Budget, type Data, Tool } from './data';
import { replaceLiteral } from './methods';

export interface HelperEnv {
  /** `user.profile.locale` (`en_US` or `en-US`), for the `…InUserLocale` variants. */
  locale?: string;
  /** Epoch milliseconds the `…DateNow` helpers measure from. */
  now: number;
}

type Fn = (args: Data[], budget: Budget) => Data | undefined;

/** Strings as-is, numbers and booleans as Java prints them, anything else is "no value". */
function text(value: Data | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function integer(value: Data | undefined): number | undefined {
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

function escapeHtml(value: string, budget: Budget): string {
  const escaped = value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
  budget.check(escaped.length);
  return escaped;
}

/** Commons Lang `StringUtils.substring`: negative indexes count from the end, bounds are clamped. */
function lenientSubstring(value: string, start: number, end: number): string {
  const clamp = (i: number) => Math.min(Math.max(i < 0 ? value.length + i : i, 0), value.length);
  return value.slice(clamp(start), Math.max(clamp(start), clamp(end)));
}

/** A locale Intl accepts, from Okta's `en_US` style; English when missing or unknown. */
function intlLocale(locale: string | undefined): string {
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
function formatMinutes(minutes: number, locale?: string): string {
  const [unit, size] =
    DURATION_UNITS.find(([, size]) => minutes !== 0 && minutes % size === 0) ?? DURATION_UNITS[2];
  const count = minutes / size;
  if (locale === undefined) return `${count} ${unit}${count === 1 ? '' : 's'}`;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** Minutes from `now` to a date given as ISO text or epoch milliseconds. */
function minutesUntil(value: Data | undefined, now: number): number | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : value;
  return typeof time === 'number' && Number.isFinite(time) ? Math.round((time - now) / 60_000) : undefined;
}

const PER_HOUR = new Map<string, (hours: number) => number>([
  ['milliseconds', (h) => h * 3_600_000],
  ['seconds', (h) => h * 3600],
  ['minutes', (h) => h * 60],
  ['hours', (h) => h],
  ['days', (h) => Math.trunc(h / 24)],
  ['years', (h) => Math.trunc(h / 8760)],
]);

/** Wraps a helper taking strings: any argument that is not text makes the call "no value". */
const onText =
  (fn: (args: string[], budget: Budget) => Data | undefined, arity: number): Fn =>
  (args, budget) => {
    const texts = args.map(text);
    return args.length === arity && texts.every((t) => t !== undefined)
      ? fn(texts as string[], budget)
      : undefined;
  };

export function createHelpers(env: HelperEnv): ReadonlyMap<string, Tool> {
  const userLocale = intlLocale(env.locale);
  const escape = onText(([s], budget) => escapeHtml(s, budget), 1);
  const hoursIn =
    (locale?: string): Fn =>
    ([hours]) => {
      const h = integer(hours);
      return h === undefined ? undefined : formatMinutes(h * 60, locale);
    };
  const dateIn =
    (locale?: string): Fn =>
    ([date]) => {
      const minutes = minutesUntil(date, env.now);
      return minutes === undefined ? undefined : formatMinutes(minutes, locale);
    };

  const f = new Map<string, Fn>([
    [
      'replace',
      onText(([s, match, replacement], budget) => replaceLiteral(s, match, replacement, budget), 3),
    ],
    [
      'substringAfter',
      onText(([s, sep]) => (s.includes(sep) ? s.slice(s.indexOf(sep) + sep.length) : ''), 2),
    ],
    ['substringBefore', onText(([s, sep]) => (s.includes(sep) ? s.slice(0, s.indexOf(sep)) : s), 2)],
    ['toLowerCase', onText(([s]) => s.toLowerCase(), 1)],
    ['toUpperCase', onText(([s]) => s.toUpperCase(), 1)],
    [
      'substring',
      ([s, start, end]) => {
        const [value, from, to] = [text(s), integer(start), integer(end)];
        return value === undefined || from === undefined || to === undefined
          ? undefined
          : lenientSubstring(value, from, to);
      },
    ],
    ['formatTimeDiffHoursNow', hoursIn()],
    ['formatTimeDiffHoursNowInUserLocale', hoursIn(userLocale)],
    ['formatTimeDiffDateNow', dateIn()],
    ['formatTimeDiffDateNowInUserLocale', dateIn(userLocale)],
    ['escapeHtml', escape],
    ['escapeHtmlAttr', escape], // quotes are escaped too, so the same escaping is safe in attributes
    [
      'getTimeDiffHoursNow',
      ([hours, unit]) => {
        const h = integer(hours);
        const convert = typeof unit === 'string' ? PER_HOUR.get(unit.toLowerCase()) : undefined;
        return h === undefined || !convert ? undefined : convert(h);
      },
    ],
    ['encode', onText(([s]) => encodeURIComponent(s.replace(/\p{Surrogate}/gu, '\uFFFD')), 1)],
  ]);
  return new Map([
    ['f', new Tool('f', f)],
    ['StringTool', new Tool('StringTool', new Map([['escapeHtml', escape]]))],
  ]);
}
