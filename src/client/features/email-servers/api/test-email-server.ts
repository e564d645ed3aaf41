import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { emailServerPath } from './email-server-queries';

/** Sends a real message through the server; 204 or E0000223 (connection) / E0000224 (authentication). */
export function useTestEmailServer() {
  return useMutation({
    mutationFn: ({ id, fromAddress, toAddress }: { id: string; fromAddress: string; toAddress: string }) =>
      api.post<void>(`${emailServerPath(id)}/test`, { fromAddress, toAddress }),
  });
}
