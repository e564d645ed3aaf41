import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiPaths } from '../../../shared/api-paths';
import { baseUrl } from '../../lib/links';
import { OktaApiError } from '../../lib/okta-error';
import { oktaErrors } from '../../lib/error-responses';
import { sendOktaError } from '../../plugins/okta-errors';

/** The Okta routes the console uses, each path with everything below it; everything else (mailbox, session) stays local. */
const FORWARDED_TREES = [apiPaths.emailServers(), apiPaths.brands(), apiPaths.me()];
/** Forwarded as the path alone (with or without a trailing slash). */
const FORWARDED_EXACT = [apiPaths.org()];
/** Response headers worth passing back; the org's cookies and auth challenges are not. */
const PASSED_HEADERS = [
  'content-type',
  'link',
  'x-rate-limit-limit',
  'x-rate-limit-remaining',
  'x-rate-limit-reset',
  'x-okta-request-id',
  'allow',
];
const TIMEOUT_MS = 15_000;

export function isForwarded(url: string): boolean {
  const path = url.split('?')[0];
  return (
    FORWARDED_TREES.some((tree) => path === tree || path.startsWith(`${tree}/`)) ||
    FORWARDED_EXACT.some((exact) => path === exact || path === `${exact}/`)
  );
}

/**
 * Real Okta mode: after Mailroom's own auth and scope checks, the Okta routes are forwarded to OKTA_ORG_URL
 * with the org's API token added here, so the browser never holds it. `Link` headers are rewritten to point
 * back at Mailroom, so clients keep paging through us.
 */
interface ProxyOptions {
  orgUrl: string;
  apiToken: string;
  publicUrl?: string;
  /** Told of every answer the org gave (the version history records customization saves from it). */
  onAnswer?: (request: FastifyRequest, status: number, body: Buffer) => void | Promise<void>;
}

export function registerOktaProxy(app: FastifyInstance, options: ProxyOptions) {
  // A forwarded route can answer 502: MR0000502 when the org can't be reached, MR0000401 when it refuses the token.
  app.addHook('onRoute', (route) => {
    if (!isForwarded(route.url)) return;
    route.schema = {
      ...route.schema,
      response: { ...oktaErrors(502), ...(route.schema?.response as object) },
    };
  });
  app.addHook('preHandler', async (request, reply) => {
    if (!isForwarded(request.url)) return;
    if (!request.principal) throw new OktaApiError('E0000011');
    return forward(request, reply, options);
  });
}

async function forward(request: FastifyRequest, reply: FastifyReply, options: ProxyOptions) {
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(request.method) || request.body !== undefined;
  let upstream: Response;
  try {
    upstream = await fetch(options.orgUrl + request.url, {
      method: request.method,
      headers: {
        authorization: `SSWS ${options.apiToken}`,
        accept: 'application/json',
        'user-agent': `mailroom-proxy ${request.headers['user-agent'] ?? ''}`.trim(),
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
      },
      body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError' ? 'no answer within 15 s' : 'connection failed';
    request.log.warn({ org: options.orgUrl, reason }, 'Okta org unreachable');
    return sendOktaError(request, reply, new OktaApiError('MR0000502', { arg: reason }));
  }
  if (upstream.status === 401) {
    // The org refused *its* token, not the caller's: a 401 would read as "your session ended" to the console
    // and to SDKs alike. The org's own words go along; the token never does.
    const body = (await upstream.json().catch(() => undefined)) as { errorSummary?: string } | undefined;
    request.log.warn({ org: options.orgUrl }, 'Okta org refused OKTA_API_TOKEN');
    return sendOktaError(
      request,
      reply,
      new OktaApiError('MR0000401', { arg: body?.errorSummary ?? 'HTTP 401' }),
    );
  }
  const ours = baseUrl(request, options.publicUrl);
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value === null) continue;
    reply.header(name, name === 'link' ? rewriteLinks(value, ours) : value);
  }
  const body = Buffer.from(await upstream.arrayBuffer());
  await options.onAnswer?.(request, upstream.status, body);
  return reply.code(upstream.status).send(body.length > 0 ? body : undefined);
}

/**
 * Every absolute URL in a `Link` header points back at Mailroom. Live Okta writes the org's canonical host,
 * which need not be the OKTA_ORG_URL it was reached on (a custom or admin domain, a port, another case).
 */
export function rewriteLinks(header: string, ours: string): string {
  return header.replace(/<([^>]*)>/g, (whole, target: string) => {
    if (!/^https?:\/\//i.test(target)) return whole;
    const url = new URL(target);
    return `<${ours}${url.pathname}${url.search}>`;
  });
}
