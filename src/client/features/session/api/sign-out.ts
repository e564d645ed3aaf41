import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { SESSION_PATH } from './session-queries';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(SESSION_PATH),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}
