import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailCustomizationInput } from '../../../../shared/okta/email-template';
import { readCustomization } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { customizationQueries } from './customization-queries';
import { invalidateCustomizations } from './invalidate';
import { apiPaths } from '../../../../shared/api-paths';

export function useCreateCustomization(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: EmailCustomizationInput) =>
      readCustomization(await api.post(apiPaths.customizations(brandId, templateName), input)),
    onSuccess: (created) => {
      queryClient.setQueryData(
        customizationQueries.detail(brandId, templateName, created.id).queryKey,
        created,
      );
      return invalidateCustomizations(queryClient, brandId, templateName);
    },
  });
}
