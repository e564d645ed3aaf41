/**
 * The lock keys of check-then-write transactions (`db.transaction(fn, { lock })`), one place for all of them: on
 * PostgreSQL, transactions with the same key run one after the other on every replica (docs/architecture.md,
 * "Storage").
 */
export const locks = {
  /** A template's customizations of one brand: one default, one per language, and their history. */
  customizations: (brandId: string, templateName: string) => `customizations:${brandId}:${templateName}`,
  /** All SMTP servers: one enabled, the limit, and no delete between an update's read and write. */
  emailServers: 'email-servers',
  /** All brands: unique names, one default. */
  brands: 'brands',
  /** One user's profile (read, merge, write). */
  user: (id: string) => `users:${id}`,
  /** The first start's org, admin, brand and token. */
  bootstrap: 'bootstrap',
} as const;
