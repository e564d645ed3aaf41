import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailServerUpdate } from '../../../../shared/okta/email-server';
import { readEmailServer } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { emailServerQueries } from './email-server-queries';
import { apiPaths } from '../../../../shared/api-paths';

export function useUpdateEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, changes }: { id: string; changes: EmailServerUpdate }) =>
      readEmailServer(await api.patch(apiPaths.emailServer(id), changes)),
    onSuccess: (server) => {
      queryClient.setQueryData(emailServerQueries.detail(server.id).queryKey, server);
      return queryClient.invalidateQueries({ queryKey: emailServerQueries.list().queryKey });
    },
  });
}
