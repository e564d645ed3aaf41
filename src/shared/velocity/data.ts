// The only values a template can hold: primitives, frozen lists, frozen null-prototype maps and
// helper objects (`Tool`). Nothing here is ever a JS function, prototype or host object.

export type Data = null | string | number | boolean | DataList | DataMap | Tool;
export type DataList = readonly Data[];
export interface DataMap {
  readonly [key: string]: Data;
}

/** A helper such as `$f` or `$StringTool`: method calls on it dispatch to `fns`, nothing else. */
export class Tool {
  constructor(
    readonly name: string,
    readonly fns: ReadonlyMap<string, (args: Data[], budget: Budget) => Data | undefined>,
  ) {
    Object.freeze(this);
  }
}

/** Guards string growth before a big string is built, and counts work the clock should see. */
export interface Budget {
  readonly maxChars: number;
  check(length: number): void;
  /** Counts `steps` of work; enough of them make the renderer look at its clock (a regex call is 256). */
  spend(steps: number): void;
}

export function isList(value: unknown): value is DataList {
  return Array.isArray(value);
}

export function isMap(value: Data | undefined): value is DataMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Tool);
}

export function makeMap(entries: Iterable<readonly [string, Data]>): DataMap {
  const map: Record<string, Data> = Object.create(null);
  for (const [key, value] of entries) map[key] = value;
  return Object.freeze(map);
}

/** Reads an own data property only: never the prototype chain, never a getter. */
export function own(map: DataMap, key: string): Data | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

const MAX_CONTEXT_DEPTH = 32;

/** Copies caller-supplied context into the template's world: own enumerable data properties only. */
export function toData(value: unknown, depth = 0): Data {
  if (value === null || value === undefined || depth > MAX_CONTEXT_DEPTH) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'object':
      break;
    default:
      return null; // functions and symbols never enter a template
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return Object.freeze(value.map((item) => toData(item, depth + 1)));
  const entries: [string, Data][] = [];
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) entries.push([key, toData(descriptor.value, depth + 1)]);
  }
  return makeMap(entries);
}

/** Velocity's `toString()` of a value, as Java prints it (`[a, b]`, `{k=v}`), within the budget. */
export function toText(value: Data, budget: Budget): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value instanceof Tool) return '';
  let length = 0;
  const add = (part: string): string => {
    length += part.length;
    budget.check(length);
    return part;
  };
  const walk = (item: Data): string => {
    if (isList(item)) return add('[') + item.map((x, i) => add(i ? ', ' : '') + walk(x)).join('') + add(']');
    if (isMap(item)) {
      const pairs = Object.keys(item).map((key, i) => add(`${i ? ', ' : ''}${key}=`) + walk(item[key]));
      return add('{') + pairs.join('') + add('}');
    }
    return add(toText(item, budget));
  };
  return walk(value);
}

/** `#if` truth, Velocity 2 style: null, false, 0, "" and empty lists/maps are false. */
export function truthy(value: Data | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'boolean') return value;
  if (isList(value)) return value.length > 0;
  if (isMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Java `equals`: same type and value; lists and maps by identity. */
export function javaEquals(a: Data | undefined, b: Data | undefined): boolean {
  return a === b || (a == null && b == null);
}

/** Velocity `==`: numbers by value, same-type values by `equals`, otherwise by their text. */
export function velocityEquals(a: Data | undefined, b: Data | undefined, budget: Budget): boolean {
  if (a == null || b == null) return a == null && b == null;
  if (typeof a === typeof b && typeof a !== 'object') return a === b;
  return toText(a, budget) === toText(b, budget);
}
