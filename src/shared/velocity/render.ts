// Public entry points of the Velocity renderer, shared by the server (previews, test emails) and
// the console (live previews). Templates are untrusted: see interpreter.ts for what they can reach.
import { type Data, isMap, makeMap, own, toData } from './data';
import { TemplateError, limitError } from './errors';
import { createHelpers } from './calls';
import { Interpreter, type RenderLimits } from './interpreter';
import { parseTemplate } from './parse';

export { TemplateError, type TemplateErrorKind } from './errors';
export { MAX_TEMPLATE_CHARS } from './parse';
export type { RenderLimits } from './interpreter';

export const DEFAULT_LIMITS: Readonly<RenderLimits> = Object.freeze({
  maxOutputChars: 1_000_000,
  maxIterations: 10_000,
  maxRangeSize: 1_000,
  maxDepth: 32,
  maxCalls: 10_000,
  timeoutMs: 1_000,
});

export interface RenderOptions extends Partial<RenderLimits> {
  /** "Now" for the `formatTimeDiffDateNow…` helpers, in epoch ms; pass the same value to get the same bytes twice. */
  now?: number;
}

/** Parses only; `undefined` when `text` is valid VTL. */
export function checkTemplateSyntax(text: string): TemplateError | undefined {
  try {
    parseTemplate(text);
    return undefined;
  } catch (error) {
    return asTemplateError(error);
  }
}

/** Renders `text` with `context` (copied as plain data). Throws TemplateError. */
export function renderTemplate(
  text: string,
  context: Record<string, unknown>,
  options: RenderOptions = {},
): string {
  const { now, ...overrides } = options;
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof RenderLimits, number | undefined][]) {
    if (value !== undefined && key in DEFAULT_LIMITS) limits[key] = value;
  }
  try {
    const template = parseTemplate(text);
    const data = toData(context);
    const globals = isMap(data) ? data : makeMap([]);
    const locale = dig(globals, ['user', 'profile', 'locale']);
    const helpers = createHelpers({
      locale: typeof locale === 'string' ? locale : undefined,
      now: now ?? Date.now(),
    });
    return new Interpreter(template, globals, helpers, limits).render();
  } catch (error) {
    throw asTemplateError(error);
  }
}

function dig(value: Data | undefined, keys: string[]): Data | undefined {
  for (const key of keys) value = isMap(value) ? own(value, key) : undefined;
  return value;
}

function asTemplateError(error: unknown): TemplateError {
  if (error instanceof TemplateError) return error;
  // The JS stack ran out: a deep template that slipped past the nesting limits.
  if (error instanceof RangeError) return limitError('Template is nested too deeply to render');
  throw error;
}
