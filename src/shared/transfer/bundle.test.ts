import { describe, expect, it } from 'vitest';
import { parseBundle, serializeBundle, type Bundle } from './bundle';
import { bundleFromState, type BrandState } from './state';

const FORGOT = '<p>Hi ${user.profile.firstName}, <a href="${resetPasswordLink}">reset</a>.</p>';
const ACTIVATE = '<p><a href="${activationLink}">Activate</a></p>';

const valid = (): Bundle => ({
  format: 'mailroom-bundle',
  version: 1,
  templates: [
    {
      name: 'ForgotPassword',
      recipients: 'ADMINS_ONLY',
      customizations: [
        { language: 'fr', isDefault: true, subject: 'Réinitialisation', body: FORGOT },
        { language: 'en', isDefault: false, subject: 'Reset', body: FORGOT },
      ],
    },
    {
      name: 'UserActivation',
      customizations: [{ language: 'de', isDefault: true, subject: 'Willkommen', body: ACTIVATE }],
    },
  ],
});

/** The problems of a bundle given as a value (or text), as "entry: message" lines. */
function problemsOf(bundle: unknown): string[] {
  const result = parseBundle(typeof bundle === 'string' ? bundle : JSON.stringify(bundle));
  return result.ok ? [] : result.problems.map((p) => `${p.entry}: ${p.message}`);
}

describe('bundle format', () => {
  it('writes one canonical text: fixed key order, templates by name, languages by tag, 2 spaces, final newline', () => {
    const bundle = valid();
    bundle.templates.reverse();
    // Keys in another order and a default recipients value change nothing.
    bundle.templates[0] = {
      customizations: bundle.templates[0].customizations,
      recipients: 'ALL_USERS',
      name: 'UserActivation',
    } as Bundle['templates'][number];
    const text = serializeBundle(bundle);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(serializeBundle(valid()));
    expect(text.split('\n').slice(0, 9)).toEqual([
      '{',
      '  "format": "mailroom-bundle",',
      '  "version": 1,',
      '  "templates": [',
      '    {',
      '      "name": "ForgotPassword",',
      '      "recipients": "ADMINS_ONLY",',
      '      "customizations": [',
      '        {',
    ]);
    expect(text.indexOf('"language": "en"')).toBeLessThan(text.indexOf('"language": "fr"'));
    expect(text).not.toContain('"recipients": "ALL_USERS"');
    // What it writes, it reads back to the same text.
    const parsed = parseBundle(text);
    expect(parsed.ok && serializeBundle(parsed.bundle)).toBe(text);
  });

  it('exports no ids, dates or brand, and SMTP servers without their secrets', () => {
    const state: BrandState = {
      unknownTemplates: [],
      templates: [
        {
          name: 'UserActivation',
          recipients: 'ALL_USERS',
          customizations: [
            {
              id: 'oel123',
              language: 'en',
              isDefault: true,
              subject: 'Hi',
              body: ACTIVATE,
              created: '2024-01-01T00:00:00.000Z',
            } as never,
          ],
        },
        { name: 'ForgotPassword', recipients: 'ALL_USERS', customizations: [] },
        { name: 'PasswordChanged', recipients: 'NO_USERS', customizations: [] },
      ],
      emailServers: [
        {
          id: 'ces1',
          alias: 'Relay',
          host: 'smtp.example.com',
          port: 587,
          username: 'mailer',
          enabled: true,
          password: 'secret-pw',
          authType: 'BASIC_SMTP_AUTH',
        },
      ],
    };
    const text = serializeBundle(bundleFromState(state, { includeEmailServers: true }));
    expect(text).not.toMatch(/oel123|ces1|created|secret-pw|password|enabled/);
    const bundle = JSON.parse(text) as Bundle;
    // Uncustomized templates with default recipients are left out.
    expect(bundle.templates.map((t) => t.name)).toEqual(['PasswordChanged', 'UserActivation']);
    expect(bundle.emailServers).toEqual([
      {
        alias: 'Relay',
        host: 'smtp.example.com',
        port: 587,
        username: 'mailer',
        authType: 'BASIC_SMTP_AUTH',
      },
    ]);
    expect(serializeBundle(bundleFromState(state))).not.toContain('emailServers');
  });

  it('accepts a valid bundle and normalises language case as Okta does', () => {
    const bundle = valid();
    bundle.templates[1].customizations[0].language = 'pt-br';
    const result = parseBundle(JSON.stringify(bundle));
    expect(result.ok).toBe(true);
    expect(result.ok && result.bundle.templates[1].customizations[0].language).toBe('pt-BR');
  });
});

describe('bundle validation: one clear problem per bad entry, naming it', () => {
  it('refuses text that is not JSON, not a bundle, or another version', () => {
    expect(problemsOf('{"format": "mailroom-bundle",')).toEqual([
      expect.stringMatching(/^file: This is not JSON/),
    ]);
    expect(problemsOf('[]')).toEqual(['file: A bundle is a JSON object; this is not.']);
    expect(problemsOf({ templates: [] })).toEqual([
      'bundle: This is not a Mailroom bundle: "format" must be "mailroom-bundle", and it is missing.',
    ]);
    expect(problemsOf({ ...valid(), version: 2 })).toEqual([
      'bundle: This bundle is version 2, made by a newer Mailroom; this one reads version 1.',
    ]);
  });

  it('names the entry and field of a structural problem, once per entry', () => {
    const bundle = valid() as unknown as { templates: Record<string, unknown>[] };
    (bundle.templates[0].customizations as Record<string, unknown>[])[1].subject = 42;
    (bundle.templates[0].customizations as Record<string, unknown>[])[1].body = 43;
    bundle.templates[1].recipients = 'EVERYONE';
    bundle.templates[1].colour = 'blue';
    expect(problemsOf(bundle)).toEqual([
      'templates[0].customizations[1] (ForgotPassword, en): "subject" must be text.',
      'templates[1] (UserActivation): "colour" is not a field of a template.',
    ]);
    delete bundle.templates[1].colour;
    expect(problemsOf(bundle)).toContain(
      'templates[1] (UserActivation): "recipients" must be one of "ALL_USERS", "ADMINS_ONLY", "NO_USERS".',
    );
  });

  it('refuses secrets in SMTP servers and duplicate aliases', () => {
    const server = {
      alias: 'Relay',
      host: 'smtp.example.com',
      port: 587,
      username: 'u',
      authType: 'BASIC_SMTP_AUTH',
    };
    expect(problemsOf({ ...valid(), emailServers: [{ ...server, password: 'pw' }] })).toEqual([
      'emailServers[0] (Relay): "password" is a secret, and bundles never carry secrets. Remove it; you give the password when you import.',
    ]);
    expect(problemsOf({ ...valid(), emailServers: [server, { ...server, port: 70000 }] })).toEqual([
      'emailServers[1] (Relay): "port" must be <= 65535.',
    ]);
    expect(problemsOf({ ...valid(), emailServers: [server, server] })).toEqual([
      'emailServers[1] (Relay): Two SMTP servers are called "Relay" (also emailServers[0]).',
    ]);
  });

  it('carries custom locales (any BCP 47 tag, in its canonical case), one customization per locale whatever its case', () => {
    const bundle = valid();
    bundle.templates[1].customizations.push(
      { language: 'fr-ca', isDefault: false, subject: 'Bienvenue', body: '<p>${activationLink}</p>' },
      { language: 'zh-hant-hk', isDefault: false, subject: '歡迎', body: '<p>${activationLink}</p>' },
    );
    const parsed = parseBundle(JSON.stringify(bundle));
    expect(parsed.ok && parsed.bundle.templates[1].customizations.map((c) => c.language)).toEqual(
      expect.arrayContaining(['fr-CA', 'zh-Hant-HK']),
    );
    bundle.templates[1].customizations.push({
      language: 'FR-CA',
      isDefault: false,
      subject: 'Encore',
      body: '<p>${activationLink}</p>',
    });
    expect(problemsOf(bundle)).toEqual([
      'templates[1].customizations[3] (UserActivation, FR-CA): UserActivation has two fr-CA customizations (also customizations[1]); keep one.',
    ]);
  });

  it('applies Okta’s rules: known templates, well-formed languages, content rules, one per language, one default', () => {
    const bundle = valid();
    bundle.templates.push(
      { name: 'ForgotPasswordd', customizations: [] },
      {
        name: 'PasswordChanged',
        recipients: 'ADMINS_ONLY',
        customizations: [
          { language: 'xx', isDefault: true, subject: 'S', body: '<p>b</p>' },
          { language: 'en_US', isDefault: false, subject: 'S', body: '<p>b</p>' },
        ],
      },
    );
    const forgot = bundle.templates[0].customizations;
    forgot[1].body = '<p>No link</p>';
    forgot.push({ language: 'FR', isDefault: true, subject: 'Encore', body: FORGOT });
    forgot.push({ language: 'de', isDefault: false, subject: 'x'.repeat(129), body: 'x'.repeat(64 * 1024) });
    bundle.templates[1].customizations[0].isDefault = false;
    expect(problemsOf(bundle)).toEqual([
      'templates[0].customizations[1] (ForgotPassword, en): body: The body must reference one of ${resetPasswordLink}, ${oneTimePassword}.',
      'templates[0].customizations[2] (ForgotPassword, FR): ForgotPassword has two fr customizations (also customizations[0]); keep one.',
      'templates[0].customizations[3] (ForgotPassword, de): subject: The subject is 129 characters long; the limit is 128. body: The body is 64.0 KB; it must be smaller than 64 KB.',
      'templates[0] (ForgotPassword): ForgotPassword has 2 default customizations; exactly one may have "isDefault": true.',
      'templates[1] (UserActivation): UserActivation has no default customization; mark exactly one with "isDefault": true.',
      'templates[2] (ForgotPasswordd): "ForgotPasswordd" is not one of Okta\'s email templates.',
      "templates[3] (PasswordChanged): PasswordChanged can't be sent to ADMINS_ONLY; it allows ALL_USERS, NO_USERS.",
      'templates[3].customizations[1] (PasswordChanged, en_US): "en_US" is not a BCP 47 language tag.',
    ]);
  });

  it('refuses the same template twice', () => {
    const bundle = valid();
    bundle.templates.push({ ...bundle.templates[1] });
    expect(problemsOf(bundle)).toEqual([
      'templates[2] (UserActivation): UserActivation is in the bundle twice (also templates[1]).',
    ]);
  });
});
