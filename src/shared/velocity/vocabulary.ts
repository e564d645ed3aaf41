// The Velocity vocabulary, defined once: Okta's `$f.*` helpers, `$StringTool`, the Java-like methods of strings,
// lists and maps, and the directives. Each function and method carries its signature, its documentation, an
// example and its implementation: the renderer dispatches through these tables (calls.ts) and the editor's
// completion, hover and markers read the same ones, so what the editor offers is what renders. A name missing
// here is "no such method" (the reference renders as written); nothing is ever looked up on JS objects.
// vocabulary.test.ts renders every example with the real renderer.
import { type DataList, type DataMap, javaEquals, own } from './data';
import {
  type HelperFn,
  PER_HOUR,
  dateIn,
  escapeHtml,
  hoursIn,
  integer,
  lenientSubstring,
  onText,
  text,
} from './functions';
import { REGEX_LIMITS, javaMatches, javaReplace, javaSplit } from './java-regex';
import { type MethodFn, isInt, isString, javaTrim, noArgs, replaceLiteral } from './methods';

/** What a value is, as far as the editor can tell. `url` and `date` are strings at render time. */
export type ValueType = 'string' | 'url' | 'date' | 'number' | 'boolean' | 'list' | 'map' | 'any';

export interface Parameter {
  name: string;
  type: ValueType;
  /** Optional trailing parameter (`startsWith(prefix, from?)`). */
  optional?: boolean;
}

/** What the editor shows of a function or method. */
export interface Callable {
  name: string;
  params: readonly Parameter[];
  returns: ValueType;
  description: string;
  /**
   * A call as written in a template and what it prints when rendered with {@link EXAMPLE_CONTEXT} at
   * {@link EXAMPLE_NOW}, for the docs (vocabulary.test.ts checks each one).
   */
  example: { call: string; result: string };
}

/** A `$f.*` or `$StringTool.*` function. */
export interface HelperFunction extends Callable {
  run: HelperFn;
}

/** A method of a value of type `T`. */
export interface Method<T> extends Callable {
  run: MethodFn<T>;
}

/** The sample data the examples are written against. */
export const EXAMPLE_NOW = Date.parse('2025-03-01T12:00:00Z');
export const EXAMPLE_CONTEXT = Object.freeze({
  user: { profile: { firstName: 'Ada', locale: 'en' }, groups: { names: ['Everyone', 'Engineering'] } },
  app: { id: '0oa1', name: 'acme_portal', label: 'Acme Portal' },
  resetPasswordTokenExpirationDate: new Date(EXAMPLE_NOW + 60 * 60 * 1000).toISOString(),
});

const count = (n: number) => n.toLocaleString('en-US');

/** What every regex method's docs say about Java's syntax and the limits (docs/architecture.md, "Regexes"). */
const REGEX_RULES = [
  'Java syntax: in the replacement, `$1` or `${name}` insert a group and `\\$` a literal `$`;',
  '`(?i)`, `(?s)` and `(?m)` may open the pattern.',
  `Limits: a pattern of at most ${count(REGEX_LIMITS.maxPatternChars)} characters, a text of at most`,
  `${count(REGEX_LIMITS.maxInputChars)}, counts up to ${count(REGEX_LIMITS.maxRepeat)}.`,
  'Patterns that could backtrack for ever are refused with an error: a repetition inside a repetition',
  '(`(a+)+`), a repeated choice whose options start alike (`(a|ab)*`), two repetitions in a row that can',
  'match the same text (`.*x.*y`). So are possessive quantifiers, atomic groups and class unions.',
].join(' ');

const escapeText = onText(([s], budget) => escapeHtml(s, budget), 1);

const p = (name: string, type: ValueType, optional = false): Parameter =>
  optional ? { name, type, optional } : { name, type };

/** `$f.*`: Okta's template helpers (docs/okta/API-REFERENCE.md §5.4); also callable bare, as `${replace(…)}`. */
export const F_FUNCTIONS: readonly HelperFunction[] = [
  {
    name: 'formatTimeDiffHoursNow',
    run: hoursIn(false),
    params: [p('hours', 'number')],
    returns: 'string',
    description: 'Writes a number of hours as a duration in English ("7 days", "1 hour", "90 minutes").',
    example: { call: '${f.formatTimeDiffHoursNow(168)}', result: '7 days' },
  },
  {
    name: 'formatTimeDiffHoursNowInUserLocale',
    run: hoursIn(true),
    params: [p('hours', 'number')],
    returns: 'string',
    description: "Writes a number of hours as a duration in the user's language (`user.profile.locale`).",
    example: { call: '${f.formatTimeDiffHoursNowInUserLocale(24)}', result: '1 day' },
  },
  {
    name: 'formatTimeDiffDateNow',
    run: dateIn(false),
    params: [p('date', 'date')],
    returns: 'string',
    description: 'Writes the time from now until a date (ISO text) as a duration in English.',
    example: { call: '${f.formatTimeDiffDateNow($resetPasswordTokenExpirationDate)}', result: '1 hour' },
  },
  {
    name: 'formatTimeDiffDateNowInUserLocale',
    run: dateIn(true),
    params: [p('date', 'date')],
    returns: 'string',
    description: "Writes the time from now until a date (ISO text) as a duration in the user's language.",
    example: {
      call: '${f.formatTimeDiffDateNowInUserLocale($resetPasswordTokenExpirationDate)}',
      result: '1 hour',
    },
  },
  {
    name: 'getTimeDiffHoursNow',
    run: ([hours, unit]) => {
      const h = integer(hours);
      const convert = typeof unit === 'string' ? PER_HOUR.get(unit.toLowerCase()) : undefined;
      return h === undefined || !convert ? undefined : convert(h);
    },
    params: [p('hours', 'number'), p('unit', 'string')],
    returns: 'number',
    description:
      'Converts a number of hours to another unit: "milliseconds", "seconds", "minutes", "hours", "days" or "years".',
    example: { call: '${f.getTimeDiffHoursNow(48, "days")}', result: '2' },
  },
  {
    name: 'replace',
    run: onText(([s, match, replacement], budget) => replaceLiteral(s, match, replacement, budget), 3),
    params: [p('text', 'string'), p('target', 'string'), p('replacement', 'string')],
    returns: 'string',
    description: 'Replaces every occurrence of `target` (literal text, not a pattern) in `text`.',
    example: { call: '${f.replace("a-b-c", "-", "/")}', result: 'a/b/c' },
  },
  {
    name: 'substring',
    run: ([s, start, end]) => {
      const [value, from, to] = [text(s), integer(start), integer(end)];
      return value === undefined || from === undefined || to === undefined
        ? undefined
        : lenientSubstring(value, from, to);
    },
    params: [p('text', 'string'), p('start', 'number'), p('end', 'number')],
    returns: 'string',
    description: 'The part of `text` from `start` to `end` (negative positions count from the end).',
    example: { call: '${f.substring("Lovelace", 0, 4)}', result: 'Love' },
  },
  {
    name: 'substringAfter',
    run: onText(([s, sep]) => (s.includes(sep) ? s.slice(s.indexOf(sep) + sep.length) : ''), 2),
    params: [p('text', 'string'), p('separator', 'string')],
    returns: 'string',
    description: 'The part of `text` after the first `separator` (empty when it does not occur).',
    example: { call: '${f.substringAfter("ada@acme.example", "@")}', result: 'acme.example' },
  },
  {
    name: 'substringBefore',
    run: onText(([s, sep]) => (s.includes(sep) ? s.slice(0, s.indexOf(sep)) : s), 2),
    params: [p('text', 'string'), p('separator', 'string')],
    returns: 'string',
    description: 'The part of `text` before the first `separator` (all of it when it does not occur).',
    example: { call: '${f.substringBefore("ada@acme.example", "@")}', result: 'ada' },
  },
  {
    name: 'toLowerCase',
    run: onText(([s]) => s.toLowerCase(), 1),
    params: [p('text', 'string')],
    returns: 'string',
    description: '`text` in lower case.',
    example: { call: '${f.toLowerCase("ADA")}', result: 'ada' },
  },
  {
    name: 'toUpperCase',
    run: onText(([s]) => s.toUpperCase(), 1),
    params: [p('text', 'string')],
    returns: 'string',
    description: '`text` in upper case.',
    example: { call: '${f.toUpperCase("ada")}', result: 'ADA' },
  },
  {
    name: 'escapeHtml',
    run: escapeText,
    params: [p('text', 'string')],
    returns: 'string',
    description: 'Escapes `& < > " \'` so `text` shows as-is in HTML.',
    example: { call: '${f.escapeHtml("Tom & Jerry")}', result: 'Tom &amp; Jerry' },
  },
  {
    name: 'escapeHtmlAttr',
    run: escapeText, // quotes are escaped too, so the same escaping is safe in attributes
    params: [p('text', 'string')],
    returns: 'string',
    description: 'Escapes `text` for use inside an HTML attribute value.',
    example: { call: '${f.escapeHtmlAttr("say \\"hi\\"")}', result: 'say &quot;hi&quot;' },
  },
  {
    name: 'encode',
    run: onText(([s]) => encodeURIComponent(s.replace(/\p{Surrogate}/gu, '\uFFFD')), 1),
    params: [p('text', 'string')],
    returns: 'string',
    description: 'URL-encodes `text` (for a query parameter).',
    example: { call: '${f.encode("a b&c")}', result: 'a%20b%26c' },
  },
];

/** `$StringTool.*`. */
export const STRING_TOOL_FUNCTIONS: readonly HelperFunction[] = [
  {
    name: 'escapeHtml',
    run: escapeText,
    params: [p('text', 'string')],
    returns: 'string',
    description: 'Escapes `& < > " \'` so `text` shows as-is in HTML (same as `$f.escapeHtml`).',
    example: { call: '${StringTool.escapeHtml("<b>")}', result: '&lt;b&gt;' },
  },
];

/** Methods of a string value. */
export const STRING_METHODS: readonly Method<string>[] = [
  {
    name: 'toUpperCase',
    run: noArgs((s) => s.toUpperCase()),
    params: [],
    returns: 'string',
    description: 'The text in upper case.',
    example: { call: '$user.profile.firstName.toUpperCase()', result: 'ADA' },
  },
  {
    name: 'toLowerCase',
    run: noArgs((s) => s.toLowerCase()),
    params: [],
    returns: 'string',
    description: 'The text in lower case.',
    example: { call: '$user.profile.firstName.toLowerCase()', result: 'ada' },
  },
  {
    name: 'trim',
    run: noArgs(javaTrim),
    params: [],
    returns: 'string',
    description: 'The text without leading and trailing blanks.',
    example: { call: '$user.profile.firstName.trim()', result: 'Ada' },
  },
  {
    name: 'length',
    run: noArgs((s) => s.length),
    params: [],
    returns: 'number',
    description: 'The number of characters.',
    example: { call: '$user.profile.firstName.length()', result: '3' },
  },
  {
    name: 'isEmpty',
    run: noArgs((s) => s.length === 0),
    params: [],
    returns: 'boolean',
    description: 'True when the text has no characters.',
    example: { call: '$user.profile.firstName.isEmpty()', result: 'false' },
  },
  {
    name: 'contains',
    run: (s, [x]) => (isString(x) ? s.includes(x) : undefined),
    params: [p('text', 'string')],
    returns: 'boolean',
    description: 'True when the text contains `text`.',
    example: { call: '$user.profile.firstName.contains("d")', result: 'true' },
  },
  {
    name: 'startsWith',
    run: (s, [x, from]) =>
      isString(x) && (from === undefined || isInt(from)) ? s.startsWith(x, from) : undefined,
    params: [p('prefix', 'string'), p('from', 'number', true)],
    returns: 'boolean',
    description: 'True when the text starts with `prefix` (optionally from position `from`).',
    example: { call: '$user.profile.firstName.startsWith("A")', result: 'true' },
  },
  {
    name: 'endsWith',
    run: (s, [x]) => (isString(x) ? s.endsWith(x) : undefined),
    params: [p('suffix', 'string')],
    returns: 'boolean',
    description: 'True when the text ends with `suffix`.',
    example: { call: '$user.profile.firstName.endsWith("a")', result: 'true' },
  },
  {
    name: 'equals',
    run: (s, args) => (args.length === 1 ? s === args[0] : undefined),
    params: [p('other', 'any')],
    returns: 'boolean',
    description: 'True when the text is exactly `other`.',
    example: { call: '$user.profile.firstName.equals("Ada")', result: 'true' },
  },
  {
    name: 'equalsIgnoreCase',
    run: (s, [x]) => (isString(x) ? s.toLowerCase() === x.toLowerCase() : false),
    params: [p('other', 'string')],
    returns: 'boolean',
    description: 'True when the text equals `other`, ignoring case.',
    example: { call: '$user.profile.firstName.equalsIgnoreCase("ADA")', result: 'true' },
  },
  {
    name: 'indexOf',
    run: (s, [x, from]) =>
      isString(x) && (from === undefined || isInt(from)) ? s.indexOf(x, from) : undefined,
    params: [p('text', 'string'), p('from', 'number', true)],
    returns: 'number',
    description: 'Position of the first `text` (optionally from position `from`), or -1.',
    example: { call: '$user.profile.firstName.indexOf("d")', result: '1' },
  },
  {
    name: 'lastIndexOf',
    run: (s, [x, from]) =>
      isString(x) && (from === undefined || isInt(from)) ? s.lastIndexOf(x, from ?? Infinity) : undefined,
    params: [p('text', 'string'), p('from', 'number', true)],
    returns: 'number',
    description: 'Position of the last `text` (optionally searching back from `from`), or -1.',
    example: { call: '$user.profile.firstName.lastIndexOf("a")', result: '2' },
  },
  {
    name: 'charAt',
    run: (s, [i]) => (isInt(i) && i >= 0 && i < s.length ? s.charAt(i) : undefined),
    params: [p('index', 'number')],
    returns: 'string',
    description: 'The character at position `index` (0-based).',
    example: { call: '$user.profile.firstName.charAt(0)', result: 'A' },
  },
  {
    name: 'substring',
    run: (s, [from, to]) => {
      const end = to === undefined ? s.length : to;
      // Java throws on bad bounds; we answer "no value" so the reference renders as written.
      return isInt(from) && isInt(end) && from >= 0 && from <= end && end <= s.length
        ? s.slice(from, end)
        : undefined;
    },
    params: [p('start', 'number'), p('end', 'number', true)],
    returns: 'string',
    description: 'The text from `start` up to (not including) `end`, or to the end.',
    example: { call: '$user.profile.firstName.substring(1)', result: 'da' },
  },
  {
    name: 'concat',
    run: (s, [x], budget) => {
      if (!isString(x)) return undefined;
      budget.check(s.length + x.length);
      return s + x;
    },
    params: [p('text', 'string')],
    returns: 'string',
    description: 'The text followed by `text`.',
    example: { call: '$user.profile.firstName.concat("!")', result: 'Ada!' },
  },
  {
    name: 'replace',
    run: (s, [a, b], budget) => (isString(a) && isString(b) ? replaceLiteral(s, a, b, budget) : undefined),
    params: [p('target', 'string'), p('replacement', 'string')],
    returns: 'string',
    description: 'Replaces every occurrence of `target` with `replacement`.',
    example: { call: '$user.profile.firstName.replace("A", "I")', result: 'Ida' },
  },
  {
    name: 'replaceAll',
    run: (s, [regex, replacement], budget) =>
      isString(regex) && isString(replacement) ? javaReplace(s, regex, replacement, true, budget) : undefined,
    params: [p('regex', 'string'), p('replacement', 'string')],
    returns: 'string',
    description: `Replaces every match of the Java regular expression \`regex\` with \`replacement\`. ${REGEX_RULES}`,
    example: { call: "$user.profile.firstName.replaceAll('(?i)a', '[$0]')", result: '[A]d[a]' },
  },
  {
    name: 'replaceFirst',
    run: (s, [regex, replacement], budget) =>
      isString(regex) && isString(replacement)
        ? javaReplace(s, regex, replacement, false, budget)
        : undefined,
    params: [p('regex', 'string'), p('replacement', 'string')],
    returns: 'string',
    description: `Replaces the first match of the Java regular expression \`regex\` with \`replacement\`. ${REGEX_RULES}`,
    example: { call: '$user.profile.firstName.replaceFirst("[a-z]", "_")', result: 'A_a' },
  },
  {
    name: 'matches',
    run: (s, [regex], budget) => (isString(regex) ? javaMatches(s, regex, budget) : undefined),
    params: [p('regex', 'string')],
    returns: 'boolean',
    description: `True when the whole text matches the Java regular expression \`regex\`. ${REGEX_RULES}`,
    example: { call: '$user.profile.firstName.matches("[A-Z][a-z]+")', result: 'true' },
  },
  {
    name: 'split',
    run: (s, [regex], budget) => (isString(regex) ? javaSplit(s, regex, budget) : undefined),
    params: [p('regex', 'string')],
    returns: 'list',
    description: `The pieces of the text between matches of the Java regular expression \`regex\`, as a list; trailing empty pieces are dropped. Split on a literal dot with \`$s.split("\\.")\`. ${REGEX_RULES}`,
    example: { call: '$user.profile.firstName.split("d")', result: '[A, a]' },
  },
];

/** Methods of a list value. */
export const LIST_METHODS: readonly Method<DataList>[] = [
  {
    name: 'size',
    run: noArgs((list) => list.length),
    params: [],
    returns: 'number',
    description: 'The number of items.',
    example: { call: '$user.groups.names.size()', result: '2' },
  },
  {
    name: 'isEmpty',
    run: noArgs((list) => list.length === 0),
    params: [],
    returns: 'boolean',
    description: 'True when the list has no items.',
    example: { call: '$user.groups.names.isEmpty()', result: 'false' },
  },
  {
    name: 'contains',
    run: (list, args) => (args.length === 1 ? list.some((item) => javaEquals(item, args[0])) : undefined),
    params: [p('item', 'any')],
    returns: 'boolean',
    description: 'True when the list holds `item`.',
    example: { call: '$user.groups.names.contains("Everyone")', result: 'true' },
  },
  {
    name: 'get',
    run: (list, [i]) => (isInt(i) && i >= 0 && i < list.length ? list[i] : undefined),
    params: [p('index', 'number')],
    returns: 'any',
    description: 'The item at position `index` (0-based).',
    example: { call: '$user.groups.names.get(0)', result: 'Everyone' },
  },
  {
    name: 'indexOf',
    run: (list, args) =>
      args.length === 1 ? list.findIndex((item) => javaEquals(item, args[0])) : undefined,
    params: [p('item', 'any')],
    returns: 'number',
    description: 'Position of `item` in the list, or -1.',
    example: { call: '$user.groups.names.indexOf("Engineering")', result: '1' },
  },
];

/** Methods of a map (an object such as `$user.profile`). */
export const MAP_METHODS: readonly Method<DataMap>[] = [
  {
    name: 'get',
    run: (map, [key]) => (isString(key) ? own(map, key) : undefined),
    params: [p('key', 'string')],
    returns: 'any',
    description: 'The value under `key`.',
    example: { call: '$user.profile.get("firstName")', result: 'Ada' },
  },
  {
    name: 'containsKey',
    run: (map, [key]) => isString(key) && Object.hasOwn(map, key),
    params: [p('key', 'string')],
    returns: 'boolean',
    description: 'True when the map has `key`.',
    example: { call: '$user.profile.containsKey("firstName")', result: 'true' },
  },
  {
    name: 'keySet',
    run: noArgs((map) => Object.freeze(Object.keys(map))),
    params: [],
    returns: 'list',
    description: 'The keys, as a list.',
    example: { call: '$app.keySet()', result: '[id, name, label]' },
  },
  {
    name: 'size',
    run: noArgs((map) => Object.keys(map).length),
    params: [],
    returns: 'number',
    description: 'The number of keys.',
    example: { call: '$app.size()', result: '3' },
  },
  {
    name: 'isEmpty',
    run: noArgs((map) => Object.keys(map).length === 0),
    params: [],
    returns: 'boolean',
    description: 'True when the map has no keys.',
    example: { call: '$app.isEmpty()', result: 'false' },
  },
];

export type ToolName = 'f' | 'StringTool';

export const TOOLS: Readonly<
  Record<ToolName, { description: string; functions: readonly HelperFunction[] }>
> = {
  f: {
    description: "Okta's template helper functions: durations, text and escaping.",
    functions: F_FUNCTIONS,
  },
  StringTool: { description: 'HTML escaping helper.', functions: STRING_TOOL_FUNCTIONS },
};

export function isToolName(name: string): name is ToolName {
  return name === 'f' || name === 'StringTool';
}

/** `string`, `url` and `date` values are all text when a template runs. */
export function isText(type: ValueType): boolean {
  return type === 'string' || type === 'url' || type === 'date';
}

/** The methods a value of this type answers; empty when it has none or the type is unknown. */
export function methodsFor(type: ValueType): readonly Callable[] {
  if (isText(type)) return STRING_METHODS;
  if (type === 'list') return LIST_METHODS;
  if (type === 'map') return MAP_METHODS;
  return [];
}

/** `name(a, b, c?)`, or with `prefix`: `f.name(a: string, …): string`. */
export function signature(callable: Callable, prefix = ''): string {
  const params = callable.params.map((param) => `${param.name}${param.optional ? '?' : ''}: ${param.type}`);
  return `${prefix}${callable.name}(${params.join(', ')}): ${callable.returns}`;
}

// ---------------------------------------------------------------------------------------------------------
// Loops

/** A field of `$foreach` inside a `#foreach` loop: where the current item is. */
export interface LoopProperty {
  name: string;
  type: 'number' | 'boolean';
  description: string;
  /** Its value on the item at `index` (0-based) of `size` items. */
  value: (index: number, size: number) => number | boolean;
}

/** In this order `$foreach` prints itself (`{count=1, index=0, …}`). */
export const LOOP_PROPERTIES: readonly LoopProperty[] = [
  {
    name: 'count',
    type: 'number',
    description: 'Position of the current item, from 1.',
    value: (i) => i + 1,
  },
  { name: 'index', type: 'number', description: 'Position of the current item, from 0.', value: (i) => i },
  {
    name: 'hasNext',
    type: 'boolean',
    description: 'True when more items follow.',
    value: (i, size) => i < size - 1,
  },
  { name: 'first', type: 'boolean', description: 'True on the first item.', value: (i) => i === 0 },
  {
    name: 'last',
    type: 'boolean',
    description: 'True on the last item.',
    value: (i, size) => i === size - 1,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Directives

export interface DirectiveInfo {
  /** Keyword without `#`. */
  name: string;
  /** One line, for hover. */
  summary: string;
}

export const DIRECTIVES: readonly DirectiveInfo[] = [
  { name: 'if', summary: 'Renders its block only when the condition is true (`#if($x)…#end`).' },
  { name: 'elseif', summary: 'Inside `#if`: the next condition to try when the previous ones were false.' },
  { name: 'else', summary: 'Inside `#if`: the block rendered when no condition was true.' },
  { name: 'end', summary: 'Closes the innermost `#if`, `#foreach`, `#macro` or `#define`.' },
  {
    name: 'foreach',
    summary:
      'Renders its block once per item of a list (`#foreach($item in $list)…#end`); `$foreach.index` and `$foreach.hasNext` tell where you are.',
  },
  { name: 'set', summary: 'Assigns a value to a variable (`#set($name = value)`).' },
  { name: 'break', summary: 'Stops the innermost `#foreach` loop.' },
  {
    name: 'macro',
    summary: 'Defines a reusable snippet (`#macro(name $param)…#end`), called as `#name(…)`.',
  },
  {
    name: 'define',
    summary: 'Stores a block of template in a variable (`#define($name)…#end`), rendered where used.',
  },
  { name: 'noescape', summary: 'Renders its block as ordinary template text.' },
  { name: 'evaluate', summary: 'Renders a string as a template (`#evaluate($text)`).' },
];

export function directiveInfo(name: string): DirectiveInfo | undefined {
  return DIRECTIVES.find((directive) => directive.name === name);
}
