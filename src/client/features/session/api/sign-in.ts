import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { SESSION_PATH, sessionQueries, type Session } from './session-queries';

/** Exchanges an API token for a session cookie; the token itself is forgotten right after. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<Session>(SESSION_PATH, { token: token.trim() }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Whatever was cached belonged to the previous session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
    },
  });
}
