import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailSettingsResponse, EmailTemplate } from '../../../../shared/okta/email-template';
import { readEmailSettings } from '../../../../shared/okta/read';
import type { RecipientsValue } from '../../../../shared/templates/catalog';
import { api } from '../../../lib/api-client';
import { changeCached } from '../../../lib/optimistic';
import { templateQueries } from './template-queries';
import { apiPaths } from '../../../../shared/api-paths';

/**
 * Sets who receives the template, shown at once: the settings, the template's detail and its catalog row change
 * before the server answers and go back as they were if it refuses (the caller says so); read again either way.
 */
export function useUpdateTemplateSettings(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  const withRecipients = (template: EmailTemplate, recipients: RecipientsValue): EmailTemplate =>
    template._embedded?.settings
      ? {
          ...template,
          _embedded: { ...template._embedded, settings: { ...template._embedded.settings, recipients } },
        }
      : template;
  return useMutation({
    mutationFn: async (recipients: RecipientsValue) =>
      readEmailSettings(await api.put(apiPaths.settings(brandId, templateName), { recipients })),
    onMutate: (recipients) =>
      changeCached(queryClient, [
        {
          queryKey: templateQueries.settings(brandId, templateName).queryKey,
          update: (settings) => ({ ...(settings as EmailSettingsResponse), recipients }),
        },
        {
          queryKey: templateQueries.detail(brandId, templateName).queryKey,
          update: (template) => withRecipients(template as EmailTemplate, recipients),
        },
        {
          queryKey: templateQueries.list(brandId).queryKey,
          update: (list) =>
            (list as EmailTemplate[]).map((t) =>
              t.name === templateName ? withRecipients(t, recipients) : t,
            ),
        },
      ]),
    onError: (_error, _recipients, context) => context?.rollback(),
    onSuccess: (settings) =>
      queryClient.setQueryData(templateQueries.settings(brandId, templateName).queryKey, settings),
    // Not awaited: the change is on screen already, and a refusal must be reported without waiting for a refetch.
    onSettled: () =>
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: templateQueries.settings(brandId, templateName).queryKey }),
        queryClient.invalidateQueries({ queryKey: templateQueries.list(brandId).queryKey }),
        queryClient.invalidateQueries({ queryKey: templateQueries.detail(brandId, templateName).queryKey }),
      ]),
  });
}
