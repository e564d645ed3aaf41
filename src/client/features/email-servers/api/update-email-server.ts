import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailServer, EmailServerUpdate } from '../../../../shared/okta/email-server';
import { api } from '../../../lib/api-client';
import { emailServerPath, emailServerQueries } from './email-server-queries';

export function useUpdateEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: EmailServerUpdate }) =>
      api.patch<EmailServer>(emailServerPath(id), changes),
    onSuccess: (server) => {
      queryClient.setQueryData(emailServerQueries.detail(server.id).queryKey, server);
      return queryClient.invalidateQueries({ queryKey: emailServerQueries.list().queryKey });
    },
  });
}
