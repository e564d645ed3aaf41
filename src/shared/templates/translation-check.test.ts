import { describe, expect, it } from 'vitest';
import { alignLines, lineSkeleton } from './align-lines';
import { defaultContent } from './default-content';
import { checkTranslation } from './translation-check';

const SOURCE = {
  subject: 'Reset your ${org.name} password',
  body: [
    '<p>Hi ${user.profile.firstName},</p>',
    '<p><a href="${resetPasswordLink}">Reset password</a></p>',
    '#if(${oneTimePassword})',
    '<p>Code: ${oneTimePassword}</p>',
    '#end',
    '<p><a href="https://help.example.com">Help</a></p>',
  ].join('\n'),
};

const french = (body: string[], subject = 'Réinitialisez votre mot de passe ${org.name}') => ({
  subject,
  body: body.join('\n'),
});

describe('checkTranslation', () => {
  it('finds nothing when only the words differ', () => {
    const target = french([
      '<p>Bonjour ${user.profile.firstName},</p>',
      '<p><a href="${resetPasswordLink}">Réinitialiser</a></p>',
      '#if( $oneTimePassword )',
      '<p>Code : ${oneTimePassword}</p>',
      '#end',
      '<p><a href="https://help.example.com">Aide</a></p>',
    ]);
    expect(checkTranslation('ForgotPassword', SOURCE, target)).toEqual([]);
  });

  it("finds nothing between Mailroom's stock languages", () => {
    for (const name of ['ForgotPassword', 'UserActivation', 'EmailChallenge']) {
      const en = defaultContent(name, 'en')!;
      for (const language of ['fr', 'de', 'ja'])
        expect(checkTranslation(name, en, defaultContent(name, language)!)).toEqual([]);
    }
  });

  it('reports a variable the translation lacks on the source side, with its line', () => {
    const target = french([
      '<p>Bonjour,</p>',
      '<p><a href="${resetPasswordLink}">Réinitialiser</a></p>',
      '#if(${oneTimePassword})',
      '<p>Code : ${oneTimePassword}</p>',
      '#end',
      '<p><a href="https://help.example.com">Aide</a></p>',
    ]);
    expect(checkTranslation('ForgotPassword', SOURCE, target)).toEqual([
      expect.objectContaining({
        kind: 'variable',
        side: 'source',
        part: 'body',
        line: 1,
        what: '${user.profile.firstName}',
        message: "The translation doesn't use ${user.profile.firstName}.",
      }),
    ]);
  });

  it('reports a variable only the translation uses on the target side, in the subject too', () => {
    const target = french(
      [...SOURCE.body.split('\n')],
      'Réinitialisez votre mot de passe ${org.name}, ${user.profile.lastName}',
    );
    const [mismatch, ...rest] = checkTranslation('ForgotPassword', SOURCE, target);
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({
      kind: 'variable',
      side: 'target',
      part: 'subject',
      line: 1,
      what: '${user.profile.lastName}',
    });
  });

  it('reports links missing from and added to the translation', () => {
    const target = french([
      '<p>Bonjour ${user.profile.firstName},</p>',
      '<p><a href="${resetPasswordLink}">Réinitialiser</a></p>',
      '#if(${oneTimePassword})',
      '<p>Code : ${oneTimePassword}</p>',
      '#end',
      '<p><a href="https://aide.example.fr">Aide</a></p>',
    ]);
    const found = checkTranslation('ForgotPassword', SOURCE, target);
    expect(found.map((m) => [m.kind, m.side, m.line, m.what])).toEqual([
      ['link', 'source', 6, 'https://help.example.com'],
      ['link', 'target', 6, 'https://aide.example.fr'],
    ]);
    expect(found[0].why).toMatch(/can't reach the page/);
  });

  it('reports a missing required variable once, as an error, where the source uses it', () => {
    // ForgotPassword needs the reset link or the one-time code: this translation has neither.
    const target = french([
      '<p>Bonjour ${user.profile.firstName},</p>',
      '<p><a href="https://example.com/reset">Réinitialiser</a></p>',
      '#if($recoveryToken)',
      '<p>Code : ${recoveryToken}</p>',
      '#end',
      '<p><a href="https://help.example.com">Aide</a></p>',
    ]);
    const found = checkTranslation('ForgotPassword', SOURCE, target);
    expect(found[0]).toMatchObject({
      kind: 'required-variable',
      severity: 'error',
      side: 'source',
      line: 2,
      what: '${resetPasswordLink} or ${oneTimePassword}',
    });
    // Not again as plain variables; the translation's own variable, links and condition are still listed.
    expect(found.filter((m) => m.kind === 'variable').map((m) => [m.side, m.what])).toEqual([
      ['target', '${recoveryToken}'],
    ]);
    expect(found.filter((m) => m.kind === 'link').map((m) => m.side)).toEqual(['source', 'target']);
    expect(found.filter((m) => m.kind === 'structure').map((m) => m.what)).toEqual([
      '#if($oneTimePassword)',
      '#if($recoveryToken)',
    ]);
  });

  it('reports #if/#foreach structure that differs, directive by directive', () => {
    const source = {
      subject: 'x',
      body: '#if($a)\nA\n#elseif($b)\nB\n#else\nC\n#end\n#foreach($i in $items)\n$i\n#end\n${resetPasswordLink}',
    };
    const target = {
      subject: 'x',
      body: '#if($a)\nA\n#else\nC\n#end\n$items\n${resetPasswordLink}',
    };
    const found = checkTranslation('ForgotPassword', source, target);
    expect(found.map((m) => [m.kind, m.side, m.line, m.what])).toEqual([
      ['variable', 'source', 3, '${b}'],
      ['structure', 'source', 3, '#elseif($b)'],
      // The missing #foreach block is one finding: its #end is not reported apart.
      ['structure', 'source', 8, '#foreach($i in $items)'],
    ]);
    expect(found.find((m) => m.what.startsWith('#foreach'))?.message).toBe(
      'The translation has no #foreach($i in $items) … #end block here.',
    );
    // `$b` is only in the source's condition: a variable the translation doesn't read.
    expect(
      checkTranslation('ForgotPassword', source, { ...target, body: target.body + '$b' }).map((m) => m.kind),
    ).not.toContain('variable');
  });

  it('says a whole missing #if … #else … #end block once', () => {
    const source = { subject: 'x', body: 'A\n#if($a)\nB\n#else\nC\n#end\n${resetPasswordLink}' };
    const target = { subject: 'x', body: 'A\nB\n${resetPasswordLink}' };
    const found = checkTranslation('ForgotPassword', source, target).filter((m) => m.kind === 'structure');
    expect(found.map((m) => [m.side, m.line, m.what])).toEqual([['source', 2, '#if($a)']]);
  });

  it('tells nesting apart', () => {
    const source = { subject: '', body: '#if($a)#if($b)x#end#end$resetPasswordLink' };
    const target = { subject: '', body: '#if($a)#end#if($b)x#end$resetPasswordLink' };
    const found = checkTranslation('ForgotPassword', source, target);
    expect(found.map((m) => [m.kind, m.side])).toEqual([
      ['structure', 'source'],
      ['structure', 'target'],
    ]);
  });

  it('reports a template that does not parse instead of throwing, and still checks what it can', () => {
    const target = french(['<p><a href="https://x.example">', '#if($a', '${resetPasswordLink}']);
    const found = checkTranslation('ForgotPassword', SOURCE, target);
    expect(found[0]).toMatchObject({ kind: 'syntax', side: 'target', part: 'body', severity: 'error' });
    expect(found[0].line).toBeGreaterThanOrEqual(2);
    expect(found.some((m) => m.kind === 'variable' || m.kind === 'structure')).toBe(false);
    expect(found.some((m) => m.kind === 'link')).toBe(true);
    for (const broken of ['#end', '${', '#foreach($x in', '<a href="', '\u0000#if(', '$!{{{'])
      expect(() =>
        checkTranslation('ForgotPassword', SOURCE, { subject: broken, body: broken }),
      ).not.toThrow();
    expect(() => checkTranslation('NoSuchTemplate', SOURCE, { subject: '', body: '' })).not.toThrow();
  });

  it('ignores helper calls, loop and #set variables', () => {
    const source = {
      subject: '',
      body: '#set($n = 2)$n ${f.escapeHtml($user.profile.login)} #foreach($x in $list)$x $foreach.count#end',
    };
    const target = {
      subject: '',
      body: '#set($n = 3)${f.escapeHtml($user.profile.login)} #foreach($x in $list)$x#end',
    };
    expect(checkTranslation('UnknownTemplate', source, target)).toEqual([]);
  });
});

describe('alignLines', () => {
  it('puts lines with the same markup side by side and faces extra lines with gaps', () => {
    const source = ['<p>Hello ${user.profile.firstName}</p>', '<p>Bye</p>', '#end'];
    const target = ['<h1>Titre</h1>', '<p>Bonjour ${user.profile.firstName}</p>', '<p>Salut</p>', '#end'];
    expect(alignLines(source, target)).toEqual([
      { source: undefined, target: 1 },
      { source: 1, target: 2 },
      { source: 2, target: 3 },
      { source: 3, target: 4 },
    ]);
  });

  it('pairs unmatched runs before leaving gaps', () => {
    expect(alignLines(['<p>a</p>', 'x', 'y', '<br>'], ['<p>b</p>', 'z', '<br>'])).toEqual([
      { source: 1, target: 1 },
      { source: 2, target: 2 },
      { source: 3, target: undefined },
      { source: 4, target: 3 },
    ]);
  });

  it('reads a line as its tags, references and directives', () => {
    expect(lineSkeleton('<P class="a">Hi ${user.profile.firstName}</p> #if($x)')).toBe(
      '<p $user.profile.firstName </p #if $x',
    );
  });
});
