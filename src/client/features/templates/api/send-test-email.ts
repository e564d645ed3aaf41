import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Delivery, DeliveryLog, MailboxMessageSummary } from '../../../../shared/mailroom/mailbox';
import { api, apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export interface TestEmailResult {
  outcome: 'SUCCESS' | 'FAILURE';
  delivery: Delivery | undefined;
  route: string;
  /** The mailbox message, when the mail went to the built-in catcher. */
  messageId: string | undefined;
}

export interface TestEmailRequest {
  language: string | undefined;
  /** Addresses as typed ("a@x, b@y"); absent: to the signed-in admin, as Okta's test does. */
  to?: string;
}

/**
 * Sends the template to the signed-in admin (or, in local mode, to the addresses given), then finds out where it went: the delivery log names
 * the route, and when that is the built-in mailbox the message is found by its Message-ID so the toast can link it.
 */
export function useSendTestEmail(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ language, to }: TestEmailRequest): Promise<TestEmailResult> => {
      // Okta's test goes to the caller; Mailroom's test-sends (local mode) to the addresses given, same email.
      const response =
        to === undefined
          ? await apiRequest<void>(apiPaths.templateTest(brandId, templateName), {
              method: 'POST',
              query: { language },
            })
          : await apiRequest<void>(apiPaths.testSends(brandId, templateName), {
              method: 'POST',
              body: { to, language },
            });
      const header = response.headers.get('X-Mailroom-Delivery');
      // No delivery header: an Okta org sent it (real Okta mode), so Mailroom's delivery log knows nothing of it.
      if (header === null)
        return { outcome: 'SUCCESS', delivery: undefined, route: 'the Okta org', messageId: undefined };
      const [deliveryId] = header.split(';').map((s) => s.trim());
      const outcome = /outcome=FAILURE/.test(header) ? 'FAILURE' : 'SUCCESS';
      const log = await api
        .get<DeliveryLog>(apiPaths.deliveries(), {
          query: { limit: 20 },
        })
        .catch(() => undefined);
      const delivery = log?.deliveries.find((d) => d.id === deliveryId);
      let messageId: string | undefined;
      if (delivery?.messageId && outcome === 'SUCCESS' && delivery.route === 'built-in mailbox') {
        // The catcher records the same SMTP Message-ID the delivery log has: an exact match.
        const found = await api
          .get<MailboxMessageSummary[]>(apiPaths.messages(), {
            query: { messageId: delivery.messageId, limit: 1 },
          })
          .catch(() => []);
        messageId = found[0]?.id;
      }
      return { outcome, delivery, route: delivery?.route ?? log?.route ?? 'the current route', messageId };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.mailbox.all() }),
  });
}
