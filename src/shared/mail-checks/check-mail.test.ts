import { describe, expect, it } from 'vitest';
import { sampleTemplateData } from '../templates/catalog';
import { checkMail, countFindings, GMAIL_CLIP_BYTES, type MailCheckInput } from './check-mail';

const GOOD_HTML = `<html><body>
<p>Hello Ada,</p>
<p><a href="https://acme.example/reset?t=1&amp;u=2">Reset your password</a></p>
<img src="https://acme.example/logo.png" alt="Acme">
</body></html>`;

const mail = (overrides: Partial<MailCheckInput> = {}): MailCheckInput => ({
  kind: 'mail',
  subject: 'Reset your password',
  html: GOOD_HTML,
  text: 'Reset your password: https://acme.example/reset?t=1&u=2',
  ...overrides,
});
const ids = (input: MailCheckInput) => checkMail(input).map((f) => f.id);
const only = (input: MailCheckInput, id: string) => checkMail(input).filter((f) => f.id === id);

describe('checkMail', () => {
  it('finds nothing in a well-made email', () => {
    expect(checkMail(mail())).toEqual([]);
  });

  it('gives every finding a message, why it matters and how to fix it', () => {
    const findings = checkMail(
      mail({
        subject: '',
        html: '<a href="http://x">x</a><a href="#">y</a><img src=http://i><script></script>${a}',
        text: null,
      }),
    );
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(f.message).not.toBe('');
      expect(f.why).not.toBe('');
      expect(f.fix).not.toBe('');
    }
    expect(countFindings(findings)).toEqual({ error: 3, warning: 5, info: 0 });
    expect(findings[0].severity).toBe('error');
  });

  describe('http: links', () => {
    it('flags an http: href, with its line, column and tag', () => {
      const [finding] = only(
        mail({ html: '<p>\n  <A HREF=http://acme.example/x>go</A></p>' }),
        'insecure-link',
      );
      expect(finding).toMatchObject({
        severity: 'warning',
        location: { part: 'html', offset: 6, line: 2, column: 3, excerpt: '<A HREF=http://acme.example/x>' },
      });
    });

    it('sees http: through entities in the href', () => {
      expect(ids(mail({ html: '<a href="&#104;ttp&colon;//x.example">x</a>' }))).toContain('insecure-link');
    });

    it('leaves https:, mailto: and relative links, and links inside comments', () => {
      const html =
        '<a href="https://x.example">a</a><a href="mailto:a@b.example">b</a><a href="/c">c</a><!-- <a href="http://x">-->';
      expect(only(mail({ html }), 'insecure-link')).toEqual([]);
    });
  });

  describe('empty links', () => {
    it('flags href="" and href="#" (with spaces around too)', () => {
      const findings = only(
        mail({ html: '<a href="">a</a> <a href=" # ">b</a> <a href>c</a>' }),
        'empty-link',
      );
      expect(findings.map((f) => f.message)).toEqual([
        'A link has an empty target (href="").',
        'A link points nowhere (href="#").',
        'A link has an empty target (href="").',
      ]);
    });

    it('leaves named anchors and in-page fragments', () => {
      expect(only(mail({ html: '<a name="top"></a><a href="#top">Top</a>' }), 'empty-link')).toEqual([]);
    });
  });

  describe('link text that is another URL', () => {
    it('warns when the text shows another host than the target', () => {
      const [finding] = only(
        mail({ html: '<a href="https://evil.example/x">https://acme.example/reset</a>' }),
        'link-text-mismatch',
      );
      expect(finding).toMatchObject({ severity: 'warning', location: { offset: 0 } });
      expect(finding.message).toContain('https://acme.example/reset');
    });

    it('tells only when the host is the same and the page differs; reads www. text and nested markup', () => {
      expect(
        only(
          mail({ html: '<a href="https://acme.example/a"><b>https://acme.example/b</b></a>' }),
          'link-text-mismatch',
        ),
      ).toMatchObject([{ severity: 'info' }]);
      expect(ids(mail({ html: '<a href="https://acme.example">www.other.example</a>' }))).toContain(
        'link-text-mismatch',
      );
    });

    it('accepts the same address (entities, trailing slash and scheme aside) and words as text', () => {
      const html = [
        '<a href="https://acme.example/r?a=1&amp;b=2">https://acme.example/r?a=1&amp;b=2</a>',
        '<a href="https://acme.example/">acme.example</a>',
        '<a href="https://acme.example/">https://acme.example</a>',
        '<a href="https://www.acme.example">www.acme.example</a>',
        '<a href="https://acme.example/x">Reset your password</a>',
      ].join('');
      expect(only(mail({ html }), 'link-text-mismatch')).toEqual([]);
    });

    it('closes a link left open by the next one', () => {
      const html = '<a href="https://a.example">https://a.example<a href="https://b.example">words</a>';
      expect(only(mail({ html }), 'link-text-mismatch')).toEqual([]);
    });
  });

  describe('images', () => {
    it('flags an image without alt, but not alt="" or a bare alt', () => {
      const findings = only(
        mail({
          html: '<IMG SRC="https://x/a.png"><img src="https://x/b.png" alt=""><img alt src=https://x/c>',
        }),
        'image-missing-alt',
      );
      expect(findings).toMatchObject([{ location: { offset: 0, excerpt: '<IMG SRC="https://x/a.png">' } }]);
    });

    it('flags an image over http:', () => {
      expect(only(mail({ html: '<img alt="" src=HTTP://x/a.png>' }), 'insecure-image')).toHaveLength(1);
      expect(only(mail({ html: '<img alt="" src="//x/a.png">' }), 'insecure-image')).toHaveLength(0);
    });
  });

  describe('size', () => {
    it("warns past Gmail's 102 KB, counting bytes, not characters", () => {
      const pad = (n: number) => `<p>${'é'.repeat(n)}</p>`;
      expect(ids(mail({ html: pad(GMAIL_CLIP_BYTES / 2 - 10) }))).not.toContain('html-too-large');
      const [finding] = only(mail({ html: pad(GMAIL_CLIP_BYTES / 2) }), 'html-too-large');
      expect(finding.message).toMatch(/^The HTML is 102\.0 KB/);
    });
  });

  describe('the plain-text part', () => {
    it('is missing from received mail without one, or with an empty one', () => {
      expect(ids(mail({ text: null }))).toContain('missing-text-part');
      expect(ids(mail({ text: '  \n' }))).toContain('missing-text-part');
    });

    it('is not asked of a preview (Mailroom adds it when sending)', () => {
      expect(ids(mail({ kind: 'preview', text: undefined }))).toEqual([]);
    });
  });

  describe('unresolved references', () => {
    it('flags ${…} (error) and $name (warning) in text, attributes, the subject and the text part', () => {
      const findings = only(
        mail({
          subject: 'Hi ${user.profile.firstName}',
          html: '<p>Hello $user.profile.nickName,</p>\n<a href="${resetLink}">Reset</a>',
          text: 'Use $otp',
        }),
        'unresolved-reference',
      );
      expect(findings.map((f) => [f.severity, f.location?.part, f.location?.excerpt])).toEqual([
        ['error', 'subject', '${user.profile.firstName}'],
        ['error', 'html', '${resetLink}'],
        ['warning', 'html', '$user.profile.nickName'],
        ['warning', 'text', '$otp'],
      ]);
      expect(findings[1].location).toMatchObject({ line: 2, column: 10 });
    });

    it('reports a reference in the text part only once when the HTML has it too', () => {
      expect(
        only(mail({ html: '<p>${code}</p>', text: 'Code: ${code}' }), 'unresolved-reference'),
      ).toHaveLength(1);
    });

    it('ignores prices, escapes, entities, comments, styles and scripts', () => {
      const html =
        '<p>US$5, $5, \\$name, &#36;{x}</p><!-- ${hidden} --><style>a{content:"$x"}</style><script>var a = "${x}"</script>';
      expect(only(mail({ html }), 'unresolved-reference')).toEqual([]);
    });
  });

  describe('the subject', () => {
    it('is an error when empty or blank', () => {
      expect(only(mail({ subject: ' ' }), 'subject-empty')).toMatchObject([{ severity: 'error' }]);
    });

    it('is a warning over 78 characters, counting characters, not UTF-16 units', () => {
      expect(ids(mail({ subject: 'x'.repeat(78) }))).toEqual([]);
      expect(ids(mail({ subject: '😀'.repeat(78) }))).toEqual([]);
      expect(only(mail({ subject: 'x'.repeat(79) }), 'subject-too-long')[0].message).toBe(
        'The subject is 79 characters long, over 78.',
      );
    });
  });

  describe('elements mail clients drop', () => {
    it('flags script (error), form and iframe (warnings), in any case', () => {
      const findings = only(
        mail({
          html: '<SCRIPT src="x.js"></SCRIPT><Form action="/x"><input></Form><iframe src="https://x"></iframe>',
        }),
        'dropped-element',
      );
      expect(findings.map((f) => [f.severity, f.message])).toEqual([
        ['error', 'A script (<script>) is in the email.'],
        ['warning', 'A form (<form>) is in the email.'],
        ['warning', 'An iframe (<iframe>) is in the email.'],
      ]);
    });

    it('does not see them in comments, text or attribute values', () => {
      const html = '<!-- <script></script> --><p title="<form>">&lt;iframe&gt; scripts</p>';
      expect(only(mail({ html }), 'dropped-element')).toEqual([]);
    });
  });

  describe('required variables', () => {
    it('checks the template source when there is one, as the server does', () => {
      const findings = only(
        mail({ kind: 'preview', template: { name: 'ForgotPassword', source: '<p>Hi</p>' } }),
        'missing-required-variable',
      );
      expect(findings).toMatchObject([
        {
          severity: 'error',
          message: 'The template does not use one of ${resetPasswordLink}, ${oneTimePassword}.',
        },
      ]);
      expect(
        only(
          mail({ kind: 'preview', template: { name: 'ForgotPassword', source: '$!{oneTimePassword}' } }),
          'missing-required-variable',
        ),
      ).toEqual([]);
    });

    it("looks for the variables' values in received mail (entities decoded)", () => {
      const values = sampleTemplateData('UserActivation');
      const link = String(values.activationLink);
      const missing = only(
        mail({ template: { name: 'UserActivation', values } }),
        'missing-required-variable',
      );
      expect(missing).toHaveLength(1);
      expect(missing[0].message).toMatch(/^The email does not contain one of \$\{activationLink\}/);
      const html = `<a href="${link.replace(/&/g, '&amp;')}">Activate</a>`;
      expect(
        only(
          mail({ html, text: 'x', template: { name: 'UserActivation', values } }),
          'missing-required-variable',
        ),
      ).toEqual([]);
    });

    it('says nothing for templates without required variables, unknown templates or unknown values', () => {
      expect(ids(mail({ template: { name: 'PasswordChanged', source: '' } }))).toEqual([]);
      expect(ids(mail({ template: { name: 'NoSuchTemplate', source: '' } }))).toEqual([]);
      expect(ids(mail({ template: { name: 'ForgotPassword', values: {} } }))).toEqual([]);
    });
  });

  it('checks text-only mail without HTML findings', () => {
    expect(ids(mail({ html: null, text: 'Plain' }))).toEqual([]);
  });
});
