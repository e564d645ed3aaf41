import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../../../test/support/child-server';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE_TOKEN = '00PromotionSourceToken00000000000000000000';
const ORG_TOKEN = '00PromotionOrgToken0000000000000000000000000';
const FRONT_TOKEN = '00PromotionFrontToken00000000000000000000000';

/** `npm run mailroom -- …` as its own process: exit code and output. */
function mailroom(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/mailroom.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The "done when": a bundle exported from one local Mailroom imports into another through real Okta
 * mode (a third Mailroom forwarding to the second), the second's export is byte-identical to the first, and
 * importing again plans 0 changes. Three real servers and the CLI, each its own process.
 */
describe('promotion between orgs, end to end', () => {
  let dir: string;
  let source: ChildServer;
  let org: ChildServer;
  let front: ChildServer;
  const dataDir = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-promotion-'));
    [source, org] = await Promise.all([
      startChildServer(dataDir('source'), SOURCE_TOKEN),
      startChildServer(dataDir('org'), ORG_TOKEN),
    ]);
    front = await startChildServer(dataDir('front'), FRONT_TOKEN, {
      OKTA_ORG_URL: org.url,
      OKTA_API_TOKEN: ORG_TOKEN,
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([source?.stop(), org?.stop(), front?.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports from a local Mailroom, imports through real Okta mode, and round-trips byte for byte', async () => {
    const brandOf = async (server: ChildServer) =>
      (await server.api<{ id: string; isDefault: boolean }[]>('GET', '/api/v1/brands')).data.find(
        (b) => b.isDefault,
      )!.id;
    const brand = await brandOf(source);
    const base = `/api/v1/brands/${brand}/templates/email`;
    const body = (link: string) =>
      `<!DOCTYPE html>\n<html>\n<body>\n<p>Bonjour \${user.profile.firstName} — <a href="\${${link}}">ici</a>.</p>\n</body>\n</html>\n`;
    for (const [template, language, subject, link] of [
      ['ForgotPassword', 'de', 'Passwort zurücksetzen', 'resetPasswordLink'],
      ['ForgotPassword', 'en', 'Reset your password', 'resetPasswordLink'],
      ['ForgotPassword', 'fr', 'Réinitialisez votre mot de passe', 'resetPasswordLink'],
      ['UserActivation', 'ja', 'ようこそ ${org.name}', 'activationLink'],
      ['UserActivation', 'en', 'Welcome to ${org.name}', 'activationLink'],
    ]) {
      const created = await source.api('POST', `${base}/${template}/customizations`, {
        language,
        subject,
        body: body(link),
      });
      expect(created.status).toBe(201);
    }
    // The default is not the first language created, and one template goes to admins only.
    const { data: forgot } = await source.api<{ id: string; language: string }[]>(
      'GET',
      `${base}/ForgotPassword/customizations`,
    );
    const fr = forgot.find((c) => c.language === 'fr')!;
    await source.api('PUT', `${base}/ForgotPassword/customizations/${fr.id}`, {
      language: 'fr',
      subject: 'Réinitialisez votre mot de passe',
      body: body('resetPasswordLink'),
      isDefault: true,
    });
    await source.api('PUT', `${base}/AccountLockout/settings`, { recipients: 'ADMINS_ONLY' });
    await source.api('POST', '/api/v1/email-servers', {
      alias: 'Transactional relay',
      host: 'smtp.acme.example',
      port: 587,
      username: 'mailer',
      password: 'source-relay-password',
    });

    // 1. Export from the local Mailroom's DATA_DIR (it keeps running).
    const first = path.join(dir, 'first.json');
    const exported = await mailroom(['export', '--include-email-servers', '--out', first], {
      DATA_DIR: dataDir('source'),
    });
    expect(exported.code, exported.stderr).toBe(0);
    const firstText = fs.readFileSync(first, 'utf8');
    expect(firstText).not.toContain('source-relay-password');

    // 2. Dry run, then import, into the org through the Mailroom in real Okta mode.
    const secrets = path.join(dir, 'secrets.json');
    fs.writeFileSync(secrets, JSON.stringify({ 'Transactional relay': 'org-relay-password' }));
    const through = ['--org', front.url, '--token', FRONT_TOKEN, '--smtp-secrets', secrets];
    const dry = await mailroom(['import', first, '--dry-run', ...through]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Plan: 7 changes (6 to create, 1 to replace, 0 to delete), 0 unchanged.');
    expect(
      (
        await org.api<unknown[]>(
          'GET',
          `/api/v1/brands/${await brandOf(org)}/templates/email/ForgotPassword/customizations`,
        )
      ).data,
    ).toEqual([]);
    const imported = await mailroom(['import', first, '--yes', ...through]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Applied 7 changes; 0 unchanged.');

    // 3. The org's own export is byte-identical (and so is the one read through the front server).
    const second = path.join(dir, 'second.json');
    expect(
      (await mailroom(['export', '--include-email-servers', '--out', second], { DATA_DIR: dataDir('org') }))
        .code,
    ).toBe(0);
    expect(fs.readFileSync(second, 'utf8')).toBe(firstText);
    const viaFront = await mailroom([
      'export',
      '--include-email-servers',
      '--org',
      front.url,
      '--token',
      FRONT_TOKEN,
    ]);
    expect(viaFront.stdout).toBe(firstText);

    // 4. Importing again plans nothing.
    const again = await mailroom(['import', first, '--yes', ...through]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Plan: 0 changes (0 to create, 0 to replace, 0 to delete), 6 unchanged.');

    // No token or password in anything the CLI printed.
    const printed = [exported, dry, imported, viaFront, again].map((r) => r.stdout + r.stderr).join('\n');
    for (const secret of [SOURCE_TOKEN, ORG_TOKEN, FRONT_TOKEN, 'org-relay-password'])
      expect(printed).not.toContain(secret);
  }, 90_000);
});
