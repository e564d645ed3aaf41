// The Java-like methods a template may call, per value type. A name missing from these maps is
// simply "no such method" (the reference renders as written); nothing is looked up on JS objects.
import {
  type Budget,
  type Data,
  type DataList,
  type DataMap,
  Tool,
  isList,
  isMap,
  javaEquals,
  own,
} from './data';

type Method<T> = (self: T, args: Data[], budget: Budget) => Data | undefined;

const isString = (value: Data | undefined): value is string => typeof value === 'string';
const isInt = (value: Data | undefined): value is number =>
  typeof value === 'number' && Number.isInteger(value);
const noArgs =
  <T>(fn: (self: T) => Data): Method<T> =>
  (self, args) =>
    args.length === 0 ? fn(self) : undefined;

/** Java `String.replace`: every literal occurrence. Refuses, before building it, a result over budget. */
export function replaceLiteral(text: string, match: string, replacement: string, budget: Budget): string {
  if (match === '') {
    budget.check(text.length + (text.length + 1) * replacement.length);
    return replacement + text.split('').join(replacement) + replacement;
  }
  const parts = text.split(match);
  budget.check(text.length + (parts.length - 1) * (replacement.length - match.length));
  return parts.join(replacement);
}

/** Java `String.trim`: strips chars <= U+0020 (a loop, not a regex, so no backtracking on long runs). */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return text.slice(start, end);
}

/** Java `String.split` with the separator taken literally (never as a regex): trailing empties dropped. */
function javaSplit(text: string, separator: string): DataList {
  const parts = text.split(separator);
  if (parts.length > 1) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return Object.freeze(parts);
}

const STRING_METHODS = new Map<string, Method<string>>([
  ['length', noArgs((s) => s.length)],
  ['isEmpty', noArgs((s) => s.length === 0)],
  ['trim', noArgs(javaTrim)],
  ['toUpperCase', noArgs((s) => s.toUpperCase())],
  ['toLowerCase', noArgs((s) => s.toLowerCase())],
  ['contains', (s, [x]) => (isString(x) ? s.includes(x) : undefined)],
  [
    'startsWith',
    (s, [x, from]) =>
      isString(x) && (from === undefined || isInt(from)) ? s.startsWith(x, from) : undefined,
  ],
  ['endsWith', (s, [x]) => (isString(x) ? s.endsWith(x) : undefined)],
  ['equals', (s, args) => (args.length === 1 ? s === args[0] : undefined)],
  ['equalsIgnoreCase', (s, [x]) => (isString(x) ? s.toLowerCase() === x.toLowerCase() : false)],
  [
    'indexOf',
    (s, [x, from]) => (isString(x) && (from === undefined || isInt(from)) ? s.indexOf(x, from) : undefined),
  ],
  [
    'lastIndexOf',
    (s, [x, from]) =>
      isString(x) && (from === undefined || isInt(from)) ? s.lastIndexOf(x, from ?? Infinity) : undefined,
  ],
  ['charAt', (s, [i]) => (isInt(i) && i >= 0 && i < s.length ? s.charAt(i) : undefined)],
  [
    'substring',
    (s, [from, to]) => {
      const end = to === undefined ? s.length : to;
      // Java throws on bad bounds; we answer "no value" so the reference renders as written.
      return isInt(from) && isInt(end) && from >= 0 && from <= end && end <= s.length
        ? s.slice(from, end)
        : undefined;
    },
  ],
  [
    'concat',
    (s, [x], budget) => {
      if (!isString(x)) return undefined;
      budget.check(s.length + x.length);
      return s + x;
    },
  ],
  [
    'replace',
    (s, [a, b], budget) => (isString(a) && isString(b) ? replaceLiteral(s, a, b, budget) : undefined),
  ],
  // Java's replaceAll takes a regex; templates may not run regexes, so the pattern is literal text.
  [
    'replaceAll',
    (s, [a, b], budget) => (isString(a) && isString(b) ? replaceLiteral(s, a, b, budget) : undefined),
  ],
  ['split', (s, [separator]) => (isString(separator) ? javaSplit(s, separator) : undefined)],
]);

const LIST_METHODS = new Map<string, Method<DataList>>([
  ['size', noArgs((list) => list.length)],
  ['isEmpty', noArgs((list) => list.length === 0)],
  ['get', (list, [i]) => (isInt(i) && i >= 0 && i < list.length ? list[i] : undefined)],
  [
    'contains',
    (list, args) => (args.length === 1 ? list.some((item) => javaEquals(item, args[0])) : undefined),
  ],
  [
    'indexOf',
    (list, args) => (args.length === 1 ? list.findIndex((item) => javaEquals(item, args[0])) : undefined),
  ],
]);

const MAP_METHODS = new Map<string, Method<DataMap>>([
  ['get', (map, [key]) => (isString(key) ? own(map, key) : undefined)],
  ['containsKey', (map, [key]) => isString(key) && Object.hasOwn(map, key)],
  ['keySet', noArgs((map) => Object.freeze(Object.keys(map)))],
  ['size', noArgs((map) => Object.keys(map).length)],
  ['isEmpty', noArgs((map) => Object.keys(map).length === 0)],
]);

/** `$target.name(args)`; `undefined` when there is no such whitelisted method. */
export function callMethod(target: Data, name: string, args: Data[], budget: Budget): Data | undefined {
  if (typeof target === 'string') return STRING_METHODS.get(name)?.(target, args, budget);
  if (isList(target)) return LIST_METHODS.get(name)?.(target, args, budget);
  if (isMap(target)) return MAP_METHODS.get(name)?.(target, args, budget);
  if (target instanceof Tool) return target.fns.get(name)?.(args, budget);
  return undefined;
}

/** `$target.name`: a map's own key, else a JavaBean getter (`$s.empty` → `isEmpty()`) from the whitelist. */
export function getProperty(target: Data, name: string, budget: Budget): Data | undefined {
  if (isMap(target)) return own(target, name);
  if (name === '' || target instanceof Tool) return undefined;
  const bean = name[0].toUpperCase() + name.slice(1);
  return callMethod(target, `get${bean}`, [], budget) ?? callMethod(target, `is${bean}`, [], budget);
}
