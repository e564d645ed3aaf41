import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readUser } from '../../../../shared/okta/read';
import type { UserProfile } from '../../../../shared/okta/user';
import { api } from '../../../lib/api-client';
import { meQueries } from './me-queries';
import { apiPaths } from '../../../../shared/api-paths';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (profile: Partial<UserProfile>) => readUser(await api.post(apiPaths.me(), { profile })),
    onSuccess: (user) => {
      queryClient.setQueryData(meQueries.user().queryKey, user);
      return queryClient.invalidateQueries({ queryKey: meQueries.all() });
    },
  });
}
