import type { Db } from '../../db/database';
import { locks } from '../../db/locks';
import type { CustomizationRecord } from '../email-templates/repository';
import type {
  CustomizationVersion,
  CustomizationVersionSummary,
  DeletedCustomization,
} from '../../../shared/mailroom/customization-history';

/** What one save wrote: the customization's state after it. */
export type SavedCustomization = Omit<CustomizationRecord, 'created' | 'lastUpdated'>;

interface VersionRow {
  customization_id: string;
  version: number;
  language: string;
  subject: string;
  body?: string;
  is_default: number;
  author: string | null;
  created: string;
}

const toSummary = (row: VersionRow): CustomizationVersionSummary => ({
  customizationId: row.customization_id,
  version: row.version,
  language: row.language,
  subject: row.subject,
  isDefault: row.is_default === 1,
  author: row.author,
  created: row.created,
});

/**
 * The versions of every customization (migration 5): one per save, newest `limit` kept per customization. Called
 * inside the email-templates repository's transaction, `record` and `recordDeletion` join it through `db` (async
 * context), so the version is written with the save and a failed save leaves no version behind.
 */
export function createHistoryRepository(db: Db, limit: number) {
  return {
    /**
     * Keeps `saved` as the customization's next version and drops the ones beyond the limit. Inside a save it joins
     * the save's transaction; on its own (real Okta mode's proxied saves) it is one, under the template's lock.
     */
    async record(
      saved: SavedCustomization,
      author: string | null,
      at = new Date().toISOString(),
    ): Promise<number> {
      return db.transaction(
        async () => {
          const { n: version } = (await db.get<{ n: number }>(
            'SELECT coalesce(max(version), 0) + 1 AS n FROM customization_versions WHERE customization_id = ?',
            saved.id,
          ))!;
          await db.run(
            `INSERT INTO customization_versions
               (customization_id, version, brand_id, template_name, language, subject, body, is_default, author, created)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            saved.id,
            version,
            saved.brandId,
            saved.templateName,
            saved.language,
            saved.subject,
            saved.body,
            saved.isDefault ? 1 : 0,
            author,
            at,
          );
          await db.run(
            'DELETE FROM customization_versions WHERE customization_id = ? AND version <= ?',
            saved.id,
            version - limit,
          );
          return version;
        },
        { lock: locks.customizations(saved.brandId, saved.templateName) },
      );
    },

    /** The customization is gone; its versions stay, and it is listed among the template's deleted ones. */
    async recordDeletion(
      target: { id: string; brandId: string; templateName: string },
      author: string | null,
      at = new Date().toISOString(),
    ): Promise<void> {
      await db.run(
        `INSERT INTO customization_deletions (customization_id, brand_id, template_name, deleted, author)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (customization_id) DO NOTHING`,
        target.id,
        target.brandId,
        target.templateName,
        at,
        author,
      );
    },

    /** Newest first, without bodies. */
    async list(
      brandId: string,
      templateName: string,
      customizationId: string,
    ): Promise<CustomizationVersionSummary[]> {
      const rows = await db.all<VersionRow>(
        `SELECT customization_id, version, language, subject, is_default, author, created FROM customization_versions
         WHERE brand_id = ? AND template_name = ? AND customization_id = ? ORDER BY version DESC`,
        brandId,
        templateName,
        customizationId,
      );
      return rows.map(toSummary);
    },

    async get(
      brandId: string,
      templateName: string,
      customizationId: string,
      version: number,
    ): Promise<CustomizationVersion | undefined> {
      const row = await db.get<VersionRow>(
        `SELECT * FROM customization_versions
         WHERE brand_id = ? AND template_name = ? AND customization_id = ? AND version = ?`,
        brandId,
        templateName,
        customizationId,
        version,
      );
      return row && { ...toSummary(row), body: row.body ?? '' };
    },

    /** The template's customizations that have versions and no recorded deletion. */
    async customizationIds(brandId: string, templateName: string): Promise<string[]> {
      const rows = await db.all<{ customization_id: string }>(
        `SELECT DISTINCT customization_id FROM customization_versions v WHERE brand_id = ? AND template_name = ?
           AND NOT EXISTS (SELECT 1 FROM customization_deletions d WHERE d.customization_id = v.customization_id)`,
        brandId,
        templateName,
      );
      return rows.map((r) => r.customization_id);
    },

    async isDeleted(customizationId: string): Promise<boolean> {
      const row = await db.get(
        'SELECT deleted FROM customization_deletions WHERE customization_id = ?',
        customizationId,
      );
      return row !== undefined;
    },

    /** A template's deleted customizations that still have versions, most recently deleted first. */
    async deleted(brandId: string, templateName: string): Promise<DeletedCustomization[]> {
      const rows = await db.all<VersionRow & { deleted: string; deleted_by: string | null }>(
        `SELECT v.customization_id, v.version, v.language, v.subject, v.is_default, v.author, v.created,
                d.deleted, d.author AS deleted_by
         FROM customization_deletions d
         JOIN customization_versions v ON v.customization_id = d.customization_id
           AND v.version = (SELECT max(version) FROM customization_versions WHERE customization_id = d.customization_id)
         WHERE d.brand_id = ? AND d.template_name = ? ORDER BY d.deleted DESC`,
        brandId,
        templateName,
      );
      return rows.map((row) => ({
        customizationId: row.customization_id,
        deleted: row.deleted,
        deletedBy: row.deleted_by,
        latest: toSummary(row),
      }));
    },
  };
}
export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
