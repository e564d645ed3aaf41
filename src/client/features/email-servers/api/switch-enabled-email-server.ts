import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { readEmailServer } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { emailServerQueries } from './email-server-queries';
import { apiPaths } from '../../../../shared/api-paths';

/** "Disable 'Relay A' and enable this one": Okta allows one enabled server, so it takes two calls, in this order. */
export function useSwitchEnabledEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ disable, enable }: { disable: EmailServer; enable: EmailServer }) => {
      // authType: Okta requires it in a PATCH of an OAuth server.
      await api.patch(apiPaths.emailServer(disable.id), { enabled: false, authType: disable.authType });
      return readEmailServer(
        await api.patch(apiPaths.emailServer(enable.id), { enabled: true, authType: enable.authType }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailServerQueries.all() }),
  });
}
