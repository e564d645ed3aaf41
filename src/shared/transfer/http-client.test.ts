import { describe, expect, it } from 'vitest';
import { createHttpTransferClient, fetchTransport, nextLink, resolveOrgUrl } from './http-client';

type Route = (url: URL, init: RequestInit) => Response | undefined;

/** A fetch that answers from a list of routes and records every call with its Authorization header. */
function fakeFetch(routes: Route[]) {
  const calls: { url: string; method: string; auth: string | null }[] = [];
  const fetchImpl = (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({
      url: url.href,
      method: init.method ?? 'GET',
      auth: new Headers(init.headers).get('authorization'),
    });
    for (const route of routes) {
      const response = route(url, init);
      if (response) return response;
    }
    return Response.json({ errorCode: 'E0000007', errorSummary: 'Not found: Resource' }, { status: 404 });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const json = (body: unknown, headers: Record<string, string> = {}, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('HTTP transfer client', () => {
  it('follows Link next pages: verbatim on the org, as path + query on the org when the host differs', async () => {
    const { calls, fetchImpl } = fakeFetch([
      (url) =>
        url.pathname === '/api/v1/brands/b1/templates/email' && !url.searchParams.has('after')
          ? json(
              [
                {
                  name: 'UserActivation',
                  _embedded: { customizationCount: 1, settings: { recipients: 'ALL_USERS' } },
                },
              ],
              {
                link: '<https://org.example/api/v1/brands/b1/templates/email?limit=200>; rel="self", <https://org.example/api/v1/brands/b1/templates/email?after=UserActivation&limit=200>; rel="next"',
              },
            )
          : undefined,
      (url) =>
        url.searchParams.get('after') === 'UserActivation'
          ? json(
              [
                {
                  name: 'ForgotPassword',
                  _embedded: { customizationCount: 0, settings: { recipients: 'NO_USERS' } },
                },
              ],
              {
                // A proxy in front of the org names itself: the token must not follow it there.
                link: '<http://proxy.internal:9000/api/v1/brands/b1/templates/email?after=ForgotPassword&limit=200>; rel="next"',
              },
            )
          : undefined,
      (url) => (url.searchParams.get('after') === 'ForgotPassword' ? json([]) : undefined),
    ]);
    const client = createHttpTransferClient(
      fetchTransport({ baseUrl: 'https://org.example/', token: 'T0KEN', fetch: fetchImpl }),
    );
    expect(await client.listTemplates('b1')).toEqual([
      { name: 'UserActivation', recipients: 'ALL_USERS', customizationCount: 1 },
      { name: 'ForgotPassword', recipients: 'NO_USERS', customizationCount: 0 },
    ]);
    expect(calls.map((c) => c.url)).toEqual([
      'https://org.example/api/v1/brands/b1/templates/email?limit=200&expand=settings,customizationCount',
      'https://org.example/api/v1/brands/b1/templates/email?after=UserActivation&limit=200',
      'https://org.example/api/v1/brands/b1/templates/email?after=ForgotPassword&limit=200',
    ]);
    expect(new Set(calls.map((c) => c.auth))).toEqual(new Set(['SSWS T0KEN']));
  });

  it('reads both email-server list shapes: the documented wrapper and live Okta’s bare array', async () => {
    const server = {
      id: 'ces1',
      alias: 'Relay',
      host: 'h',
      port: 25,
      username: 'u',
      authType: 'BASIC_SMTP_AUTH',
    };
    for (const body of [{ 'email-servers': [server] }, [server]]) {
      const { fetchImpl } = fakeFetch([
        (url) => (url.pathname === '/api/v1/email-servers' ? json(body) : undefined),
      ]);
      const client = createHttpTransferClient(
        fetchTransport({ baseUrl: 'https://o.example', token: 't', fetch: fetchImpl }),
      );
      // Read by the shared reader: a missing `enabled` is false.
      expect(await client.listEmailServers()).toEqual([{ ...server, enabled: false }]);
    }
  });

  it('throws the org’s Okta error, and waits out a 429 before trying again', async () => {
    let attempts = 0;
    const { fetchImpl } = fakeFetch([
      (url, init) => {
        if (init.method !== 'POST') return undefined;
        attempts++;
        return attempts === 1
          ? json(
              { errorCode: 'E0000047', errorSummary: 'rate' },
              { 'x-rate-limit-reset': '100', date: new Date(97_000).toUTCString() },
              429,
            )
          : json(
              {
                errorCode: 'E0000182',
                errorSummary: 'A default email template customization already exists.',
                errorCauses: [],
              },
              {},
              409,
            );
      },
    ]);
    const waits: number[] = [];
    const client = createHttpTransferClient(
      fetchTransport({ baseUrl: 'https://o.example', token: 't', fetch: fetchImpl }),
      {
        sleep: async (ms) => waits.push(ms),
      },
    );
    await expect(
      client.createCustomization('b', 'ForgotPassword', {
        language: 'en',
        subject: 's',
        body: 'b',
        isDefault: true,
      }),
    ).rejects.toMatchObject({ status: 409, errorCode: 'E0000182' });
    expect(waits).toEqual([4000]);
  });

  it('turns "no answer" into status 0 without the token in the message', async () => {
    const client = createHttpTransferClient(
      fetchTransport({
        baseUrl: 'http://127.0.0.1:9',
        token: 'SECRET-TOKEN',
        fetch: (async () => {
          throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
        }) as typeof fetch,
      }),
    );
    const error = (await client.listBrands().catch((e: unknown) => e)) as Error & { status: number };
    expect(error).toMatchObject({ status: 0, errorCode: 'MR_NETWORK' });
    expect(error.message).toBe("Couldn't reach http://127.0.0.1:9 (ECONNREFUSED).");
  });

  it('parses Link headers and resolves URLs against the org', () => {
    expect(nextLink('<http://a/x?limit=1>; rel="self", <http://a/x?after=b,c&limit=1>; rel="next"')).toBe(
      'http://a/x?after=b,c&limit=1',
    );
    expect(nextLink('<http://a/x>; rel="self"')).toBeUndefined();
    expect(resolveOrgUrl('https://org.example', '/api/v1/brands')).toBe('https://org.example/api/v1/brands');
    expect(resolveOrgUrl('https://org.example', 'https://evil.example/api/v1/brands?after=x')).toBe(
      'https://org.example/api/v1/brands?after=x',
    );
  });
});
