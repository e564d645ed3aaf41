// Hostile templates: each must stay inside the sandbox (no JS outside the whitelist runs), finish
// within a second, and either render harmless text or throw a TemplateError with a clear message.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RenderOptions, TemplateError, renderTemplate } from './render';

declare global {
  var __pwned: boolean | undefined;
}

const SECRET = 'canary-secret-4f1c';
const PWN = 'globalThis.__pwned = true';

class Account {
  id = 'acct-1';
  leak(): string {
    globalThis.__pwned = true;
    return SECRET;
  }
}

const trap = {};
Object.defineProperty(trap, 'value', {
  enumerable: true,
  get() {
    globalThis.__pwned = true;
    return SECRET;
  },
});

const context = {
  x: 'text',
  n: 42,
  list: [1, 2, 3],
  user: { profile: { firstName: 'Ann', locale: 'en_US' }, groups: { names: ['Everyone'] } },
  fn: () => {
    globalThis.__pwned = true;
    return SECRET;
  },
  account: new Account(),
  trap,
  big: `${'a'.repeat(50_000)}!`,
  quotes: '"'.repeat(200_000),
};

type Expected = { kind: TemplateError['kind']; message: RegExp } | { output: string | RegExp };

interface Hostile {
  name: string;
  template: string;
  expected: Expected;
  options?: RenderOptions;
}

const limit = (message: RegExp): Expected => ({ kind: 'limit', message });
const runtime = (message: RegExp): Expected => ({ kind: 'runtime', message });
const syntax = (message: RegExp): Expected => ({ kind: 'syntax', message });
const asWritten = (template: string): Hostile['expected'] => ({ output: template });

const HOSTILE: Hostile[] = [
  // Prototype and constructor walks
  {
    name: 'constructor.constructor',
    template: `$x.constructor.constructor("${PWN}")`,
    expected: asWritten(`$x.constructor.constructor("${PWN}")`),
  },
  {
    name: 'constructor.constructor call',
    template: `$x.constructor.constructor("${PWN}")()`,
    expected: syntax(/unexpected "\("/),
  },
  {
    name: 'Function via constructor, formal',
    template: '${x.constructor.constructor("return process").call().exit(1)}',
    expected: asWritten('${x.constructor.constructor("return process").call().exit(1)}'),
  },
  {
    name: 'string literal constructor',
    template: `#set($s = "")$s.constructor.constructor("${PWN}").call()`,
    expected: asWritten(`$s.constructor.constructor("${PWN}").call()`),
  },
  {
    name: '__proto__ read',
    template: '$x.__proto__ $user.__proto__ $list.__proto__',
    expected: asWritten('$x.__proto__ $user.__proto__ $list.__proto__'),
  },
  {
    name: 'prototype of a map',
    template: '$user.constructor.prototype',
    expected: asWritten('$user.constructor.prototype'),
  },
  {
    name: 'helper internals',
    template: '$f.constructor $f.fns $f.name $StringTool.fns.get("escapeHtml")',
    expected: asWritten('$f.constructor $f.fns $f.name $StringTool.fns.get("escapeHtml")'),
  },
  {
    name: 'helper function constructor',
    template: `$f.escapeHtml.constructor("${PWN}").apply()`,
    expected: asWritten(`$f.escapeHtml.constructor("${PWN}").apply()`),
  },
  {
    name: 'hasOwnProperty on a map',
    template: '$user.profile.hasOwnProperty("firstName")',
    expected: asWritten('$user.profile.hasOwnProperty("firstName")'),
  },
  {
    name: 'Java getClass / forName',
    template:
      '$x.class.forName("java.lang.Runtime") $x.getClass().forName("java.lang.Runtime").getRuntime().exec("id")',
    expected: { output: /^\$x\.class/ },
  },
  { name: '#set from getClass', template: '#set($a = $x.getClass())$a|$!a', expected: { output: '$a|' } },
  {
    name: 'valueOf / toString tricks',
    template: '$x.valueOf() $n.toString() $list.toString.call($x) $user.toString()',
    expected: asWritten('$x.valueOf() $n.toString() $list.toString.call($x) $user.toString()'),
  },
  {
    name: 'index access to constructor',
    template: `$x["constructor"]["constructor"].call(1, "${PWN}")`,
    expected: asWritten(`$x["constructor"]["constructor"].call(1, "${PWN}")`),
  },
  {
    name: 'Object.prototype getters',
    template: '$x.__lookupGetter__("length") $user.__defineGetter__("a", $fn)',
    expected: { output: /^\$x\.__lookupGetter__/ },
  },
  // Globals a JS engine would have
  {
    name: 'process.env',
    template: '$process.env $!process.env.HOME ${process.mainModule}',
    expected: asWritten('$process.env  ${process.mainModule}'),
  },
  {
    name: 'globalThis / window / eval',
    template: '$globalThis.__pwned $window.location ${eval("1+1")} $Function("x")',
    expected: asWritten('$globalThis.__pwned $window.location ${eval("1+1")} $Function("x")'),
  },
  {
    name: 'require',
    template: '$require("child_process").execSync("id")',
    expected: asWritten('$require("child_process").execSync("id")'),
  },
  // Functions and objects in the context
  {
    name: 'function in context',
    template: '$fn() $fn.call() $!fn|$fn.apply($x)',
    expected: asWritten('$fn() $fn.call() |$fn.apply($x)'),
  },
  {
    name: 'class instance method',
    template: '$account.leak() $account.id',
    expected: asWritten('$account.leak() acct-1'),
  },
  {
    name: 'getter with side effect',
    template: '$trap.value $trap.get("value") $trap',
    expected: asWritten('$trap.value $trap.get("value") {}'),
  },
  // Mutation attempts
  {
    name: '#set on a prototype path',
    template: '#set($user.__proto__.polluted = 1)',
    expected: runtime(/#set can only assign a plain variable/),
  },
  {
    name: '#set on a map key',
    template: '#set($user.profile.firstName = "Eve")',
    expected: runtime(/#set can only assign a plain variable/),
  },
  {
    name: 'map literal with __proto__ key',
    template: '#set($m = {"__proto__": {"polluted": true}})$m.polluted $!m.constructor',
    expected: asWritten('$m.polluted '),
  },
  {
    name: 'Java collection mutators',
    template: '$list.add(4) $list.remove(0) $user.profile.put("x", 1) $list.push(9) $list.size()',
    expected: asWritten('$list.add(4) $list.remove(0) $user.profile.put("x", 1) $list.push(9) 3'),
  },
  {
    name: 'macros named like Object.prototype',
    template: '#hasOwnProperty("x") #toString() #constructor() #__proto__()',
    expected: asWritten('#hasOwnProperty("x") #toString() #constructor() #__proto__()'),
  },
  {
    name: 'macro named constructor',
    template: '#macro(constructor)ok#end#constructor()',
    expected: { output: 'ok' },
  },
  // #parse / #include
  {
    name: '#parse',
    template: '#parse("/etc/passwd")',
    expected: runtime(/#parse is not available in email templates \(line 1, column 1\)/),
  },
  {
    name: '#include',
    template: 'x\n#include("/etc/passwd")',
    expected: runtime(/#include is not available/),
  },
  {
    name: '#parse inside #evaluate',
    template: '#evaluate("#parse(\'x\')")',
    expected: runtime(/#parse is not available/),
  },
  // Loops and ranges
  {
    name: 'huge range',
    template: '#foreach($i in [1..100000000])x#end',
    expected: limit(/^Range \[1\.\.100000000\] has more than 1,000 items$/),
  },
  {
    name: 'huge range from variables',
    template: '#set($a = -9007199254740991)#set($b = 9007199254740991)#set($r = [$a..$b])',
    expected: limit(/^Range \[-9007199254740991\.\.9007199254740991\] has more/),
  },
  {
    name: 'nested loops (10^9)',
    template: '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end',
    expected: limit(/^#foreach ran more than 10,000 iterations$/),
  },
  {
    name: 'loop over a stored range',
    template: '#set($r = [1..1000])#foreach($a in $r)#foreach($b in $r)#end#end',
    expected: limit(/#foreach ran more than/),
  },
  // Output and memory bombs
  {
    name: 'string doubling by interpolation',
    template: '#set($s = "xxxxxxxxxx")#foreach($i in [1..64])#set($s = "$s$s")#end$s',
    expected: limit(/^Template output exceeds 1,000,000 characters$/),
  },
  {
    name: 'string doubling by +',
    template: '#set($s = "xx")#foreach($i in [1..64])#set($s = $s + $s)#end',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'string doubling by concat()',
    template: '#set($s = "xx")#foreach($i in [1..64])#set($s = $s.concat($s))#end',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'replace amplification',
    template: '#set($s = "aaaaaaaaaa")#foreach($i in [1..30])#set($s = $s.replace("a", "aaaaaaaaaa"))#end',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'replace with empty match',
    template: '$big.replace("", $big)',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'f.replace amplification',
    template: '${f.replace($big, "a", $big)}',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'escapeHtml growth',
    template: '$!{StringTool.escapeHtml($quotes)}',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'nested list printing',
    template:
      '#set($a = [1,2,3,4,5,6,7,8,9,10])#foreach($i in [1..8])#set($a = [$a,$a,$a,$a,$a,$a,$a,$a,$a,$a])#end$a',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'nested list comparison',
    template:
      '#set($a = [1,2,3,4,5,6,7,8,9,10])#foreach($i in [1..8])#set($a = [$a,$a,$a,$a,$a,$a,$a,$a,$a,$a])#end#if($a == $x)y#end',
    expected: limit(/Template output exceeds/),
  },
  {
    name: 'plain text bomb from a loop',
    template: `#foreach($i in [1..1000])${'y'.repeat(2000)}#end`,
    expected: limit(/Template output exceeds/),
  },
  // Recursion
  {
    name: 'recursive macro',
    template: '#macro(r)#r()#end#r()',
    expected: limit(/calls nest more than 32 levels deep/),
  },
  {
    name: 'branching recursive macro',
    template: '#macro(b $n)#b(1)#b(1)#b(1)#end#b(1)',
    expected: limit(/nest more than 32 levels|more than 10,000 #macro/),
  },
  {
    name: 'wide macro fan-out',
    template:
      '#macro(w)#foreach($i in [1..9])#end#end#foreach($i in [1..999])#w()#w()#w()#w()#w()#w()#w()#w()#w()#w()#w()#end',
    expected: limit(/more than 10,000/),
  },
  {
    name: '#evaluate recursion',
    template: "#set($e = '#evaluate($e)')#evaluate($e)",
    expected: limit(/nest more than 32 levels/),
  },
  {
    name: '#define recursion',
    template: '#define($d)$d$d#end$d',
    expected: limit(/nest more than 32 levels/),
  },
  {
    name: 'mutual macro recursion',
    template: '#macro(a)#b()#end#macro(b)#a()#end#a()',
    expected: limit(/nest more than 32 levels/),
  },
  // Regex-shaped input: the regex methods refuse backtracking shapes and long texts; the others take it literally
  {
    name: 'ReDoS pattern to replaceAll',
    template: '$big.replaceAll("(a+)+$", "x").length()',
    expected: limit(/the pattern "\(a\+\)\+\$" is refused: it repeats a group that itself repeats/),
  },
  {
    name: 'ReDoS pattern to matches',
    template: '$big.matches("(a|a)*b")',
    expected: limit(/alternation whose choices can start alike/),
  },
  {
    name: 'safe pattern on a text over the regex input cap',
    template: '$big.replaceAll("a", "b")',
    expected: limit(/the text is longer than 5,000 characters/),
  },
  {
    name: 'ReDoS pattern to split',
    template: '$big.split("(a|a)*b").size()',
    expected: limit(/alternation whose choices can start alike/),
  },
  {
    name: 'ReDoS-looking text to contains (literal, never a regex)',
    template: '$big.contains("(a+)+b")',
    expected: { output: 'false' },
  },
  {
    name: 'long whitespace to trim',
    template: `#set($s = "${' '.repeat(50_000)}x${' '.repeat(50_000)}")$s.trim()`,
    expected: { output: 'x' },
  },
  // Parser and nesting stress
  {
    name: 'template over the size cap',
    template: 'x'.repeat(200_000),
    expected: limit(/^Template is longer than 131,072 characters$/),
  },
  { name: '100 K of $', template: '$'.repeat(100_000), expected: { output: '$'.repeat(100_000) } },
  {
    name: '100 K of #if blocks',
    template: '#if($x)y#end'.repeat(10_000),
    expected: { output: 'y'.repeat(10_000) },
  },
  {
    name: 'long index chain',
    template: `$list${'[0]'.repeat(40_000)}`,
    expected: { output: /^\$list\[0\]/ },
  },
  {
    name: 'deep parentheses',
    template: `#set($a = ${'('.repeat(5000)}1${')'.repeat(5000)})`,
    expected: limit(/nested more than 64 levels/),
  },
  {
    name: 'deep #if nesting',
    template: `${'#if(true)'.repeat(500)}x${'#end'.repeat(500)}`,
    expected: limit(/nested more than 64 levels/),
  },
  {
    name: 'unclosed nested strings',
    template: `#set($a = "${'$x.concat("'.repeat(100)}`,
    expected: syntax(/^Velocity syntax error at line 1/),
  },
  // Time
  {
    name: 'slow work inside the iteration budget',
    template:
      '#set($s = $big.replace("a", "abc"))#foreach($i in [1..1000])#foreach($j in [1..9])#set($t = $s.replace("b", "c"))#end#end',
    options: { timeoutMs: 150 },
    expected: limit(/^Template rendering took longer than 150 ms$/),
  },
];

describe('sandbox', () => {
  let exit: ReturnType<typeof vi.spyOn>;

  beforeAll(() => {
    process.env.MAILROOM_VELOCITY_CANARY = SECRET;
    exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('process.exit was called');
    });
  });
  afterAll(() => {
    delete process.env.MAILROOM_VELOCITY_CANARY;
    exit.mockRestore();
  });
  beforeEach(() => {
    globalThis.__pwned = false;
  });

  it('covers at least 40 hostile templates', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE)('$name', ({ template, expected, options }) => {
    const started = performance.now();
    let output: string | undefined;
    let error: unknown;
    try {
      output = renderTemplate(template, context, options);
    } catch (e) {
      error = e;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(globalThis.__pwned).toBe(false);
    expect(exit).not.toHaveBeenCalled();
    expect(Object.prototype).not.toHaveProperty('polluted');

    if ('output' in expected) {
      expect(error).toBeUndefined();
      if (typeof expected.output === 'string')
        expect(output === expected.output, output?.slice(0, 200)).toBe(true);
      else expect(output).toMatch(expected.output);
      expect(output).not.toContain(SECRET);
      expect(output).not.toMatch(/native code|\[object |=>|function /);
    } else {
      expect(error).toBeInstanceOf(TemplateError);
      expect(error).toMatchObject({ kind: expected.kind });
      expect((error as TemplateError).message).toMatch(expected.message);
    }
  });

  it('never hands the caller context to the template by reference', () => {
    const profile = { firstName: 'Ann' };
    renderTemplate('#set($p = $user.profile)$p', { user: { profile } });
    expect(Object.isFrozen(profile)).toBe(false);
    expect(profile).toEqual({ firstName: 'Ann' });
  });
});
