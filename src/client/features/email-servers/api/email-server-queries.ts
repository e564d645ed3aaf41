import { queryOptions } from '@tanstack/react-query';
import { readEmailServer, readEmailServerList } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export const emailServerQueries = {
  all: queryKeys.emailServers.all,
  list: () =>
    queryOptions({
      queryKey: queryKeys.emailServers.list(),
      // Documented as `{"email-servers": [...]}`, sent by live Okta as a bare array: the reader takes both.
      queryFn: async ({ signal }) => readEmailServerList(await api.get(apiPaths.emailServers(), { signal })),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.emailServers.detail(id),
      queryFn: async ({ signal }) => readEmailServer(await api.get(apiPaths.emailServer(id), { signal })),
    }),
};
