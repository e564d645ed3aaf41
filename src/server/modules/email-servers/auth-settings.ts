import { createPrivateKey } from 'node:crypto';
import type { SmtpAuthType } from '../../../shared/okta/email-server';
import {
  AUTH_TYPE_FIELDS,
  isOAuth,
  isSecretField,
  type AuthField as Field,
  type AuthFields,
} from '../../../shared/okta/email-server-auth';
import type { OAuthGrant } from '../mail/oauth-token';

/** Only the fields that belong to `authType`; anything else sent along is not kept. */
export function fieldsOf(authType: SmtpAuthType, source: Partial<AuthFields>): Partial<AuthFields> {
  const out: Partial<AuthFields> = {};
  for (const key of AUTH_TYPE_FIELDS[authType]) {
    if (source[key] !== undefined) (out as Record<string, unknown>)[key] = source[key];
  }
  return out;
}

/** A server's fields as stored: settings in JSON, secrets sealed. */
export function split(fields: Partial<AuthFields>) {
  const settings: Partial<AuthFields> = {};
  const secrets: Partial<AuthFields> = {};
  for (const [key, value] of Object.entries(fields)) {
    (isSecretField(key) ? secrets : settings)[key as Field] = value as never;
  }
  return { settings, secrets };
}

const blank = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * What is missing or wrong for `authType`, as `field → message` for validationError. Messages never quote a
 * value, so a secret sent in the wrong field cannot come back in an error.
 */
export function authProblems(
  authType: SmtpAuthType,
  username: string,
  fields: Partial<AuthFields>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (isOAuth(authType) && !username.trim())
    problems.username = 'The field is required: the mailbox Mailroom signs in to with XOAUTH2.';
  for (const key of AUTH_TYPE_FIELDS[authType]) {
    if (blank(fields[key]))
      problems[key] = key === 'scopes' ? 'At least one scope is required.' : 'The field is required.';
  }
  if (!problems.tokenEndpoint && fields.tokenEndpoint !== undefined && isOAuth(authType)) {
    if (!isHttpUrl(fields.tokenEndpoint)) problems.tokenEndpoint = 'Must be an http:// or https:// URL.';
  }
  if (!problems.scopes && fields.scopes?.some((scope) => !scope.trim()))
    problems.scopes = 'A scope cannot be blank.';
  if (!problems.privateKey && authType === 'OAUTH2_JWT_BEARER_GRANT' && fields.privateKey) {
    if (!isRsaPrivateKey(fields.privateKey))
      problems.privateKey =
        'Must be an unencrypted RSA private key in PEM format (-----BEGIN PRIVATE KEY-----).';
  }
  return problems;
}

function isHttpUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

function isRsaPrivateKey(pem: string) {
  try {
    return createPrivateKey({ key: pem, format: 'pem' }).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}

/** The OAuth grant a complete OAuth server uses to get its access token; undefined for basic auth. */
export function oauthGrant(authType: SmtpAuthType, fields: Partial<AuthFields>): OAuthGrant | undefined {
  const f = fields as Required<AuthFields>;
  if (authType === 'OAUTH2_CLIENT_CREDENTIALS')
    return {
      type: 'client_credentials',
      tokenEndpoint: f.tokenEndpoint,
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      authMethod: f.tokenEndpointAuthMethod,
      scopes: f.scopes,
    };
  if (authType === 'OAUTH2_JWT_BEARER_GRANT')
    return {
      type: 'jwt_bearer',
      tokenEndpoint: f.tokenEndpoint,
      clientId: f.clientId,
      keyId: f.keyId,
      issuer: f.issuer,
      subject: f.subject,
      audience: f.audience,
      scopes: f.scopes,
      privateKey: f.privateKey,
    };
  return undefined;
}
