import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database';
import type { SmtpCatcher } from '../modules/mailbox/smtp-catcher';
import { apiRoutes } from '../../shared/api-paths';
import { HealthOkSchema, HealthUnavailableSchema, type HealthCheck } from '../../shared/mailroom/health';

export const HEALTH_PATH = apiRoutes.health;

/**
 * `GET /api/mailroom/v1/health` for load balancers and process managers: no authentication, no rate limit (that
 * applies to /api/v1 only), and nothing in the answer beyond `{"status":"ok"}`, or 503 with the names of the
 * checks that failed. It checks that the database answers a query and that the SMTP catcher accepts connections.
 */
export function registerHealth(app: FastifyInstance, deps: { db: Db; catcher: SmtpCatcher }) {
  const checks: Record<HealthCheck, () => Promise<boolean>> = {
    database: async () => {
      try {
        await deps.db.ping();
        return true;
      } catch {
        return false;
      }
    },
    smtpCatcher: async () => deps.catcher.listening(),
  };
  // No `config.scope`: auth.ts lets the route through without credentials.
  const schema = { response: { 200: HealthOkSchema, 503: HealthUnavailableSchema } };
  app.withTypeProvider<TypeBoxTypeProvider>().get(HEALTH_PATH, { schema }, async (_request, reply) => {
    const names = Object.keys(checks) as HealthCheck[];
    const passed = await Promise.all(names.map((name) => checks[name]()));
    const failed = names.filter((_, i) => !passed[i]);
    if (failed.length === 0) return { status: 'ok' as const };
    return reply.code(503).send({ status: 'unavailable', failed });
  });
}
