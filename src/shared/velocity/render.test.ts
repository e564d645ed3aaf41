import { describe, expect, it } from 'vitest';
import { parseTemplate } from './parse';
import { DEFAULT_LIMITS, TemplateError, checkTemplateSyntax, renderTemplate } from './render';

const context = {
  user: {
    profile: { firstName: 'Ann <Lee>', lastName: "O'Neil", login: 'ann@example.com', locale: 'fr_FR' },
    groups: { names: ['Everyone', 'ToysRFun'], ids: ['00g1', '00g2'] },
  },
  org: { name: 'Acme', activationTokenExpirationHours: 168 },
  app: { name: "Toys R' Fun" },
  activationLink: 'https://default.oktapreview.com/activate/abc',
  resetPasswordLink: 'https://acme.example/reset/xyz',
  resetPasswordTokenExpirationDate: '2026-01-01T01:00:00.000Z',
};
const NOW = Date.parse('2026-01-01T00:00:00.000Z');
const render = (text: string, ctx: Record<string, unknown> = context) =>
  renderTemplate(text, ctx, { now: NOW });

describe('references', () => {
  it('renders formal, shorthand and quiet references', () => {
    expect(render('Hi ${user.profile.firstName}, $org.name! $!{user.profile.missing}|$!missing|')).toBe(
      'Hi Ann <Lee>, Acme! ||',
    );
  });

  it('prints a reference without a value as written', () => {
    expect(render('${missing} $missing $user.profile.nope ${user.nope.deeper} $org.name.nope()')).toBe(
      '${missing} $missing $user.profile.nope ${user.nope.deeper} $org.name.nope()',
    );
  });

  it('prints lists and maps the way Java does', () => {
    expect(render('$user.groups.names ${user.groups}')).toBe(
      '[Everyone, ToysRFun] {names=[Everyone, ToysRFun], ids=[00g1, 00g2]}',
    );
  });

  it('reads list items and map keys by index', () => {
    expect(
      render('$user.groups.names[1] $user.groups.names[-1] $user.profile["login"] $!user.groups.names[5]'),
    ).toBe('ToysRFun ToysRFun ann@example.com ');
  });
});

describe('directives', () => {
  it('#if / #elseif / #else, as in Okta examples', () => {
    const template =
      '#if(${app.name} == "Fidget Spinners Unlimited")A#elseif(${app.name} == "Toys R\' Fun")B#else C#end';
    expect(render(template)).toBe('B');
    expect(render(template, { app: { name: 'Other' } })).toBe(' C');
  });

  it('#set with Java string methods and List.contains', () => {
    const template =
      '#if( $user.groups.names.contains("ToysRFun") )#set( $link = $activationLink.replace("default.oktapreview.com", "activation.toysrfun.com"))#else#set($link = $activationLink)#end$link';
    expect(render(template)).toBe('https://activation.toysrfun.com/activate/abc');
  });

  it('#foreach with $foreach and $velocityCount, #break', () => {
    expect(render('#foreach($g in $user.groups.names)$foreach.count.$g#if($foreach.hasNext), #end#end')).toBe(
      '1.Everyone, 2.ToysRFun',
    );
    expect(render('#foreach($i in [5..1])$i#if($i == 3)#break#end#end $velocityCount')).toBe(
      '543 $velocityCount',
    );
    expect(render('#set($m = {"a": 1, "b": 2})#foreach($v in $m)$v#end')).toBe('12');
  });

  it('#macro (with arguments and a body), #define and #evaluate', () => {
    expect(render('#macro(greet $name)Hello, $name!#end#greet($user.profile.firstName) #greet("you")')).toBe(
      'Hello, Ann <Lee>! Hello, you!',
    );
    expect(render('#macro(box)<div>$bodyContent</div>#end#@box()in $org.name#end')).toBe(
      '<div>in Acme</div>',
    );
    expect(render('#define($sig)-- $org.name#end$sig')).toBe('-- Acme');
    expect(render('#set($t = "#if(true)yes#end")#evaluate($t)')).toBe('yes');
  });

  it('leaves text that only looks like VTL alone', () => {
    expect(render('color: #ff0000; cost: $5; #unknown(1) \\$org.name ## comment\n#* block *#end')).toBe(
      'color: #ff0000; cost: $5; #unknown(1) $org.name end',
    );
  });

  it('a directive eats the newline that ends its line', () => {
    expect(render('a\n#set($x = 1)\n#if(true)\nb\n#end\nc')).toBe('a\nb\nc');
  });

  it('arithmetic, comparison and string concatenation', () => {
    expect(render('#set($n = 7)${n} $n $n')).toBe('7 7 7');
    expect(render('#set($a = 7 / 2)#set($b = 7 % 3)#set($c = "x" + 1)#set($d = 0 - $a * 2)$a $b $c $d')).toBe(
      '3 1 x1 -6',
    );
    expect(render('#if($org.activationTokenExpirationHours >= 100 && !($org.name == "Other"))ok#end')).toBe(
      'ok',
    );
    expect(render('#if($org.activationTokenExpirationHours == "168")loose#end')).toBe('loose');
  });

  it('treats null, empty strings and empty lists as false', () => {
    expect(render('#if($missing)a#end#if("")b#end#if([])c#end#if(0)d#end#if("x")e#end')).toBe('e');
  });
});

describe('string, list and map methods', () => {
  it.each([
    ['$user.profile.login.length()', '15'],
    ['$user.profile.login.toUpperCase()', 'ANN@EXAMPLE.COM'],
    ['$user.profile.login.substring(4)', 'example.com'],
    ['$user.profile.login.substring(0, 3)', 'ann'],
    ['$user.profile.login.indexOf("@")', '3'],
    ['$user.profile.login.lastIndexOf(".")', '11'],
    ['$user.profile.login.contains("example")', 'true'],
    ['$user.profile.login.startsWith("ann")', 'true'],
    ['$user.profile.login.endsWith(".org")', 'false'],
    ['$user.profile.login.equals("ann@example.com")', 'true'],
    ['$user.profile.login.equalsIgnoreCase("ANN@EXAMPLE.COM")', 'true'],
    ['$user.profile.login.split("@")', '[ann, example.com]'],
    ['$user.profile.login.charAt(0)', 'a'],
    ['$user.profile.login.concat("!")', 'ann@example.com!'],
    ['$user.profile.login.replaceAll("\\.", "[dot]")', 'ann@example[dot]com'],
    ['$user.profile.login.replaceFirst("[a-z]+", "bob")', 'bob@example.com'],
    ['$user.profile.login.matches(".+@example\\.com")', 'true'],
    ['${user.profile.lastName.trim().isEmpty()}', 'false'],
    ['$user.profile.login.empty', 'false'],
    [
      '$user.groups.names.size() $user.groups.names.get(0) $user.groups.names.indexOf("ToysRFun")',
      '2 Everyone 1',
    ],
    ['$user.groups.names.isEmpty() $user.groups.names.contains("Nope")', 'false false'],
    [
      '$user.profile.get("login") $user.profile.containsKey("locale") $user.profile.size()',
      'ann@example.com true 4',
    ],
    ['$user.profile.keySet()', '[firstName, lastName, login, locale]'],
    ['$user.profile.login.substring(99)', '$user.profile.login.substring(99)'],
  ])('%s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });
});

describe('f.* and StringTool helpers', () => {
  it.each([
    ['${f.replace($user.profile.login, "example", "acme")}', 'ann@acme.com'],
    [
      '${f.substringAfter($user.profile.login, "@")} ${f.substringBefore($user.profile.login, "@")}',
      'example.com ann',
    ],
    ['${f.toLowerCase("ABC")}${f.toUpperCase("def")} ${f.substring("abcdef", 1, 3)}', 'abcDEF bc'],
    [
      '${f.formatTimeDiffHoursNow(24)}, ${f.formatTimeDiffHoursNow(1)}, ${f.formatTimeDiffHoursNow(36)}',
      '1 day, 1 hour, 36 hours',
    ],
    ['${f.formatTimeDiffHoursNow(${org.activationTokenExpirationHours})}', '7 days'],
    ['${f.formatTimeDiffHoursNowInUserLocale(${org.activationTokenExpirationHours})}', '7\u00a0jours'], // Intl puts a no-break space in French
    ['${f.formatTimeDiffDateNow(${resetPasswordTokenExpirationDate})}', '1 hour'],
    ['${f.formatTimeDiffDateNowInUserLocale(${resetPasswordTokenExpirationDate})}', '1\u00a0heure'],
    ['${f.getTimeDiffHoursNow(48, "days")} ${f.getTimeDiffHoursNow(2, "minutes")}', '2 120'],
    [
      '${f.escapeHtml($user.profile.firstName)} ${f.escapeHtmlAttr($user.profile.lastName)}',
      'Ann &lt;Lee&gt; O&#39;Neil',
    ],
    ['${f.encode("a b&c=d/é")}', 'a%20b%26c%3Dd%2F%C3%A9'],
    ['$!{StringTool.escapeHtml($!{user.profile.firstName})}', 'Ann &lt;Lee&gt;'],
    ['$!{StringTool.escapeHtml($!{user.profile.nickName})}|', '|'],
    ['${replace("a-b", "-", "+")}', 'a+b'],
    ['${f.formatTimeDiffHoursNow("soon")}', '${f.formatTimeDiffHoursNow("soon")}'],
  ])('%s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('encodes text with a lone surrogate instead of throwing', () => {
    expect(render('${f.encode($s)}', { s: 'a\uD800b' })).toBe('a%EF%BF%BDb');
  });

  it('falls back to English for an unknown locale', () => {
    const ctx = { user: { profile: { locale: 'not a locale!' } } };
    expect(render('${f.formatTimeDiffHoursNowInUserLocale(48)}', ctx)).toBe('2 days');
  });
});

describe('Okta ForgotPassword default body', () => {
  const body = [
    '<p>Hi $!{StringTool.escapeHtml($!{user.profile.firstName})},</p>',
    '<p>A password reset request was made for your ${org.name} account.</p>',
    '<a id="reset-password-link" href="${resetPasswordLink}">Reset Password</a>',
    '<p>This link expires in ${f.formatTimeDiffDateNowInUserLocale(${resetPasswordTokenExpirationDate})}.</p>',
    '#if(${oneTimePassword})',
    "<p>Can't use the link? Enter a code instead: <b>${oneTimePassword}</b></p>",
    '#end',
    '<p>Thanks</p>',
  ].join('\n');

  it('renders without a one-time password', () => {
    expect(render(body)).toBe(
      [
        '<p>Hi Ann &lt;Lee&gt;,</p>',
        '<p>A password reset request was made for your Acme account.</p>',
        '<a id="reset-password-link" href="https://acme.example/reset/xyz">Reset Password</a>',
        '<p>This link expires in 1\u00a0heure.</p>',
        '<p>Thanks</p>',
      ].join('\n'),
    );
  });

  it('renders the code when there is one', () => {
    expect(render(body, { ...context, oneTimePassword: '123456' })).toContain(
      "<p>Can't use the link? Enter a code instead: <b>123456</b></p>\n<p>Thanks</p>",
    );
  });
});

describe('syntax errors', () => {
  it.each([
    ['#if($a)\n  text', 'Velocity syntax error at line 1, column 1: "#if" has no matching "#end"', 1, 1],
    [
      'Hello\nthere #end',
      'Velocity syntax error at line 2, column 7: unexpected "#end" (no directive is open)',
      2,
      7,
    ],
    [
      '#foreach($i in $l)\n#else\n#end',
      'Velocity syntax error at line 2, column 1: unexpected "#else"',
      2,
      1,
    ],
    [
      '#if(1)a#else b#elseif(2)c#end',
      'Velocity syntax error at line 1, column 15: unexpected "#elseif"',
      1,
      15,
    ],
    ['line one\n  #set($a = )', 'Velocity syntax error at line 2, column 13: unexpected ")"', 2, 13],
    ['#foreach($i $list)#end', 'Velocity syntax error at line 1, column 13: unexpected "$"', 1, 13],
    ['${user.profile.login', 'Velocity syntax error at line 1, column 21: unexpected end of template', 1, 21],
    [
      "\n\n$a.replace('x)",
      'Velocity syntax error at line 3: unrecognized text (is a quote or bracket left open?)',
      3,
      undefined,
    ],
    [
      '#set($x = "a #end")',
      'Velocity syntax error at line 1, column 1: in string "a #end": unexpected "#end" (no directive is open)',
      1,
      1,
    ],
  ])('%j', (text, message, line, column) => {
    const error = checkTemplateSyntax(text);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ kind: 'syntax', message, line, column });
    expect(() => render(text)).toThrow(message);
  });

  it('accepts valid templates', () => {
    expect(
      checkTemplateSyntax('#if($a)x#elseif($b)y#else z#end $!{c} #foreach($i in [1..2])$i#end'),
    ).toBeUndefined();
  });
});

describe('limits and caching', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxOutputChars: 1_000_000,
      maxIterations: 10_000,
      maxRangeSize: 1_000,
      maxDepth: 32,
      maxCalls: 10_000,
      timeoutMs: 1_000,
    });
  });

  it('applies per-call overrides', () => {
    expect(() => renderTemplate('#foreach($i in [1..5])$i#end', {}, { maxIterations: 4 })).toThrow(
      '#foreach ran more than 4 iterations',
    );
    expect(() => renderTemplate('0123456789', {}, { maxOutputChars: 5 })).toThrow(
      'Template output exceeds 5 characters',
    );
    expect(renderTemplate('#foreach($i in [1..5])$i#end', {}, { maxIterations: undefined })).toBe('12345');
  });

  it('parses a template once and reuses the tree', () => {
    const text = `cached ${Math.random()} $x`;
    expect(parseTemplate(text)).toBe(parseTemplate(text));
    expect(renderTemplate(text, { x: 1 })).toBe(renderTemplate(text, { x: 1 }));
  });

  it('does not leak #set values, macros or #evaluate macros between renders', () => {
    const text = '$!x#set($x = 1)#evaluate("#macro(m)M#end")#m()';
    expect(renderTemplate(text, {})).toBe('M');
    expect(renderTemplate(text, {})).toBe('M');
    expect(renderTemplate('#m()', {})).toBe('#m()');
  });

  it('gives the same bytes for the same input', () => {
    const text = '${f.formatTimeDiffDateNowInUserLocale(${resetPasswordTokenExpirationDate})} $user';
    expect(render(text)).toBe(render(text));
  });
});
