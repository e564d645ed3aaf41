import { randomBytes, verify, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface TokenServerOptions {
  clientId: string;
  /** Client credentials: the secret the client must present (Basic header or form; only as `authMethod` if set). */
  clientSecret?: string;
  authMethod?: 'CLIENT_SECRET_BASIC' | 'CLIENT_SECRET_POST';
  /** JWT bearer: the key the assertion's RS256 signature must verify with, and the claims it must carry. */
  jwt?: { publicKey: KeyObject; keyId: string; issuer: string; subject: string; audience: string };
  scopes: string[];
  expiresIn?: number;
}

/** What the next requests get instead of a token: an HTTP answer, or no answer at all. */
export type TokenServerFault = { status: number; body: string; contentType?: string } | 'stall';

/**
 * A real OAuth 2.0 token endpoint on 127.0.0.1 for tests: checks the client credentials or verifies the JWT
 * bearer assertion (signature with the public key, kid, iss/sub/aud, iat/exp, a fresh jti), then issues random
 * access tokens with `expires_in`. A wrong request gets RFC 6749's error JSON, and `problems` says why.
 */
export async function startTokenServer(options: TokenServerOptions) {
  const issued = new Map<string, number>(); // token → expiry (ms)
  const seenJti = new Set<string>();
  const problems: string[] = [];
  const requests: {
    grant: string;
    clientAuth: 'basic' | 'post' | 'none';
    claims?: Record<string, unknown>;
  }[] = [];
  let fault: TokenServerFault | undefined;
  const stalled: http.ServerResponse[] = [];

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (fault === 'stall') return void stalled.push(res);
      if (fault) {
        res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json' });
        return void res.end(fault.body);
      }
      const form = new URLSearchParams(raw);
      const refuse = (status: number, error: string, description: string) => {
        problems.push(`${error}: ${description}`);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error, error_description: description }));
      };
      const grant = form.get('grant_type') ?? '';
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
      const request: (typeof requests)[number] = {
        grant,
        clientAuth: basic ? 'basic' : form.has('client_secret') ? 'post' : 'none',
      };
      requests.push(request);
      if (
        req.method !== 'POST' ||
        !req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
      )
        return refuse(400, 'invalid_request', 'POST a form');
      if (form.get('scope') !== options.scopes.join(' '))
        return refuse(400, 'invalid_scope', `scope "${form.get('scope')}"`);

      if (grant === 'client_credentials') {
        let id: string | null;
        let secret: string | null;
        if (basic) {
          const [user, pass] = Buffer.from(basic[1], 'base64').toString().split(':');
          id = decodeURIComponent(user);
          secret = decodeURIComponent(pass ?? '');
        } else {
          id = form.get('client_id');
          secret = form.get('client_secret');
        }
        const expected = options.authMethod === 'CLIENT_SECRET_POST' ? 'post' : 'basic';
        if (request.clientAuth === 'none' || (options.authMethod && request.clientAuth !== expected))
          return refuse(401, 'invalid_client', `client authentication by ${request.clientAuth}`);
        if (id !== options.clientId || secret !== options.clientSecret)
          return refuse(401, 'invalid_client', 'Client authentication failed');
      } else if (grant === JWT_BEARER && options.jwt) {
        const problem = checkAssertion(form.get('assertion') ?? '', options.jwt, seenJti, request);
        if (problem) return refuse(400, 'invalid_grant', problem);
        if (form.get('client_id') !== options.clientId) return refuse(401, 'invalid_client', 'client_id');
      } else {
        return refuse(400, 'unsupported_grant_type', grant);
      }
      const token = `at-${randomBytes(16).toString('hex')}`;
      const expiresIn = options.expiresIn ?? 3600;
      issued.set(token, Date.now() + expiresIn * 1000);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresIn }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/oauth2/token`,
    requests,
    problems,
    /** True for a token this server issued that has not expired (what the SMTP server checks). */
    valid: (token: string) => (issued.get(token) ?? 0) > Date.now(),
    issuedCount: () => issued.size,
    fail: (next: TokenServerFault | undefined) => {
      fault = next;
    },
    close: async () => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function checkAssertion(
  assertion: string,
  jwt: NonNullable<TokenServerOptions['jwt']>,
  seenJti: Set<string>,
  request: { claims?: Record<string, unknown> },
): string | undefined {
  const parts = assertion.split('.');
  if (parts.length !== 3) return 'the assertion is not a JWT';
  const [h, c, signature] = parts;
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString());
    claims = JSON.parse(Buffer.from(c, 'base64url').toString());
  } catch {
    return 'the assertion is not JSON';
  }
  request.claims = claims;
  if (header.alg !== 'RS256') return `alg ${header.alg}`;
  if (header.kid !== jwt.keyId) return `kid ${header.kid}`;
  if (!verify('sha256', Buffer.from(`${h}.${c}`), jwt.publicKey, Buffer.from(signature, 'base64url')))
    return 'bad signature';
  if (claims.iss !== jwt.issuer) return `iss ${claims.iss}`;
  if (claims.sub !== jwt.subject) return `sub ${claims.sub}`;
  if (claims.aud !== jwt.audience) return `aud ${claims.aud}`;
  const now = Date.now() / 1000;
  if (typeof claims.iat !== 'number' || Math.abs(claims.iat - now) > 60) return `iat ${claims.iat}`;
  if (typeof claims.exp !== 'number' || claims.exp <= now || claims.exp - (claims.iat as number) > 3600)
    return `exp ${claims.exp}`;
  if (typeof claims.jti !== 'string' || seenJti.has(claims.jti)) return `jti ${claims.jti}`;
  seenJti.add(claims.jti);
  return undefined;
}
