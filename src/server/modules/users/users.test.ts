import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';
import { expectOktaResponse } from '../../../../test/support/okta-schema';

describe('Users (me) and org', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('GET /users/me returns the caller with a profile (firstName, lastName, email, login, locale)', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/users/me' });
    expect(res.statusCode).toBe(200);
    expectOktaResponse('getUser', 200, res.json());
    expect(res.json().profile).toMatchObject({
      firstName: 'Ada',
      lastName: 'Admin',
      email: 'admin@mailroom.localhost',
      login: 'admin@mailroom.localhost',
      locale: 'en',
    });
    const byId = await t.call({ method: 'GET', url: `/api/v1/users/${res.json().id}` });
    expect(byId.json().id).toBe(res.json().id);
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/users/00uSomeoneElse' }), 404, 'E0000007');
  });

  it('POST /users/me updates only the profile fields sent', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/v1/users/me',
      payload: { profile: { firstName: 'Grace', locale: 'fr' } },
    });
    expect(res.statusCode).toBe(200);
    expectOktaResponse('updateUser', 200, res.json());
    expect(res.json().profile).toMatchObject({ firstName: 'Grace', lastName: 'Admin', locale: 'fr' });
    const again = await t.call({ method: 'GET', url: '/api/v1/users/me' });
    expect(again.json().profile.firstName).toBe('Grace');
    expectOktaError(
      await t.call({
        method: 'POST',
        url: '/api/v1/users/me',
        payload: { profile: { firstName: 'x'.repeat(51) } },
      }),
      400,
      'E0000001',
      'profile.firstName',
    );
  });

  it('GET /org returns the org settings', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/org' });
    expect(res.statusCode).toBe(200);
    expectOktaResponse('getOrgSettings', 200, res.json());
    expect(res.json()).toMatchObject({ companyName: 'Mailroom', subdomain: 'mailroom', status: 'ACTIVE' });
  });

  it('needs the self scopes', async () => {
    const token = await t.tokenWith('okta.users.read.self');
    expect((await t.call({ method: 'GET', url: '/api/v1/users/me', token })).statusCode).toBe(200);
    expectOktaError(
      await t.call({ method: 'POST', url: '/api/v1/users/me', payload: { profile: {} }, token }),
      403,
      'E0000006',
    );
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/org', token }), 403, 'E0000006');
  });
});
