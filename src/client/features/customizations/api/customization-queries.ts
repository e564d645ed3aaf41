import { queryOptions } from '@tanstack/react-query';
import { readCustomization, readCustomizationList, readPreview } from '../../../../shared/okta/read';
import { api, getAllPages } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export const customizationQueries = {
  /** Under the brand's template key (`queryKeys.templates.all`), so resetting a brand's templates clears these too. */
  all: queryKeys.customizations.all,
  list: (brandId: string, templateName: string) =>
    queryOptions({
      queryKey: queryKeys.customizations.list(brandId, templateName),
      queryFn: ({ signal }) =>
        getAllPages(apiPaths.customizations(brandId, templateName), readCustomizationList, {
          query: { limit: 100 },
          signal,
        }),
    }),
  detail: (brandId: string, templateName: string, id: string) =>
    queryOptions({
      queryKey: queryKeys.customizations.detail(brandId, templateName, id),
      queryFn: async ({ signal }) =>
        readCustomization(await api.get(apiPaths.customization(brandId, templateName, id), { signal })),
    }),
  preview: (brandId: string, templateName: string, id: string) =>
    queryOptions({
      queryKey: queryKeys.customizations.preview(brandId, templateName, id),
      queryFn: async ({ signal }) =>
        readPreview(await api.get(apiPaths.customizationPreview(brandId, templateName, id), { signal })),
    }),
};
