import { Type, type Static } from 'typebox';
import { HrefObjectSchema } from './common';

const optionalString = Type.Optional(Type.Union([Type.String({ maxLength: 1024 }), Type.Null()]));

export const UserProfileSchema = Type.Object(
  {
    firstName: Type.Union([Type.String({ maxLength: 50 }), Type.Null()]),
    lastName: Type.Union([Type.String({ maxLength: 50 }), Type.Null()]),
    email: Type.String({ maxLength: 100 }),
    login: Type.String({ maxLength: 100 }),
    secondEmail: optionalString,
    mobilePhone: optionalString,
    locale: optionalString,
    preferredLanguage: optionalString,
    displayName: optionalString,
  },
  {
    additionalProperties: Type.Union([
      Type.String({ maxLength: 1024 }),
      Type.Number(),
      Type.Boolean(),
      Type.Null(),
    ]),
  },
);
export type UserProfile = Static<typeof UserProfileSchema>;

export const UserSchema = Type.Object({
  id: Type.String(),
  status: Type.String(),
  created: Type.String(),
  activated: Type.Union([Type.String(), Type.Null()]),
  statusChanged: Type.Union([Type.String(), Type.Null()]),
  lastLogin: Type.Union([Type.String(), Type.Null()]),
  lastUpdated: Type.String(),
  passwordChanged: Type.Union([Type.String(), Type.Null()]),
  type: Type.Object({ id: Type.String() }),
  profile: UserProfileSchema,
  _links: Type.Object({ self: HrefObjectSchema }),
});
export type User = Static<typeof UserSchema>;

/** POST /users/me: a partial profile update (Okta's POST on a user is partial). */
export const UserUpdateSchema = Type.Object({
  profile: Type.Partial(UserProfileSchema),
});

export const OrgSettingSchema = Type.Object({
  id: Type.String(),
  companyName: Type.String(),
  subdomain: Type.String(),
  status: Type.String(),
  website: Type.Optional(Type.String()),
  phoneNumber: Type.Optional(Type.String()),
  address1: Type.Optional(Type.String()),
  address2: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  state: Type.Optional(Type.String()),
  postalCode: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  supportPhoneNumber: Type.Optional(Type.String()),
  endUserSupportHelpURL: Type.Optional(Type.String()),
  expiresAt: Type.Optional(Type.String()),
  created: Type.String(),
  lastUpdated: Type.String(),
  _links: Type.Object({}, { additionalProperties: Type.Unknown() }),
});
export type OrgSetting = Static<typeof OrgSettingSchema>;
