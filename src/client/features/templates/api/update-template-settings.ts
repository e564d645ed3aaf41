import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readEmailSettings } from '../../../../shared/okta/read';
import type { RecipientsValue } from '../../../../shared/templates/catalog';
import { api } from '../../../lib/api-client';
import { templateQueries } from './template-queries';
import { apiPaths } from '../../../../shared/api-paths';

export function useUpdateTemplateSettings(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (recipients: RecipientsValue) =>
      readEmailSettings(await api.put(apiPaths.settings(brandId, templateName), { recipients })),
    onSuccess: (settings) => {
      queryClient.setQueryData(templateQueries.settings(brandId, templateName).queryKey, settings);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: templateQueries.list(brandId).queryKey }),
        queryClient.invalidateQueries({ queryKey: templateQueries.detail(brandId, templateName).queryKey }),
      ]);
    },
  });
}
