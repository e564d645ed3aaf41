import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { apiRoutes } from '../../../shared/api-paths';
import {
  CustomizationVersionSchema,
  CustomizationVersionSummarySchema,
  DeletedCustomizationSchema,
} from '../../../shared/mailroom/customization-history';
import { findTemplate } from '../../../shared/templates/catalog';
import { notFound } from '../../lib/okta-error';
import type { AppContext } from '../../app-context';
import { CustomizationParams, TemplateParams } from '../email-templates/params';

// A string, so `/versions/abc` is an unknown version (404) like `/versions/999`, not a validation error.
const VersionParams = Type.Object({
  ...CustomizationParams.properties,
  version: Type.String({ maxLength: 16 }),
});

/**
 * Mailroom's version history of customizations (`modules/customization-history`). Never cached: these answers are
 * built afresh on every request (`no-store`, like the rest of /api), so a save shows in the next read. In real Okta
 * mode the brands and customizations are the org's: Mailroom knows only the saves made through it, so an id it
 * never saw has an empty history rather than a 404.
 */
export const customizationHistoryRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { brands, templates, history, config } = ctx;
  const read = { scope: 'okta.templates.read' } as const;
  const realOkta = Boolean(config.oktaOrgUrl);

  /** Embedded mode: the brand and the template must exist, as on Okta's routes (same 404s). */
  const checkTemplate = async (params: { brandId: string; templateName: string }) => {
    if (realOkta) return;
    if (!(await brands.get(params.brandId))) throw notFound('Brand');
    if (!findTemplate(params.templateName)) throw notFound('EmailTemplate');
  };

  app.get(
    apiRoutes.customizationVersions,
    {
      config: read,
      schema: {
        params: CustomizationParams,
        response: { 200: Type.Array(CustomizationVersionSummarySchema) },
      },
    },
    async (request) => {
      const { brandId, templateName, customizationId } = request.params;
      await checkTemplate(request.params);
      const versions = await history.list(brandId, templateName, customizationId);
      if (
        versions.length === 0 &&
        !realOkta &&
        !(await templates.get(brandId, templateName, customizationId))
      )
        throw notFound('EmailCustomization');
      return versions;
    },
  );

  app.get(
    apiRoutes.customizationVersion,
    { config: read, schema: { params: VersionParams, response: { 200: CustomizationVersionSchema } } },
    async (request) => {
      const { brandId, templateName, customizationId, version } = request.params;
      await checkTemplate(request.params);
      const n = /^[1-9]\d{0,8}$/.test(version) ? Number(version) : undefined;
      const found =
        n === undefined ? undefined : await history.get(brandId, templateName, customizationId, n);
      if (!found) throw notFound('CustomizationVersion');
      return found;
    },
  );

  app.get(
    apiRoutes.deletedCustomizations,
    {
      config: read,
      schema: { params: TemplateParams, response: { 200: Type.Array(DeletedCustomizationSchema) } },
    },
    async (request) => {
      await checkTemplate(request.params);
      return history.deleted(request.params.brandId, request.params.templateName);
    },
  );
};
