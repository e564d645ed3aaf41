import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { DeliveryLog, MailboxMessage, MailboxMessageSummary } from '../../../../shared/mailroom/mailbox';
import { api, apiRequest, nextLink } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export interface MessagePage {
  messages: MailboxMessageSummary[];
  next: string | undefined;
  unread: number;
}

async function getMessagePage(
  path: string,
  query: Record<string, string | number | undefined>,
  signal: AbortSignal,
) {
  const response = await apiRequest<MailboxMessageSummary[]>(path, { query, signal });
  return {
    messages: response.data,
    next: nextLink(response.headers),
    unread: Number(response.headers.get('X-Unread-Count') ?? 0),
  } satisfies MessagePage;
}

export const mailboxQueries = {
  all: queryKeys.mailbox.all,
  lists: queryKeys.mailbox.lists,
  list: (q: string) =>
    infiniteQueryOptions({
      queryKey: queryKeys.mailbox.list(q),
      queryFn: ({ pageParam, signal }) =>
        pageParam
          ? getMessagePage(pageParam, {}, signal)
          : getMessagePage(apiPaths.messages(), { q, limit: 50 }, signal),
      initialPageParam: '' as string,
      getNextPageParam: (last) => last.next,
      refetchInterval: 5_000,
    }),
  /** Only the header matters: one tiny request every few seconds keeps the badge honest. */
  unread: () =>
    queryOptions({
      queryKey: queryKeys.mailbox.unread(),
      queryFn: async ({ signal }) => (await getMessagePage(apiPaths.messages(), { limit: 1 }, signal)).unread,
      refetchInterval: 5_000,
      meta: { silent: true },
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.mailbox.detail(id),
      queryFn: ({ signal }) => api.get<MailboxMessage>(apiPaths.message(id), { signal }),
      staleTime: Infinity,
    }),
  deliveries: () =>
    queryOptions({
      queryKey: queryKeys.mailbox.deliveries(),
      queryFn: ({ signal }) =>
        api.get<DeliveryLog>(apiPaths.deliveries(), {
          signal,
          query: { limit: 20 },
        }),
    }),
};
