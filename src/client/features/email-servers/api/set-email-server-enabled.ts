import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { readEmailServer } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { changeCached } from '../../../lib/optimistic';
import { emailServerQueries } from './email-server-queries';
import { apiPaths } from '../../../../shared/api-paths';

/**
 * Enable or disable a server, shown at once: the list and the server's detail change before the server answers,
 * and go back as they were if it refuses (the caller says so). Either way the list is read again afterwards.
 */
export function useSetEmailServerEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ server, enabled }: { server: EmailServer; enabled: boolean }) =>
      // Okta requires authType in a PATCH of an OAuth server; it is harmless for the others.
      readEmailServer(
        await api.patch(apiPaths.emailServer(server.id), { enabled, authType: server.authType }),
      ),
    onMutate: ({ server, enabled }) =>
      changeCached(queryClient, [
        {
          queryKey: emailServerQueries.list().queryKey,
          update: (list) => (list as EmailServer[]).map((s) => (s.id === server.id ? { ...s, enabled } : s)),
        },
        {
          queryKey: emailServerQueries.detail(server.id).queryKey,
          update: (detail) => ({ ...(detail as EmailServer), enabled }),
        },
      ]),
    onError: (_error, _variables, context) => context?.rollback(),
    // Not awaited: the change is on screen already, and a refusal must be reported without waiting for a refetch.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: emailServerQueries.all() }),
  });
}
