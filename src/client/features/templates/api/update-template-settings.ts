import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailSettingsResponse } from '../../../../shared/okta/email-template';
import type { RecipientsValue } from '../../../../shared/templates/catalog';
import { api } from '../../../lib/api-client';
import { templatePath, templateQueries } from './template-queries';

export function useUpdateTemplateSettings(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (recipients: RecipientsValue) =>
      api.put<EmailSettingsResponse>(`${templatePath(brandId, templateName)}/settings`, { recipients }),
    onSuccess: (settings) => {
      queryClient.setQueryData(templateQueries.settings(brandId, templateName).queryKey, settings);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: templateQueries.list(brandId).queryKey }),
        queryClient.invalidateQueries({ queryKey: templateQueries.detail(brandId, templateName).queryKey }),
      ]);
    },
  });
}
