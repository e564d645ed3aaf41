import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { mailboxQueries, MESSAGES_PATH } from './mailbox-queries';
import { queryKeys } from '../../../lib/query-keys';

export function useDeleteAllMessages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(MESSAGES_PATH),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.mailbox.details() });
      return queryClient.invalidateQueries({ queryKey: mailboxQueries.all() });
    },
  });
}
