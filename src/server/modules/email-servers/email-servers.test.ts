import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  expectNoSecrets,
  expectOktaError,
  type TestApp,
} from '../../../../test/support/build-test-app';
import { expectOktaResponse, validateOktaSchema } from '../../../../test/support/okta-schema';
import { closedPort, startSmtpTestServer } from '../../../../test/support/smtp-test-server';
import { storedBytes } from '../../../../test/support/stored-bytes';

const PASSWORD = 'correct-horse-battery-staple';
const basic = (overrides: Record<string, unknown> = {}) => ({
  alias: 'CustomServer1',
  host: 'smtp.example.com',
  port: 587,
  username: 'user@example.com',
  password: PASSWORD,
  ...overrides,
});

describe('Email Servers API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const create = (body: Record<string, unknown>) =>
    t.call({ method: 'POST', url: '/api/v1/email-servers', payload: body });

  it('creates a server (201) with Okta’s shape, defaulting authType and never echoing the password', async () => {
    const res = await create(basic({ enabled: true }));
    expect(res.statusCode).toBe(201);
    const server = res.json();
    expectOktaResponse('createEmailServer', 201, server);
    expectNoSecrets(server);
    expect(server).toMatchObject({
      alias: 'CustomServer1',
      authType: 'BASIC_SMTP_AUTH',
      enabled: true,
      host: 'smtp.example.com',
      port: 587,
      username: 'user@example.com',
    });
    expect(server.id).toMatch(/^ces[0-9A-Za-z]{17}$/);
    expect(res.body).not.toContain(PASSWORD);
  });

  it('lists as {"email-servers": [...]} for most clients and as a bare array for Okta’s Node SDK', async () => {
    await create(basic());
    const documented = await t.call({ method: 'GET', url: '/api/v1/email-servers' });
    expect(documented.statusCode).toBe(200);
    expectOktaResponse('listEmailServers', 200, documented.json());
    expect(documented.json()['email-servers']).toHaveLength(1);

    for (const userAgent of [
      'okta-sdk-nodejs/8.1.0 node/20.20.2 linux/6.1',
      '@okta/okta-sdk-nodejs/7.2.1 node/20',
    ]) {
      const sdk = await t.call({
        method: 'GET',
        url: '/api/v1/email-servers',
        headers: { 'user-agent': userAgent },
      });
      const list = sdk.json();
      expect(Array.isArray(list)).toBe(true);
      expect(validateOktaSchema('BaseEmailServer', list[0])).toEqual([]);
    }
    expect(documented.body).not.toContain(PASSWORD);
  });

  it('gets one server as a flat object, 404 E0000007 for an unknown id', async () => {
    const { id } = (await create(basic())).json();
    const res = await t.call({ method: 'GET', url: `/api/v1/email-servers/${id}` });
    expect(res.statusCode).toBe(200);
    expectOktaResponse('getEmailServer', 200, res.json());
    expectNoSecrets(res.json());
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/email-servers/cesNope' }), 404, 'E0000007');
  });

  it('PATCH is partial: omitted fields (and the password) keep their values', async () => {
    const { id } = (await create(basic())).json();
    const res = await t.call({
      method: 'PATCH',
      url: `/api/v1/email-servers/${id}`,
      payload: { alias: 'Renamed' },
    });
    expect(res.statusCode).toBe(200);
    expectOktaResponse('updateEmailServer', 200, res.json());
    expect(res.json()).toMatchObject({
      alias: 'Renamed',
      host: 'smtp.example.com',
      port: 587,
      enabled: false,
    });
    expect((await t.app.mailroom.emailServers.credentials(id))?.password).toBe(PASSWORD);

    await t.call({
      method: 'PATCH',
      url: `/api/v1/email-servers/${id}`,
      payload: { password: 'new-secret' },
    });
    expect((await t.app.mailroom.emailServers.credentials(id))?.password).toBe('new-secret');
    expectOktaError(
      await t.call({ method: 'PATCH', url: '/api/v1/email-servers/cesMissing', payload: { alias: 'x' } }),
      404,
      'E0000007',
    );
  });

  it('deletes (204), then the server is gone (404)', async () => {
    const { id } = (await create(basic())).json();
    const res = await t.call({ method: 'DELETE', url: `/api/v1/email-servers/${id}` });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expectOktaError(await t.call({ method: 'GET', url: `/api/v1/email-servers/${id}` }), 404, 'E0000007');
    expectOktaError(await t.call({ method: 'DELETE', url: `/api/v1/email-servers/${id}` }), 404, 'E0000007');
  });

  it('allows only one enabled server (E0000222) on create and on PATCH', async () => {
    await create(basic({ alias: 'A', enabled: true }));
    expectOktaError(await create(basic({ alias: 'B', enabled: true })), 400, 'E0000222');
    const b = (await create(basic({ alias: 'B' }))).json();
    expectOktaError(
      await t.call({ method: 'PATCH', url: `/api/v1/email-servers/${b.id}`, payload: { enabled: true } }),
      400,
      'E0000222',
    );
    const enabled = (await t.app.mailroom.emailServers.list()).filter((s) => s.enabled);
    expect(enabled.map((s) => s.alias)).toEqual(['A']);
  });

  it('refuses more than the org limit (E0000225)', async () => {
    await t.close();
    t = await buildTestApp({ MAX_EMAIL_SERVERS: '2' });
    await create(basic({ alias: 'one' }));
    await create(basic({ alias: 'two' }));
    const body = expectOktaError(await create(basic({ alias: 'three' })), 400, 'E0000225');
    expect(body.errorSummary).toContain("can't have more than 2 enrolled servers");
  });

  it('names each invalid field in errorCauses (E0000001)', async () => {
    const res = await create({ alias: '', host: 42, port: 'x', username: 'u' });
    const body = expectOktaError(res, 400, 'E0000001');
    const causes = body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary);
    expect(causes).toEqual(
      expect.arrayContaining([
        'alias: The field cannot be empty.',
        'host: Must be a string.',
        'port: Must be a whole number.',
      ]),
    );
    expectOktaError(
      await create(basic({ password: undefined })),
      400,
      'E0000001',
      'password: The field is required.',
    );
    expectOktaError(await create(basic({ port: 70000 })), 400, 'E0000001', 'port: Must be at most 65535.');
  });

  it('keeps the password encrypted at rest, never in the database in plaintext', async () => {
    await create(basic());
    const stored = await storedBytes(t.config);
    expect(stored.bytes.length).toBeGreaterThan(0);
    expect(stored.bytes.includes(PASSWORD), stored.what).toBe(false);
    for (const file of fs.readdirSync(t.dataDir)) {
      const full = path.join(t.dataDir, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full).includes(PASSWORD), file).toBe(false);
    }
  });

  it('enforces scopes: read cannot write, and a token without the scope gets 403 E0000006', async () => {
    const reader = await t.tokenWith('okta.emailServers.read');
    expect((await t.call({ method: 'GET', url: '/api/v1/email-servers', token: reader })).statusCode).toBe(
      200,
    );
    const denied = await t.call({
      method: 'POST',
      url: '/api/v1/email-servers',
      payload: basic(),
      token: reader,
    });
    expectOktaError(denied, 403, 'E0000006', 'okta.emailServers.manage');
    expect(denied.headers['www-authenticate']).toContain('insufficient_scope');
    const none = await t.tokenWith('okta.templates.read');
    expectOktaError(
      await t.call({ method: 'GET', url: '/api/v1/email-servers', token: none }),
      403,
      'E0000006',
    );
    expectOktaError(
      await t.call({ method: 'GET', url: '/api/v1/email-servers', token: null }),
      401,
      'E0000011',
    );
  });

  describe('POST /email-servers/{id}/test', () => {
    it('really sends through the server with its stored credentials, accepting both body spellings', async () => {
      const smtp = await startSmtpTestServer();
      try {
        const { id } = (
          await create(
            basic({ host: smtp.host, port: smtp.port, username: smtp.username, password: smtp.password }),
          )
        ).json();
        const modern = await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${id}/test`,
          payload: { fromAddress: 'sender@host.com', toAddress: 'receiver@host.com' },
        });
        expect(modern.statusCode).toBe(204);
        const legacy = await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${id}/test`,
          payload: { from: 'old@host.com', to: 'other@host.com' },
        });
        expect(legacy.statusCode).toBe(204);
        expect(smtp.received.map((m) => m.envelopeTo)).toEqual([['receiver@host.com'], ['other@host.com']]);
        expect(smtp.received[0].from?.text).toBe('sender@host.com');
        expect(smtp.received[0].subject).toContain('CustomServer1');
        const deliveries = await t.app.mailroom.mailer.deliveries();
        expect(deliveries.map((d) => d.outcome)).toEqual(['SUCCESS', 'SUCCESS']);
      } finally {
        await smtp.close();
      }
    });

    it('answers 400 E0000224 when the server rejects the credentials', async () => {
      const smtp = await startSmtpTestServer();
      try {
        const { id } = (
          await create(
            basic({ host: smtp.host, port: smtp.port, username: smtp.username, password: 'wrong' }),
          )
        ).json();
        const res = await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${id}/test`,
          payload: { fromAddress: 'a@host.com', toAddress: 'b@host.com' },
        });
        expectOktaError(res, 400, 'E0000224');
        expect(res.body).not.toContain('wrong');
        expect(smtp.received).toHaveLength(0);
        expect((await t.app.mailroom.mailer.deliveries())[0].outcome).toBe('FAILURE');
      } finally {
        await smtp.close();
      }
    });

    it('answers 400 E0000223 quickly when nothing listens', async () => {
      const port = await closedPort();
      const { id } = (await create(basic({ host: '127.0.0.1', port }))).json();
      const started = Date.now();
      const res = await t.call({
        method: 'POST',
        url: `/api/v1/email-servers/${id}/test`,
        payload: { fromAddress: 'a@host.com', toAddress: 'b@host.com' },
      });
      expectOktaError(res, 400, 'E0000223');
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it('requires both addresses (E0000001) and the manage scope', async () => {
      const { id } = (await create(basic())).json();
      expectOktaError(
        await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${id}/test`,
          payload: { toAddress: 'b@host.com' },
        }),
        400,
        'E0000001',
        'fromAddress: The field is required.',
      );
      expectOktaError(
        await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${id}/test`,
          payload: { fromAddress: 'not-an-address', toAddress: 'b@host.com' },
        }),
        400,
        'E0000001',
        'fromAddress:',
      );
      const reader = await t.tokenWith('okta.emailServers.read');
      expectOktaError(
        await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${id}/test`,
          payload: { fromAddress: 'a@host.com', toAddress: 'b@host.com' },
          token: reader,
        }),
        403,
        'E0000006',
      );
    });
  });

  describe('POST /api/mailroom/v1/smtp-test (settings not saved yet)', () => {
    it('tests unsaved settings, and on an edit form uses the stored password when none is sent', async () => {
      const smtp = await startSmtpTestServer();
      try {
        const settings = { host: smtp.host, port: smtp.port, username: smtp.username };
        const addresses = { fromAddress: 'a@host.com', toAddress: 'b@host.com' };
        const ok = await t.call({
          method: 'POST',
          url: '/api/mailroom/v1/smtp-test',
          payload: { ...settings, password: smtp.password, alias: 'Draft', ...addresses },
        });
        expect(ok.statusCode).toBe(204);
        expect(smtp.received[0].subject).toContain('Draft');
        expectOktaError(
          await t.call({
            method: 'POST',
            url: '/api/mailroom/v1/smtp-test',
            payload: { ...settings, password: 'bad', ...addresses },
          }),
          400,
          'E0000224',
        );
        const { id } = (await create(basic({ ...settings, password: smtp.password }))).json();
        const stored = await t.call({
          method: 'POST',
          url: '/api/mailroom/v1/smtp-test',
          payload: { ...settings, emailServerId: id, ...addresses },
        });
        expect(stored.statusCode).toBe(204);
        expect(await t.app.mailroom.emailServers.list()).toHaveLength(1); // nothing saved by testing
        const reader = await t.tokenWith('okta.emailServers.read');
        expectOktaError(
          await t.call({
            method: 'POST',
            url: '/api/mailroom/v1/smtp-test',
            payload: { ...settings, ...addresses },
            token: reader,
          }),
          403,
          'E0000006',
        );
      } finally {
        await smtp.close();
      }
    });
  });
});
