/**
 * Item 5's corpus: templates that parse (or try to) and attack at render time. Each satisfies UserActivation's
 * required variable, so only the attack decides the answer. `CANARY` marks what an escape would leak.
 */
const LINK = '${activationLink}';
const A64 = 'a'.repeat(64);

export const HOSTILE_TEMPLATES: Record<string, string> = {
  // --- prototype and constructor walks
  'constructor walk': `$user.constructor.constructor("return process")()`,
  'constructor call chain': `\${user.constructor.constructor("return process").call().exit(1)}`,
  'proto walk': `#set($p = $user.profile.__proto__)$p.polluted`,
  'proto set': `#set($user.profile.__proto__.polluted = "yes")$user.profile.polluted`,
  'prototype via map get': `$user.get("__proto__").get("constructor")`,
  'string constructor': `#set($s = "x")$s.constructor.constructor("return globalThis")()`,
  'list constructor': `#set($l = [1,2])$l.constructor.from("abc")`,
  'map constructor': `#set($m = {})$m.constructor.assign($m, {"polluted": 1})`,
  'number constructor': `#set($n = 1)$n.constructor.constructor("return this")()`,
  'bracket proto': `$user["__proto__"]["constructor"]`,
  defineGetter: `$user.__defineGetter__("x", "y")`,
  'valueOf toString': `$user.valueOf() $user.toString.call($user)`,
  'hasOwnProperty abuse': `$user.profile.hasOwnProperty("login")`,
  'set constructor of helper': `#set($f.constructor = "x")$f.constructor`,
  'StringTool constructor': `$StringTool.constructor.constructor("return process")()`,
  'f helpers prototype': `$f.__proto__.constructor("return process")()`,
  // --- Node and JS globals
  process: `$process.env $process.exit(1) \${process.mainModule}`,
  require: `$require("child_process").execSync("id")`,
  'global this': `$globalThis.process $global.process $window.document $self`,
  'import()': `#set($m = "import('fs')")$m`,
  eval: `$eval("1+1") #evaluate("\\$eval('process')")`,
  'Function global': `$Function("return process")()`,
  'Java class for name': `$user.getClass().forName("java.lang.Runtime").getRuntime().exec("id")`,
  'Velocity class tool': `$class.inspect("java.lang.System").type.getProperty("user.dir")`,
  'parse include': `#parse("/etc/passwd")#include("/etc/passwd")`,
  'include traversal': `#include("../../../../proc/self/environ")`,
  'env by name': `$env.ADMIN_TOKEN \${env.MAILROOM_CANARY} $System.getenv("MAILROOM_CANARY")`,
  'fs-like helpers': `$fs.readFileSync("/etc/passwd") $file.read("/etc/passwd")`,
  // --- loops and ranges
  'huge range': `#foreach($i in [1..100000000])x#end`,
  'negative huge range': `#foreach($i in [-9007199254740991..9007199254740991])x#end`,
  'nested loops': `#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end`,
  'foreach over growing list': `#set($l = [1])#foreach($i in $l)#set($ok = $l.add($i))#end`,
  'while-like via evaluate': `#set($t = '#foreach($i in [1..1000])#evaluate($t)#end')#evaluate($t)`,
  'range from string': `#foreach($i in [1.."99999999999"])x#end`,
  'loop of macros': `#macro(m)#foreach($i in [1..1000])y#end#end#foreach($i in [1..1000])#m()#end`,
  // --- recursion
  'recursive macro': `#macro(boom $n)#boom($n)#boom($n)#end#boom(1)`,
  'mutual recursion': `#macro(a)#b()#end#macro(b)#a()#end#a()`,
  'evaluate recursion': `#set($t = '#evaluate($t)')#evaluate($t)`,
  'define recursion': `#define($d)$d$d#end$d`,
  'deep nesting of ifs': '#if(true)'.repeat(200) + 'x' + '#end'.repeat(200),
  'deep parentheses': `#set($x = ${'('.repeat(500)}1${')'.repeat(500)})$x`,
  'deep list literal': `#set($x = ${'['.repeat(500)}${']'.repeat(500)})$x`,
  // --- output bombs
  'string doubling': `#set($s = "xxxxxxxxxxxxxxxx")#foreach($i in [1..60])#set($s = "$s$s")#end$s`,
  'replace bomb': `#set($s = "${A64}")#foreach($i in [1..40])#set($s = $s.replace("a", "aa"))#end$s`,
  'replace with empty match': `#set($s = "${A64}")#foreach($i in [1..30])#set($s = $s.replace("", "$s"))#end$s`,
  'concat bomb': `#set($s = "ab")#foreach($i in [1..40])#set($s = $s.concat($s))#end$s`,
  'macro output bomb': `#macro(w)${'W'.repeat(1000)}#end#foreach($i in [1..1000])#w()#w()#end`,
  'define output bomb': `#define($d)${'D'.repeat(1000)}#end#foreach($i in [1..5000])$d$d$d#end`,
  'interpolation bomb': `#set($a = "${'z'.repeat(1000)}")#set($b = "$a$a$a$a$a$a$a$a$a$a")#set($c = "$b$b$b$b$b$b$b$b$b$b")#set($d = "$c$c$c$c$c$c$c$c$c$c")#set($e = "$d$d$d$d$d$d$d$d$d$d")$e`,
  'join of large list': `#set($l = [])#foreach($i in [1..1000])#set($l = [$l, $l])#end$l`,
  // --- ReDoS-prone arguments to helpers
  'redos in split': `#set($big = "${'a'.repeat(5000)}!")$big.split("(a|a)*b").size()`,
  'redos in contains/matches': `#set($big = "${'a'.repeat(5000)}!")$big.contains("(a+)+b") $big.matches("(a+)+b")`,
  'redos in replaceAll': `#set($big = "${'a'.repeat(5000)}!")$big.replaceAll("(a+)+$", "x")`,
  'regex in StringTool': `$StringTool.replaceAll("${'a'.repeat(3000)}", "(a*)*b", "x")`,
  'f.escape huge': `#set($s = "${'<'.repeat(20000)}")$f.escapeHtml($s)$f.escapeHtml($s)$f.escapeHtml($s)`,
  'formatting helpers with junk': `$f.formatTimeDiffHoursNow("9999999999999999999") $f.formatTimeDiffDateNowInUserLocale("x")`,
  'trim on whitespace run': `#set($s = "${' '.repeat(30000)}x${' '.repeat(30000)}")$s.trim().length()`,
  // --- syntax abuse
  'unterminated directive': `#if($x`,
  'unterminated string': `#set($x = "abc)$x`,
  'null bytes': `#set($x = "\u0000\u0000")$x\u0000`,
  'huge number literal': `#set($x = 1${'0'.repeat(400)})$x`,
  'unicode escapes in identifiers': `$\u0075ser.constructor`,
};

/** Prefixed with the required variable, ready to be a UserActivation body. */
export const hostileBodies = () =>
  Object.entries(HOSTILE_TEMPLATES).map(([name, template]) => ({ name, body: `${LINK}${template}` }));
