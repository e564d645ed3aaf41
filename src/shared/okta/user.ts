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
  website: Type.Union([Type.String(), Type.Null()]),
  phoneNumber: Type.Union([Type.String(), Type.Null()]),
  address1: Type.Union([Type.String(), Type.Null()]),
  address2: Type.Union([Type.String(), Type.Null()]),
  city: Type.Union([Type.String(), Type.Null()]),
  state: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  country: Type.Union([Type.String(), Type.Null()]),
  supportPhoneNumber: Type.Union([Type.String(), Type.Null()]),
  endUserSupportHelpURL: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  created: Type.String(),
  lastUpdated: Type.String(),
  _links: Type.Object({}, { additionalProperties: Type.Unknown() }),
});
export type OrgSetting = Static<typeof OrgSettingSchema>;
