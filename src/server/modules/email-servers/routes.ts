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
import { SmtpFailure } from '../mail/smtp';
import type { AppContext } from '../../app-context';

const Params = Type.Object({ emailServerId: Type.String({ maxLength: 64 }) });
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/;

/** Okta's Node SDK (≥ 7.2.1) expects the list as a bare array; everyone else gets the documented wrapper. */
const isOktaNodeSdk = (userAgent: string | undefined) => /^(@okta\/)?okta-sdk-nodejs\b/.test(userAgent ?? '');

export const emailServerRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { emailServers, mailer } = ctx;

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
      const from = request.body?.fromAddress ?? request.body?.from;
      const to = request.body?.toAddress ?? request.body?.to;
      const problems: Record<string, string> = {};
      if (!from) problems.fromAddress = 'The field is required.';
      else if (!EMAIL.test(from)) problems.fromAddress = `"${from}" is not an email address.`;
      if (!to) problems.toAddress = 'The field is required.';
      else if (!EMAIL.test(to)) problems.toAddress = `"${to}" is not an email address.`;
      if (Object.keys(problems).length > 0) throw validationError(problems);

      const credentials = emailServers.credentials(server.id)!;
      try {
        await mailer.sendThrough(
          `test of SMTP server "${server.alias}" (${server.host}:${server.port})`,
          credentials,
          {
            from: from!,
            to: [to!],
            subject: `Test email from Mailroom: ${server.alias}`,
            text:
              `This is a test message sent through the SMTP server "${server.alias}" ` +
              `(${server.host}:${server.port}). If you can read it, the server accepts mail from Mailroom.`,
          },
        );
      } catch (error) {
        if (!(error instanceof SmtpFailure)) throw error;
        throw new OktaApiError(error.kind === 'auth' ? 'E0000224' : 'E0000223', { causes: [error.message] });
      }
      return reply.code(204).send();
    },
  );
};
