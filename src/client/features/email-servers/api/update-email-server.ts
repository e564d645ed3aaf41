import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailServerUpdate } from '../../../../shared/okta/email-server';
import { readEmailServer } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { emailServerPath, emailServerQueries } from './email-server-queries';

export function useUpdateEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, changes }: { id: string; changes: EmailServerUpdate }) =>
      readEmailServer(await api.patch(emailServerPath(id), changes)),
    onSuccess: (server) => {
      queryClient.setQueryData(emailServerQueries.detail(server.id).queryKey, server);
      return queryClient.invalidateQueries({ queryKey: emailServerQueries.list().queryKey });
    },
  });
}
