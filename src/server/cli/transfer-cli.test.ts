import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/build-test-app';
import { runTransferCli } from './transfer-cli';

const RESET =
  '<p>Hello ${user.profile.firstName},\n<a href="${resetPasswordLink}">reset your password</a>.\n</p>';

/** `npm run mailroom` in-process, on two temporary DATA_DIRs (the local-store mode). */
describe('npm run mailroom (export / import)', () => {
  let source: TestApp;
  let target: TestApp;
  let dir: string;
  const printed: string[] = [];

  async function cli(
    args: string[],
    options: {
      dataDir?: string;
      cwd?: string;
      tty?: boolean;
      confirm?: (q: string) => Promise<boolean>;
    } = {},
  ) {
    let stdout = '';
    let stderr = '';
    const code = await runTransferCli({
      args,
      env: { DATA_DIR: options.dataDir ?? target.dataDir, ...(options.cwd ? { INIT_CWD: options.cwd } : {}) },
      stdout: { write: (t: string) => (stdout += t), isTTY: options.tty },
      stderr: { write: (t: string) => (stderr += t) },
      confirm: options.confirm,
    });
    printed.push(stdout, stderr);
    return { code, stdout, stderr };
  }

  const customizations = async (app: TestApp, template: string) =>
    (
      await app.call({
        method: 'GET',
        url: `/api/v1/brands/${app.defaultBrandId}/templates/email/${template}/customizations`,
      })
    ).json() as { language: string; isDefault: boolean; subject: string }[];

  beforeAll(async () => {
    [source, target] = await Promise.all([
      buildTestApp({ ADMIN_TOKEN: '00SourceCliToken000000000000000000000000000' }),
      buildTestApp({ ADMIN_TOKEN: '00TargetCliToken000000000000000000000000000' }),
    ]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-cli-'));
    for (const [language, subject] of [
      ['en', 'Reset your password'],
      ['fr', 'Réinitialisez votre mot de passe'],
    ]) {
      const response = await source.call({
        method: 'POST',
        url: `/api/v1/brands/${source.defaultBrandId}/templates/email/ForgotPassword/customizations`,
        payload: { language, subject, body: RESET },
      });
      expect(response.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
    // No run printed a token, whatever happened.
    for (const token of [source.token, target.token]) expect(printed.join('\n')).not.toContain(token);
  });

  it('exports a brand of the local store to a file', async () => {
    const file = path.join(dir, 'bundle.json');
    const run = await cli(['export', '--out', file], { dataDir: source.dataDir });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain('Exported 2 customizations of 1 templates from brand "Mailroom Default"');
    const text = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(text).templates[0].customizations.map((c: { language: string }) => c.language)).toEqual(
      ['en', 'fr'],
    );
    // To stdout without --out, the same bytes.
    expect((await cli(['export'], { dataDir: source.dataDir })).stdout).toBe(text);
    // A relative --out is where the user ran npm from (npm itself runs scripts in the package root).
    expect((await cli(['export', '--out', 'again.json'], { dataDir: source.dataDir, cwd: dir })).code).toBe(
      0,
    );
    expect(fs.readFileSync(path.join(dir, 'again.json'), 'utf8')).toBe(text);
  });

  it('dry run prints the plan and changes nothing; without --yes and no terminal it refuses', async () => {
    const file = path.join(dir, 'bundle.json');
    const dry = await cli(['import', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'ForgotPassword\n  + create en: "Reset your password" (becomes the default)\n',
    );
    expect(dry.stdout).toContain('Plan: 2 changes (2 to create, 0 to replace, 0 to delete), 0 unchanged.');
    expect(dry.stdout).toContain('Dry run: nothing was applied.');
    expect(await customizations(target, 'ForgotPassword')).toEqual([]);

    const refused = await cli(['import', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes');
    const declined = await cli(['import', file], { confirm: async () => false });
    expect(declined).toMatchObject({ code: 0 });
    expect(await customizations(target, 'ForgotPassword')).toEqual([]);
  });

  it('applies with progress and a summary, then plans 0 changes', async () => {
    const file = path.join(dir, 'bundle.json');
    let asked = '';
    const run = await cli(['import', file], { confirm: async (q) => ((asked = q), true) });
    expect(asked).toBe('Apply 2 changes to brand "Mailroom Default"? [y/N] ');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  [1/2] ✓ + create ForgotPassword en (default)\n  [2/2] ✓ + create ForgotPassword fr\n',
    );
    expect(run.stdout).toContain('Applied 2 changes; 0 unchanged.');
    expect((await customizations(target, 'ForgotPassword')).map((c) => c.language).sort()).toEqual([
      'en',
      'fr',
    ]);

    const again = await cli(['import', file, '--yes']);
    expect(again.stdout).toContain('Plan: 0 changes (0 to create, 0 to replace, 0 to delete), 2 unchanged.');
    expect(again.stdout).toContain('Nothing to do');
  });

  it('shows unified diffs of replaced content, coloured only on a terminal', async () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
    bundle.templates[0].customizations[1].body = RESET.replace(
      'reset your password',
      'choisir un mot de passe',
    );
    const file = path.join(dir, 'changed.json');
    fs.writeFileSync(file, JSON.stringify(bundle));
    const plain = await cli(['import', file, '--dry-run']);
    expect(plain.stdout).toContain(
      [
        '  ~ replace fr',
        '      --- ForgotPassword/fr/body (current)',
        '      +++ ForgotPassword/fr/body (bundle)',
        '      @@ -1,3 +1,3 @@',
        '       <p>Hello ${user.profile.firstName},',
        '      -<a href="${resetPasswordLink}">reset your password</a>.',
        '      +<a href="${resetPasswordLink}">choisir un mot de passe</a>.',
      ].join('\n'),
    );
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await cli(['import', file, '--dry-run'], { tty: true });
    expect(tty.stdout).toContain('      \u001b[31m-<a href=');
  });

  it('refuses a bad bundle with one problem per entry, naming it, and changes nothing', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'mailroom-bundle',
        version: 1,
        templates: [
          {
            name: 'ForgotPassword',
            customizations: [{ language: 'en', isDefault: true, subject: 'x', body: 'no link' }],
          },
          { name: 'NoSuchTemplate', customizations: [] },
        ],
      }),
    );
    const run = await cli(['import', file, '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${file} is not a bundle Mailroom can import (2 problems):\n` +
        '  templates[0].customizations[0] (ForgotPassword, en): body: The body must reference one of ${resetPasswordLink}, ${oneTimePassword}.\n' +
        '  templates[1] (NoSuchTemplate): "NoSuchTemplate" is not one of Okta\'s email templates.\n',
    );
    expect((await cli(['import', path.join(dir, 'missing.json')])).code).toBe(2);
    expect((await cli(['export', '--prune'])).code).toBe(2);
    expect((await cli(['import', file, '--brand', 'Nope'])).code).toBe(2);
  });

  it('stops at a refused call with exit 1, listing what was applied and what was not', async () => {
    await source.call({
      method: 'POST',
      url: '/api/v1/email-servers',
      payload: { alias: 'Relay', host: 'smtp.example.com', port: 587, username: 'u', password: 'source-pw' },
    });
    await source.call({
      method: 'PUT',
      url: `/api/v1/brands/${source.defaultBrandId}/templates/email/PasswordChanged/settings`,
      payload: { recipients: 'NO_USERS' },
    });
    const file = path.join(dir, 'with-servers.json');
    expect(
      (await cli(['export', '--include-email-servers', '--out', file], { dataDir: source.dataDir })).code,
    ).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('source-pw');

    // New servers need their password, which the bundle doesn't carry: refused before anything runs.
    const blocked = await cli(['import', file, '--yes']);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(
      'The SMTP server "Relay" is new to the target org, and it needs a password',
    );

    // A token that may change templates but not SMTP servers: the server step fails after the settings one.
    const secrets = path.join(dir, 'secrets.json');
    fs.writeFileSync(secrets, JSON.stringify({ Relay: 'target-pw' }));
    const token = await target.tokenWith(
      'okta.brands.read',
      'okta.templates.read',
      'okta.templates.manage',
      'okta.emailServers.read',
    );
    const run = await cli(['import', file, '--yes', '--smtp-secrets', secrets, '--token', token]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  [1/2] ✓ ~ recipients of PasswordChanged → NO_USERS\n  [2/2] ✗ + create SMTP server "Relay" (disabled)\n',
    );
    expect(run.stdout).toContain(
      [
        'Stopped: + create SMTP server "Relay" (disabled) failed.',
        "  The token doesn't have permission for this (it lacks a scope). This operation needs the okta.emailServers.manage scope. (E0000006, HTTP 403)",
        '',
        'Applied before the failure (1):',
        '  ✓ recipients of PasswordChanged → NO_USERS',
        'Failed (1):',
        '  ✗ create SMTP server "Relay"',
        'Not applied (0):',
        '  nothing',
      ].join('\n'),
    );
    expect(printed.join('\n')).not.toContain(token);
    expect(printed.join('\n')).not.toContain('target-pw');

    // With a token that may, the same import continues from there.
    const rerun = await cli(['import', file, '--yes', '--smtp-secrets', secrets]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('Plan: 1 change (1 to create, 0 to replace, 0 to delete), 2 unchanged.');
  });
});
