import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { brandQueries } from '../../brands/api/brand-queries';
import { meQueries } from '../../profile/api/me-queries';
import type { PreviewWorld } from './render-pane';

/**
 * The signed-in admin, the org and the brand: the sample world browser-side previews render with (the same
 * the server uses for its previews). `world` is set once all three have loaded.
 */
export function usePreviewWorld(brandId: string) {
  const user = useQuery(meQueries.user());
  const org = useQuery(meQueries.org());
  const brand = useQuery(brandQueries.detail(brandId));
  const world = useMemo<PreviewWorld | undefined>(
    () =>
      user.data && org.data && brand.data ? { user: user.data, org: org.data, brand: brand.data } : undefined,
    [user.data, org.data, brand.data],
  );
  return { world, queries: [user, org, brand] };
}
