import { queryOptions } from '@tanstack/react-query';
import type { Brand } from '../../../../shared/okta/brand';
import { api, getAllPages } from '../../../lib/api-client';

export const brandQueries = {
  all: () => ['brands'] as const,
  list: () =>
    queryOptions({
      queryKey: [...brandQueries.all(), 'list'],
      queryFn: ({ signal }) => getAllPages<Brand>('/api/v1/brands', { query: { limit: 200 }, signal }),
      staleTime: 60_000,
    }),
  detail: (brandId: string) =>
    queryOptions({
      queryKey: [...brandQueries.all(), 'detail', brandId],
      queryFn: ({ signal }) => api.get<Brand>(`/api/v1/brands/${encodeURIComponent(brandId)}`, { signal }),
      staleTime: 60_000,
    }),
};

export function defaultBrand(brands: Brand[]): Brand | undefined {
  return brands.find((b) => b.isDefault) ?? brands[0];
}
