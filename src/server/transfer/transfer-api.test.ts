import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../shared/transfer/apply';
import { parseBundle, type Bundle } from '../../shared/transfer/bundle';
import { createHttpTransferClient } from '../../shared/transfer/http-client';
import { describeOperation, planImport } from '../../shared/transfer/plan';
import { exportBundle, readBrandState } from '../../shared/transfer/state';
import type { TransferClient } from '../../shared/transfer/client';
import { buildTestApp, type TestApp } from '../../../test/support/build-test-app';
import { injectTransport } from './inject-transport';

const RESET = '<p>${user.profile.firstName}: <a href="${resetPasswordLink}">reset</a></p>';
const ACTIVATE = '<p><a href="${activationLink}">Activate</a> — ünïcödé ✓</p>';

/** Transfers between two real in-process Mailrooms, through their API: Okta's rules are the server's own. */
describe('transfers against the real API', () => {
  let source: TestApp;
  let target: TestApp;
  let from: TransferClient;
  let to: TransferClient;

  beforeAll(async () => {
    [source, target] = await Promise.all([buildTestApp(), buildTestApp()]);
    from = createHttpTransferClient(injectTransport(source.app, source.token));
    to = createHttpTransferClient(injectTransport(target.app, target.token));
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  const customize = async (app: TestApp, template: string, payload: Record<string, unknown>) => {
    const response = await app.call({
      method: 'POST',
      url: `/api/v1/brands/${app.defaultBrandId}/templates/email/${template}/customizations`,
      payload,
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string };
  };

  async function importInto(bundle: Bundle, prune = false, secrets: Record<string, string> = {}) {
    const state = await readBrandState(to, target.defaultBrandId, {
      emailServers: Boolean(bundle.emailServers),
    });
    const plan = planImport(state, bundle, { prune });
    const result = await applyPlan(to, target.defaultBrandId, plan, { secrets });
    expect(result.failed?.message).toBeUndefined();
    return plan;
  }

  it('exports, imports into another org, and exports the same bytes; importing again plans 0 changes', async () => {
    await customize(source, 'ForgotPassword', { language: 'fr', subject: 'Réinitialiser', body: RESET });
    await customize(source, 'ForgotPassword', { language: 'en', subject: 'Reset', body: RESET });
    await customize(source, 'ForgotPassword', { language: 'de', subject: 'Zurücksetzen', body: RESET });
    await customize(source, 'UserActivation', { language: 'pt-BR', subject: 'Bem-vindo', body: ACTIVATE });
    await source.call({
      method: 'PUT',
      url: `/api/v1/brands/${source.defaultBrandId}/templates/email/PasswordChanged/settings`,
      payload: { recipients: 'NO_USERS' },
    });
    await source.call({
      method: 'POST',
      url: '/api/v1/email-servers',
      payload: {
        alias: 'Relay',
        host: 'smtp.example.com',
        port: 587,
        username: 'mailer',
        password: 's3cret-pw',
      },
    });

    const first = await exportBundle(from, source.defaultBrandId, { includeEmailServers: true });
    expect(first.text).not.toMatch(/s3cret-pw|"id"|lastUpdated|bnd/);
    const parsed = parseBundle(first.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const plan = await importInto(parsed.bundle, false, { Relay: 'target-pw' });
    expect(plan.operations.map(describeOperation)).toEqual([
      '+ create ForgotPassword fr (default)',
      '+ create ForgotPassword de',
      '+ create ForgotPassword en',
      '~ recipients of PasswordChanged → NO_USERS',
      '+ create UserActivation pt-BR (default)',
      '+ create SMTP server "Relay" (disabled)',
    ]);
    const second = await exportBundle(to, target.defaultBrandId, { includeEmailServers: true });
    expect(second.text).toBe(first.text);
    const again = planImport(
      await readBrandState(to, target.defaultBrandId, { emailServers: true }),
      parsed.bundle,
    );
    expect(again.changeCount).toBe(0);
    // The target's server works with the password given at import, and is not enabled by the import.
    expect(
      await target.app.mailroom.emailServers.credentials(
        (await target.app.mailroom.emailServers.list())[0].id,
      ),
    ).toMatchObject({
      password: 'target-pw',
    });
    expect((await target.app.mailroom.emailServers.list())[0].enabled).toBe(false);
  });

  it('moves the default from fr to a new language, prunes the old default, and resets recipients', async () => {
    const bundle: Bundle = {
      format: 'mailroom-bundle',
      version: 1,
      templates: [
        {
          name: 'ForgotPassword',
          customizations: [
            { language: 'en', isDefault: false, subject: 'Reset', body: RESET },
            { language: 'ja', isDefault: true, subject: 'リセット', body: RESET },
          ],
        },
        // A template with no customizations in the target.
        {
          name: 'AccountLockout',
          recipients: 'ADMINS_ONLY',
          customizations: [
            { language: 'es', isDefault: true, subject: 'Bloqueada', body: '<p>Bloqueada</p>' },
          ],
        },
      ],
    };
    const plan = await importInto(bundle, true);
    expect(plan.operations.map(describeOperation)).toEqual([
      '+ create AccountLockout es (default)',
      '~ recipients of AccountLockout → ADMINS_ONLY',
      '+ create ForgotPassword ja',
      '~ make ForgotPassword ja the default',
      '- delete ForgotPassword de',
      '- delete ForgotPassword fr',
      '~ recipients of PasswordChanged → ALL_USERS',
      '- delete all customizations of UserActivation (pt-BR)',
    ]);
    const list = await to.listCustomizations(target.defaultBrandId, 'ForgotPassword');
    expect(list.map((c) => `${c.language}${c.isDefault ? '*' : ''}`).sort()).toEqual(['en', 'ja*']);

    // Only a setting differs now: one call.
    bundle.templates[1].recipients = 'NO_USERS';
    const settingsOnly = await importInto(bundle, true);
    expect(settingsOnly.operations.map(describeOperation)).toEqual([
      '~ recipients of AccountLockout → NO_USERS',
    ]);
    expect((await importInto(bundle, true)).changeCount).toBe(0);
  });
});
