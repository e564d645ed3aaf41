import { inTransaction, type Db } from '../../db/database';
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

/**
 * Customizations and settings of email templates, per brand. Okta's rules (docs/okta/API-REFERENCE.md §4.6) are kept
 * inside IMMEDIATE transactions: exactly one default per customized template, at most one per language. Every save
 * and delete is recorded in `history` inside the same transaction, by `author` (who saved: a token's or a user's
 * name).
 */
export function createEmailTemplateRepository(db: Db, history: HistoryRepository) {
  const byId = db.prepare<[string, string, string], CustomizationRow>(
    'SELECT * FROM customizations WHERE id = ? AND brand_id = ? AND template_name = ?',
  );
  const byLanguage = db.prepare<[string, string, string], CustomizationRow>(
    // One customization per language whatever its case (`fr-CA`, `fr-ca`); backed by an index (migration 4).
    'SELECT * FROM customizations WHERE brand_id = ? AND template_name = ? AND language = ? COLLATE NOCASE',
  );
  const countFor = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM customizations WHERE brand_id = ? AND template_name = ?',
  );
  const defaultFor = db.prepare<[string, string], CustomizationRow>(
    'SELECT * FROM customizations WHERE brand_id = ? AND template_name = ? AND is_default = 1',
  );
  // Prepared once: preparing on every call was a visible share of the list and write routes (npm run bench).
  const countsFor = db.prepare<[string], { template_name: string; n: number }>(
    'SELECT template_name, count(*) AS n FROM customizations WHERE brand_id = ? GROUP BY template_name',
  );
  const recipientsFor = db.prepare<[string], { template_name: string; recipients: RecipientsValue }>(
    'SELECT template_name, recipients FROM template_settings WHERE brand_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO customizations (id, brand_id, template_name, language, subject, body, is_default, created, last_updated)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE customizations SET language = ?, subject = ?, body = ?, is_default = ?, last_updated = ?
     WHERE id = ?`,
  );
  const remove = db.prepare('DELETE FROM customizations WHERE id = ?');

  return {
    all(brandId: string, templateName: string): CustomizationRecord[] {
      return db
        .prepare<[string, string], CustomizationRow>(
          'SELECT * FROM customizations WHERE brand_id = ? AND template_name = ? ORDER BY rowid',
        )
        .all(brandId, templateName)
        .map(toRecord);
    },

    /** One page in creation order; the cursor is the last customization id seen. */
    page(brandId: string, templateName: string, options: { after?: string; limit: number }) {
      const rows = db
        .prepare<[string, string, string, string, number], CustomizationRow>(
          `SELECT * FROM customizations WHERE brand_id = ? AND template_name = ?
             AND (? = '' OR rowid > coalesce((SELECT rowid FROM customizations WHERE id = ?), 1e18))
           ORDER BY rowid LIMIT ?`,
        )
        .all(brandId, templateName, options.after ?? '', options.after ?? '', options.limit + 1)
        .map(toRecord);
      const page = rows.slice(0, options.limit);
      return { page, next: rows.length > options.limit ? page[page.length - 1].id : undefined };
    },

    get(brandId: string, templateName: string, id: string): CustomizationRecord | undefined {
      const row = byId.get(id, brandId, templateName);
      return row && toRecord(row);
    },

    /** Customization counts per template for one brand (the `customizationCount` expansion). */
    counts(brandId: string): Map<string, number> {
      const rows = countsFor.all(brandId);
      return new Map(rows.map((r) => [r.template_name, r.n]));
    },

    /**
     * The first customization of a template becomes its default. Later ones are not the default; asking for
     * `isDefault: true` while a default exists is refused (create never steals the default).
     */
    create(
      brandId: string,
      templateName: string,
      input: { language: string; subject: string; body: string; isDefault?: boolean },
      author: string | null,
    ): Outcome<CustomizationRecord, 'language-taken' | 'default-exists'> {
      return inTransaction(db, () => {
        if (byLanguage.get(brandId, templateName, input.language)) return refuse('language-taken');
        const first = countFor.get(brandId, templateName)!.n === 0;
        if (!first && input.isDefault === true) return refuse('default-exists');
        const id = newId.customization();
        const stamp = now();
        insert.run(
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
        const created = toRecord(byId.get(id, brandId, templateName)!);
        history.record(created, author, stamp);
        return ok(created);
      });
    },

    /**
     * Full replace keeping id and `created`. `isDefault: true` moves the default here; `false` on the
     * current default is refused (a template keeps a default); omitted leaves the flag as it was.
     */
    replace(
      brandId: string,
      templateName: string,
      id: string,
      input: { language: string; subject: string; body: string; isDefault?: boolean },
      author: string | null,
    ): Outcome<CustomizationRecord, 'not-found' | 'language-taken' | 'default-required'> {
      return inTransaction(db, () => {
        const current = byId.get(id, brandId, templateName);
        if (!current) return refuse('not-found');
        const clash = byLanguage.get(brandId, templateName, input.language);
        if (clash && clash.id !== id) return refuse('language-taken');
        const wasDefault = current.is_default === 1;
        if (wasDefault && input.isDefault === false) return refuse('default-required');
        const makeDefault = input.isDefault === true && !wasDefault;
        if (makeDefault) {
          db.prepare(
            'UPDATE customizations SET is_default = 0 WHERE brand_id = ? AND template_name = ? AND is_default = 1',
          ).run(brandId, templateName);
        }
        const stamp = now();
        update.run(input.language, input.subject, input.body, wasDefault || makeDefault ? 1 : 0, stamp, id);
        const replaced = toRecord(byId.get(id, brandId, templateName)!);
        history.record(replaced, author, stamp);
        return ok(replaced);
      });
    },

    /** The default can't be deleted, even when it is the last one; use deleteAll for that. */
    delete(
      brandId: string,
      templateName: string,
      id: string,
      author: string | null,
    ): Outcome<true, 'not-found' | 'is-default'> {
      return inTransaction(db, () => {
        const current = byId.get(id, brandId, templateName);
        if (!current) return refuse('not-found');
        if (current.is_default === 1) return refuse('is-default');
        remove.run(id);
        history.recordDeletion({ id, brandId, templateName }, author);
        return ok(true);
      });
    },

    deleteAll(brandId: string, templateName: string, author: string | null): number {
      return inTransaction(db, () => {
        const ids = db
          .prepare<[string, string], string>(
            'SELECT id FROM customizations WHERE brand_id = ? AND template_name = ?',
          )
          .pluck()
          .all(brandId, templateName);
        const at = new Date().toISOString();
        for (const id of ids) history.recordDeletion({ id, brandId, templateName }, author, at);
        return db
          .prepare('DELETE FROM customizations WHERE brand_id = ? AND template_name = ?')
          .run(brandId, templateName).changes;
      });
    },

    defaultCustomization(brandId: string, templateName: string): CustomizationRecord | undefined {
      const row = defaultFor.get(brandId, templateName);
      return row && toRecord(row);
    },

    recipients(brandId: string, templateName: string): RecipientsValue {
      const row = db
        .prepare<[string, string], { recipients: RecipientsValue }>(
          'SELECT recipients FROM template_settings WHERE brand_id = ? AND template_name = ?',
        )
        .get(brandId, templateName);
      return row?.recipients ?? 'ALL_USERS';
    },

    allRecipients(brandId: string): Map<string, RecipientsValue> {
      const rows = recipientsFor.all(brandId);
      return new Map(rows.map((r) => [r.template_name, r.recipients]));
    },

    setRecipients(brandId: string, templateName: string, recipients: RecipientsValue): void {
      db.prepare(
        `INSERT INTO template_settings (brand_id, template_name, recipients) VALUES (?, ?, ?)
         ON CONFLICT (brand_id, template_name) DO UPDATE SET recipients = excluded.recipients`,
      ).run(brandId, templateName, recipients);
    },
  };
}
export type EmailTemplateRepository = ReturnType<typeof createEmailTemplateRepository>;
