import { queryOptions } from '@tanstack/react-query';
import type {
  EmailDefaultContent,
  EmailPreview,
  EmailSettingsResponse,
  EmailTemplate,
} from '../../../../shared/okta/email-template';
import { api, getAllPages } from '../../../lib/api-client';

const enc = encodeURIComponent;
export const templatesPath = (brandId: string) => `/api/v1/brands/${enc(brandId)}/templates/email`;
export const templatePath = (brandId: string, templateName: string) =>
  `${templatesPath(brandId)}/${enc(templateName)}`;
const EXPAND = 'settings,customizationCount';

export const templateQueries = {
  /** Everything about one brand's templates, customizations included, hangs under this key. */
  all: (brandId: string) => ['templates', brandId] as const,
  list: (brandId: string) =>
    queryOptions({
      queryKey: [...templateQueries.all(brandId), 'list'],
      // The API pages (Okta's default of 20); the catalog wants them all, so follow `Link: next`.
      queryFn: ({ signal }) =>
        getAllPages<EmailTemplate>(templatesPath(brandId), { query: { limit: 20, expand: EXPAND }, signal }),
    }),
  detail: (brandId: string, templateName: string) =>
    queryOptions({
      queryKey: [...templateQueries.all(brandId), 'detail', templateName],
      queryFn: ({ signal }) =>
        api.get<EmailTemplate>(templatePath(brandId, templateName), { query: { expand: EXPAND }, signal }),
    }),
  settings: (brandId: string, templateName: string) =>
    queryOptions({
      queryKey: [...templateQueries.all(brandId), 'settings', templateName],
      queryFn: ({ signal }) =>
        api.get<EmailSettingsResponse>(`${templatePath(brandId, templateName)}/settings`, { signal }),
    }),
  defaultContent: (brandId: string, templateName: string, language: string) =>
    queryOptions({
      queryKey: [...templateQueries.all(brandId), 'default-content', templateName, language],
      queryFn: ({ signal }) =>
        api.get<EmailDefaultContent>(`${templatePath(brandId, templateName)}/default-content`, {
          query: { language },
          signal,
        }),
      staleTime: 5 * 60_000,
    }),
  defaultPreview: (brandId: string, templateName: string, language: string) =>
    queryOptions({
      queryKey: [...templateQueries.all(brandId), 'default-preview', templateName, language],
      queryFn: ({ signal }) =>
        api.get<EmailPreview>(`${templatePath(brandId, templateName)}/default-content/preview`, {
          query: { language },
          signal,
        }),
    }),
};
