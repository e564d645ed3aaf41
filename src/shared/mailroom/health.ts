import { Type, type Static } from 'typebox';

/** The checks `GET /api/mailroom/v1/health` runs: the database answers a query, the SMTP catcher accepts connections. */
export const HealthCheckSchema = Type.Union([Type.Literal('database'), Type.Literal('smtpCatcher')]);
export type HealthCheck = Static<typeof HealthCheckSchema>;

/** 200: all is well; nothing beyond this, for load balancers and process managers (no versions, no paths). */
export const HealthOkSchema = Type.Object({ status: Type.Literal('ok') });

/** 503: the names of the checks that failed. */
export const HealthUnavailableSchema = Type.Object({
  status: Type.Literal('unavailable'),
  failed: Type.Array(HealthCheckSchema),
});
