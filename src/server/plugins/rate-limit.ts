import type { FastifyInstance } from 'fastify';
import { OktaApiError } from '../lib/okta-error';
import { hashToken } from '../modules/tokens/repository';
import { readCookie, SESSION_COOKIE } from './auth';

/**
 * Okta-style rate limiting on /api/v1: a fixed window (one minute by default) per token (per client address when
 * unauthenticated), with X-Rate-Limit-* headers on every response. Okta's Node SDK retries a 429 using
 * exactly one X-Rate-Limit-Reset (epoch seconds) and the Date header, so both are always sent.
 */
export function registerRateLimit(app: FastifyInstance, limit: number, windowSeconds = 60) {
  const WINDOW_MS = windowSeconds * 1000;
  const windows = new Map<string, { start: number; count: number }>();

  app.addHook('onRequest', async (request, reply) => {
    if (limit <= 0 || !request.url.startsWith('/api/v1/')) return;
    // Keyed before authentication so that even a 401 carries the headers.
    const credential = request.headers.authorization ?? readCookie(request.headers.cookie, SESSION_COOKIE);
    const key = credential ? hashToken(credential) : `ip:${request.ip}`;
    const now = Date.now();
    const start = now - (now % WINDOW_MS);
    let window = windows.get(key);
    if (!window || window.start !== start) {
      if (windows.size > 10_000) windows.clear(); // bounded memory under a flood of distinct clients
      window = { start, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    const reset = Math.ceil((start + WINDOW_MS) / 1000);
    reply.header('X-Rate-Limit-Limit', String(limit));
    reply.header('X-Rate-Limit-Remaining', String(Math.max(0, limit - window.count)));
    reply.header('X-Rate-Limit-Reset', String(reset));
    if (window.count > limit) throw new OktaApiError('E0000047');
  });
}
