import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  EmailServerCreateSchema,
  EmailServerListSchema,
  EmailServerSchema,
  EmailServerTestSchema,
  EmailServerUpdateSchema,
} from '../../../shared/okta/email-server';
import { notFound, OktaApiError, validationError } from '../../lib/okta-error';
import { SmtpFailure, type SmtpTarget } from '../mail/smtp';
import type { AppContext } from '../../app-context';

const Params = Type.Object({ emailServerId: Type.String({ maxLength: 64 }) });
const SmtpSettingsTestSchema = Type.Object({
  ...EmailServerTestSchema.properties,
  host: Type.String({ minLength: 1, maxLength: 255 }),
  port: Type.Integer({ minimum: 1, maximum: 65535 }),
  username: Type.String({ maxLength: 255 }),
  password: Type.Optional(Type.String({ maxLength: 1024 })),
  alias: Type.Optional(Type.String({ maxLength: 255 })),
  emailServerId: Type.Optional(Type.String({ maxLength: 64 })),
});
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/;

/** Okta's Node SDK (≥ 7.2.1) expects the list as a bare array; everyone else gets the documented wrapper. */
const isOktaNodeSdk = (userAgent: string | undefined) => /^(@okta\/)?okta-sdk-nodejs\b/.test(userAgent ?? '');

/** Both addresses of a test, checked as Okta does (400 E0000001 naming the field). */
function testAddresses(
  body: { fromAddress?: string; toAddress?: string; from?: string; to?: string } | undefined,
) {
  const from = body?.fromAddress ?? body?.from;
  const to = body?.toAddress ?? body?.to;
  const problems: Record<string, string> = {};
  if (!from) problems.fromAddress = 'The field is required.';
  else if (!EMAIL.test(from)) problems.fromAddress = `"${from}" is not an email address.`;
  if (!to) problems.toAddress = 'The field is required.';
  else if (!EMAIL.test(to)) problems.toAddress = `"${to}" is not an email address.`;
  if (Object.keys(problems).length > 0) throw validationError(problems);
  return { from: from!, to: to! };
}

export const emailServerRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { emailServers, mailer } = ctx;

  /** Sends the test message through `target`; SMTP failures become E0000223 (connection) or E0000224 (auth). */
  const sendTest = async (target: SmtpTarget, alias: string, addresses: { from: string; to: string }) => {
    try {
      await mailer.sendThrough(`test of SMTP server "${alias}" (${target.host}:${target.port})`, target, {
        from: addresses.from,
        to: [addresses.to],
        subject: `Test email from Mailroom: ${alias}`,
        text:
          `This is a test message sent through the SMTP server "${alias}" ` +
          `(${target.host}:${target.port}). If you can read it, the server accepts mail from Mailroom.`,
      });
    } catch (error) {
      if (!(error instanceof SmtpFailure)) throw error;
      throw new OktaApiError(error.kind === 'auth' ? 'E0000224' : 'E0000223', { causes: [error.message] });
    }
  };

  app.get(
    '/api/v1/email-servers',
    {
      config: { scope: 'okta.emailServers.read' },
      schema: { response: { 200: Type.Union([EmailServerListSchema, Type.Array(EmailServerSchema)]) } },
    },
    async (request) => {
      const servers = emailServers.list();
      return isOktaNodeSdk(request.headers['user-agent']) ? servers : { 'email-servers': servers };
    },
  );

  app.post(
    '/api/v1/email-servers',
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { body: EmailServerCreateSchema, response: { 201: EmailServerSchema } },
    },
    async (request, reply) => {
      const body = request.body;
      if ((body.authType ?? 'BASIC_SMTP_AUTH') === 'BASIC_SMTP_AUTH' && !body.password) {
        throw validationError({ password: 'The field is required.' });
      }
      reply.code(201);
      return emailServers.create(body);
    },
  );

  app.get(
    '/api/v1/email-servers/:emailServerId',
    {
      config: { scope: 'okta.emailServers.read' },
      schema: { params: Params, response: { 200: EmailServerSchema } },
    },
    async (request) => {
      const server = emailServers.get(request.params.emailServerId);
      if (!server) throw notFound('EmailServer');
      return server;
    },
  );

  app.patch(
    '/api/v1/email-servers/:emailServerId',
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { params: Params, body: EmailServerUpdateSchema, response: { 200: EmailServerSchema } },
    },
    async (request) => {
      const server = emailServers.update(request.params.emailServerId, request.body);
      if (!server) throw notFound('EmailServer');
      return server;
    },
  );

  app.delete(
    '/api/v1/email-servers/:emailServerId',
    { config: { scope: 'okta.emailServers.manage' }, schema: { params: Params } },
    async (request, reply) => {
      if (!emailServers.delete(request.params.emailServerId)) throw notFound('EmailServer');
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/email-servers/:emailServerId/test',
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { params: Params, body: Type.Optional(EmailServerTestSchema) },
    },
    async (request, reply) => {
      const server = emailServers.get(request.params.emailServerId);
      if (!server) throw notFound('EmailServer');
      const addresses = testAddresses(request.body);
      await sendTest(emailServers.credentials(server.id)!, server.alias, addresses);
      return reply.code(204).send();
    },
  );

  // Mailroom's own addition: test settings before saving them. On an edit form, a blank password means
  // "the stored one", so `emailServerId` may supply it.
  app.post(
    '/api/mailroom/v1/smtp-test',
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { body: SmtpSettingsTestSchema },
    },
    async (request, reply) => {
      // In real Okta mode the org sends mail, from its own network, and it tests saved servers only: a test
      // from here would prove nothing about the org, and `emailServerId` names a server Mailroom doesn't hold.
      if (ctx.config.oktaOrgUrl) throw new OktaApiError('MR0000409');
      const { host, port, username, password, emailServerId, alias } = request.body;
      const addresses = testAddresses(request.body);
      const stored = emailServerId ? emailServers.credentials(emailServerId) : undefined;
      if (emailServerId && !stored) throw notFound('EmailServer');
      await sendTest(
        { host, port, username, password: password ?? stored?.password },
        alias ?? 'unsaved settings',
        addresses,
      );
      return reply.code(204).send();
    },
  );
};
