import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSmtpTestServer } from '../testing/smtp-test-server';
import { startChildServer } from '../testing/child-server';
import { recordFigure } from './figures';
import { httpClient, type RawResponse } from './http';

/**
 * Item 6: a real Mailroom process (its own logger at trace level, stdout and stderr captured) is driven through
 * every path that handles a secret: SMTP passwords and OAuth secrets on create, patch, test and send, a relay URL
 * with credentials, sign-in tokens, bad and revoked tokens, failing SMTP auth. Afterwards no secret appears in
 * any response body, any log line, any error, nor in plaintext in the SQLite file, its WAL or shared memory.
 */
const ADMIN = '00SecretsAdminToken00000000000000000000000';
const SECRETS = {
  adminToken: ADMIN,
  smtpPassword: 'smtp-PW-9f8e7d6c5b4a',
  patchedPassword: 'patched-PW-1a2b3c4d5e',
  testPassword: 'unsaved-PW-0f1e2d3c4b',
  wrongPassword: 'wrong-PW-77aa88bb99cc',
  relayPassword: 'relay-PW-5e6f7a8b9c0d',
  clientSecret: 'oauth-secret-3c4d5e6f7a8b',
  privateKey: '-----BEGIN PRIVATE KEY-----MIIsecretkeymaterial-----END PRIVATE KEY-----',
};

describe('6. secrets', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-secrets-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('SMTP passwords and API tokens appear in no response, log line, error, nor in plaintext in the database', async () => {
    const smtp = await startSmtpTestServer({ username: 'relay-user', password: SECRETS.smtpPassword });
    const relay = await startSmtpTestServer({ username: 'relay', password: SECRETS.relayPassword });
    const server = await startChildServer(dataDir, ADMIN, {
      LOG_LEVEL: 'trace',
      SMTP_RELAY_URL: `smtp://relay:${SECRETS.relayPassword}@127.0.0.1:${relay.port}`,
    });
    const client = httpClient(server.url, 4);
    const responses: RawResponse[] = [];
    const sessions: string[] = [];
    const call = async (
      method: string,
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await client.send({
        method,
        path: url,
        headers: {
          authorization: `SSWS ${ADMIN}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      responses.push(res);
      return res;
    };
    try {
      for (let i = 0; i < 3; i++) {
        const res = await call('POST', '/api/mailroom/v1/session', { token: ADMIN });
        sessions.push(String(res.headers['set-cookie']).split(';')[0].split('=')[1]);
      }
      await call('POST', '/api/mailroom/v1/session', { token: `${ADMIN}x` });
      await call('GET', '/api/v1/brands', undefined, { authorization: `SSWS ${SECRETS.smtpPassword}` });
      const brandId = JSON.parse((await call('GET', '/api/v1/brands')).body)[0].id;

      // The default route (SMTP_RELAY_URL with credentials) sends a test email.
      await call('POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`);
      const basic = JSON.parse(
        (
          await call('POST', '/api/v1/email-servers', {
            alias: 'Customer relay',
            host: '127.0.0.1',
            port: smtp.port,
            username: 'relay-user',
            password: SECRETS.smtpPassword,
          })
        ).body,
      );
      await call('POST', '/api/v1/email-servers', {
        alias: 'OAuth relay',
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        host: '127.0.0.1',
        port: smtp.port,
        username: 'oauth-user',
        clientId: 'client-1',
        clientSecret: SECRETS.clientSecret,
        privateKey: SECRETS.privateKey,
      });
      await call('POST', `/api/v1/email-servers/${basic.id}/test`, {
        fromAddress: 'a@x.example',
        toAddress: 'b@x.example',
      });
      await call('PATCH', `/api/v1/email-servers/${basic.id}`, { enabled: true });
      await call('POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`);
      await call('PATCH', `/api/v1/email-servers/${basic.id}`, { password: SECRETS.wrongPassword });
      await call('POST', `/api/v1/email-servers/${basic.id}/test`, {
        fromAddress: 'a@x.example',
        toAddress: 'b@x.example',
      });
      await call('POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`); // fails: bad auth
      await call('PATCH', `/api/v1/email-servers/${basic.id}`, { password: SECRETS.patchedPassword });
      await call('POST', '/api/mailroom/v1/smtp-test', {
        host: '127.0.0.1',
        port: smtp.port,
        username: 'relay-user',
        password: SECRETS.testPassword,
        fromAddress: 'a@x.example',
        toAddress: 'b@x.example',
      });
      await call('POST', '/api/v1/email-servers', {
        alias: 'x',
        host: 'h',
        port: 'x',
        password: SECRETS.smtpPassword,
      });
      await call('PATCH', `/api/v1/email-servers/${basic.id}`, { password: 12, note: SECRETS.smtpPassword });
      await call('GET', '/api/v1/email-servers');
      await call('GET', `/api/v1/email-servers/${basic.id}`);
      await call('GET', '/api/mailroom/v1/deliveries');
      const messages = JSON.parse((await call('GET', '/api/mailroom/v1/messages')).body);
      for (const m of messages) await call('GET', `/api/mailroom/v1/messages/${m.id}`);
      await call('GET', '/api/v1/org', undefined, { cookie: `mailroom_session=${sessions[0]}` });
    } finally {
      client.close();
      await server.stop();
      await smtp.close();
      await relay.close();
    }

    const all: Record<string, string> = {
      ...SECRETS,
      ...Object.fromEntries(sessions.map((id, i) => [`session id ${i + 1}`, id])),
    };
    const files = ['mailroom.sqlite', 'mailroom.sqlite-wal', 'mailroom.sqlite-shm']
      .map((f) => path.join(dataDir, f))
      .filter((f) => fs.existsSync(f));
    const db = Buffer.concat(files.map((f) => fs.readFileSync(f)));
    const log = server.output();
    const leaks: string[] = [];
    for (const [name, secret] of Object.entries(all)) {
      // Session ids are only ever in their own Set-Cookie header.
      const bodies = responses.filter((r) => r.body.includes(secret)).length;
      if (bodies) leaks.push(`${name} in ${bodies} response bodies`);
      if (responses.some((r) => JSON.stringify({ ...r.headers, 'set-cookie': undefined }).includes(secret)))
        leaks.push(`${name} in a response header`);
      const logged = log.split('\n').filter((l) => l.includes(secret));
      if (logged.length) leaks.push(`${name} in the log: ${logged[0].slice(0, 300)}`);
      if (db.includes(Buffer.from(secret)))
        leaks.push(`${name} in plaintext in ${files.map((f) => path.basename(f)).join('/')}`);
    }
    const logLines = log.split('\n').filter((l) => l.startsWith('{')).length;
    recordFigure({
      item: '6 secrets',
      figure: `${Object.keys(all).length} secrets × ${responses.length} responses, ${logLines} log lines (trace), ${(db.length / 1024).toFixed(0)} KB of SQLite+WAL: ${leaks.length} leaks`,
      target: '0 secrets in responses, logs, errors or the database file',
      pass: leaks.length === 0 && logLines > 0,
    });
    expect(leaks).toEqual([]);
    expect(logLines).toBeGreaterThan(0);
  }, 60_000);
});
