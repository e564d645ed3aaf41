import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { apiCaller, freePort, startChildServer, type ApiCall, type ChildServer } from './child-server';

/**
 * A stand-in for a live Okta org, for tests of real Okta mode: an HTTP server that fronts an embedded Mailroom
 * (the org's data and rules) and answers the way live Okta is recorded to differ from the documented spec.
 * Sources are `docs/okta/API-REFERENCE.md` (cited as §n); each quirk below names its own.
 */

/**
 * The 31 templates a live Identity Engine org lists, in its order (§5.1 "What a live org lists": recorded
 * responses of a 2025 org). No IGA campaign or security-access-review templates but one.
 */
export const LIVE_TEMPLATE_NAMES = [
  'UserActivation',
  'UserBootstrappedActivation',
  'ForgotPassword',
  'ForgotPasswordDenied',
  'PasswordResetByAdmin',
  'PasswordResetBySupportUser',
  'ADUserActivation',
  'ADForgotPasswordDenied',
  'ADForgotPassword',
  'LDAPUserActivation',
  'LDAPForgotPassword',
  'LDAPForgotPasswordDenied',
  'SelfServiceUnlock',
  'ADSelfServiceUnlock',
  'LDAPSelfServiceUnlock',
  'OktaVerifyActivation',
  'AccountLockout',
  'EmailChallenge',
  'EmailFactorVerification',
  'NewSignOnNotification',
  'RegistrationActivation',
  'ChangeEmailConfirmation',
  'PendingEmailChange',
  'EmailChangeConfirmation',
  'RegistrationEmailVerification',
  'SelfServiceUnlockOnUnlockedAccount',
  'AuthenticatorEnrolled',
  'AuthenticatorReset',
  'PasswordChanged',
  'IGAReviewerOverdueNotification',
  'MyAccountChangeConfirmation',
];

/**
 * Okta's stock text is Okta's own, not Mailroom's bundled text (§9: the full default content per language is not
 * published). The org's default content carries this line, so a test can tell whose stock content a page shows.
 */
export const ORG_STOCK_MARK = 'Stock content served by the Okta org.';

export interface LiveOktaOrg {
  /** Where to point OKTA_ORG_URL. */
  url: string;
  /** The org's own name for itself in absolute links: another host than `url` (see `canonicalHost`). */
  canonicalUrl: string;
  /** The embedded Mailroom behind it (its API, with the org token). */
  backend: ChildServer;
  /** The org's API as a client sees it (through the quirks), with the org token. */
  api: ApiCall;
  /** The next `count` API requests answer 429, as live Okta does past a rate limit. */
  throttle: (count: number) => void;
  /** Method and path of every API request the org received, oldest first. */
  requests: string[];
  stop: () => Promise<void>;
}

type Json = Record<string, unknown>;

/** Live email-server objects: `{"alias","host","port","id","username","enabled"}`, no `authType`, no `_links` (§5.1). */
function liveEmailServer(server: Json): Json {
  const { alias, host, port, id, username, enabled } = server;
  return { alias, host, port, id, username, enabled };
}

export async function startLiveOktaOrg(
  token: string,
  env: Record<string, string> = {},
): Promise<LiveOktaOrg> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Live Okta writes absolute links with the org's canonical host, whatever address the request came in on
  // (§1.6 "Hrefs are absolute URLs on the org domain"). The fixture is reached by IP and names itself by host
  // name, so code that only rewrites links starting with OKTA_ORG_URL is caught out.
  const canonicalUrl = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-live-okta-'));
  const backend = await startChildServer(dataDir, token, {
    PUBLIC_URL: canonicalUrl,
    // Live Okta sends X-Rate-Limit-* on every answer (§1.5).
    RATE_LIMIT: '100000',
    ...env,
  });
  let throttled = 0;
  const requests: string[] = [];

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const incoming = new URL(req.url ?? '/', url);
    const method = req.method ?? 'GET';
    requests.push(`${method} ${incoming.pathname}${incoming.search}`);

    if (throttled > 0 && incoming.pathname.startsWith('/api/v1/')) {
      throttled--;
      // 429 E0000047 with X-Rate-Limit-* in epoch seconds and a Date header (§1.5).
      const reset = Math.ceil(Date.now() / 1000) + 1;
      res.writeHead(429, {
        'content-type': 'application/json',
        'x-rate-limit-limit': '100',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(reset),
        'x-okta-request-id': `live-${Date.now()}`,
      });
      res.end(
        JSON.stringify({
          errorCode: 'E0000047',
          errorSummary: 'API call exceeded rate limit due to too many requests.',
          errorLink: 'E0000047',
          errorId: `oae${Date.now()}`,
          errorCauses: [],
        }),
      );
      return;
    }

    const templates = /^\/api\/v1\/brands\/([^/]+)\/templates\/email(?:\/([^/]+))?(\/.*)?$/.exec(
      incoming.pathname,
    );
    // The catalog is the live org's 31 templates, paged by the org itself (§5.1, §1.4).
    if (templates && method === 'GET' && !templates[2]) {
      return listLiveTemplates(res, incoming, req.headers.authorization ?? '');
    }
    if (templates?.[2] && !LIVE_TEMPLATE_NAMES.includes(decodeURIComponent(templates[2]))) {
      return send(res, 404, {
        errorCode: 'E0000007',
        errorSummary: `Not found: Resource not found: ${templates[2]} (EmailTemplate)`,
        errorLink: 'E0000007',
        errorId: `oae${Date.now()}`,
        errorCauses: [],
      });
    }
    // A customizations list asked without `limit` pages by 10: `Link: <…/customizations?limit=10>; rel="self"` (§5.1).
    if (templates?.[3] === '/customizations' && method === 'GET' && !incoming.searchParams.has('limit')) {
      incoming.searchParams.set('limit', '10');
    }

    const upstream = await fetch(backend.url + incoming.pathname + incoming.search, {
      method,
      headers: forwardHeaders(req.headers),
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const headers = responseHeaders(upstream);
    const text = upstream.status === 204 ? '' : await upstream.text();
    if (!text || !upstream.headers.get('content-type')?.includes('json') || !upstream.ok) {
      res.writeHead(upstream.status, headers);
      res.end(text);
      return;
    }
    let data = JSON.parse(text) as unknown;

    if (incoming.pathname === '/api/v1/email-servers' && method === 'GET') {
      // The list is a bare array, not `{"email-servers": [...]}` (§2.5, §2.6: Okta's Node SDK patches its spec
      // because "server response doesn't contain key 'email-servers'").
      const wrapped = data as { 'email-servers'?: Json[] };
      data = (wrapped['email-servers'] ?? (data as Json[])).map(liveEmailServer);
    } else if (
      incoming.pathname.startsWith('/api/v1/email-servers') &&
      !incoming.pathname.endsWith('/test')
    ) {
      data = liveEmailServer(data as Json);
    } else if (templates?.[3]?.startsWith('/default-content') && !templates[3].endsWith('/preview')) {
      const content = data as Json;
      data = { ...content, body: `${content.body as string}\n<p>${ORG_STOCK_MARK}</p>` };
    }
    res.writeHead(upstream.status, headers);
    res.end(JSON.stringify(data));
  });

  async function listLiveTemplates(res: http.ServerResponse, incoming: URL, authorization: string) {
    const all = new URL(incoming.pathname, backend.url);
    all.searchParams.set('limit', '200');
    const expand = incoming.searchParams.get('expand');
    if (expand) all.searchParams.set('expand', expand);
    const upstream = await fetch(all, { headers: { authorization, accept: 'application/json' } });
    if (!upstream.ok) {
      res.writeHead(upstream.status, responseHeaders(upstream));
      res.end(await upstream.text());
      return;
    }
    const byName = new Map(((await upstream.json()) as Json[]).map((t) => [t.name as string, t]));
    const live = LIVE_TEMPLATE_NAMES.map((name) => byName.get(name)).filter(Boolean) as Json[];
    const limit = Math.min(200, Math.max(1, Number(incoming.searchParams.get('limit') ?? 20) || 20));
    const after = incoming.searchParams.get('after');
    const start = after ? LIVE_TEMPLATE_NAMES.indexOf(after) + 1 : 0;
    const page = live.slice(start, start + limit);
    const link = (params: URLSearchParams) => `<${canonicalUrl}${incoming.pathname}?${params}>`;
    const selfParams = new URLSearchParams(incoming.searchParams);
    const links = [`${link(selfParams)}; rel="self"`];
    if (start + limit < live.length) {
      const next = new URLSearchParams(incoming.searchParams);
      next.set('after', page[page.length - 1].name as string);
      next.set('limit', String(limit));
      links.push(`${link(next)}; rel="next"`);
    }
    res.writeHead(200, { ...responseHeaders(upstream), link: links.join(', ') });
    res.end(JSON.stringify(page));
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const api = apiCaller(url, token);
  return {
    url,
    canonicalUrl,
    backend,
    api,
    throttle: (count) => {
      throttled = count;
    },
    requests,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await backend.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function forwardHeaders(incoming: http.IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'accept', 'content-type', 'user-agent']) {
    const value = incoming[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

function responseHeaders(upstream: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of [
    'content-type',
    'link',
    'x-rate-limit-limit',
    'x-rate-limit-remaining',
    'x-rate-limit-reset',
    'x-okta-request-id',
    'www-authenticate',
  ]) {
    const value = upstream.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return headers;
}

function send(res: http.ServerResponse, status: number, body: Json) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
