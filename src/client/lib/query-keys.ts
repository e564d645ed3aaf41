/**
 * Every TanStack Query key of the console, one section per resource. Query factories (`features/<x>/api/*-queries.ts`)
 * build their keys here, and whoever invalidates imports the same functions, so no key is ever typed twice.
 * Keys nest: invalidating a prefix (e.g. `templates.all(brandId)`) refreshes everything under it.
 */
export const queryKeys = {
  session: {
    all: () => ['session'] as const,
    current: () => [...queryKeys.session.all(), 'current'] as const,
  },
  me: {
    all: () => ['me'] as const,
    user: () => [...queryKeys.me.all(), 'user'] as const,
    org: () => [...queryKeys.me.all(), 'org'] as const,
  },
  brands: {
    all: () => ['brands'] as const,
    list: () => [...queryKeys.brands.all(), 'list'] as const,
    detail: (brandId: string) => [...queryKeys.brands.all(), 'detail', brandId] as const,
  },
  emailServers: {
    all: () => ['email-servers'] as const,
    list: () => [...queryKeys.emailServers.all(), 'list'] as const,
    detail: (id: string) => [...queryKeys.emailServers.all(), 'detail', id] as const,
  },
  mailbox: {
    all: () => ['mailbox'] as const,
    lists: () => [...queryKeys.mailbox.all(), 'list'] as const,
    list: (q: string) => [...queryKeys.mailbox.lists(), { q }] as const,
    unread: () => [...queryKeys.mailbox.all(), 'unread'] as const,
    details: () => [...queryKeys.mailbox.all(), 'detail'] as const,
    detail: (id: string) => [...queryKeys.mailbox.details(), id] as const,
    deliveries: () => [...queryKeys.mailbox.all(), 'deliveries'] as const,
  },
  /** Everything about one brand's templates, customizations and transfer state included, hangs under this key. */
  templates: {
    all: (brandId: string) => ['templates', brandId] as const,
    list: (brandId: string) => [...queryKeys.templates.all(brandId), 'list'] as const,
    detail: (brandId: string, name: string) => [...queryKeys.templates.all(brandId), 'detail', name] as const,
    settings: (brandId: string, name: string) =>
      [...queryKeys.templates.all(brandId), 'settings', name] as const,
    defaultContent: (brandId: string, name: string, language: string) =>
      [...queryKeys.templates.all(brandId), 'default-content', name, language] as const,
    defaultPreview: (brandId: string, name: string, language: string) =>
      [...queryKeys.templates.all(brandId), 'default-preview', name, language] as const,
    stock: (brandId: string, name: string, language: string, origin: string) =>
      [...queryKeys.templates.all(brandId), 'stock', name, language, origin] as const,
    transferState: (brandId: string, emailServers: boolean) =>
      [...queryKeys.templates.all(brandId), 'transfer-state', { emailServers }] as const,
  },
  customizations: {
    all: (brandId: string, name: string) =>
      [...queryKeys.templates.all(brandId), 'customizations', name] as const,
    list: (brandId: string, name: string) =>
      [...queryKeys.customizations.all(brandId, name), 'list'] as const,
    detail: (brandId: string, name: string, id: string) =>
      [...queryKeys.customizations.all(brandId, name), 'detail', id] as const,
    preview: (brandId: string, name: string, id: string) =>
      [...queryKeys.customizations.all(brandId, name), 'preview', id] as const,
  },
  /**
   * Mailroom's version history, under the template's customizations key: every invalidation after a save or delete
   * (`invalidateCustomizations`) refreshes it too.
   */
  history: {
    versions: (brandId: string, name: string, id: string) =>
      [...queryKeys.customizations.all(brandId, name), 'versions', id] as const,
    version: (brandId: string, name: string, id: string, version: number) =>
      [...queryKeys.history.versions(brandId, name, id), version] as const,
    deleted: (brandId: string, name: string) =>
      [...queryKeys.customizations.all(brandId, name), 'deleted'] as const,
    /** The newest save that changed the text (translation view), per saved state of the customization. */
    textChange: (brandId: string, name: string, id: string, lastUpdated: string) =>
      [...queryKeys.history.versions(brandId, name, id), 'text-change', lastUpdated] as const,
  },
};
