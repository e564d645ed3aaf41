// Completion for the Velocity layer of the template editor: variables after `$`, `${`, `$!`, `$!{`;
// members after `.` (an object's fields, a string's or list's methods, `$f.*` helpers); directive
// snippets after `#`. Pure: text and cursor in, items and the range they replace out.
import {
  isIdentifierPart,
  scanTemplate,
  skippedRegionAt,
  type Reference,
  type ScanResult,
} from './references';
import {
  LOOP_PROPERTIES,
  localsIn,
  resolveContext,
  resolveReference,
  shapeType,
  type LocalVariable,
  type ResolveContext,
  type Shape,
  type VariableNode,
} from './scope';
import { TOOLS, directiveInfo, methodsFor, type Callable } from '../../../../shared/velocity/vocabulary';
import { DIRECTIVE_COMPLETIONS, callSnippet } from './snippets';
import { callableDetail, callableDocumentation, variableDocumentation } from './docs';

export type CompletionKind = 'variable' | 'function' | 'directive' | 'method' | 'property';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  insertText: string;
  /** `insertText` uses Monaco snippet syntax (`${1:name}` placeholders, `$0`). */
  isSnippet: boolean;
  /** The type, or the signature of a function or method. */
  detail: string;
  /** Description, then `Example: …` (and the preview value when preview data was given). */
  documentation: string;
  /** Items sort by this, in the order they are returned. */
  sortText: string;
}

export interface CompletionInput {
  text: string;
  /** Cursor position (UTF-16 offset into `text`). */
  offset: number;
  templateName: string;
  /** The preview's render context, to show each variable's sample value. */
  previewContext?: Record<string, unknown>;
}

export interface CompletionResult {
  items: CompletionItem[];
  /** The partial word typed so far (`text.slice(replaceFrom, replaceTo)`), which an item replaces. */
  replaceFrom: number;
  replaceTo: number;
}

type Item = Omit<CompletionItem, 'sortText'>;

export function getCompletions(input: CompletionInput): CompletionResult {
  const { text, templateName, previewContext } = input;
  const offset = Math.max(0, Math.min(input.offset, text.length));
  const none: CompletionResult = { items: [], replaceFrom: offset, replaceTo: offset };

  const full = scanTemplate(text);
  if (skippedRegionAt(full, offset)) return none;
  const context = resolveContext(templateName, full);
  const block = blockAt(full, offset);

  const prefix = scanTemplate(text.slice(0, offset));
  const ref = referenceEndingAt(prefix, offset);
  if (ref) {
    const result = referenceCompletions(ref, { ...ref, block }, text, offset, context, previewContext);
    return result ?? none;
  }
  return directiveCompletions(text, offset) ?? none;
}

/** The innermost reference of the text before the cursor that runs right up to it. */
function referenceEndingAt(prefix: ScanResult, offset: number): Reference | undefined {
  for (let i = prefix.references.length - 1; i >= 0; i--) {
    const ref = prefix.references[i];
    if (ref.to === offset) return ref;
  }
  return undefined;
}

/** The innermost block of the full text whose body holds `offset` (-1 for none). */
function blockAt(scan: ScanResult, offset: number): number {
  let best = -1;
  scan.blocks.forEach((block, i) => {
    if (block.bodyFrom <= offset && offset <= block.bodyTo) {
      if (best === -1 || block.bodyFrom >= scan.blocks[best].bodyFrom) best = i;
    }
  });
  return best;
}

function referenceCompletions(
  typed: Reference,
  ref: Reference,
  text: string,
  offset: number,
  context: ResolveContext,
  previewContext: Record<string, unknown> | undefined,
): CompletionResult | undefined {
  if (typed.braced && typed.closed) return undefined; // right after `}`
  const needsClose = typed.braced && !closesAfter(text, offset);
  const done = (items: Item[], replaceFrom: number): CompletionResult => ({
    items: items.map((item, i) => ({ ...item, sortText: String(i).padStart(4, '0') })),
    replaceFrom,
    replaceTo: offset,
  });

  if (typed.danglingDot) {
    const resolution = resolveReference(context, ref);
    if (resolution.problem) return undefined;
    return done(memberItems(resolution.shape, needsClose, previewContext), offset);
  }
  if (typed.segments.length === 0) {
    if (typed.call) return undefined;
    if (
      typed.role === 'foreach-variable' ||
      typed.role === 'macro-parameter' ||
      typed.role === 'define-name'
    ) {
      return undefined; // naming something new
    }
    const locals = [...localsIn(context, ref.block).values()];
    if (typed.role === 'set-target') return done(localItems(locals, false), typed.nameFrom);
    return done(rootItems(context, locals, needsClose, previewContext), typed.nameFrom);
  }
  const last = typed.segments[typed.segments.length - 1];
  if (last.kind !== 'property' || last.to !== offset) return undefined;
  const resolution = resolveReference(context, ref, ref.segments.length - 1);
  if (resolution.problem) return undefined;
  return done(memberItems(resolution.shape, needsClose, previewContext), last.from);
}

/** Whether a `}` already follows the word at the cursor (so a braced completion needs none). */
function closesAfter(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && isIdentifierPart(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 125;
}

function localItems(locals: LocalVariable[], needsClose: boolean): Item[] {
  return locals.map((local) => ({
    label: local.name,
    kind: 'variable' as const,
    insertText: local.name + (needsClose ? '}' : ''),
    isSnippet: false,
    detail: LOCAL_KINDS[local.kind],
    documentation: `A ${LOCAL_KINDS[local.kind]} of this template.`,
  }));
}

const LOCAL_KINDS: Record<LocalVariable['kind'], string> = {
  set: 'variable set with #set',
  define: 'block stored with #define',
  foreach: 'loop variable',
  loop: 'loop status',
  'macro-parameter': 'macro parameter',
  'body-content': 'macro body',
};

/** After `$`, `${`, `$!`, `$!{`: locals, this template's variables, the common ones, objects, helpers. */
function rootItems(
  context: ResolveContext,
  locals: LocalVariable[],
  needsClose: boolean,
  previewContext: Record<string, unknown> | undefined,
): Item[] {
  const { vocabulary } = context;
  const items: Item[] = localItems(locals, needsClose);
  const seen = new Set(items.map((item) => item.label));
  const add = (item: Item) => {
    if (!seen.has(item.label)) {
      seen.add(item.label);
      items.push(item);
    }
  };
  for (const variable of vocabulary.variables) {
    add({
      label: variable.name,
      kind: 'variable',
      insertText: variable.name + (needsClose ? '}' : ''),
      isSnippet: false,
      detail: variable.type,
      documentation: variableDocumentation(variable, previewContext),
    });
  }
  const objects = [...vocabulary.roots.values()].filter((node) => !node.variable);
  const byOrigin = (origin: VariableNode['origin']) => objects.filter((node) => node.origin === origin);
  for (const node of [...byOrigin('template'), ...byOrigin('common')]) add(objectItem(node, 'variable'));
  for (const [name, tool] of Object.entries(TOOLS)) {
    add({
      label: name,
      kind: 'variable',
      insertText: name,
      isSnippet: false,
      detail: 'helper',
      documentation: `${tool.description}\n\nFunctions: ${tool.functions.map((fn) => fn.name).join(', ')}`,
    });
  }
  return items;
}

function objectItem(node: VariableNode, kind: CompletionKind): Item {
  const fields = [...node.children.keys()];
  return {
    label: kind === 'variable' ? node.path : node.segment,
    kind,
    insertText: kind === 'variable' ? node.path : node.segment,
    isSnippet: false,
    detail: 'object',
    documentation: `${ORIGIN[node.origin]} object with ${fields.join(', ')}.`,
  };
}

const ORIGIN: Record<VariableNode['origin'], string> = {
  template: "This template's",
  common: 'A common',
};

/** After `.`: an object's fields, a value's methods, a helper's functions. */
function memberItems(
  shape: Shape,
  needsClose: boolean,
  previewContext: Record<string, unknown> | undefined,
): Item[] {
  if (shape.kind === 'tool') {
    return TOOLS[shape.tool].functions.map((fn) => callItem(fn, 'function', `${shape.tool}.`));
  }
  if (shape.kind === 'loop') {
    return LOOP_PROPERTIES.map((property) => ({
      label: property.name,
      kind: 'property' as const,
      insertText: property.name + (needsClose ? '}' : ''),
      isSnippet: false,
      detail: property.type,
      documentation: property.description,
    }));
  }
  if (shape.kind === 'node' && !shape.node.variable) {
    return [...shape.node.children.values()].map((child) =>
      child.variable
        ? {
            label: child.segment,
            kind: 'property' as const,
            insertText: child.segment + (needsClose ? '}' : ''),
            isSnippet: false,
            detail: child.variable.type,
            documentation: variableDocumentation(child.variable, previewContext),
          }
        : objectItem(child, 'property'),
    );
  }
  return methodsFor(shapeType(shape)).map((method) => callItem(method, 'method'));
}

function callItem(callable: Callable, kind: 'function' | 'method', prefix = ''): Item {
  const insertText = callSnippet(callable);
  return {
    label: callable.name,
    kind,
    insertText,
    isSnippet: insertText.includes('${'),
    detail: callableDetail(callable, prefix),
    documentation: callableDocumentation(callable),
  };
}

/** After `#` and letters: the directives, as snippets; the range includes the `#`. */
function directiveCompletions(text: string, offset: number): CompletionResult | undefined {
  let start = offset;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  const hash = start - 1;
  if (hash < 0 || text.charCodeAt(hash) !== 35) return undefined;
  if (hash > 0 && text.charCodeAt(hash - 1) === 35) return undefined; // `##` comment
  let backslashes = 0;
  while (hash - backslashes - 1 >= 0 && text.charCodeAt(hash - backslashes - 1) === 92) backslashes++;
  if (backslashes % 2 === 1) return undefined; // `\#` prints a `#`
  const items = DIRECTIVE_COMPLETIONS.map((directive, i) => ({
    label: directive.label,
    kind: 'directive' as const,
    insertText: directive.insertText,
    isSnippet: directive.isSnippet,
    detail: directive.detail,
    documentation: directiveInfo(directive.directive)?.summary ?? '',
    sortText: String(i).padStart(4, '0'),
  }));
  return { items, replaceFrom: hash, replaceTo: offset };
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
