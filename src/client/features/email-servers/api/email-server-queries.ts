import { queryOptions } from '@tanstack/react-query';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { api } from '../../../lib/api-client';

export const EMAIL_SERVERS_PATH = '/api/v1/email-servers';
export const emailServerPath = (id: string) => `${EMAIL_SERVERS_PATH}/${encodeURIComponent(id)}`;

export const emailServerQueries = {
  all: () => ['email-servers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...emailServerQueries.all(), 'list'],
      queryFn: async ({ signal }) =>
        (await api.get<{ 'email-servers': EmailServer[] }>(EMAIL_SERVERS_PATH, { signal }))['email-servers'],
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...emailServerQueries.all(), 'detail', id],
      queryFn: ({ signal }) => api.get<EmailServer>(emailServerPath(id), { signal }),
    }),
};
