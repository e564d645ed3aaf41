// The workings of the Java-like String methods that need more than a line; vocabulary.ts names, documents and
// wires every method a template may call.
import type { Budget, Data } from './data';

export type MethodFn<T> = (self: T, args: Data[], budget: Budget) => Data | undefined;

export const isString = (value: Data | undefined): value is string => typeof value === 'string';
export const isInt = (value: Data | undefined): value is number =>
  typeof value === 'number' && Number.isInteger(value);
export const noArgs =
  <T>(fn: (self: T) => Data): MethodFn<T> =>
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
export function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return text.slice(start, end);
}
