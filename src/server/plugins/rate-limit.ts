import type { FastifyReply, FastifyRequest } from 'fastify';
import { OktaApiError } from '../lib/okta-error';
import type { Sql } from '../db/sql';
import type { Principal } from '../modules/tokens/repository';

/** Windows kept per table (tokens, client addresses); past it the least recently used one is dropped. */
export const MAX_WINDOWS = 10_000;

/**
 * Where the windows of one kind (tokens, client addresses) are counted. Windows are fixed and aligned to the
 * clock: `start` is the current window's start in epoch ms, the same on every replica.
 */
export interface WindowStore {
  /** Counts one more for `key` in the window starting at `start`; answers the count after it. */
  hit(key: string, start: number): Promise<number>;
  /** How many `key` has used in the window starting at `start`, without counting one. */
  used(key: string, start: number): Promise<number>;
  /** Windows held (memory only: tests check the table stays bounded). */
  readonly size: number;
}

/**
 * One process's windows, in a Map used as an LRU: a touched key moves to the end, and the first key (the least
 * recently used) is evicted when the table is full. Never cleared wholesale, so a flood of new keys cannot reset a
 * window that is still in use. The store of a single Mailroom (SQLite).
 */
export function memoryWindows(maxSize = MAX_WINDOWS): WindowStore {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(key, start) {
      let window = windows.get(key);
      windows.delete(key);
      if (!window || window.start !== start) window = { start, count: 0 };
      window.count++;
      windows.set(key, window);
      while (windows.size > maxSize) windows.delete(windows.keys().next().value!);
      return window.count;
    },
    async used(key, start) {
      const window = windows.get(key);
      return window && window.start === start ? window.count : 0;
    },
    get size() {
      return windows.size;
    },
  };
}

/**
 * Windows in the shared database (`rate_windows`), for several replicas: Okta's limits are per org, so a token
 * limited on one replica is limited on all. One upsert per counted request; the row lock makes concurrent counts
 * add up. A window that has ended is replaced by the next; rows of keys gone quiet are swept once per window.
 */
export function databaseWindows(db: Sql, kind: 'token' | 'address', windowMs: number): WindowStore {
  let swept = 0;
  return {
    async hit(key, start) {
      if (start - swept >= windowMs) {
        swept = start;
        await db.run('DELETE FROM rate_windows WHERE key LIKE ? AND window_start < ?', `${kind}:%`, start);
      }
      const row = await db.get<{ count: number }>(
        `INSERT INTO rate_windows (key, window_start, count) VALUES (?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN rate_windows.window_start >= excluded.window_start THEN rate_windows.count + 1 ELSE 1 END,
           window_start = greatest(rate_windows.window_start, excluded.window_start)
         RETURNING count`,
        `${kind}:${key}`,
        start,
      );
      return row!.count;
    },
    async used(key, start) {
      const row = await db.get<{ count: number }>(
        'SELECT count FROM rate_windows WHERE key = ? AND window_start = ?',
        `${kind}:${key}`,
        start,
      );
      return row?.count ?? 0;
    },
    size: 0,
  };
}

export interface RateLimitOptions {
  /** Requests per window per token on /api/v1; 0 = unlimited. */
  limit: number;
  /** Failed authentications per window per client address; 0 = unlimited. */
  failureLimit: number;
  windowSeconds: number;
  /** Where windows are counted: this process's memory (the default) or the shared database (replicas). */
  store?: (kind: 'token' | 'address', windowMs: number) => WindowStore;
}

/**
 * Okta-style rate limits (docs/okta/API-REFERENCE.md §1.5), in two kinds of fixed windows:
 * - per token, after authentication: each /api/v1 request with a valid token, or a console session (which counts
 *   against the token it came from), uses one of `limit`;
 * - per client address, for failures: a wrong or missing credential, or a wrong console sign-in, uses one of
 *   `failureLimit`. An address that used them all gets 429 for any /api request until its window resets, before
 *   any credential is looked at, so guessing cannot go on. The address is the socket's peer, or what a proxy
 *   named in TRUST_PROXY forwarded (Fastify's `request.ip`).
 * Responses carry X-Rate-Limit-Limit/Remaining/Reset of the window they counted against; Okta's Node SDK retries a
 * 429 from exactly one X-Rate-Limit-Reset (epoch seconds) and the Date header.
 */
export function createRateLimits(options: RateLimitOptions) {
  const windowMs = options.windowSeconds * 1000;
  const store = options.store ?? (() => memoryWindows());
  const tokens = store('token', windowMs);
  const addresses = store('address', windowMs);
  const { limit, failureLimit } = options;
  const windowStart = (now: number) => now - (now % windowMs);

  const headers = (reply: FastifyReply, ceiling: number, used: number, now: number) => {
    reply.header('X-Rate-Limit-Limit', String(ceiling));
    reply.header('X-Rate-Limit-Remaining', String(Math.max(0, ceiling - used)));
    reply.header('X-Rate-Limit-Reset', String(Math.ceil((windowStart(now) + windowMs) / 1000)));
  };

  return {
    /** Before authentication: refuses an address that has used up its failures. */
    async guard(request: FastifyRequest, reply: FastifyReply) {
      if (failureLimit <= 0 || !request.url.startsWith('/api/')) return;
      const now = Date.now();
      const used = await addresses.used(addressKey(request.ip), windowStart(now));
      if (used < failureLimit) return;
      headers(reply, failureLimit, used, now);
      throw new OktaApiError('E0000047');
    },

    /** One failed authentication from the request's address (the caller answers 401 after this). */
    async failed(request: FastifyRequest, reply: FastifyReply) {
      if (failureLimit <= 0) return;
      const now = Date.now();
      const used = await addresses.hit(addressKey(request.ip), windowStart(now));
      headers(reply, failureLimit, used, now);
    },

    /** One authenticated /api/v1 request for the principal's token; 429 past the limit. */
    async admitted(request: FastifyRequest, reply: FastifyReply, principal: Principal) {
      if (limit <= 0 || !request.url.startsWith('/api/v1/')) return;
      const now = Date.now();
      const used = await tokens.hit(principal.tokenId, windowStart(now));
      headers(reply, limit, used, now);
      if (used > limit) throw new OktaApiError('E0000047');
    },

    /** An /api/v1 request that neither authenticated nor failed (no credential, public route): headers only. */
    async anonymous(request: FastifyRequest, reply: FastifyReply) {
      if (failureLimit <= 0 || !request.url.startsWith('/api/v1/')) return;
      const now = Date.now();
      headers(reply, failureLimit, await addresses.used(addressKey(request.ip), windowStart(now)), now);
    },

    /** How many windows each table holds in memory (tests check memory stays bounded). */
    windows: () => ({ tokens: tokens.size, addresses: addresses.size }),
  };
}
export type RateLimits = ReturnType<typeof createRateLimits>;

/** An IPv6 client usually holds a whole /64, so it counts as one address; IPv4-mapped IPv6 as its IPv4. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
