import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { apiRoutes } from '../../../shared/api-paths';
import { Type } from 'typebox';
import {
  EmailServerCreateSchema,
  EmailServerListSchema,
  EmailServerSchema,
  EmailServerTestSchema,
  EmailServerUpdateSchema,
  type SmtpAuthType,
} from '../../../shared/okta/email-server';
import { isEmailAddress } from '../../../shared/email/addresses';
import { notFound, OktaApiError, validationError } from '../../lib/okta-error';
import { oktaErrors } from '../../lib/error-responses';
import { SmtpFailure } from '../mail/smtp';
import { invalid, validationCauses, type ValidationFailure } from '../../plugins/okta-errors';
import { authProblems, fieldsOf, split } from './auth-settings';
import { orOktaError, refusalError } from './refusals';
import { authRefusal, smtpServerSettings, type SmtpServerSettings } from './repository';
import type { AppContext } from '../../app-context';

const Params = Type.Object({ emailServerId: Type.String({ maxLength: 64 }) });
/** A server's settings as a form holds them (alias optional), plus the test's addresses. */
const SmtpSettingsTestSchema = Type.Object({
  ...EmailServerCreateSchema.properties,
  ...EmailServerTestSchema.properties,
  alias: Type.Optional(Type.String({ maxLength: 255 })),
  password: Type.Optional(Type.String({ maxLength: 1024 })),
  enabled: Type.Optional(Type.Boolean()),
  emailServerId: Type.Optional(Type.String({ maxLength: 64 })),
});

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
  else if (!isEmailAddress(from)) problems.fromAddress = `"${from}" is not an email address.`;
  if (!to) problems.toAddress = 'The field is required.';
  else if (!isEmailAddress(to)) problems.toAddress = `"${to}" is not an email address.`;
  if (Object.keys(problems).length > 0) throw validationError(problems);
  return { from: from!, to: to! };
}

/**
 * A body the schema refused, with what its auth type misses too (for the fields the schema did not flag), so a
 * form gets every problem in one answer rather than one round after another.
 */
function withAuthProblems(error: ValidationFailure, body: unknown) {
  const causes = validationCauses(error);
  if (error.validationContext !== 'body' || !body || typeof body !== 'object' || Array.isArray(body))
    return invalid(causes);
  const flagged = new Set(causes.map((cause) => cause.split(/[:.]/)[0]));
  const input = body as Record<string, unknown>;
  const authType = (input.authType ?? 'BASIC_SMTP_AUTH') as SmtpAuthType;
  if (flagged.has('authType') || flagged.has('username') || typeof input.username !== 'string')
    return invalid(causes);
  const fields = Object.fromEntries(
    Object.entries(fieldsOf(authType, input)).filter(([key]) => !flagged.has(key)),
  );
  for (const [field, message] of Object.entries(authProblems(authType, input.username, fields)))
    if (!flagged.has(field)) causes.push(`${field}: ${message}`);
  return invalid(causes);
}

export const emailServerRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { emailServers, mailer } = ctx;

  /**
   * Sends the test message through `target`; failures become E0000223 (connection), E0000224 (SMTP auth) or
   * E0000266 (an OAuth server's token endpoint gave no access token), with the reason.
   */
  const sendTest = async (
    target: SmtpServerSettings,
    alias: string,
    addresses: { from: string; to: string },
  ) => {
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
      if (error.kind === 'token')
        throw new OktaApiError('E0000266', { arg: error.message, causes: [error.message] });
      throw new OktaApiError(error.kind === 'auth' ? 'E0000224' : 'E0000223', { causes: [error.message] });
    }
  };

  app.get(
    apiRoutes.emailServers,
    {
      config: { scope: 'okta.emailServers.read' },
      schema: { response: { 200: Type.Union([EmailServerListSchema, Type.Array(EmailServerSchema)]) } },
    },
    async (request) => {
      const servers = await emailServers.list();
      return isOktaNodeSdk(request.headers['user-agent']) ? servers : { 'email-servers': servers };
    },
  );

  app.post(
    apiRoutes.emailServers,
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { body: EmailServerCreateSchema, response: { 201: EmailServerSchema } },
      attachValidation: true,
    },
    async (request, reply) => {
      if (request.validationError) throw withAuthProblems(request.validationError, request.body);
      const server = orOktaError(await emailServers.create(request.body));
      reply.code(201);
      return server;
    },
  );

  app.get(
    apiRoutes.emailServer,
    {
      config: { scope: 'okta.emailServers.read' },
      schema: { params: Params, response: { 200: EmailServerSchema } },
    },
    async (request) => {
      const server = await emailServers.get(request.params.emailServerId);
      if (!server) throw notFound('EmailServer');
      return server;
    },
  );

  app.patch(
    apiRoutes.emailServer,
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { params: Params, body: EmailServerUpdateSchema, response: { 200: EmailServerSchema } },
    },
    async (request) => {
      const updated = await emailServers.update(request.params.emailServerId, request.body);
      if (!updated) throw notFound('EmailServer');
      return orOktaError(updated);
    },
  );

  app.delete(
    apiRoutes.emailServer,
    { config: { scope: 'okta.emailServers.manage' }, schema: { params: Params } },
    async (request, reply) => {
      if (!(await emailServers.delete(request.params.emailServerId))) throw notFound('EmailServer');
      return reply.code(204).send();
    },
  );

  app.post(
    apiRoutes.emailServerTest,
    {
      config: { scope: 'okta.emailServers.manage' },
      schema: { params: Params, body: Type.Optional(EmailServerTestSchema) },
    },
    async (request, reply) => {
      const server = await emailServers.get(request.params.emailServerId);
      if (!server) throw notFound('EmailServer');
      const addresses = testAddresses(request.body);
      await sendTest((await emailServers.credentials(server.id))!, server.alias, addresses);
      return reply.code(204).send();
    },
  );

  // Mailroom's own addition: test settings before saving them. On an edit form, a blank secret (password, client
  // secret, key id, private key) means "the stored one", so `emailServerId` may supply it.
  app.post(
    apiRoutes.smtpTest,
    {
      config: { scope: 'okta.emailServers.manage' },
      // 409 MR0000409 in real Okta mode; 404 for an `emailServerId` that names no server.
      schema: { body: SmtpSettingsTestSchema, response: { 204: Type.Null(), ...oktaErrors(404, 409) } },
      attachValidation: true,
    },
    async (request, reply) => {
      // In real Okta mode the org sends mail, from its own network, and it tests saved servers only: a test
      // from here would prove nothing about the org, and `emailServerId` names a server Mailroom doesn't hold.
      if (ctx.config.oktaOrgUrl) throw new OktaApiError('MR0000409');
      if (request.validationError) throw withAuthProblems(request.validationError, request.body);
      const body = request.body;
      const { host, port, username, emailServerId, alias } = body;
      const authType = body.authType ?? 'BASIC_SMTP_AUTH';
      const addresses = testAddresses(body);
      const stored = emailServerId ? await emailServers.authFields(emailServerId) : undefined;
      if (emailServerId && !stored) throw notFound('EmailServer');
      // Secrets left blank on the form are the stored ones, when the type is unchanged.
      const kept = stored?.authType === authType ? split(fieldsOf(authType, stored.fields)).secrets : {};
      const fields = { ...kept, ...fieldsOf(authType, body) };
      const invalid = authRefusal(authType, username, fields);
      if (invalid) throw refusalError(invalid);
      await sendTest(
        smtpServerSettings({ host, port, username, authType }, fields),
        alias ?? 'unsaved settings',
        addresses,
      );
      return reply.code(204).send(null);
    },
  );
};
