// The Okta resources of the Custom Email Templates API as Okta shapes them: HAL links with `hints.allow`, the
// template with its optional `_embedded`, settings and customizations (docs/okta/API-REFERENCE.md §4.2–§4.5).
import type { EmailCustomization } from '../../../shared/okta/email-template';
import type { EmailTemplateDefinition, RecipientsValue } from '../../../shared/templates/catalog';
import { apiPaths } from '../../../shared/api-paths';
import { href } from '../../lib/links';
import type { CustomizationRecord } from './repository';

/** The links of one template's resources on `base` (the absolute base of this request). */
export const links = (base: string, brandId: string, templateName: string) => ({
  template: href(base, apiPaths.template(brandId, templateName), ['GET']),
  settings: href(base, apiPaths.settings(brandId, templateName), ['GET', 'PUT']),
  defaultContent: href(base, apiPaths.defaultContent(brandId, templateName), ['GET']),
  defaultPreview: href(base, apiPaths.defaultContentPreview(brandId, templateName), ['GET']),
  customizations: href(base, apiPaths.customizations(brandId, templateName), ['GET', 'POST', 'DELETE']),
  customization: (id: string) =>
    href(base, apiPaths.customization(brandId, templateName, id), ['GET', 'PUT', 'DELETE']),
  customizationPreview: (id: string) =>
    href(base, apiPaths.customizationPreview(brandId, templateName, id), ['GET']),
  test: href(base, apiPaths.templateTest(brandId, templateName), ['POST']),
});

export const settingsResource = (
  base: string,
  brandId: string,
  templateName: string,
  recipients: RecipientsValue,
) => {
  const p = links(base, brandId, templateName);
  return { recipients, _links: { self: p.settings, template: p.template } };
};

export const templateResource = (
  base: string,
  brandId: string,
  template: EmailTemplateDefinition,
  expand: Set<string>,
  extras: { count: () => number; recipients: () => RecipientsValue },
) => {
  const p = links(base, brandId, template.name);
  const embedded: Record<string, unknown> = {};
  if (expand.has('settings'))
    embedded.settings = settingsResource(base, brandId, template.name, extras.recipients());
  if (expand.has('customizationCount')) embedded.customizationCount = extras.count();
  return {
    name: template.name,
    ...(expand.size > 0 ? { _embedded: embedded } : {}),
    _links: {
      self: p.template,
      settings: p.settings,
      defaultContent: p.defaultContent,
      customizations: p.customizations,
      test: p.test,
    },
  };
};

export const customizationResource = (base: string, c: CustomizationRecord): EmailCustomization => {
  const p = links(base, c.brandId, c.templateName);
  return {
    id: c.id,
    language: c.language,
    isDefault: c.isDefault,
    subject: c.subject,
    body: c.body,
    created: c.created,
    lastUpdated: c.lastUpdated,
    _links: {
      self: p.customization(c.id),
      template: p.template,
      preview: p.customizationPreview(c.id),
      settings: p.settings,
      test: p.test,
    },
  };
};
