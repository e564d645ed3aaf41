// Walks a parsed template. Every value it touches is `Data`; every property read and method call
// goes through calls.ts (the vocabulary's tables), so a template can only reach data and whitelisted helpers.
import {
  type Budget,
  type Data,
  type DataMap,
  Tool,
  isList,
  isMap,
  makeMap,
  own,
  toText,
  truthy,
  velocityEquals,
} from './data';
import {
  CallError,
  TemplateError,
  limitError,
  runtimeError,
  syntaxError,
  syntaxReason,
  where,
} from './errors';
import { callMethod, getProperty } from './calls';
import { LOOP_PROPERTIES } from './vocabulary';
import {
  type Call,
  type Expr,
  type Macro,
  type Node,
  type Pos,
  type Ref,
  type Template,
  parseTemplate,
} from './parse';

export interface RenderLimits {
  /** Longest output, and longest string built while rendering. */
  maxOutputChars: number;
  /** #foreach iterations, counted over the whole render. */
  maxIterations: number;
  /** Items in one `[a..b]` range. */
  maxRangeSize: number;
  /** Nesting of #macro, #evaluate and #define calls. */
  maxDepth: number;
  /** #macro, #evaluate and #define calls over the whole render (stops branching recursion). */
  maxCalls: number;
  timeoutMs: number;
}

/** A `#define` block: a value that renders its body each time it is referenced. */
class Defined {
  constructor(readonly body: Node[]) {}
}

const count = (n: number) => n.toLocaleString('en-US');

export class Interpreter implements Budget {
  readonly maxChars: number;
  private readonly macros: Map<string, Macro>;
  private readonly vars = new Map<string, Data | Defined>();
  /** #foreach and #macro locals, innermost last. */
  private readonly scopes: Map<string, Data>[] = [];
  private readonly deadline: number;
  private iterations = 0;
  private calls = 0;
  private depth = 0;
  private work = 0;
  private breaking = false;

  constructor(
    private readonly template: Template,
    private readonly globals: DataMap,
    private readonly helpers: ReadonlyMap<string, Tool>,
    private readonly limits: RenderLimits,
  ) {
    this.maxChars = limits.maxOutputChars;
    this.macros = new Map(template.macros); // #evaluate may add macros; the cached template stays as parsed
    this.deadline = Date.now() + limits.timeoutMs;
  }

  render(): string {
    return this.nodes(this.template.nodes);
  }

  check(length: number): void {
    if (length > this.maxChars)
      throw limitError(`Template output exceeds ${count(this.maxChars)} characters`);
    this.tick(length >> 10); // building a long string is work too: one step per KB
  }

  spend(steps: number): void {
    this.tick(steps);
  }

  /** Counts work (a step per node and expression); the clock is read every 256 steps. */
  private tick(steps = 1): void {
    this.work += steps;
    if (this.work < 256) return;
    this.work = 0;
    if (Date.now() > this.deadline) {
      throw limitError(`Template rendering took longer than ${count(this.limits.timeoutMs)} ms`);
    }
  }

  private nodes(nodes: Node[]): string {
    let out = '';
    for (const node of nodes) {
      if (this.breaking) break;
      const piece = this.node(node);
      this.check(out.length + piece.length);
      out += piece;
    }
    return out;
  }

  private node(node: Node): string {
    this.tick();
    if (typeof node === 'string') return node;
    switch (node.kind) {
      case 'ref':
        return this.print(node);
      case 'set':
        this.set(node.target, this.expr(node.value), node.pos);
        return '';
      case 'if': {
        const branch = node.branches.find((b) => !b.condition || truthy(this.expr(b.condition)));
        return branch ? this.nodes(branch.body) : '';
      }
      case 'foreach':
        return this.foreach(node.variable, this.expr(node.items), node.body, node.pos);
      case 'define':
        this.vars.set(node.name, new Defined(node.body));
        return '';
      case 'call':
        return this.call(node);
      case 'break':
        this.breaking = true;
        return '';
    }
  }

  /** `$x` in the output: no value prints the reference as written, or nothing when quiet (`$!x`). */
  private print(ref: Ref): string {
    const value = this.ref(ref);
    if (value === undefined || value === null || value instanceof Tool) return ref.quiet ? '' : ref.source;
    return toText(value, this);
  }

  private ref(ref: Ref): Data | undefined {
    let value = ref.call
      ? this.helpers.get('f')?.fns.get(ref.name)?.(this.args(ref.call), this) // bare `${replace(…)}`
      : this.lookup(ref.name, ref.pos);
    for (const step of ref.path) {
      if (value === undefined || value === null) return undefined;
      if (step.kind === 'property') value = getProperty(value, step.name, this);
      else if (step.kind === 'method') value = this.method(value, step.name, this.args(step.args), ref);
      else value = this.index(value, this.expr(step.key));
    }
    return value;
  }

  /** A method call; a refusal (a regex the guard rejects, say) is reported with the reference and where it is. */
  private method(target: Data, name: string, args: Data[], ref: Ref): Data | undefined {
    try {
      return callMethod(target, name, args, this);
    } catch (error) {
      if (!(error instanceof CallError)) throw error;
      const reason = `${ref.source}: ${error.message} (${where(ref.pos)})`;
      throw new TemplateError(error.kind, reason, ref.pos);
    }
  }

  private lookup(name: string, pos: Pos): Data | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      if (this.scopes[i].has(name)) return this.scopes[i].get(name);
    }
    const value = this.vars.get(name);
    if (value instanceof Defined) return this.nested(pos, () => this.nodes(value.body));
    if (value !== undefined) return value;
    return this.helpers.get(name) ?? own(this.globals, name);
  }

  private index(target: Data, key: Data | undefined): Data | undefined {
    if (isList(target) && typeof key === 'number' && Number.isInteger(key)) {
      const i = key < 0 ? target.length + key : key; // Velocity 2 counts negative indexes from the end
      return i >= 0 && i < target.length ? target[i] : undefined;
    }
    if (isMap(target) && typeof key === 'string') return own(target, key);
    return undefined;
  }

  private set(target: Ref, value: Data | undefined, pos: Pos): void {
    if (target.path.length > 0 || target.call) {
      throw runtimeError(`#set can only assign a plain variable such as $name, not ${target.source}`, pos);
    }
    const scope = this.scopes.findLast((s) => s.has(target.name));
    if (scope) scope.set(target.name, value ?? null);
    else this.vars.set(target.name, value ?? null);
  }

  private foreach(variable: string, source: Data | undefined, body: Node[], pos: Pos): string {
    const items = isList(source) ? source : isMap(source) ? Object.values(source) : [];
    const scope = new Map<string, Data>();
    this.scopes.push(scope);
    let out = '';
    try {
      for (let i = 0; i < items.length && !this.breaking; i++) {
        if (++this.iterations > this.limits.maxIterations) {
          throw limitError(`#foreach ran more than ${count(this.limits.maxIterations)} iterations`, pos);
        }
        scope.set(variable, items[i]);
        scope.set('foreach', makeMap(LOOP_PROPERTIES.map((p) => [p.name, p.value(i, items.length)])));
        scope.set('velocityCount', i + 1);
        const piece = this.nodes(body);
        this.check(out.length + piece.length);
        out += piece;
      }
    } finally {
      this.scopes.pop();
      this.breaking = false;
    }
    return out;
  }

  private call(node: Call): string {
    if (node.name === 'parse' || node.name === 'include') {
      throw runtimeError(`#${node.name} is not available in email templates`, node.pos);
    }
    if (node.name === 'evaluate') return this.evaluate(node.args[0], node.pos);
    const macro = this.macros.get(node.name);
    if (!macro) return node.source; // like Velocity, an unknown #name(…) is plain text
    const args = this.args(node.args);
    const bodyContent = node.body && this.nodes(node.body);
    return this.nested(node.pos, () => {
      const scope = new Map<string, Data>(macro.params.map((param, i) => [param, args[i] ?? null]));
      if (bodyContent !== undefined) scope.set('bodyContent', bodyContent);
      this.scopes.push(scope);
      try {
        return this.nodes(macro.body);
      } finally {
        this.scopes.pop();
        this.breaking = false;
      }
    });
  }

  private evaluate(arg: Expr | undefined, pos: Pos): string {
    const source = arg ? this.expr(arg) : null;
    let template: Template;
    try {
      template = parseTemplate(source == null ? '' : toText(source, this));
    } catch (error) {
      if (error instanceof TemplateError && error.kind === 'syntax')
        throw syntaxError(`in #evaluate: ${syntaxReason(error)}`, pos);
      throw error;
    }
    return this.nested(pos, () => {
      for (const [name, macro] of template.macros) this.macros.set(name, macro);
      return this.nodes(template.nodes);
    });
  }

  /** Runs a #macro, #evaluate or #define body within the depth and call budgets. */
  private nested<T>(pos: Pos, run: () => T): T {
    if (++this.calls > this.limits.maxCalls) {
      throw limitError(
        `Template made more than ${count(this.limits.maxCalls)} #macro, #evaluate and #define calls`,
        pos,
      );
    }
    if (this.depth >= this.limits.maxDepth) {
      throw limitError(
        `#macro, #evaluate and #define calls nest more than ${this.limits.maxDepth} levels deep (does one call itself?)`,
        pos,
      );
    }
    this.depth++;
    try {
      return run();
    } finally {
      this.depth--;
    }
  }

  private args(exprs: Expr[]): Data[] {
    return exprs.map((e) => this.expr(e) ?? null);
  }

  private expr(e: Expr): Data | undefined {
    this.tick();
    switch (e.kind) {
      case 'ref':
        return this.ref(e);
      case 'literal':
        return e.value;
      case 'interpolate':
        return this.nodes(e.nodes);
      case 'list':
        return Object.freeze(this.args(e.items));
      case 'map':
        return makeMap(e.entries.map(([key, value]) => [key, this.expr(value) ?? null]));
      case 'range':
        return this.range(this.expr(e.from), this.expr(e.to), e.pos);
      case 'op':
        return this.op(e.op, e.args);
    }
  }

  /** `[a..b]`: the size is checked before anything is allocated. */
  private range(from: Data | undefined, to: Data | undefined, pos: Pos): Data {
    const a = typeof from === 'string' ? Number(from) : from;
    const b = typeof to === 'string' ? Number(to) : to;
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return null;
    const [start, end] = [a as number, b as number];
    const size = Math.abs(end - start) + 1;
    if (size > this.limits.maxRangeSize) {
      throw limitError(
        `Range [${start}..${end}] has more than ${count(this.limits.maxRangeSize)} items`,
        pos,
      );
    }
    const step = start <= end ? 1 : -1;
    return Object.freeze(Array.from({ length: size }, (_, i) => start + i * step));
  }

  private op(op: string, [left, right]: Expr[]): Data | undefined {
    if (op === '&&') return truthy(this.expr(left)) && truthy(this.expr(right));
    if (op === '||') return truthy(this.expr(left)) || truthy(this.expr(right));
    if (op === 'not') return !truthy(this.expr(left));
    const a = this.expr(left);
    if (op === 'parenthesis') return a;
    if (op === 'minus') return typeof a === 'number' ? -a : null;
    const b = this.expr(right);
    if (op === '==') return velocityEquals(a, b, this);
    if (op === '!=') return !velocityEquals(a, b, this);
    if (typeof a === 'number' && typeof b === 'number') return arithmetic(op, a, b);
    if (op === '+' && a != null && b != null) {
      const [x, y] = [toText(a, this), toText(b, this)];
      this.check(x.length + y.length);
      return x + y; // Velocity concatenates when either side is not a number
    }
    if (typeof a === 'string' && typeof b === 'string') return compare(op, a, b);
    return null;
  }
}

function arithmetic(op: string, a: number, b: number): Data {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/': // Java: integer division truncates; division by zero has no value
      return b === 0 ? null : Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b;
    case '%':
      return b === 0 ? null : a % b;
    default:
      return compare(op, a, b);
  }
}

function compare<T extends number | string>(op: string, a: T, b: T): Data {
  switch (op) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    default:
      return null;
  }
}
