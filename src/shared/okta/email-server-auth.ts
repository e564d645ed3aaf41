// Which settings and secrets each SMTP authentication type has: one table for the server (what it requires,
// keeps and seals) and the console (what the form shows and sends).
import type { EmailServerCreate, SmtpAuthType } from './email-server';

/** What a server signs in with beyond its username: the settings and secrets of its auth type. */
export type AuthFields = Pick<
  EmailServerCreate,
  | 'password'
  | 'clientId'
  | 'clientSecret'
  | 'tokenEndpoint'
  | 'tokenEndpointAuthMethod'
  | 'scopes'
  | 'signingAlgorithm'
  | 'keyId'
  | 'issuer'
  | 'subject'
  | 'audience'
  | 'privateKey'
>;
export type AuthField = keyof AuthFields;

/** Every field of each type is required (docs/okta/API-REFERENCE.md §2.3, the *_CREATE schemas), in the spec's order. */
export const AUTH_TYPE_FIELDS: Record<SmtpAuthType, readonly AuthField[]> = {
  BASIC_SMTP_AUTH: ['password'],
  OAUTH2_CLIENT_CREDENTIALS: [
    'clientId',
    'clientSecret',
    'tokenEndpoint',
    'tokenEndpointAuthMethod',
    'scopes',
  ],
  OAUTH2_JWT_BEARER_GRANT: [
    'tokenEndpoint',
    'clientId',
    'signingAlgorithm',
    'keyId',
    'issuer',
    'subject',
    'audience',
    'scopes',
    'privateKey',
  ],
};

/** Write-only: sealed at rest, never returned (Okta's responses omit keyId too), never pre-filled in a form. */
export const SECRET_FIELDS: readonly AuthField[] = ['password', 'clientSecret', 'privateKey', 'keyId'];

export const isSecretField = (field: string): boolean => (SECRET_FIELDS as readonly string[]).includes(field);

export const isOAuth = (authType: SmtpAuthType) => authType !== 'BASIC_SMTP_AUTH';
