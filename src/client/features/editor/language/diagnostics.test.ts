import { describe, expect, it } from 'vitest';
import { validateCustomizationContent } from '../../../../shared/email/validate-customization';
import { EMAIL_TEMPLATES } from '../../../../shared/templates/catalog';
import { defaultContent } from '../../../../shared/templates/default-content';
import { SUPPORTED_LANGUAGES } from '../../../../shared/templates/languages';
import { getDiagnostics, offsetToLineColumn, type Diagnostic } from './diagnostics';

const body = (text: string, templateName = 'UserActivation') =>
  getDiagnostics({ text, templateName, field: 'body' });
const subject = (text: string, templateName = 'UserActivation') =>
  getDiagnostics({ text, templateName, field: 'subject' });
const errors = (list: Diagnostic[]) => list.filter((d) => d.severity === 'error');
const warnings = (list: Diagnostic[]) => list.filter((d) => d.severity === 'warning');

const LINK = '<a href="${activationLink}">Activate</a>';

describe('offsetToLineColumn', () => {
  it('is 1-based and counts \\n, \\r\\n and \\r as line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(offsetToLineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToLineColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(offsetToLineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(offsetToLineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(offsetToLineColumn(text, 8)).toEqual({ line: 3, column: 2 });
    expect(offsetToLineColumn(text, 10)).toEqual({ line: 4, column: 1 });
    expect(offsetToLineColumn(text, 99)).toEqual({ line: 4, column: 3 });
  });
});

describe('getDiagnostics: unknown variables', () => {
  it('warns on ${activationLinkk} and suggests ${activationLink}', () => {
    const text = `${LINK} \${activationLinkk}`;
    const list = body(text);
    expect(errors(list)).toEqual([]);
    const [warning] = warnings(list);
    expect(warning.code).toBe('unknown-variable');
    expect(warning.message).toContain('Did you mean ${activationLink}?');
    expect(text.slice(warning.from, warning.to)).toBe('${activationLinkk}');
    expect(warning).toMatchObject({ line: 1, column: text.indexOf('${activationLinkk}') + 1 });
  });

  it('warns on every unknown reference, with a suggestion for typos of paths and case', () => {
    const text = `${LINK}\n$user.profile.firstname $!{org.nmae} $nothingLikeIt $user.profle.firstName`;
    const list = warnings(body(text));
    expect(list.map((d) => text.slice(d.from, d.to))).toEqual([
      '$user.profile.firstname',
      '$!{org.nmae}',
      '$nothingLikeIt',
      '$user.profle',
    ]);
    expect(list[0].message).toContain('Did you mean ${user.profile.firstName}?');
    expect(list[1].message).toContain('Did you mean ${org.name}?');
    expect(list[1].message).toContain('prints nothing');
    expect(list[2].message).not.toContain('Did you mean');
    expect(list[3].message).toContain('Did you mean ${user.profile}?');
    expect(list.every((d) => d.line === 2)).toBe(true);
  });

  it("names the templates a variable belongs to when it is another template's", () => {
    const [warning] = warnings(body('${resetPasswordLink} ' + LINK));
    expect(warning.message).toMatch(/it belongs to Forgot Password, .* not to the User Activation template/);
  });

  it('knows #set variables, loop variables (inside their loop), $foreach and macro parameters', () => {
    expect(body(`${LINK} #set($x = 1)$x`)).toEqual([]);
    expect(body(`${LINK} #foreach($g in $user.groups.names)$g#end`)).toEqual([]);
    expect(
      body(`${LINK} #foreach($g in $user.groups.names)$foreach.count $velocityCount $g.toUpperCase()#end`),
    ).toEqual([]);
    expect(body(`${LINK} #macro(greet $who)Hi $who $bodyContent#end#greet("Ada")`)).toEqual([]);
    expect(body(`${LINK} #define($footer)bye#end$footer`)).toEqual([]);
    const outside = warnings(body(`${LINK} #foreach($g in $user.groups.names)$g#end $g`));
    expect(outside).toHaveLength(1);
    expect(outside[0].from).toBe(LINK.length + 1 + '#foreach($g in $user.groups.names)$g#end '.length);
  });

  it('warns on methods and helpers that do not exist, suggesting the closest', () => {
    const text = `${LINK} $user.profile.firstName.toUppercase() \${f.formatTimeDifHoursNow(3)} $user.groups.names.length()`;
    const list = warnings(body(text));
    expect(list.map((d) => [d.code, text.slice(d.from, d.to)])).toEqual([
      ['unknown-method', '.toUppercase'],
      ['unknown-function', '.formatTimeDifHoursNow'],
      ['unknown-method', '.length'],
    ]);
    expect(list[0].message).toContain('Did you mean .toUpperCase()?');
    expect(list[1].message).toContain('Did you mean $f.formatTimeDiffHoursNow(…)?');
  });

  it('accepts what the sandbox supports: methods, bean properties, indexes, helpers', () => {
    const text = [
      LINK,
      '$user.profile.firstName.toUpperCase().trim()',
      '$user.profile.firstName.empty',
      '$user.groups.names[0].length()',
      '$user.groups.names.get(0).toLowerCase()',
      '$user.profile.get("firstName")',
      '${f.toUpperCase($org.name)}',
      '${toUpperCase($org.name)}',
      '$StringTool.escapeHtml($user.profile.lastName)',
      '#if($user.groups.names.contains("Admins"))admin#end',
    ].join('\n');
    expect(body(text)).toEqual([]);
  });

  it('warns that #set cannot assign a property', () => {
    const [warning] = warnings(body(`${LINK} #set($user.profile.firstName = "x")`));
    expect(warning.code).toBe('set-target');
  });

  it('ignores references in comments, unparsed blocks and escapes', () => {
    expect(body(`${LINK} ## $nope\n#* $nope *# #[[ $nope ]]# \\$nope`)).toEqual([]);
  });

  it('checks the subject the same way, without required variables', () => {
    expect(subject('Welcome to ${org.name}')).toEqual([]);
    expect(warnings(subject('Welcome to ${org.nam}'))[0].message).toContain('Did you mean ${org.name}?');
  });
});

describe('getDiagnostics: the server’s rules, as errors', () => {
  it('names the accepted alternatives when the required variable is removed', () => {
    const stock = defaultContent('ForgotPassword', 'en')!.body;
    const stripped = stock
      .replaceAll('${resetPasswordLink}', '${baseURL}')
      .replaceAll('${oneTimePassword}', '${user.profile.login}');
    const list = errors(body(stripped, 'ForgotPassword'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      code: 'missing-required',
      message: 'The body must reference one of ${resetPasswordLink}, ${oneTimePassword}.',
      from: 0,
      line: 1,
      column: 1,
    });
    expect(validateCustomizationContent('ForgotPassword', { subject: 'x', body: stripped }).body).toBe(
      list[0].message,
    );
  });

  it('puts a Velocity syntax error at its line and column: #if without #end', () => {
    const text = `<p>${LINK}</p>\n<p>\n  #if($user.profile.firstName)Hi\n</p>`;
    const [error] = errors(body(text));
    expect(error).toMatchObject({ code: 'syntax', line: 3, column: 3 });
    expect(error.message).toContain('"#if" has no matching "#end"');
    expect(text.slice(error.from, error.to)).toBe('#if($user.profile.firstName)Hi');
  });

  it('puts other syntax errors where the parser stops', () => {
    const [stray] = errors(body(`${LINK}\n#end`));
    expect(stray).toMatchObject({ code: 'syntax', line: 2, column: 1 });
    const [open] = errors(body(`${LINK}\nHi \${user.profile.firstName`));
    expect(open.code).toBe('syntax');
    expect(open.line).toBe(2);
  });

  it('refuses a subject over 128 characters (counting characters, not UTF-16 units)', () => {
    const long = 'x'.repeat(129);
    const [error] = errors(subject(long));
    expect(error).toMatchObject({ code: 'subject-too-long', from: 128, to: 129, column: 129 });
    expect(error.message).toBe('The subject is 129 characters long; the limit is 128.');
    expect(subject('x'.repeat(128))).toEqual([]);
    expect(subject('😀'.repeat(128))).toEqual([]);
    expect(errors(subject('😀'.repeat(129)))[0]).toMatchObject({ from: 256, to: 258 });
  });

  it('refuses a body of 64 KB or more (UTF-8 bytes), marking from where it overflows', () => {
    const fits = LINK + 'a'.repeat(64 * 1024 - 1 - LINK.length);
    expect(errors(body(fits))).toEqual([]);
    const over = LINK + 'é'.repeat(32 * 1024);
    const [error] = errors(body(over));
    expect(error.code).toBe('body-too-large');
    expect(error.message).toMatch(/^The body is 64\.\d KB; it must be smaller than 64 KB\.$/);
    expect(error.from).toBe(LINK.length + Math.floor((64 * 1024 - 1 - LINK.length) / 2));
    expect(error.to).toBe(over.length);
  });

  it('refuses an empty subject or body', () => {
    expect(errors(subject('  '))[0]).toMatchObject({
      code: 'empty',
      message: 'The subject cannot be empty.',
    });
    expect(errors(body(''))[0]).toMatchObject({
      code: 'empty',
      message: 'The body cannot be empty.',
      from: 0,
      to: 0,
    });
  });

  it('finds no errors and no unknown variables in any stock content (every template, every language)', () => {
    expect(EMAIL_TEMPLATES).toHaveLength(39);
    for (const template of EMAIL_TEMPLATES) {
      for (const language of SUPPORTED_LANGUAGES) {
        const content = defaultContent(template.name, language.tag)!;
        for (const field of ['subject', 'body'] as const) {
          const list = getDiagnostics({ text: content[field], templateName: template.name, field });
          expect(list, `${template.name} ${language.tag} ${field}`).toEqual([]);
        }
      }
    }
  });
});

/** Small deterministic PRNG (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'Hello ',
  '<p>',
  '</p>',
  '\n',
  '  ',
  '${user.profile.firstName}',
  '$!{org.name}',
  '$user.profile.lastName.toUpperCase()',
  '${activationLink}',
  '${activationToken}',
  '${resetPasswordLink}',
  '${oneTimePassword}',
  '${unlockAccountLink}',
  '${verificationLink}',
  '$activationLinkk',
  '${nope}',
  '#if($user.profile.firstName)',
  '#elseif($org.name == "Acme")',
  '#else',
  '#end',
  '#foreach($g in $user.groups.names)',
  '$g',
  '#break',
  '#set($x = "a")',
  '#set($y = )',
  '$x.length()',
  '${',
  '}',
  '$a.b(',
  ')',
  '"',
  "'",
  '#*',
  '*#',
  '## note\n',
  '#[[',
  ']]#',
  '\\$',
  '\\#end',
  'é',
  '😀',
  '$f.formatTimeDiffHoursNow(24)',
  '${f.substring($org.name, 0, 2)}',
  '#macro(m $p)$p#end',
  '#m(1)',
  '$',
  '#',
  '[',
];

describe('getDiagnostics: errors iff the server refuses', () => {
  const templates = [
    'UserActivation',
    'ForgotPassword',
    'SelfServiceUnlock',
    'EmailChallenge',
    'PasswordChanged',
  ];
  it('agrees with validateCustomizationContent on random bodies and subjects', () => {
    const next = random(20_251_123);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const outcomes = { refused: 0, accepted: 0 };
    for (let i = 0; i < 1500; i++) {
      const templateName = pick(templates);
      const count = Math.floor(next() * 14);
      let text = '';
      for (let j = 0; j < count; j++) text += pick(FRAGMENTS);
      if (i % 50 === 0) text += 'x'.repeat(100 + Math.floor(next() * 60)); // around the subject limit
      const problems = validateCustomizationContent(templateName, { subject: text, body: text });
      for (const field of ['subject', 'body'] as const) {
        const list = getDiagnostics({ text, templateName, field });
        const hasError = list.some((d) => d.severity === 'error');
        outcomes[problems[field] === undefined ? 'accepted' : 'refused']++;
        expect(hasError, `${field} of ${templateName}: ${JSON.stringify(text)} → ${problems[field]}`).toBe(
          problems[field] !== undefined,
        );
        for (const d of list) {
          expect(d.from).toBeGreaterThanOrEqual(0);
          expect(d.to).toBeLessThanOrEqual(text.length);
          expect(d.from).toBeLessThanOrEqual(d.to);
          expect(offsetToLineColumn(text, d.from)).toEqual({ line: d.line, column: d.column });
        }
      }
    }
    // Both outcomes are well represented, so the agreement means something.
    expect(outcomes.accepted).toBeGreaterThan(500);
    expect(outcomes.refused).toBeGreaterThan(500);
  });

  it('agrees on bodies around the size limit', () => {
    for (const size of [64 * 1024 - 2, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1]) {
      for (const filler of ['a', 'é', '😀']) {
        const fillerBytes = new TextEncoder().encode(filler).length;
        const text = LINK + filler.repeat(Math.floor((size - LINK.length) / fillerBytes));
        const problem = validateCustomizationContent('UserActivation', { subject: 'x', body: text }).body;
        expect(errors(body(text)).length > 0, `${size} ${filler}`).toBe(problem !== undefined);
      }
    }
  });

  // Time is the bench's to measure (a timed assertion fails on a busy machine); here: it finishes, capped.
  it('finishes on hostile bodies with at most 500 warnings', () => {
    const hostile = [
      '#foreach($x in $y)$x.a.b'.repeat(2_500),
      '$q1w2e3r4t5y6u7i8o9p0 '.repeat(2_800),
      '#set($a = $b)#set($b = $a)$a.x.y'.repeat(1_500),
      '$a.b('.repeat(12_000),
    ];
    for (const text of hostile) {
      const list = body(text);
      expect(warnings(list).length).toBeLessThanOrEqual(500);
    }
  });
});
