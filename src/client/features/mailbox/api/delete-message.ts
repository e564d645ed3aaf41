import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { mailboxQueries, messagePath } from './mailbox-queries';

export function useDeleteMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(messagePath(id)),
    onSuccess: () => {
      return queryClient.invalidateQueries({ queryKey: mailboxQueries.all() });
    },
  });
}
