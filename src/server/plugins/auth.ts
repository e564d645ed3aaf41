import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import { OktaApiError } from '../lib/okta-error';
import { apiRoutes } from '../../shared/api-paths';
import { hashToken, type Principal, type TokenRepository } from '../modules/tokens/repository';
import type { RateLimits } from './rate-limit';
import type { Scope } from '../../shared/scopes';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The OAuth scope the route needs; routes without one are public. */
    scope?: Scope;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export const SESSION_COOKIE = 'mailroom_session';
const SESSION_HOURS = 12;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Two ways in: `Authorization: SSWS <token>` (or `Bearer`) for API clients, and for the console an HttpOnly
 * session cookie plus an `X-CSRF-Token` header on every state-changing request. Rate limits are counted here,
 * around authentication: per token once it is known, per client address when it fails.
 */
export function registerAuth(
  app: FastifyInstance,
  deps: { db: Db; tokens: TokenRepository; limits: RateLimits },
) {
  const sessions = createSessionStore(deps.db);
  const { limits } = deps;

  app.addHook('onRequest', async (request, reply) => {
    // The load balancer's question needs no credentials and must not depend on the store the limits count in.
    if (request.routeOptions.url === apiRoutes.health) return;
    // Signing in from another site (login CSRF) is refused like any cross-site use of a session.
    if (request.url.startsWith(apiRoutes.session) && isCrossSite(request)) throw crossSiteError();
    await limits.guard(request, reply);
    const scope = request.routeOptions.config?.scope;
    let principal: Principal | undefined;
    try {
      principal = await authenticate(request, deps.tokens, sessions);
    } catch (error) {
      if (error instanceof OktaApiError && error.errorCode === 'E0000011')
        await limits.failed(request, reply);
      throw error;
    }
    if (principal) {
      request.principal = principal;
      await limits.admitted(request, reply, principal);
    } else if (scope) {
      await limits.failed(request, reply);
    } else {
      await limits.anonymous(request, reply);
    }
    if (!scope) return;
    if (!principal) throw new OktaApiError('E0000011');
    if (!principal.scopes.has(scope)) {
      reply.header(
        'WWW-Authenticate',
        `Bearer error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", scope="${scope}"`,
      );
      throw new OktaApiError('E0000006', { causes: [`This operation needs the ${scope} scope.`] });
    }
  });

  return sessions;
}

async function authenticate(
  request: FastifyRequest,
  tokens: TokenRepository,
  sessions: SessionStore,
): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^(SSWS|Bearer)\s+(\S+)\s*$/i.exec(header);
    const principal = match ? await tokens.verify(match[2]) : undefined;
    if (!principal) throw new OktaApiError('E0000011');
    return principal;
  }
  const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (!sessionId) return undefined;
  const session = await sessions.find(sessionId);
  if (!session) return undefined;
  // SameSite=Strict keeps the cookie home in today's browsers; this refuses it anyway when one says otherwise.
  if (isCrossSite(request)) throw crossSiteError();
  if (UNSAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
      throw new OktaApiError('E0000006', { causes: ['The request is missing a valid X-CSRF-Token header.'] });
    }
  }
  return session.principal;
}

const crossSiteError = () =>
  new OktaApiError('E0000006', { causes: ['A console session cannot be used from another site.'] });

/**
 * True when the browser says the request comes from another site: `Sec-Fetch-Site` other than same-origin or
 * none, or an `Origin` (including `null`) whose host is not the one the request was sent to.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    const from = new URL(origin);
    return from.host !== new URL(`${from.protocol}//${request.headers.host ?? ''}`).host;
  } catch {
    return true;
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

interface SessionRow {
  csrf_token: string;
  user_id: string;
  token_id: string;
  scopes: string;
  expires: string;
}

function createSessionStore(db: Db) {
  return {
    /** Exchanges a verified API token for a session; the browser never holds the token itself. */
    async create(principal: Principal) {
      const id = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const now = new Date();
      const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
      await db.run(
        'INSERT INTO sessions (id_hash, csrf_token, user_id, token_id, created, expires) VALUES (?, ?, ?, ?, ?, ?)',
        hashToken(id),
        csrfToken,
        principal.userId,
        principal.tokenId,
        now.toISOString(),
        expires.toISOString(),
      );
      await db.run('DELETE FROM sessions WHERE expires <= ?', now.toISOString());
      return { id, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600 };
    },
    async find(id: string) {
      const row = await db.get<SessionRow>(
        `SELECT s.csrf_token, s.user_id, s.token_id, s.expires, t.scopes FROM sessions s
         JOIN api_tokens t ON t.id = s.token_id AND t.revoked IS NULL
         WHERE s.id_hash = ? AND s.expires > ?`,
        hashToken(id),
        new Date().toISOString(),
      );
      if (!row) return undefined;
      return {
        csrfToken: row.csrf_token,
        principal: {
          tokenId: row.token_id,
          userId: row.user_id,
          via: 'session' as const,
          scopes: new Set<string>(JSON.parse(row.scopes)),
        },
      };
    },
    async delete(id: string): Promise<void> {
      await db.run('DELETE FROM sessions WHERE id_hash = ?', hashToken(id));
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
