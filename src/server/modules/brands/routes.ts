import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { apiPaths, apiRoutes } from '../../../shared/api-paths';
import { Type } from 'typebox';
import { BrandCreateSchema, BrandSchema, type Brand } from '../../../shared/okta/brand';
import { PageQuerySchema } from '../../../shared/okta/common';
import { baseUrl, href, linkHeader } from '../../lib/links';
import { notFound, OktaApiError } from '../../lib/okta-error';
import type { AppContext } from '../../app-context';
import type { StoredBrand } from './repository';
import { oktaErrors } from '../../lib/error-responses';

export function brandResource(base: string, brand: StoredBrand): Brand {
  return {
    id: brand.id,
    name: brand.name,
    isDefault: brand.isDefault,
    agreeToCustomPrivacyPolicy: brand.agreeToCustomPrivacyPolicy,
    customPrivacyPolicyUrl: brand.customPrivacyPolicyUrl,
    removePoweredByOkta: brand.removePoweredByOkta,
    locale: brand.locale,
    defaultApp: { appInstanceId: null, appLinkName: null, classicApplicationUri: null },
    _links: {
      self: href(base, apiPaths.brand(brand.id), ['GET', 'PUT', 'DELETE']),
      themes: href(base, `${apiPaths.brand(brand.id)}/themes`, ['GET']),
    },
  };
}

export const brandRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { brands, config } = ctx;
  const BrandParams = Type.Object({ brandId: Type.String({ maxLength: 64 }) });

  app.get(
    apiRoutes.brands,
    {
      config: { scope: 'okta.brands.read' },
      schema: {
        querystring: Type.Object({
          ...PageQuerySchema.properties,
          q: Type.Optional(Type.String({ maxLength: 255 })),
          expand: Type.Optional(Type.String({ maxLength: 255 })),
        }),
        response: { 200: Type.Array(BrandSchema) },
      },
    },
    async (request, reply) => {
      const { after, q, expand } = request.query;
      const limit = request.query.limit ?? 20;
      const base = baseUrl(request, config.publicUrl);
      const { page, next } = await brands.list({ after, limit, q });
      reply.header('Link', linkHeader(base, apiPaths.brands(), { limit, q, expand }, next));
      return page.map((brand) => brandResource(base, brand));
    },
  );

  app.get(
    apiRoutes.brand,
    {
      config: { scope: 'okta.brands.read' },
      schema: {
        params: BrandParams,
        querystring: Type.Object({ expand: Type.Optional(Type.String({ maxLength: 255 })) }),
        response: { 200: BrandSchema },
      },
    },
    async (request) => {
      const brand = await brands.get(request.params.brandId);
      if (!brand) throw notFound('Brand');
      return brandResource(baseUrl(request, config.publicUrl), brand);
    },
  );

  app.post(
    apiRoutes.brands,
    {
      config: { scope: 'okta.brands.manage' },
      // E0000202: the name is another brand's.
      schema: { body: BrandCreateSchema, response: { 201: BrandSchema, ...oktaErrors(409) } },
    },
    async (request, reply) => {
      const created = await brands.create({ name: request.body.name.trim() });
      // Okta's error for a name another brand has.
      if (!created.ok) throw new OktaApiError('E0000202');
      const brand = created.value;
      reply.code(201);
      return brandResource(baseUrl(request, config.publicUrl), brand);
    },
  );
};
