import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import '../plugins/auth'; // the routes' `config.scope`
import { registerOktaErrors } from '../plugins/okta-errors';
import { OktaErrorSchema } from '../../shared/okta/common';
import { commonErrorStatuses, oktaErrors } from './error-responses';

describe('the Okta errors each API route declares', () => {
  it('follow from what the route declares: inputs, a scope, ids in its path, a body', () => {
    expect(commonErrorStatuses({})).toEqual([500]);
    expect(commonErrorStatuses({ config: { scope: 'okta.brands.read' } })).toEqual([401, 403, 429, 500]);
    // A DELETE declares no body, yet Fastify parses one sent with it: malformed, too large, not JSON.
    expect(commonErrorStatuses({ method: 'DELETE' })).toEqual([400, 413, 415, 500]);
    expect(
      commonErrorStatuses({
        config: { scope: 'okta.templates.manage' },
        schema: { params: Type.Object({}), body: Type.Object({}) },
      }),
    ).toEqual([400, 401, 403, 404, 413, 415, 429, 500]);
  });

  it('are added to every /api route’s response schemas, the route’s own winning; other routes are left alone', async () => {
    const app = Fastify();
    registerOktaErrors(app);
    const seen = new Map<string, Record<string, unknown>>();
    // Runs after registerOktaErrors' hook: sees the schema as Fastify will compile it.
    app.addHook('onRoute', (route) => {
      seen.set(route.url, (route.schema?.response ?? {}) as Record<string, unknown>);
    });
    const Own = Type.Object({ errorCode: Type.String() });
    app.post(
      '/api/v1/things/:id',
      {
        config: { scope: 'okta.templates.manage' },
        schema: { params: Type.Object({ id: Type.String() }), response: { 201: Type.Object({}), 409: Own } },
      },
      async () => ({}),
    );
    app.get('/elsewhere', async () => 'ok');
    await app.ready();
    const api = seen.get('/api/v1/things/:id')!;
    expect(Object.keys(api).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '429',
      '500',
    ]);
    expect(api[404]).toBe(OktaErrorSchema);
    expect(api[409]).toBe(Own);
    expect(seen.get('/elsewhere')).toEqual({});
    expect(oktaErrors(409, 422)).toEqual({ 409: OktaErrorSchema, 422: OktaErrorSchema });
    await app.close();
  });
});
