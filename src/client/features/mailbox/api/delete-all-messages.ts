import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { mailboxQueries } from './mailbox-queries';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export function useDeleteAllMessages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(apiPaths.messages()),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.mailbox.details() });
      return queryClient.invalidateQueries({ queryKey: mailboxQueries.all() });
    },
  });
}
