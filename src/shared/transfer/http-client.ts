import { apiPaths } from '../api-paths';
import {
  readBrandList,
  readCustomization,
  readCustomizationList,
  readEmailServerList,
  readEmailSettings,
  readEmailTemplateList,
  UnexpectedShapeError,
} from '../okta/read';
import {
  TransferApiError,
  type BrandSummary,
  type CustomizationRecord,
  type EmailServerRecord,
  type TemplateSummary,
  type TransferClient,
} from './client';

/**
 * The transfer client over Okta's HTTP API. The transport decides how a request reaches the org (fetch with an
 * SSWS token, the console's same-origin session, Fastify's inject); everything Okta-specific is here once:
 * paths, `Link` paging, both email-server list shapes, error bodies and 429 back-off.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  /** A path with its query (`/api/v1/…`), or an absolute URL taken from a `Link` header. */
  url: string;
  body?: unknown;
}

export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: unknown;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The `rel="next"` target of a `Link` header (one header, or several joined with commas). */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /<([^>]+)>\s*;(?:[^;]*;)*\s*rel="?next"?/.exec(part.trim());
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The URL to call for `url` on an org at `baseUrl`. Paths go on the base. Absolute `Link` URLs are followed
 * verbatim when they stay on the base's origin; one naming another host (a proxy's own address, a misconfigured
 * PUBLIC_URL) is taken as path + query on the base, so the org's token never goes anywhere else.
 */
export function resolveOrgUrl(baseUrl: string, url: string): string {
  const base = new URL(baseUrl);
  const root = base.href.replace(/\/+$/, '');
  if (url.startsWith('/')) return root + url;
  const target = new URL(url);
  return target.origin === base.origin ? target.href : root + target.pathname + target.search;
}

const TIMEOUT_MS = 30_000;

/** fetch against any Okta-compatible org with an `SSWS` API token (real Okta, a Mailroom, a Mailroom in front of one). */
export function fetchTransport(options: {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Transport {
  const doFetch = options.fetch ?? fetch;
  const origin = new URL(options.baseUrl).origin;
  return async ({ method, url, body }) => {
    let response: Response;
    try {
      response = await doFetch(resolveOrgUrl(options.baseUrl, url), {
        method,
        headers: {
          Authorization: `SSWS ${options.token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError'
          ? `no answer within ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} s`
          : ((error as { cause?: { code?: string } }).cause?.code ?? 'connection failed');
      throw new TransferApiError({
        status: 0,
        errorCode: 'MR_NETWORK',
        errorSummary: `Couldn't reach ${origin} (${reason}).`,
        errorCauses: [],
      });
    }
    return {
      status: response.status,
      headers: response.headers,
      body: response.status === 204 ? undefined : parseJson(await response.text()),
    };
  };
}

const MAX_PAGES = 200;
const MAX_RETRIES = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long Okta asks us to wait after a 429: until `X-Rate-Limit-Reset` by the server's clock, 1–60 s. */
function retryDelay(headers: TransportResponse['headers']): number {
  const reset = Number(headers.get('x-rate-limit-reset'));
  const date = Date.parse(headers.get('date') ?? '');
  const now = Number.isNaN(date) ? Date.now() : date;
  const wait = Number.isFinite(reset) && reset > 0 ? reset * 1000 - now + 1000 : 5000;
  return Math.min(60_000, Math.max(1000, wait));
}

function failureOf(response: TransportResponse): TransferApiError {
  const body = (response.body ?? {}) as {
    errorCode?: unknown;
    errorSummary?: unknown;
    errorCauses?: unknown;
    errorId?: unknown;
  };
  return new TransferApiError({
    status: response.status,
    errorCode: typeof body.errorCode === 'string' ? body.errorCode : `HTTP${response.status}`,
    errorSummary:
      typeof body.errorSummary === 'string' ? body.errorSummary : `The org answered HTTP ${response.status}.`,
    errorCauses: Array.isArray(body.errorCauses)
      ? body.errorCauses.filter((c): c is { errorSummary: string } => typeof c?.errorSummary === 'string')
      : [],
    errorId: typeof body.errorId === 'string' ? body.errorId : undefined,
  });
}

export function createHttpTransferClient(
  transport: Transport,
  options: { sleep?: (ms: number) => Promise<unknown> } = {},
): TransferClient {
  const wait = options.sleep ?? sleep;

  const call = async (method: HttpMethod, url: string, body?: unknown): Promise<TransportResponse> => {
    for (let attempt = 0; ; attempt++) {
      const response = await transport({ method, url, body });
      if (response.status === 429 && attempt < MAX_RETRIES) {
        // A refused call changed nothing, so even a create can be sent again.
        await wait(retryDelay(response.headers));
        continue;
      }
      if (response.status >= 400 || response.status === 0) throw failureOf(response);
      return response;
    }
  };

  /** Every page of a list, each read with one of the shared readers (both documented and live shapes). */
  const listAll = async <T>(path: string, read: (raw: unknown) => T[]): Promise<T[]> => {
    const items: T[] = [];
    const seen = new Set<string>();
    let url: string | undefined = path;
    for (let page = 0; url && page < MAX_PAGES && !seen.has(url); page++) {
      seen.add(url);
      const response = await call('GET', url);
      items.push(...readOrThrow(response, path, read));
      url = nextLink(response.headers.get('link'));
    }
    return items;
  };

  const asCustomization = (c: CustomizationRecord): CustomizationRecord => ({
    id: c.id,
    language: c.language,
    isDefault: c.isDefault,
    subject: c.subject,
    body: c.body,
  });

  return {
    async listBrands() {
      const brands = await listAll<BrandSummary>(apiPaths.brands(), readBrandList);
      return brands.map((b) => ({ id: b.id, name: b.name, isDefault: Boolean(b.isDefault) }));
    },
    async listTemplates(brandId) {
      const list = await listAll(
        `${apiPaths.templates(brandId)}?limit=200&expand=settings,customizationCount`,
        readEmailTemplateList,
      );
      return list.map((t): TemplateSummary => ({
        name: t.name,
        recipients: t._embedded?.settings?.recipients,
        customizationCount: t._embedded?.customizationCount,
      }));
    },
    async listCustomizations(brandId, templateName) {
      const list = await listAll(
        `${apiPaths.customizations(brandId, templateName)}?limit=200`,
        readCustomizationList,
      );
      return list.map(asCustomization);
    },
    async createCustomization(brandId, templateName, input) {
      const response = await call('POST', apiPaths.customizations(brandId, templateName), input);
      return asCustomization(readOrThrow(response, 'the created customization', readCustomization));
    },
    async replaceCustomization(brandId, templateName, id, input) {
      const response = await call('PUT', apiPaths.customization(brandId, templateName, id), input);
      return asCustomization(readOrThrow(response, 'the replaced customization', readCustomization));
    },
    async deleteCustomization(brandId, templateName, id) {
      await call('DELETE', apiPaths.customization(brandId, templateName, id));
    },
    async deleteAllCustomizations(brandId, templateName) {
      await call('DELETE', apiPaths.customizations(brandId, templateName));
    },
    async getSettings(brandId, templateName) {
      const response = await call('GET', apiPaths.settings(brandId, templateName));
      return { recipients: readOrThrow(response, 'template settings', readEmailSettings).recipients };
    },
    async replaceSettings(brandId, templateName, recipients) {
      await call('PUT', apiPaths.settings(brandId, templateName), { recipients });
    },
    async listEmailServers() {
      // The documented `{"email-servers": [...]}`, or the bare array live Okta sends: the reader takes both.
      const response = await call('GET', apiPaths.emailServers());
      return readOrThrow(response, apiPaths.emailServers(), readEmailServerList);
    },
    async createEmailServer(input) {
      return (await call('POST', apiPaths.emailServers(), input)).body as EmailServerRecord;
    },
    async updateEmailServer(id, patch) {
      return (await call('PATCH', apiPaths.emailServer(id), patch)).body as EmailServerRecord;
    },
  };
}

/** An answer read with a shared reader; one that isn't the resource becomes a clear transfer error. */
function readOrThrow<T>(response: TransportResponse, what: string, read: (raw: unknown) => T): T {
  try {
    return read(response.body);
  } catch (error) {
    if (!(error instanceof UnexpectedShapeError)) throw error;
    throw new TransferApiError({
      status: response.status,
      errorCode: 'MR_UNEXPECTED',
      errorSummary: `${what.split('?')[0]}: ${error.message}`,
      errorCauses: [],
    });
  }
}
