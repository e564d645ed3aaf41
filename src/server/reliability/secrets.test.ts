import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
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
  privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string,
};

/** A secret can leak re-encoded: look for each of these forms too. */
function encodings(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret);
  return {
    plain: secret,
    base64: bytes.toString('base64'),
    base64url: bytes.toString('base64url'),
    hex: bytes.toString('hex'),
    'URL-encoded': encodeURIComponent(secret),
  };
}

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
    const mailbox = { reads: 0 };
    const statusFailures: string[] = [];
    /** Every call states the status it must get: a path that silently fails proves nothing about leaks. */
    const call = async (
      expected: number,
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
      if (res.status !== expected)
        statusFailures.push(`${method} ${url}: ${res.status} (want ${expected}) ${res.body.slice(0, 200)}`);
      return res;
    };
    try {
      for (let i = 0; i < 3; i++) {
        const res = await call(201, 'POST', '/api/mailroom/v1/session', { token: ADMIN });
        sessions.push(String(res.headers['set-cookie']).split(';')[0].split('=')[1]);
      }
      await call(401, 'POST', '/api/mailroom/v1/session', { token: `${ADMIN}x` });
      await call(401, 'GET', '/api/v1/brands', undefined, { authorization: `SSWS ${SECRETS.smtpPassword}` });
      const brandId = JSON.parse((await call(200, 'GET', '/api/v1/brands')).body)[0].id;
      const sendTemplate = () =>
        call(204, 'POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`);
      const testServer = (expected: number, id: string) =>
        call(expected, 'POST', `/api/v1/email-servers/${id}/test`, {
          fromAddress: 'a@x.example',
          toAddress: 'b@x.example',
        });

      // The default route (SMTP_RELAY_URL with credentials) sends a test email.
      await sendTemplate();
      const basic = JSON.parse(
        (
          await call(201, 'POST', '/api/v1/email-servers', {
            alias: 'Customer relay',
            host: '127.0.0.1',
            port: smtp.port,
            username: 'relay-user',
            password: SECRETS.smtpPassword,
          })
        ).body,
      );
      await call(201, 'POST', '/api/v1/email-servers', {
        alias: 'OAuth JWT relay',
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        host: '127.0.0.1',
        port: smtp.port,
        username: 'oauth-user',
        tokenEndpoint: 'http://127.0.0.1:9/oauth2/v1/token',
        clientId: 'client-1',
        signingAlgorithm: 'RS256',
        keyId: 'key-1',
        issuer: 'client-1',
        subject: 'client-1',
        audience: 'http://127.0.0.1:9/oauth2/v1/token',
        scopes: ['mail.send'],
        privateKey: SECRETS.privateKey,
      });
      await call(201, 'POST', '/api/v1/email-servers', {
        alias: 'OAuth client relay',
        authType: 'OAUTH2_CLIENT_CREDENTIALS',
        host: '127.0.0.1',
        port: smtp.port,
        username: 'oauth-user',
        tokenEndpoint: 'http://127.0.0.1:9/oauth2/v1/token',
        tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
        clientId: 'client-2',
        clientSecret: SECRETS.clientSecret,
        scopes: ['mail.send'],
      });
      await testServer(204, basic.id);
      await call(200, 'PATCH', `/api/v1/email-servers/${basic.id}`, { enabled: true });
      await sendTemplate();
      await call(200, 'PATCH', `/api/v1/email-servers/${basic.id}`, { password: SECRETS.wrongPassword });
      await testServer(400, basic.id); // E0000224: the server refuses the password
      await sendTemplate(); // 204, recorded as a failed delivery
      await call(200, 'PATCH', `/api/v1/email-servers/${basic.id}`, { password: SECRETS.patchedPassword });
      await call(400, 'POST', '/api/mailroom/v1/smtp-test', {
        host: '127.0.0.1',
        port: smtp.port,
        username: 'relay-user',
        password: SECRETS.testPassword,
        fromAddress: 'a@x.example',
        toAddress: 'b@x.example',
      });
      await call(400, 'POST', '/api/v1/email-servers', {
        alias: 'x',
        host: 'h',
        port: 'x',
        password: SECRETS.smtpPassword,
      });
      await call(400, 'PATCH', `/api/v1/email-servers/${basic.id}`, {
        password: 12,
        note: SECRETS.smtpPassword,
      });
      await call(200, 'GET', '/api/v1/email-servers');
      await call(200, 'GET', `/api/v1/email-servers/${basic.id}`);
      await call(200, 'GET', '/api/mailroom/v1/deliveries');
      // Mail here goes to the relays, so hand the catcher a message of its own: the mailbox reads must run.
      await nodemailer
        .createTransport({ host: '127.0.0.1', port: server.smtpCatcherPort, secure: false, ignoreTLS: true })
        .sendMail({ from: 'a@x.example', to: 'b@x.example', subject: 'For the mailbox', text: 'Hello' });
      const messages = JSON.parse((await call(200, 'GET', '/api/mailroom/v1/messages')).body) as {
        id: string;
      }[];
      mailbox.reads = messages.length;
      for (const m of messages) await call(200, 'GET', `/api/mailroom/v1/messages/${m.id}`);
      await call(200, 'GET', '/api/v1/org', undefined, { cookie: `mailroom_session=${sessions[0]}` });
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
    for (const [secretName, raw] of Object.entries(all)) {
      for (const [form, secret] of Object.entries(encodings(raw))) {
        if (form !== 'plain' && secret === raw) continue;
        const name = form === 'plain' ? secretName : `${secretName} (${form})`;
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
    }
    const logLines = log.split('\n').filter((l) => l.startsWith('{')).length;
    recordFigure({
      item: '6 secrets',
      figure: `${Object.keys(all).length} secrets (each also base64, base64url, hex, URL-encoded) × ${responses.length} responses, ${logLines} log lines (trace), ${(db.length / 1024).toFixed(0)} KB of SQLite+WAL: ${leaks.length} leaks`,
      target: '0 secrets in responses, logs, errors or the database file',
      pass: leaks.length === 0 && logLines > 0 && statusFailures.length === 0 && mailbox.reads > 0,
    });
    expect(statusFailures).toEqual([]);
    expect(mailbox.reads).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
    expect(logLines).toBeGreaterThan(0);
  }, 60_000);
});
