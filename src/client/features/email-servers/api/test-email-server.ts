import { useMutation } from '@tanstack/react-query';
import type { EmailServerCreate } from '../../../../shared/okta/email-server';
import { api } from '../../../lib/api-client';
import { apiPaths } from '../../../../shared/api-paths';

/**
 * Sends a real message through the server; 204 or E0000223 (connection) / E0000224 (authentication) / E0000266
 * (no OAuth access token).
 */
export function useTestEmailServer() {
  return useMutation({
    mutationFn: ({ id, fromAddress, toAddress }: { id: string; fromAddress: string; toAddress: string }) =>
      api.post<void>(apiPaths.emailServerTest(id), { fromAddress, toAddress }),
  });
}

/**
 * Settings typed into a form, not saved yet (any auth type). With `emailServerId`, a secret left out (password,
 * client secret, key ID, private key) is that server's stored one.
 */
export type UnsavedSmtpSettings = Omit<EmailServerCreate, 'enabled'> & { emailServerId?: string };

/** The same test for unsaved settings (Mailroom's own endpoint; nothing is stored). */
export function useTestSmtpSettings() {
  return useMutation({
    mutationFn: ({
      settings,
      fromAddress,
      toAddress,
    }: {
      settings: UnsavedSmtpSettings;
      fromAddress: string;
      toAddress: string;
    }) => api.post<void>(apiPaths.smtpTest(), { ...settings, fromAddress, toAddress }),
  });
}
