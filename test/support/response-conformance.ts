import type { FastifyInstance } from 'fastify';
import zlib from 'node:zlib';
import { HEALTH_PATH } from '../../src/server/plugins/health';
import {
  findSecretFields,
  oktaOperations,
  validateOktaError,
  validateOktaResponse,
  validateOktaSchema,
} from './okta-schema';

/** `/api/v1/brands/:brandId/x` and `/api/v1/brands/{brandId}/x` both become `/api/v1/brands/{}/x`. */
const shape = (path: string) => path.replace(/\{[^}]+\}|:[^/]+/g, '{}');

const byRoute = new Map<string, string>();
for (const [operationId, operation] of Object.entries(oktaOperations)) {
  byRoute.set(`${operation.method.toUpperCase()} ${shape(operation.path)}`, operationId);
}
// Mailroom serves Okta's /users/{id} operations as /users/:userId (for "me").
byRoute.set(`GET ${shape('/api/v1/users/:userId')}`, 'getUser');
byRoute.set(`POST ${shape('/api/v1/users/:userId')}`, 'updateUser');

function decoded(body: Buffer, encoding: unknown): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  return body;
}

/**
 * Checks every response the app sends during a test: Okta operations against the official schemas (errors against
 * Okta's Error object), every error status declared by its route, and no secret field anywhere. Violations are
 * collected for the harness to fail on.
 */
export function checkEveryResponse(app: FastifyInstance, violations: string[]) {
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    // A route declares every error it answers (src/server/lib/error-responses.ts), so its schema tells clients the
    // whole story. Answers no route matched (404 unknown path, 405) have no route to declare them.
    if (
      route?.startsWith('/api/') &&
      reply.statusCode >= 400 &&
      !declaresStatus(request.routeOptions.schema?.response, reply.statusCode)
    )
      violations.push(
        `${request.method} ${request.url} → ${reply.statusCode}: not declared by ${request.method} ${route}`,
      );
    if (!route?.startsWith('/api/') && reply.statusCode < 400) return payload;
    // What the client reads: the answer may have been compressed by an earlier onSend hook (compression.ts).
    const bytes = Buffer.isBuffer(payload)
      ? decoded(payload, reply.getHeader('content-encoding'))
      : undefined;
    const text = typeof payload === 'string' ? payload : bytes?.toString('utf8');
    const where = `${request.method} ${request.url} → ${reply.statusCode}`;
    const isJson = String(reply.getHeader('content-type') ?? '').startsWith('application/json');
    if (!text || !isJson) {
      if (reply.statusCode >= 400 && request.url.startsWith('/api/'))
        violations.push(`${where}: error without a JSON body`);
      return payload;
    }
    const body = JSON.parse(text);
    const secrets = findSecretFields(body);
    if (secrets.length > 0) violations.push(`${where}: secret fields ${secrets.join(', ')}`);

    // The health endpoint speaks to load balancers, not Okta clients: its 503 is `{status, failed}` by design.
    if (reply.statusCode >= 400 && route !== HEALTH_PATH) {
      const problems = validateOktaError(body);
      if (problems.length > 0) violations.push(`${where}: not an Okta error: ${problems.join('; ')}`);
      return payload;
    }
    const operationId = route ? byRoute.get(`${request.method} ${shape(route)}`) : undefined;
    if (!operationId) return payload; // Mailroom's own API (mailbox, session): no Okta schema
    const problems =
      operationId === 'listEmailServers' && Array.isArray(body)
        ? body.flatMap((item) => validateOktaSchema('BaseEmailServer', item)) // the Node SDK's bare array
        : validateOktaResponse(operationId, reply.statusCode, body);
    if (problems.length > 0)
      violations.push(`${where}: does not match ${operationId}: ${problems.join('; ')}`);
    return payload;
  });
}

/** Whether a route's `schema.response` has this status: by number, by class (`4xx`), or `default`. */
export function declaresStatus(response: unknown, status: number): boolean {
  const keys = Object.keys((response ?? {}) as object);
  return [String(status), `${Math.floor(status / 100)}xx`, 'default'].some((key) => keys.includes(key));
}
