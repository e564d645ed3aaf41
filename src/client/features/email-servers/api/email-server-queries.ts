import { queryOptions } from '@tanstack/react-query';
import { readEmailServer, readEmailServerList } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';

export const EMAIL_SERVERS_PATH = '/api/v1/email-servers';
export const emailServerPath = (id: string) => `${EMAIL_SERVERS_PATH}/${encodeURIComponent(id)}`;

export const emailServerQueries = {
  all: () => ['email-servers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...emailServerQueries.all(), 'list'],
      // Documented as `{"email-servers": [...]}`, sent by live Okta as a bare array: the reader takes both.
      queryFn: async ({ signal }) => readEmailServerList(await api.get(EMAIL_SERVERS_PATH, { signal })),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...emailServerQueries.all(), 'detail', id],
      queryFn: async ({ signal }) => readEmailServer(await api.get(emailServerPath(id), { signal })),
    }),
};
