import type { OktaError } from '../../shared/okta/common';

/**
 * The one HTTP client of the console: same-origin fetch with the session cookie, the CSRF header on
 * writes, and Okta error bodies turned into a typed `OktaApiError`. No toasts and no redirects here:
 * the query cache decides what a failure means for the user.
 */

/** Status 0 means the request never got an answer (server down, network gone). */
export const NETWORK_ERROR = 'MR_NETWORK';

export class OktaApiError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly errorSummary: string;
  readonly errorId: string | undefined;
  readonly errorCauses: { errorSummary: string }[];
  /** A 429's wait until the rate-limit window resets (from `X-Rate-Limit-Reset`), when the server said. */
  retryAfterMs: number | undefined;
  /** A 429's `X-Rate-Limit-Reset`: when the window ends (epoch milliseconds), for "try again in 20 s". */
  rateLimitResetAt: number | undefined;

  constructor(status: number, body: Partial<OktaError> & { errorCode: string; errorSummary: string }) {
    super(body.errorSummary);
    this.name = 'OktaApiError';
    this.status = status;
    this.errorCode = body.errorCode;
    this.errorSummary = body.errorSummary;
    this.errorId = body.errorId;
    this.errorCauses = body.errorCauses ?? [];
  }

  get isNetwork() {
    return this.status === 0;
  }

  get isUnauthorized() {
    return this.status === 401;
  }

  /** `errorCauses` written as "field: message" become `{ field: message }`; the rest stay in `general`. */
  fieldErrors(): { fields: Record<string, string>; general: string[] } {
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const cause of this.errorCauses) {
      const match = /^([A-Za-z][\w.[\]-]*): (.+)$/s.exec(cause.errorSummary);
      if (match) fields[match[1]] = fields[match[1]] ? `${fields[match[1]]} ${match[2]}` : match[2];
      else general.push(cause.errorSummary);
    }
    return { fields, general };
  }
}

export function isOktaApiError(error: unknown): error is OktaApiError {
  return error instanceof OktaApiError;
}

let csrfToken: string | null = null;

/** Kept in memory only; the session endpoints hand it out again after a reload. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

/** Absolute `Link`/`_links` URLs from the server become same-origin paths (the dev proxy has another host). */
export function toApiPath(href: string): string {
  if (href.startsWith('/')) return href;
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  if (!text) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${text}`;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(toApiPath(path), options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new OktaApiError(0, {
      errorCode: NETWORK_ERROR,
      errorSummary: "Couldn't reach the Mailroom server. Check that it is running, then try again.",
    });
  }

  const text = response.status === 204 ? '' : await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const body = parsed as Partial<OktaError> | undefined;
    const error = new OktaApiError(response.status, {
      errorCode: body?.errorCode ?? `HTTP${response.status}`,
      errorSummary: body?.errorSummary ?? `The server answered ${response.status} ${response.statusText}.`,
      errorId: body?.errorId,
      errorCauses: body?.errorCauses ?? [],
    });
    const reset = Number(response.headers.get('X-Rate-Limit-Reset'));
    if (response.status === 429 && Number.isFinite(reset) && reset > 0) {
      error.retryAfterMs = Math.min(60_000, Math.max(0, reset * 1000 - Date.now()) + 250);
      error.rateLimitResetAt = reset * 1000;
    }
    throw error;
  }
  return { data: parsed as T, status: response.status, headers: response.headers };
}

export const api = {
  get: async <T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    (await apiRequest<T>(path, { ...options, method: 'GET' })).data,
  post: async <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    (await apiRequest<T>(path, { ...options, method: 'POST', body })).data,
  put: async <T>(path: string, body?: unknown) => (await apiRequest<T>(path, { method: 'PUT', body })).data,
  patch: async <T>(path: string, body?: unknown) =>
    (await apiRequest<T>(path, { method: 'PATCH', body })).data,
  delete: async (path: string) => {
    await apiRequest<void>(path, { method: 'DELETE' });
  },
};

/** The `rel="next"` target of a `Link` header, if any. */
export function nextLink(headers: Headers): string | undefined {
  const link = headers.get('Link');
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Follows `Link: rel="next"` until the end, so callers see one list (bounded, in case a server loops). `read`
 * turns each page's answer into items (the `src/shared/okta/read.ts` list readers).
 */
export async function getAllPages<T>(
  path: string,
  read: (page: unknown) => T[],
  options: Omit<RequestOptions, 'method' | 'body'> = {},
  maxPages = 50,
): Promise<T[]> {
  const items: T[] = [];
  let response = await apiRequest<unknown>(path, options);
  items.push(...read(response.data));
  for (let page = 1; page < maxPages; page++) {
    const next = nextLink(response.headers);
    if (!next) break;
    response = await apiRequest<unknown>(next, { signal: options.signal });
    items.push(...read(response.data));
  }
  return items;
}
