import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { apiPaths, apiRoutes } from '../../../shared/api-paths';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { PageQuerySchema } from '../../../shared/okta/common';
import {
  EmailCustomizationInputSchema,
  EmailCustomizationSchema,
  EmailDefaultContentSchema,
  EmailPreviewSchema,
  EmailSettingsSchema,
  EmailSettingsResponseSchema,
  EmailTemplateSchema,
} from '../../../shared/okta/email-template';
import { EMAIL_TEMPLATES, type RecipientsValue } from '../../../shared/templates/catalog';
import { defaultContent } from '../../../shared/templates/default-content';
import { pickLanguage } from '../../../shared/email/content-source';
import { baseUrl, linkHeader } from '../../lib/links';
import { notFound, OktaApiError, validationError } from '../../lib/okta-error';
import type { AppContext } from '../../app-context';
import type { StoredBrand } from '../brands/repository';
import { customizationResource, links, settingsResource, templateResource } from './resources';
import { orOktaError } from './refusals';
import { checkInput, render } from './rules';
import { oktaErrors } from '../../lib/error-responses';
import { createTestEmails } from './test-email';
import { parseRecipients } from '../../../shared/email/addresses';
import { CustomizationParams, TemplateParams } from './params';

const LanguageQuery = Type.Object({ language: Type.Optional(Type.String({ maxLength: 64 })) });
const EXPANSIONS = ['settings', 'customizationCount'] as const;
const ExpandQuery = Type.Optional(Type.String({ maxLength: 128 }));

function parseExpand(raw: string | undefined): Set<string> {
  const values = (raw ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = values.filter((v) => !(EXPANSIONS as readonly string[]).includes(v));
  if (unknown.length > 0) {
    throw validationError({ expand: `Unknown value "${unknown[0]}". Use ${EXPANSIONS.join(' or ')}.` });
  }
  return new Set(values);
}

/** Okta's Custom Email Templates API: 14 operations under /api/v1/brands/{brandId}/templates/email. */
export const emailTemplateRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { brands, templates, users, config, responses, authorOf } = ctx;
  const read = { scope: 'okta.templates.read' } as const;
  const manage = { scope: 'okta.templates.manage' } as const;

  /**
   * A cache key: the route, the brand, the request's absolute base URL (`_links` and `Link` embed it) and every
   * input the answer is built from, as JSON so no two inputs can run together.
   */
  const cacheKey = (
    route: string,
    brandId: string,
    base: string,
    ...inputs: (string | number | undefined)[]
  ) => JSON.stringify([route, brandId, base, ...inputs]);

  const { lookup, callerContext, sendTestEmail } = createTestEmails(ctx);

  const lookupCustomization = async (params: {
    brandId: string;
    templateName: string;
    customizationId: string;
  }) => {
    const { brand, template } = await lookup(params);
    const customization = await templates.get(brand.id, template.name, params.customizationId);
    if (!customization) throw notFound('EmailCustomization');
    return { brand, template, customization };
  };

  /** What a create/replace's checks need: the switch, and what a null subject or body is replaced with. */
  const inputOptions = (brand: StoredBrand, templateName: string) => ({
    customLanguages: config.customLanguages,
    defaultCustomization: () => templates.defaultCustomization(brand.id, templateName),
    brandLocale: brand.locale,
  });

  // ---- Templates ---------------------------------------------------------------------------------

  app.get(
    apiRoutes.templates,
    {
      config: read,
      schema: {
        params: Type.Object({ brandId: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object({ ...PageQuerySchema.properties, expand: ExpandQuery }),
        response: { 200: Type.Array(EmailTemplateSchema) },
      },
    },
    async (request, reply) => {
      const { brandId } = request.params;
      const { after, expand: rawExpand } = request.query;
      const limit = request.query.limit ?? 20;
      const base = baseUrl(request, config.publicUrl);
      const key = cacheKey('templates', brandId, base, limit, after, rawExpand);
      await responses.serve(request, reply, brandId, key, async () => {
        const brand = await brands.get(brandId);
        if (!brand) throw notFound('Brand');
        const expand = parseExpand(rawExpand);
        const start = after ? EMAIL_TEMPLATES.findIndex((t) => t.name === after) + 1 : 0;
        if (after && start === 0)
          throw validationError({ after: `"${after}" is not a template name from this list.` });
        const page = EMAIL_TEMPLATES.slice(start, start + limit);
        const hasMore = start + limit < EMAIL_TEMPLATES.length;
        const counts = expand.has('customizationCount')
          ? await templates.counts(brand.id)
          : new Map<string, number>();
        const recipients = expand.has('settings')
          ? await templates.allRecipients(brand.id)
          : new Map<string, RecipientsValue>();
        return {
          link: linkHeader(
            base,
            apiPaths.templates(brand.id),
            { limit, expand: rawExpand },
            hasMore ? page[page.length - 1].name : undefined,
          ),
          payload: page.map((template) =>
            templateResource(base, brand.id, template, expand, {
              count() {
                return counts.get(template.name) ?? 0;
              },
              recipients() {
                return recipients.get(template.name) ?? 'ALL_USERS';
              },
            }),
          ),
        };
      });
      return reply;
    },
  );

  app.get(
    apiRoutes.template,
    {
      config: read,
      schema: {
        params: TemplateParams,
        querystring: Type.Object({ expand: ExpandQuery }),
        response: { 200: EmailTemplateSchema },
      },
    },
    async (request, reply) => {
      const { brandId, templateName } = request.params;
      const base = baseUrl(request, config.publicUrl);
      const key = cacheKey('template', brandId, base, templateName, request.query.expand);
      await responses.serve(request, reply, brandId, key, async () => {
        const { brand, template } = await lookup(request.params);
        const expand = parseExpand(request.query.expand);
        // Read only for the expansions asked for.
        const count = expand.has('customizationCount')
          ? ((await templates.counts(brand.id)).get(template.name) ?? 0)
          : 0;
        const recipients = expand.has('settings')
          ? await templates.recipients(brand.id, template.name)
          : 'ALL_USERS';
        return {
          payload: templateResource(base, brand.id, template, expand, {
            count: () => count,
            recipients: () => recipients,
          }),
        };
      });
      return reply;
    },
  );

  // ---- Customizations ----------------------------------------------------------------------------

  app.get(
    apiRoutes.customizations,
    {
      config: read,
      schema: {
        params: TemplateParams,
        querystring: PageQuerySchema,
        response: { 200: Type.Array(EmailCustomizationSchema) },
      },
    },
    async (request, reply) => {
      const { brandId, templateName } = request.params;
      const { after } = request.query;
      const limit = request.query.limit ?? 20;
      const base = baseUrl(request, config.publicUrl);
      const key = cacheKey('customizations', brandId, base, templateName, limit, after);
      await responses.serve(request, reply, brandId, key, async () => {
        const { brand, template } = await lookup(request.params);
        const { page, next } = await templates.page(brand.id, template.name, { after, limit });
        return {
          link: linkHeader(base, apiPaths.customizations(brand.id, template.name), { limit }, next),
          payload: page.map((c) => customizationResource(base, c)),
        };
      });
      return reply;
    },
  );

  app.post(
    apiRoutes.customizations,
    {
      config: manage,
      schema: {
        params: TemplateParams,
        body: EmailCustomizationInputSchema,
        // E0000182 (default exists), E0000183 (language taken)
        response: { 201: EmailCustomizationSchema, ...oktaErrors(409) },
      },
    },
    async (request, reply) => {
      const { brand, template } = await lookup(request.params);
      const input = await checkInput(template.name, request.body, inputOptions(brand, template.name));
      const created = orOktaError(
        await templates.create(
          brand.id,
          template.name,
          { ...input, isDefault: request.body.isDefault },
          await authorOf(request),
        ),
      );
      reply.code(201);
      return customizationResource(baseUrl(request, config.publicUrl), created);
    },
  );

  app.delete(
    apiRoutes.customizations,
    { config: manage, schema: { params: TemplateParams } },
    async (request, reply) => {
      const { brand, template } = await lookup(request.params);
      await templates.deleteAll(brand.id, template.name, await authorOf(request));
      return reply.code(204).send();
    },
  );

  app.get(
    apiRoutes.customization,
    { config: read, schema: { params: CustomizationParams, response: { 200: EmailCustomizationSchema } } },
    async (request, reply) => {
      const { brandId, templateName, customizationId } = request.params;
      const base = baseUrl(request, config.publicUrl);
      const key = cacheKey('customization', brandId, base, templateName, customizationId);
      await responses.serve(request, reply, brandId, key, async () => {
        const { customization } = await lookupCustomization(request.params);
        return { payload: customizationResource(base, customization) };
      });
      return reply;
    },
  );

  app.put(
    apiRoutes.customization,
    {
      config: manage,
      schema: {
        params: CustomizationParams,
        body: EmailCustomizationInputSchema,
        // E0000183 (language taken), E0000185 (the default can't be unset)
        response: { 200: EmailCustomizationSchema, ...oktaErrors(409) },
      },
    },
    async (request) => {
      const { brand, template, customization } = await lookupCustomization(request.params);
      const input = await checkInput(template.name, request.body, inputOptions(brand, template.name));
      const replaced = orOktaError(
        await templates.replace(
          brand.id,
          template.name,
          customization.id,
          { ...input, isDefault: request.body.isDefault },
          await authorOf(request),
        ),
      );
      return customizationResource(baseUrl(request, config.publicUrl), replaced);
    },
  );

  app.delete(
    apiRoutes.customization,
    // E0000184: the default can't be deleted.
    {
      config: manage,
      schema: { params: CustomizationParams, response: { 204: Type.Null(), ...oktaErrors(409) } },
    },
    async (request, reply) => {
      const { brand, template, customization } = await lookupCustomization(request.params);
      orOktaError(await templates.delete(brand.id, template.name, customization.id, await authorOf(request)));
      return reply.code(204).send(null);
    },
  );

  app.get(
    apiRoutes.customizationPreview,
    { config: read, schema: { params: CustomizationParams, response: { 200: EmailPreviewSchema } } },
    async (request) => {
      const { brand, template, customization } = await lookupCustomization(request.params);
      const { context } = await callerContext(request, brand, template.name, customization.language);
      const p = links(baseUrl(request, config.publicUrl), brand.id, template.name);
      return {
        ...render(customization, context),
        _links: {
          self: p.customizationPreview(customization.id),
          contentSource: p.customization(customization.id),
          template: p.template,
          test: p.test,
        },
      };
    },
  );

  // ---- Default content ---------------------------------------------------------------------------

  const defaultLanguage = async (
    request: FastifyRequest,
    requested: string | undefined,
    brand: StoredBrand,
  ) => pickLanguage(requested, (await users.get(request.principal!.userId))?.profile.locale, brand.locale);

  app.get(
    apiRoutes.defaultContent,
    {
      config: read,
      schema: {
        params: TemplateParams,
        querystring: LanguageQuery,
        response: { 200: EmailDefaultContentSchema },
      },
    },
    async (request, reply) => {
      const { brand, template } = await lookup(request.params);
      // Keyed by the language the answer is in, not the one asked for: without a supported `language` it is the
      // caller's (or the brand's), resolved afresh on every request, so no caller gets another's language.
      const language = await defaultLanguage(request, request.query.language, brand);
      const base = baseUrl(request, config.publicUrl);
      const key = cacheKey('default-content', brand.id, base, template.name, language);
      await responses.serve(request, reply, brand.id, key, () => {
        const p = links(base, brand.id, template.name);
        return {
          payload: {
            ...defaultContent(template.name, language)!,
            _links: { self: p.defaultContent, template: p.template, preview: p.defaultPreview, test: p.test },
          },
        };
      });
      return reply;
    },
  );

  app.get(
    apiRoutes.defaultContentPreview,
    {
      config: read,
      schema: { params: TemplateParams, querystring: LanguageQuery, response: { 200: EmailPreviewSchema } },
    },
    async (request) => {
      const { brand, template } = await lookup(request.params);
      const language = await defaultLanguage(request, request.query.language, brand);
      const { context } = await callerContext(request, brand, template.name, language);
      const p = links(baseUrl(request, config.publicUrl), brand.id, template.name);
      return {
        ...render(defaultContent(template.name, language)!, context),
        _links: {
          self: p.defaultPreview,
          contentSource: p.defaultContent,
          template: p.template,
          test: p.test,
          defaultContent: p.defaultContent,
        },
      };
    },
  );

  // ---- Settings ----------------------------------------------------------------------------------

  app.get(
    apiRoutes.settings,
    { config: read, schema: { params: TemplateParams, response: { 200: EmailSettingsResponseSchema } } },
    async (request, reply) => {
      const { brandId, templateName } = request.params;
      const base = baseUrl(request, config.publicUrl);
      const key = cacheKey('settings', brandId, base, templateName);
      await responses.serve(request, reply, brandId, key, async () => {
        const { brand, template } = await lookup(request.params);
        return {
          payload: settingsResource(
            base,
            brand.id,
            template.name,
            await templates.recipients(brand.id, template.name),
          ),
        };
      });
      return reply;
    },
  );

  app.put(
    apiRoutes.settings,
    {
      config: manage,
      schema: {
        params: TemplateParams,
        body: EmailSettingsSchema,
        // E0000189: a recipients value the template doesn't allow.
        response: { 200: EmailSettingsResponseSchema, ...oktaErrors(422) },
      },
    },
    async (request) => {
      const { brand, template } = await lookup(request.params);
      const { recipients } = request.body;
      if (!template.allowedRecipients.includes(recipients)) {
        throw new OktaApiError('E0000189', {
          causes: [`recipients: ${template.name} allows ${template.allowedRecipients.join(', ')}.`],
        });
      }
      await templates.setRecipients(brand.id, template.name, recipients);
      return settingsResource(baseUrl(request, config.publicUrl), brand.id, template.name, recipients);
    },
  );

  // ---- Test email --------------------------------------------------------------------------------

  app.post(
    apiRoutes.templateTest,
    { config: read, schema: { params: TemplateParams, querystring: LanguageQuery } },
    async (request, reply) => {
      const delivery = await sendTestEmail(request, request.params, request.query.language);
      reply.header('X-Mailroom-Delivery', `${delivery.id}; outcome=${delivery.outcome}`);
      return reply.code(204).send();
    },
  );

  // Mailroom's own: the same email to addresses the caller names (local mode). Its own scope, since it mails others.
  app.post(
    apiRoutes.testSends,
    {
      config: { scope: 'mailroom.testsends.manage' },
      schema: {
        params: TemplateParams,
        body: Type.Object({
          to: Type.String({ maxLength: 1000 }),
          language: Type.Optional(Type.String({ maxLength: 64 })),
        }),
        response: { 204: Type.Null(), ...oktaErrors(501) },
      },
    },
    async (request, reply) => {
      // In real Okta mode the templates live in the org, which sends test emails to the caller only.
      if (config.oktaOrgUrl) throw new OktaApiError('MR0000501');
      const { addresses, problem } = parseRecipients(request.body.to);
      if (problem) throw validationError({ to: problem });
      const delivery = await sendTestEmail(request, request.params, request.body.language, addresses);
      reply.header('X-Mailroom-Delivery', `${delivery.id}; outcome=${delivery.outcome}`);
      return reply.code(204).send(null);
    },
  );
};
