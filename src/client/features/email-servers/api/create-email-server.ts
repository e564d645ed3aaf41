import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailServerCreate } from '../../../../shared/okta/email-server';
import { readEmailServer } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { emailServerQueries } from './email-server-queries';
import { apiPaths } from '../../../../shared/api-paths';

export function useCreateEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: EmailServerCreate) =>
      readEmailServer(await api.post(apiPaths.emailServers(), input)),
    onSuccess: (server) => {
      queryClient.setQueryData(emailServerQueries.detail(server.id).queryKey, server);
      return queryClient.invalidateQueries({ queryKey: emailServerQueries.list().queryKey });
    },
  });
}
