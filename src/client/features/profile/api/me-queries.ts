import { queryOptions } from '@tanstack/react-query';
import { readOrg, readUser } from '../../../../shared/okta/read';
import type { User } from '../../../../shared/okta/user';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export const meQueries = {
  all: queryKeys.me.all,
  user: () =>
    queryOptions({
      queryKey: queryKeys.me.user(),
      queryFn: async ({ signal }) => readUser(await api.get(apiPaths.me(), { signal })),
      staleTime: 60_000,
    }),
  org: () =>
    queryOptions({
      queryKey: queryKeys.me.org(),
      queryFn: async ({ signal }) => readOrg(await api.get(apiPaths.org(), { signal })),
      staleTime: 5 * 60_000,
    }),
};

export function displayName(user: User | undefined): string {
  if (!user) return '';
  const name = [user.profile.firstName, user.profile.lastName].filter(Boolean).join(' ');
  return name || user.profile.displayName || user.profile.login;
}
