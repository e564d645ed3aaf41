// VTL text → a small typed tree the interpreter walks. Lexing and grammar come from velocityjs's
// jison parser (vendored, see vendor/velocity-parser.js); block nesting, positions and error
// messages are ours, so an unmatched #end or #else is reported instead of silently dropped.
import type { Data } from './data';
import { type SourcePosition, TemplateError, limitError, syntaxError, syntaxReason } from './errors';
import { parseFlat } from './vendor/velocity-parser.js';

export const MAX_TEMPLATE_CHARS = 131_072;
const MAX_NESTING = 64; // directives inside directives, and expressions inside expressions
const CACHE_ENTRIES = 200;
const CACHE_CHARS = 4_000_000;

export type Pos = SourcePosition & { column: number };

export interface Ref {
  kind: 'ref';
  name: string;
  quiet: boolean;
  /** Arguments of a bare function call such as `${replace(…)}`. */
  call?: Expr[];
  path: Step[];
  /** The reference as written, printed when it has no value. */
  source: string;
  pos: Pos;
}

export type Step =
  | { kind: 'property'; name: string }
  | { kind: 'index'; key: Expr }
  | { kind: 'method'; name: string; args: Expr[] };

export type Expr =
  | Ref
  | { kind: 'literal'; value: Data }
  | { kind: 'interpolate'; nodes: Node[] }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'range'; from: Expr; to: Expr; pos: Pos }
  | { kind: 'map'; entries: [string, Expr][] }
  | { kind: 'op'; op: string; args: Expr[] };

export interface Branch {
  /** Absent for `#else`. */
  condition?: Expr;
  body: Node[];
  /** Where its `#if`, `#elseif` or `#else` is. */
  pos: Pos;
}

export type Node =
  | string
  | Ref
  | { kind: 'set'; target: Ref; value: Expr; pos: Pos }
  | { kind: 'if'; branches: Branch[]; pos: Pos; end: Pos }
  | { kind: 'foreach'; variable: string; items: Expr; body: Node[]; pos: Pos; end: Pos }
  | { kind: 'define'; name: string; body: Node[] }
  | Call
  | { kind: 'break' };

export interface Call {
  kind: 'call';
  name: string;
  args: Expr[];
  /** The block of a `#@name()…#end` call, available to the macro as `$bodyContent`. */
  body?: Node[];
  source: string;
  pos: Pos;
}

export interface Macro {
  params: string[];
  body: Node[];
}

export interface Template {
  nodes: Node[];
  /** Velocity defines every #macro before rendering starts, wherever it appears. */
  macros: Map<string, Macro>;
}

// Shapes produced by the jison grammar (only what we read).
interface RawPos {
  first_line: number;
  first_column: number;
  last_line: number;
  last_column: number;
}
type RawExpr = { type: string; value?: unknown; pos?: RawPos } & Record<string, unknown>;
interface RawRef {
  type: 'references';
  id: string;
  leader: string;
  path?: { type: string; id: unknown; args?: RawExpr[] | false }[];
  args?: RawExpr[] | false;
  pos?: RawPos;
}
interface RawParserError {
  hash?: { text?: string; loc?: RawPos };
  message?: string;
}

const BLOCKS = new Set(['if', 'foreach', 'macro', 'define', 'macro_body', 'noescape']);
const OPERATORS = new Set([
  '+',
  '-',
  '*',
  '/',
  '%',
  '==',
  '!=',
  '>',
  '<',
  '>=',
  '<=',
  '&&',
  '||',
  'not',
  'minus',
  'parenthesis',
]);

interface Frame {
  head: RawExpr;
  /** `#if` only: one per #if/#elseif/#else. */
  branches: Branch[];
  /** Where statements go now (the latest branch of an #if). */
  body: Node[];
}

class Compiler {
  private readonly lineStarts = [0];
  private readonly macros = new Map<string, Macro>();

  constructor(
    private readonly text: string,
    private readonly depth: number,
  ) {
    for (const m of text.matchAll(/\r\n?|\n/g)) this.lineStarts.push(m.index + m[0].length);
  }

  compile(): Template {
    let flat: unknown[];
    try {
      flat = parseFlat(this.text);
    } catch (error) {
      throw this.parserError(error as RawParserError);
    }
    return { nodes: this.nest(flat as (string | RawExpr)[]), macros: this.macros };
  }

  /** Builds blocks from the flat statement list, checking #elseif/#else/#end placement. */
  private nest(flat: (string | RawExpr)[]): Node[] {
    const root: Node[] = [];
    const stack: Frame[] = [];
    let body = root;
    let trimNewline = false;
    for (const item of flat) {
      if (typeof item === 'string') {
        // Like Velocity, a directive swallows the rest of its line when only blanks follow.
        push(body, trimNewline ? item.replace(/^[ \t]*\n/, '') : item);
        trimNewline = false;
        continue;
      }
      trimNewline = item.type !== 'references' && item.type !== 'raw';
      const pos = this.pos(item.pos);
      if (BLOCKS.has(item.type)) {
        if (stack.length >= MAX_NESTING)
          throw limitError(`Directives are nested more than ${MAX_NESTING} levels deep`, pos);
        const frame: Frame = { head: item, branches: [], body: [] };
        if (item.type === 'if')
          frame.branches.push({
            condition: this.expr(item.condition as RawExpr, pos),
            body: frame.body,
            pos,
          });
        stack.push(frame);
        body = frame.body;
        continue;
      }
      const frame = stack[stack.length - 1];
      switch (item.type) {
        case 'elseif':
        case 'else': {
          const last = frame?.branches[frame.branches.length - 1];
          if (frame?.head.type !== 'if' || !last.condition)
            throw syntaxError(`unexpected "#${item.type}"`, pos);
          const condition = item.type === 'elseif' ? this.expr(item.condition as RawExpr, pos) : undefined;
          body = frame.body = [];
          frame.branches.push({ condition, body, pos });
          break;
        }
        case 'end': {
          if (!frame) throw syntaxError('unexpected "#end" (no directive is open)', pos);
          stack.pop();
          body = stack.length ? stack[stack.length - 1].body : root;
          const closed = this.closeBlock(frame, pos);
          if (Array.isArray(closed)) for (const node of closed) push(body, node);
          else if (closed) body.push(closed);
          break;
        }
        case 'references':
          body.push(this.ref(item as unknown as RawRef, pos));
          break;
        case 'set': {
          const [target, value] = item.equal as [RawRef, RawExpr];
          body.push({ kind: 'set', target: this.ref(target, pos), value: this.expr(value, pos), pos });
          break;
        }
        case 'macro_call':
          body.push(this.call(item, pos));
          break;
        case 'break':
          body.push({ kind: 'break' });
          break;
        case 'raw':
        case 'content':
          push(body, String(item.value));
          break;
        case 'comment':
          break;
        default:
          throw syntaxError(`unexpected "${item.type}"`, pos);
      }
    }
    const open = stack.pop();
    if (open)
      throw syntaxError(
        `"#${open.head.type.replace('macro_body', '@')}" has no matching "#end"`,
        this.pos(open.head.pos),
      );
    return root;
  }

  /** `end` is where the block's `#end` is (the translation check compares directive sequences by line). */
  private closeBlock({ head, branches, body }: Frame, end: Pos): Node | Node[] | undefined {
    const pos = this.pos(head.pos);
    switch (head.type) {
      case 'if':
        return { kind: 'if', branches, pos, end };
      case 'foreach':
        return {
          kind: 'foreach',
          variable: String(head.to),
          items: this.expr(head.from as RawExpr, pos),
          body,
          pos,
          end,
        };
      case 'macro':
        this.macros.set(String(head.id), {
          params: ((head.args as RawRef[] | undefined) ?? []).map((a) => a.id),
          body,
        });
        return undefined;
      case 'define':
        return { kind: 'define', name: String(head.id), body };
      case 'macro_body':
        return { ...this.call(head, pos), body };
      default: // #noescape: its content is ordinary template text
        return body;
    }
  }

  private call(item: RawExpr, pos: Pos): Call {
    const args = ((item.args as RawExpr[] | false | undefined) || []).map((a) => this.expr(a, pos));
    return { kind: 'call', name: String(item.id), args, source: this.source(item.pos), pos };
  }

  private ref(raw: RawRef, outer: Pos): Ref {
    const pos = raw.pos ? this.pos(raw.pos) : outer;
    const path: Step[] = (raw.path ?? []).map((step) => {
      if (step.type === 'property') return { kind: 'property', name: String(step.id) };
      if (step.type === 'index') return { kind: 'index', key: this.expr(step.id as RawExpr, pos) };
      return { kind: 'method', name: String(step.id), args: (step.args || []).map((a) => this.expr(a, pos)) };
    });
    const call = raw.args === undefined ? undefined : (raw.args || []).map((a) => this.expr(a, pos));
    const source = raw.pos ? this.source(raw.pos) : `$${raw.leader === '$!' ? '!' : ''}{${raw.id}}`;
    return { kind: 'ref', name: raw.id, quiet: raw.leader === '$!', call, path, source, pos };
  }

  private expr(raw: RawExpr, pos: Pos, depth = 0): Expr {
    if (depth > MAX_NESTING)
      throw limitError(`An expression is nested more than ${MAX_NESTING} levels deep`, pos);
    const sub = (e: unknown) => this.expr(e as RawExpr, pos, depth + 1);
    switch (raw.type) {
      case 'references':
        return this.ref(raw as unknown as RawRef, pos);
      case 'integer':
      case 'decimal':
        return { kind: 'literal', value: Number(raw.value) };
      case 'bool':
        return { kind: 'literal', value: raw.value === 'null' ? null : raw.value === 'true' };
      case 'string':
        return this.string(String(raw.value), raw.isEval === true, pos);
      case 'array':
        if (raw.isRange) {
          const [from, to] = raw.value as unknown[];
          const bound = (b: unknown): Expr =>
            typeof b === 'string' ? { kind: 'literal', value: Number(b) } : sub(b);
          return { kind: 'range', from: bound(from), to: bound(to), pos };
        }
        return { kind: 'list', items: (raw.value as unknown[]).map(sub) };
      case 'map':
        return {
          kind: 'map',
          entries: Object.entries((raw.value ?? {}) as object).map(([k, v]) => [k, sub(v)]),
        };
      case 'math':
        if (!OPERATORS.has(String(raw.operator)))
          throw syntaxError(`unknown operator "${String(raw.operator)}"`, pos);
        return { kind: 'op', op: String(raw.operator), args: (raw.expression as unknown[]).map(sub) };
      default:
        return { kind: 'literal', value: typeof raw.value === 'string' ? raw.value : null };
    }
  }

  /** Double-quoted strings are templates themselves; parse them now so errors surface at check time. */
  private string(value: string, interpolated: boolean, pos: Pos): Expr {
    if (!interpolated || !/[$#]/.test(value)) return { kind: 'literal', value };
    if (this.depth >= MAX_NESTING)
      throw limitError(`Strings are nested more than ${MAX_NESTING} levels deep`, pos);
    try {
      const inner = new Compiler(value, this.depth + 1).compile();
      for (const [name, macro] of inner.macros) this.macros.set(name, macro);
      return { kind: 'interpolate', nodes: inner.nodes };
    } catch (error) {
      if (error instanceof TemplateError && error.kind === 'syntax') {
        throw syntaxError(`in string "${preview(value)}": ${syntaxReason(error)}`, pos);
      }
      throw error;
    }
  }

  private offset(line: number, column: number): number {
    return (this.lineStarts[line - 1] ?? this.text.length) + column;
  }

  private pos(raw: RawPos | undefined): Pos {
    return raw ? { line: raw.first_line, column: raw.first_column + 1 } : { line: 1, column: 1 };
  }

  private source(raw: RawPos | undefined): string {
    return raw
      ? this.text.slice(
          this.offset(raw.first_line, raw.first_column),
          this.offset(raw.last_line, raw.last_column),
        )
      : '';
  }

  /** Converts jison's error into ours, pointing at the offending token. */
  private parserError(error: RawParserError): TemplateError {
    const loc = error.hash?.loc;
    if (!loc) {
      const line = /line (\d+)/.exec(error.message ?? '')?.[1];
      return syntaxError(
        'unrecognized text (is a quote or bracket left open?)',
        line ? { line: Number(line) } : undefined,
      );
    }
    // `loc` is the last good token; the offending one starts at the next non-blank character.
    const token = error.hash?.text ?? '';
    let at = this.offset(loc.last_line, loc.last_column);
    if (token.trim() !== '') while (at < this.text.length && /\s/.test(this.text[at])) at++;
    const line = this.lineStarts.filter((start) => start <= at).length;
    const what =
      token === '' ? 'end of template' : token.trim() === '' ? 'blank space' : `"${preview(token)}"`;
    return syntaxError(`unexpected ${what}`, { line, column: at - this.lineStarts[line - 1] + 1 });
  }
}

/** Appends a node, merging adjacent text. */
function push(body: Node[], node: Node): void {
  const last = body.length - 1;
  if (typeof node !== 'string' || typeof body[last] !== 'string') {
    if (node !== '') body.push(node);
  } else body[last] += node;
}

function preview(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function compile(text: string): Template {
  if (text.length > MAX_TEMPLATE_CHARS) {
    throw limitError(`Template is longer than ${MAX_TEMPLATE_CHARS.toLocaleString('en-US')} characters`);
  }
  return new Compiler(text, 0).compile();
}

// Parsed templates by their exact text (no hash, so no collision can swap one tenant's template for another's).
const cache = new Map<string, Template>();
let cachedChars = 0;

/** Parses `text`, or returns the tree from a previous call; throws TemplateError. */
export function parseTemplate(text: string): Template {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text); // re-insert: Map order is our LRU order
    cache.set(text, hit);
    return hit;
  }
  const template = compile(text);
  cache.set(text, template);
  cachedChars += text.length;
  for (const [key] of cache) {
    if (cache.size <= CACHE_ENTRIES && cachedChars <= CACHE_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
  return template;
}
