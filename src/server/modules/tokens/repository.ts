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
  // Writing last_used on every request would serialise reads behind the write lock; once a minute is enough.
  const lastTouched = new Map<string, number>();

  return {
    async create(input: { name: string; scopes: readonly Scope[]; userId: string; token?: string }) {
      const token = input.token ?? newApiToken();
      const id = newId.token();
      await db.run(
        'INSERT INTO api_tokens (id, name, token_hash, scopes, user_id, created) VALUES (?, ?, ?, ?, ?, ?)',
        id,
        input.name,
        hashToken(token),
        JSON.stringify(input.scopes),
        input.userId,
        new Date().toISOString(),
      );
      return { id, token };
    },

    async verify(token: string): Promise<Principal | undefined> {
      const row = await db.get<TokenRow>(
        'SELECT * FROM api_tokens WHERE token_hash = ? AND revoked IS NULL',
        hashToken(token),
      );
      if (!row) return undefined;
      const now = Date.now();
      if (now - (lastTouched.get(row.id) ?? 0) > 60_000) {
        lastTouched.set(row.id, now);
        await db.run('UPDATE api_tokens SET last_used = ? WHERE id = ?', new Date(now).toISOString(), row.id);
      }
      return { tokenId: row.id, userId: row.user_id, via: 'token', scopes: new Set(JSON.parse(row.scopes)) };
    },

    async get(id: string): Promise<ApiTokenInfo | undefined> {
      const row = await db.get<TokenRow>('SELECT * FROM api_tokens WHERE id = ?', id);
      return row && toInfo(row);
    },

    async list(): Promise<ApiTokenInfo[]> {
      return (await db.all<TokenRow>('SELECT * FROM api_tokens ORDER BY created')).map(toInfo);
    },

    async revoke(id: string): Promise<boolean> {
      const changes = await db.run(
        'UPDATE api_tokens SET revoked = ? WHERE id = ? AND revoked IS NULL',
        new Date().toISOString(),
        id,
      );
      await db.run('DELETE FROM sessions WHERE token_id = ?', id);
      return changes > 0;
    },
  };
}
export type TokenRepository = ReturnType<typeof createTokenRepository>;
