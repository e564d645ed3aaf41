import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  expectNoSecrets,
  expectOktaError,
  type TestApp,
} from '../../../../test/support/build-test-app';
import { expectOktaResponse } from '../../../../test/support/okta-schema';
import { startTokenServer } from '../../../../test/support/oauth-token-server';
import { closedPort, startSmtpTestServer } from '../../../../test/support/smtp-test-server';
import { storedBytes } from '../../../../test/support/stored-bytes';
import { requestAccessToken, TokenFailure } from '../mail/oauth-token';

const CLIENT_SECRET = 'cc-secret-7Hq2Vx9Lp4';
const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const JWT = {
  keyId: 'key-2026-01',
  issuer: 'mailroom@example.iam',
  subject: 'sender@example.com',
  audience: 'https://oauth.example.com/token',
};
const addresses = { fromAddress: 'sender@example.com', toAddress: 'ops@example.com' };

describe('OAuth 2.0 SMTP servers', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const create = (body: Record<string, unknown>) =>
    t.call({ method: 'POST', url: '/api/v1/email-servers', payload: body });
  const patch = (id: string, body: Record<string, unknown>) =>
    t.call({ method: 'PATCH', url: `/api/v1/email-servers/${id}`, payload: body });
  const test = (id: string) =>
    t.call({ method: 'POST', url: `/api/v1/email-servers/${id}/test`, payload: addresses });
  const causes = (res: { body: string }) =>
    JSON.parse(res.body).errorCauses.map((c: { errorSummary: string }) => c.errorSummary);

  const base = {
    alias: 'OAuth relay',
    host: 'smtp.oauth.example',
    port: 587,
    username: 'sender@example.com',
  };
  const clientCredentials = (
    tokenEndpoint = 'https://oauth.example.com/token',
    method = 'CLIENT_SECRET_BASIC',
  ) => ({
    ...base,
    authType: 'OAUTH2_CLIENT_CREDENTIALS',
    clientId: 'mailroom-client',
    clientSecret: CLIENT_SECRET,
    tokenEndpoint,
    tokenEndpointAuthMethod: method,
    scopes: ['send_email'],
  });
  const jwtBearer = (tokenEndpoint = 'https://oauth.example.com/token') => ({
    ...base,
    authType: 'OAUTH2_JWT_BEARER_GRANT',
    clientId: 'mailroom-client',
    tokenEndpoint,
    signingAlgorithm: 'RS256',
    ...JWT,
    scopes: ['https://mail.example.com/'],
    privateKey: keys.privateKey,
  });

  describe('validation', () => {
    it('names every missing field of each type on create, one cause per field (400 E0000001)', async () => {
      const cc = expectOktaError(
        await create({ ...base, authType: 'OAUTH2_CLIENT_CREDENTIALS' }),
        400,
        'E0000001',
      );
      expect(cc.errorCauses.map((c: { errorSummary: string }) => c.errorSummary)).toEqual([
        'clientId: The field is required.',
        'clientSecret: The field is required.',
        'tokenEndpoint: The field is required.',
        'tokenEndpointAuthMethod: The field is required.',
        'scopes: At least one scope is required.',
      ]);
      expect(cc.errorSummary).toBe(
        'Api validation failed: clientId, clientSecret, tokenEndpoint, tokenEndpointAuthMethod, scopes',
      );
      const jwt = await create({ ...base, authType: 'OAUTH2_JWT_BEARER_GRANT', scopes: [] });
      expectOktaError(jwt, 400, 'E0000001');
      expect(causes(jwt)).toEqual(
        [
          'tokenEndpoint',
          'clientId',
          'signingAlgorithm',
          'keyId',
          'issuer',
          'subject',
          'audience',
          'scopes',
          'privateKey',
        ].map((f) =>
          f === 'scopes' ? 'scopes: At least one scope is required.' : `${f}: The field is required.`,
        ),
      );
      expect(await t.app.mailroom.emailServers.list()).toEqual([]);
    });

    it('reports schema problems and the type’s missing fields in one answer', async () => {
      const res = await create({
        ...base,
        host: '',
        authType: 'OAUTH2_CLIENT_CREDENTIALS',
        clientId: 'c',
        scopes: 'send_email',
      });
      expectOktaError(res, 400, 'E0000001');
      expect(causes(res)).toEqual([
        'host: The field cannot be empty.',
        'scopes: Must be a JSON array.',
        'clientSecret: The field is required.',
        'tokenEndpoint: The field is required.',
        'tokenEndpointAuthMethod: The field is required.',
      ]);
    });

    it('refuses a token endpoint that is not an http(s) URL, a private key that is not RSA PEM, and no username', async () => {
      const res = await create({
        ...jwtBearer('ftp://oauth.example.com/token'),
        username: '',
        privateKey: 'not-a-key-but-a-SECRET-value',
      });
      expectOktaError(res, 400, 'E0000001');
      expect(causes(res)).toEqual([
        'username: The field is required: the mailbox Mailroom signs in to with XOAUTH2.',
        'tokenEndpoint: Must be an http:// or https:// URL.',
        'privateKey: Must be an unencrypted RSA private key in PEM format (-----BEGIN PRIVATE KEY-----).',
      ]);
      expect(res.body).not.toContain('SECRET');
      const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
        type: 'pkcs8',
        format: 'pem',
      });
      expectOktaError(await create({ ...jwtBearer(), privateKey: ec }), 400, 'E0000001', 'privateKey:');
      const method = await create({ ...clientCredentials(), tokenEndpointAuthMethod: 'PRIVATE_KEY_JWT' });
      expectOktaError(method, 400, 'E0000001');
      expect(causes(method)).toEqual(['tokenEndpointAuthMethod: Is not one of the allowed values.']);
    });

    it('creates both types (201) with their settings and without secrets; the secrets are sealed at rest', async () => {
      const cc = await create(clientCredentials());
      expect(cc.statusCode).toBe(201);
      expectOktaResponse('createEmailServer', 201, cc.json());
      expectNoSecrets(cc.json());
      expect(cc.json()).toMatchObject({
        authType: 'OAUTH2_CLIENT_CREDENTIALS',
        clientId: 'mailroom-client',
        tokenEndpoint: 'https://oauth.example.com/token',
        tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
        scopes: ['send_email'],
      });
      const jwt = await create(jwtBearer());
      expect(jwt.statusCode).toBe(201);
      const { keyId: _keyId, ...claims } = JWT;
      expect(jwt.json()).toMatchObject({
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        signingAlgorithm: 'RS256',
        ...claims,
      });
      expect(jwt.json()).not.toHaveProperty('keyId');
      const list = await t.call({ method: 'GET', url: '/api/v1/email-servers' });
      for (const secret of [CLIENT_SECRET, keys.privateKey, 'BEGIN PRIVATE KEY']) {
        expect(cc.body + jwt.body + list.body).not.toContain(secret);
      }
      const key = keys.privateKey.split('\n')[5];
      const stored = await storedBytes(t.config);
      expect(stored.bytes.includes(CLIENT_SECRET), stored.what).toBe(false);
      expect(stored.bytes.includes(key), stored.what).toBe(false);
      for (const file of fs.readdirSync(t.dataDir)) {
        const full = path.join(t.dataDir, file);
        if (!fs.statSync(full).isFile()) continue;
        const bytes = fs.readFileSync(full);
        expect(bytes.includes(CLIENT_SECRET), file).toBe(false);
        expect(bytes.includes(key), file).toBe(false);
      }
    });

    it('PATCH of an OAuth server needs authType; a new type needs its own fields and drops the old secrets', async () => {
      const { id } = (await create(clientCredentials())).json();
      const missing = await patch(id, { alias: 'Renamed' });
      expectOktaError(missing, 400, 'E0000001');
      expect(causes(missing)).toEqual([
        'authType: The field is required to update an SMTP server that uses OAuth 2.0.',
      ]);

      const renamed = await patch(id, { authType: 'OAUTH2_CLIENT_CREDENTIALS', alias: 'Renamed' });
      expect(renamed.statusCode).toBe(200);
      expectOktaResponse('updateEmailServer', 200, renamed.json());
      expect((await t.app.mailroom.emailServers.authFields(id))?.fields.clientSecret).toBe(CLIENT_SECRET);

      // To JWT bearer: clientId, tokenEndpoint and scopes carry over; the JWT fields are required.
      const toJwt = await patch(id, { authType: 'OAUTH2_JWT_BEARER_GRANT' });
      expect(causes(toJwt)).toEqual([
        'signingAlgorithm: The field is required.',
        'keyId: The field is required.',
        'issuer: The field is required.',
        'subject: The field is required.',
        'audience: The field is required.',
        'privateKey: The field is required.',
      ]);
      const { tokenEndpoint: _te, clientId: _ci, scopes: _sc, ...jwtOnly } = jwtBearer();
      const switched = await patch(id, jwtOnly);
      expect(switched.statusCode).toBe(200);
      expect(switched.json()).toMatchObject({
        authType: 'OAUTH2_JWT_BEARER_GRANT',
        clientId: 'mailroom-client',
        scopes: ['send_email'],
      });
      expect(switched.json()).not.toHaveProperty('tokenEndpointAuthMethod');
      expect((await t.app.mailroom.emailServers.authFields(id))?.fields).not.toHaveProperty('clientSecret');

      // Back to basic: a password is required, and the OAuth settings go.
      expectOktaError(
        await patch(id, { authType: 'BASIC_SMTP_AUTH' }),
        400,
        'E0000001',
        'password: The field is required.',
      );
      const basic = await patch(id, { authType: 'BASIC_SMTP_AUTH', password: 'pw-1234' });
      expect(basic.statusCode).toBe(200);
      expect(Object.keys(basic.json()).sort()).toEqual([
        'alias',
        'authType',
        'enabled',
        'host',
        'id',
        'port',
        'username',
      ]);
      // A basic server may still be patched without authType (Okta's own example).
      expect((await patch(id, { alias: 'Plain' })).statusCode).toBe(200);
    });
  });

  it('an OAuth server stored incomplete by an older Mailroom fails its test with E0000266 naming what is missing', async () => {
    const now = new Date().toISOString();
    await t.app.mailroom.db.run(
      `INSERT INTO email_servers (id, alias, auth_type, host, port, username, enabled, settings, secrets, created, last_updated)
       VALUES ('cesLegacy00000000000', 'Legacy', 'OAUTH2_CLIENT_CREDENTIALS', '127.0.0.1', 25, 'u', 0, '{}', ?, ?, ?)`,
      t.app.mailroom.box.seal('{}'),
      now,
      now,
    );
    const res = expectOktaError(await test('cesLegacy00000000000'), 400, 'E0000266');
    expect(res.errorSummary).toContain(
      "the server's OAuth 2.0 settings are incomplete: clientId, clientSecret, tokenEndpoint, tokenEndpointAuthMethod, scopes",
    );
  });

  describe('sending', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
    let tokens: Awaited<ReturnType<typeof startTokenServer>>;
    const smtpWith = async (valid: (token: string) => boolean) => {
      smtp = await startSmtpTestServer({
        xoauth2: (user, token) => user === base.username && valid(token),
      });
      return { host: smtp.host, port: smtp.port };
    };
    afterEach(async () => {
      await smtp?.close();
      await tokens?.close();
    });

    for (const method of ['CLIENT_SECRET_BASIC', 'CLIENT_SECRET_POST'] as const) {
      it(`client credentials (${method}): gets a token, signs in with XOAUTH2, reuses the token until it expires`, async () => {
        tokens = await startTokenServer({
          clientId: 'mailroom-client',
          clientSecret: CLIENT_SECRET,
          authMethod: method,
          scopes: ['send_email'],
        });
        const where = await smtpWith(tokens.valid);
        const { id } = (await create({ ...clientCredentials(tokens.url, method), ...where })).json();
        expect((await test(id)).statusCode).toBe(204);
        expect((await test(id)).statusCode).toBe(204);
        expect(tokens.problems).toEqual([]);
        expect(tokens.requests.map((r) => `${r.grant}/${r.clientAuth}`)).toEqual([
          `client_credentials/${method === 'CLIENT_SECRET_BASIC' ? 'basic' : 'post'}`,
        ]);
        expect(smtp.received.map((m) => m.envelopeTo)).toEqual([['ops@example.com'], ['ops@example.com']]);
      });
    }

    it('JWT bearer: an RS256 assertion the endpoint verifies with the public key (kid, iss, sub, aud, iat, exp, jti)', async () => {
      tokens = await startTokenServer({
        clientId: 'mailroom-client',
        jwt: { publicKey: keys.publicKey as never, ...JWT },
        scopes: ['https://mail.example.com/'],
      });
      const where = await smtpWith(tokens.valid);
      const { id } = (await create({ ...jwtBearer(tokens.url), ...where })).json();
      const res = await test(id);
      expect(tokens.problems).toEqual([]);
      expect(res.statusCode).toBe(204);
      expect(tokens.requests[0].grant).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
      expect(tokens.requests[0].claims).toMatchObject({
        iss: JWT.issuer,
        sub: JWT.subject,
        aud: JWT.audience,
      });
      expect(smtp.received).toHaveLength(1);

      // An assertion signed with another key is refused by the endpoint: E0000266 with its reason.
      const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem',
      });
      const wrong = (
        await create({ ...jwtBearer(tokens.url), ...where, alias: 'Wrong key', privateKey: other })
      ).json();
      const refused = expectOktaError(await test(wrong.id), 400, 'E0000266');
      expect(refused.errorSummary).toBe(
        'Failed to get access token for SMTP server configuration. Failure details: invalid_grant: bad signature (HTTP 400 Bad Request from ' +
          new URL(tokens.url).host +
          ').',
      );
    });

    it('a token past its expires_in is fetched again; a token the SMTP server refuses is dropped (E0000224)', async () => {
      tokens = await startTokenServer({
        clientId: 'mailroom-client',
        clientSecret: CLIENT_SECRET,
        scopes: ['send_email'],
        expiresIn: 1,
      });
      let accept = true;
      const where = await smtpWith((token) => accept && tokens.valid(token));
      const { id } = (await create({ ...clientCredentials(tokens.url), ...where })).json();
      expect((await test(id)).statusCode).toBe(204);
      expect((await test(id)).statusCode).toBe(204);
      expect(tokens.requests).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await test(id)).statusCode).toBe(204);
      expect(tokens.requests).toHaveLength(2);

      accept = false;
      expectOktaError(await test(id), 400, 'E0000224', '535');
      accept = true;
      expect((await test(id)).statusCode).toBe(204);
      expect(tokens.requests).toHaveLength(3);
    });

    it('a failed token fetch is 400 E0000266 with the endpoint’s reason, and a recorded failed delivery', async () => {
      tokens = await startTokenServer({
        clientId: 'mailroom-client',
        clientSecret: 'not-ours',
        scopes: ['send_email'],
      });
      const where = await smtpWith(tokens.valid);
      const { id } = (await create({ ...clientCredentials(tokens.url), ...where })).json();
      const host = new URL(tokens.url).host;
      const summary = async () => expectOktaError(await test(id), 400, 'E0000266').errorSummary as string;

      expect(await summary()).toContain(
        'Failure details: invalid_client: Client authentication failed (HTTP 401',
      );
      tokens.fail({ status: 503, body: '<html>down</html>', contentType: 'text/html' });
      expect(await summary()).toContain(`Failure details: HTTP 503 Service Unavailable from ${host}.`);
      tokens.fail({ status: 200, body: '{"token_type":"Bearer"}' });
      expect(await summary()).toContain('without an access_token');
      // An endpoint that echoes the secret back does not get it into the answer.
      tokens.fail({
        status: 400,
        body: JSON.stringify({ error: 'invalid_client', error_description: `bad ${CLIENT_SECRET}` }),
      });
      const echoed = await test(id);
      expect(echoed.body).not.toContain(CLIENT_SECRET);
      expect(JSON.parse(echoed.body).errorSummary).toContain('bad [redacted]');

      const port = await closedPort();
      const gone = (
        await create({ ...clientCredentials(`http://127.0.0.1:${port}/token`), ...where, alias: 'Gone' })
      ).json();
      expect(expectOktaError(await test(gone.id), 400, 'E0000266').errorSummary).toContain(
        `could not reach 127.0.0.1:${port}: ECONNREFUSED`,
      );
      expect(smtp.received).toHaveLength(0);
      const deliveries = await t.app.mailroom.mailer.deliveries();
      expect(deliveries.map((d) => d.outcome)).toEqual(Array(5).fill('FAILURE'));
      expect(deliveries[0].response).toMatch(/^token failure: could not reach/);
    });

    it('the enabled OAuth server carries other mail (XOAUTH2); when its endpoint fails, the delivery is recorded as failed', async () => {
      tokens = await startTokenServer({
        clientId: 'mailroom-client',
        clientSecret: CLIENT_SECRET,
        scopes: ['send_email'],
        expiresIn: 1,
      });
      const where = await smtpWith(tokens.valid);
      await create({ ...clientCredentials(tokens.url), ...where, enabled: true });
      const send = () =>
        t.call({
          method: 'POST',
          url: `/api/v1/brands/${t.defaultBrandId}/templates/email/UserActivation/test`,
        });
      const ok = await send();
      expect(ok.statusCode).toBe(204);
      expect(String(ok.headers['x-mailroom-delivery'])).toContain('outcome=SUCCESS');
      expect(smtp.received).toHaveLength(1);

      await new Promise((resolve) => setTimeout(resolve, 1100)); // the token expired: the next send asks again
      tokens.fail({
        status: 400,
        body: JSON.stringify({ error: 'invalid_scope', error_description: 'send_email is not granted' }),
      });
      const failed = await send();
      expect(failed.statusCode).toBe(204);
      expect(String(failed.headers['x-mailroom-delivery'])).toContain('outcome=FAILURE');
      expect((await t.app.mailroom.mailer.deliveries())[0].response).toBe(
        `token failure: invalid_scope: send_email is not granted (HTTP 400 Bad Request from ${new URL(tokens.url).host})`,
      );
      expect(smtp.received).toHaveLength(1);
    });

    it('tests unsaved OAuth settings; on an edit form a blank secret is the stored one', async () => {
      tokens = await startTokenServer({
        clientId: 'mailroom-client',
        clientSecret: CLIENT_SECRET,
        scopes: ['send_email'],
      });
      const where = await smtpWith(tokens.valid);
      const draft = { ...clientCredentials(tokens.url), ...where, ...addresses };
      const smtpTest = (body: Record<string, unknown>) =>
        t.call({ method: 'POST', url: '/api/mailroom/v1/smtp-test', payload: body });
      expect((await smtpTest(draft)).statusCode).toBe(204);
      const { clientSecret: _secret, ...withoutSecret } = draft;
      expectOktaError(await smtpTest(withoutSecret), 400, 'E0000001', 'clientSecret: The field is required.');
      const { id } = (await create({ ...clientCredentials(tokens.url), ...where })).json();
      expect((await smtpTest({ ...withoutSecret, emailServerId: id })).statusCode).toBe(204);
      expectOktaError(await smtpTest({ ...draft, clientSecret: 'wrong' }), 400, 'E0000266', 'invalid_client');
      expect(await t.app.mailroom.emailServers.list()).toHaveLength(1);
    });
  });
});

describe('requestAccessToken', () => {
  let stall: http.Server;
  let url: string;
  beforeAll(async () => {
    stall = http.createServer(() => {}); // never answers
    await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(stall.address() as AddressInfo).port}/token`;
  });
  afterAll(async () => {
    stall.closeAllConnections();
    await new Promise((resolve) => stall.close(resolve));
  });

  it('gives up on an endpoint that does not answer within its timeout', async () => {
    const started = Date.now();
    const attempt = requestAccessToken(
      {
        type: 'client_credentials',
        tokenEndpoint: url,
        clientId: 'c',
        clientSecret: 's3cret',
        authMethod: 'CLIENT_SECRET_BASIC',
        scopes: ['x'],
      },
      300,
    );
    await expect(attempt).rejects.toThrow(TokenFailure);
    await expect(attempt).rejects.toThrow(`no answer from ${new URL(url).host} within 0.3 s`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
