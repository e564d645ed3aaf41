import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailCustomizationInput } from '../../../../shared/okta/email-template';
import { readCustomization } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { customizationQueries } from './customization-queries';
import { invalidateCustomizations } from './invalidate';
import { apiPaths } from '../../../../shared/api-paths';

/** PUT is a full replace; "make default" is the same call with `isDefault: true` and the content unchanged. */
export function useUpdateCustomization(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: EmailCustomizationInput }) =>
      readCustomization(await api.put(apiPaths.customization(brandId, templateName, id), input)),
    onSuccess: (saved) => {
      queryClient.setQueryData(customizationQueries.detail(brandId, templateName, saved.id).queryKey, saved);
      return invalidateCustomizations(queryClient, brandId, templateName);
    },
  });
}
