import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateCustomizations } from './invalidate';
import { apiPaths } from '../../../../shared/api-paths';

/** "Reset to default": deletes every customization of the template (Okta's DELETE …/customizations). */
export function useResetCustomizations(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(apiPaths.customizations(brandId, templateName)),
    onSuccess: () => invalidateCustomizations(queryClient, brandId, templateName),
  });
}
