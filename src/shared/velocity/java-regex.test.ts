// Java's regex semantics for replaceAll / replaceFirst / matches, checked through the real renderer. Patterns and
// replacements are the strings Java would receive at run time (the Java source "(\\d)" is the pattern (\d)); they
// reach the template as variables, so no template escaping stands between the table and the method.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallError } from './errors';
import { REGEX_LIMITS, compileJavaRegex } from './java-regex';
import { TemplateError, renderTemplate } from './render';

type Method = 'replaceAll' | 'replaceFirst' | 'matches';

function call(method: Method, s: string, regex: string, replacement = ''): string {
  const template = method === 'matches' ? '$s.matches($re)' : `$s.${method}($re, $with)`;
  return renderTemplate(template, { s, re: regex, with: replacement });
}

/** [method, text, pattern, replacement, what Java's String method returns] */
const JAVA: [Method, string, string, string, string][] = [
  // the pattern is a regex, not literal text
  ['replaceAll', 'a.b', '.', 'x', 'xxx'],
  ['replaceAll', 'a.b', '\\.', 'x', 'axb'],
  ['replaceAll', 'a.b*c', '\\Q.b*\\E', '-', 'a-c'],
  ['replaceAll', 'a}b', '}', '!', 'a!b'],
  ['replaceAll', '1,234.50', '[^0-9]', '', '123450'],
  ['replaceAll', 'aaa', 'a{2}', 'b', 'ba'],
  ['replaceAll', '<a><b>', '<.+?>', 'T', 'TT'],
  ['replaceAll', 'aa bb cd', '(\\w)\\1', '*', '* * cd'],
  ['replaceAll', 'cat concat', '\\bcat\\b', 'dog', 'dog concat'],
  ['replaceAll', 'abc', 'x*', '-', '-a-b-c-'],
  ['replaceAll', 'foo   bar', '\\s+', '_', 'foo_bar'],
  ['replaceAll', 'a\u00a0b', '\\s', '_', 'a\u00a0b'], // Java's \s is ASCII: no-break space is not one
  ['replaceAll', 'é1', '\\w', '_', 'é_'], // and so is \w
  ['replaceAll', 'x😀y', '.', '-', '---'], // one code point, one match
  ['replaceAll', 'Ada Lovelace', '\\p{Lu}', '*', '*da *ovelace'],
  ['replaceAll', 'a+b', '\\p{Punct}', ' ', 'a b'],
  // flags at the start
  ['replaceAll', 'Hello World', '(?i)o', '0', 'Hell0 W0rld'],
  ['replaceAll', 'HELLO', '(?i)[a-k]', '_', '__LLO'],
  ['replaceAll', 'Straße', '(?i)STRASSE', 'x', 'Straße'], // ASCII-only case folding, as Java without (?u)
  ['replaceAll', 'a\nb', '(?m)^', '>', '>a\n>b'],
  ['replaceAll', 'a\n', '(?m)^', '>', '>a\n'], // Java's multiline ^ never matches at the very end
  ['replaceAll', 'a\nb', '(?s)a.b', 'x', 'x'],
  ['replaceAll', 'a\nb', 'a.b', 'x', 'a\nb'],
  // anchors
  ['replaceAll', 'abc\n', 'c$', 'X', 'abX\n'], // $ matches before a final line terminator
  ['replaceAll', 'abc\r\n', 'c$', 'X', 'abX\r\n'],
  ['replaceAll', 'abc\n', 'c\\Z', 'X', 'abX\n'],
  ['replaceAll', 'abc\n', 'c\\z', 'X', 'abc\n'],
  ['replaceAll', 'abc', '\\Aa', 'X', 'Xbc'],
  ['replaceAll', 'abc', '\\Ab', 'X', 'abc'],
  // the replacement, Java's way
  ['replaceAll', 'a1b2', '(\\d)', '<$1>', 'a<1>b<2>'],
  ['replaceAll', 'cost', 'o', '\\$', 'c$st'],
  ['replaceAll', 'a-b', '-', '\\\\', 'a\\b'],
  ['replaceAll', 'a-b', '-', '\\n', 'anb'], // a backslash escapes any character: \n is "n"
  ['replaceAll', 'ab', '(?<x>a)', '[${x}]', '[a]b'],
  ['replaceAll', 'a1', '(a)(1)', '$21', '11'], // $21 is group 2 then "1": there is no group 21
  ['replaceAll', 'ab', '(a)|(b)', '[$2]', '[][b]'], // a group that did not take part is empty
  ['replaceAll', 'abc', 'x', '$9', 'abc'], // Java reads the replacement at the first match only
  ['replaceAll', 'ab', 'b', '$0$0', 'abb'],
  ['replaceFirst', 'aaa', 'a', 'b', 'baa'],
  ['replaceFirst', 'a1b2', '(\\d)', '<$1>', 'a<1>b2'],
  // matches is a whole-text match
  ['matches', 'abc', 'b', '', 'false'],
  ['matches', 'abc', 'a.c', '', 'true'],
  ['matches', 'abc', 'ab', '', 'false'],
  ['matches', 'abc', 'a|abc', '', 'true'],
  ['matches', 'abc\n', 'abc$', '', 'false'], // the whole text, final newline included
  ['matches', 'ada@acme.example', '[^@]+@[^@]+\\.[a-z]{2,}', '', 'true'],
  ['matches', 'ADA', '(?i)[a-z]+', '', 'true'],
  ['matches', 'É', '(?i)é', '', 'false'], // (?i) folds ASCII letters only, as Java without (?u)
];

describe('regex methods follow Java', () => {
  it.each(JAVA)('"%s": %j with %j and %j gives %j', (method, s, regex, replacement, expected) => {
    expect(call(method, s, regex, replacement)).toBe(expected);
  });

  /** [text, pattern, what Java's String.split returns, printed as Velocity prints a list] */
  const SPLIT: [string, string, string][] = [
    ['boo:and:foo', ':', '[boo, and, foo]'], // the examples of Java's String.split documentation
    ['boo:and:foo', 'o', '[b, , :and:f]'],
    ['a1b22c', '\\d+', '[a, b, c]'],
    ['a.b', '.', '[]'], // every piece empty, and trailing empties are dropped
    ['a.b', '\\.', '[a, b]'],
    [',a,,b,,', ',', '[, a, , b]'], // a leading empty piece stays
    ['abc', '', '[a, b, c]'], // no leading empty piece for a zero-width match at the start
    ['no separator', ',', '[no separator]'],
  ];
  it.each(SPLIT)('split: %j on %j gives %s', (s, regex, expected) => {
    expect(renderTemplate('$s.split($re)', { s, re: regex })).toBe(expected);
  });

  it('split: an empty text with no match is one empty piece, as in Java', () => {
    expect(renderTemplate('$s.split(",").size()', { s: '' })).toBe('1');
  });

  it('works with the pattern written in the template, where backslashes stay as written', () => {
    const render = (text: string) => renderTemplate(text, { login: 'ann@example.com' });
    expect(render('$login.replaceAll("\\.", "[dot]")')).toBe('ann@example[dot]com');
    expect(render("$login.replaceAll('^([^@]+)@(.+)$', '$2 ($1)')")).toBe('example.com (ann)');
    expect(render('#if($login.matches("[a-z]+@.+"))ok#end')).toBe('ok');
  });

  /** [pattern, replacement, the reason in the error] — what Java refuses, and what Mailroom does not translate. */
  const REFUSED: [string, string, RegExp][] = [
    ['b', '$&', /"\$" not followed by a group/], // JavaScript's $&, $`, $', $$ mean nothing in Java
    ['b', "$'", /"\$" not followed by a group/],
    ['b', '$$', /"\$" not followed by a group/],
    ['b', 'x$', /lone "\$"/],
    ['b', 'x\\', /lone backslash/],
    ['b', '$1', /no group 1/],
    ['b', '${name}', /no group "name"/],
    ['a++', '', /possessive quantifiers/],
    ['(?>a)', '', /atomic groups/],
    ['[a-z&&[^b]]', '', /intersections/],
    ['[a[b]]', '', /nested character classes/],
    ['(?x)a b', '', /inline flag \(\?x\)/],
    ['a(?i)b', '', /inline flags other than/],
    ['\\h', '', /the escape \\h/],
    ['\\p{InGreek}', '', /property \\p\{InGreek\}/],
    ['(a', '', /unclosed group/],
    ['a)', '', /unmatched "\)"/],
    ['*a', '', /dangling meta character "\*"/],
    ['a{x}', '', /illegal repetition/],
    ['[b-a]', '', /illegal character range/],
    ['(a)\\2', '', /back reference \\2/],
  ];

  it.each(REFUSED)('refuses %j with %j: %s', (regex, replacement, reason) => {
    let error: unknown;
    try {
      call('replaceAll', 'abc', regex, replacement);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ kind: 'runtime', line: 1 });
    expect((error as Error).message).toMatch(/^\$s\.replaceAll\(\$re, \$with\): /);
    expect((error as Error).message).toMatch(reason);
  });
});

describe('the safe-regex guard', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Patterns that backtrack catastrophically (exponentially, or polynomially with a high degree). */
  const HOSTILE: [string, RegExp][] = [
    ['(a+)+', /repeats a group that itself repeats/],
    ['(a+)+$', /repeats a group that itself repeats/],
    ['(.*)*', /repeats a group that itself repeats/],
    ['(a*b*)*c', /repeats a group that itself repeats/],
    ['(\\w+\\s?)+$', /repeats a group that itself repeats/],
    ['(a{1,5}){1,5}x', /repeats a group that itself repeats/],
    ['(a|a)*', /alternation whose choices can start alike/],
    ['(a|ab)*c', /alternation whose choices can start alike/],
    ['(a|)+b', /alternation with an empty choice/],
    ['(?:x|\\w)+y', /alternation whose choices can start alike/],
    ['.*x.*y', /two repetitions in a row/],
    ['\\s*\\s*$', /two repetitions in a row/],
    ['a?a?a?a?a?a?a?a?aaaaaaaa', /two repetitions in a row/],
    ['^.*x.*y.*z', /more than one pair/],
    ['((a)\\2)*', /repeats a back reference/],
    ['a{1001}', /repetition count over 1,000/],
    ['a'.repeat(REGEX_LIMITS.maxPatternChars + 1), /longer than 256 characters \(the limit for a pattern\)/],
  ];

  it.each(HOSTILE)('refuses %j from the pattern alone, before it meets any text', (pattern, reason) => {
    let error: unknown;
    try {
      compileJavaRegex(pattern); // takes no text: a refusal here has run nothing on one
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CallError);
    expect(error).toMatchObject({ kind: 'limit' });
    expect((error as Error).message).toMatch(reason);
  });

  it('never runs a refused pattern on the text', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const text = `${'a'.repeat(40)}!`;
    for (const method of ['replaceAll', 'replaceFirst', 'matches'] as const) {
      expect(() => call(method, text, '(a+)+$', 'x')).toThrow(
        expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/repeats a group/) }),
      );
    }
    expect(exec.mock.calls.some(([input]) => input === text)).toBe(false);
  });

  it('refuses a text over the input cap, naming the limit', () => {
    const text = 'a'.repeat(REGEX_LIMITS.maxInputChars + 1);
    expect(() => call('replaceAll', text, 'a', 'b')).toThrow(
      expect.objectContaining({
        kind: 'limit',
        message: expect.stringMatching(
          /the text is longer than 5,000 characters \(the limit for regex methods\)/,
        ),
      }),
    );
    expect(call('replaceAll', text.slice(1), 'a', '')).toBe('');
  });

  it('keeps the output within the template budget', () => {
    expect(() => call('replaceAll', 'a'.repeat(4000), '', 'x'.repeat(1000))).toThrow(
      expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/output exceeds/) }),
    );
  });

  it.each([
    ['\\d+-\\d+', false],
    ['(com|org)+', false],
    ['(\\.|-)*', false],
    ['https?://[^/]+', false],
    ['^\\s+|\\s+$', false],
    ['(\\d{3}-)+\\d{4}', false],
    ['(.*)@(.*)', false], // nothing after the second repetition can fail
    ['^(.*)@(.*)$', false], // one pair, anchored at the start: quadratic at worst, within the input cap
    ['[^@]+@[^@]+\\.[a-z]{2,}', true],
    ['(?<year>\\d{4})-(?<month>\\d\\d)', true],
  ])('accepts the everyday pattern %j (matches: %s)', (pattern, whole) => {
    expect(() => compileJavaRegex(pattern, whole)).not.toThrow();
  });
});
