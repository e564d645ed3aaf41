import { Type, type Static } from 'typebox';

export const SmtpAuthTypeSchema = Type.Union([
  Type.Literal('BASIC_SMTP_AUTH'),
  Type.Literal('OAUTH2_CLIENT_CREDENTIALS'),
  Type.Literal('OAUTH2_JWT_BEARER_GRANT'),
]);
export type SmtpAuthType = Static<typeof SmtpAuthTypeSchema>;

const host = Type.String({ minLength: 1, maxLength: 255 });
const port = Type.Integer({ minimum: 1, maximum: 65535 });
const alias = Type.String({ minLength: 1, maxLength: 255 });
const username = Type.String({ maxLength: 255 });
/** Write-only: accepted on create/update, never part of a response schema (so it can't be serialised). */
const password = Type.String({ minLength: 1, maxLength: 1024 });

/**
 * The OAuth 2.0 settings (EA in Okta) a server gives back: the non-secret ones, as Okta's answers and Mailroom's
 * transfer bundles (src/shared/transfer/bundle.ts) carry them.
 */
export const oauthSettingsProperties = {
  clientId: Type.Optional(Type.String()),
  tokenEndpoint: Type.Optional(Type.String()),
  tokenEndpointAuthMethod: Type.Optional(Type.String()),
  scopes: Type.Optional(Type.Array(Type.String())),
  signingAlgorithm: Type.Optional(Type.String()),
  issuer: Type.Optional(Type.String()),
  subject: Type.Optional(Type.String()),
  audience: Type.Optional(Type.String()),
};

/**
 * The server as Okta returns it. Secrets (password, clientSecret, privateKey) are deliberately absent:
 * Fastify serialises responses with this schema, which strips any field it does not name.
 */
export const EmailServerSchema = Type.Object({
  id: Type.String(),
  alias: Type.String(),
  authType: SmtpAuthTypeSchema,
  enabled: Type.Boolean(),
  host: Type.String(),
  port: Type.Integer(),
  username: Type.String(),
  ...oauthSettingsProperties,
});
export type EmailServer = Static<typeof EmailServerSchema>;

export const EmailServerListSchema = Type.Object({ 'email-servers': Type.Array(EmailServerSchema) });

const oauthFields = {
  clientId: Type.Optional(Type.String({ maxLength: 1024 })),
  clientSecret: Type.Optional(Type.String({ maxLength: 4096 })),
  tokenEndpoint: Type.Optional(Type.String({ maxLength: 2048 })),
  tokenEndpointAuthMethod: Type.Optional(
    Type.Union([Type.Literal('CLIENT_SECRET_BASIC'), Type.Literal('CLIENT_SECRET_POST')]),
  ),
  scopes: Type.Optional(Type.Array(Type.String({ maxLength: 512 }), { maxItems: 50 })),
  signingAlgorithm: Type.Optional(Type.Literal('RS256')),
  keyId: Type.Optional(Type.String({ maxLength: 1024 })),
  issuer: Type.Optional(Type.String({ maxLength: 2048 })),
  subject: Type.Optional(Type.String({ maxLength: 2048 })),
  audience: Type.Optional(Type.String({ maxLength: 2048 })),
  privateKey: Type.Optional(Type.String({ maxLength: 16384 })),
};

/** POST body. Okta's older spec requires alias/host/port/username/password; `authType` defaults to basic. */
export const EmailServerCreateSchema = Type.Object({
  alias,
  host,
  port,
  username,
  password: Type.Optional(password),
  enabled: Type.Optional(Type.Boolean()),
  authType: Type.Optional(SmtpAuthTypeSchema),
  ...oauthFields,
});
export type EmailServerCreate = Static<typeof EmailServerCreateSchema>;

/** PATCH body: a partial update, omitted fields keep their value. */
export const EmailServerUpdateSchema = Type.Object({
  alias: Type.Optional(alias),
  host: Type.Optional(host),
  port: Type.Optional(port),
  username: Type.Optional(username),
  password: Type.Optional(password),
  enabled: Type.Optional(Type.Boolean()),
  authType: Type.Optional(SmtpAuthTypeSchema),
  ...oauthFields,
});
export type EmailServerUpdate = Static<typeof EmailServerUpdateSchema>;

/** Both spellings exist in the wild: `{from,to}` (SDK v7, spec ≤ 2025.08) and `{fromAddress,toAddress}`. */
export const EmailServerTestSchema = Type.Object({
  fromAddress: Type.Optional(Type.String({ maxLength: 320 })),
  toAddress: Type.Optional(Type.String({ maxLength: 320 })),
  from: Type.Optional(Type.String({ maxLength: 320 })),
  to: Type.Optional(Type.String({ maxLength: 320 })),
});
export type EmailServerTest = Static<typeof EmailServerTestSchema>;
