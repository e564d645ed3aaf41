import { queryOptions } from '@tanstack/react-query';
import type { Brand } from '../../../../shared/okta/brand';
import { readBrand, readBrandList } from '../../../../shared/okta/read';
import { api, getAllPages } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export const brandQueries = {
  all: queryKeys.brands.all,
  list: () =>
    queryOptions({
      queryKey: queryKeys.brands.list(),
      queryFn: ({ signal }) =>
        getAllPages(apiPaths.brands(), readBrandList, { query: { limit: 200 }, signal }),
      staleTime: 60_000,
    }),
  detail: (brandId: string) =>
    queryOptions({
      queryKey: queryKeys.brands.detail(brandId),
      queryFn: async ({ signal }) => readBrand(await api.get(apiPaths.brand(brandId), { signal })),
      staleTime: 60_000,
    }),
};

export function defaultBrand(brands: Brand[]): Brand | undefined {
  return brands.find((b) => b.isDefault) ?? brands[0];
}
