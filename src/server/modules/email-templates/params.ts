import { Type } from 'typebox';

/** The path parameters of a template's routes, Okta's and Mailroom's alike (the limits keep ids bounded). */
export const TemplateParams = Type.Object({
  brandId: Type.String({ maxLength: 64 }),
  templateName: Type.String({ maxLength: 128 }),
});
export const CustomizationParams = Type.Object({
  ...TemplateParams.properties,
  customizationId: Type.String({ maxLength: 64 }),
});
