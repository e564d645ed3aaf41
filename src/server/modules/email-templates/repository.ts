import type { Db } from '../../db/database';
import { locks } from '../../db/locks';
import { newId } from '../../lib/ids';
import { ok, refuse, type Outcome } from '../../lib/outcome';
import type { HistoryRepository } from '../customization-history/repository';
import type { RecipientsValue } from '../../../shared/templates/catalog';

export interface CustomizationRecord {
  id: string;
  brandId: string;
  templateName: string;
  language: string;
  subject: string;
  body: string;
  isDefault: boolean;
  created: string;
  lastUpdated: string;
}

interface CustomizationRow {
  id: string;
  brand_id: string;
  template_name: string;
  language: string;
  subject: string;
  body: string;
  is_default: number;
  created: string;
  last_updated: string;
}

const toRecord = (row: CustomizationRow): CustomizationRecord => ({
  id: row.id,
  brandId: row.brand_id,
  templateName: row.template_name,
  language: row.language,
  subject: row.subject,
  body: row.body,
  isDefault: row.is_default === 1,
  created: row.created,
  lastUpdated: row.last_updated,
});

/** Strictly increasing timestamps, so `lastUpdated` always moves on a replace, even within one millisecond. */
let lastStamp = 0;
function now(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

/** now(), or `previous` (an ISO time) + 1 ms when that is later: another process's clock may run ahead of ours. */
function laterThan(previous: string): string {
  const stamp = now();
  const floor = Date.parse(previous) + 1;
  return floor > lastStamp ? new Date(floor).toISOString() : stamp;
}

/** The lock key of one template's customizations: their checks and writes run one at a time, on every replica. */
const BY_ID = 'SELECT * FROM customizations WHERE id = ? AND brand_id = ? AND template_name = ?';
// One customization per language whatever its case (`fr-CA`, `fr-ca`); backed by a unique index on both stores.
const BY_LANGUAGE =
  'SELECT * FROM customizations WHERE brand_id = ? AND template_name = ? AND lower(language) = lower(?)';

/**
 * Customizations and settings of email templates, per brand. Okta's rules (docs/okta/API-REFERENCE.md §4.6) are kept
 * inside transactions locked per template: exactly one default per customized template, at most one per language.
 * Every save and delete is recorded in `history` inside the same transaction, by `author` (who saved: a token's or
 * a user's name).
 */
export function createEmailTemplateRepository(db: Db, history: HistoryRepository) {
  const byId = async (id: string, brandId: string, templateName: string) =>
    db.get<CustomizationRow>(BY_ID, id, brandId, templateName);

  return {
    async all(brandId: string, templateName: string): Promise<CustomizationRecord[]> {
      const rows = await db.all<CustomizationRow>(
        'SELECT * FROM customizations WHERE brand_id = ? AND template_name = ? ORDER BY rowid',
        brandId,
        templateName,
      );
      return rows.map(toRecord);
    },

    /** One page in creation order; the cursor is the last customization id seen. */
    async page(brandId: string, templateName: string, options: { after?: string; limit: number }) {
      const rows = (
        await db.all<CustomizationRow>(
          `SELECT * FROM customizations WHERE brand_id = ? AND template_name = ?
             AND (? = '' OR rowid > coalesce((SELECT rowid FROM customizations WHERE id = ?), 1e18))
           ORDER BY rowid LIMIT ?`,
          brandId,
          templateName,
          options.after ?? '',
          options.after ?? '',
          options.limit + 1,
        )
      ).map(toRecord);
      const page = rows.slice(0, options.limit);
      return { page, next: rows.length > options.limit ? page[page.length - 1].id : undefined };
    },

    async get(brandId: string, templateName: string, id: string): Promise<CustomizationRecord | undefined> {
      const row = await byId(id, brandId, templateName);
      return row && toRecord(row);
    },

    /** Customization counts per template for one brand (the `customizationCount` expansion). */
    async counts(brandId: string): Promise<Map<string, number>> {
      const rows = await db.all<{ template_name: string; n: number }>(
        'SELECT template_name, count(*) AS n FROM customizations WHERE brand_id = ? GROUP BY template_name',
        brandId,
      );
      return new Map(rows.map((r) => [r.template_name, r.n]));
    },

    /**
     * The first customization of a template becomes its default. Later ones are not the default; asking for
     * `isDefault: true` while a default exists is refused (create never steals the default).
     */
    async create(
      brandId: string,
      templateName: string,
      input: { language: string; subject: string; body: string; isDefault?: boolean },
      author: string | null,
    ): Promise<Outcome<CustomizationRecord, 'language-taken' | 'default-exists'>> {
      return db.transaction(
        async () => {
          if (await db.get(BY_LANGUAGE, brandId, templateName, input.language))
            return refuse('language-taken');
          const { n } = (await db.get<{ n: number }>(
            'SELECT count(*) AS n FROM customizations WHERE brand_id = ? AND template_name = ?',
            brandId,
            templateName,
          ))!;
          const first = n === 0;
          if (!first && input.isDefault === true) return refuse('default-exists');
          const id = newId.customization();
          const stamp = now();
          await db.run(
            `INSERT INTO customizations (id, brand_id, template_name, language, subject, body, is_default, created, last_updated)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            id,
            brandId,
            templateName,
            input.language,
            input.subject,
            input.body,
            first ? 1 : 0,
            stamp,
            stamp,
          );
          const created = toRecord((await byId(id, brandId, templateName))!);
          await history.record(created, author, stamp);
          return ok(created);
        },
        { lock: locks.customizations(brandId, templateName) },
      );
    },

    /**
     * Full replace keeping id and `created`. `isDefault: true` moves the default here; `false` on the
     * current default is refused (a template keeps a default); omitted leaves the flag as it was.
     */
    async replace(
      brandId: string,
      templateName: string,
      id: string,
      input: { language: string; subject: string; body: string; isDefault?: boolean },
      author: string | null,
    ): Promise<Outcome<CustomizationRecord, 'not-found' | 'language-taken' | 'default-required'>> {
      return db.transaction(
        async () => {
          const current = await byId(id, brandId, templateName);
          if (!current) return refuse('not-found');
          const clash = await db.get<CustomizationRow>(BY_LANGUAGE, brandId, templateName, input.language);
          if (clash && clash.id !== id) return refuse('language-taken');
          const wasDefault = current.is_default === 1;
          if (wasDefault && input.isDefault === false) return refuse('default-required');
          const makeDefault = input.isDefault === true && !wasDefault;
          if (makeDefault) {
            await db.run(
              'UPDATE customizations SET is_default = 0 WHERE brand_id = ? AND template_name = ? AND is_default = 1',
              brandId,
              templateName,
            );
          }
          const stamp = laterThan(current.last_updated);
          await db.run(
            `UPDATE customizations SET language = ?, subject = ?, body = ?, is_default = ?, last_updated = ?
             WHERE id = ?`,
            input.language,
            input.subject,
            input.body,
            wasDefault || makeDefault ? 1 : 0,
            stamp,
            id,
          );
          const replaced = toRecord((await byId(id, brandId, templateName))!);
          await history.record(replaced, author, stamp);
          return ok(replaced);
        },
        { lock: locks.customizations(brandId, templateName) },
      );
    },

    /** The default can't be deleted, even when it is the last one; use deleteAll for that. */
    async delete(
      brandId: string,
      templateName: string,
      id: string,
      author: string | null,
    ): Promise<Outcome<true, 'not-found' | 'is-default'>> {
      return db.transaction(
        async () => {
          const current = await byId(id, brandId, templateName);
          if (!current) return refuse('not-found');
          if (current.is_default === 1) return refuse('is-default');
          await db.run('DELETE FROM customizations WHERE id = ?', id);
          await history.recordDeletion({ id, brandId, templateName }, author);
          return ok(true);
        },
        { lock: locks.customizations(brandId, templateName) },
      );
    },

    async deleteAll(brandId: string, templateName: string, author: string | null): Promise<number> {
      return db.transaction(
        async () => {
          const ids = (
            await db.all<{ id: string }>(
              'SELECT id FROM customizations WHERE brand_id = ? AND template_name = ?',
              brandId,
              templateName,
            )
          ).map((r) => r.id);
          const at = new Date().toISOString();
          for (const id of ids) await history.recordDeletion({ id, brandId, templateName }, author, at);
          return db.run(
            'DELETE FROM customizations WHERE brand_id = ? AND template_name = ?',
            brandId,
            templateName,
          );
        },
        { lock: locks.customizations(brandId, templateName) },
      );
    },

    async defaultCustomization(
      brandId: string,
      templateName: string,
    ): Promise<CustomizationRecord | undefined> {
      const row = await db.get<CustomizationRow>(
        'SELECT * FROM customizations WHERE brand_id = ? AND template_name = ? AND is_default = 1',
        brandId,
        templateName,
      );
      return row && toRecord(row);
    },

    async recipients(brandId: string, templateName: string): Promise<RecipientsValue> {
      const row = await db.get<{ recipients: RecipientsValue }>(
        'SELECT recipients FROM template_settings WHERE brand_id = ? AND template_name = ?',
        brandId,
        templateName,
      );
      return row?.recipients ?? 'ALL_USERS';
    },

    async allRecipients(brandId: string): Promise<Map<string, RecipientsValue>> {
      const rows = await db.all<{ template_name: string; recipients: RecipientsValue }>(
        'SELECT template_name, recipients FROM template_settings WHERE brand_id = ?',
        brandId,
      );
      return new Map(rows.map((r) => [r.template_name, r.recipients]));
    },

    async setRecipients(brandId: string, templateName: string, recipients: RecipientsValue): Promise<void> {
      await db.run(
        `INSERT INTO template_settings (brand_id, template_name, recipients) VALUES (?, ?, ?)
         ON CONFLICT (brand_id, template_name) DO UPDATE SET recipients = excluded.recipients`,
        brandId,
        templateName,
        recipients,
      );
    },
  };
}
export type EmailTemplateRepository = ReturnType<typeof createEmailTemplateRepository>;
