import { createHash, randomUUID, sign } from 'node:crypto';

/** How an OAuth SMTP server gets its access token (docs/okta/API-REFERENCE.md §2.3). */
export type OAuthGrant =
  | {
      type: 'client_credentials';
      tokenEndpoint: string;
      clientId: string;
      clientSecret: string;
      authMethod: 'CLIENT_SECRET_BASIC' | 'CLIENT_SECRET_POST';
      scopes: string[];
    }
  | {
      type: 'jwt_bearer';
      tokenEndpoint: string;
      clientId: string;
      keyId: string;
      issuer: string;
      subject: string;
      audience: string;
      scopes: string[];
      privateKey: string;
    };

/** The token endpoint did not hand out a token; `message` is its reason, safe to show (no secret in it). */
export class TokenFailure extends Error {}

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const TOKEN_TIMEOUT_MS = 10_000;
const ASSERTION_LIFETIME_S = 300;
const MAX_ANSWER_BYTES = 64 * 1024;
const MAX_CACHED = 100;

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** RFC 7523 assertion: RS256 with the server's key, `kid` = keyId; scope as a claim too (Google reads it there). */
export function signAssertion(
  grant: Extract<OAuthGrant, { type: 'jwt_bearer' }>,
  nowMs = Date.now(),
): string {
  const iat = Math.floor(nowMs / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: grant.keyId };
  const claims = {
    iss: grant.issuer,
    sub: grant.subject,
    aud: grant.audience,
    iat,
    exp: iat + ASSERTION_LIFETIME_S,
    jti: randomUUID(),
    scope: grant.scopes.join(' '),
  };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${base64url(sign('sha256', Buffer.from(input), grant.privateKey))}`;
}

/** Asks the token endpoint for an access token; a refusal, a bad answer or no answer throws a TokenFailure. */
export async function requestAccessToken(
  grant: OAuthGrant,
  timeoutMs = TOKEN_TIMEOUT_MS,
): Promise<{ accessToken: string; expiresIn: number | undefined }> {
  const form = new URLSearchParams();
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (grant.type === 'client_credentials') {
    form.set('grant_type', 'client_credentials');
    if (grant.authMethod === 'CLIENT_SECRET_BASIC') {
      // RFC 6749 §2.3.1: each part form-encoded, then joined with a colon and base64'd.
      const user = encodeURIComponent(grant.clientId);
      const pass = encodeURIComponent(grant.clientSecret);
      headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    } else {
      form.set('client_id', grant.clientId);
      form.set('client_secret', grant.clientSecret);
    }
  } else {
    form.set('grant_type', JWT_BEARER_GRANT);
    form.set('assertion', signAssertion(grant));
    form.set('client_id', grant.clientId);
  }
  form.set('scope', grant.scopes.join(' '));

  const secrets = grant.type === 'client_credentials' ? [grant.clientSecret] : [grant.privateKey];
  const fail = (reason: string) => new TokenFailure(clean(reason, secrets));
  const where = hostOf(grant.tokenEndpoint);
  let response: Response;
  let text: string;
  try {
    response = await fetch(grant.tokenEndpoint, {
      method: 'POST',
      headers,
      body: form,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await readCapped(response);
  } catch (error) {
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw fail(`no answer from ${where} within ${timeoutMs / 1000} s`);
    throw fail(
      `could not reach ${where}: ${e.cause?.code ?? e.cause?.message ?? e.message ?? 'unknown error'}`,
    );
  }
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // not JSON: the status line says what happened
  }
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (!response.ok || typeof body?.error === 'string') {
    if (typeof body?.error === 'string') {
      const description = typeof body.error_description === 'string' ? `: ${body.error_description}` : '';
      throw fail(`${body.error}${description} (${status} from ${where})`);
    }
    throw fail(`${status} from ${where}`);
  }
  if (typeof body?.access_token !== 'string' || body.access_token === '')
    throw fail(`${where} answered ${status} without an access_token`);
  const expiresIn = Number(body.expires_in);
  return {
    accessToken: body.access_token,
    expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : undefined,
  };
}

/**
 * Access tokens per grant, reused until shortly before they expire (10 % of their life, at most a minute early).
 * Concurrent sends share one request; a token the SMTP server refused is forgotten.
 */
export function createAccessTokens(options: { timeoutMs?: number } = {}) {
  const cache = new Map<string, { token: string; expiresAt: number }>();
  const pending = new Map<string, Promise<string>>();
  const keyOf = (grant: OAuthGrant) => createHash('sha256').update(JSON.stringify(grant)).digest('hex');

  return {
    async get(grant: OAuthGrant): Promise<string> {
      const key = keyOf(grant);
      const cached = cache.get(key);
      if (cached && cached.expiresAt > Date.now()) return cached.token;
      const running = pending.get(key);
      if (running) return running;
      const request = requestAccessToken(grant, options.timeoutMs)
        .then(({ accessToken, expiresIn }) => {
          if (expiresIn !== undefined) {
            const early = Math.min(60_000, expiresIn * 100);
            cache.set(key, { token: accessToken, expiresAt: Date.now() + expiresIn * 1000 - early });
            if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
          }
          return accessToken;
        })
        .finally(() => pending.delete(key));
      pending.set(key, request);
      return request;
    },
    forget(grant: OAuthGrant) {
      cache.delete(keyOf(grant));
    },
  };
}
export type AccessTokens = ReturnType<typeof createAccessTokens>;

function hostOf(url: string) {
  try {
    return new URL(url).host;
  } catch {
    return 'the token endpoint';
  }
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size >= MAX_ANSWER_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One line, bounded, and with any secret the endpoint might echo blanked out. */
function clean(reason: string, secrets: string[]) {
  let text = reason;
  for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join('[redacted]');
  text = text.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e\u00a0-\uffff]/g, '');
  text = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  return text.replace(/\.+$/, '');
}
