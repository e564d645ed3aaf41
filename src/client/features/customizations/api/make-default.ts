import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { readCustomization } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { changeCached } from '../../../lib/optimistic';
import { customizationQueries } from './customization-queries';
import { invalidateCustomizations } from './invalidate';
import { apiPaths } from '../../../../shared/api-paths';

/**
 * "Make default", shown at once: the list and the details move the Default flag before the server answers, and go
 * back as they were if it refuses (the caller says so). A replace with `isDefault: true` and the content unchanged,
 * which moves the flag in one call (never E0000182 or E0000185).
 */
export function useMakeDefault(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (c: EmailCustomization) =>
      readCustomization(
        await api.put(apiPaths.customization(brandId, templateName, c.id), {
          language: c.language,
          subject: c.subject,
          body: c.body,
          isDefault: true,
        }),
      ),
    onMutate: (c) => {
      const listKey = customizationQueries.list(brandId, templateName).queryKey;
      const ids = (queryClient.getQueryData(listKey) ?? [c]).map((other) => other.id);
      const flag = (other: EmailCustomization) => ({ ...other, isDefault: other.id === c.id });
      return changeCached(queryClient, [
        { queryKey: listKey, update: (list) => (list as EmailCustomization[]).map(flag) },
        ...ids.map((id) => ({
          queryKey: customizationQueries.detail(brandId, templateName, id).queryKey,
          update: (detail: unknown) => flag(detail as EmailCustomization),
        })),
      ]);
    },
    onError: (_error, _c, context) => context?.rollback(),
    // Not awaited: the change is on screen already, and a refusal must be reported without waiting for a refetch.
    onSettled: () => void invalidateCustomizations(queryClient, brandId, templateName),
  });
}
