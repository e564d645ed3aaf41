import fs from 'node:fs';
import { locks } from './db/locks';
import path from 'node:path';
import type { Db } from './db/database';
import { newApiToken, newId } from './lib/ids';
import type { BrandRepository } from './modules/brands/repository';
import type { TokenRepository } from './modules/tokens/repository';
import type { OrgRepository, UserRepository } from './modules/users/repository';
import { SCOPES } from '../shared/scopes';
import { valueOf } from './lib/outcome';

export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * First start only: the org, its default brand, the bootstrap admin and the admin's API token (all scopes).
 * Returns the new token so `main.ts` can print it once; later starts return undefined. The check and the writes
 * are one transaction under the `bootstrap` lock, so replicas starting together on one PostgreSQL bootstrap once.
 */
export async function bootstrap(deps: {
  db: Db;
  dataDir: string;
  adminToken: string | undefined;
  org: OrgRepository;
  users: UserRepository;
  brands: BrandRepository;
  tokens: TokenRepository;
}): Promise<{ adminToken: string } | undefined> {
  const token = deps.adminToken ?? newApiToken();
  const created = await deps.db.transaction(
    async () => {
      if (await deps.db.get('SELECT 1 FROM org')) return false;
      await deps.org.insert(newId.org(), {
        companyName: 'Mailroom',
        subdomain: 'mailroom',
        status: 'ACTIVE',
        website: 'https://mailroom.localhost',
      });
      const userId = newId.user();
      await deps.users.insert(userId, {
        firstName: 'Ada',
        lastName: 'Admin',
        email: 'admin@mailroom.localhost',
        login: 'admin@mailroom.localhost',
        secondEmail: null,
        mobilePhone: null,
        locale: 'en',
      });
      valueOf(await deps.brands.create({ name: 'Mailroom Default', isDefault: true }));
      await deps.tokens.create({ name: 'Bootstrap admin', scopes: SCOPES, userId, token });
      return true;
    },
    { lock: locks.bootstrap },
  );
  if (!created) return undefined;
  const file = path.join(deps.dataDir, ADMIN_TOKEN_FILE);
  fs.writeFileSync(file, token + '\n', { mode: 0o600 });
  return { adminToken: token };
}

/** The bootstrap admin's user id: the owner of the first token created. */
export async function bootstrapAdminId(db: Db): Promise<string> {
  const row = await db.get<{ user_id: string }>('SELECT user_id FROM api_tokens ORDER BY rowid LIMIT 1');
  if (!row) throw new Error('No bootstrap admin: start the server once first');
  return row.user_id;
}
