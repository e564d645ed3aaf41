/**
 * Does a translation keep what its source language's template does? Words may differ; the Velocity references, the
 * links, the `#if`/`#foreach` structure and the required variables should not. Computed from the parsed templates
 * (the shared Velocity parser for references and directives, the mail checks' HTML tokenizer for links), so it says
 * where each difference is. Pure and never throws: a template that doesn't parse is itself a finding.
 */
import { lineAndColumn, tokenizeHtml } from '../mail-checks/html-tokens';
import { TemplateError } from '../velocity/errors';
import { parseTemplate, type Expr, type Node, type Pos, type Ref } from '../velocity/parse';
import { commonSubsequence } from './align-lines';
import { findTemplate, referencesVariable } from './catalog';

export type TranslationSide = 'source' | 'target';
export type TranslationPart = 'subject' | 'body';
export type TranslationMismatchKind = 'syntax' | 'required-variable' | 'variable' | 'link' | 'structure';

export interface TranslationMismatch {
  kind: TranslationMismatchKind;
  severity: 'error' | 'warning';
  /** The side where it can be seen: a thing missing from the target is shown where the source has it. */
  side: TranslationSide;
  part: TranslationPart;
  /** 1-based, in `part` of `side`. */
  line: number;
  column?: number;
  /** The variable, link target or directive, as written (`${resetPasswordLink}`, `#if($x)`). */
  what: string;
  /** What differs, in one sentence. */
  message: string;
  /** Why it matters to the people who get the email. */
  why: string;
}

export interface TemplateText {
  subject: string;
  body: string;
}

interface Occurrence {
  key: string;
  line: number;
  column?: number;
}

/** Velocity's helper objects: `$f.x(…)` is a call, not a variable (its arguments still count). */
const HELPERS = new Set(['f', 'StringTool']);

/** A reference's variable: its name and the properties after it, up to the first method or index. */
function variableOf(ref: Ref): string | undefined {
  if (ref.call) return undefined; // a bare helper call such as `${replace(…)}`
  const names = [ref.name];
  for (const step of ref.path) {
    if (step.kind !== 'property') break;
    names.push(step.name);
  }
  if (HELPERS.has(ref.name) && names.length === 1) return undefined;
  return names.join('.');
}

/** The variables a template reads (not the ones it sets or loops with) and its directives, in order. */
function outline(nodes: Node[]): { variables: Occurrence[]; directives: Occurrence[] } {
  const variables: Occurrence[] = [];
  const directives: Occurrence[] = [];
  const local = new Set<string>(['foreach', 'velocityCount', 'velocityHasNext']);
  const at = (pos: Pos) => ({ line: pos.line, column: pos.column });

  const visitRef = (ref: Ref) => {
    const name = variableOf(ref);
    if (name && !local.has(ref.name)) variables.push({ key: `\${${name}}`, ...at(ref.pos) });
    for (const step of ref.path) {
      if (step.kind === 'index') visitExpr(step.key);
      if (step.kind === 'method') step.args.forEach(visitExpr);
    }
    ref.call?.forEach(visitExpr);
  };
  const visitExpr = (expr: Expr): void => {
    switch (expr.kind) {
      case 'ref':
        return visitRef(expr);
      case 'interpolate':
        return visitNodes(expr.nodes);
      case 'list':
        return expr.items.forEach(visitExpr);
      case 'range':
        visitExpr(expr.from);
        return visitExpr(expr.to);
      case 'map':
        return expr.entries.forEach(([, value]) => visitExpr(value));
      case 'op':
        return expr.args.forEach(visitExpr);
      default:
        return;
    }
  };
  const visitNodes = (list: Node[]): void => {
    for (const node of list) {
      if (typeof node === 'string') continue;
      switch (node.kind) {
        case 'ref':
          visitRef(node);
          break;
        case 'set':
          local.add(node.target.name);
          visitExpr(node.value);
          break;
        case 'if':
          node.branches.forEach((branch, i) => {
            const keyword = i === 0 ? '#if' : branch.condition ? '#elseif' : '#else';
            directives.push({
              key: branch.condition ? `${keyword}(${printExpr(branch.condition)})` : keyword,
              ...at(branch.pos),
            });
            if (branch.condition) visitExpr(branch.condition);
            visitNodes(branch.body);
          });
          directives.push({ key: '#end', ...at(node.end) });
          break;
        case 'foreach':
          directives.push({
            key: `#foreach($${node.variable} in ${printExpr(node.items)})`,
            ...at(node.pos),
          });
          visitExpr(node.items);
          local.add(node.variable);
          visitNodes(node.body);
          directives.push({ key: '#end', ...at(node.end) });
          break;
        case 'define':
          visitNodes(node.body);
          break;
        case 'call':
          node.args.forEach(visitExpr);
          if (node.body) visitNodes(node.body);
          break;
        default:
          break;
      }
    }
  };
  visitNodes(nodes);
  // A variable read before a `#set` of the same name is still the template's own.
  return { variables: variables.filter((v) => !local.has(v.key.slice(2, -1).split('.')[0])), directives };
}

/** A condition as one canonical line, so `#if( $x )` and `#if($x)` compare equal. */
function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'ref': {
      const path = expr.path
        .map((step) =>
          step.kind === 'property'
            ? `.${step.name}`
            : step.kind === 'index'
              ? `[${printExpr(step.key)}]`
              : `.${step.name}(${step.args.map(printExpr).join(', ')})`,
        )
        .join('');
      const call = expr.call ? `(${expr.call.map(printExpr).join(', ')})` : '';
      return `$${expr.quiet ? '!' : ''}${expr.name}${call}${path}`;
    }
    case 'literal':
      return JSON.stringify(expr.value);
    case 'interpolate':
      return '"…"';
    case 'list':
      return `[${expr.items.map(printExpr).join(', ')}]`;
    case 'range':
      return `[${printExpr(expr.from)}..${printExpr(expr.to)}]`;
    case 'map':
      return `{${expr.entries.map(([k, v]) => `${k}: ${printExpr(v)}`).join(', ')}}`;
    case 'op':
      if (expr.op === 'parenthesis') return `(${expr.args.map(printExpr).join('')})`;
      if (expr.op === 'not' || expr.op === 'minus')
        return `${expr.op === 'not' ? '!' : '-'}${printExpr(expr.args[0])}`;
      return expr.args.map(printExpr).join(` ${expr.op} `);
  }
}

/** `href` targets of links, as written in the template (so `${resetPasswordLink}` stays a reference). */
function links(body: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const token of tokenizeHtml(body)) {
    if (token.type !== 'start' || (token.name !== 'a' && token.name !== 'area')) continue;
    const href = token.attributes.find((a) => a.name === 'href');
    if (!href || href.value === null) continue;
    found.push({
      key: body.slice(href.valueStart, href.valueEnd).trim(),
      ...lineAndColumn(body, href.valueStart),
    });
  }
  return found;
}

type Parsed = { ok: true; variables: Occurrence[]; directives: Occurrence[] } | { ok: false };

function parse(
  text: string,
  side: TranslationSide,
  part: TranslationPart,
  out: TranslationMismatch[],
): Parsed {
  try {
    return { ok: true, ...outline(parseTemplate(text).nodes) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    out.push({
      kind: 'syntax',
      severity: 'error',
      side,
      part,
      line: error instanceof TemplateError ? (error.line ?? 1) : 1,
      column: error instanceof TemplateError ? error.column : undefined,
      what: message,
      message: `The ${side === 'source' ? 'source' : 'translation'}'s ${part} isn't valid Velocity, so its variables and directives can't be compared.`,
      why: 'Okta refuses to save it, and an email that fails to render is never sent.',
    });
    return { ok: false };
  }
}

/** The first occurrence of each key, in order of appearance. */
function firsts(list: Occurrence[]): Map<string, Occurrence> {
  const map = new Map<string, Occurrence>();
  for (const item of list) if (!map.has(item.key)) map.set(item.key, item);
  return map;
}

const WORDS: Record<
  'variable' | 'link',
  { missing: (w: string) => string; extra: (w: string) => string; why: { missing: string; extra: string } }
> = {
  variable: {
    missing: (w) => `The translation doesn't use ${w}.`,
    extra: (w) => `The translation uses ${w}, which the source doesn't.`,
    why: {
      missing:
        'Readers of this language lose what it shows (a name, a code, a link), which readers of the source get.',
      extra:
        'It may be a typo for another variable, or show readers of this language something the source never does.',
    },
  },
  link: {
    missing: (w) => `The translation has no link to ${w}.`,
    extra: (w) => `The translation links to ${w}, which the source doesn't.`,
    why: {
      missing:
        "Readers of this language can't reach the page the source links to; if it is an action link, they can't finish the task.",
      extra:
        'Readers of this language are sent somewhere readers of the source are not; check that the address is meant.',
    },
  },
};

/** Items of one kind the two sides don't share, each shown on the side that has it. */
function compareSets(
  kind: 'variable' | 'link',
  part: TranslationPart,
  source: Occurrence[],
  target: Occurrence[],
  skip: Set<string>,
  out: TranslationMismatch[],
) {
  const s = firsts(source);
  const t = firsts(target);
  for (const [key, at] of s)
    if (!t.has(key) && !skip.has(key))
      out.push({
        kind,
        severity: 'warning',
        side: 'source',
        part,
        line: at.line,
        column: at.column,
        what: key,
        message: WORDS[kind].missing(key),
        why: WORDS[kind].why.missing,
      });
  for (const [key, at] of t)
    if (!s.has(key))
      out.push({
        kind,
        severity: 'warning',
        side: 'target',
        part,
        line: at.line,
        column: at.column,
        what: key,
        message: WORDS[kind].extra(key),
        why: WORDS[kind].why.extra,
      });
}

/**
 * One side's unmatched directives, a whole missing block said once: its opening `#if`/`#foreach` stands for its
 * `#end` (and a missing `#if` for its `#elseif`/`#else`), so a block the other side lacks is one finding, not two.
 */
const isOpener = (key: string) => key.startsWith('#if') || key.startsWith('#foreach');

function wholeBlocks(unmatched: Occurrence[]): Occurrence[] {
  let openers = unmatched.filter((d) => isOpener(d.key)).length;
  const missingIf = unmatched.some((d) => d.key.startsWith('#if'));
  return unmatched.filter((d) => {
    if (d.key === '#end' && openers > 0) {
      openers--;
      return false;
    }
    return !(missingIf && (d.key === '#else' || d.key.startsWith('#elseif')));
  });
}

/** Directives in one sequence and not the other, by a longest common subsequence of the two. */
function compareStructure(
  part: TranslationPart,
  source: Occurrence[],
  target: Occurrence[],
  out: TranslationMismatch[],
) {
  const pairs = commonSubsequence(
    source.map((d) => d.key),
    target.map((d) => d.key),
  );
  const inSource = new Set(pairs.map(([i]) => i));
  const inTarget = new Set(pairs.map(([, j]) => j));
  const found: TranslationMismatch[] = [];
  wholeBlocks(source.filter((_, i) => !inSource.has(i))).forEach((d) => {
    found.push({
      kind: 'structure',
      severity: 'warning',
      side: 'source',
      part,
      line: d.line,
      column: d.column,
      what: d.key,
      message: `The translation has no ${d.key}${isOpener(d.key) ? ' … #end block' : ''} here.`,
      why: 'Readers of this language see a different email in some cases: a block the source shows or repeats only sometimes is always, never or differently shown.',
    });
  });
  wholeBlocks(target.filter((_, j) => !inTarget.has(j))).forEach((d) => {
    found.push({
      kind: 'structure',
      severity: 'warning',
      side: 'target',
      part,
      line: d.line,
      column: d.column,
      what: d.key,
      message: `The translation has a ${d.key}${isOpener(d.key) ? ' … #end block' : ''} the source doesn't have here.`,
      why: "Readers of this language see a different email in some cases: the translation shows or repeats a block under conditions the source doesn't.",
    });
  });
  out.push(...found);
}

/** Groups of required variables (any one of each) the side's body doesn't reference. */
function requiredGroups(templateName: string): string[][] {
  return (findTemplate(templateName)?.requiredVariables ?? []).map((group) => [...group]);
}

function firstReferenceLine(body: string, names: string[]): { line: number; column: number } | undefined {
  let best: number | undefined;
  for (const name of names) {
    const m = new RegExp(`\\$!?\\{?${name.replace(/\./g, '\\.')}(?![A-Za-z0-9_])`).exec(body);
    if (m && (best === undefined || m.index < best)) best = m.index;
  }
  return best === undefined ? undefined : lineAndColumn(body, best);
}

/**
 * Every difference between `source` and `target` (the translation) that changes what the email does, not what it
 * says. Each is placed on the side where it can be seen; errors first, then by kind and line.
 */
export function checkTranslation(
  templateName: string,
  source: TemplateText,
  target: TemplateText,
): TranslationMismatch[] {
  const out: TranslationMismatch[] = [];
  const requiredMissing = new Set<string>();

  // Required variables: textual, as the server checks them, so this works on a template that doesn't parse.
  for (const group of requiredGroups(templateName)) {
    const has = (body: string) => group.some((name) => referencesVariable(body, name));
    const list = group.map((name) => `\${${name}}`).join(' or ');
    if (!has(target.body)) {
      const at = firstReferenceLine(source.body, group);
      for (const name of group) requiredMissing.add(`\${${name}}`);
      out.push({
        kind: 'required-variable',
        severity: 'error',
        side: at ? 'source' : 'target',
        part: 'body',
        line: at?.line ?? 1,
        column: at?.column,
        what: list,
        message: `The translation doesn't use ${list}, which this template requires.`,
        why: "Without it the email can't do its job (the link or code it exists to send), and Okta refuses to save the customization.",
      });
    } else if (!has(source.body)) {
      out.push({
        kind: 'required-variable',
        severity: 'error',
        side: 'source',
        part: 'body',
        line: 1,
        what: list,
        message: `The source doesn't use ${list}, which this template requires.`,
        why: 'The source itself is incomplete; fix it before comparing translations against it.',
      });
    }
  }

  for (const part of ['subject', 'body'] as const) {
    const s = parse(source[part], 'source', part, out);
    const t = parse(target[part], 'target', part, out);
    if (s.ok && t.ok) {
      compareSets('variable', part, s.variables, t.variables, requiredMissing, out);
      compareStructure(part, s.directives, t.directives, out);
    }
  }
  compareSets('link', 'body', links(source.body), links(target.body), new Set(), out);

  const order: TranslationMismatchKind[] = ['syntax', 'required-variable', 'variable', 'link', 'structure'];
  return out
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        order.indexOf(a.m.kind) - order.indexOf(b.m.kind) ||
        (a.m.part === b.m.part ? 0 : a.m.part === 'subject' ? -1 : 1) ||
        a.i - b.i,
    )
    .map(({ m }) => m);
}
