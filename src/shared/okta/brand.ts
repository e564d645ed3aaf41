import { Type, type Static } from 'typebox';
import { HrefObjectSchema } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const BrandSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  isDefault: Type.Boolean(),
  agreeToCustomPrivacyPolicy: Type.Boolean(),
  customPrivacyPolicyUrl: Nullable(Type.String()),
  removePoweredByOkta: Type.Boolean(),
  locale: Type.String(),
  emailDomainId: Type.Optional(Nullable(Type.String())),
  defaultApp: Type.Object({
    appInstanceId: Nullable(Type.String()),
    appLinkName: Nullable(Type.String()),
    classicApplicationUri: Nullable(Type.String()),
  }),
  _links: Type.Object({ self: HrefObjectSchema, themes: HrefObjectSchema }),
});
export type Brand = Static<typeof BrandSchema>;

export const BrandCreateSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 255, pattern: '\\S' }),
});
