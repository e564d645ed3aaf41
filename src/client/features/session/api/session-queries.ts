import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '../../../../shared/mailroom/session';
import { api, setCsrfToken } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export type { Session } from '../../../../shared/mailroom/session';

export async function getSession(signal?: AbortSignal): Promise<Session> {
  const session = await api.get<Session>(apiPaths.session(), { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueries = {
  all: queryKeys.session.all,
  current: () =>
    queryOptions({
      queryKey: queryKeys.session.current(),
      queryFn: ({ signal }) => getSession(signal),
      staleTime: Infinity,
      retry: false,
    }),
};

/** Real Okta mode (`okta`) or Mailroom as the org (`embedded`); undefined until the session has loaded. */
export function useConsoleMode(): Session['mode'] | undefined {
  return useQuery(sessionQueries.current()).data?.mode;
}

/** Whether the server runs with `CUSTOM_LANGUAGES` (any BCP 47 language); false until the session has loaded. */
export function useCustomLanguages(): boolean {
  return useQuery(sessionQueries.current()).data?.customLanguages ?? false;
}
