import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { apiPaths } from '../../../../shared/api-paths';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(apiPaths.session()),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}
