import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database';

/** What the cache keeps of one answer: the exact bytes and the headers that vary with it. */
interface Entry {
  /** The brand's version the answer was built at; any other version makes it a miss. */
  version: number;
  body: Buffer;
  link: string | undefined;
  etag: string;
  /** What the entry counts against the byte budget (body, key and headers). */
  size: number;
}

/** The cache's byte budget: a few hundred template lists, or thousands of small answers. */
export const RESPONSE_CACHE_BYTES = 16 * 1024 * 1024;

/** Answers over this share of the budget are served but not kept: one giant page must not flush the rest. */
const MAX_ENTRY_SHARE = 8;

/** `Cache-Control` of a cached answer: browsers may keep it but must revalidate it (with its ETag) every time. */
export const REVALIDATE = 'no-cache, private';

export interface Built {
  /** The resource, serialised with the route's response schema exactly as Fastify would. */
  payload: unknown;
  link?: string;
}

/**
 * Serialised GET answers of brand-scoped resources, per key (route, brand, normalised query, base URL), valid
 * while the brand's version in `brand_versions` is the one they were built at. The version is bumped by triggers
 * (SQLite's from migration 3, PostgreSQL's in its schema) in the same transaction as every write to the brand, its
 * customizations or its template settings, and read from the database on each request, so a write by any
 * connection (another replica, or another process on the same DATA_DIR, such as `npm run mailroom -- import`) is
 * seen by the next read. Memory only: a restart starts empty. An LRU (a Map, delete + set on a hit) within a byte
 * budget.
 */
export function createResponseCache(db: Db, options: { maxBytes?: number } = {}) {
  const maxBytes = options.maxBytes ?? RESPONSE_CACHE_BYTES;
  const versionOf = async (brandId: string) =>
    (await db.get<{ version: number }>('SELECT version FROM brand_versions WHERE brand_id = ?', brandId))
      ?.version;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const counts = { hits: 0, misses: 0, notModified: 0 };

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  };

  const store = (key: string, entry: Entry) => {
    remove(key);
    if (entry.size > maxBytes / MAX_ENTRY_SHARE) return;
    entries.set(key, entry);
    bytes += entry.size;
    while (bytes > maxBytes) remove(entries.keys().next().value!);
  };

  return {
    /**
     * Answers a GET from the cache, or builds, serialises and keeps the answer. Runs in the route handler, so
     * authentication, scopes and rate limits (onRequest hooks) and query validation have already passed.
     * `build` throws for answers that are not 200 (those are never kept). Answers 304 when If-None-Match names
     * the current ETag. It sends the answer itself: the cached routes' handlers await it and return the reply.
     */
    async serve(
      request: FastifyRequest,
      reply: FastifyReply,
      brandId: string,
      key: string,
      build: () => Built | Promise<Built>,
    ): Promise<void> {
      // Read before the data the answer is built from: a write landing in between makes the entry newer than its
      // version (the next read misses, harmless), never older (a stale answer served as current).
      const version = await versionOf(brandId);
      let entry = entries.get(key);
      if (entry !== undefined && entry.version === version) {
        counts.hits++;
        // Most recently used goes to the end.
        entries.delete(key);
        entries.set(key, entry);
      } else {
        counts.misses++;
        const built = await build();
        const body = Buffer.from(reply.serialize(built.payload) as string);
        entry = {
          version: version ?? -1,
          body,
          link: built.link,
          etag: etagOf(body, built.link),
          size: body.length + key.length * 2 + (built.link?.length ?? 0) * 2 + 100,
        };
        // No version row: a brand that appeared after the read (or one without a row); serve it, keep nothing.
        if (version === undefined) remove(key);
        else store(key, entry);
      }
      reply.header('ETag', entry.etag);
      reply.header('Cache-Control', REVALIDATE);
      if (entry.link !== undefined) reply.header('Link', entry.link);
      if (matches(request.headers['if-none-match'], entry.etag)) {
        counts.notModified++;
        reply.code(304).send();
        return;
      }
      reply.header('Content-Type', 'application/json; charset=utf-8').send(entry.body);
    },

    /** Hits, misses, 304s, entries and bytes held (tests and diagnostics). */
    stats: () => ({ ...counts, entries: entries.size, bytes }),
  };
}
export type ResponseCache = ReturnType<typeof createResponseCache>;

/** A strong ETag from the bytes a client would get: the body and the `Link` header. */
function etagOf(body: Buffer, link: string | undefined): string {
  const hash = createHash('sha256');
  hash.update(link ?? '');
  hash.update('\n');
  hash.update(body);
  return `"${hash.digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match's weak comparison (RFC 9110 §13.1.2): `*`, or any listed tag with or without `W/`. */
export function matches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text.trim() === '*') return true;
  return text.split(',').some((tag) => {
    const trimmed = tag.trim();
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === etag;
  });
}
