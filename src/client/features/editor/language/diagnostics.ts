// Live markers for the template editor. Errors are exactly the server's content rules
// (validateCustomizationContent, from the same shared code), placed where the problem is; warnings
// add what the server lets through but the email would show wrong (unknown variables, methods).
// A text without error markers is never refused by the server's content checks, and vice versa.
import { findTemplate, missingRequiredVariables } from '../../../../shared/templates/catalog';
import {
  describeMissing,
  validateCustomizationContent,
} from '../../../../shared/email/validate-customization';
import { MAX_BODY_BYTES, MAX_SUBJECT_LENGTH } from '../../../../shared/okta/email-template';
import { checkTemplateSyntax } from '../../../../shared/velocity/render';
import { LineIndex } from './positions';
import { scanTemplate, type Reference } from './references';
import {
  LOOP_PROPERTIES,
  closestName,
  resolveContext,
  resolveReference,
  shapeType,
  templatesWithVariable,
  variableCandidates,
  type ResolveContext,
  type Shape,
} from './scope';
import { TOOLS, methodsFor, type ValueType } from '../../../../shared/velocity/vocabulary';

export { offsetToLineColumn } from './positions';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: DiagnosticSeverity;
  message: string;
  /** UTF-16 offsets of the marked text. */
  from: number;
  to: number;
  /** 1-based position of `from`. */
  line: number;
  column: number;
  /**
   * `empty`, `subject-too-long`, `body-too-large`, `syntax`, `limit`, `missing-required`, `content` (any
   * other server rule), `unknown-variable`, `unknown-property`, `unknown-method`, `unknown-function`,
   * `set-target`.
   */
  code: string;
}

export interface DiagnosticsInput {
  text: string;
  templateName: string;
  field: 'subject' | 'body';
}

/** At most this many reference warnings (a pasted 64 KB of nonsense should not freeze the editor). */
const MAX_REFERENCE_WARNINGS = 500;
/** "Did you mean" is worked out for this many distinct unknown names. */
const MAX_SUGGESTIONS = 200;

export function getDiagnostics(input: DiagnosticsInput): Diagnostic[] {
  const { text, templateName, field } = input;
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const add = (severity: DiagnosticSeverity, code: string, message: string, from: number, to: number) => {
    const { line, column } = lines.position(from);
    diagnostics.push({ severity, code, message, from, to: Math.max(from, to), line, column });
  };
  const atStart = (severity: DiagnosticSeverity, code: string, message: string) =>
    add(severity, code, message, 0, tokenEnd(text, 0));

  // Size and emptiness, as the server measures them.
  if (text.trim() === '') {
    atStart('error', 'empty', `The ${field} cannot be empty.`);
  } else if (field === 'subject') {
    const length = [...text].length;
    if (length > MAX_SUBJECT_LENGTH) {
      add(
        'error',
        'subject-too-long',
        `The subject is ${length} characters long; the limit is ${MAX_SUBJECT_LENGTH}.`,
        codePointOffset(text, MAX_SUBJECT_LENGTH),
        text.length,
      );
    }
  } else {
    const size = new TextEncoder().encode(text).length;
    if (size >= MAX_BODY_BYTES) {
      add(
        'error',
        'body-too-large',
        `The body is ${(size / 1024).toFixed(1)} KB; it must be smaller than 64 KB.`,
        byteLimitOffset(text, MAX_BODY_BYTES - 1),
        text.length,
      );
    }
  }

  // Velocity syntax, at the parser's line and column.
  const syntax = text.trim() === '' ? undefined : checkTemplateSyntax(text);
  if (syntax) {
    const code = syntax.kind === 'syntax' ? 'syntax' : 'limit';
    if (syntax.line !== undefined) {
      // The parser's line and column (clamped to the text); at the very end, an empty range Monaco widens.
      const from = lines.offset(syntax.line, syntax.column ?? 1);
      add('error', code, syntax.message, from, tokenEnd(text, from));
    } else atStart('error', code, syntax.message);
  }

  // Required variables (the body only), naming the accepted alternatives.
  if (field === 'body' && text.trim() !== '') {
    const missing = missingRequiredVariables(templateName, text);
    if (missing.length > 0) atStart('error', 'missing-required', describeMissing(missing));
  }

  referenceWarnings(text, templateName, add);

  // Anything else the server would refuse that is not marked yet.
  const problem = validateCustomizationContent(templateName, { subject: text, body: text })[field];
  if (problem && !diagnostics.some((d) => d.severity === 'error')) atStart('error', 'content', problem);

  const rank = { error: 0, warning: 1, info: 2 };
  return diagnostics.sort((a, b) => a.from - b.from || rank[a.severity] - rank[b.severity]);
}

type Add = (severity: DiagnosticSeverity, code: string, message: string, from: number, to: number) => void;

function referenceWarnings(text: string, templateName: string, add: Add): void {
  const scan = scanTemplate(text);
  const context = resolveContext(templateName, scan);
  const suggestions = new Map<string, string | undefined>();
  const suggest = (name: string, candidates: () => Iterable<string>) => {
    if (!suggestions.has(name)) {
      suggestions.set(name, suggestions.size < MAX_SUGGESTIONS ? closestName(name, candidates()) : undefined);
    }
    return suggestions.get(name);
  };
  let count = 0;
  for (const ref of scan.references) {
    if (count >= MAX_REFERENCE_WARNINGS) break;
    if (!ref.name) continue;
    if (ref.role === 'foreach-variable' || ref.role === 'macro-parameter' || ref.role === 'define-name')
      continue;
    if (ref.role === 'set-target') {
      if (ref.segments.length > 0 || ref.call) {
        count++;
        add(
          'warning',
          'set-target',
          `#set can only assign a plain variable such as $${ref.name}, not ${text.slice(ref.from, ref.to)}; the preview and the email will fail.`,
          ref.from,
          ref.to,
        );
      }
      continue;
    }
    const warning = referenceWarning(context, ref, suggest);
    if (warning) {
      count++;
      add('warning', warning.code, warning.message, warning.from, warning.to);
    }
  }
}

interface Warning {
  code: string;
  message: string;
  from: number;
  to: number;
}

function referenceWarning(
  context: ResolveContext,
  ref: Reference,
  suggest: (name: string, candidates: () => Iterable<string>) => string | undefined,
): Warning | undefined {
  const problem = resolveReference(context, ref).problem;
  if (!problem) return undefined;
  const prints = ref.quiet ? 'prints nothing' : 'prints as written';
  const index = problem.segment;
  const segment = index >= 0 ? ref.segments[index] : undefined;

  if (problem.kind === 'unknown-variable' || !segment) {
    if (problem.kind === 'unknown-function') {
      // A bare `$name(…)` call that is no helper.
      let message = `$${ref.name}(…) is not a helper function, so the reference ${prints}.`;
      const suggestion = suggest(`()${ref.name}`, () => TOOLS.f.functions.map((fn) => `()${fn.name}`));
      if (suggestion) message += ` Did you mean $f.${suggestion.slice(2)}(…)?`;
      return { code: 'unknown-function', message, from: ref.from, to: ref.nameTo };
    }
    const path = pathTo(ref, index);
    const shown = `\${${path}}`;
    const template =
      findTemplate(context.vocabulary.templateName)?.displayName ?? context.vocabulary.templateName;
    const elsewhere = templatesWithVariable(path);
    let message =
      elsewhere.length > 0
        ? `Unknown variable ${shown}: it belongs to ${listNames(elsewhere)}, not to the ${template} template, so it ${prints}.`
        : `Unknown variable ${shown}: the ${template} template has no such variable, so it ${prints}.`;
    const suggestion = suggest(path, () => variableCandidates(context, ref.block));
    if (suggestion) message += ` Did you mean \${${suggestion}}?`;
    const pathEnd = segment ? segment.to : ref.nameTo;
    const isLast = index === ref.segments.length - 1;
    return {
      code: 'unknown-variable',
      message,
      from: ref.from,
      to: isLast && ref.braced && ref.closed ? ref.to : pathEnd,
    };
  }

  const before = resolveReference(context, ref, index).shape;
  const marked = { from: segment.from - 1, to: segment.to };
  if (problem.kind === 'unknown-function') {
    const tool = before.kind === 'tool' ? before.tool : 'f';
    let message = `$${tool}.${segment.name} is not a helper function, so the reference ${prints}.`;
    const suggestion = suggest(`${tool}.${segment.name}`, () =>
      TOOLS[tool].functions.map((fn) => `${tool}.${fn.name}`),
    );
    if (suggestion) message += ` Did you mean $${suggestion}(…)?`;
    return { code: 'unknown-function', message, ...marked };
  }

  // A property or method the value does not have.
  const type = shapeType(before);
  const isMethod = segment.kind === 'method';
  const written = isMethod ? `.${segment.name}()` : `.${segment.name}`;
  let message = `${describeType(type, before)} has no ${isMethod ? 'method' : 'property'} ${written}, so the reference ${prints}.`;
  const names =
    before.kind === 'loop' ? LOOP_PROPERTIES.map((p) => p.name) : methodsFor(type).map((m) => m.name);
  const key = `${type}:${before.kind}:`;
  const suggestion = suggest(key + segment.name, () => names.map((name) => key + name));
  if (suggestion) {
    const name = suggestion.slice(key.length);
    message += ` Did you mean .${name}${before.kind === 'loop' ? '' : '()'}?`;
  }
  return { code: problem.kind, message, ...marked };
}

function pathTo(ref: Reference, index: number): string {
  let path = ref.name;
  for (let i = 0; i <= index; i++) path += `.${ref.segments[i].name}`;
  return path;
}

function describeType(type: ValueType, shape: Shape): string {
  if (shape.kind === 'loop') return '$foreach';
  switch (type) {
    case 'list':
      return 'A list';
    case 'map':
      return 'An object';
    case 'number':
      return 'A number';
    case 'boolean':
      return 'A true/false value';
    case 'url':
      return 'A URL (text)';
    case 'date':
      return 'A date (text)';
    default:
      return 'A string';
  }
}

function listNames(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/** The end of the word at `from` (at least one character, at most 40), for a visible marker. */
function tokenEnd(text: string, from: number): number {
  if (from >= text.length) return from;
  let i = from + 1;
  while (i < text.length && i - from < 40 && !/\s/.test(text[i])) i++;
  return i;
}

/** UTF-16 offset of code point number `count` (0-based). */
function codePointOffset(text: string, count: number): number {
  let offset = 0;
  for (let i = 0; i < count && offset < text.length; i++) {
    offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  }
  return offset;
}

/** UTF-16 offset of the first character whose UTF-8 bytes go past `maxBytes`. */
function byteLimitOffset(text: string, maxBytes: number): number {
  let bytes = 0;
  let offset = 0;
  while (offset < text.length) {
    const code = text.codePointAt(offset)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > maxBytes) return offset;
    offset += code > 0xffff ? 2 : 1;
  }
  return text.length;
}
