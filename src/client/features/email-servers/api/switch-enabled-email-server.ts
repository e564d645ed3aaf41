import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readEmailServer } from '../../../../shared/okta/read';
import { api } from '../../../lib/api-client';
import { emailServerPath, emailServerQueries } from './email-server-queries';

/** "Disable 'Relay A' and enable this one": Okta allows one enabled server, so it takes two calls, in this order. */
export function useSwitchEnabledEmailServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ disableId, enableId }: { disableId: string; enableId: string }) => {
      await api.patch(emailServerPath(disableId), { enabled: false });
      return readEmailServer(await api.patch(emailServerPath(enableId), { enabled: true }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailServerQueries.all() }),
  });
}
