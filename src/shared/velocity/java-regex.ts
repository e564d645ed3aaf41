// Java's regex dialect (java.util.regex), for `replaceAll`, `replaceFirst` and `matches`: the subset email
// templates use, translated to an equivalent JavaScript RegExp (flag `u`, no `i`/`m`/`s`: those are spelled out so
// Java's meaning holds), or refused with a plain-English reason. Nothing here runs a pattern before the `Safety`
// check has accepted it: see REGEX_LIMITS and docs/architecture.md for what is refused and why.
import type { Budget, DataList } from './data';
import { CallError } from './errors';

export const REGEX_LIMITS = Object.freeze({
  /** Longest pattern, in characters. */
  maxPatternChars: 256,
  /** Longest text a regex method runs on, in characters. */
  maxInputChars: 5_000,
  /** Largest `{n,m}` count. */
  maxRepeat: 1_000,
});

type Bits = Uint8Array;

type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; open: string; look: boolean }
  | { t: 'quant'; body: Node; min: number; max: number; lazy: boolean }
  /** One character from a set; `js` is a JS class or escape matching exactly that set. */
  | { t: 'char'; js: string }
  /** Zero-width: anchors and word boundaries. */
  | { t: 'assert'; js: string }
  | { t: 'backref'; js: string };

export interface JavaRegex {
  /** Capturing groups (Java's `groupCount()`). */
  groupCount: number;
  /** Named groups → number. */
  names: ReadonlyMap<string, number>;
  /** For replaceAll (global) and replaceFirst, or, compiled for `matches`, anchored at both ends. */
  all: RegExp;
  first: RegExp;
}

const TERMINATORS = '\\n\\r\\u{85}\\u{2028}\\u{2029}';
const JAVA_SPACE = [9, 10, 11, 12, 13, 32];
const ANY = '[\\u{0}-\\u{10ffff}]';
/** Java's `$` without MULTILINE, and `\Z`: the end, or before a line terminator that ends the input. */
const END_OR_FINAL_TERMINATOR = '(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u{85}\\u{2028}\\u{2029}])?$)';

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
/** A code point as JS `u`-mode source, valid inside and outside a class. */
const lit = (cp: number) =>
  /[A-Za-z0-9]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : hex(cp);
const isAsciiLetter = (cp: number) => (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
const otherCase = (cp: number) => (cp <= 90 ? cp + 32 : cp - 32);

/** `[lo-hi]` plus, when case-insensitive, the other case of its ASCII letters (Java folds ASCII only). */
function rangeSource(lo: number, hi: number, ci: boolean): string {
  let out = lo === hi ? lit(lo) : `${lit(lo)}-${lit(hi)}`;
  if (!ci) return out;
  for (const [a, z] of [
    [65, 90],
    [97, 122],
  ]) {
    const from = Math.max(lo, a);
    const to = Math.min(hi, z);
    if (from <= to)
      out += from === to ? lit(otherCase(from)) : `${lit(otherCase(from))}-${lit(otherCase(to))}`;
  }
  return out;
}

/** The complement of a set of code points, as class ranges. */
function complement(cps: number[]): string {
  let out = '';
  let from = 0;
  for (const cp of [...cps].sort((a, b) => a - b)) {
    if (cp > from) out += `${hex(from)}-${hex(cp - 1)}`;
    from = cp + 1;
  }
  return `${out}${hex(from)}-${hex(0x10ffff)}`;
}

/** Java's ASCII `\d \w \s` (and negations), as class contents. */
const SHORTHAND: Record<string, string> = {
  d: '0-9',
  D: complement([...'0123456789'].map((c) => c.charCodeAt(0))),
  w: 'a-zA-Z0-9_',
  W: complement(
    [...'0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'].map((c) => c.charCodeAt(0)),
  ),
  s: JAVA_SPACE.map(hex).join(''),
  S: complement(JAVA_SPACE),
};

/** Java's ASCII POSIX classes (`\p{Alpha}`), as class contents. */
const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\u{0}-\\u{7f}',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}',
  Graph: '\\u{21}-\\u{7e}',
  Print: '\\u{20}-\\u{7e}',
  Blank: '\\u{20}\\u{9}',
  Cntrl: '\\u{0}-\\u{1f}\\u{7f}',
  XDigit: '0-9a-fA-F',
  Space: JAVA_SPACE.map(hex).join(''),
};
/** Unicode general categories (`\p{L}`, `\p{Lu}`, `\p{IsL}`): the same names in JS. */
const CATEGORY = /^(?:Is)?(L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/;

class Parser {
  private i = 0;
  groupCount = 0;
  readonly names = new Map<string, number>();
  ci = false;
  dotAll = false;
  multiline = false;

  constructor(private readonly src: string) {}

  parse(): Node {
    this.leadingFlags();
    const node = this.alternation();
    if (this.i < this.src.length) throw this.error(`unmatched ")" at index ${this.i}`);
    return node;
  }

  private error(reason: string): CallError {
    return new CallError('runtime', reason);
  }

  private unsupported(what: string): CallError {
    return new CallError('runtime', `Mailroom does not support ${what}`);
  }

  private peek(offset = 0): string {
    return this.src[this.i + offset] ?? '';
  }

  private take(): number {
    const cp = this.src.codePointAt(this.i);
    if (cp === undefined) throw this.error('the pattern ends too early');
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** `(?i)`, `(?s)`, `(?m)` (or several: `(?is)`) at the very start become how the pattern is translated. */
  private leadingFlags(): void {
    for (
      let m = /^\(\?([a-zA-Z-]*)\)/.exec(this.src);
      m;
      m = /^\(\?([a-zA-Z-]*)\)/.exec(this.src.slice(this.i))
    ) {
      for (const flag of m[1]) {
        if (flag === 'i') this.ci = true;
        else if (flag === 's') this.dotAll = true;
        else if (flag === 'm') this.multiline = true;
        else throw this.unsupported(`the inline flag (?${flag})`);
      }
      this.i += m[0].length;
    }
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      // `\Qab\E*` repeats the `b` only, as in Java.
      const quoted = atom.t === 'seq' ? atom.items : [atom];
      const last = quoted.pop();
      items.push(...quoted);
      if (last) items.push(this.quantifier(last));
    }
    return { t: 'seq', items };
  }

  private quantifier(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw this.error(`illegal repetition at index ${this.i}`);
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) throw this.error(`illegal repetition range ${m[0]}`);
      if (Math.max(min, max === Infinity ? 0 : max) > REGEX_LIMITS.maxRepeat) {
        throw new CallError(
          'limit',
          `a repetition count over ${REGEX_LIMITS.maxRepeat.toLocaleString('en-US')}`,
        );
      }
    } else return atom;
    if (this.peek() === '+') throw this.unsupported('possessive quantifiers (such as a++ or a*+)');
    const lazy = this.peek() === '?';
    if (lazy) this.i++;
    if (atom.t === 'assert' || (atom.t === 'group' && atom.look)) {
      throw this.error(`nothing to repeat before index ${this.i - 1} (an anchor or lookaround)`);
    }
    return { t: 'quant', body: atom, min, max, lazy };
  }

  private atom(): Node {
    const c = this.peek();
    switch (c) {
      case '(':
        return this.group();
      case '[':
        this.i++;
        return { t: 'char', js: this.charClass() };
      case '.':
        this.i++;
        return { t: 'char', js: this.dotAll ? ANY : `[^${TERMINATORS}]` };
      case '^':
        this.i++;
        return {
          t: 'assert',
          js: this.multiline ? '(?!$)(?:^|(?<=[\\n\\u{85}\\u{2028}\\u{2029}])|(?<=\\r)(?!\\n))' : '^',
        };
      case '$':
        this.i++;
        return {
          t: 'assert',
          js: this.multiline ? '(?=[\\r\\u{85}\\u{2028}\\u{2029}]|(?<!\\r)\\n|$)' : END_OR_FINAL_TERMINATOR,
        };
      case '\\':
        this.i++;
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw this.error(`dangling meta character "${c}" at index ${this.i}`);
      case '{':
        throw this.error(`illegal repetition at index ${this.i}`);
      default:
        return this.literal(this.take());
    }
  }

  private literal(cp: number): Node {
    return { t: 'char', js: this.ci && isAsciiLetter(cp) ? `[${lit(cp)}${lit(otherCase(cp))}]` : lit(cp) };
  }

  private group(): Node {
    this.i++; // (
    let open = '(';
    let look = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i + 1);
      const named = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest);
      if (rest.startsWith(':')) open = '(?:';
      else if (/^(?:=|!|<=|<!)/.test(rest)) {
        open = `(?${/^(?:=|!|<=|<!)/.exec(rest)![0]}`;
        look = true;
      } else if (named) {
        if (this.names.has(named[1])) throw this.error(`named group <${named[1]}> is defined twice`);
        this.names.set(named[1], ++this.groupCount);
        open = `(?<${named[1]}>`;
      } else if (rest.startsWith('>')) throw this.unsupported('atomic groups (?>…)');
      else if (/^[a-zA-Z-]*[:)]/.test(rest))
        throw this.unsupported('inline flags other than (?i), (?s) and (?m) at the start of the pattern');
      else throw this.error(`unknown group type at index ${this.i - 1}`);
      this.i += open.length - 1;
    } else this.groupCount++;
    const body = this.alternation();
    if (this.peek() !== ')') throw this.error('unclosed group');
    this.i++;
    return { t: 'group', body, open, look };
  }

  /** After `\`, outside a class. */
  private escape(): Node {
    const c = this.peek();
    if (/[1-9]/.test(c)) return this.backref();
    if (c === 'k') {
      const m = /^k<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.i));
      if (!m) throw this.error('\\k is not followed by a group name in angle brackets');
      if (!this.names.has(m[1])) throw this.error(`no group named <${m[1]}> before \\k<${m[1]}>`);
      if (this.ci) throw this.unsupported('back references with (?i)');
      this.i += m[0].length;
      return { t: 'backref', js: `(?:\\k<${m[1]}>)` };
    }
    if (c === 'Q') {
      this.i++;
      const end = this.src.indexOf('\\E', this.i);
      const quoted = this.src.slice(this.i, end === -1 ? undefined : end);
      this.i = end === -1 ? this.src.length : end + 2;
      return { t: 'seq', items: [...quoted].map((ch) => this.literal(ch.codePointAt(0)!)) };
    }
    const anchors: Record<string, string> = {
      A: '^',
      z: '$',
      Z: END_OR_FINAL_TERMINATOR,
      b: '\\b',
      B: '\\B',
    };
    if (c in anchors) {
      this.i++;
      return { t: 'assert', js: anchors[c] };
    }
    const set = this.classEscape();
    return { t: 'char', js: set.single === undefined ? `[${set.js}]` : this.literalSource(set.single) };
  }

  private literalSource(cp: number): string {
    return (this.literal(cp) as { js: string }).js;
  }

  private backref(): Node {
    let n = Number(this.take() - 48);
    // Java takes a second digit only while the number is still a group that exists.
    while (/[0-9]/.test(this.peek()) && n * 10 + Number(this.peek()) <= this.groupCount)
      n = n * 10 + Number(this.take() - 48);
    if (n > this.groupCount) throw this.error(`back reference \\${n} names no group before it`);
    if (this.ci) throw this.unsupported('back references with (?i)');
    return { t: 'backref', js: `(?:\\${n})` };
  }

  /**
   * An escape that stands for characters (after the `\`): either one code point (`single`) or a set, as class
   * contents. Shared by classes and the outside.
   */
  private classEscape(): { js: string; single?: number } {
    const c = this.peek();
    if (c === '') throw this.error('the pattern ends with a lone backslash');
    const cp = this.take();
    const controls: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, a: 7, e: 27 };
    if (c in controls) return { js: lit(controls[c]), single: controls[c] };
    if (c in SHORTHAND) return { js: SHORTHAND[c] };
    if (c === 'x') {
      const m = /^(?:([0-9a-fA-F]{2})|\{([0-9a-fA-F]{1,6})\})/.exec(this.src.slice(this.i));
      const value = m ? parseInt(m[1] ?? m[2], 16) : NaN;
      if (!m || value > 0x10ffff) throw this.error('illegal hexadecimal escape \\x');
      this.i += m[0].length;
      return { js: lit(value), single: value };
    }
    if (c === 'u') {
      const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
      if (!m) throw this.error('illegal Unicode escape \\u');
      this.i += 4;
      let value = parseInt(m[0], 16);
      const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.src.slice(this.i));
      if (value >= 0xd800 && value <= 0xdbff && low) {
        value = 0x10000 + ((value - 0xd800) << 10) + (parseInt(low[1], 16) - 0xdc00);
        this.i += 6;
      }
      return { js: lit(value), single: value };
    }
    if (c === 'c') {
      const value = this.take() ^ 64;
      return { js: lit(value), single: value };
    }
    if (c === 'p' || c === 'P') {
      const m = /^\{(\w+)\}|^([A-Z])/.exec(this.src.slice(this.i));
      const name = m ? (m[1] ?? m[2]) : '';
      if (!m) throw this.error(`\\${c} is not followed by a property name`);
      this.i += m[0].length;
      if (this.ci) throw this.unsupported(`\\${c}{…} with (?i)`);
      const posix = POSIX[name.replace(/^Is/, '')];
      if (posix !== undefined) return { js: c === 'p' ? posix : `^${posix}` };
      const category = CATEGORY.exec(name);
      if (!category) throw this.unsupported(`the character property \\${c}{${name}}`);
      return { js: `\\${c}{${category[1]}}` };
    }
    if (/[0-9]/.test(c)) throw this.unsupported(`octal escapes and \\${c} here`);
    if (/[a-zA-Z]/.test(c)) throw this.unsupported(`the escape \\${c}`);
    return { js: lit(cp), single: cp }; // `\.`, `\\`, `\$`: the character itself
  }

  /** After `[`: Java's class, without unions (`[a[b]]`) or intersections (`&&`). Returns JS class source. */
  private charClass(): string {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    let body = '';
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === '') throw this.error('unclosed character class');
      if (c === ']' && !first) break;
      first = false;
      if (c === '[') throw this.unsupported('nested character classes (unions such as [a[b]])');
      if (c === '&' && this.peek(1) === '&') throw this.unsupported('character class intersections (&&)');
      let lo: number | undefined;
      if (c === '\\') {
        this.i++;
        if (this.peek() === 'Q' || this.peek() === 'b' || this.peek() === 'B')
          throw this.unsupported(`\\${this.peek()} inside a character class`);
        const set = this.classEscape();
        if (set.single === undefined) {
          if (set.js.startsWith('^'))
            throw this.unsupported('a negated \\P or POSIX class inside a character class');
          body += set.js;
          continue;
        }
        lo = set.single;
      } else lo = this.take();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        let hi: number;
        if (this.peek() === '\\') {
          this.i++;
          const set = this.classEscape();
          if (set.single === undefined) throw this.error('illegal character range (ends in a class)');
          hi = set.single;
        } else if (this.peek() === '[')
          throw this.unsupported('nested character classes (unions such as [a[b]])');
        else hi = this.take();
        if (hi < lo) throw this.error('illegal character range');
        body += rangeSource(lo, hi, this.ci);
      } else body += rangeSource(lo, lo, this.ci);
    }
    this.i++; // ]
    return `[${negate ? '^' : ''}${body}]`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Safety: refuse, before anything runs, the shapes that make a backtracking engine take exponential (or high
// polynomial) time. Character sets are compared on probe characters: all of ASCII, a few others, and every
// character the pattern names.

const EXTRA_PROBES = [0x85, 0xa0, 0xc9, 0xe9, 0x416, 0x436, 0x2028, 0x2029, 0x3000, 0xfeff, 0x1f600];

class Safety {
  private readonly probes: string[];
  private readonly cache = new Map<string, Bits>();
  private readonly all: Bits;

  /** Ambiguous neighbours found so far (see `sequence`). */
  private pairs = 0;

  constructor(
    pattern: string,
    private readonly finalCanFail: boolean,
  ) {
    const cps = new Set<number>(EXTRA_PROBES);
    for (let cp = 0; cp < 128; cp++) cps.add(cp);
    for (const ch of pattern) cps.add(ch.codePointAt(0)!);
    this.probes = [...cps].map((cp) => String.fromCodePoint(cp));
    this.all = new Uint8Array(this.probes.length).fill(1);
  }

  /** `anchored`: the match can only start at the beginning of the text (`matches`, or a pattern opening with `^`). */
  check(node: Node, anchored: boolean): void {
    this.walk(node);
    this.sequence(node, this.finalCanFail, anchored);
  }

  private refuse(reason: string): never {
    throw new CallError('limit', reason);
  }

  private bits(js: string): Bits {
    let bits = this.cache.get(js);
    if (!bits) {
      const re = new RegExp(`^${js}$`, 'u');
      bits = Uint8Array.from(this.probes, (probe) => (re.test(probe) ? 1 : 0));
      this.cache.set(js, bits);
    }
    return bits;
  }

  /** Every character `node` may consume. */
  private chars(node: Node): Bits {
    switch (node.t) {
      case 'char':
        return this.bits(node.js);
      case 'assert':
        return new Uint8Array(this.all.length);
      case 'backref':
        return this.all;
      case 'quant':
      case 'group':
        return node.t === 'group' && node.look ? new Uint8Array(this.all.length) : this.chars(node.body);
      default: {
        const out = new Uint8Array(this.all.length);
        for (const child of node.t === 'seq' ? node.items : node.alts) {
          this.chars(child).forEach((bit, i) => (out[i] |= bit));
        }
        return out;
      }
    }
  }

  /** The characters `node` may start with. */
  private firsts(node: Node): Bits {
    if (node.t === 'seq') {
      const out = new Uint8Array(this.all.length);
      for (const item of node.items) {
        this.firsts(item).forEach((bit, i) => (out[i] |= bit));
        if (!nullable(item)) break;
      }
      return out;
    }
    if (node.t === 'alt') return this.chars(node);
    if (node.t === 'quant' || (node.t === 'group' && !node.look)) return this.firsts(node.body);
    return this.chars(node);
  }

  /** Nested repetition and ambiguous alternation under a repetition: exponential. */
  private walk(node: Node, repeated?: string): void {
    switch (node.t) {
      case 'quant': {
        const variable = node.max > node.min;
        if (variable && repeated) this.refuse(`it repeats a group that itself repeats (${repeated})`);
        this.walk(
          node.body,
          variable ? (repeated ?? 'a repetition inside a repetition, such as (a+)+') : repeated,
        );
        this.sequence(node.body, true);
        return;
      }
      case 'backref':
        if (repeated) this.refuse('it repeats a back reference');
        return;
      case 'alt':
        if (repeated) {
          const firsts = node.alts.map((alt) => this.firsts(alt));
          for (let a = 0; a < node.alts.length; a++) {
            if (nullable(node.alts[a]))
              this.refuse('it repeats an alternation with an empty choice, such as (a|)*');
            for (let b = a + 1; b < node.alts.length; b++) {
              if (overlap(firsts[a], firsts[b]))
                this.refuse('it repeats an alternation whose choices can start alike, such as (a|ab)*');
            }
          }
        }
        for (const alt of node.alts) {
          this.walk(alt, repeated);
          this.sequence(alt, true);
        }
        return;
      case 'seq':
        for (const item of node.items) this.walk(item, repeated);
        return;
      case 'group':
        this.walk(node.body, repeated);
        if (node.look) this.sequence(node.body, true);
        return;
      default:
        return;
    }
  }

  /**
   * Two variable repetitions over overlapping characters with nothing between them that the first could not
   * swallow (`.*x.*y`, `a*a*b`), and something after them that can fail: a failing match retries every split,
   * quadratic in the text's length from each start, so cubic for a search. One such pair is allowed where the
   * match can only start at the beginning (`matches`, `^…`), and only at the top level of the pattern.
   */
  private sequence(node: Node, tailCanFail: boolean, mayPair = false): void {
    const items = flatten(node);
    const canFail = items.map(
      (item) => item.t === 'assert' || (item.t === 'group' && item.look) || !nullable(item),
    );
    for (let j = items.length - 1; j >= 0; j--) {
      if (!this.isVariable(items[j]) || !(tailCanFail || canFail.slice(j + 1).some(Boolean))) continue;
      const cj = this.chars(items[j]);
      for (let i = j - 1; i >= 0; i--) {
        if (!this.isVariable(items[i])) continue;
        const ci = this.chars(items[i]);
        const swallowed = items
          .slice(i + 1, j)
          .every((item) => nullable(item) || item.t === 'assert' || subset(this.chars(item), ci));
        if (swallowed && overlap(ci, cj) && (!mayPair || ++this.pairs > 1)) {
          this.refuse(
            mayPair
              ? 'it has more than one pair of repetitions in a row that can match the same text, such as .*x.*'
              : 'it has two repetitions in a row that can match the same text, such as .*x.* or a*a* (allowed once when the pattern starts with ^)',
          );
        }
      }
    }
  }

  /** May match in more than one way, leaving choices to backtrack into. */
  private isVariable(node: Node): boolean {
    switch (node.t) {
      case 'quant':
        return node.max > node.min || this.isVariable(node.body);
      case 'seq':
        return node.items.some((item) => this.isVariable(item));
      case 'alt': {
        if (node.alts.some((alt) => nullable(alt) || this.isVariable(alt))) return true;
        const firsts = node.alts.map((alt) => this.firsts(alt));
        return firsts.some((a, i) => firsts.slice(i + 1).some((b) => overlap(a, b)));
      }
      case 'group':
        return !node.look && this.isVariable(node.body);
      case 'backref':
        return true;
      default:
        return false;
    }
  }
}

/** A sequence with its plain groups opened up, so `(a*)(a*)` is seen as two neighbours. */
function flatten(node: Node): Node[] {
  if (node.t === 'seq') return node.items.flatMap(flatten);
  if (node.t === 'group' && !node.look) return flatten(node.body);
  return [node];
}

function nullable(node: Node): boolean {
  switch (node.t) {
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.alts.some(nullable);
    case 'group':
      return node.look || nullable(node.body);
    case 'quant':
      return node.min === 0 || nullable(node.body);
    case 'char':
      return false;
    default:
      return true;
  }
}

const overlap = (a: Bits, b: Bits) => a.some((bit, i) => bit === 1 && b[i] === 1);
const subset = (a: Bits, b: Bits) => a.every((bit, i) => bit === 0 || b[i] === 1);

function emit(node: Node): string {
  switch (node.t) {
    case 'seq':
      return node.items.map(emit).join('');
    case 'alt':
      return node.alts.map(emit).join('|');
    case 'group':
      return `${node.open}${emit(node.body)})`;
    case 'quant': {
      const { min, max } = node;
      const count =
        min === 0 && max === Infinity
          ? '*'
          : min === 1 && max === Infinity
            ? '+'
            : min === 0 && max === 1
              ? '?'
              : `{${min},${max === Infinity ? '' : max}}`;
      const body =
        node.body.t === 'seq' || node.body.t === 'alt' ? `(?:${emit(node.body)})` : emit(node.body);
      return `${body}${count}${node.lazy ? '?' : ''}`;
    }
    default:
      return node.js;
  }
}

const compiled = new Map<string, JavaRegex | CallError>();

/**
 * Translates a Java pattern, refusing unsafe or unsupported ones, for a search (`replaceAll`, `replaceFirst`) or a
 * whole-text match (`matches`: anchored, so a failure after the last repetition is always possible, and the safety
 * check counts it). Results are cached per pattern and use.
 */
export function compileJavaRegex(pattern: string, whole = false): JavaRegex {
  const key = `${whole ? 'whole' : 'search'}:${pattern}`;
  let result = compiled.get(key);
  if (!result) {
    result = translate(pattern, whole);
    if (compiled.size >= 256) compiled.clear();
    compiled.set(key, result);
  }
  if (result instanceof CallError) throw result;
  return result;
}

function translate(pattern: string, whole: boolean): JavaRegex | CallError {
  try {
    if (pattern.length > REGEX_LIMITS.maxPatternChars) {
      return new CallError(
        'limit',
        `it is longer than ${REGEX_LIMITS.maxPatternChars} characters (the limit for a pattern)`,
      );
    }
    const parser = new Parser(pattern);
    const tree = parser.parse();
    const head = flatten(tree)[0];
    new Safety(pattern, whole).check(tree, whole || (head?.t === 'assert' && head.js === '^'));
    const source = whole ? `^(?:${emit(tree)})$` : emit(tree);
    return {
      groupCount: parser.groupCount,
      names: parser.names,
      all: new RegExp(source, 'gu'),
      first: new RegExp(source, 'u'),
    };
  } catch (error) {
    if (error instanceof CallError) {
      const verdict = error.kind === 'limit' ? 'is refused' : 'cannot be used';
      return new CallError(error.kind, `the pattern ${JSON.stringify(pattern)} ${verdict}: ${error.message}`);
    }
    // The translation was accepted but JavaScript was not: a gap in ours, reported rather than guessed at.
    if (error instanceof SyntaxError)
      return new CallError('runtime', `the pattern ${JSON.stringify(pattern)} cannot be used`);
    throw error;
  }
}

/** Java's replacement text: `$1`, `${name}`, `\$`, `\\`; the error, if any, is Java's and is raised at the first match. */
export function parseReplacement(
  replacement: string,
  regex: Pick<JavaRegex, 'groupCount' | 'names'>,
): (string | number)[] | CallError {
  const parts: (string | number)[] = [];
  let text = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      if (++i >= replacement.length)
        return new CallError('runtime', 'the replacement ends with a lone backslash');
      text += replacement[i];
    } else if (c === '$') {
      if (++i >= replacement.length) return new CallError('runtime', 'the replacement ends with a lone "$"');
      let group: number;
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = end === -1 ? '' : replacement.slice(i + 1, end);
        if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name))
          return new CallError('runtime', 'the replacement has a "${" without a valid group name and "}"');
        const found = regex.names.get(name);
        if (found === undefined) return new CallError('runtime', `the replacement names no group "${name}"`);
        group = found;
        i = end;
      } else {
        if (!/[0-9]/.test(replacement[i]))
          return new CallError(
            'runtime',
            'the replacement has a "$" not followed by a group (write \\$ for "$")',
          );
        group = Number(replacement[i]);
        while (
          /[0-9]/.test(replacement[i + 1] ?? '') &&
          group * 10 + Number(replacement[i + 1]) <= regex.groupCount
        ) {
          group = group * 10 + Number(replacement[++i]);
        }
        if (group > regex.groupCount)
          return new CallError('runtime', `the replacement names no group ${group}`);
      }
      if (text) parts.push(text);
      text = '';
      parts.push(group);
    } else text += c;
  }
  if (text) parts.push(text);
  return parts;
}

/** Refuses a text over the cap, and counts the run as enough work for the renderer to look at its clock. */
function checkInput(text: string, budget: Budget): void {
  budget.spend(256);
  if (text.length > REGEX_LIMITS.maxInputChars) {
    throw new CallError(
      'limit',
      `the text is longer than ${REGEX_LIMITS.maxInputChars.toLocaleString('en-US')} characters (the limit for regex methods)`,
    );
  }
}

/** Java `String.replaceAll` / `replaceFirst`; the budget sees the result's length before each piece is built. */
export function javaReplace(
  text: string,
  pattern: string,
  replacement: string,
  all: boolean,
  budget: Budget,
): string {
  const regex = compileJavaRegex(pattern);
  checkInput(text, budget);
  const parts = parseReplacement(replacement, regex);
  let length = text.length;
  return text.replace(all ? regex.all : regex.first, (...args: unknown[]) => {
    if (parts instanceof CallError) throw parts;
    const groups = args.slice(0, regex.groupCount + 1) as (string | undefined)[];
    const pieces = parts.map((part) => (typeof part === 'string' ? part : (groups[part] ?? '')));
    length += pieces.reduce((sum, piece) => sum + piece.length, 0) - groups[0]!.length;
    budget.check(length);
    return pieces.join('');
  });
}

/**
 * Java `String.split(regex)`: the pieces between matches; no match gives the text itself; a zero-width match at
 * the start makes no leading empty piece (Java 8 and later); trailing empty pieces are dropped.
 */
export function javaSplit(text: string, pattern: string, budget: Budget): DataList {
  const regex = compileJavaRegex(pattern);
  checkInput(text, budget);
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(regex.all)) {
    const start = match.index;
    if (start === 0 && match[0].length === 0) continue;
    parts.push(text.slice(last, start));
    last = start + match[0].length;
  }
  if (parts.length === 0) return Object.freeze([text]);
  parts.push(text.slice(last));
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return Object.freeze(parts);
}

/** Java `String.matches`: the whole text must match. */
export function javaMatches(text: string, pattern: string, budget: Budget): boolean {
  const regex = compileJavaRegex(pattern, true);
  checkInput(text, budget);
  return regex.first.test(text);
}
