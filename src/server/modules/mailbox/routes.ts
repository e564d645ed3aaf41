import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { apiRoutes } from '../../../shared/api-paths';
import { Type } from 'typebox';
import {
  DeliveryLogSchema,
  MailboxMessageSchema,
  MailboxMessageSummarySchema,
} from '../../../shared/mailroom/mailbox';
import { PageQuerySchema } from '../../../shared/okta/common';
import { baseUrl, linkHeader } from '../../lib/links';
import { notFound } from '../../lib/okta-error';
import type { AppContext } from '../../app-context';

/** Mailroom's own API over the built-in SMTP catcher and the delivery log. Same auth as /api/v1. */
export const mailboxRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { mailbox, mailer, config } = ctx;
  const Params = Type.Object({ messageId: Type.String({ maxLength: 64 }) });

  app.get(
    apiRoutes.messages,
    {
      config: { scope: 'mailroom.mailbox.read' },
      schema: {
        querystring: Type.Object({
          ...PageQuerySchema.properties,
          q: Type.Optional(Type.String({ maxLength: 255 })),
          messageId: Type.Optional(Type.String({ maxLength: 998 })),
        }),
        response: { 200: Type.Array(MailboxMessageSummarySchema) },
      },
    },
    async (request, reply) => {
      const { q, after, messageId } = request.query;
      const limit = request.query.limit ?? 20;
      const { page, next } = await mailbox.list({ q, after, limit, messageId });
      reply.header(
        'Link',
        linkHeader(baseUrl(request, config.publicUrl), apiRoutes.messages, { limit, q, messageId }, next),
      );
      reply.header('X-Unread-Count', String(await mailbox.unreadCount()));
      return page;
    },
  );

  app.get(
    apiRoutes.message,
    {
      config: { scope: 'mailroom.mailbox.read' },
      schema: { params: Params, response: { 200: MailboxMessageSchema } },
    },
    async (request) => {
      const message = await mailbox.get(request.params.messageId);
      if (!message) throw notFound('Message');
      return message;
    },
  );

  app.delete(
    apiRoutes.message,
    { config: { scope: 'mailroom.mailbox.manage' }, schema: { params: Params } },
    async (request, reply) => {
      if (!(await mailbox.delete(request.params.messageId))) throw notFound('Message');
      return reply.code(204).send();
    },
  );

  app.delete(
    apiRoutes.messages,
    { config: { scope: 'mailroom.mailbox.manage' } },
    async (_request, reply) => {
      await mailbox.deleteAll();
      return reply.code(204).send();
    },
  );

  app.get(
    apiRoutes.deliveries,
    {
      config: { scope: 'mailroom.mailbox.read' },
      schema: {
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }),
        response: { 200: DeliveryLogSchema },
      },
    },
    async (request) => ({
      route: await mailer.currentRoute(),
      deliveries: await mailer.deliveries(request.query.limit ?? 50),
    }),
  );
};
