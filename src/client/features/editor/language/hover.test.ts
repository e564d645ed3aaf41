import { describe, expect, it } from 'vitest';
import { buildRenderContext } from '../../../../shared/email/render-context';
import { getHover } from './hover';

/** Hovers the character right after `|`. */
function hover(
  textWithCursor: string,
  templateName = 'ForgotPassword',
  previewContext?: Record<string, unknown>,
) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const result = getHover({ text, offset, templateName, previewContext });
  return result && { ...result, covered: text.slice(result.from, result.to) };
}

const preview = buildRenderContext(
  'ForgotPassword',
  {
    user: { profile: { firstName: 'Grace', lastName: 'Hopper', login: 'grace@acme.example' } },
    org: { name: 'Acme', subDomain: 'acme' },
    brand: {},
    baseUrl: 'https://mail.example',
  },
  {},
  Date.parse('2025-03-01T12:00:00Z'),
);

describe('getHover', () => {
  it('describes a variable: name, type, description, example and the preview value', () => {
    const result = hover('<p>Hi ${user.profile.first|Name},</p>', 'ForgotPassword', preview)!;
    expect(result.covered).toBe('${user.profile.firstName}');
    expect(result.markdown).toContain('`${user.profile.firstName}`');
    expect(result.markdown).toContain('string');
    expect(result.markdown).toContain("The user's first name.");
    expect(result.markdown).toContain('Example: `Ada`');
    expect(result.markdown).toContain('Value in the preview: `Grace`');
  });

  it('works on $x, ${x} and $!{x}, anywhere on the reference', () => {
    for (const text of [
      '|$resetPasswordLink',
      '$reset|PasswordLink',
      '${resetPasswordLink|}',
      '$!{|resetPasswordLink}',
    ]) {
      const result = hover(text, 'ForgotPassword', preview)!;
      expect(result.markdown, text).toContain('Link the user follows to choose a new password.');
      expect(result.markdown, text).toContain(
        'Value in the preview: `https://acme.okta.example/signin/reset-password/',
      );
      expect(result.markdown, text).toContain('Specific to the Forgot Password template.');
    }
  });

  it('says when the preview data lacks the value, and says nothing of previews without data', () => {
    expect(hover('$user.profile.mobile|Phone', 'ForgotPassword', { user: {} })!.markdown).toContain(
      'Value in the preview: not set in the preview data',
    );
    expect(hover('$user.profile.mobile|Phone')!.markdown).not.toContain('preview');
  });

  it('describes the object part under the cursor', () => {
    const result = hover('${user.pro|file.firstName}', 'ForgotPassword', preview)!;
    expect(result.covered).toBe('${user.profile');
    expect(result.markdown).toContain('**`$user.profile`** · object');
    expect(result.markdown).toContain('firstName');
  });

  it('describes an f.* call with its signature and example', () => {
    const result = hover('${f.formatTimeDiff|DateNowInUserLocale($resetPasswordTokenExpirationDate)}')!;
    expect(result.markdown).toContain('`$f.formatTimeDiffDateNowInUserLocale(date: date): string`');
    expect(result.markdown).toContain("in the user's language");
    expect(result.markdown).toContain('Example:');
    // The argument is a reference of its own.
    expect(hover('${f.formatTimeDiffDateNow($resetPassword|TokenExpirationDate)}')!.markdown).toContain(
      'When the password reset link stops working.',
    );
  });

  it('describes $f and $StringTool themselves', () => {
    expect(hover('$|f.encode("a")')!.markdown).toContain('helper');
    expect(hover('$StringTool.escape|Html($x)')!.markdown).toContain(
      'StringTool.escapeHtml(text: string): string',
    );
  });

  it('shows the regex methods with Java syntax and their limits', () => {
    const result = hover('$user.profile.firstName.replace|All("a", "b")')!;
    expect(result.markdown).toContain('`.replaceAll(regex: string, replacement: string): string`');
    expect(result.markdown).toContain('at most 256 characters');
    expect(result.markdown).toContain('at most 5,000');
    expect(result.markdown).toContain('`(a+)+`');
  });

  it('describes methods', () => {
    const result = hover('$user.profile.firstName.toUpper|Case()')!;
    expect(result.markdown).toContain('`.toUpperCase(): string`');
    expect(result.markdown).toContain('The text in upper case.');
  });

  it('describes locals', () => {
    expect(hover('#set($greeting = "Hi")\n$greet|ing')!.markdown).toContain('set with `#set` (line 1)');
    expect(hover('#foreach($g in $user.groups.names)$|g#end')!.markdown).toContain('`#foreach` loop');
    expect(hover('#foreach($g in $user.groups.names)$foreach.has|Next#end')!.markdown).toContain(
      'more items follow',
    );
  });

  it('explains a directive keyword in one line', () => {
    const result = hover('#fore|ach($g in $user.groups.names)$g#end')!;
    expect(result.covered).toBe('#foreach');
    expect(result.markdown).toMatch(/^\*\*#foreach\*\* — Renders its block once per item/);
    expect(result.markdown.split('\n')).toHaveLength(1);
    expect(hover('#if($x)a#e|nd')!.markdown).toContain('Closes the innermost');
    expect(hover('#if($x)a#{el|se}b#end')!.markdown).toContain('no condition was true');
  });

  it('flags an unknown variable and suggests the closest one', () => {
    const result = hover('${resetPasswordLin|kk}')!;
    expect(result.markdown).toContain('not a variable of this template');
    expect(result.markdown).toContain('Did you mean `${resetPasswordLink}`?');
    expect(hover('${activation|Link}')!.markdown).toContain('Available in: User Activation');
  });

  it('has nothing to say about plain text, comments or unparsed blocks', () => {
    expect(hover('Hel|lo')).toBeUndefined();
    expect(hover('## ${user.pro|file.firstName}')).toBeUndefined();
    expect(hover('#* $org.na|me *#')).toBeUndefined();
    expect(hover('#[[ $org.na|me ]]#')).toBeUndefined();
    expect(hover('\\$org.na|me')).toBeUndefined();
  });

  it('keeps preview values from breaking out of their code span', () => {
    const result = hover('$org.na|me', 'ForgotPassword', { org: { name: 'a `b` **c**\n# d' } })!;
    expect(result.markdown).toContain('Value in the preview: `` a `b` **c** # d ``');
  });
});
