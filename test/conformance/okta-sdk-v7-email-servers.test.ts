import okta7 from 'okta-sdk-nodejs-v7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningApp } from '../support/listening-app';
import { startSmtpTestServer } from '../support/smtp-test-server';
import type { TestApp } from '../support/build-test-app';

/** Okta's Node SDK v7 sends the older `{from, to}` test body (its model calls the field `_from`). */
describe('Okta Node SDK v7 → Email Servers API', () => {
  let server: TestApp & { url: string };
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;

  beforeAll(async () => {
    server = await startListeningApp();
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
    await server.close();
  });

  it('manages and tests an email server with the v7 client', async () => {
    const client = new okta7.Client({ orgUrl: server.url, token: server.token, cacheMiddleware: null });
    const created = await client.emailServerApi.createEmailServer({
      emailServerPost: {
        alias: 'v7',
        host: smtp.host,
        port: smtp.port,
        username: smtp.username,
        password: smtp.password,
      },
    });
    const list = (await client.emailServerApi.listEmailServers()) as unknown as { alias: string }[];
    expect(list.map((s) => s.alias)).toEqual(['v7']);
    const updated = await client.emailServerApi.updateEmailServer({
      emailServerId: created.id!,
      emailServerRequest: { alias: 'v7 renamed' },
    });
    expect(updated.alias).toBe('v7 renamed');
    await client.emailServerApi.testEmailServer({
      emailServerId: created.id!,
      emailTestAddresses: { _from: 'v7@acme.example', to: 'admin@acme.example' },
    });
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([['admin@acme.example']]);
    await client.emailServerApi.deleteEmailServer({ emailServerId: created.id! });
    expect(await server.app.mailroom.emailServers.list()).toEqual([]);
  });
});
