// A forgiving, linear-time scanner for the Velocity parts of a template: references (`$a.b`,
// `${a.b}`, `$!{a.b}`, method calls and their arguments), directives and their blocks, `#set`
// assignments and loop variables. It follows the lexer of the real parser
// (src/shared/velocity/vendor/velocity-parser.js) closely enough for editor features, and never fails:
// half-typed text gives half-built references. Templates are untrusted, so there are no regexes that
// can backtrack, every character is looked at a bounded number of times, and nesting is capped.

export type ReferenceRole =
  /** Printed where it stands in the template. */
  | 'text'
  /** Inside a directive's or a method's arguments, or a string in them. */
  | 'expression'
  /** `$x` in `#set($x = …)`. */
  | 'set-target'
  /** `$x` in `#foreach($x in …)`. */
  | 'foreach-variable'
  /** `$p` in `#macro(name $p)`. */
  | 'macro-parameter'
  /** `$x` in `#define($x)`. */
  | 'define-name';

export interface ReferenceSegment {
  kind: 'property' | 'method' | 'index';
  /** Property or method name; `''` for an index. */
  name: string;
  /** The name (for an index: from `[` to after `]`). */
  from: number;
  to: number;
  /** Methods and indexes: after the closing `)` or `]` (or where the text ran out). */
  end: number;
}

export interface Reference {
  /** At the `$`. */
  from: number;
  /** After the reference (its `}`, `)` or last name). */
  to: number;
  /** `$!`: prints nothing when there is no value. */
  quiet: boolean;
  braced: boolean;
  /** A braced reference found its `}` (always true when not braced). */
  closed: boolean;
  /** Root identifier; `''` when the text ends right after `$`, `${`, `$!` or `$!{`. */
  name: string;
  nameFrom: number;
  nameTo: number;
  /** `$name(…)`: a bare helper call such as `${toUpperCase($x)}`. */
  call: boolean;
  segments: ReferenceSegment[];
  /** The text ends with a `.` right after this reference (someone is typing a member). */
  danglingDot: boolean;
  role: ReferenceRole;
  /** Innermost block (index into {@link ScanResult.blocks}) the reference is in; -1 at top level. */
  block: number;
}

export interface DirectiveUse {
  /** Keyword (`if`, `end`, …) or macro name for a macro call. */
  name: string;
  kind: 'directive' | 'macro-call';
  /** At the `#`. */
  from: number;
  /** After the keyword (and its `}` when written `#{else}`). */
  nameTo: number;
  /** After the arguments' `)`, or `nameTo` when it has none. */
  to: number;
}

export type BlockKind = 'if' | 'foreach' | 'macro' | 'define' | 'noescape' | 'macro-body';

export interface Block {
  kind: BlockKind;
  /** Index into {@link ScanResult.directives} of the opening directive. */
  directive: number;
  /** After the opening directive. */
  bodyFrom: number;
  /** At the matching `#end`, or the end of the scanned text when there is none. */
  bodyTo: number;
  /** Enclosing block, -1 at top level. */
  parent: number;
  /** Whether the matching `#end` was found. */
  closed: boolean;
  /** Loop variable of a `#foreach`, parameters of a `#macro`. */
  variables: string[];
  /** `#foreach`: the reference it loops over, when it is one. */
  items?: Reference;
}

export type AssignedValue =
  | { kind: 'string' | 'number' | 'boolean' | 'list' | 'map' | 'unknown' }
  | { kind: 'reference'; reference: Reference };

export interface Assignment {
  name: string;
  target: Reference;
  value: AssignedValue;
  /** The `#set` directive's `#`. */
  from: number;
}

export interface SkippedRegion {
  kind: 'line-comment' | 'block-comment' | 'unparsed';
  from: number;
  /** A line comment ends at its line break (not included); the others after their closing mark. */
  to: number;
}

export interface ScanResult {
  /** In order of their `from`. Nested references (method arguments) follow the reference they are in. */
  references: Reference[];
  directives: DirectiveUse[];
  blocks: Block[];
  assignments: Assignment[];
  /** `#define($name)` names, with the directive's `#`. */
  defines: { name: string; from: number }[];
  skipped: SkippedRegion[];
}

const DOLLAR = 36;
const HASH = 35;
const BACKSLASH = 92;
const DOT = 46;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const SPACE = 32;
const STAR = 42;
const AT = 64;

/** Deeper nesting (strings in arguments in strings…) is consumed without looking inside. */
const MAX_DEPTH = 64;

export function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Velocity identifiers may contain `-` (`$a-b` is one name). */
export function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57) || code === 45;
}

function isWordChar(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

const BLOCK_DIRECTIVES = new Set<string>(['if', 'foreach', 'macro', 'define', 'noescape']);
const ARG_DIRECTIVES = new Set<string>(['set', 'if', 'elseif', 'foreach', 'macro', 'define', 'noescape']);
const BARE_DIRECTIVES = new Set<string>(['else', 'end', 'break']);

/** Finds `needle` at or after `from`, remembering the last answer so repeated searches stay linear. */
class Finder {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  find(from: number): number {
    if (this.from !== -1 && from >= this.from && (this.found === -1 || this.found >= from)) return this.found;
    this.from = from;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

class Scanner {
  readonly result: ScanResult = {
    references: [],
    directives: [],
    blocks: [],
    assignments: [],
    defines: [],
    skipped: [],
  };
  private readonly stack: number[] = [];
  private readonly blockCommentEnd: Finder;
  private readonly unparsedEnd: Finder;
  private readonly newline: Finder;

  constructor(private readonly text: string) {
    this.blockCommentEnd = new Finder(text, '*#');
    this.unparsedEnd = new Finder(text, ']]#');
    this.newline = new Finder(text, '\n');
  }

  private code(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  /** An odd run of backslashes before `i` escapes the `$` or `#` there. */
  private escaped(i: number, start: number): boolean {
    let count = 0;
    while (i - count - 1 >= start && this.text.charCodeAt(i - count - 1) === BACKSLASH) count++;
    return count % 2 === 1;
  }

  private identifierEnd(i: number, limit: number): number {
    if (i >= limit || !isIdentifierStart(this.code(i))) return i;
    let j = i + 1;
    while (j < limit && isIdentifierPart(this.code(j))) j++;
    return j;
  }

  private currentBlock(): number {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : -1;
  }

  /** Template text from `from` to `limit`: the whole template, or the inside of a `"…"` string. */
  template(from: number, limit: number, depth: number, role: ReferenceRole): void {
    const base = this.stack.length;
    let i = from;
    // Backslashes before `$`/`#` are counted from here, so an escape never reaches outside a string.
    while (i < limit) {
      const c = this.text.charCodeAt(i);
      if (c === DOLLAR) {
        if (!this.escaped(i, from)) {
          const ref = this.reference(i, limit, depth, role);
          if (ref) {
            i = ref.to;
            continue;
          }
        }
        i++;
      } else if (c === HASH && !this.escaped(i, from)) {
        i = this.hash(i, limit, depth, base);
      } else {
        i++;
      }
    }
    // Blocks a string (or the template) leaves open end where it ends.
    while (this.stack.length > base) {
      const block = this.result.blocks[this.stack.pop()!];
      block.bodyTo = limit;
    }
  }

  /** At a `#`: a comment, an unparsed block, a directive, a macro call or plain text. Returns where to go on. */
  private hash(i: number, limit: number, depth: number, base: number): number {
    const next = this.code(i + 1);
    if (next === HASH) {
      const newline = this.newline.find(i + 2);
      const to = newline === -1 || newline > limit ? limit : newline;
      this.result.skipped.push({ kind: 'line-comment', from: i, to });
      return to;
    }
    if (next === STAR) {
      const end = this.blockCommentEnd.find(i + 3);
      if (end !== -1 && end + 2 <= limit) {
        this.result.skipped.push({ kind: 'block-comment', from: i, to: end + 2 });
        return end + 2;
      }
      return i + 1;
    }
    if (next === OPEN_BRACKET && this.code(i + 2) === OPEN_BRACKET) {
      const end = this.unparsedEnd.find(i + 4);
      if (end !== -1 && end + 3 <= limit) {
        this.result.skipped.push({ kind: 'unparsed', from: i, to: end + 3 });
        return end + 3;
      }
      return i + 1;
    }

    let j = i + 1;
    const braced = next === OPEN_BRACE;
    const bodyCall = next === AT;
    if (braced || bodyCall) j++;
    const nameEnd = this.identifierEnd(j, limit);
    if (nameEnd === j) return i + 1;
    const name = this.text.slice(j, nameEnd);
    let k = nameEnd;
    if (braced) {
      if (this.code(k) !== CLOSE_BRACE) return i + 1;
      k++;
    }

    if (!bodyCall && BARE_DIRECTIVES.has(name)) {
      if (!braced && isWordChar(this.code(k))) return i + 1;
      this.result.directives.push({ name, kind: 'directive', from: i, nameTo: k, to: k });
      if (name === 'end' && this.stack.length > base) {
        const block = this.result.blocks[this.stack.pop()!];
        block.bodyTo = i;
        block.closed = true;
      }
      return k;
    }

    // Everything else needs `(`: `#if (`, `#set(`, `#myMacro(`, `#@myMacro(`.
    let open = k;
    while (!braced && this.code(open) === SPACE) open++;
    if (this.code(open) !== OPEN_PAREN || open >= limit) return i + 1;
    const isDirective = !bodyCall && ARG_DIRECTIVES.has(name);
    const use: DirectiveUse = {
      name,
      kind: isDirective ? 'directive' : 'macro-call',
      from: i,
      nameTo: k,
      to: k,
    };
    const index = this.result.directives.push(use) - 1;
    const args: Reference[] = [];
    use.to = this.expression(open + 1, limit, depth, args);
    this.directiveArguments(use, index, args);
    return use.to;
  }

  /** Gives `#set`, `#foreach`, `#macro` and `#define` arguments their roles; opens blocks. */
  private directiveArguments(use: DirectiveUse, index: number, args: Reference[]): void {
    const [first, second] = args;
    let variables: string[] = [];
    let items: Reference | undefined;
    if (use.kind === 'directive') {
      switch (use.name) {
        case 'set':
          if (first) {
            first.role = 'set-target';
            this.result.assignments.push({
              name: first.name,
              target: first,
              value: this.assignedValue(first.to, use.to, second),
              from: use.from,
            });
          }
          break;
        case 'foreach':
          if (first) {
            first.role = 'foreach-variable';
            variables = [first.name];
            items = second;
          }
          break;
        case 'macro':
          for (const arg of args) arg.role = 'macro-parameter';
          variables = args.map((arg) => arg.name);
          break;
        case 'define':
          if (first) {
            first.role = 'define-name';
            this.result.defines.push({ name: first.name, from: use.from });
          }
          break;
      }
    }
    const kind: BlockKind | undefined =
      use.kind === 'macro-call'
        ? this.text.charCodeAt(use.from + 1) === AT
          ? 'macro-body'
          : undefined
        : BLOCK_DIRECTIVES.has(use.name)
          ? (use.name as BlockKind)
          : undefined;
    if (!kind) return;
    const block: Block = {
      kind,
      directive: index,
      bodyFrom: use.to,
      bodyTo: this.text.length,
      parent: this.currentBlock(),
      closed: false,
      variables,
      items,
    };
    this.stack.push(this.result.blocks.push(block) - 1);
  }

  /** What `#set($x = …)` assigns, from the first thing after `=`. */
  private assignedValue(from: number, to: number, second: Reference | undefined): AssignedValue {
    let i = from;
    while (i < to && this.text.charCodeAt(i) <= SPACE) i++;
    if (this.code(i) !== 61 /* = */) return { kind: 'unknown' };
    i++;
    while (i < to && this.text.charCodeAt(i) <= SPACE) i++;
    const c = this.code(i);
    if (c === DOLLAR && second && second.from === i) return { kind: 'reference', reference: second };
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return { kind: 'string' };
    if ((c >= 48 && c <= 57) || c === 45) return { kind: 'number' };
    if (c === OPEN_BRACKET) return { kind: 'list' };
    if (c === OPEN_BRACE) return { kind: 'map' };
    if (this.text.startsWith('true', i) || this.text.startsWith('false', i)) return { kind: 'boolean' };
    return { kind: 'unknown' };
  }

  /**
   * Arguments up to the bracket that closes them (or `limit`): strings, nested brackets and references.
   * References directly in it go to `direct`. Returns where it ends (after that bracket).
   */
  private expression(from: number, limit: number, depth: number, direct?: Reference[]): number {
    let nesting = 0;
    let i = from;
    const deep = depth >= MAX_DEPTH;
    while (i < limit) {
      const c = this.text.charCodeAt(i);
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
        const end = this.stringEnd(i, limit, c);
        if (c === DOUBLE_QUOTE && !deep) this.template(i + 1, end, depth + 1, 'expression');
        i = end < limit ? end + 1 : limit;
      } else if (c === DOLLAR && !deep) {
        const ref = this.reference(i, limit, depth + 1, 'expression');
        if (ref) {
          direct?.push(ref);
          i = ref.to;
        } else i++;
      } else if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) {
        nesting++;
        i++;
      } else if (c === CLOSE_PAREN || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
        i++;
        if (nesting === 0) return i;
        nesting--;
      } else {
        i++;
      }
    }
    return limit;
  }

  /** Index of the closing quote of the string opening at `i` (`\"` does not close it), or `limit`. */
  private stringEnd(i: number, limit: number, quote: number): number {
    let j = i + 1;
    while (j < limit) {
      const c = this.text.charCodeAt(j);
      if (c === BACKSLASH && this.code(j + 1) === quote) j += 2;
      else if (c === quote) return j;
      else j++;
    }
    return limit;
  }

  /** A reference starting at the `$` at `i`, or undefined when the `$` is plain text. */
  private reference(i: number, limit: number, depth: number, role: ReferenceRole): Reference | undefined {
    let j = i + 1;
    let quiet = false;
    let braced = false;
    if (this.code(j) === BANG && j < limit) {
      quiet = true;
      j++;
    }
    if (this.code(j) === OPEN_BRACE && j < limit) {
      braced = true;
      j++;
    }
    const nameEnd = this.identifierEnd(j, limit);
    if (nameEnd === j) {
      // Only the leader so far: keep it when the text ends here, so completion knows where it is.
      if (j < this.text.length) return undefined;
      const ref = this.newReference(i, j, j, quiet, braced, role);
      ref.closed = !braced;
      return ref;
    }
    const ref = this.newReference(i, j, nameEnd, quiet, braced, role);
    let k = nameEnd;
    if (this.code(k) === OPEN_PAREN && k < limit) {
      ref.call = true;
      k = this.expression(k + 1, limit, depth);
    }
    while (k < limit) {
      const c = this.text.charCodeAt(k);
      if (c === DOT) {
        const start = k + 1;
        const end = this.identifierEnd(start, limit);
        if (end === start) {
          if (start === this.text.length) {
            ref.danglingDot = true;
            k = start;
          }
          break;
        }
        if (this.code(end) === OPEN_PAREN && end < limit) {
          const after = this.expression(end + 1, limit, depth);
          ref.segments.push({
            kind: 'method',
            name: this.text.slice(start, end),
            from: start,
            to: end,
            end: after,
          });
          k = after;
        } else {
          ref.segments.push({
            kind: 'property',
            name: this.text.slice(start, end),
            from: start,
            to: end,
            end,
          });
          k = end;
        }
      } else if (c === OPEN_BRACKET && this.indexFollows(k + 1, limit)) {
        const after = this.expression(k + 1, limit, depth);
        ref.segments.push({ kind: 'index', name: '', from: k, to: after, end: after });
        k = after;
      } else break;
    }
    if (braced) {
      if (this.code(k) === CLOSE_BRACE && k < limit) {
        ref.closed = true;
        k++;
      }
    }
    ref.to = k;
    return ref;
  }

  /** The lexer only takes `[` as an index when a value follows (`$a[0]`, `$a["k"]`, `$a[$i]`). */
  private indexFollows(i: number, limit: number): boolean {
    while (i < limit && this.text.charCodeAt(i) <= SPACE) i++;
    const c = this.code(i);
    return (
      i < limit &&
      ((c >= 48 && c <= 57) ||
        c === 45 ||
        c === DOLLAR ||
        c === DOUBLE_QUOTE ||
        c === SINGLE_QUOTE ||
        c === OPEN_BRACE ||
        c === OPEN_BRACKET ||
        c === CLOSE_BRACKET)
    );
  }

  private newReference(
    from: number,
    nameFrom: number,
    nameTo: number,
    quiet: boolean,
    braced: boolean,
    role: ReferenceRole,
  ): Reference {
    const ref: Reference = {
      from,
      to: nameTo,
      quiet,
      braced,
      closed: !braced,
      name: this.text.slice(nameFrom, nameTo),
      nameFrom,
      nameTo,
      call: false,
      segments: [],
      danglingDot: false,
      role,
      block: this.currentBlock(),
    };
    this.result.references.push(ref);
    return ref;
  }
}

/** Scans `text` once (linear time) for everything the editor's language features need. */
export function scanTemplate(text: string): ScanResult {
  const scanner = new Scanner(text);
  scanner.template(0, text.length, 0, 'text');
  return scanner.result;
}

/** The innermost reference whose text covers `offset` (`from <= offset < to`). */
export function referenceAt(scan: ScanResult, offset: number): Reference | undefined {
  let best: Reference | undefined;
  for (const ref of scan.references) {
    if (ref.from > offset) break;
    if (offset < ref.to && (!best || ref.from >= best.from)) best = ref;
  }
  return best;
}

/** The comment or unparsed block `offset` is inside (a line comment includes its line's end). */
export function skippedRegionAt(scan: ScanResult, offset: number): SkippedRegion | undefined {
  return scan.skipped.find((region) =>
    region.kind === 'line-comment'
      ? offset > region.from && offset <= region.to
      : offset > region.from && offset < region.to,
  );
}

/** The directive keyword (`#if`, `#end`, `#{else}`) covering `offset`. */
export function directiveAt(scan: ScanResult, offset: number): DirectiveUse | undefined {
  return scan.directives.find((use) => offset >= use.from && offset < use.nameTo);
}

/** The dotted name of a reference's root and its leading properties, up to segment `count` (exclusive). */
export function dottedPath(ref: Reference, count = ref.segments.length): string {
  let path = ref.name;
  for (const segment of ref.segments.slice(0, count)) {
    if (segment.kind !== 'property') break;
    path += `.${segment.name}`;
  }
  return path;
}

/** Block `block` and the blocks around it, innermost first (at most 2 × {@link MAX_DEPTH} of them). */
export function enclosingBlocks(scan: ScanResult, block: number): Block[] {
  const blocks: Block[] = [];
  for (let i = block, hops = 0; i !== -1 && hops < MAX_DEPTH * 2; hops++) {
    const b = scan.blocks[i];
    blocks.push(b);
    i = b.parent;
  }
  return blocks;
}
