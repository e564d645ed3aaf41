import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { mailboxQueries } from './mailbox-queries';
import { apiPaths } from '../../../../shared/api-paths';

export function useDeleteMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(apiPaths.message(id)),
    onSuccess: () => {
      return queryClient.invalidateQueries({ queryKey: mailboxQueries.all() });
    },
  });
}
