import { Type, type Static } from 'typebox';
import { HrefObjectSchema } from './common';

export const RecipientsSchema = Type.Union([
  Type.Literal('ALL_USERS'),
  Type.Literal('ADMINS_ONLY'),
  Type.Literal('NO_USERS'),
]);

const Links = (...names: string[]) =>
  Type.Object(Object.fromEntries(names.map((name) => [name, HrefObjectSchema])));

export const EmailSettingsSchema = Type.Object({ recipients: RecipientsSchema });
export const EmailSettingsResponseSchema = Type.Object({
  recipients: RecipientsSchema,
  _links: Links('self', 'template'),
});
export type EmailSettingsResponse = Static<typeof EmailSettingsResponseSchema>;

export const EmailTemplateSchema = Type.Object({
  name: Type.String(),
  _embedded: Type.Optional(
    Type.Object({
      settings: Type.Optional(EmailSettingsResponseSchema),
      customizationCount: Type.Optional(Type.Integer()),
    }),
  ),
  _links: Links('self', 'settings', 'defaultContent', 'customizations', 'test'),
});
export type EmailTemplate = Static<typeof EmailTemplateSchema>;

/** Subject ≤ 128 characters and body < 64 KB, as Okta's guide states. */
export const MAX_SUBJECT_LENGTH = 128;
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Create/replace body. Length limits are checked in code so the error names the rule in plain words. `subject` and
 * `body` may be null or absent only with custom languages on (Okta then fills them in); the route says so otherwise.
 */
export const EmailCustomizationInputSchema = Type.Object({
  language: Type.String({ maxLength: 64 }),
  subject: Type.Optional(Type.Union([Type.String({ maxLength: 100_000 }), Type.Null()])),
  body: Type.Optional(Type.Union([Type.String({ maxLength: 1_000_000 }), Type.Null()])),
  isDefault: Type.Optional(Type.Boolean()),
});
export type EmailCustomizationInput = Static<typeof EmailCustomizationInputSchema>;

export const EmailCustomizationSchema = Type.Object({
  id: Type.String(),
  language: Type.String(),
  isDefault: Type.Boolean(),
  subject: Type.String(),
  body: Type.String(),
  created: Type.String(),
  lastUpdated: Type.String(),
  _links: Links('self', 'template', 'preview', 'settings', 'test'),
});
export type EmailCustomization = Static<typeof EmailCustomizationSchema>;

export const EmailDefaultContentSchema = Type.Object({
  subject: Type.String(),
  body: Type.String(),
  _links: Links('self', 'template', 'preview', 'test'),
});
export type EmailDefaultContent = Static<typeof EmailDefaultContentSchema>;

export const EmailPreviewSchema = Type.Object({
  subject: Type.String(),
  body: Type.String(),
  _links: Type.Record(Type.String(), HrefObjectSchema),
});
export type EmailPreview = Static<typeof EmailPreviewSchema>;
