import { isUniqueViolation, type Db } from '../../db/database';
import { locks } from '../../db/locks';
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
  const get = async (id: string): Promise<StoredBrand | undefined> => {
    const row = await db.get<BrandRow>('SELECT * FROM brands WHERE id = ?', id);
    return row && toBrand(row);
  };
  return {
    get,
    async getDefault(): Promise<StoredBrand | undefined> {
      const row = await db.get<BrandRow>('SELECT * FROM brands WHERE is_default = 1');
      return row && toBrand(row);
    },
    /** One page in creation order (default brand first); `q` matches the name, without case. */
    async list(options: { after?: string; limit: number; q?: string }) {
      const rows = await db.all<BrandRow>(
        `SELECT * FROM brands
         WHERE (? = '' OR rowid > (SELECT rowid FROM brands WHERE id = ?))
           AND lower(name) LIKE lower(?) ESCAPE '\\'
         ORDER BY rowid LIMIT ?`,
        options.after ?? '',
        options.after ?? '',
        `%${(options.q ?? '').replace(/[\\%_]/g, (c) => '\\' + c)}%`,
        options.limit + 1,
      );
      const page = rows.slice(0, options.limit).map(toBrand);
      return { page, next: rows.length > options.limit ? page[page.length - 1].id : undefined };
    },
    /** Brand names are unique in an org, compared without case. */
    async create(input: {
      name: string;
      isDefault?: boolean;
      locale?: string;
    }): Promise<Outcome<StoredBrand, 'name-taken'>> {
      const id = newId.brand();
      try {
        return await db.transaction(
          async () => {
            if (await db.get('SELECT 1 FROM brands WHERE lower(name) = lower(?)', input.name))
              return refuse('name-taken');
            await db.run(
              'INSERT INTO brands (id, name, is_default, locale, created) VALUES (?, ?, ?, ?, ?)',
              id,
              input.name,
              input.isDefault ? 1 : 0,
              input.locale ?? 'en',
              new Date().toISOString(),
            );
            return ok((await get(id))!);
          },
          { lock: locks.brands },
        );
      } catch (error) {
        // The unique indexes stay behind the check (a second default brand lands here too).
        if (isUniqueViolation(error)) return refuse('name-taken');
        throw error;
      }
    },
  };
}
export type BrandRepository = ReturnType<typeof createBrandRepository>;
