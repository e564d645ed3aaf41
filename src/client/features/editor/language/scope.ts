// What a name means in a template: the shared catalog's variables as a tree (`user` → `profile` →
// `firstName`), the helpers, and the template's own `#set`, `#foreach` and `#macro` names; and what
// a reference such as `$user.profile.firstName.trim()` resolves to, step by step.
import {
  COMMON_VARIABLES,
  EMAIL_TEMPLATES,
  TEMPLATE_VARIABLES,
  findTemplate,
  type TemplateVariable,
} from '../../../../shared/templates/catalog';
import { enclosingBlocks, type Reference, type ScanResult } from './references';
import {
  LIST_METHODS,
  LOOP_PROPERTIES,
  MAP_METHODS,
  TOOLS,
  isToolName,
  methodsFor,
  type Callable,
  type ToolName,
  type ValueType,
} from '../../../../shared/velocity/vocabulary';

export interface VariableNode {
  /** Last part of the path (`firstName`). */
  segment: string;
  /** Dotted path (`user.profile.firstName`). */
  path: string;
  /** The catalog entry, on leaves. */
  variable?: TemplateVariable;
  /** This template's own variable, or one every template has. */
  origin: 'template' | 'common';
  /** Children in catalog order (objects only). */
  children: Map<string, VariableNode>;
}

export interface TemplateVocabulary {
  templateName: string;
  /** Template-specific variables first, then the common ones (the catalog's order). */
  variables: readonly TemplateVariable[];
  templateVariableNames: ReadonlySet<string>;
  roots: ReadonlyMap<string, VariableNode>;
  /** Every leaf and object path. */
  nodes: ReadonlyMap<string, VariableNode>;
}

const vocabularies = new Map<string, TemplateVocabulary>();

/** The variables a template offers, as a tree. An unknown template name gets the common variables only. */
export function templateVocabulary(templateName: string): TemplateVocabulary {
  const cached = vocabularies.get(templateName);
  if (cached) return cached;
  const template = findTemplate(templateName);
  const own = template ? template.variables.map((name) => TEMPLATE_VARIABLES[name]) : [];
  const variables = [...own, ...COMMON_VARIABLES];
  const templateVariableNames = new Set(own.map((variable) => variable.name));
  const roots = new Map<string, VariableNode>();
  const nodes = new Map<string, VariableNode>();
  for (const variable of variables) {
    const origin = templateVariableNames.has(variable.name) ? 'template' : 'common';
    const parts = variable.name.split('.');
    let level = roots;
    let path = '';
    parts.forEach((segment, i) => {
      path = path ? `${path}.${segment}` : segment;
      let node = level.get(segment);
      if (!node) {
        node = { segment, path, origin, children: new Map() };
        level.set(segment, node);
        nodes.set(path, node);
      }
      if (i === parts.length - 1) node.variable = variable;
      level = node.children;
    });
  }
  const vocabulary = { templateName, variables, templateVariableNames, roots, nodes };
  if (template) vocabularies.set(templateName, vocabulary);
  return vocabulary;
}

/** Display names of the templates that have `path` as one of their own variables. */
export function templatesWithVariable(path: string): string[] {
  return EMAIL_TEMPLATES.filter((template) => template.variables.includes(path)).map(
    (template) => template.displayName,
  );
}

// ---------------------------------------------------------------------------------------------------------
// What a value is

export type Shape =
  /** A catalog variable (`variable` set) or object (`children`). */
  | { kind: 'node'; node: VariableNode }
  /** A value of a known type, such as a method's result; `element` for a list's items. */
  | { kind: 'value'; type: ValueType; element?: Shape }
  | { kind: 'tool'; tool: ToolName }
  /** `$foreach` inside a loop. */
  | { kind: 'loop' }
  /** Anything: a local whose value the editor cannot tell. */
  | { kind: 'unknown' };

const UNKNOWN: Shape = { kind: 'unknown' };
const TEXT: Shape = { kind: 'value', type: 'string' };

/** `$foreach`'s fields, as the renderer sets them (re-exported for completion, hover and markers). */
export { LOOP_PROPERTIES };

/** The type a shape has at render time (`map` for objects, `any` when unknown). */
export function shapeType(shape: Shape): ValueType {
  switch (shape.kind) {
    case 'node':
      return shape.node.variable ? shape.node.variable.type : 'map';
    case 'value':
      return shape.type;
    case 'loop':
      return 'map';
    default:
      return 'any';
  }
}

function valueShape(type: ValueType): Shape {
  if (type === 'any') return UNKNOWN;
  // Lists in templates are lists of text (group names, `split` results).
  return type === 'list' ? { kind: 'value', type, element: TEXT } : { kind: 'value', type };
}

function elementOf(shape: Shape): Shape {
  if (shape.kind === 'value' && shape.element) return shape.element;
  if (shape.kind === 'node' && shape.node.variable?.type === 'list') return TEXT;
  return UNKNOWN;
}

// ---------------------------------------------------------------------------------------------------------
// Locals

export interface LocalVariable {
  name: string;
  kind: 'set' | 'define' | 'foreach' | 'loop' | 'macro-parameter' | 'body-content';
  /** Where it is declared (the directive's `#`). */
  from: number;
  /** `#set` and `#foreach` with a reference: what it holds, resolved lazily. */
  source?: Reference;
  /** `#set` with a literal. */
  literal?: ValueType;
}

export interface ResolveContext {
  vocabulary: TemplateVocabulary;
  scan: ScanResult;
  /** Globals declared anywhere by `#set` / `#define` (Velocity has no block scope for them). */
  globals: ReadonlyMap<string, LocalVariable>;
}

export function resolveContext(templateName: string, scan: ScanResult): ResolveContext {
  const globals = new Map<string, LocalVariable>();
  for (const assignment of scan.assignments) {
    if (!assignment.name || assignment.target.segments.length > 0 || globals.has(assignment.name)) continue;
    const value = assignment.value;
    globals.set(assignment.name, {
      name: assignment.name,
      kind: 'set',
      from: assignment.from,
      source: value.kind === 'reference' ? value.reference : undefined,
      literal:
        value.kind === 'reference' || value.kind === 'unknown'
          ? undefined
          : value.kind === 'boolean'
            ? 'boolean'
            : value.kind,
    });
  }
  for (const define of scan.defines) {
    if (define.name && !globals.has(define.name)) {
      globals.set(define.name, { name: define.name, kind: 'define', from: define.from, literal: 'string' });
    }
  }
  return { vocabulary: templateVocabulary(templateName), scan, globals };
}

/** The names `#foreach` and `#macro` make visible inside block `block` (innermost wins). */
export function blockLocals(context: ResolveContext, block: number): Map<string, LocalVariable> {
  const locals = new Map<string, LocalVariable>();
  for (const b of enclosingBlocks(context.scan, block)) {
    const from = context.scan.directives[b.directive].from;
    const add = (local: LocalVariable) => {
      if (local.name && !locals.has(local.name)) locals.set(local.name, local);
    };
    if (b.kind === 'foreach') {
      for (const name of b.variables) add({ name, kind: 'foreach', from, source: b.items });
      add({ name: 'foreach', kind: 'loop', from });
      add({ name: 'velocityCount', kind: 'loop', from, literal: 'number' });
    } else if (b.kind === 'macro') {
      for (const name of b.variables) add({ name, kind: 'macro-parameter', from });
      add({ name: 'bodyContent', kind: 'body-content', from, literal: 'string' });
    }
  }
  return locals;
}

/** The visible locals at a reference or position inside `block`: block names shadow `#set` ones. */
export function localsIn(context: ResolveContext, block: number): Map<string, LocalVariable> {
  const locals = blockLocals(context, block);
  for (const [name, local] of context.globals) if (!locals.has(name)) locals.set(name, local);
  return locals;
}

/** The local `name` means inside `block`, if any (without building the whole list). */
export function findLocal(context: ResolveContext, block: number, name: string): LocalVariable | undefined {
  const blocks = enclosingBlocks(context.scan, block);
  const declaresIt = blocks.some(
    (b) =>
      (b.kind === 'foreach' &&
        (b.variables.includes(name) || name === 'foreach' || name === 'velocityCount')) ||
      (b.kind === 'macro' && (b.variables.includes(name) || name === 'bodyContent')),
  );
  return declaresIt ? blockLocals(context, block).get(name) : context.globals.get(name);
}

const MAX_INDIRECTION = 8;

function localShape(context: ResolveContext, local: LocalVariable, hops: number): Shape {
  if (local.kind === 'loop' && local.name === 'foreach') return { kind: 'loop' };
  if (local.literal) return valueShape(local.literal);
  if (!local.source || hops >= MAX_INDIRECTION) return UNKNOWN;
  const source = resolveReference(context, local.source, local.source.segments.length, hops + 1);
  if (source.problem) return UNKNOWN;
  return local.kind === 'foreach' ? elementOf(source.shape) : source.shape;
}

// ---------------------------------------------------------------------------------------------------------
// Resolution

export type ProblemKind = 'unknown-variable' | 'unknown-property' | 'unknown-method' | 'unknown-function';

export interface Resolution {
  shape: Shape;
  /** Where it stopped making sense: `segment` -1 is the root. */
  problem?: { kind: ProblemKind; segment: number };
  /** Set when the root is a local rather than a catalog variable or helper. */
  local?: LocalVariable;
}

function findCallable(list: readonly Callable[], name: string): Callable | undefined {
  return list.find((callable) => callable.name === name);
}

/** `$s.empty` means `$s.isEmpty()`; `$s.bytes` would mean `getBytes()`. */
function beanGetter(methods: readonly Callable[], property: string): Callable | undefined {
  if (property === '') return undefined;
  const bean = property[0].toUpperCase() + property.slice(1);
  return methods.find(
    (method) => (method.name === `get${bean}` || method.name === `is${bean}`) && method.params.length === 0,
  );
}

function callResult(callable: Callable, target: Shape): Shape {
  // `$list.get(0)` is an item of the list; `$map.get("k")` could be anything.
  if (callable.returns === 'any')
    return (LIST_METHODS as readonly Callable[]).includes(callable) ? elementOf(target) : UNKNOWN;
  return valueShape(callable.returns);
}

/** Resolves the root of `ref` and its first `count` segments. */
export function resolveReference(
  context: ResolveContext,
  ref: Reference,
  count = ref.segments.length,
  hops = 0,
): Resolution {
  let shape: Shape;
  let local: LocalVariable | undefined;
  if (ref.call) {
    const fn = findCallable(TOOLS.f.functions, ref.name);
    if (!fn) return { shape: UNKNOWN, problem: { kind: 'unknown-function', segment: -1 } };
    shape = valueShape(fn.returns);
  } else {
    local = findLocal(context, ref.block, ref.name);
    if (local) shape = localShape(context, local, hops);
    else if (isToolName(ref.name)) shape = { kind: 'tool', tool: ref.name };
    else {
      const node = context.vocabulary.roots.get(ref.name);
      if (!node) return { shape: UNKNOWN, problem: { kind: 'unknown-variable', segment: -1 } };
      shape = { kind: 'node', node };
    }
  }
  for (let i = 0; i < count && i < ref.segments.length; i++) {
    const step = stepInto(shape, ref.segments[i]);
    if ('problem' in step) return { shape: UNKNOWN, problem: { kind: step.problem, segment: i }, local };
    shape = step.shape;
  }
  return { shape, local };
}

/** One `.name`, `.name(…)` or `[…]` further. */
export function stepInto(
  shape: Shape,
  segment: { kind: 'property' | 'method' | 'index'; name: string },
): { shape: Shape } | { problem: ProblemKind } {
  if (shape.kind === 'unknown') return { shape };
  if (shape.kind === 'tool') {
    const fn = findCallable(TOOLS[shape.tool].functions, segment.name);
    return segment.kind === 'method' && fn
      ? { shape: valueShape(fn.returns) }
      : { problem: 'unknown-function' };
  }
  if (shape.kind === 'loop') {
    if (segment.kind === 'property') {
      const property = LOOP_PROPERTIES.find((p) => p.name === segment.name);
      return property ? { shape: valueShape(property.type) } : { problem: 'unknown-property' };
    }
    if (segment.kind === 'method') {
      const method = findCallable(MAP_METHODS, segment.name);
      return method ? { shape: valueShape(method.returns) } : { problem: 'unknown-method' };
    }
    return { shape: UNKNOWN };
  }
  if (shape.kind === 'node' && !shape.node.variable) {
    if (segment.kind === 'property') {
      const child = shape.node.children.get(segment.name);
      return child ? { shape: { kind: 'node', node: child } } : { problem: 'unknown-variable' };
    }
    if (segment.kind === 'method') {
      const method = findCallable(MAP_METHODS, segment.name);
      return method ? { shape: valueShape(method.returns) } : { problem: 'unknown-method' };
    }
    return { shape: UNKNOWN };
  }
  const type = shapeType(shape);
  if (type === 'any') return { shape: UNKNOWN };
  const methods = methodsFor(type);
  if (segment.kind === 'index') return { shape: type === 'list' ? elementOf(shape) : UNKNOWN };
  if (segment.kind === 'property') {
    const getter = beanGetter(methods, segment.name);
    return getter ? { shape: callResult(getter, shape) } : { problem: 'unknown-property' };
  }
  const method = findCallable(methods, segment.name);
  return method ? { shape: callResult(method, shape) } : { problem: 'unknown-method' };
}

// ---------------------------------------------------------------------------------------------------------
// "Did you mean"

/**
 * Edit distance counting an insertion, deletion, substitution or swap of neighbours as one edit
 * (optimal string alignment), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** How many edits still look like a typo of a name this long (short names: only a change of case). */
function typoLimit(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return length <= 12 ? 2 : 3;
}

/** The closest candidate to `name` (ignoring case first), when it is close enough to be a typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = typoLimit(name.length);
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const folded = editDistance(lower, candidate.toLowerCase(), limit);
    if (folded > limit) continue;
    // Same letters in another case beat a real typo; exact-case distance breaks ties.
    const score = folded * 100 + editDistance(name, candidate, limit + 50);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** Names `closestName` may suggest for a variable path: the catalog's paths, locals and helpers. */
export function variableCandidates(context: ResolveContext, block: number): string[] {
  return [...context.vocabulary.nodes.keys(), ...localsIn(context, block).keys(), 'f', 'StringTool'];
}
