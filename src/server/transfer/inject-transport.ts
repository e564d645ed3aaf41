import type { FastifyInstance } from 'fastify';
import { parseJson, type Transport } from '../../shared/transfer/http-client';

/**
 * The transfer client's transport for an in-process app: the same routes, auth, scopes and rules as over
 * HTTP, through Fastify's inject (the CLI on a local DATA_DIR, and tests). `Link` URLs keep only path + query.
 */
export function injectTransport(app: FastifyInstance, token: string): Transport {
  return async ({ method, url, body }) => {
    const target = url.startsWith('/') ? url : `${new URL(url).pathname}${new URL(url).search}`;
    const response = await app.inject({
      method,
      url: target,
      headers: {
        authorization: `SSWS ${token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.statusCode,
      headers: {
        get(name: string) {
          const value = response.headers[name.toLowerCase()];
          if (value === undefined) return null;
          return Array.isArray(value) ? value.join(', ') : String(value);
        },
      },
      body: parseJson(response.body),
    };
  };
}
