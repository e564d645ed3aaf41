// Text shared by completion documentation and hovers: examples, preview values, signatures.
import type { TemplateVariable } from '../../../../shared/templates/catalog';
import { signature, type Callable } from '../../../../shared/velocity/vocabulary';

const MAX_VALUE_CHARS = 200;

/** A catalog example as it would print (`Ada`, `168`, `[Everyone, Engineering]`). */
export function formatExample(example: TemplateVariable['example']): string {
  return Array.isArray(example) ? `[${example.join(', ')}]` : String(example);
}

/** The value at a dotted path of the preview data, reading own properties only. */
export function lookupPreviewValue(
  context: Record<string, unknown>,
  path: string,
): { found: true; value: unknown } | { found: false } {
  let value: unknown = context;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) {
      return { found: false };
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value === undefined || value === null ? { found: false } : { found: true, value };
}

/** A preview value as one short line of text. */
export function formatValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value)) text = `[${value.map((item) => formatValue(item)).join(', ')}]`;
  else if (typeof value === 'object' && value !== null) {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = '[object]';
    }
  } else text = String(value);
  text = text.replace(/\s+/g, ' ');
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

/** Markdown inline code that survives backticks in `text` (a fence longer than any run inside it). */
export function codeSpan(text: string): string {
  if (text === '') return '` `';
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** "Preview: Ada" / "Preview: not set in the preview data" (plain text), or undefined without preview data. */
export function previewLine(
  previewContext: Record<string, unknown> | undefined,
  path: string,
): string | undefined {
  if (!previewContext) return undefined;
  const found = lookupPreviewValue(previewContext, path);
  return found.found ? `Preview: ${formatValue(found.value)}` : 'Preview: not set in the preview data';
}

/** Plain-text documentation of a catalog variable, for the completion list. */
export function variableDocumentation(
  variable: TemplateVariable,
  previewContext?: Record<string, unknown>,
): string {
  const parts = [variable.description, `Example: ${formatExample(variable.example)}`];
  const preview = previewLine(previewContext, variable.name);
  if (preview) parts.push(preview);
  return parts.join('\n\n');
}

/** Plain-text documentation of a function or method. */
export function callableDocumentation(callable: Callable): string {
  return `${callable.description}\n\nExample: ${callable.example.call} → ${callable.example.result}`;
}

export function callableDetail(callable: Callable, prefix = ''): string {
  return signature(callable, prefix);
}
