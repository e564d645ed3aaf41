import okta from '@okta/okta-sdk-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningApp } from '../support/listening-app';
import { startSmtpTestServer } from '../support/smtp-test-server';
import type { TestApp } from '../support/build-test-app';

/**
 * Okta's own Node SDK (v8), unchanged, against a real listening Mailroom: every Email Servers method.
 * `cacheMiddleware: null` because the SDK's GET cache would otherwise hide server changes.
 */
describe('Okta Node SDK v8 → Email Servers API', () => {
  let server: TestApp & { url: string };
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  let client: InstanceType<typeof okta.Client>;

  beforeAll(async () => {
    server = await startListeningApp();
    smtp = await startSmtpTestServer({ username: 'relay-user', password: 'relay-secret-42' });
    client = new okta.Client({ orgUrl: server.url, token: server.token, cacheMiddleware: null });
  });
  afterAll(async () => {
    await smtp.close();
    await server.close();
  });

  it('creates, lists, gets, updates, tests and deletes an email server', async () => {
    const created = await client.emailServerApi.createEmailServer({
      emailServerPost: {
        alias: 'SDK relay',
        host: smtp.host,
        port: smtp.port,
        username: smtp.username,
        password: smtp.password,
        enabled: false,
      },
    });
    expect(created.id).toMatch(/^ces/);
    expect(created.alias).toBe('SDK relay');
    expect(JSON.stringify(created)).not.toContain(smtp.password);

    const list = (await client.emailServerApi.listEmailServers()) as unknown as {
      host: string;
      id: string;
    }[];
    expect(list.map((s) => s.host)).toEqual([smtp.host]);

    const fetched = await client.emailServerApi.getEmailServer({ emailServerId: created.id! });
    expect(fetched).toMatchObject({ id: created.id, alias: 'SDK relay', port: smtp.port, enabled: false });

    const updated = await client.emailServerApi.updateEmailServer({
      emailServerId: created.id!,
      emailServerRequest: { alias: 'SDK relay (renamed)', enabled: true },
    });
    expect(updated).toMatchObject({ alias: 'SDK relay (renamed)', enabled: true });

    await client.emailServerApi.testEmailServer({
      emailServerId: created.id!,
      emailTestAddresses: { fromAddress: 'okta-sdk@acme.example', toAddress: 'admin@acme.example' },
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].envelopeTo).toEqual(['admin@acme.example']);
    expect(smtp.received[0].from?.text).toBe('okta-sdk@acme.example');
    expect(smtp.received[0].subject).toContain('SDK relay (renamed)');

    await client.emailServerApi.deleteEmailServer({ emailServerId: created.id! });
    await expect(client.emailServerApi.getEmailServer({ emailServerId: created.id! })).rejects.toMatchObject({
      status: 404,
      errorCode: 'E0000007',
    });
  });

  it('surfaces Okta errors as the SDK’s OktaApiError with the right code', async () => {
    await expect(
      client.emailServerApi.createEmailServer({
        emailServerPost: { alias: 'bad', host: 'h', port: 25, username: 'u' } as never,
      }),
    ).rejects.toMatchObject({ status: 400, errorCode: 'E0000001' });

    const { id } = await client.emailServerApi.createEmailServer({
      emailServerPost: {
        alias: 'Wrong password',
        host: smtp.host,
        port: smtp.port,
        username: smtp.username,
        password: 'nope',
      },
    });
    await expect(
      client.emailServerApi.testEmailServer({
        emailServerId: id!,
        emailTestAddresses: { fromAddress: 'a@acme.example', toAddress: 'b@acme.example' },
      }),
    ).rejects.toMatchObject({ status: 400, errorCode: 'E0000224' });
  });

  it('retries after a 429 using X-Rate-Limit-Reset and succeeds', async () => {
    const limited = await startListeningApp({ RATE_LIMIT: '2', RATE_LIMIT_WINDOW_SECONDS: '2' });
    try {
      const sdk = new okta.Client({
        orgUrl: limited.url,
        token: limited.token,
        cacheMiddleware: null,
      });
      const backoffs: number[] = [];
      sdk.requestExecutor.on('backoff', (_req: unknown, _res: unknown, _id: unknown, delayMs: number) =>
        backoffs.push(delayMs),
      );
      // Start just after a window boundary so the three calls fall in one window.
      await new Promise((resolve) => setTimeout(resolve, 2_000 - (Date.now() % 2_000) + 20));
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await sdk.emailServerApi.listEmailServers());
      expect(results).toHaveLength(3);
      // The third call got a 429, and the SDK waited for the reset it announced, then succeeded.
      expect(backoffs).toHaveLength(1);
      expect(backoffs[0]).toBeGreaterThan(0);
      expect(backoffs[0]).toBeLessThanOrEqual(3_100);
    } finally {
      await limited.close();
    }
  }, 20_000);
});
