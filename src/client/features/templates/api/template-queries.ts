import { queryOptions } from '@tanstack/react-query';
import {
  readDefaultContent,
  readEmailSettings,
  readEmailTemplate,
  readEmailTemplateList,
  readPreview,
} from '../../../../shared/okta/read';
import { api, getAllPages } from '../../../lib/api-client';
import { useConsoleMode } from '../../session/api/session-queries';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

const EXPAND = 'settings,customizationCount';

/**
 * Where stock content comes from: in real Okta mode the org's own (`GET …/default-content?language=`), else the
 * text Mailroom bundles (the same its API serves, without a request).
 */
export type StockOrigin = 'org' | 'bundled';
export interface StockContent {
  subject: string;
  body: string;
}

/** The org's (or Mailroom's) `default-content` of a template in a language. */
async function fetchDefaultContent(
  brandId: string,
  templateName: string,
  language: string,
  signal: AbortSignal,
) {
  return readDefaultContent(
    await api.get(apiPaths.defaultContent(brandId, templateName), { query: { language }, signal }),
  );
}

export const templateQueries = {
  /** Everything about one brand's templates, customizations included, hangs under this key. */
  all: queryKeys.templates.all,
  list: (brandId: string) =>
    queryOptions({
      queryKey: queryKeys.templates.list(brandId),
      // The API pages (Okta's default of 20); the catalog wants them all, so follow `Link: next`.
      queryFn: ({ signal }) =>
        getAllPages(apiPaths.templates(brandId), readEmailTemplateList, {
          query: { limit: 20, expand: EXPAND },
          signal,
        }),
    }),
  detail: (brandId: string, templateName: string) =>
    queryOptions({
      queryKey: queryKeys.templates.detail(brandId, templateName),
      queryFn: async ({ signal }) =>
        readEmailTemplate(
          await api.get(apiPaths.template(brandId, templateName), { query: { expand: EXPAND }, signal }),
        ),
    }),
  settings: (brandId: string, templateName: string) =>
    queryOptions({
      queryKey: queryKeys.templates.settings(brandId, templateName),
      queryFn: async ({ signal }) =>
        readEmailSettings(await api.get(apiPaths.settings(brandId, templateName), { signal })),
    }),
  defaultContent: (brandId: string, templateName: string, language: string) =>
    queryOptions({
      queryKey: queryKeys.templates.defaultContent(brandId, templateName, language),
      queryFn: ({ signal }) => fetchDefaultContent(brandId, templateName, language, signal),
      staleTime: 5 * 60_000,
    }),
  stock: (brandId: string, templateName: string, language: string, origin: StockOrigin) =>
    queryOptions({
      queryKey: queryKeys.templates.stock(brandId, templateName, language, origin),
      queryFn: async ({ signal }): Promise<StockContent> => {
        if (origin === 'org') {
          const content = await fetchDefaultContent(brandId, templateName, language, signal);
          return { subject: content.subject, body: content.body };
        }
        // Loaded on use: the stock content of every template and language is large.
        const { defaultContent } = await import('../../../../shared/templates/default-content');
        const content = defaultContent(templateName, language);
        if (!content) throw new Error(`Mailroom has no stock content for ${templateName}.`);
        return content;
      },
      staleTime: origin === 'org' ? 5 * 60_000 : Infinity,
    }),
  defaultPreview: (brandId: string, templateName: string, language: string) =>
    queryOptions({
      queryKey: queryKeys.templates.defaultPreview(brandId, templateName, language),
      queryFn: async ({ signal }) =>
        readPreview(
          await api.get(apiPaths.defaultContentPreview(brandId, templateName), {
            query: { language },
            signal,
          }),
        ),
    }),
};

/** The org's stock content in real Okta mode, Mailroom's bundled text otherwise. */
export function useStockOrigin(): StockOrigin {
  return useConsoleMode() === 'okta' ? 'org' : 'bundled';
}
