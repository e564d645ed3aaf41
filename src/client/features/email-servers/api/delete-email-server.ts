import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { emailServerPath, emailServerQueries } from './email-server-queries';

export function useDeleteEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(emailServerPath(id)),
    onSuccess: () => {
      return queryClient.invalidateQueries({ queryKey: emailServerQueries.list().queryKey });
    },
  });
}
