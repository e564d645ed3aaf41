import type { Db } from '../../db/database';
import { newId } from '../../lib/ids';
import { ok, refuse, type Outcome } from '../../lib/outcome';

export interface StoredBrand {
  id: string;
  name: string;
  isDefault: boolean;
  locale: string;
  removePoweredByOkta: boolean;
  customPrivacyPolicyUrl: string | null;
  agreeToCustomPrivacyPolicy: boolean;
  created: string;
}

interface BrandRow {
  id: string;
  name: string;
  is_default: number;
  locale: string;
  remove_powered_by_okta: number;
  custom_privacy_policy_url: string | null;
  agree_to_custom_privacy_policy: number;
  created: string;
}

const toBrand = (row: BrandRow): StoredBrand => ({
  id: row.id,
  name: row.name,
  isDefault: row.is_default === 1,
  locale: row.locale,
  removePoweredByOkta: row.remove_powered_by_okta === 1,
  customPrivacyPolicyUrl: row.custom_privacy_policy_url,
  agreeToCustomPrivacyPolicy: row.agree_to_custom_privacy_policy === 1,
  created: row.created,
});

export function createBrandRepository(db: Db) {
  const byId = db.prepare<[string], BrandRow>('SELECT * FROM brands WHERE id = ?');
  return {
    get(id: string): StoredBrand | undefined {
      const row = byId.get(id);
      return row && toBrand(row);
    },
    getDefault(): StoredBrand | undefined {
      const row = db.prepare<[], BrandRow>('SELECT * FROM brands WHERE is_default = 1').get();
      return row && toBrand(row);
    },
    /** One page in creation order (default brand first); `q` matches the name. */
    list(options: { after?: string; limit: number; q?: string }) {
      const rows = db
        .prepare<[string, string, string, number], BrandRow>(
          `SELECT * FROM brands
           WHERE (? = '' OR rowid > (SELECT rowid FROM brands WHERE id = ?))
             AND name LIKE ? ESCAPE '\\'
           ORDER BY rowid LIMIT ?`,
        )
        .all(
          options.after ?? '',
          options.after ?? '',
          `%${(options.q ?? '').replace(/[\\%_]/g, (c) => '\\' + c)}%`,
          options.limit + 1,
        );
      const page = rows.slice(0, options.limit).map(toBrand);
      return { page, next: rows.length > options.limit ? page[page.length - 1].id : undefined };
    },
    /** Brand names are unique in an org. */
    create(input: {
      name: string;
      isDefault?: boolean;
      locale?: string;
    }): Outcome<StoredBrand, 'name-taken'> {
      const id = newId.brand();
      try {
        db.prepare('INSERT INTO brands (id, name, is_default, locale, created) VALUES (?, ?, ?, ?, ?)').run(
          id,
          input.name,
          input.isDefault ? 1 : 0,
          input.locale ?? 'en',
          new Date().toISOString(),
        );
      } catch (error) {
        if (String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT'))
          return refuse('name-taken');
        throw error;
      }
      return ok(this.get(id)!);
    },
  };
}
export type BrandRepository = ReturnType<typeof createBrandRepository>;
