import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { emailServerQueries } from './email-server-queries';
import { apiPaths } from '../../../../shared/api-paths';

export function useDeleteEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(apiPaths.emailServer(id)),
    onSuccess: () => {
      return queryClient.invalidateQueries({ queryKey: emailServerQueries.list().queryKey });
    },
  });
}
