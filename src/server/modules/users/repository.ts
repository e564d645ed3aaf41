import type { Db } from '../../db/database';
import { locks } from '../../db/locks';
import type { OrgSetting, User, UserProfile } from '../../../shared/okta/user';

interface UserRow {
  id: string;
  status: string;
  profile: string;
  created: string;
  activated: string | null;
  last_updated: string;
}

export type StoredUser = Omit<User, '_links'>;

const toUser = (row: UserRow): StoredUser => ({
  id: row.id,
  status: row.status,
  created: row.created,
  activated: row.activated,
  statusChanged: row.activated,
  lastLogin: null,
  lastUpdated: row.last_updated,
  passwordChanged: null,
  type: { id: 'oty' + row.id.slice(3) },
  profile: JSON.parse(row.profile),
});

export function createUserRepository(db: Db) {
  const get = async (id: string): Promise<StoredUser | undefined> => {
    const row = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', id);
    return row && toUser(row);
  };
  return {
    get,
    async insert(id: string, profile: UserProfile): Promise<void> {
      const now = new Date().toISOString();
      await db.run(
        "INSERT INTO users (id, status, profile, created, activated, last_updated) VALUES (?, 'ACTIVE', ?, ?, ?, ?)",
        id,
        JSON.stringify(profile),
        now,
        now,
        now,
      );
    },
    /**
     * Okta's POST on a user is a partial update: only the profile fields sent change. Read and write are one
     * transaction, so two updates at once both land (neither writes back a profile read before the other).
     */
    async updateProfile(id: string, changes: Partial<UserProfile>): Promise<StoredUser | undefined> {
      return db.transaction(
        async () => {
          const current = await get(id);
          if (!current) return undefined;
          const profile = { ...current.profile, ...changes };
          await db.run(
            'UPDATE users SET profile = ?, last_updated = ? WHERE id = ?',
            JSON.stringify(profile),
            new Date().toISOString(),
            id,
          );
          return get(id);
        },
        { lock: locks.user(id) },
      );
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;

interface OrgRow {
  id: string;
  settings: string;
  created: string;
  last_updated: string;
}

export function createOrgRepository(db: Db) {
  return {
    async get(): Promise<Omit<OrgSetting, '_links'>> {
      const row = await db.get<OrgRow>('SELECT * FROM org LIMIT 1');
      if (!row) throw new Error('The org is missing: bootstrap did not run');
      // Okta omits properties whose value is null (and its schema types them as plain strings).
      const settings = Object.fromEntries(
        Object.entries(JSON.parse(row.settings)).filter(([, v]) => v !== null),
      );
      return { id: row.id, ...settings, created: row.created, lastUpdated: row.last_updated } as Omit<
        OrgSetting,
        '_links'
      >;
    },
    async insert(
      id: string,
      settings: Omit<OrgSetting, 'id' | 'created' | 'lastUpdated' | '_links'>,
    ): Promise<void> {
      const now = new Date().toISOString();
      await db.run(
        'INSERT INTO org (id, settings, created, last_updated) VALUES (?, ?, ?, ?)',
        id,
        JSON.stringify(settings),
        now,
        now,
      );
    },
  };
}
export type OrgRepository = ReturnType<typeof createOrgRepository>;
