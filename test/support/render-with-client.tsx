import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { ToastProvider } from '../../src/client/components/ui/toast';
import type { Session } from '../../src/shared/mailroom/session';
import { SCOPES } from '../../src/shared/scopes';

/**
 * Renders a console component as the app would: a fresh query cache (no retries, so error states show at once), the
 * toast provider and a router at `route`. Seed the cache through `client.setQueryData` to render loaded states.
 */
export function renderWithClient(
  ui: ReactElement,
  { route = '/', client = testQueryClient() }: { route?: string; client?: QueryClient } = {},
): RenderResult & { client: QueryClient } {
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, client };
}

/** A console session as the server answers it (embedded mode, every scope), with `changes` applied. */
export function testSession(changes: Partial<Session> = {}): Session {
  return {
    userId: 'usr1',
    csrfToken: 'csrf',
    scopes: [...SCOPES],
    mode: 'embedded',
    orgUrl: null,
    orgProblems: [],
    customLanguages: false,
    store: { kind: 'sqlite', location: '/srv/mailroom/data/mailroom.sqlite' },
    historyLimit: 50,
    ...changes,
  };
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Answers the console's fetches: `respond` maps a request to a status and JSON body (or never answers). */
export function stubFetch(
  respond: (url: string, init?: RequestInit) => { status: number; body?: unknown } | 'pending',
) {
  const calls: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    const answer = respond(url, init);
    if (answer === 'pending') return new Promise<Response>(() => {});
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return calls;
}

/**
 * Holds every `method` request (over a `stubFetch` already in place) until `refuse()` answers it 403 E0000006, so
 * a test can see an optimistic change before the server refuses it.
 */
export function holdThenRefuse(method: string): { refuse: () => void } {
  const stubbed = globalThis.fetch;
  const held: (() => void)[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    init?.method === method
      ? new Promise<Response>((resolve) => {
          held.push(() =>
            resolve(
              new Response(
                JSON.stringify({
                  errorCode: 'E0000006',
                  errorSummary: 'You do not have permission to perform the requested action',
                  errorCauses: [],
                }),
                { status: 403, headers: { 'content-type': 'application/json' } },
              ),
            ),
          );
        })
      : stubbed(input, init)) as typeof fetch;
  return { refuse: () => held.splice(0).forEach((answer) => answer()) };
}
