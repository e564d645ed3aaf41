import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { customizationPath } from './customization-queries';
import { invalidateCustomizations } from './invalidate';

export function useDeleteCustomization(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(customizationPath(brandId, templateName, id)),
    onSuccess: () => invalidateCustomizations(queryClient, brandId, templateName),
  });
}
