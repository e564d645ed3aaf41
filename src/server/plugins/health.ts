import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database';
import type { SmtpCatcher } from '../modules/mailbox/smtp-catcher';
import { apiRoutes } from '../../shared/api-paths';

export const HEALTH_PATH = apiRoutes.health;

/**
 * `GET /api/mailroom/v1/health` for load balancers and process managers: no authentication, no rate limit (that
 * applies to /api/v1 only), and nothing in the answer beyond `{"status":"ok"}`, or 503 with the names of the
 * checks that failed. It checks that the database answers a query and that the SMTP catcher accepts connections.
 */
export function registerHealth(app: FastifyInstance, deps: { db: Db; catcher: SmtpCatcher }) {
  const checks: Record<string, () => Promise<boolean>> = {
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
  app.get(HEALTH_PATH, async (_request, reply) => {
    const names = Object.keys(checks);
    const passed = await Promise.all(names.map((name) => checks[name]()));
    const failed = names.filter((_, i) => !passed[i]);
    if (failed.length === 0) return { status: 'ok' };
    return reply.code(503).send({ status: 'unavailable', failed });
  });
}
