// Dispatch of `$f.name(…)`, `$value.name(…)` and `$value.name` to the vocabulary's tables (vocabulary.ts): the
// only functions a template can reach.
import { type Budget, type Data, type DataList, type DataMap, Tool, isList, isMap, own } from './data';
import { type HelperEnv, intlLocale } from './functions';
import type { MethodFn } from './methods';
import {
  type HelperFunction,
  LIST_METHODS,
  MAP_METHODS,
  type Method,
  STRING_METHODS,
  TOOLS,
} from './vocabulary';

const byName = <T>(methods: readonly Method<T>[]): ReadonlyMap<string, MethodFn<T>> =>
  new Map(methods.map((method) => [method.name, method.run]));

const STRING = byName(STRING_METHODS);
const LIST = byName(LIST_METHODS);
const MAP = byName(MAP_METHODS);

/** `$f` and `$StringTool` for one render: `locale` is `user.profile.locale` (`en_US` or `en-US`). */
export function createHelpers({ locale, now }: { locale?: string; now: number }): ReadonlyMap<string, Tool> {
  const env: HelperEnv = { userLocale: intlLocale(locale), now };
  const tool = (name: string, functions: readonly HelperFunction[]) =>
    new Tool(
      name,
      new Map(functions.map((fn) => [fn.name, (args: Data[], budget: Budget) => fn.run(args, budget, env)])),
    );
  return new Map(Object.entries(TOOLS).map(([name, { functions }]) => [name, tool(name, functions)]));
}

/** `$target.name(args)`; `undefined` when there is no such method in the vocabulary. */
export function callMethod(target: Data, name: string, args: Data[], budget: Budget): Data | undefined {
  if (typeof target === 'string') return STRING.get(name)?.(target, args, budget);
  if (isList(target)) return LIST.get(name)?.(target as DataList, args, budget);
  if (isMap(target)) return MAP.get(name)?.(target as DataMap, args, budget);
  if (target instanceof Tool) return target.fns.get(name)?.(args, budget);
  return undefined;
}

/** `$target.name`: a map's own key, else a JavaBean getter (`$s.empty` → `isEmpty()`) from the vocabulary. */
export function getProperty(target: Data, name: string, budget: Budget): Data | undefined {
  if (isMap(target)) return own(target, name);
  if (name === '' || target instanceof Tool) return undefined;
  const bean = name[0].toUpperCase() + name.slice(1);
  return callMethod(target, `get${bean}`, [], budget) ?? callMethod(target, `is${bean}`, [], budget);
}
