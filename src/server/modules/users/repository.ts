import type { Db } from '../../db/database';
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
  return {
    get(id: string): StoredUser | undefined {
      const row = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
      return row && toUser(row);
    },
    insert(id: string, profile: UserProfile) {
      const now = new Date().toISOString();
      db.prepare(
        "INSERT INTO users (id, status, profile, created, activated, last_updated) VALUES (?, 'ACTIVE', ?, ?, ?, ?)",
      ).run(id, JSON.stringify(profile), now, now, now);
    },
    /** Okta's POST on a user is a partial update: only the profile fields sent change. */
    updateProfile(id: string, changes: Partial<UserProfile>): StoredUser | undefined {
      const current = this.get(id);
      if (!current) return undefined;
      const profile = { ...current.profile, ...changes };
      db.prepare('UPDATE users SET profile = ?, last_updated = ? WHERE id = ?').run(
        JSON.stringify(profile),
        new Date().toISOString(),
        id,
      );
      return this.get(id);
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
    get(): Omit<OrgSetting, '_links'> {
      const row = db.prepare<[], OrgRow>('SELECT * FROM org LIMIT 1').get();
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
    insert(id: string, settings: Omit<OrgSetting, 'id' | 'created' | 'lastUpdated' | '_links'>) {
      const now = new Date().toISOString();
      db.prepare('INSERT INTO org (id, settings, created, last_updated) VALUES (?, ?, ?, ?)').run(
        id,
        JSON.stringify(settings),
        now,
        now,
      );
    },
  };
}
export type OrgRepository = ReturnType<typeof createOrgRepository>;
