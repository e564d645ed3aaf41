import type { FastifyInstance } from 'fastify';
import type { TestApp } from '../support/build-test-app';

export interface RouteEntry {
  method: string;
  /** Fastify's pattern, e.g. `/api/v1/email-servers/:emailServerId`. */
  url: string;
}

/**
 * Every route the app registered, read from Fastify's own route table (`printRoutes`), so a route added later is
 * covered by the auth matrix and the fuzzer without touching them. HEAD twins of GET routes are left out.
 */
export function routeTable(app: FastifyInstance): RouteEntry[] {
  const routes: RouteEntry[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    stack.length = depth;
    stack.push(match[2]);
    const url = stack.join('');
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim())) {
      if (method && method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url });
    }
  }
  return routes;
}

/** Only the API (the static console fallback `/*` is not an endpoint). */
export const apiRoutes = (app: FastifyInstance) => routeTable(app).filter((r) => r.url.startsWith('/api/'));

/** Real ids for every path parameter, so a request reaches the handler rather than a 404. */
export async function fixtureIds(t: TestApp): Promise<Record<string, string>> {
  const customizations = `/api/v1/brands/${t.defaultBrandId}/templates/email/AccountLockout/customizations`;
  const existing = await t.call({ method: 'GET', url: customizations });
  const customizationId =
    existing.json()[0]?.id ??
    (
      await t.call({
        method: 'POST',
        url: customizations,
        payload: { language: 'en', subject: 'Locked', body: '<p>Locked out, ${user.profile.firstName}</p>' },
      })
    ).json().id;
  const servers = (await t.call({ method: 'GET', url: '/api/v1/email-servers' })).json()['email-servers'];
  const emailServerId =
    servers[0]?.id ??
    (
      await t.call({
        method: 'POST',
        url: '/api/v1/email-servers',
        payload: { alias: 'Relay', host: '127.0.0.1', port: 1, username: 'u', password: 'fixture-pass-1' },
      })
    ).json().id;
  const messages = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
  return {
    brandId: t.defaultBrandId,
    templateName: 'AccountLockout',
    customizationId,
    emailServerId,
    messageId: messages[0]?.id ?? 'msg0000000000000000',
    userId: 'me',
    version: '1',
  };
}

export const concretePath = (url: string, ids: Record<string, string>) =>
  url.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? `unknown-${name}`);
