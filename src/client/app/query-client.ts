import { MutationCache, partialMatchKey, QueryCache, QueryClient } from '@tanstack/react-query';
import { isOktaApiError } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

/**
 * What a failure means for the user is decided here, once: an ended session (401) sends them to
 * sign-in and back; background refetch failures of data already on screen toast once. Views render
 * their own error state for first loads, and mutations report their own errors.
 */
type Handlers = {
  onUnauthorized: () => void;
  onBackgroundError: (message: string) => void;
};

const handlers: Handlers = { onUnauthorized: () => {}, onBackgroundError: () => {} };

export function setQueryErrorHandlers(next: Partial<Handlers>) {
  Object.assign(handlers, next);
}

const isSessionQuery = (key: readonly unknown[]) => partialMatchKey(key, queryKeys.session.all());

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { silent?: boolean };
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isOktaApiError(error) && error.isUnauthorized && !isSessionQuery(query.queryKey)) {
        handlers.onUnauthorized();
        return;
      }
      if (query.state.data !== undefined && !query.meta?.silent) handlers.onBackgroundError(error.message);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error) => {
      if (isOktaApiError(error) && error.isUnauthorized) handlers.onUnauthorized();
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // Client errors won't get better by asking again; a flaky network might, and a rate limit (429, which
      // live Okta sends past its per-minute limits) does once its window resets.
      retry: (count, error) => {
        if (isOktaApiError(error) && error.status === 429) return count < 2;
        // The org refused Mailroom's org token: asking again won't change its mind.
        if (isOktaApiError(error) && error.errorCode === 'MR0000401') return false;
        return isOktaApiError(error) && error.status >= 400 && error.status < 500 ? false : count < 2;
      },
      retryDelay: (count, error) =>
        (isOktaApiError(error) ? error.retryAfterMs : undefined) ?? Math.min(1000 * 2 ** count, 30_000),
      refetchOnWindowFocus: true,
    },
    mutations: { retry: false },
  },
});
