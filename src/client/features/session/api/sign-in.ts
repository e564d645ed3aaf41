import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { sessionQueries, type Session } from './session-queries';
import { apiPaths } from '../../../../shared/api-paths';

/** Exchanges an API token for a session cookie; the token itself is forgotten right after. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<Session>(apiPaths.session(), { token: token.trim() }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Whatever was cached belonged to the previous session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
    },
  });
}
