import type { QueryClient } from '@tanstack/react-query';
import { customizationQueries } from './customization-queries';
import { queryKeys } from '../../../lib/query-keys';

/**
 * After any customization change: this template's customizations (their version history included), and the
 * brand's template list and detail (their `customizationCount`). Prefix keys keep this feature from importing the templates one.
 */
export function invalidateCustomizations(queryClient: QueryClient, brandId: string, templateName: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: customizationQueries.all(brandId, templateName) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.templates.list(brandId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.templates.detail(brandId, templateName) }),
  ]);
}
