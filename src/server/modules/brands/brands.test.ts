import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';
import { expectOktaResponse } from '../../../../test/support/okta-schema';

describe('Brands API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('has a default brand from the first start, with every field of Okta’s Brand', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/brands' });
    expect(res.statusCode).toBe(200);
    expectOktaResponse('listBrands', 200, res.json());
    const [brand] = res.json();
    expect(brand).toMatchObject({
      name: 'Mailroom Default',
      isDefault: true,
      removePoweredByOkta: false,
      customPrivacyPolicyUrl: null,
      agreeToCustomPrivacyPolicy: false,
      locale: 'en',
      defaultApp: { appInstanceId: null, appLinkName: null, classicApplicationUri: null },
    });
    expect(Object.keys(brand._links).sort()).toEqual(['self', 'themes']);
    const one = await t.call({ method: 'GET', url: `/api/v1/brands/${brand.id}` });
    expectOktaResponse('getBrand', 200, one.json());
    expect(one.json()).toEqual(brand);
  });

  it('creates brands (201) and refuses a duplicate name with 409 E0000202', async () => {
    const res = await t.call({ method: 'POST', url: '/api/v1/brands', payload: { name: 'Acme' } });
    expect(res.statusCode).toBe(201);
    expectOktaResponse('createBrand', 201, res.json());
    expect(res.json()).toMatchObject({ name: 'Acme', isDefault: false });
    expectOktaError(
      await t.call({ method: 'POST', url: '/api/v1/brands', payload: { name: 'acme' } }),
      409,
      'E0000202',
    );
    expectOktaError(
      await t.call({ method: 'POST', url: '/api/v1/brands', payload: { name: '  ' } }),
      400,
      'E0000001',
    );
    expectOktaError(
      await t.call({ method: 'POST', url: '/api/v1/brands', payload: {} }),
      400,
      'E0000001',
      'name',
    );
  });

  it('pages with limit and an after cursor, following Link next to the end; q searches names', async () => {
    for (const name of ['B1', 'B2', 'B3', 'B4']) {
      await t.call({ method: 'POST', url: '/api/v1/brands', payload: { name } });
    }
    const names: string[] = [];
    let url: string | undefined = '/api/v1/brands?limit=2';
    let pages = 0;
    while (url) {
      const res = await t.call({ method: 'GET', url });
      names.push(...res.json().map((b: { name: string }) => b.name));
      const next = /<([^>]+)>; rel="next"/.exec(String(res.headers.link));
      url = next ? new URL(next[1]).pathname + new URL(next[1]).search : undefined;
      pages++;
    }
    expect(names).toEqual(['Mailroom Default', 'B1', 'B2', 'B3', 'B4']);
    expect(pages).toBe(3);
    const found = await t.call({ method: 'GET', url: '/api/v1/brands?q=B3' });
    expect(found.json().map((b: { name: string }) => b.name)).toEqual(['B3']);
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/brands?limit=0' }), 400, 'E0000001', 'limit');
    expectOktaError(
      await t.call({ method: 'GET', url: '/api/v1/brands?limit=201' }),
      400,
      'E0000001',
      'limit',
    );
  });

  it('404 E0000007 for an unknown brand; scopes enforced', async () => {
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/brands/bndNope' }), 404, 'E0000007');
    const reader = await t.tokenWith('okta.brands.read');
    expectOktaError(
      await t.call({ method: 'POST', url: '/api/v1/brands', payload: { name: 'X' }, token: reader }),
      403,
      'E0000006',
    );
    const other = await t.tokenWith('okta.templates.read');
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/brands', token: other }), 403, 'E0000006');
  });
});
