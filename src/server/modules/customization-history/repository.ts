import type { Db } from '../../db/database';
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
 * The versions of every customization (migration 5): one per save, newest `limit` kept per customization. `record`
 * and `recordDeletion` run no transaction of their own, so a caller inside one (the email-templates repository)
 * writes the version with the save, and a failed save leaves no version behind.
 */
export function createHistoryRepository(db: Db, limit: number) {
  const nextVersion = db.prepare<[string], { n: number }>(
    'SELECT coalesce(max(version), 0) + 1 AS n FROM customization_versions WHERE customization_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO customization_versions
       (customization_id, version, brand_id, template_name, language, subject, body, is_default, author, created)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const prune = db.prepare('DELETE FROM customization_versions WHERE customization_id = ? AND version <= ?');
  const list = db.prepare<[string, string, string], VersionRow>(
    `SELECT customization_id, version, language, subject, is_default, author, created FROM customization_versions
     WHERE brand_id = ? AND template_name = ? AND customization_id = ? ORDER BY version DESC`,
  );
  const one = db.prepare<[string, string, string, number], VersionRow>(
    `SELECT * FROM customization_versions
     WHERE brand_id = ? AND template_name = ? AND customization_id = ? AND version = ?`,
  );
  const markDeleted = db.prepare(
    `INSERT INTO customization_deletions (customization_id, brand_id, template_name, deleted, author)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (customization_id) DO NOTHING`,
  );
  const deletions = db.prepare<[string, string], VersionRow & { deleted: string; deleted_by: string | null }>(
    `SELECT v.customization_id, v.version, v.language, v.subject, v.is_default, v.author, v.created,
            d.deleted, d.author AS deleted_by
     FROM customization_deletions d
     JOIN customization_versions v ON v.customization_id = d.customization_id
       AND v.version = (SELECT max(version) FROM customization_versions WHERE customization_id = d.customization_id)
     WHERE d.brand_id = ? AND d.template_name = ? ORDER BY d.deleted DESC`,
  );
  const liveIds = db.prepare<[string, string], string>(
    `SELECT DISTINCT customization_id FROM customization_versions v WHERE brand_id = ? AND template_name = ?
       AND NOT EXISTS (SELECT 1 FROM customization_deletions d WHERE d.customization_id = v.customization_id)`,
  );
  const deletedOne = db.prepare<[string], { deleted: string }>(
    'SELECT deleted FROM customization_deletions WHERE customization_id = ?',
  );

  return {
    /** Keeps `saved` as the customization's next version and drops the ones beyond the limit. */
    record(saved: SavedCustomization, author: string | null, at = new Date().toISOString()): number {
      const version = nextVersion.get(saved.id)!.n;
      insert.run(
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
      prune.run(saved.id, version - limit);
      return version;
    },

    /** The customization is gone; its versions stay, and it is listed among the template's deleted ones. */
    recordDeletion(
      target: { id: string; brandId: string; templateName: string },
      author: string | null,
      at = new Date().toISOString(),
    ): void {
      markDeleted.run(target.id, target.brandId, target.templateName, at, author);
    },

    /** Newest first, without bodies. */
    list(brandId: string, templateName: string, customizationId: string): CustomizationVersionSummary[] {
      return list.all(brandId, templateName, customizationId).map(toSummary);
    },

    get(
      brandId: string,
      templateName: string,
      customizationId: string,
      version: number,
    ): CustomizationVersion | undefined {
      const row = one.get(brandId, templateName, customizationId, version);
      return row && { ...toSummary(row), body: row.body ?? '' };
    },

    /** The template's customizations that have versions and no recorded deletion. */
    customizationIds(brandId: string, templateName: string): string[] {
      return liveIds.pluck().all(brandId, templateName);
    },

    isDeleted(customizationId: string): boolean {
      return deletedOne.get(customizationId) !== undefined;
    },

    /** A template's deleted customizations that still have versions, most recently deleted first. */
    deleted(brandId: string, templateName: string): DeletedCustomization[] {
      return deletions.all(brandId, templateName).map((row) => ({
        customizationId: row.customization_id,
        deleted: row.deleted,
        deletedBy: row.deleted_by,
        latest: toSummary(row),
      }));
    },
  };
}
export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
