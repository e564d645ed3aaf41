import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import { newId } from '../../lib/ids';
import type { Delivery } from '../../../shared/mailroom/mailbox';
import type { EmailServerRepository, SmtpServerSettings } from '../email-servers/repository';
import { createAccessTokens, TokenFailure } from './oauth-token';
import { sendMail, SmtpFailure, type OutgoingMail, type SmtpTarget } from './smtp';

/** A route: an SMTP URL (the relay), a bare target (the catcher), or a configured server and how it signs in. */
type RouteTarget = string | SmtpTarget | SmtpServerSettings;

interface DeliveryRow {
  id: string;
  created: string;
  route: string;
  sender: string;
  recipients: string;
  subject: string;
  outcome: 'SUCCESS' | 'FAILURE';
  response: string | null;
  message_id: string | null;
}

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id,
  created: row.created,
  route: row.route,
  from: row.sender,
  to: JSON.parse(row.recipients),
  subject: row.subject,
  outcome: row.outcome,
  response: row.response,
  messageId: row.message_id,
});

/**
 * Every email Mailroom sends goes out here: through the one enabled custom SMTP server, else SMTP_RELAY_URL,
 * else the built-in catcher. Each attempt is recorded so the console can show what happened.
 */
export function createMailer(deps: {
  db: Db;
  emailServers: EmailServerRepository;
  relayUrl: string | undefined;
  catcherPort: () => number;
  log: FastifyBaseLogger;
}) {
  const accessTokens = createAccessTokens();

  async function currentRoute(): Promise<{ name: string; target: RouteTarget }> {
    const custom = await deps.emailServers.enabled();
    if (custom) {
      const { host, port } = custom.credentials;
      return { name: `custom SMTP server "${custom.alias}" (${host}:${port})`, target: custom.credentials };
    }
    if (deps.relayUrl) return { name: 'SMTP relay', target: deps.relayUrl };
    return { name: 'built-in mailbox', target: { host: '127.0.0.1', port: deps.catcherPort() } };
  }

  /** A configured server's SMTP target; an OAuth one first gets its access token (a `token` failure if not). */
  async function signIn(server: SmtpServerSettings): Promise<SmtpTarget> {
    const { host, port, username } = server;
    if (server.authType === 'BASIC_SMTP_AUTH')
      return {
        host,
        port,
        auth: username ? { type: 'password', user: username, pass: server.password ?? '' } : undefined,
      };
    if (!server.oauth)
      throw new SmtpFailure('token', `the server's OAuth 2.0 settings are incomplete: ${server.incomplete}`);
    try {
      return {
        host,
        port,
        auth: { type: 'oauth2', user: username, accessToken: await accessTokens.get(server.oauth) },
      };
    } catch (error) {
      throw error instanceof TokenFailure ? new SmtpFailure('token', error.message) : error;
    }
  }

  async function deliver(
    routeName: string,
    route: RouteTarget,
    mail: OutgoingMail,
  ): Promise<{ delivery: Delivery; failure?: SmtpFailure }> {
    let outcome: Delivery['outcome'] = 'SUCCESS';
    let response: string;
    let messageId: string | null = null;
    let failure: SmtpFailure | undefined;
    const server = typeof route !== 'string' && 'authType' in route ? route : undefined;
    try {
      ({ response, messageId } = await sendMail(
        server ? await signIn(server) : (route as SmtpTarget | string),
        mail,
      ));
    } catch (error) {
      if (!(error instanceof SmtpFailure)) throw error;
      // The SMTP server refused the access token: the next attempt asks the endpoint for a new one.
      if (error.kind === 'auth' && server?.oauth) accessTokens.forget(server.oauth);
      failure = error;
      outcome = 'FAILURE';
      response = `${error.kind} failure: ${error.message}`;
      deps.log.warn({ route: routeName, response }, 'mail delivery failed');
    }
    const row: DeliveryRow = {
      id: newId.delivery(),
      created: new Date().toISOString(),
      route: routeName,
      sender: mail.from,
      recipients: JSON.stringify(mail.to),
      subject: mail.subject,
      outcome,
      response,
      message_id: messageId,
    };
    await deps.db.run(
      `INSERT INTO deliveries (id, created, route, sender, recipients, subject, outcome, response, message_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.id,
      row.created,
      row.route,
      row.sender,
      row.recipients,
      row.subject,
      row.outcome,
      row.response,
      row.message_id,
    );
    return { delivery: toDelivery(row), failure };
  }

  return {
    currentRoute: async () => (await currentRoute()).name,

    /** Sends through the current route. Never throws for delivery problems: the outcome is recorded and returned. */
    async send(mail: OutgoingMail): Promise<Delivery> {
      const route = await currentRoute();
      return (await deliver(route.name, route.target, mail)).delivery;
    },

    /** Sends through one given server (an email server's test); records the attempt and throws its SmtpFailure. */
    async sendThrough(routeName: string, target: SmtpServerSettings, mail: OutgoingMail): Promise<Delivery> {
      const { delivery, failure } = await deliver(routeName, target, mail);
      if (failure) throw failure;
      return delivery;
    },

    async deliveries(limit = 50): Promise<Delivery[]> {
      const rows = await deps.db.all<DeliveryRow>(
        'SELECT * FROM deliveries ORDER BY created DESC, rowid DESC LIMIT ?',
        limit,
      );
      return rows.map(toDelivery);
    },
  };
}
export type Mailer = ReturnType<typeof createMailer>;
