import fs from 'node:fs';
import path from 'node:path';
import { inTransaction, type Db } from './db/database';
import { newApiToken, newId } from './lib/ids';
import type { BrandRepository } from './modules/brands/repository';
import type { TokenRepository } from './modules/tokens/repository';
import type { OrgRepository, UserRepository } from './modules/users/repository';
import { SCOPES } from '../shared/scopes';
import { valueOf } from './lib/outcome';

export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * First start only: the org, its default brand, the bootstrap admin and the admin's API token (all scopes).
 * Returns the new token so `main.ts` can print it once; later starts return undefined.
 */
export function bootstrap(deps: {
  db: Db;
  dataDir: string;
  adminToken: string | undefined;
  org: OrgRepository;
  users: UserRepository;
  brands: BrandRepository;
  tokens: TokenRepository;
}): { adminToken: string } | undefined {
  const exists = deps.db.prepare('SELECT 1 FROM org').get();
  if (exists) return undefined;
  const token = deps.adminToken ?? newApiToken();
  inTransaction(deps.db, () => {
    deps.org.insert(newId.org(), {
      companyName: 'Mailroom',
      subdomain: 'mailroom',
      status: 'ACTIVE',
      website: 'https://mailroom.localhost',
    });
    const userId = newId.user();
    deps.users.insert(userId, {
      firstName: 'Ada',
      lastName: 'Admin',
      email: 'admin@mailroom.localhost',
      login: 'admin@mailroom.localhost',
      secondEmail: null,
      mobilePhone: null,
      locale: 'en',
    });
    valueOf(deps.brands.create({ name: 'Mailroom Default', isDefault: true }));
    deps.tokens.create({ name: 'Bootstrap admin', scopes: SCOPES, userId, token });
  });
  const file = path.join(deps.dataDir, ADMIN_TOKEN_FILE);
  fs.writeFileSync(file, token + '\n', { mode: 0o600 });
  return { adminToken: token };
}

/** The bootstrap admin's user id: the owner of the first token created. */
export function bootstrapAdminId(db: Db): string {
  const row = db
    .prepare<[], { user_id: string }>('SELECT user_id FROM api_tokens ORDER BY rowid LIMIT 1')
    .get();
  if (!row) throw new Error('No bootstrap admin: start the server once first');
  return row.user_id;
}
