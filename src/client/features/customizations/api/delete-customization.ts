import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateCustomizations } from './invalidate';
import { apiPaths } from '../../../../shared/api-paths';

export function useDeleteCustomization(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(apiPaths.customization(brandId, templateName, id)),
    onSuccess: () => invalidateCustomizations(queryClient, brandId, templateName),
  });
}
