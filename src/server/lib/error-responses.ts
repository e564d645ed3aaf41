import type { RouteOptions } from 'fastify';
import { OktaErrorSchema } from '../../shared/okta/common';

/**
 * A route's own business errors (E0000182–185, E0000202, E0000222, …) as response schemas: spread into
 * `schema.response` beside its 2xx, e.g. `response: { 201: EmailCustomizationSchema, ...oktaErrors(409) }`.
 */
export function oktaErrors(...statuses: number[]): Record<number, typeof OktaErrorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, OktaErrorSchema]));
}

/** Methods whose requests Fastify reads a body from, whether or not the route declares one. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The errors every API route can answer, from what it declares: 400 for input it validates, 401/403/429 for a
 * scope (no or bad credentials, a token without the scope, the rate limit), 404 for ids in its path, 400/413/415
 * for a body (malformed, too large, not JSON: any POST, PUT, PATCH or DELETE may carry one), and 500.
 * `registerOktaErrors` adds them to each route's schema; a route's own statuses win.
 */
export function commonErrorStatuses(
  route: Pick<RouteOptions, 'schema' | 'config'> & { method?: RouteOptions['method'] },
): number[] {
  const schema = route.schema ?? {};
  const statuses = new Set<number>([500]);
  if (schema.params || schema.querystring) statuses.add(400);
  if ((route.config as { scope?: string } | undefined)?.scope)
    for (const s of [401, 403, 429]) statuses.add(s);
  if (schema.params) statuses.add(404);
  if (schema.body || [route.method ?? []].flat().some((m) => BODY_METHODS.has(m)))
    for (const s of [400, 413, 415]) statuses.add(s);
  return [...statuses].sort((a, b) => a - b);
}
