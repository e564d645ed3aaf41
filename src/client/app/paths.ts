/** Every route of the console, in one place. Components link with `paths.x.getHref(...)`, never by hand. */

const enc = encodeURIComponent;

function withSearch(path: string, search: Record<string, string | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export type TemplateTab = 'customizations' | 'default' | 'settings';

export const paths = {
  signIn: {
    path: '/sign-in',
    getHref: (next?: string, expired?: boolean) =>
      withSearch('/sign-in', {
        next: next && next !== '/' ? next : undefined,
        expired: expired ? '1' : undefined,
      }),
  },
  home: { path: '/', getHref: () => '/' },
  templates: {
    path: '/brands/:brandId/templates',
    getHref: (brandId: string, search: { q?: string; filter?: string; sort?: string } = {}) =>
      withSearch(`/brands/${enc(brandId)}/templates`, search),
  },
  template: {
    path: '/brands/:brandId/templates/:templateName',
    getHref: (brandId: string, templateName: string, tab?: TemplateTab, search: { language?: string } = {}) =>
      withSearch(`/brands/${enc(brandId)}/templates/${enc(templateName)}`, {
        tab: tab === 'customizations' ? undefined : tab,
        ...search,
      }),
  },
  customizationNew: {
    path: '/brands/:brandId/templates/:templateName/customizations/new',
    /** `from=default`: stock content; `restore` + `version`: a saved version of a deleted customization. */
    getHref: (
      brandId: string,
      templateName: string,
      language?: string,
      from?: 'default',
      restore?: { customizationId: string; version: number },
    ) =>
      withSearch(`/brands/${enc(brandId)}/templates/${enc(templateName)}/customizations/new`, {
        language,
        from,
        restore: restore?.customizationId,
        version: restore ? String(restore.version) : undefined,
      }),
  },
  customization: {
    path: '/brands/:brandId/templates/:templateName/customizations/:customizationId',
    getHref: (brandId: string, templateName: string, customizationId: string) =>
      `/brands/${enc(brandId)}/templates/${enc(templateName)}/customizations/${enc(customizationId)}`,
  },
  compare: {
    path: '/brands/:brandId/templates/:templateName/compare',
    getHref: (brandId: string, templateName: string, languages: string[] = [], width?: string) =>
      withSearch(`/brands/${enc(brandId)}/templates/${enc(templateName)}/compare`, {
        languages: languages.join(',') || undefined,
        width,
      }),
  },
  translate: {
    path: '/brands/:brandId/templates/:templateName/translate',
    getHref: (brandId: string, templateName: string, source?: string, target?: string) =>
      withSearch(`/brands/${enc(brandId)}/templates/${enc(templateName)}/translate`, { source, target }),
  },
  coverage: {
    path: '/brands/:brandId/coverage',
    getHref: (
      brandId: string,
      search: { q?: string; filter?: string; all?: boolean; open?: 'translation' } = {},
    ) =>
      withSearch(`/brands/${enc(brandId)}/coverage`, {
        q: search.q,
        filter: search.filter,
        all: search.all ? '1' : undefined,
        open: search.open,
      }),
  },
  transfer: {
    path: '/brands/:brandId/transfer',
    getHref: (brandId: string) => `/brands/${enc(brandId)}/transfer`,
  },
  emailServers: { path: '/email-servers', getHref: () => '/email-servers' },
  emailServerNew: { path: '/email-servers/new', getHref: () => '/email-servers/new' },
  emailServer: {
    path: '/email-servers/:emailServerId',
    getHref: (id: string) => `/email-servers/${enc(id)}`,
  },
  mailbox: { path: '/mailbox', getHref: (q?: string) => withSearch('/mailbox', { q }) },
  message: {
    path: '/mailbox/:messageId',
    getHref: (messageId: string, search: { q?: string; view?: string } = {}) =>
      withSearch(`/mailbox/${enc(messageId)}`, search),
  },
  profile: { path: '/profile', getHref: () => '/profile' },
} as const;
