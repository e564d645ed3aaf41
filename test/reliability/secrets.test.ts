import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { startTokenServer } from '../support/oauth-token-server';
import { startSmtpTestServer } from '../support/smtp-test-server';
import { startChildServer } from '../support/child-server';
import { storedBytes } from '../support/stored-bytes';
import { testDatabase } from '../support/test-store';
import { recordFigure } from './figures';
import { httpClient, type RawResponse } from './http';

/**
 * Item 6: a real Mailroom process (its own logger at trace level, stdout and stderr captured) is driven through
 * every path that handles a secret: SMTP passwords and OAuth secrets on create, patch, test and send, a relay URL
 * with credentials, sign-in tokens, bad and revoked tokens, failing SMTP auth. Afterwards no secret appears in
 * any response body, any log line, any error, nor in plaintext in the store (the SQLite file, its WAL and shared
 * memory; or every row of every PostgreSQL table).
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
  patchedClientSecret: 'oauth-patched-9a8b7c6d5e',
  draftClientSecret: 'oauth-draft-1f2e3d4c5b',
  keyId: 'kid-secret-4e5f6a7b',
};
// In DATABASE_URL on PostgreSQL (the throwaway cluster trusts local connections, so any password gets in).
const DATABASE_PASSWORD = 'db-PW-6b7c8d9e0f1a';
const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
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
// One line of the key's base64 body: found whether the PEM is logged raw or JSON-escaped.
const PRIVATE_KEY_LINE = keys.privateKey.split('\n')[3];

describe('6. secrets', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-secrets-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('SMTP passwords and API tokens appear in no response, log line, error, nor in plaintext in the database', async () => {
    const smtp = await startSmtpTestServer({ username: 'relay-user', password: SECRETS.smtpPassword });
    const relay = await startSmtpTestServer({ username: 'relay', password: SECRETS.relayPassword });
    const jwt = { keyId: SECRETS.keyId, issuer: 'iss', subject: 'oauth-user', audience: 'aud' };
    const ccTokens = await startTokenServer({
      clientId: 'client-1',
      clientSecret: SECRETS.patchedClientSecret,
      scopes: ['send'],
    });
    const jwtTokens = await startTokenServer({
      clientId: 'client-2',
      jwt: { ...jwt, publicKey: keys.publicKey as never },
      scopes: ['send'],
    });
    const accessTokens: string[] = [];
    const oauthSmtp = await startSmtpTestServer({
      xoauth2: (_user, token) => {
        accessTokens.push(token);
        return ccTokens.valid(token) || jwtTokens.valid(token);
      },
    });
    const database = await testDatabase();
    const databaseUrl = database.env.DATABASE_URL?.replace('mailroom@', `mailroom:${DATABASE_PASSWORD}@`);
    const server = await startChildServer(dataDir, ADMIN, {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
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

      // The default route (SMTP_RELAY_URL with credentials) sends a test email.
      await call(204, 'POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`);
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
      // OAuth servers: refused while incomplete, then created, tested (token fetch + XOAUTH2), patched, failing.
      const oauthBase = { host: '127.0.0.1', port: oauthSmtp.port, username: 'oauth-user' };
      await call(400, 'POST', '/api/v1/email-servers', {
        alias: 'OAuth relay',
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        ...oauthBase,
        clientId: 'client-1',
        clientSecret: SECRETS.clientSecret,
        privateKey: keys.privateKey,
      });
      const cc = JSON.parse(
        (
          await call(201, 'POST', '/api/v1/email-servers', {
            alias: 'OAuth client credentials',
            authType: 'OAUTH2_CLIENT_CREDENTIALS',
            ...oauthBase,
            clientId: 'client-1',
            clientSecret: SECRETS.clientSecret,
            tokenEndpoint: ccTokens.url,
            tokenEndpointAuthMethod: 'CLIENT_SECRET_POST',
            scopes: ['send'],
          })
        ).body,
      );
      const bearer = JSON.parse(
        (
          await call(201, 'POST', '/api/v1/email-servers', {
            alias: 'OAuth JWT',
            authType: 'OAUTH2_JWT_BEARER_GRANT',
            ...oauthBase,
            clientId: 'client-2',
            tokenEndpoint: jwtTokens.url,
            signingAlgorithm: 'RS256',
            ...jwt,
            scopes: ['send'],
            privateKey: keys.privateKey,
          })
        ).body,
      );
      const addresses = { fromAddress: 'a@x.example', toAddress: 'b@x.example' };
      await call(400, 'POST', `/api/v1/email-servers/${cc.id}/test`, addresses); // E0000266: wrong secret
      await call(200, 'PATCH', `/api/v1/email-servers/${cc.id}`, {
        authType: 'OAUTH2_CLIENT_CREDENTIALS',
        tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
        clientSecret: SECRETS.patchedClientSecret,
      });
      await call(204, 'POST', `/api/v1/email-servers/${cc.id}/test`, addresses);
      await call(204, 'POST', `/api/v1/email-servers/${bearer.id}/test`, addresses);
      const draft = {
        ...oauthBase,
        authType: 'OAUTH2_CLIENT_CREDENTIALS',
        clientId: 'client-1',
        clientSecret: SECRETS.draftClientSecret,
        tokenEndpoint: ccTokens.url,
        tokenEndpointAuthMethod: 'CLIENT_SECRET_POST',
        scopes: ['send'],
      };
      await call(400, 'POST', '/api/mailroom/v1/smtp-test', { ...draft, ...addresses });
      // An endpoint that echoes what it got (the client secret) into its error.
      ccTokens.fail({
        status: 401,
        body: JSON.stringify({
          error: 'invalid_client',
          error_description: `got ${SECRETS.draftClientSecret}`,
        }),
      });
      await call(400, 'POST', '/api/mailroom/v1/smtp-test', { ...draft, ...addresses });
      await call(200, 'PATCH', `/api/v1/email-servers/${bearer.id}`, {
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        enabled: true,
      });
      await call(204, 'POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`); // through XOAUTH2
      await call(200, 'PATCH', `/api/v1/email-servers/${bearer.id}`, {
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        enabled: false,
      });
      await call(204, 'POST', `/api/v1/email-servers/${basic.id}/test`, {
        fromAddress: 'a@x.example',
        toAddress: 'b@x.example',
      });
      await call(200, 'PATCH', `/api/v1/email-servers/${basic.id}`, { enabled: true });
      await call(204, 'POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`);
      await call(200, 'PATCH', `/api/v1/email-servers/${basic.id}`, { password: SECRETS.wrongPassword });
      await call(400, 'POST', `/api/v1/email-servers/${basic.id}/test`, {
        fromAddress: 'a@x.example',
        toAddress: 'b@x.example',
      });
      await call(204, 'POST', `/api/v1/brands/${brandId}/templates/email/AccountLockout/test`); // fails: bad auth
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
      await oauthSmtp.close();
      await ccTokens.close();
      await jwtTokens.close();
    }
    // The OAuth paths really ran: tokens were issued and used, the assertions verified.
    expect(ccTokens.problems.filter((p) => !p.includes('Client authentication failed'))).toEqual([]);
    expect(jwtTokens.problems).toEqual([]);
    expect(accessTokens.length).toBeGreaterThanOrEqual(3);

    const all: Record<string, string> = {
      ...SECRETS,
      ...(databaseUrl ? { databasePassword: DATABASE_PASSWORD } : {}),
      privateKey: PRIVATE_KEY_LINE,
      ...Object.fromEntries([...new Set(accessTokens)].map((token, i) => [`access token ${i + 1}`, token])),
      ...Object.fromEntries(sessions.map((id, i) => [`session id ${i + 1}`, id])),
    };
    const stored = await storedBytes({ dataDir, databaseUrl: database.env.DATABASE_URL });
    await database.drop();
    const db = stored.bytes;
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
        if (db.includes(Buffer.from(secret))) leaks.push(`${name} in plaintext in ${stored.what}`);
      }
    }
    const logLines = log.split('\n').filter((l) => l.startsWith('{')).length;
    recordFigure({
      item: '6 secrets',
      figure: `${Object.keys(all).length} secrets (each also base64, base64url, hex, URL-encoded) × ${responses.length} responses, ${logLines} log lines (trace), ${(db.length / 1024).toFixed(0)} KB of ${stored.what}: ${leaks.length} leaks`,
      target: '0 secrets in responses, logs, errors or the database file',
      pass: leaks.length === 0 && logLines > 0 && statusFailures.length === 0 && mailbox.reads > 0,
    });
    expect(statusFailures).toEqual([]);
    expect(mailbox.reads).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
    expect(logLines).toBeGreaterThan(0);
  }, 60_000);
});
