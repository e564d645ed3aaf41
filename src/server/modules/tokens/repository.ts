import { createHash } from 'node:crypto';
import type { Db } from '../../db/database';
import { newApiToken, newId } from '../../lib/ids';
import type { Scope } from '../../../shared/scopes';

export interface ApiTokenInfo {
  id: string;
  name: string;
  scopes: Scope[];
  userId: string;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

export interface Principal {
  tokenId: string;
  userId: string;
  /** An API token sent with the request, or a console session made from one. */
  via: 'token' | 'session';
  scopes: ReadonlySet<string>;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface TokenRow {
  id: string;
  name: string;
  scopes: string;
  user_id: string;
  created: string;
  last_used: string | null;
  revoked: string | null;
}

const toInfo = (row: TokenRow): ApiTokenInfo => ({
  id: row.id,
  name: row.name,
  scopes: JSON.parse(row.scopes),
  userId: row.user_id,
  created: row.created,
  lastUsed: row.last_used,
  revoked: row.revoked,
});

/** API tokens, stored as sha256 hashes: a leaked database holds no usable token. */
export function createTokenRepository(db: Db) {
  const byHash = db.prepare<[string], TokenRow>(
    'SELECT * FROM api_tokens WHERE token_hash = ? AND revoked IS NULL',
  );
  const touch = db.prepare('UPDATE api_tokens SET last_used = ? WHERE id = ?');
  // Writing last_used on every request would serialise reads behind the write lock; once a minute is enough.
  const lastTouched = new Map<string, number>();

  return {
    create(input: { name: string; scopes: readonly Scope[]; userId: string; token?: string }) {
      const token = input.token ?? newApiToken();
      const id = newId.token();
      db.prepare(
        'INSERT INTO api_tokens (id, name, token_hash, scopes, user_id, created) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        input.name,
        hashToken(token),
        JSON.stringify(input.scopes),
        input.userId,
        new Date().toISOString(),
      );
      return { id, token };
    },

    verify(token: string): Principal | undefined {
      const row = byHash.get(hashToken(token));
      if (!row) return undefined;
      const now = Date.now();
      if (now - (lastTouched.get(row.id) ?? 0) > 60_000) {
        lastTouched.set(row.id, now);
        touch.run(new Date(now).toISOString(), row.id);
      }
      return { tokenId: row.id, userId: row.user_id, via: 'token', scopes: new Set(JSON.parse(row.scopes)) };
    },

    get(id: string): ApiTokenInfo | undefined {
      const row = db.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE id = ?').get(id);
      return row && toInfo(row);
    },

    list(): ApiTokenInfo[] {
      return db.prepare<[], TokenRow>('SELECT * FROM api_tokens ORDER BY created').all().map(toInfo);
    },

    revoke(id: string): boolean {
      const result = db
        .prepare('UPDATE api_tokens SET revoked = ? WHERE id = ? AND revoked IS NULL')
        .run(new Date().toISOString(), id);
      db.prepare('DELETE FROM sessions WHERE token_id = ?').run(id);
      return result.changes > 0;
    },
  };
}
export type TokenRepository = ReturnType<typeof createTokenRepository>;
