import { queryOptions } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

export interface Session {
  userId: string;
  csrfToken: string;
  scopes: string[];
  mode: 'embedded' | 'okta';
  orgUrl: string | null;
}

export const SESSION_PATH = '/api/mailroom/v1/session';

export async function getSession(signal?: AbortSignal): Promise<Session> {
  const session = await api.get<Session>(SESSION_PATH, { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'],
      queryFn: ({ signal }) => getSession(signal),
      staleTime: Infinity,
      retry: false,
    }),
};
