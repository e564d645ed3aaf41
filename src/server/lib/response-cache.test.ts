import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type Db } from '../db/database';
import { createResponseCache, matches, type ResponseCache } from './response-cache';

describe('response cache', () => {
  let db: Db;
  let app: FastifyInstance;
  let cache: ResponseCache;
  let builds: number;

  /** A route whose answer is `size` bytes of one letter, cached per `key`, for brand `b1`. */
  async function start(maxBytes: number) {
    db = openSqlite(':memory:');
    await db.run("INSERT INTO brands (id, name, created) VALUES ('b1', 'One', 'now')");
    cache = createResponseCache(db, { maxBytes });
    builds = 0;
    app = Fastify();
    app.get<{ Querystring: { key: string; size: string } }>('/r', async (request, reply) => {
      await cache.serve(request, reply, 'b1', request.query.key, () => {
        builds++;
        return { payload: { text: 'x'.repeat(Number(request.query.size)) } };
      });
      return reply;
    });
    await app.ready();
  }
  const get = (key: string, size = 100) => app.inject({ url: `/r?key=${key}&size=${size}` });

  beforeEach(() => start(20_000));
  afterEach(async () => {
    await app.close();
    await db.close();
  });

  it('keeps what it serves within its byte budget, dropping the least recently used first', async () => {
    // About 2,100 bytes each (body, key, bookkeeping): nine fit in 20,000.
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) await get(key, 2_000);
    expect(cache.stats().entries).toBe(9);
    await get('a', 2_000); // a is now the most recently used
    await get('j', 2_000); // over budget: b, the least recently used, goes
    expect(cache.stats().entries).toBe(9);
    expect(cache.stats().bytes).toBeLessThanOrEqual(20_000);
    const before = builds;
    await get('a', 2_000);
    expect(builds).toBe(before);
    await get('b', 2_000);
    expect(builds).toBe(before + 1);
  });

  it('serves an answer over an eighth of the budget without keeping it', async () => {
    await get('big', 3_000);
    await get('big', 3_000);
    expect(builds).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it('rebuilds after a write to the brand, and never keeps an answer for a brand without a version', async () => {
    await get('a');
    await get('a');
    expect(builds).toBe(1);
    await db.run(
      "INSERT INTO template_settings (brand_id, template_name, recipients) VALUES ('b1', 'T', 'NO_USERS')",
    );
    await get('a');
    expect(builds).toBe(2);
    await db.run("DELETE FROM brands WHERE id = 'b1'"); // the version row goes with the brand
    await get('a');
    await get('a');
    expect(builds).toBe(4);
  });

  it('answers 304 only to an ETag it would send now (weak comparison, lists, *)', async () => {
    const first = await get('a');
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toBe('no-cache, private');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const conditional = (value: string) =>
      app.inject({ url: '/r?key=a&size=100', headers: { 'if-none-match': value } });
    expect((await conditional(etag)).statusCode).toBe(304);
    expect((await conditional(`W/${etag}`)).statusCode).toBe(304);
    expect((await conditional(`"other", ${etag}`)).statusCode).toBe(304);
    expect((await conditional('"other"')).statusCode).toBe(200);
    const notModified = await conditional(etag);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(etag);
    expect(matches('*', etag)).toBe(true);
    expect(matches(undefined, etag)).toBe(false);
    expect(matches(etag.slice(1, -1), etag)).toBe(false);
  });
});
