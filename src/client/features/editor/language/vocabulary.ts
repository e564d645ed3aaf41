// The Velocity vocabulary the editor offers, as data: Okta's `$f.*` helpers, `$StringTool`, the
// Java-like methods of strings, lists and maps, and the directives. The sandbox's own tables
// (src/shared/velocity/functions.ts, methods.ts) are not exported as lists, so these mirror them;
// vocabulary.test.ts renders every entry with the real renderer to prove each one is supported.

/** What a value is, as far as the editor can tell. `url` and `date` are strings at render time. */
export type ValueType = 'string' | 'url' | 'date' | 'number' | 'boolean' | 'list' | 'map' | 'any';

export interface Parameter {
  name: string;
  type: ValueType;
  /** Optional trailing parameter (`startsWith(prefix, from?)`). */
  optional?: boolean;
}

export interface Callable {
  name: string;
  params: readonly Parameter[];
  returns: ValueType;
  description: string;
  /** A call as written in a template and what it prints with the sample data, for the docs. */
  example: { call: string; result: string };
}

const p = (name: string, type: ValueType, optional = false): Parameter =>
  optional ? { name, type, optional } : { name, type };

/** `$f.*`: Okta's template helpers (docs/okta/API-REFERENCE.md §5.4), as src/shared/velocity/functions.ts implements them. */
export const F_FUNCTIONS: readonly Callable[] = [
  {
    name: 'formatTimeDiffHoursNow',
    params: [p('hours', 'number')],
    returns: 'string',
    description: 'Writes a number of hours as a duration in English ("7 days", "1 hour", "90 minutes").',
    example: { call: '${f.formatTimeDiffHoursNow(168)}', result: '7 days' },
  },
  {
    name: 'formatTimeDiffHoursNowInUserLocale',
    params: [p('hours', 'number')],
    returns: 'string',
    description: "Writes a number of hours as a duration in the user's language (`user.profile.locale`).",
    example: { call: '${f.formatTimeDiffHoursNowInUserLocale(24)}', result: '1 day' },
  },
  {
    name: 'formatTimeDiffDateNow',
    params: [p('date', 'date')],
    returns: 'string',
    description: 'Writes the time from now until a date (ISO text) as a duration in English.',
    example: { call: '${f.formatTimeDiffDateNow($resetPasswordTokenExpirationDate)}', result: '1 hour' },
  },
  {
    name: 'formatTimeDiffDateNowInUserLocale',
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
    params: [p('hours', 'number'), p('unit', 'string')],
    returns: 'number',
    description:
      'Converts a number of hours to another unit: "milliseconds", "seconds", "minutes", "hours", "days" or "years".',
    example: { call: '${f.getTimeDiffHoursNow(48, "days")}', result: '2' },
  },
  {
    name: 'replace',
    params: [p('text', 'string'), p('target', 'string'), p('replacement', 'string')],
    returns: 'string',
    description: 'Replaces every occurrence of `target` (literal text, not a pattern) in `text`.',
    example: { call: '${f.replace("a-b-c", "-", "/")}', result: 'a/b/c' },
  },
  {
    name: 'substring',
    params: [p('text', 'string'), p('start', 'number'), p('end', 'number')],
    returns: 'string',
    description: 'The part of `text` from `start` to `end` (negative positions count from the end).',
    example: { call: '${f.substring("Lovelace", 0, 4)}', result: 'Love' },
  },
  {
    name: 'substringAfter',
    params: [p('text', 'string'), p('separator', 'string')],
    returns: 'string',
    description: 'The part of `text` after the first `separator` (empty when it does not occur).',
    example: { call: '${f.substringAfter("ada@acme.example", "@")}', result: 'acme.example' },
  },
  {
    name: 'substringBefore',
    params: [p('text', 'string'), p('separator', 'string')],
    returns: 'string',
    description: 'The part of `text` before the first `separator` (all of it when it does not occur).',
    example: { call: '${f.substringBefore("ada@acme.example", "@")}', result: 'ada' },
  },
  {
    name: 'toLowerCase',
    params: [p('text', 'string')],
    returns: 'string',
    description: '`text` in lower case.',
    example: { call: '${f.toLowerCase("ADA")}', result: 'ada' },
  },
  {
    name: 'toUpperCase',
    params: [p('text', 'string')],
    returns: 'string',
    description: '`text` in upper case.',
    example: { call: '${f.toUpperCase("ada")}', result: 'ADA' },
  },
  {
    name: 'escapeHtml',
    params: [p('text', 'string')],
    returns: 'string',
    description: 'Escapes `& < > " \'` so `text` shows as-is in HTML.',
    example: { call: '${f.escapeHtml("Tom & Jerry")}', result: 'Tom &amp; Jerry' },
  },
  {
    name: 'escapeHtmlAttr',
    params: [p('text', 'string')],
    returns: 'string',
    description: 'Escapes `text` for use inside an HTML attribute value.',
    example: { call: '${f.escapeHtmlAttr("say \\"hi\\"")}', result: 'say &quot;hi&quot;' },
  },
  {
    name: 'encode',
    params: [p('text', 'string')],
    returns: 'string',
    description: 'URL-encodes `text` (for a query parameter).',
    example: { call: '${f.encode("a b&c")}', result: 'a%20b%26c' },
  },
];

/** `$StringTool.*`. */
export const STRING_TOOL_FUNCTIONS: readonly Callable[] = [
  {
    name: 'escapeHtml',
    params: [p('text', 'string')],
    returns: 'string',
    description: 'Escapes `& < > " \'` so `text` shows as-is in HTML (same as `$f.escapeHtml`).',
    example: { call: '${StringTool.escapeHtml("<b>")}', result: '&lt;b&gt;' },
  },
];

/** Methods of a string value (src/shared/velocity/methods.ts). */
export const STRING_METHODS: readonly Callable[] = [
  {
    name: 'toUpperCase',
    params: [],
    returns: 'string',
    description: 'The text in upper case.',
    example: { call: '$user.profile.firstName.toUpperCase()', result: 'ADA' },
  },
  {
    name: 'toLowerCase',
    params: [],
    returns: 'string',
    description: 'The text in lower case.',
    example: { call: '$user.profile.firstName.toLowerCase()', result: 'ada' },
  },
  {
    name: 'trim',
    params: [],
    returns: 'string',
    description: 'The text without leading and trailing blanks.',
    example: { call: '$user.profile.firstName.trim()', result: 'Ada' },
  },
  {
    name: 'length',
    params: [],
    returns: 'number',
    description: 'The number of characters.',
    example: { call: '$user.profile.firstName.length()', result: '3' },
  },
  {
    name: 'isEmpty',
    params: [],
    returns: 'boolean',
    description: 'True when the text has no characters.',
    example: { call: '$user.profile.firstName.isEmpty()', result: 'false' },
  },
  {
    name: 'contains',
    params: [p('text', 'string')],
    returns: 'boolean',
    description: 'True when the text contains `text`.',
    example: { call: '$user.profile.firstName.contains("d")', result: 'true' },
  },
  {
    name: 'startsWith',
    params: [p('prefix', 'string'), p('from', 'number', true)],
    returns: 'boolean',
    description: 'True when the text starts with `prefix` (optionally from position `from`).',
    example: { call: '$user.profile.firstName.startsWith("A")', result: 'true' },
  },
  {
    name: 'endsWith',
    params: [p('suffix', 'string')],
    returns: 'boolean',
    description: 'True when the text ends with `suffix`.',
    example: { call: '$user.profile.firstName.endsWith("a")', result: 'true' },
  },
  {
    name: 'equals',
    params: [p('other', 'any')],
    returns: 'boolean',
    description: 'True when the text is exactly `other`.',
    example: { call: '$user.profile.firstName.equals("Ada")', result: 'true' },
  },
  {
    name: 'equalsIgnoreCase',
    params: [p('other', 'string')],
    returns: 'boolean',
    description: 'True when the text equals `other`, ignoring case.',
    example: { call: '$user.profile.firstName.equalsIgnoreCase("ADA")', result: 'true' },
  },
  {
    name: 'indexOf',
    params: [p('text', 'string'), p('from', 'number', true)],
    returns: 'number',
    description: 'Position of the first `text` (optionally from position `from`), or -1.',
    example: { call: '$user.profile.firstName.indexOf("d")', result: '1' },
  },
  {
    name: 'lastIndexOf',
    params: [p('text', 'string'), p('from', 'number', true)],
    returns: 'number',
    description: 'Position of the last `text` (optionally searching back from `from`), or -1.',
    example: { call: '$user.profile.firstName.lastIndexOf("a")', result: '2' },
  },
  {
    name: 'charAt',
    params: [p('index', 'number')],
    returns: 'string',
    description: 'The character at position `index` (0-based).',
    example: { call: '$user.profile.firstName.charAt(0)', result: 'A' },
  },
  {
    name: 'substring',
    params: [p('start', 'number'), p('end', 'number', true)],
    returns: 'string',
    description: 'The text from `start` up to (not including) `end`, or to the end.',
    example: { call: '$user.profile.firstName.substring(1)', result: 'da' },
  },
  {
    name: 'concat',
    params: [p('text', 'string')],
    returns: 'string',
    description: 'The text followed by `text`.',
    example: { call: '$user.profile.firstName.concat("!")', result: 'Ada!' },
  },
  {
    name: 'replace',
    params: [p('target', 'string'), p('replacement', 'string')],
    returns: 'string',
    description: 'Replaces every occurrence of `target` with `replacement`.',
    example: { call: '$user.profile.firstName.replace("A", "I")', result: 'Ida' },
  },
  {
    name: 'replaceAll',
    params: [p('target', 'string'), p('replacement', 'string')],
    returns: 'string',
    description:
      'Replaces every occurrence of `target` with `replacement` (`target` is literal text here, not a pattern).',
    example: { call: '$user.profile.firstName.replaceAll("a", "o")', result: 'Ado' },
  },
  {
    name: 'split',
    params: [p('separator', 'string')],
    returns: 'list',
    description: 'The pieces of the text between each `separator` (literal text), as a list.',
    example: { call: '$user.profile.firstName.split("d")', result: '[A, a]' },
  },
];

/** Methods of a list value. */
export const LIST_METHODS: readonly Callable[] = [
  {
    name: 'size',
    params: [],
    returns: 'number',
    description: 'The number of items.',
    example: { call: '$user.groups.names.size()', result: '2' },
  },
  {
    name: 'isEmpty',
    params: [],
    returns: 'boolean',
    description: 'True when the list has no items.',
    example: { call: '$user.groups.names.isEmpty()', result: 'false' },
  },
  {
    name: 'contains',
    params: [p('item', 'any')],
    returns: 'boolean',
    description: 'True when the list holds `item`.',
    example: { call: '$user.groups.names.contains("Everyone")', result: 'true' },
  },
  {
    name: 'get',
    params: [p('index', 'number')],
    returns: 'any',
    description: 'The item at position `index` (0-based).',
    example: { call: '$user.groups.names.get(0)', result: 'Everyone' },
  },
  {
    name: 'indexOf',
    params: [p('item', 'any')],
    returns: 'number',
    description: 'Position of `item` in the list, or -1.',
    example: { call: '$user.groups.names.indexOf("Engineering")', result: '1' },
  },
];

/** Methods of a map (an object such as `$user.profile`). */
export const MAP_METHODS: readonly Callable[] = [
  {
    name: 'get',
    params: [p('key', 'string')],
    returns: 'any',
    description: 'The value under `key`.',
    example: { call: '$user.profile.get("firstName")', result: 'Ada' },
  },
  {
    name: 'containsKey',
    params: [p('key', 'string')],
    returns: 'boolean',
    description: 'True when the map has `key`.',
    example: { call: '$user.profile.containsKey("firstName")', result: 'true' },
  },
  {
    name: 'keySet',
    params: [],
    returns: 'list',
    description: 'The keys, as a list.',
    example: { call: '$app.keySet()', result: '[id, name, label]' },
  },
  {
    name: 'size',
    params: [],
    returns: 'number',
    description: 'The number of keys.',
    example: { call: '$app.size()', result: '3' },
  },
  {
    name: 'isEmpty',
    params: [],
    returns: 'boolean',
    description: 'True when the map has no keys.',
    example: { call: '$app.isEmpty()', result: 'false' },
  },
];

export type ToolName = 'f' | 'StringTool';

export const TOOLS: Readonly<Record<ToolName, { description: string; functions: readonly Callable[] }>> = {
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

/** Monaco snippet text for a call: `name(${1:a}, ${2:b})`; optional parameters are left out. */
export function callSnippet(callable: Callable): string {
  const required = callable.params.filter((param) => !param.optional);
  return `${callable.name}(${required.map((param, i) => `\${${i + 1}:${param.name}}`).join(', ')})`;
}

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

export interface DirectiveCompletion {
  label: string;
  insertText: string;
  isSnippet: boolean;
  detail: string;
  directive: string;
}

/** What `#` offers, in this order. Snippets use Monaco syntax (`\${1:x}` placeholders, `$0` final cursor). */
export const DIRECTIVE_COMPLETIONS: readonly DirectiveCompletion[] = [
  {
    label: '#if',
    insertText: '#if(${1:condition})\n\t$0\n#end',
    isSnippet: true,
    detail: '#if(condition) … #end',
    directive: 'if',
  },
  {
    label: '#if-else',
    insertText: '#if(${1:condition})\n\t${2}\n#else\n\t$0\n#end',
    isSnippet: true,
    detail: '#if(condition) … #else … #end',
    directive: 'if',
  },
  {
    label: '#foreach',
    insertText: '#foreach($${1:item} in ${2:list})\n\t$0\n#end',
    isSnippet: true,
    detail: '#foreach($item in list) … #end',
    directive: 'foreach',
  },
  {
    label: '#set',
    insertText: '#set($${1:name} = ${2:value})',
    isSnippet: true,
    detail: '#set($name = value)',
    directive: 'set',
  },
  {
    label: '#elseif',
    insertText: '#elseif(${1:condition})',
    isSnippet: true,
    detail: '#elseif(condition)',
    directive: 'elseif',
  },
  { label: '#else', insertText: '#else', isSnippet: false, detail: '#else', directive: 'else' },
  { label: '#end', insertText: '#end', isSnippet: false, detail: '#end', directive: 'end' },
  { label: '#break', insertText: '#break', isSnippet: false, detail: '#break', directive: 'break' },
];

export function directiveInfo(name: string): DirectiveInfo | undefined {
  return DIRECTIVES.find((directive) => directive.name === name);
}
