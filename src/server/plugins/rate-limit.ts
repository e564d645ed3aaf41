import type { FastifyReply, FastifyRequest } from 'fastify';
import { OktaApiError } from '../lib/okta-error';
import type { Principal } from '../modules/tokens/repository';

/** Windows kept per table (tokens, client addresses); past it the least recently used one is dropped. */
export const MAX_WINDOWS = 10_000;

interface Window {
  start: number;
  count: number;
}

/**
 * Fixed windows aligned to the clock, in a Map used as an LRU: a touched key moves to the end, and the
 * first key (the least recently used) is evicted when the table is full. Never cleared wholesale, so a
 * flood of new keys cannot reset a window that is still in use.
 */
class WindowTable {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly windowMs: number,
    private readonly maxSize: number,
  ) {}

  get size() {
    return this.windows.size;
  }

  /** The current window for `key`, moved to the most recently used end; created when missing or expired. */
  touch(key: string, now: number): Window {
    const start = now - (now % this.windowMs);
    let window = this.windows.get(key);
    this.windows.delete(key);
    if (!window || window.start !== start) window = { start, count: 0 };
    this.windows.set(key, window);
    while (this.windows.size > this.maxSize) this.windows.delete(this.windows.keys().next().value!);
    return window;
  }

  /** How many this key has used in the current window, without touching it. */
  count(key: string, now: number): number {
    const window = this.windows.get(key);
    return window && window.start === now - (now % this.windowMs) ? window.count : 0;
  }

  resetSeconds(now: number) {
    return Math.ceil((now - (now % this.windowMs) + this.windowMs) / 1000);
  }
}

export interface RateLimitOptions {
  /** Requests per window per token on /api/v1; 0 = unlimited. */
  limit: number;
  /** Failed authentications per window per client address; 0 = unlimited. */
  failureLimit: number;
  windowSeconds: number;
  maxWindows?: number;
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
  const max = options.maxWindows ?? MAX_WINDOWS;
  const tokens = new WindowTable(windowMs, max);
  const addresses = new WindowTable(windowMs, max);
  const { limit, failureLimit } = options;

  const headers = (reply: FastifyReply, ceiling: number, used: number, now: number, table: WindowTable) => {
    reply.header('X-Rate-Limit-Limit', String(ceiling));
    reply.header('X-Rate-Limit-Remaining', String(Math.max(0, ceiling - used)));
    reply.header('X-Rate-Limit-Reset', String(table.resetSeconds(now)));
  };

  return {
    /** Before authentication: refuses an address that has used up its failures. */
    guard(request: FastifyRequest, reply: FastifyReply) {
      if (failureLimit <= 0 || !request.url.startsWith('/api/')) return;
      const now = Date.now();
      const used = addresses.count(addressKey(request.ip), now);
      if (used < failureLimit) return;
      headers(reply, failureLimit, used, now, addresses);
      throw new OktaApiError('E0000047');
    },

    /** One failed authentication from the request's address (the caller answers 401 after this). */
    failed(request: FastifyRequest, reply: FastifyReply) {
      if (failureLimit <= 0) return;
      const now = Date.now();
      const window = addresses.touch(addressKey(request.ip), now);
      window.count++;
      headers(reply, failureLimit, window.count, now, addresses);
    },

    /** One authenticated /api/v1 request for the principal's token; 429 past the limit. */
    admitted(request: FastifyRequest, reply: FastifyReply, principal: Principal) {
      if (limit <= 0 || !request.url.startsWith('/api/v1/')) return;
      const now = Date.now();
      const window = tokens.touch(principal.tokenId, now);
      window.count++;
      headers(reply, limit, window.count, now, tokens);
      if (window.count > limit) throw new OktaApiError('E0000047');
    },

    /** An /api/v1 request that neither authenticated nor failed (no credential, public route): headers only. */
    anonymous(request: FastifyRequest, reply: FastifyReply) {
      if (failureLimit <= 0 || !request.url.startsWith('/api/v1/')) return;
      const now = Date.now();
      headers(reply, failureLimit, addresses.count(addressKey(request.ip), now), now, addresses);
    },

    /** How many windows each table holds (tests check memory stays bounded). */
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
