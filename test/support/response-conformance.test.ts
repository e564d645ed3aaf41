import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { OktaApiError } from '../../src/server/lib/okta-error';
import { oktaErrors } from '../../src/server/lib/error-responses';
import { registerOktaErrors } from '../../src/server/plugins/okta-errors';
import { checkEveryResponse } from './response-conformance';

describe('every response check (the harness of the API suites)', () => {
  it('reports an error status the route does not declare, and only that', async () => {
    const app = Fastify();
    registerOktaErrors(app);
    const violations: string[] = [];
    checkEveryResponse(app, violations);
    const conflict = async () => {
      throw new OktaApiError('E0000202');
    };
    app.get('/api/mailroom/v1/undeclared', { schema: { response: { 200: Type.Object({}) } } }, conflict);
    app.get('/api/mailroom/v1/declared', { schema: { response: oktaErrors(409) } }, conflict);
    await app.ready();

    expect((await app.inject({ method: 'GET', url: '/api/mailroom/v1/declared' })).statusCode).toBe(409);
    expect(violations).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/mailroom/v1/undeclared' })).statusCode).toBe(409);
    expect(violations).toEqual([
      'GET /api/mailroom/v1/undeclared → 409: not declared by GET /api/mailroom/v1/undeclared',
    ]);
    // No route matched: nothing to declare it on.
    expect((await app.inject({ method: 'GET', url: '/api/mailroom/v1/nowhere' })).statusCode).toBe(404);
    expect(violations).toHaveLength(1);
    await app.close();
  });
});
