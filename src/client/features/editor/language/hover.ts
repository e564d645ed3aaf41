// Hover for the Velocity layer: what a variable, helper function, method or directive under the
// cursor is, with the catalog's description and example and the value the preview uses.
import { findTemplate } from '../../../../shared/templates/catalog';
import { codeSpan, formatExample, formatValue, lookupPreviewValue } from './docs';
import { directiveAt, referenceAt, scanTemplate, skippedRegionAt, type Reference } from './references';
import {
  LOOP_PROPERTIES,
  closestName,
  resolveContext,
  resolveReference,
  templatesWithVariable,
  variableCandidates,
  type LocalVariable,
  type ResolveContext,
} from './scope';
import {
  TOOLS,
  directiveInfo,
  methodsFor,
  signature,
  type Callable,
} from '../../../../shared/velocity/vocabulary';
import { offsetToLineColumn } from './positions';

export interface HoverInput {
  text: string;
  /** Position of the character under the mouse (UTF-16 offset). */
  offset: number;
  templateName: string;
  /** The preview's render context; hovers show the value at the variable's path. */
  previewContext?: Record<string, unknown>;
}

export interface HoverResult {
  /** The text the hover is about (for Monaco's highlight range). */
  from: number;
  to: number;
  markdown: string;
}

export function getHover(input: HoverInput): HoverResult | undefined {
  const { text, offset, templateName, previewContext } = input;
  if (offset < 0 || offset >= text.length) return undefined;
  const scan = scanTemplate(text);
  if (skippedRegionAt(scan, offset)) return undefined;

  const ref = referenceAt(scan, offset);
  if (ref && ref.name) {
    const declared = DECLARATIONS[ref.role];
    if (declared && ref.segments.length === 0) {
      const local: LocalVariable = { name: ref.name, kind: declared, from: ref.from };
      return { from: ref.from, to: ref.to, markdown: localMarkdown(local, text) };
    }
    const context = resolveContext(templateName, scan);
    return referenceHover(context, ref, segmentAt(ref, offset), text, previewContext);
  }
  const use = directiveAt(scan, offset);
  if (use) {
    const info = use.kind === 'directive' ? directiveInfo(use.name) : undefined;
    const markdown = info
      ? `**#${use.name}** — ${info.summary}`
      : `**#${use.name}(…)** — calls the macro \`${use.name}\` defined with \`#macro\` (written as-is when there is none).`;
    return { from: use.from, to: use.nameTo, markdown };
  }
  return undefined;
}

/** -1 for the root (and the `$`, `!`, `{`), else the index of the segment under `offset`. */
function segmentAt(ref: Reference, offset: number): number {
  let index = -1;
  ref.segments.forEach((segment, i) => {
    // A segment starts at its `.` (or `[`) and ends after its name (arguments belong to nested references).
    const start = segment.kind === 'index' ? segment.from : segment.from - 1;
    if (offset >= start && offset < segment.end) index = i;
  });
  if (index === -1 && offset >= ref.nameTo && ref.segments.length > 0 && offset >= ref.segments[0].from - 1) {
    index = ref.segments.length - 1; // the closing brace
  }
  return index;
}

function referenceHover(
  context: ResolveContext,
  ref: Reference,
  segment: number,
  text: string,
  previewContext: Record<string, unknown> | undefined,
): HoverResult | undefined {
  const from = ref.from;
  const to =
    segment === -1
      ? ref.segments.length === 0 || ref.call
        ? ref.to
        : ref.nameTo
      : segment === ref.segments.length - 1
        ? ref.to
        : ref.segments[segment].end;
  const resolution = resolveReference(context, ref, segment + 1);
  const step = segment === -1 ? undefined : ref.segments[segment];
  const path = dotted(ref, segment);
  const result = (markdown: string) => ({ from, to, markdown });

  if (resolution.problem) {
    // Only describe the first thing that does not resolve.
    if (resolution.problem.segment !== segment) return undefined;
    if (resolution.problem.kind === 'unknown-variable') {
      const lines = [`**${codeSpan(`$\{${path}}`)}** — not a variable of this template.`];
      const elsewhere = templatesWithVariable(path);
      if (elsewhere.length > 0)
        lines.push(`Available in: ${elsewhere.slice(0, 5).join(', ')}${elsewhere.length > 5 ? ', …' : ''}.`);
      const suggestion = closestName(path, variableCandidates(context, ref.block));
      if (suggestion) lines.push(`Did you mean ${codeSpan(`$\{${suggestion}}`)}?`);
      return result(lines.join('\n\n'));
    }
    return result(
      `**${codeSpan(step?.name ?? ref.name)}** — not available here; the reference prints as written.`,
    );
  }

  // A helper function: `$f.name(…)`, `$StringTool.name(…)` or a bare `$name(…)`.
  if (ref.call && segment === -1) {
    const fn = TOOLS.f.functions.find((callable) => callable.name === ref.name);
    return fn ? result(callableMarkdown(fn, '$')) : undefined;
  }
  if (segment === -1 && (ref.name === 'f' || ref.name === 'StringTool') && !resolution.local) {
    const tool = TOOLS[ref.name];
    return result(
      `**${codeSpan(`$${ref.name}`)}** · helper\n\n${tool.description}\n\nFunctions: ${tool.functions
        .map((fn) => fn.name)
        .join(', ')}`,
    );
  }
  if (step && (step.kind === 'method' || step.kind === 'property')) {
    const before = resolveReference(context, ref, segment);
    if (before.shape.kind === 'tool') {
      const fn = TOOLS[before.shape.tool].functions.find((callable) => callable.name === step.name);
      return fn ? result(callableMarkdown(fn, `$${before.shape.tool}.`)) : undefined;
    }
    if (before.shape.kind === 'loop') {
      const property = LOOP_PROPERTIES.find((p) => p.name === step.name);
      return property
        ? result(`**${codeSpan(`$foreach.${property.name}`)}** · ${property.type}\n\n${property.description}`)
        : undefined;
    }
    if (step.kind === 'method' || before.shape.kind !== 'node' || before.shape.node.variable) {
      const methods = methodsFor(
        before.shape.kind === 'node'
          ? (before.shape.node.variable?.type ?? 'map')
          : before.shape.kind === 'value'
            ? before.shape.type
            : 'any',
      );
      const method =
        methods.find((m) => m.name === step.name) ??
        methods.find((m) => m.params.length === 0 && m.name.toLowerCase() === `is${step.name}`.toLowerCase());
      return method ? result(callableMarkdown(method, '.')) : undefined;
    }
  }

  const shape = resolution.shape;
  if (shape.kind === 'node') {
    const node = shape.node;
    const lines: string[] = [];
    if (node.variable) {
      lines.push(`**${codeSpan(`$\{${node.path}}`)}** · ${node.variable.type}`);
      lines.push(node.variable.description);
      lines.push(`Example: ${codeSpan(formatExample(node.variable.example))}`);
    } else {
      lines.push(`**${codeSpan(`$${node.path}`)}** · object`);
      lines.push(`Fields: ${[...node.children.keys()].join(', ')}`);
    }
    lines.push(
      node.origin === 'template'
        ? `Specific to the ${templateDisplayName(context)} template.`
        : 'Available in every template.',
    );
    const preview = node.variable ? previewMarkdown(previewContext, node.path) : undefined;
    if (preview) lines.push(preview);
    return result(lines.join('\n\n'));
  }
  if (resolution.local && segment === -1) return result(localMarkdown(resolution.local, text));
  return undefined;
}

function templateDisplayName(context: ResolveContext): string {
  const name = context.vocabulary.templateName;
  return findTemplate(name)?.displayName ?? name;
}

/** `user.profile.firstName` for the root and the properties up to `segment`. */
function dotted(ref: Reference, segment: number): string {
  let path = ref.name;
  for (let i = 0; i <= segment && i < ref.segments.length; i++) {
    const step = ref.segments[i];
    if (step.kind !== 'property') break;
    path += `.${step.name}`;
  }
  return path;
}

function previewMarkdown(
  previewContext: Record<string, unknown> | undefined,
  path: string,
): string | undefined {
  if (!previewContext) return undefined;
  const found = lookupPreviewValue(previewContext, path);
  return found.found
    ? `Value in the preview: ${codeSpan(formatValue(found.value))}`
    : 'Value in the preview: not set in the preview data';
}

function callableMarkdown(callable: Callable, prefix: string): string {
  return [
    `**${codeSpan(signature(callable, prefix))}**`,
    callable.description,
    `Example: ${codeSpan(callable.example.call)} → ${codeSpan(callable.example.result)}`,
  ].join('\n\n');
}

/** References that declare a name rather than use one. */
const DECLARATIONS: Partial<Record<Reference['role'], LocalVariable['kind']>> = {
  'set-target': 'set',
  'foreach-variable': 'foreach',
  'macro-parameter': 'macro-parameter',
  'define-name': 'define',
};

const LOCAL_DESCRIPTIONS: Record<LocalVariable['kind'], string> = {
  set: 'set with `#set`',
  define: 'a block stored with `#define`',
  foreach: 'the current item of a `#foreach` loop',
  loop: 'the status of the current `#foreach` loop',
  'macro-parameter': 'a parameter of a `#macro`',
  'body-content': 'the body a `#@macro` call passed in',
};

function localMarkdown(local: LocalVariable, text: string): string {
  const { line } = offsetToLineColumn(text, local.from);
  const lines = [
    `**${codeSpan(`$${local.name}`)}** · local variable`,
    `${LOCAL_DESCRIPTIONS[local.kind]} (line ${line}).`,
  ];
  if (local.name === 'foreach') lines.push(`Fields: ${LOOP_PROPERTIES.map((p) => p.name).join(', ')}`);
  return lines.join('\n\n');
}
